import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.generic import TemplateView

from core.ratelimit import client_key, hit, mailbox_key
from jobs.models import Job
from jobs.views import ended_job_page

from . import me, sources
from .confirmation import after_submission
from .forms import ApplicationForm, ResumeForm
from .matching import jobs_for_resume
from .models import Resume
from .services import CandidateDetails, submit_resume
from .uploads import ResumeSizeLimitHandler, body_is_far_too_large

logger = logging.getLogger(__name__)
SESSION_KEY = "candidates:last_submission"


class SubmissionView(TemplateView):
    """GET shows the form; POST validates it and hands it to the submission service.

    CSRF protection is applied inside `post`, after the upload size guard is installed: the guard
    must see the body before anything (the CSRF check included) reads it.
    """

    form_class = ResumeForm
    template_name = "candidates/resume_form.html"
    job = None

    @classmethod
    def as_view(cls, **initkwargs):
        # On the view itself, for every subclass: the CSRF middleware must not read the body.
        return csrf_exempt(never_cache(super().as_view(**initkwargs)))

    def get_form(self, data=None, files=None, **kwargs):
        return self.form_class(data, files, **kwargs)

    def get(self, request, *args, **kwargs):
        sources.remember(request)  # where the visitor came from, before they apply
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        if body_is_far_too_large(request):
            form = self.get_form(too_large=True)
            form.is_valid()
            return self.render_to_response(self.get_context_data(form=form), status=413)
        size_guard = ResumeSizeLimitHandler(request)
        request.upload_handlers.insert(0, size_guard)
        return csrf_protect(self._post)(request, size_guard)

    def _post(self, request, size_guard):
        limit, window = settings.SUBMISSION_RATE_LIMIT
        if hit("submission-address", client_key(request), limit=limit, window=window):
            return self.rate_limited()
        form = self.get_form(request.POST, request.FILES, too_large=size_guard.too_large)
        if form.is_bot():
            # Look like success, store nothing.
            return redirect("candidates:submission-done")
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        email = mailbox_key(form.cleaned_data["email"])
        if hit("submission-email", email, limit=limit, window=window):
            return self.rate_limited()
        data = form.cleaned_data
        details = CandidateDetails(
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            city=data["city"],
            state=data["state"],
            desired_role=data.get("desired_role", ""),
            desired_category_id=data["desired_category"].pk
            if data.get("desired_category")
            else None,
            profile_url=data["profile_url"],
        )
        try:
            submission = submit_resume(
                details=details,
                upload=data["resume"],
                detected=form.detected,
                job=self.job,
                message=data["message"],
                source=sources.remember(request),
                # Signed in on their page as this address's owner: applied without asking.
                signed_in_candidate_id=me.signed_in_candidate_id(request),
            )
        except OSError:
            logger.exception("Storing a resume failed")
            form.add_error(
                "resume",
                "We couldn't save your file just now. Nothing was sent; please try again in a "
                "minute.",
            )
            return self.render_to_response(self.get_context_data(form=form), status=503)
        request.session[SESSION_KEY] = {
            "job": self.job.pk if self.job else None,
            # Only what the sender's own, confirmed submission did: an unconfirmed one changes
            # nothing yet, and its page must read like a first one (the address stays unknown).
            "updated": not submission.application_is_new and not submission.unconfirmed,
            "resume": submission.application.resume_id,  # for the matching jobs shown next
        }
        return redirect("candidates:submission-done")

    def rate_limited(self):
        form = self.get_form()
        return self.render_to_response(
            self.get_context_data(form=form, rate_limited=True), status=429
        )


class ResumeSubmitView(SubmissionView):
    form_class = ResumeForm
    template_name = "candidates/resume_form.html"


class JobApplyView(SubmissionView):
    form_class = ApplicationForm
    template_name = "candidates/application_form.html"

    def dispatch(self, request, *args, **kwargs):
        # One read of the job: open, ended (answered as its own page answers), or unknown.
        job = Job.objects.select_related("category").filter(pk=kwargs["pk"]).first()
        if job is None or not job.is_open():
            if job is not None and job.is_gone() and request.method in ("GET", "HEAD"):
                return ended_job_page(request, job)
            raise Http404("No open job here.")  # a job never public stays unknown
        self.job = job
        if self.job.slug != kwargs["slug"]:
            return redirect(self.job.get_apply_url(), permanent=True)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(job=self.job, **kwargs)


@method_decorator(never_cache, name="dispatch")
class SubmissionDoneView(TemplateView):
    """Thanks, what happens next, and the open jobs matching the resume once its text is read."""

    template_name = "candidates/submission_done.html"
    matches_shown = 5

    def get_context_data(self, **kwargs):
        last = self.request.session.get(SESSION_KEY) or {}
        job = Job.objects.filter(pk=last.get("job")).first() if last.get("job") else None
        # Only the resume this browser just sent: the session is the proof it is theirs.
        resume = (
            Resume.objects.select_related("candidate").filter(pk=last["resume"]).first()
            if last.get("resume")
            else None
        )
        matches = self._matches(resume, job)
        return super().get_context_data(
            job=job,
            updated=last.get("updated", False),
            matches=matches,
            reading_resume=bool(resume and resume.extraction_status == Resume.Extraction.PENDING),
            **after_submission(resume, job, matches=matches),
            **kwargs,
        )

    def _matches(self, resume, job):
        try:
            matches = jobs_for_resume(resume, limit=self.matches_shown + 1)
        except Exception:
            # Suggestions are a bonus: the confirmation page must show whatever happens.
            logger.exception("Matching jobs for resume %s failed", resume.pk if resume else None)
            return []
        return [m for m in matches if not job or m.job.pk != job.pk][: self.matches_shown]
