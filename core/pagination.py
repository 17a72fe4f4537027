from django.core.paginator import Paginator

# More digits than any page number or id here; int() itself refuses strings over 4,300 digits.
MAX_DIGITS = 9


def positive_int(raw: str | None) -> int | None:
    """A number a visitor typed in a query string, or None for anything else.

    Decimal digits, the characters int() reads (a full-width two, U+FF12, typed with an Asian
    keyboard is 2): "²" and "①" pass str.isdigit() but int() refuses them. The one parser of
    numbers in query strings.
    """
    raw = (raw or "").strip()
    if not raw.isdecimal() or len(raw) > MAX_DIGITS:
        return None
    return int(raw) or None


def page_number(raw: str | None, *, last_page: int) -> int:
    """The page to show for `?page=raw`: junk means page 1, past the end the last page."""
    raw = (raw or "").strip()
    number = positive_int(raw)
    if number is None:
        too_long = raw.isdecimal() and len(raw) > MAX_DIGITS
        return last_page if too_long else 1
    return min(number, last_page)


class ForgivingPaginationMixin:
    """List views answer any `?page=` sensibly: junk means page 1, past the end means the last page.

    Django's default is a 404 for both, which turns a mistyped or stale link into a dead end.
    """

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self._requested_page(paginator))
        return paginator, page, page.object_list, page.has_other_pages()

    def _requested_page(self, paginator: Paginator) -> int:
        return page_number(self.request.GET.get(self.page_kwarg), last_page=paginator.num_pages)
