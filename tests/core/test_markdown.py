import pytest

from core.markdown import plain_text, render_markdown


def test_formatting_staff_need_is_kept():
    html = render_markdown(
        "## Heading\n\nSome **bold** and *italic* text.\n\n- one\n- two\n\n1. first\n\n"
        "> a quote\n\n[another article](/blog/other/) and ![a chart](/media/chart.png)"
    )
    for fragment in (
        "<h2>Heading</h2>",
        "<strong>bold</strong>",
        "<em>italic</em>",
        "<ul>",
        "<ol>",
        "<blockquote>",
        '<a href="/blog/other/">another article</a>',
        'alt="a chart"',
        'src="/media/chart.png"',
    ):
        assert fragment in html


def test_top_level_heading_is_demoted_because_the_page_title_is_the_h1():
    html = render_markdown("# Big\n\nText")
    assert "<h1" not in html
    assert "<h2>Big</h2>" in html


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="x.png" onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">click</a>',
        "[click](JaVaScRiPt:alert(1))",
        '<iframe src="https://evil.example"></iframe>',
        '<p style="background:url(javascript:alert(1))">x</p>',
        "<svg onload=alert(1)>",
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    ],
)
def test_nothing_staff_type_can_inject_script(source):
    html = render_markdown(f"Before\n\n{source}\n\nAfter").lower()
    for dangerous in ("<script", "onerror", "onload", "javascript:", "<iframe", "style=", "data:"):
        assert dangerous not in html
    assert "after" in html


def test_images_in_the_body_load_lazily():
    assert 'loading="lazy"' in render_markdown("![chart](/media/chart.png)")


def test_plain_text_strips_tags():
    assert plain_text("<p>Hello <strong>world</strong></p>\n<p>again</p>") == "Hello world again"
