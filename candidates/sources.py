"""Where an applicant came from: the board or campaign that sent them, for staff deciding where
recruiting money goes. Never personal data: a board's name, a campaign tag or a site's host.

The job boards' feeds tag every link (`?source=indeed`), campaigns use `utm_source`,
`utm_medium` and `utm_campaign`, and an untagged visit from another site is that site's host
(google.com). Public pages are cached and set no cookie, so the source is read where the visitor
starts to apply, an uncached page: from its own address, or the page that linked to it (the
job's page, with the tag still on its address), and kept in the visitor's session from then on,
first source first. An application without one is "direct".
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

SESSION_KEY = "candidates:source"
DIRECT = "direct"
REFERRAL = "referral"
_TAG = re.compile(r"[^a-z0-9._-]+")


@dataclass(frozen=True)
class Source:
    source: str = DIRECT
    medium: str = ""
    campaign: str = ""

    def as_session(self) -> dict:
        return {"source": self.source, "medium": self.medium, "campaign": self.campaign}


def _tag(value: str, length: int) -> str:
    return _TAG.sub("-", value.strip().lower()).strip("-")[:length]


def _from_params(params) -> Source | None:
    def first(name):
        values = params.get(name)
        return (values[0] if isinstance(values, list) else values) or ""

    tagged = _tag(first("source") or first("utm_source"), 60)
    if not tagged:
        return None
    return Source(tagged, _tag(first("utm_medium"), 100), _tag(first("utm_campaign"), 100))


def from_request(request) -> Source:
    """The source this request shows: its own tags, else its referrer's tags (our own pages),
    else the referring site's host, else direct."""
    found = _from_params(request.GET)
    if found:
        return found
    referrer = urlsplit(request.META.get("HTTP_REFERER", ""))
    host = (referrer.hostname or "").lower()
    if not host:
        return Source()
    if host == request.get_host().split(":")[0].lower():
        return _from_params(parse_qs(referrer.query)) or Source()
    return Source(_tag(host.removeprefix("www."), 60) or DIRECT)


def remember(request) -> Source:
    """The visitor's first source: kept in their session from the first page that shows one.

    On a form's POST, the source the page's script kept for this tab (static/js/source.js) comes
    first: it saw the visitor's landing page, which the server (caching it) did not."""
    kept = request.session.get(SESSION_KEY)
    if kept:
        return Source(**kept)
    found = _from_params(request.POST) if request.method == "POST" else None
    found = found or from_request(request)
    if found.source != DIRECT:  # no session (no cookie) just to say "direct"
        request.session[SESSION_KEY] = found.as_session()
    return found
