import logging
import math

from django.conf import settings
from django.http import Http404, JsonResponse, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from core.ratelimit import client_key, hit, mailbox_key, retry_after, used_up
from jobs.models import Job
from jobs.views import SIMILAR_COUNT, ended_job_page

from . import held, me, sources, tools
from .confirmation import after_submission
from .extraction import PDF_SCAN_MAX_WORDS, ExtractionError, extract_text
from .forms import PREFILL_FIELDS, PREFILL_LABELS, ApplicationForm, ResumeForm, prefilled
from .matching import jobs_for_resume
from .models import Resume
from .prefill import fields_from_text
from .services import CandidateDetails, submit_resume
from .tasks import read_held_scan
from .uploads import ResumeSizeLimitHandler, body_is_far_too_large

logger = logging.getLogger(__name__)
SESSION_KEY = "candidates:last_submission"


class SubmissionView(TemplateView):
    """GET shows the form; POST either reads a resume into it (the first step: "Continue", or
    upload.js as soon as a file is chosen) or validates it and hands it to the submission service.

    CSRF protection is applied inside `post`, after the upload size guard is installed: the guard
    must see the body before anything (the CSRF check included) reads it.

    Only accepted submissions count towards SUBMISSION_RATE_LIMIT (per address, per email); every
    other try (a form with a mistake, a file read at the first step) counts towards the larger
    SUBMISSION_ATTEMPT_RATE_LIMIT. A 429 shows the form again with everything typed.
    """

    form_class = ResumeForm
    template_name = "candidates/resume_form.html"
    job = None
    closed_job = None  # the job applied for, if it closed while the person was applying

    @classmethod
    def as_view(cls, **initkwargs):
        # On the view itself, for every subclass: the CSRF middleware must not read the body.
        return csrf_exempt(never_cache(super().as_view(**initkwargs)))

    def get_form(self, data=None, files=None, **kwargs):
        return self.form_class(data, files, session=self.request.session, **kwargs)

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
        address = client_key(request)
        form = self.get_form(request.POST, request.FILES, too_large=size_guard.too_large)
        if request.POST.get("step") == "check" and not request.FILES and not size_guard.too_large:
            # "Check again" while a scan is read: not a try (nor refused after too many), only
            # a look at what was read from this session's held file.
            return self.check_step(form)
        if used_up(ATTEMPTS, address, limit=settings.SUBMISSION_ATTEMPT_RATE_LIMIT[0]):
            return self.rate_limited(form, ATTEMPTS, address)
        if form.is_bot():
            # Look like success, store nothing.
            count_attempt(address)
            return redirect("candidates:submission-done")
        sent_file = bool(request.FILES.get("resume")) or size_guard.too_large
        if request.POST.get("step") == "read" and (sent_file or not form.held_file):
            # "Continue" with nothing new to read, once a file is held (the Enter key in a
            # field presses the form's first button), is the submit.
            return self.read_step(form, address)
        limit, window = settings.SUBMISSION_RATE_LIMIT
        if used_up(ACCEPTED_BY_ADDRESS, address, limit=limit):
            return self.rate_limited(form, ACCEPTED_BY_ADDRESS, address)
        if not form.is_valid():
            count_attempt(address)
            return self.render_to_response(self.get_context_data(form=self.keep_file(form)))
        email = mailbox_key(form.cleaned_data["email"])
        if used_up(ACCEPTED_BY_EMAIL, email, limit=limit):
            return self.rate_limited(self.keep_file(form), ACCEPTED_BY_EMAIL, email)
        # Counted before the work, so that two at once cannot both take the last place.
        if hit(ACCEPTED_BY_ADDRESS, address, limit=limit, window=window):
            return self.rate_limited(self.keep_file(form), ACCEPTED_BY_ADDRESS, address)
        if hit(ACCEPTED_BY_EMAIL, email, limit=limit, window=window):
            return self.rate_limited(self.keep_file(form), ACCEPTED_BY_EMAIL, email)
        return self.submit(form)

    def read_step(self, form, address):
        """Check and hold the file alone, and show the form again with what it says filled in
        wherever the person has not typed anything yet."""
        count_attempt(address)
        if not form.check_file_only():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.new_upload
        try:
            kept = held.hold(self.request.session, upload, form.detected)
        except OSError:
            logger.exception("Holding a resume failed")
            return self.store_failed(form)
        if form.held_file is not None:
            held.discard(form.held_file)  # another file chosen instead
        found, scan = read_details(upload, form.detected)
        reading = scan and queue_scan(kept)
        data, filled = prefilled(self.request.POST, found)
        data["held"] = kept.token
        data.pop("step", None)
        shown = self.get_form(data)
        shown.check_file_only()
        if reading:
            shown.reading_scan = True  # read in the background: the page asks for it
        else:
            shown.read_fields = filled
        return self.render_to_response(self.get_context_data(form=shown))

    def check_step(self, form):
        """The form again with everything typed, and a held scan's details in the fields
        still empty once the background OCR has read them."""
        if not form.check_file_only():
            return self.render_to_response(self.get_context_data(form=form))
        state = held.scan_state(form.held_file)
        data = self.request.POST.copy()
        data.pop("step", None)
        filled = []
        if state.state == "read":
            data, filled = prefilled(data, state.fields)
        shown = self.get_form(data)
        shown.check_file_only()
        if state.state == "reading":
            shown.reading_scan = True
        else:
            shown.read_fields = filled
        return self.render_to_response(self.get_context_data(form=shown))

    def keep_file(self, form):
        """The form as it was sent, with a good new file held, so that it is not chosen again."""
        upload = form.new_upload
        if upload is None:
            return form
        try:
            kept = held.hold(self.request.session, upload, form.detected)
        except OSError:
            logger.exception("Holding a resume failed")
            return form  # the file is asked for again; the rest is kept
        replaced = form.held_file
        data = self.request.POST.copy()
        data["held"] = kept.token
        kept_form = self.get_form(data)
        kept_form.errors  # noqa: B018 - the same checks, now standing on the held file
        if replaced is not None:
            held.discard(replaced)
        return kept_form

    def submit(self, form):
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
        kept = form.held_file
        upload, detected, opened = form.new_upload, form.detected, None
        try:
            if upload is None:
                upload = opened = kept.open()
                detected = kept.detected
            submission = submit_resume(
                details=details,
                upload=upload,
                detected=detected,
                job=self.job,
                message=data["message"],
                source=sources.remember(self.request),
                # Signed in on their page as this address's owner: applied without asking.
                signed_in_candidate_id=me.signed_in_candidate_id(self.request),
            )
        except held.HeldFileRefused as refused:  # purged in the moment since the form was read
            form.add_error("resume", refused.message)
            return self.render_to_response(self.get_context_data(form=form))
        except OSError:
            logger.exception("Storing a resume failed")
            # Not held either: the held file goes to the same store, and an object store that
            # hangs would be waited for twice, past the app server's worker timeout (a 502).
            return self.store_failed(form)
        finally:
            if opened is not None:
                opened.close()
        if kept is not None:
            held.discard(kept)  # now a resume of its own, or replaced by the new file
        self.request.session[SESSION_KEY] = {
            "job": self.job.pk if self.job else None,
            "closed_job": self.closed_job.pk if self.closed_job else None,
            # Only what the sender's own, confirmed submission did: an unconfirmed one changes
            # nothing yet, and its page must read like a first one (the address stays unknown).
            "updated": not submission.application_is_new and not submission.unconfirmed,
            "resume": submission.application.resume_id,  # for the matching jobs shown next
        }
        return redirect("candidates:submission-done")

    def store_failed(self, form):
        if "resume" not in form.errors:
            form.add_error("resume", STORE_FAILED)
        return self.render_to_response(self.get_context_data(form=form), status=503)

    def rate_limited(self, form, scope, key):
        """The form again with everything typed (and any held file), no errors, and a 429.
        Nothing sent is checked or kept: the form is rebuilt from the typed fields alone."""
        shown = self.get_form(form.data)
        shown.check_file_only(keep=())
        window = (
            settings.SUBMISSION_ATTEMPT_RATE_LIMIT if scope == ATTEMPTS
            else settings.SUBMISSION_RATE_LIMIT
        )[1]  # fmt: skip
        seconds = retry_after(scope, key, window=window)
        response = self.render_to_response(
            self.get_context_data(
                form=shown, rate_limited=True, retry_minutes=max(1, math.ceil(seconds / 60))
            ),
            status=429,
        )
        response["Retry-After"] = str(seconds)
        return response


ATTEMPTS = "submission-attempt-address"
ACCEPTED_BY_ADDRESS = "submission-address"
ACCEPTED_BY_EMAIL = "submission-email"
STORE_FAILED = (
    "We couldn't save your file just now. Nothing was sent; please try again in a minute."
)


def count_attempt(address: str) -> None:
    limit, window = settings.SUBMISSION_ATTEMPT_RATE_LIMIT
    hit(ATTEMPTS, address, limit=limit, window=window)


def read_details(upload, detected) -> tuple[dict, bool]:
    """The contact details a resume shows, for the form ({} when its text cannot be read), and
    whether it is a scan or photo, whose text only OCR reads.

    Without OCR here: it takes seconds a page (1-1.5 s a photo, 5-7 s a two-page scan on a
    quiet machine), too long to hold a web worker. A scan is read by `read_held_scan` instead.
    """
    if detected.kind in SCAN_KINDS:
        return {}, True
    try:
        text = extract_text(upload, detected.kind, ocr=False)
    except ExtractionError:
        return {}, False
    except Exception as exc:
        # A bonus for the candidate: the form must show whatever a file does to the reader.
        logger.warning("Reading a resume for the form failed: %s", type(exc).__name__)
        return {}, False
    finally:
        upload.seek(0)
    scan = detected.kind == "pdf" and len(text.split()) < PDF_SCAN_MAX_WORDS
    return fields_from_text(text), scan


SCAN_KINDS = {"jpeg", "png"}


def queue_scan(kept: held.HeldResume) -> bool:
    """Queue the OCR of a held scan; False (the form says to type) where this machine has no
    OCR or the queue refused it."""
    needed = ["tesseract"] + (["pdftoppm"] if kept.detected.kind == "pdf" else [])
    if not all(tools.available(name) for name in needed):
        return False
    try:
        read_held_scan.enqueue(kept.name, kept.detected.kind)
    except Exception:
        logger.exception("Queueing the reading of a held scan failed")
        return False
    return True


@never_cache
@require_GET
def held_fields(request):
    """What the background OCR read from this session's held scan, for upload.js to fill in.

    The token comes in a header (never in a URL, nor so in a log) and is checked as the form
    checks it: signed, under an hour old, bound to this session. Not a try: no rate limit is
    counted, and the answer is one small read of the store.
    """
    try:
        kept = held.read(request.session, request.headers.get("X-Held-Token", ""))
    except held.HeldFileRefused:
        return JsonResponse({"state": "refused"}, status=403)
    state = held.scan_state(kept)
    fields = {}
    if state.state == "read":
        found, _ = prefilled(QueryDict(), state.fields)  # as the form would show them
        fields = {name: found[name] for name in PREFILL_FIELDS if found.get(name)}
    labels = {name: PREFILL_LABELS[name] for name in fields}
    return JsonResponse({"state": state.state, "fields": fields, "labels": labels})


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
            if job is None or not job.is_gone():
                raise Http404("No open job here.")  # a job never public stays unknown
            if request.method in ("GET", "HEAD"):
                return ended_job_page(request, job)
            # It closed while this person was applying: what they send is kept as a general
            # submission, and the page says so.
            self.closed_job = job
        else:
            self.job = job
        shown = self.job or self.closed_job
        if shown.slug != kwargs["slug"]:
            return redirect(shown.get_apply_url(), permanent=True)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            job=self.job or self.closed_job, job_closed=self.closed_job is not None, **kwargs
        )


@method_decorator(never_cache, name="dispatch")
class SubmissionDoneView(TemplateView):
    """Thanks, what happens next, and the open jobs matching the resume once its text is read."""

    template_name = "candidates/submission_done.html"
    matches_shown = 5

    def get(self, request, *args, **kwargs):
        last = request.session.get(SESSION_KEY) or {}
        if last.get("closed_job"):
            closed = Job.objects.filter(pk=last["closed_job"]).first()
            if closed is not None:
                return kept_as_general_page(request, closed)
        return super().get(request, *args, **kwargs)

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


def kept_as_general_page(request, job):
    """After a submit for a job that closed meanwhile: the resume was kept as a general
    submission; say so, with the open jobs most like the one that closed."""
    similar = Job.objects.open().for_listing().similar_to(job)[:SIMILAR_COUNT]
    return TemplateResponse(
        request, "candidates/submission_job_closed.html", {"job": job, "similar": similar}
    )
