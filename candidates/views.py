from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from jobs.models import Job


class JobApplyView(TemplateView):
    """Until online applications arrive, tell candidates how to apply for this job by email."""

    template_name = "candidates/application_form.html"

    def get_context_data(self, **kwargs):
        job = get_object_or_404(Job.objects.open(), pk=kwargs["pk"])
        return super().get_context_data(job=job, **kwargs)
