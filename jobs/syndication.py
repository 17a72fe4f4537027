"""Job feeds for the boards where seekers search: Indeed's XML (which ZipRecruiter and most
aggregators also read) and LinkedIn's Basic Jobs XML.

Both hold exactly the open jobs, read with a server-side cursor a chunk at a time and written as
they are read, so 100,000 jobs never sit in memory together. Each job keeps its reference code
as its id in every feed, so a board updates a job rather than adding it twice. A confidential
client is never named: the company is Amtec, as on the job's page.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from io import StringIO
from urllib.parse import urlencode
from xml.sax.saxutils import XMLGenerator

from django.conf import settings
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.http import http_date

from .models import Job
from .states import US_STATES

CHUNK = 500  # jobs read and written at a time
STATE_NAMES = dict(US_STATES)


@dataclass(frozen=True)
class Board:
    slug: str  # ?source= on every job link, so applications say where they came from
    name: str


INDEED = Board("indeed", "Indeed")
LINKEDIN = Board("linkedin", "LinkedIn")
BOARDS = [INDEED, LINKEDIN]


def feed_jobs(now=None):
    return (
        Job.objects.open(now=now)
        .select_related("category")
        .defer("requirements", "description")
        .order_by("-posted_at", "-pk")
    )


def version(now=None) -> tuple[int, object]:
    """(how many jobs, the latest change): what the feeds' ETag and Last-Modified come from.
    A job that opens or expires by time alone changes the count; an edit, the latest change."""
    summary = Job.objects.open(now=now).aggregate(n=Count("pk"), latest=Max("updated_at"))
    return summary["n"], summary["latest"]


def _job_url(job, base: str, board: Board) -> str:
    return f"{base}{job.get_absolute_url()}?{urlencode({'source': board.slug})}"


def _company(job) -> str:
    return job.public_client_name or settings.AMTEC["NAME"]


def _indeed_jobtype(job) -> str:
    # Indeed's values: fulltime, parttime, contract, internship, temporary.
    if job.employment_type == Job.EmploymentType.TEMPORARY:
        return "temporary"
    if job.employment_type in (Job.EmploymentType.CONTRACT, Job.EmploymentType.CONTRACT_TO_HIRE):
        return "contract"
    return "parttime" if job.hours == Job.Hours.PART_TIME else "fulltime"


def _linkedin_jobtype(job) -> str:
    # LinkedIn's values: FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, VOLUNTEER, INTERNSHIP, OTHER.
    if job.employment_type == Job.EmploymentType.TEMPORARY:
        return "TEMPORARY"
    if job.employment_type in (Job.EmploymentType.CONTRACT, Job.EmploymentType.CONTRACT_TO_HIRE):
        return "CONTRACT"
    return "PART_TIME" if job.hours == Job.Hours.PART_TIME else "FULL_TIME"


REMOTE_TYPES = {Job.Workplace.REMOTE: "Fully remote", Job.Workplace.HYBRID: "Hybrid remote"}
WORKPLACE_TYPES = {
    Job.Workplace.ONSITE: "On-site", Job.Workplace.HYBRID: "Hybrid", Job.Workplace.REMOTE: "Remote"
}  # fmt: skip


class _Writer:
    """XMLGenerator into a buffer that is handed out a chunk at a time."""

    def __init__(self):
        self.buffer = StringIO()
        self.xml = XMLGenerator(self.buffer, encoding="utf-8", short_empty_elements=True)

    def take(self) -> bytes:
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text.encode("utf-8")

    def open(self, name):
        self.xml.startElement(name, {})

    def close(self, name):
        self.xml.endElement(name)

    def text(self, name, value):
        if value in (None, ""):
            return
        self.xml.startElement(name, {})
        self.xml.characters(str(value))
        self.xml.endElement(name)

    def cdata(self, name, value: str):
        # CDATA as the boards ask; a "]]>" inside is split across two sections.
        self.xml.startElement(name, {})
        self.xml.ignorableWhitespace("<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>")
        self.xml.endElement(name)


def _terms(job) -> str:
    parts = [
        "Paid as " + ", ".join(job.pay_arrangements) if job.pay_arrangements else "",
        job.hours_display, job.shift_display,
        f"Starts {job.start_display.lower() if job.starts_immediately else job.start_display}"
        if job.start_display else "",
        job.length_display,
        f"{job.openings} openings" if job.openings > 1 else "",
    ]  # fmt: skip
    return " · ".join(p for p in parts if p)


def _description(job) -> str:
    terms = _terms(job)
    extra = f"<p>{terms}</p>" if terms else ""
    benefits = f"<h3>Benefits</h3><p>{job.benefits}</p>" if job.benefits else ""
    return job.description_html + job.requirements_html + extra + benefits


def indeed(base: str, *, now=None) -> Iterator[bytes]:
    """Indeed's XML job feed (also read by ZipRecruiter and most aggregators)."""
    now = now or timezone.now()
    out = _Writer()
    out.xml.startDocument()
    out.open("source")
    out.text("publisher", settings.AMTEC["NAME"])
    out.text("publisherurl", base + "/")
    out.text("lastBuildDate", http_date(now.timestamp()))
    for n, job in enumerate(feed_jobs(now).iterator(chunk_size=CHUNK), 1):
        out.open("job")
        out.cdata("title", job.title)
        out.cdata("date", http_date(job.posted_at.timestamp()))
        out.cdata("referencenumber", job.reference)
        out.cdata("requisitionid", job.reference)
        out.cdata("url", _job_url(job, base, INDEED))
        out.cdata("company", _company(job))
        out.cdata("sourcename", settings.AMTEC["NAME"])
        out.cdata("city", job.city)
        out.cdata("state", job.state)
        out.cdata("country", "US")
        if job.postal_code:
            out.cdata("postalcode", job.postal_code)
        out.cdata("description", _description(job))
        if job.pay_display:
            out.cdata("salary", job.pay_display)
        out.cdata("jobtype", _indeed_jobtype(job))
        out.cdata("category", job.category.name)
        if job.expires_at:
            out.cdata("expirationdate", job.expires_at.date().isoformat())
        if job.workplace in REMOTE_TYPES:
            out.cdata("remotetype", REMOTE_TYPES[job.workplace])
        if job.benefits:
            out.cdata("benefits", job.benefits)
        if job.shift_display:
            out.cdata("schedule", job.shift_display)
        out.close("job")
        if n % CHUNK == 0:
            yield out.take()
    out.close("source")
    out.xml.endDocument()
    yield out.take()


def linkedin(base: str, *, now=None) -> Iterator[bytes]:
    """LinkedIn's Basic Jobs XML feed; the company id and poster email come from settings."""
    now = now or timezone.now()
    feeds = settings.JOB_FEEDS
    out = _Writer()
    out.xml.startDocument()
    out.open("source")
    out.text("lastBuildDate", http_date(now.timestamp()))
    out.text("publisherUrl", base + "/")
    out.text("publisher", settings.AMTEC["NAME"])
    for n, job in enumerate(feed_jobs(now).iterator(chunk_size=CHUNK), 1):
        out.open("job")
        out.cdata("partnerJobId", job.reference)
        out.cdata("company", _company(job))
        if feeds["LINKEDIN_COMPANY_ID"]:
            out.cdata("companyId", feeds["LINKEDIN_COMPANY_ID"])
        out.cdata("title", job.title)
        out.cdata("description", _description(job))
        out.cdata("applyUrl", _job_url(job, base, LINKEDIN))
        if feeds["LINKEDIN_POSTER_EMAIL"]:
            out.cdata("posterEmail", feeds["LINKEDIN_POSTER_EMAIL"])
        out.cdata("location", f"{job.city}, {STATE_NAMES.get(job.state, job.state)}, US")
        out.cdata("city", job.city)
        out.cdata("state", STATE_NAMES.get(job.state, job.state))
        out.cdata("country", "US")
        if job.postal_code:
            out.cdata("postalCode", job.postal_code)
        out.open("workplaceTypes")
        out.cdata("workplaceType", WORKPLACE_TYPES[job.workplace])
        out.close("workplaceTypes")
        out.cdata("jobtype", _linkedin_jobtype(job))
        if job.pay_min is not None or job.pay_max is not None:
            _linkedin_salary(out, job)
        if job.expires_at:
            out.cdata("expirationDate", job.expires_at.date().isoformat())
        out.close("job")
        if n % CHUNK == 0:
            yield out.take()
    out.close("source")
    out.xml.endDocument()
    yield out.take()


def _linkedin_salary(out, job) -> None:
    period = "HOURLY" if job.pay_period == Job.PayPeriod.HOUR else "YEARLY"
    out.open("salaries")
    out.open("salary")
    for tag, amount in (("highEnd", job.pay_max), ("lowEnd", job.pay_min)):
        if amount is not None:
            out.open(tag)
            out.text("amount", f"{amount:.2f}")
            out.text("currencyCode", job.pay_currency)
            out.close(tag)
    out.text("period", period)
    out.text("type", "BASE_SALARY")
    out.close("salary")
    out.close("salaries")


FEEDS = {"indeed": (INDEED, indeed), "linkedin": (LINKEDIN, linkedin)}
