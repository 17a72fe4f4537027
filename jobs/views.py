from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.views.generic import ListView, TemplateView

from amtec.cache import cache_public_page
from amtec.pagination import ForgivingPaginationMixin
from amtec.preview import can_preview, mark_as_preview

from .forms import JobSearchForm
from .models import Category, Job
from .structured_data import job_posting

SIMILAR_COUNT = 4


@method_decorator(cache_public_page, name="dispatch")
class JobListView(ForgivingPaginationMixin, ListView):
    template_name = "jobs/job_list.html"
    context_object_name = "jobs"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.form = JobSearchForm(request.GET, categories=Category.objects.all())
        self.results, self.facets = self.form.apply(Job.objects.all())
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.results  # sliced a page at a time; counted with the facets

    def get_context_data(self, **kwargs):
        form, facets = self.form, self.facets
        data = form.cleaned_data
        return super().get_context_data(
            form=form,
            total=facets["total"],
            query=form.query,
            sort=form.sort_choice(),
            has_filters=form.active_filter_count() > 0,
            filter_groups=[
                self._group("workplace", "Workplace", form, facets, multiple=True),
                self._group("type", "Job type", form, facets, multiple=True),
                self._group("category", "Category", form, facets, multiple=True),
                self._group("pay", "Minimum pay", form, facets),
                self._group("posted", "Posted", form, facets),
            ],
            location=data.get("location") or "",
            **kwargs,
        )

    @staticmethod
    def _group(name, label, form, facets, *, multiple=False):
        labels = dict(form.fields[name].choices)
        chosen = form.cleaned_data.get(name)
        if multiple:
            chosen = {str(v) for v in chosen or []}
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


@method_decorator(cache_public_page, name="dispatch")
class JobDetailView(TemplateView):
    template_name = "jobs/job_detail.html"

    def get(self, request, *args, **kwargs):
        job = get_object_or_404(
            Job.objects.select_related("category", "recruiter"), pk=kwargs["pk"]
        )
        if job.slug != kwargs["slug"]:
            return redirect(job, permanent=True)
        similar = Job.objects.open().for_listing().similar_to(job)[:SIMILAR_COUNT]
        if job.is_gone():
            response = self.render_to_response(
                self.get_context_data(job=job, similar=similar), status=410
            )
            response.template_name = "jobs/job_gone.html"
            return response
        preview = not job.is_open()
        if preview and not can_preview(request.user, "jobs.view_job"):
            raise Http404("No open job here.")
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
        return response
