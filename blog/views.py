from django.conf import settings
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from core.cache import cache_public_page
from core.http_cache import object_tag, tag_response
from core.pagination import ForgivingPaginationMixin
from core.preview import can_preview, mark_as_preview

from .forms import ArticleSearchForm
from .models import Article, Category

RELATED_COUNT = 3


@method_decorator(cache_public_page(page="articles"), name="dispatch")
class ArticleListView(ForgivingPaginationMixin, ListView):
    template_name = "blog/article_list.html"
    context_object_name = "articles"
    paginate_by = 10

    def get(self, request, *args, **kwargs):
        self.search_form = ArticleSearchForm(request.GET or None)
        self.query = self.search_form.query() if request.GET else ""
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        articles = Article.objects.published().for_listing()
        if self.query:
            articles = articles.search(self.query)
        return articles

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            search_form=self.search_form,
            query=self.query,
            categories=Category.objects.filter(
                pk__in=Article.objects.published().values("category_id")
            ),
            **kwargs,
        )


@method_decorator(cache_public_page(page="articles"), name="dispatch")
class CategoryDetailView(ForgivingPaginationMixin, ListView):
    template_name = "blog/category_detail.html"
    context_object_name = "articles"
    paginate_by = 10

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return Article.objects.published().for_listing().filter(category=self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


def blog_posting(article: Article, request) -> dict:
    """schema.org BlogPosting for one article (Google's article rich results)."""
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": article.title[:110],
        "description": article.meta_description,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": article.updated_at.isoformat(),
        "articleSection": article.category.name,
        "author": {
            "@type": "Person",
            "name": article.author.get_full_name() or article.author.get_username(),
        },
        "publisher": {
            "@type": "Organization",
            "name": settings.AMTEC["NAME"],
            "url": request.build_absolute_uri("/"),
            "logo": {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(static("img/logo.svg")),
            },
        },
    }
    if article.hero_images:
        data["image"] = [request.build_absolute_uri(i["jpeg_url"]) for i in article.hero_images]
    return data


@method_decorator(cache_public_page(page="article"), name="dispatch")
class ArticleDetailView(DetailView):
    template_name = "blog/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        articles = Article.objects.select_related("category", "author")
        # Staff see drafts and scheduled articles as previews; everyone else only what is published.
        return (
            articles
            if can_preview(self.request.user, "blog.view_article")
            else articles.published()
        )

    def get_context_data(self, **kwargs):
        article = self.object
        hero = article.hero
        return super().get_context_data(
            preview=not article.is_published(),
            og_image_url=self.request.build_absolute_uri(hero["jpeg_url"]) if hero else "",
            structured_data=blog_posting(article, self.request),
            related=Article.objects.published().for_listing().related_to(article)[:RELATED_COUNT],
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if context["preview"]:
            mark_as_preview(response)
        patch_vary_headers(response, ["Cookie"])
        return tag_response(response, object_tag(context["article"]))
