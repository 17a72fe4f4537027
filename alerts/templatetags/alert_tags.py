from django import template

from ..search import alert_query, describe

register = template.Library()


@register.inclusion_tag("alerts/includes/signup_form.html")
def job_alert_form(search):
    """ "Email me new jobs like these" for the search on the page, linking to the sign-up page.

    `search` is the page's own JobSearch: its categories are already loaded, so this costs the
    job list no extra query.
    """
    return {"query": alert_query(search), "description": describe(search)}


@register.inclusion_tag("alerts/includes/alert_link.html")
def job_alert_link(search):
    """The compact "Email me jobs like these" link at the top of the results (same sign-up page)."""
    return {"query": alert_query(search)}
