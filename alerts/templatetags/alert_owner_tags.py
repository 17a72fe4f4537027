"""Job alerts on pages the candidates app owns: their owner's page (/me/) and the confirmation
page after applying. Added through slots (alerts/apps.py): candidates know nothing of alerts."""

from django import template
from django.http import QueryDict

from jobs.models import Category

from .. import tokens
from ..forms import AlertForm
from ..models import JobAlert
from ..search import alert_query, describe, job_search

register = template.Library()


@register.inclusion_tag("alerts/includes/me_alerts.html")
def alerts_for_owner(email):
    """The alerts of the address signed in on /me/, each with its own manage link."""
    alerts = list(JobAlert.objects.for_email(email)) if email else []
    return {
        "alerts": [(alert, tokens.link_path(alert.pk, tokens.MANAGE)) for alert in alerts],
    }


@register.inclusion_tag("alerts/includes/after_applying.html", takes_context=True)
def alert_after_applying(context, job=None, email=""):
    """An alert for jobs like the one just applied for (its category, its state), or for every
    job after a general resume. The page is never cached (it follows a submission), so the form
    with its CSRF token is safe on it."""
    query = QueryDict(mutable=True)
    if job is not None:
        if job.category_id:
            query["category"] = job.category.slug
        if job.state and job.workplace != "remote":
            query["location"] = job.state
    categories = list(Category.objects.all())
    search = job_search(query, categories=categories)
    form = AlertForm(initial={"query": alert_query(search), "email": email}, categories=categories)
    return {
        "form": form,
        "description": describe(search),
        "csrf_token": context.get("csrf_token"),
    }
