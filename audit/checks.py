"""Checks on what crawlers read: JSON-LD, OpenGraph, feeds, the sitemap and robots.txt.

Each check returns a list of problems (strings); an empty list is a pass."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

JOB_REQUIRED = ("title", "description", "datePosted", "hiringOrganization")
JOB_RECOMMENDED = ("employmentType", "baseSalary", "identifier", "directApply")
ARTICLE_REQUIRED = ("headline", "datePublished", "author", "image")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(html: str, url: str) -> list[dict]:
    import extruct

    items = extruct.extract(html, base_url=url, syntaxes=["json-ld"], uniform=True)["json-ld"]
    flat = []
    for item in items:
        flat.extend(item.get("@graph", [item]))
    return flat


def of_type(items: list[dict], kind: str) -> list[dict]:
    return [
        i
        for i in items
        if kind in (i.get("@type") if isinstance(i.get("@type"), list) else [i.get("@type")])
    ]


def check_job_posting(items: list[dict], *, remote: bool, has_closing_date: bool) -> list[str]:
    postings = of_type(items, "JobPosting")
    if len(postings) != 1:
        return [f"expected one JobPosting, found {len(postings)}"]
    (data,) = postings
    problems = [f"JobPosting lacks required {p}" for p in JOB_REQUIRED if not data.get(p)]
    if remote:
        if data.get("jobLocationType") != "TELECOMMUTE":
            problems.append("remote JobPosting lacks jobLocationType TELECOMMUTE")
        if not data.get("applicantLocationRequirements"):
            problems.append("remote JobPosting lacks applicantLocationRequirements")
    elif not data.get("jobLocation"):
        problems.append("JobPosting lacks required jobLocation")
    recommended = JOB_RECOMMENDED + (("validThrough",) if has_closing_date else ())
    problems += [f"JobPosting lacks recommended {p}" for p in recommended if p not in data]
    org = data.get("hiringOrganization") or {}
    if not org.get("name"):
        problems.append("hiringOrganization has no name")
    return problems


def check_no_job_posting(items: list[dict]) -> list[str]:
    return (
        ["page has JobPosting markup but is not an open job"]
        if of_type(items, "JobPosting")
        else []
    )


def check_blog_posting(items: list[dict]) -> list[str]:
    postings = of_type(items, "BlogPosting")
    if len(postings) != 1:
        return [f"expected one BlogPosting, found {len(postings)}"]
    return [f"BlogPosting lacks {p}" for p in ARTICLE_REQUIRED if not postings[0].get(p)]


def check_opengraph(html: str, fetch) -> list[str]:
    """og:title, og:description and an absolute og:image that answers 200 with an image."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    meta = {m.get("property"): m.get("content") for m in tree.iter("meta") if m.get("property")}
    problems = [f"no {p}" for p in ("og:title", "og:description", "og:image") if not meta.get(p)]
    image = meta.get("og:image")
    if image:
        if not urlsplit(image).scheme:
            problems.append(f"og:image is not an absolute URL: {image}")
        else:
            status, headers, _ = fetch(image)
            if status != 200 or not headers.get("Content-Type", "").startswith("image/"):
                problems.append(f"og:image {image} answers {status} {headers.get('Content-Type')}")
    return problems


def check_feed(body: bytes) -> tuple[int, list[str]]:
    import feedparser

    feed = feedparser.parse(body)
    problems = []
    if feed.bozo:
        problems.append(f"not well-formed: {feed.bozo_exception}")
    if not feed.feed.get("title"):
        problems.append("feed has no title")
    if not feed.entries:
        problems.append("feed has no entries")
    problems += [f"entry without link: {e.get('title')}" for e in feed.entries if not e.get("link")]
    return len(feed.entries), problems


def sitemap_locs(body: bytes) -> tuple[bool, list[str]]:
    """(is a sitemap index, the <loc> URLs it lists)."""
    root = ET.fromstring(body)  # noqa: S314 - our own sitemap
    locs = [loc.text.strip() for loc in root.iter(f"{SITEMAP_NS}loc")]
    return root.tag == f"{SITEMAP_NS}sitemapindex", locs
