"""Send a job to a friend: one email with the job's link, from a fixed text.

Nothing typed travels in the email but the friend's address it goes to: no name, no message, so
the form cannot carry spam. The address is used for this one email and kept nowhere (the email
is sent during the request, not queued with it). Limits: so many a visitor an hour, so many to
one mailbox (counted as its mailbox, core.ratelimit) an hour, and the site-wide daily cap on
emails to any address someone typed. The link says `?source=referral`, so an application from it
counts as a referral.
"""

import logging
from urllib.parse import urlencode

from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.forms import PlainTextFieldsMixin
from core.ratelimit import client_key, hit, mailbox_key, may_email
from core.tasks import MAIL_ERRORS

from .models import Job

logger = logging.getLogger(__name__)
SHARES_PER_HOUR = 5  # per visitor, and per mailbox


class SendToFriendForm(PlainTextFieldsMixin, forms.Form):
    email = forms.EmailField(
        label="Your friend's email",
        max_length=254,
        help_text="We send them this job's link once, and keep their address for nothing else.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


def job_link(job) -> str:
    return f"{settings.SITE_URL}{job.get_absolute_url()}?{urlencode({'source': 'referral'})}"


@never_cache
@require_http_methods(["GET", "POST"])
def send_to_friend(request, pk, slug):
    job = get_object_or_404(Job.objects.open().select_related("category"), pk=pk)
    if job.slug != slug:
        return redirect("jobs:job-share", pk=job.pk, slug=job.slug, permanent=True)
    form = SendToFriendForm(request.POST or None)
    context = {"job": job, "form": form}
    if request.method == "POST" and form.is_valid():
        address = form.cleaned_data["email"]
        window = 60 * 60
        if hit("share-visitor", client_key(request), limit=SHARES_PER_HOUR, window=window) or hit(
            "share-mailbox", mailbox_key(address), limit=SHARES_PER_HOUR, window=window
        ):
            return render(request, "jobs/job_share.html", {**context, "rate_limited": True},
                          status=429)  # fmt: skip
        if may_email(address):
            message = EmailMessage(
                subject=f"A job you might like: {job.title}",
                body=render_to_string(
                    "jobs/email/job_share.txt", {"job": job, "link": job_link(job)}
                ),
                to=[address],
            )
            try:
                message.send()
            except MAIL_ERRORS:
                logger.warning("Sending job %s to a friend failed", job.pk)
                form.add_error(None, "We couldn't send the email just now. Please try again later.")
                return render(request, "jobs/job_share.html", context, status=503)
        else:
            # The mailbox has had its day's emails: say sent, tell no stranger about the cap.
            logger.warning("Job %s not sent to a friend: the mailbox's daily cap", job.pk)
        return render(request, "jobs/job_share.html", {**context, "sent": True})
    return render(request, "jobs/job_share.html", context)
