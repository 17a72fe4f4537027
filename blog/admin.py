from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import ngettext

from .models import Article, Category


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count


class PublicationFilter(admin.SimpleListFilter):
    title = "visibility"
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("live", "Live on the site"), ("scheduled", "Scheduled"), ("draft", "Draft")]

    def queryset(self, request, queryset):
        live = Article.objects.published()
        if self.value() == "live":
            return queryset.filter(pk__in=live.values("pk"))
        if self.value() == "scheduled":
            return queryset.filter(status=Article.Status.PUBLISHED).exclude(
                pk__in=live.values("pk")
            )
        if self.value() == "draft":
            return queryset.filter(status=Article.Status.DRAFT)
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "thumbnail",
        "title",
        "category",
        "status",
        "visibility",
        "published_at",
        "author",
    ]
    list_display_links = ["thumbnail", "title"]
    list_filter = [PublicationFilter, "status", "category", "author"]
    list_select_related = ["category", "author"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category"]
    readonly_fields = ["thumbnail", "reading_minutes", "created_at", "updated_at"]
    actions = ["publish_selected", "unpublish_selected"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "author", "summary", "body"]}),
        ("Hero image", {"fields": ["hero_image", "thumbnail", "hero_alt"]}),
        ("Publishing", {"fields": ["status", "published_at"]}),
        (
            "Search engines",
            {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]},
        ),
        ("Details", {"fields": ["reading_minutes", "created_at", "updated_at"]}),
    ]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("author", request.user.pk)
        return initial

    @admin.display(description="image")
    def thumbnail(self, obj):
        smallest = obj.hero_images[-1] if obj.hero_images else None
        if not smallest:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" width="96" height="{}" class="blog-thumbnail">',
            smallest["jpeg_url"],
            obj.hero_alt,
            round(96 * smallest["height"] / smallest["width"]),
        )

    @admin.display(description="on the site")
    def visibility(self, obj):
        if obj.is_published():
            return "Live"
        return "Scheduled" if obj.is_scheduled() else "Hidden"

    @admin.action(description="Publish selected articles", permissions=["change"])
    def publish_selected(self, request, queryset):
        articles = list(queryset.exclude(status=Article.Status.PUBLISHED))
        for article in articles:
            article.publish()
        self.message_user(
            request,
            ngettext("%d article published.", "%d articles published.", len(articles))
            % len(articles),
            messages.SUCCESS,
        )

    @admin.action(description="Unpublish selected articles (back to draft)", permissions=["change"])
    def unpublish_selected(self, request, queryset):
        articles = list(queryset.filter(status=Article.Status.PUBLISHED))
        for article in articles:
            article.unpublish()
        self.message_user(
            request,
            ngettext("%d article unpublished.", "%d articles unpublished.", len(articles))
            % len(articles),
            messages.SUCCESS,
        )
