from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Career advice"

    def ready(self):
        from core.cache import invalidate_pages_on_change

        # Every model whose changes can alter what a public page shows.
        invalidate_pages_on_change(self.get_model("Category"), self.get_model("Article"))
