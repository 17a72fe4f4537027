"""A candidate's own page, /me/: signed in by an emailed link, never by a password.

The sign-in is the candidates app's own, kept apart from staff authentication: a successful link
puts the candidate's id in the (server-side, signed-cookie) session under SESSION_KEY, with the
moment it ends. Every page here is private and never cached, and shows only what belongs to the
candidate in the session: ids in URLs are always looked up within the candidate's own records.
"""

import json
import logging
import tempfile
import zipfile
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core import personal_data
from core.forms import PlainTextFieldsMixin
from core.ratelimit import client_key, hit, mailbox_key, may_email

from . import services, tokens
from .filetypes import ACCEPTED_EXTENSIONS, ACCEPTED_LABEL
from .forms import inspected_resume, resume_too_large
from .models import CANDIDATE_STATUS, Candidate, InvalidTransition
from .privacy import candidate_export
from .tasks import send_sign_in_link
from .uploads import ResumeSizeLimitHandler, body_is_far_too_large

logger = logging.getLogger(__name__)

SESSION_KEY = "candidates:me"
NOTICE_KEY = "candidates:me-notice"  # what the last action did, shown once on the page
SIGNED_IN_FOR = timedelta(hours=2)
# Sign-in links asked for, per visitor address and per mailbox, in a quarter of an hour.
SIGN_IN_LIMIT, SIGN_IN_WINDOW = 5, 15 * 60


# --- the candidate's session --------------------------------------------------------------------


def signed_in_candidate_id(request) -> int | None:
    """The candidate signed in on this browser through /me/, or None (also once it has ended)."""
    session = getattr(request, "session", None)
    value = session.get(SESSION_KEY) if session is not None else None
    if not isinstance(value, dict):
        return None
    try:
        if timezone.now().timestamp() >= float(value["until"]):
            return None
        return int(value["id"])
    except (KeyError, TypeError, ValueError):
        return None


def signed_in_candidate(request) -> Candidate | None:
    pk = signed_in_candidate_id(request)
    return Candidate.objects.filter(pk=pk).first() if pk else None


def _sign_in(request, candidate: Candidate) -> None:
    request.session.cycle_key()  # a session id known before sign-in is worth nothing after it
    until = timezone.now() + SIGNED_IN_FOR
    request.session[SESSION_KEY] = {"id": candidate.pk, "until": until.timestamp()}


def _sign_out(request) -> None:
    request.session.pop(SESSION_KEY, None)
    request.session.cycle_key()


def candidate_required(view):
    """The signed-in candidate as the view's second argument; else back to the sign-in form."""

    def wrapper(request, *args, **kwargs):
        candidate = signed_in_candidate(request)
        if candidate is None:
            return redirect("candidates:me")
        return view(request, candidate, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


# --- forms ------------------------------------------------------------------------------------


class SignInForm(PlainTextFieldsMixin, forms.Form):
    email = forms.EmailField(
        label="Your email",
        max_length=254,
        help_text="The address you sent your resume with.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class NewResumeForm(forms.Form):
    resume = forms.FileField(
        label="Newer resume",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)}),
        error_messages={"required": "Please choose your resume file."},
    )

    def __init__(self, *args, too_large=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large
        self.detected = None
        self.fields["resume"].help_text = (
            f"{ACCEPTED_LABEL}, up to {filesizeformat(settings.RESUME_MAX_BYTES)}. It becomes "
            "your current resume; the earlier ones stay with the applications they were sent with."
        )
        self.fields["resume"].widget.attrs["data-max-bytes"] = settings.RESUME_MAX_BYTES

    def clean_resume(self):
        upload = self.cleaned_data["resume"]
        self.detected = inspected_resume(upload)
        return upload

    def full_clean(self):
        super().full_clean()
        if self.too_large:
            resume_too_large(self)


# --- pages --------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def me(request):
    """Signed in: the candidate's page. Otherwise the sign-in form, which answers the same
    whether or not the address is known."""
    candidate = signed_in_candidate(request)
    if candidate is not None and request.method == "GET":
        return _home(request, candidate)
    if request.method == "GET":
        return render(request, "candidates/me/sign_in.html", {"form": SignInForm()})
    form = SignInForm(request.POST)
    if not form.is_valid():  # a mistyped address costs nothing and is not counted
        return render(request, "candidates/me/sign_in.html", {"form": form})
    if hit("me-sign-in-address", client_key(request), limit=SIGN_IN_LIMIT, window=SIGN_IN_WINDOW):
        return render(
            request, "candidates/me/sign_in.html", {"form": form, "rate_limited": True}, status=429
        )
    email = form.cleaned_data["email"].strip()
    # Past the mailbox's limits nothing is sent, and the page says what it says otherwise.
    if not hit("me-sign-in-email", mailbox_key(email), limit=SIGN_IN_LIMIT, window=SIGN_IN_WINDOW):
        known = Candidate.objects.filter(email__iexact=email).values_list("pk", flat=True).first()
        if known is not None and may_email(email):
            # Queued, so a known address takes no longer to answer than an unknown one.
            transaction.on_commit(lambda: send_sign_in_link.enqueue(known))
    return redirect("candidates:me-check-email")


@never_cache
@require_GET
def check_email(request):
    return render(request, "candidates/me/check_email.html")


def _home(request, candidate: Candidate, *, resume_form=None, status=200):
    return render(
        request,
        "candidates/me/home.html",
        {**_home_context(candidate), "resume_form": resume_form or NewResumeForm(),
         "notice": request.session.pop(NOTICE_KEY, "")},
        status=status,
    )  # fmt: skip


def _home_context(candidate):
    return {
        "candidate": candidate,
        "applications": list(
            candidate.applications.select_related("job", "resume").order_by("-created_at", "-pk")
        ),
        "resumes": list(candidate.resumes.filter(confirmed=True)),
        "current_resume": candidate.current_resume(),
        "me_email": candidate.email,
    }


def _link_problem(request, problem: tokens.InvalidLink, purpose: tokens.Purpose):
    return render(
        request,
        "candidates/me/link_problem.html",
        {
            "expired": isinstance(problem, tokens.ExpiredLink),
            "sign_in": purpose is tokens.SIGN_IN,
        },
        status=problem.status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in(request):
    """GET asks, POST signs in: mail scanners open links, they do not press buttons, and a link
    works once."""
    token = request.GET.get("token", "")
    try:
        candidate = tokens.read_sign_in_token(token)
    except tokens.InvalidLink as problem:
        logger.info("Candidate sign-in link refused: %s", type(problem).__name__)
        return _link_problem(request, problem, tokens.SIGN_IN)
    if request.method == "GET":
        return render(request, "candidates/me/sign_in_link.html", {"token": token})
    with transaction.atomic():
        used = Candidate.objects.select_for_update().filter(pk=candidate.pk).first()
        # Read again under the lock: two presses of one link sign in once.
        if used is None or tokens.fingerprint(used) != tokens.fingerprint(candidate):
            return _link_problem(request, tokens.InvalidLink(), tokens.SIGN_IN)
        used.signed_in_at = timezone.now()
        used.save(update_fields=["signed_in_at"])
    _sign_in(request, used)
    logger.info("Candidate %s signed in to their page", used.pk)
    return redirect("candidates:me")


@never_cache
@require_POST
def sign_out(request):
    _sign_out(request)
    return redirect("candidates:me")


@never_cache
@require_http_methods(["GET", "POST"])
@candidate_required
def withdraw(request, candidate, pk):
    application = (
        candidate.applications.select_related("job").filter(pk=pk).first()
    )  # another candidate's id finds nothing
    if application is None:
        raise Http404("No such application.")
    if request.method == "GET":
        return render(request, "candidates/me/withdraw.html", {"application": application})
    if application.may_withdraw():
        try:
            services.withdraw(application)
        except InvalidTransition:  # withdrawn in another tab meanwhile
            return redirect("candidates:me")
        request.session[NOTICE_KEY] = "withdrawn"
    return redirect("candidates:me")


def _upload_view(view):
    """Like the submission forms: the size guard sees the body before the CSRF check reads it,
    and a body far over the limit is refused unread."""

    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and body_is_far_too_large(request):
            candidate = signed_in_candidate(request)
            if candidate is None:
                return redirect("candidates:me")
            form = NewResumeForm(too_large=True, data={})
            form.is_valid()
            return _home(request, candidate, resume_form=form, status=413)
        request.size_guard = ResumeSizeLimitHandler(request)
        request.upload_handlers.insert(0, request.size_guard)
        return csrf_protect(view)(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    return csrf_exempt(never_cache(wrapper))


@_upload_view
@require_POST
@candidate_required
def new_resume(request, candidate):
    form = NewResumeForm(request.POST, request.FILES, too_large=request.size_guard.too_large)
    if not form.is_valid():
        return _home(request, candidate, resume_form=form)
    try:
        _, is_new = services.add_resume_version(
            candidate=candidate, upload=form.cleaned_data["resume"], detected=form.detected
        )
    except OSError:
        logger.exception("Storing a resume from the candidate's page failed")
        form.add_error(
            "resume",
            "We couldn't save your file just now. Nothing changed; please try again in a minute.",
        )
        return _home(request, candidate, resume_form=form, status=503)
    request.session[NOTICE_KEY] = "resume-new" if is_new else "resume-same"
    return redirect("candidates:me")


@never_cache
@require_GET
@candidate_required
def export(request, candidate):
    """Everything held about them: data.json and their resume files, as one ZIP."""
    data = {
        **candidate_export(candidate),
        # In their words, as on the page: the staff pipeline's stages and notes stay staff's.
        "applications": [
            {
                "job": application.job.title if application.job else None,
                "job_reference": application.job.reference if application.job else None,
                "status": application.candidate_status(),
                "confirmed": application.confirmed,
                "message": application.message,
                "applied_at": application.created_at,
                "history": [
                    {"status": CANDIDATE_STATUS[event.to_status], "at": event.at}
                    for event in application.events.all()
                ],
            }
            for application in candidate.applications.select_related("job").prefetch_related(
                "events"
            )
        ],
        **personal_data.export(candidate.email),
        "exported_at": timezone.now(),
    }
    # Spooled: small exports stay in memory, large ones (several 5 MB resumes) go to disk.
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - the response closes it
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
        )
        for number, resume in enumerate(candidate.resumes.filter(confirmed=True), start=1):
            name = f"resumes/{number:02d}-{resume.uploaded_at:%Y-%m-%d}-{resume.original_name}"
            with resume.file.open("rb") as source, archive.open(name, "w") as target:
                for chunk in iter(lambda: source.read(64 * 1024), b""):
                    target.write(chunk)
    spool.seek(0)
    response = FileResponse(spool, content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(
        True, f"amtec-my-data-{timezone.localdate():%Y-%m-%d}.zip"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
@candidate_required
def delete(request, candidate):
    """GET: what will go, and a button. POST: it goes."""
    if request.method == "GET" or request.POST.get("confirm") != "yes":
        return render(
            request,
            "candidates/me/delete.html",
            {**_home_context(candidate), "not_ticked": request.method == "POST"},
        )
    services.erase_candidate(candidate, request=request)
    request.session.flush()
    return redirect("candidates:me-deleted")


@never_cache
@require_GET
def deleted(request):
    return render(request, "candidates/me/deleted.html")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm_update(request):
    """The link in the email a known address gets after a submission: GET shows what would
    change, POST applies it."""
    try:
        update = tokens.read_confirm_update_token(request.GET.get("token", ""))
    except tokens.InvalidLink as problem:
        logger.info("Update confirmation link refused: %s", type(problem).__name__)
        return _link_problem(request, problem, tokens.CONFIRM_UPDATE)
    if update is None:
        return _link_problem(request, tokens.InvalidLink(), tokens.CONFIRM_UPDATE)
    context = {"update": update, "candidate": update.candidate, "job": update.application.job}
    if update.is_confirmed:
        return render(request, "candidates/me/update_confirmed.html", {**context, "again": True})
    if request.method == "GET":
        return render(request, "candidates/me/confirm_update.html", context)
    try:
        services.confirm_update(update)
    except services.UpdateAlreadyUsed:
        return render(request, "candidates/me/update_confirmed.html", {**context, "again": True})
    return render(request, "candidates/me/update_confirmed.html", context)
