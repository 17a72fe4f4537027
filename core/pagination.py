from django.core.paginator import Paginator


class ForgivingPaginationMixin:
    """List views answer any `?page=` sensibly: junk means page 1, past the end means the last page.

    Django's default is a 404 for both, which turns a mistyped or stale link into a dead end.
    """

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self._requested_page(paginator))
        return paginator, page, page.object_list, page.has_other_pages()

    def _requested_page(self, paginator: Paginator) -> int:
        raw = self.request.GET.get(self.page_kwarg, "")
        try:
            number = int(raw) if len(raw) <= 10 else paginator.num_pages
        except ValueError:
            return 1
        return min(max(number, 1), paginator.num_pages)
