"""What the page after a submission says beyond "thank you" (candidates.views.SubmissionDoneView):
whether the resume replaced an earlier one, whether a known address must confirm first, how the
reading of the resume went (in plain words, and never "still reading" for ever), and similar
open jobs. The session is the proof that this browser sent the resume: nothing here shows what
the candidate's record holds beyond the job and the state of the file just sent.
"""

from datetime import timedelta

from django.utils import timezone

from jobs.models import Job

from .models import Resume

# Text extraction usually takes seconds; past this the page stops promising it is under way.
READING_PATIENCE = timedelta(minutes=2)
SIMILAR_SHOWN = 3


def after_submission(resume: Resume | None, job: Job | None, *, matches=(), now=None) -> dict:
    now = now or timezone.now()
    context = {
        "replaced": False,
        "unconfirmed": False,
        "reading": "",
        "similar": [],
        "alert_email": "",
    }
    context["similar"] = _similar(job, exclude=[m.job.pk for m in matches])
    if resume is None:
        return context
    context["alert_email"] = resume.candidate.email  # the address they typed, for the alert form
    context["unconfirmed"] = not resume.confirmed or (
        resume.candidate.proposed_updates.pending().filter(resume=resume).exists()
    )
    # An earlier resume of theirs that this one took over from.
    context["replaced"] = (
        not context["unconfirmed"]
        and resume.is_current
        and resume.candidate.resumes.filter(confirmed=True, uploaded_at__lt=resume.uploaded_at)
        .exclude(pk=resume.pk)
        .exists()
    )
    context["reading"] = _reading(resume, now)
    return context


def _reading(resume: Resume, now) -> str:
    """'reading' (give it a moment), 'slow' (it is taking longer: the page says so, and that
    nothing is lost), 'unreadable' (no text: what to do next), or '' (read, or not ours to
    read)."""
    status = resume.extraction_status
    if status == Resume.Extraction.PENDING:
        return "reading" if now - resume.uploaded_at < READING_PATIENCE else "slow"
    if status in (Resume.Extraction.EMPTY, Resume.Extraction.FAILED):
        return "unreadable"
    if status == Resume.Extraction.UNSUPPORTED:
        return "unsupported"
    return ""


def _similar(job: Job | None, *, exclude) -> list[Job]:
    """A few open jobs like the one applied for: the job board's own rule (jobs.similar_to)."""
    if job is None:
        return []
    similar = Job.objects.open().for_listing().similar_to(job).exclude(pk__in=exclude)
    return list(similar[:SIMILAR_SHOWN])
