from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from core.cache import cache_public_page

from . import views
from .sitemaps import SITEMAPS

admin.site.site_header = "Amtec careers — staff"
admin.site.site_title = "Amtec staff"
admin.site.index_title = "Site administration"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("blog/", include("blog.urls")),
    path("", include("candidates.urls")),
    path("jobs/", include("jobs.urls")),
    path("alerts/", include("alerts.urls")),
    path(
        "privacy/",
        cache_public_page(TemplateView.as_view(template_name="privacy.html")),
        name="privacy",
    ),
    # An index of per-section sitemaps, each paginated: a large job board never outgrows one file.
    path(
        "sitemap.xml",
        cache_public_page(sitemap_views.index, page="sitemap"),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_public_page(sitemap_views.sitemap, page="sitemap"),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
    path(views.HEALTHZ_PATH.removeprefix("/"), views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    # Two-factor sign-in's pages, before the admin's own catch-all.
    path("admin/two-factor/", include("staff.urls")),
    path("admin/", admin.site.urls),
    # Only resized article images are public; originals and anything else in media are not.
    re_path(r"^media/blog/renditions/(?P<path>[^/]+)$", views.article_image),
]

handler500 = "amtec.views.server_error"
