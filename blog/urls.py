from django.urls import path

from core.cache import cache_public_page

from . import views
from .feeds import LatestArticlesFeed

app_name = "blog"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    path(
        "feed/", cache_public_page(LatestArticlesFeed(), page="article-feed"), name="article-feed"
    ),
    path("category/<slug:slug>/", views.CategoryDetailView.as_view(), name="category-detail"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
]
