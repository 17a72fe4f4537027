"""Markdown written by staff, turned into HTML that is safe to show to visitors."""

import re

import markdown as md
import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code", "pre",
    "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
    "dl", "dt", "dd", "abbr", "sup", "sub",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"align"},
    "td": {"align"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

# The page title is the only h1, so headings in the body start one level below it.
_H1 = re.compile(r"<(/?)h1(\W)")


def render_markdown(text: str) -> str:
    html = md.markdown(text or "", extensions=["extra", "sane_lists"], output_format="html")
    html = _H1.sub(r"<\1h2\2", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        set_tag_attribute_values={"img": {"loading": "lazy", "decoding": "async"}},
    )


def plain_text(html: str) -> str:
    return re.sub(r"\s+", " ", nh3.clean(html, tags=set())).strip()
