"""Read the whole sitemap the way a crawler does: the index, then every section page it lists."""

import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HOST = "http://testserver"


def sitemap_entries(client) -> dict[str, str | None]:
    """{location: lastmod} for every URL in every section of /sitemap.xml."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    entries = {}
    for section in ET.fromstring(index.content).findall("s:sitemap", NS):
        page = client.get(section.findtext("s:loc", namespaces=NS).removeprefix(HOST))
        assert page.status_code == 200
        for url in ET.fromstring(page.content).findall("s:url", NS):
            entries[url.findtext("s:loc", namespaces=NS)] = url.findtext("s:lastmod", namespaces=NS)
    return entries


def sitemap_text(client) -> str:
    """Every location in the sitemap, one per line: for "is this URL listed" checks."""
    return "\n".join(sitemap_entries(client))
