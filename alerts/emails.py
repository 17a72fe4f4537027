"""The emails an alert sends. Each carries fresh manage and unsubscribe links, and the headers
mail clients use for their own one-click unsubscribe button (RFC 2369 and RFC 8058)."""

import email.policy

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from . import tokens


class AlertEmail(EmailMessage):
    """An email whose headers are never folded.

    Python folds header lines at 78 characters, and a line it cannot break at a space (our
    List-Unsubscribe URL, with its signature, is longer than that) becomes RFC 2047 encoded-words,
    which mail clients do not read as a URL: their unsubscribe button would silently be lost.
    RFC 5322 allows header lines up to 998 characters.
    """

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


def _links(alert) -> dict:
    return {
        "manage_url": tokens.link_url(alert.pk, tokens.MANAGE),
        "unsubscribe_url": tokens.link_url(alert.pk, tokens.UNSUBSCRIBE),
        "search_url": settings.SITE_URL + alert.search_path,
    }


def _message(template: str, context: dict, alert) -> EmailMessage:
    context = {"alert": alert, "amtec": settings.AMTEC, "site_url": settings.SITE_URL, **context}
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return AlertEmail(
        subject=subject,
        body=body,
        to=[alert.email],
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # Out-of-office replies and the like should not answer an automatic email.
            "Auto-Submitted": "auto-generated",
        },
    )


def confirmation_message(alert) -> EmailMessage:
    context = _links(alert)
    if not alert.is_confirmed:
        context["confirm_url"] = tokens.link_url(alert.pk, tokens.CONFIRM)
        context["confirm_days"] = tokens.CONFIRM.max_age.days
    return _message("alerts/email/confirm", context, alert)


def digest_message(alert, jobs, *, more: int = 0) -> EmailMessage:
    context = {
        **_links(alert),
        "jobs": [(job, settings.SITE_URL + job.get_absolute_url()) for job in jobs],
        "more": more,
    }
    return _message("alerts/email/digest", context, alert)
