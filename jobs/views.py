from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import condition
from django.views.generic import ListView, TemplateView

from core.cache import cache_public_page
from core.http_cache import mark_public, object_tag, tag_response
from core.pagination import ForgivingPaginationMixin
from core.preview import can_preview, mark_as_preview

from . import syndication
from .geo import DEFAULT_RADIUS
from .models import Category, Job
from .search import JobSearch
from .structured_data import job_posting

SIMILAR_COUNT = 4


@method_decorator(cache_public_page(page="jobs"), name="dispatch")
class JobListView(ForgivingPaginationMixin, ListView):
    template_name = "jobs/job_list.html"
    context_object_name = "jobs"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        jobs = Job.objects.all()
        self.search = JobSearch.from_query(request.GET, categories=Category.objects.all())
        self.results, self.facets = self.search.apply(jobs)
        self.alternatives = []
        if not self.facets["total"]:
            # Queries beyond the usual three only when nothing matched: a typo corrected, then
            # other searches that would find something.
            corrected = self.search.corrected()
            if corrected is not None:
                results, facets = corrected.apply(jobs)
                if facets["total"]:
                    self.search, self.results, self.facets = corrected, results, facets
        if not self.facets["total"]:
            self.alternatives = self.search.alternatives(jobs)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.results  # sliced a page at a time; counted with the facets

    def get_context_data(self, **kwargs):
        search, facets = self.search, self.facets
        chips = search.chips()
        total, more = facets["total"], facets["more"]
        return super().get_context_data(
            search=search,
            form=search.form,
            total=total,
            # A broad search (see JobSearch.apply): "5,000+", and its filters without counts.
            total_more=more,
            total_label=f"{total:,}+" if more else f"{total:,}",
            counted=facets["counted"],
            count_limit=f"{search.count_limit():,}",
            query=search.query,
            sort=search.sort_choice(),
            has_filters=search.active_filter_count() > 0,
            chips=chips,
            # The filters behind the "Filters (n)" button: all but the location, which has its box.
            panel_filter_count=sum(not chip.get("location") for chip in chips),
            alternatives=self.alternatives,
            filter_groups=[
                self._group("workplace", "Workplace", search, facets, multiple=True),
                self._group("type", "Job type", search, facets, multiple=True),
                self._group("paid", "Paid as", search, facets, multiple=True),
                self._group("hours", "Hours", search, facets, multiple=True),
                self._group("shift", "Shift", search, facets, multiple=True),
                self._group("start", "Start", search, facets),
                self._group("category", "Category", search, facets, multiple=True),
                self._group("pay", "Minimum pay", search, facets),
                self._group("posted", "Posted", search, facets),
            ],
            location=search.params["location"],
            radius_choice=str(search.params["radius"] or DEFAULT_RADIUS),
            **kwargs,
        )

    @staticmethod
    def _group(name, label, search, facets, *, multiple=False):
        labels = search.form.labels(name)
        chosen = search.params[name]
        if multiple:
            chosen = {str(v) for v in chosen}
        else:
            chosen = {str(chosen)} if chosen is not None else set()
        options = [
            {
                "value": value,
                "label": labels[value],
                "count": count,
                "checked": value in chosen,
                "id": f"filter-{name}-{value}",
            }
            for value, count in facets[name].items()
        ]
        return {
            "name": name,
            "label": label,
            "multiple": multiple,
            "options": options,
            "any_selected": bool(chosen),
        }


def ended_job_page(request, job):
    """410 for a job that was on the site and has ended, with similar open jobs: its page's
    answer, and its apply link's."""
    similar = Job.objects.open().for_listing().similar_to(job)[:SIMILAR_COUNT]
    return TemplateResponse(
        request, "jobs/job_gone.html", {"job": job, "similar": similar}, status=410
    )


@method_decorator(cache_public_page(page="job"), name="dispatch")
class JobDetailView(TemplateView):
    template_name = "jobs/job_detail.html"

    def get(self, request, *args, **kwargs):
        job = get_object_or_404(
            Job.objects.select_related("category", "recruiter"), pk=kwargs["pk"]
        )
        gone = job.is_gone()
        preview = not gone and not job.is_open()
        # Before anything that shows the job, even its slug in a redirect: walking the ids must
        # not read the titles of drafts and scheduled jobs.
        if preview and not can_preview(request.user, "jobs.view_job"):
            raise Http404("No open job here.")
        if job.slug != kwargs["slug"]:
            return tag_response(redirect(job, permanent=True), object_tag(job))
        if gone:
            return tag_response(ended_job_page(request, job), object_tag(job))
        similar = Job.objects.open().for_listing().similar_to(job)[:SIMILAR_COUNT]
        response = self.render_to_response(
            self.get_context_data(
                job=job,
                similar=similar,
                preview=preview,
                structured_data=None if preview else job_posting(job, request),
                share_url=request.build_absolute_uri(job.get_absolute_url()),
            )
        )
        if preview:
            mark_as_preview(response)
        patch_vary_headers(response, ["Cookie"])
        # Fresh in any cache only until the job closes by the clock.
        return tag_response(response, object_tag(job), fresh_until=job.expires_at)


def _feed_version(request, board):
    if not hasattr(request, "_feed_version"):
        request._feed_version = syndication.version()
    return request._feed_version


def _feed_etag(request, board):
    count, latest = _feed_version(request, board)
    return f"{board}-{count}-{latest.timestamp() if latest else 0}"


def _feed_last_modified(request, board):
    return _feed_version(request, board)[1]


@gzip_page
@condition(etag_func=_feed_etag, last_modified_func=_feed_last_modified)
def syndication_feed(request, board):
    """A job board's feed of every open job, written as it is read (jobs.syndication)."""
    if board not in syndication.FEEDS:
        raise Http404
    _, write = syndication.FEEDS[board]
    response = StreamingHttpResponse(
        write(settings.SITE_URL.rstrip("/")), content_type="application/xml; charset=utf-8"
    )
    # Boards fetch a few times a day; a changed job shows within the quarter hour, and a front
    # cache keeps one copy for them all (HTTP_CACHE_PAGES["syndication"]).
    mark_public(response, "syndication")
    response["X-Robots-Tag"] = "noindex"
    return response
