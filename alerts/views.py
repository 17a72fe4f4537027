"""Job alert pages. No account: each link in an alert email carries a signed token naming the
alert, and anything that changes an alert is a POST (mail scanners follow links with GET)."""

import functools
import logging

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from core.ratelimit import client_key, hit, mailbox_key
from jobs.models import Category

from . import services, tokens
from .forms import AlertForm, ManageForm
from .models import AlertLimitReached, JobAlert
from .search import alert_query, describe, job_search

logger = logging.getLogger(__name__)
SESSION_KEY = "alerts:last_signup"


@never_cache
@require_http_methods(["GET", "POST"])
def alert_create(request):
    """POST: the sign-up form on /jobs/. GET (or a form with errors): the same form on its own
    page, for the search in the query string."""
    if request.method == "GET":
        categories = list(Category.objects.all())
        search = job_search(request.GET, categories=categories)
        form = AlertForm(initial={"query": alert_query(search)}, categories=categories)
        return _signup_page(request, form, describe(search))

    limit, window = settings.ALERT_SIGNUP_RATE_LIMIT
    if hit("alert-signup-address", client_key(request), limit=limit, window=window):
        return _rate_limited(request)
    form = AlertForm(request.POST, categories=Category.objects.all())
    if not form.is_valid():
        return _signup_page(request, form, getattr(form, "search_description", ""))
    data = form.cleaned_data
    if hit("alert-signup-email", mailbox_key(data["email"]), limit=limit, window=window):
        return _rate_limited(request)
    try:
        alert = services.subscribe(
            email=data["email"], query_string=data["query"], frequency=data["frequency"]
        )
    except AlertLimitReached as error:
        form.add_error("email", str(error))
        return _signup_page(request, form, form.search_description)
    request.session[SESSION_KEY] = {"email": alert.email, "description": alert.description}
    return redirect("alerts:alert-pending")


def _signup_page(request, form, description, *, status=200, **context):
    return render(
        request,
        "alerts/alert_form.html",
        {"form": form, "description": description, **context},
        status=status,
    )


def _rate_limited(request):
    return _signup_page(request, None, "", status=429, rate_limited=True)


@never_cache
def alert_pending(request):
    """'Check your email': shown after every sign-up, whether the alert was new or not."""
    return render(request, "alerts/alert_pending.html", request.session.get(SESSION_KEY) or {})


def alert_link(purpose: tokens.Purpose):
    """Resolve the token in the URL to its alert (None when since removed) for the view; a
    tampered or expired link gets a page that says what to do instead."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, token, **kwargs):
            try:
                alert_id = tokens.read_token(token, purpose)
            except tokens.InvalidLink as problem:
                logger.info("Job alert link refused (%s): %s", purpose.salt, type(problem).__name__)
                return render(
                    request,
                    "alerts/link_problem.html",
                    {
                        "expired": isinstance(problem, tokens.ExpiredLink),
                        "purpose": purpose.salt.removeprefix("alerts."),
                        "days": purpose.max_age.days,
                    },
                    status=problem.status,
                )
            return view(request, JobAlert.objects.filter(pk=alert_id).first(), **kwargs)

        return never_cache(wrapper)

    return decorator


def _gone(request):
    return render(request, "alerts/alert_gone.html", status=410)


def _removed(request):
    return render(request, "alerts/alert_removed.html")


@require_http_methods(["GET", "POST"])
@alert_link(tokens.CONFIRM)
def alert_confirm(request, alert):
    """GET asks; POST confirms. Mail scanners open links, they do not press buttons."""
    if alert is None:
        return _gone(request)
    context = {"alert": alert, "manage_path": tokens.link_path(alert.pk, tokens.MANAGE)}
    if request.method == "POST":
        try:
            confirmed = services.confirm(alert)
        except AlertLimitReached as error:
            return render(
                request, "alerts/alert_confirm.html", {**context, "error": str(error)}, status=409
            )
        if confirmed:
            messages.success(
                request,
                "Your job alert is on. We will email you when new jobs match this search.",
            )
        return redirect(tokens.link_path(alert.pk, tokens.MANAGE))
    return render(request, "alerts/alert_confirm.html", context)


@require_http_methods(["GET", "POST"])
@alert_link(tokens.MANAGE)
def alert_manage(request, alert):
    if alert is None:
        return _gone(request)
    if request.method == "POST":
        form = ManageForm(request.POST)
        if form.is_valid():
            services.update(
                alert, frequency=form.cleaned_data["frequency"], paused=form.cleaned_data["paused"]
            )
            messages.success(request, "Your changes are saved.")
            return redirect(request.path)
    else:
        form = ManageForm(initial={"frequency": alert.frequency, "paused": alert.paused})
    return render(request, "alerts/alert_manage.html", {"alert": alert, "form": form})


@require_POST
@alert_link(tokens.MANAGE)
def alert_delete(request, alert):
    if alert is not None:
        services.remove(alert, reason="deleted from the manage page")
    return _removed(request)


# RFC 8058: mail clients unsubscribe with a bare POST, no cookie and so no CSRF token. Safe
# without one: the POST can only remove the one alert the signed token in the URL names.
@csrf_exempt
@require_http_methods(["GET", "POST"])
@alert_link(tokens.UNSUBSCRIBE)
def alert_unsubscribe(request, alert):
    if alert is None:  # already gone: unsubscribing again is not an error
        return _removed(request)
    if request.method == "POST":
        services.remove(alert, reason="unsubscribed")
        return _removed(request)
    return render(
        request,
        "alerts/alert_unsubscribe.html",
        {"alert": alert, "manage_path": tokens.link_path(alert.pk, tokens.MANAGE)},
    )
