import json

from django import template
from django.template.loader import get_template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.slots import templates_for

register = template.Library()

# The same escaping json_script uses: the JSON can never close the <script> element early.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Structured data for search engines. A data block, not a script, so CSP does not apply."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def slot(context, name):
    """What other apps add to this page at `name` (core/slots.py), rendered with its context."""
    parts = [get_template(part).template.render(context) for part in templates_for(name)]
    return mark_safe("".join(parts))  # noqa: S308 - rendered templates, escaped by their engine


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address without its query string, but for the page of results it shows:
    page_obj's number, not whatever `?page=` said ("abc", "²", 99999 all show another page)."""
    request = context["request"]
    url = request.build_absolute_uri(request.path)
    page = context.get("page_obj")
    return f"{url}?page={page.number}" if page is not None and page.number > 1 else url


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current URL with `page` set to `number`, keeping every other query parameter."""
    query = context["request"].GET.copy()
    if number == 1:
        query.pop("page", None)
    else:
        query["page"] = number
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else context["request"].path


@register.filter
def ago(value):
    """'3 days ago', in the largest unit only: list pages need a glance, not a stopwatch."""
    from django.utils.timesince import timesince

    return f"{timesince(value, depth=1)} ago" if value else ""
