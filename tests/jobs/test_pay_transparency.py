"""Pay-transparency laws: a job a law covers does not open without what the law asks for."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from jobs import pay_transparency
from jobs.models import Job, PayRuleNotMet
from jobs.pay_transparency import RULES
from tests.jobs.factories import ClosedJobFactory, DraftJobFactory, JobFactory

pytestmark = pytest.mark.django_db
NO_PAY = {"pay_min": None, "pay_max": None}


def moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


def place(rule):
    city = sorted(rule.cities)[0].title() if rule.cities else "Springfield"
    return {"state": rule.state, "city": city, "workplace": Job.Workplace.ONSITE}


# The table, per jurisdiction, with its effective date on both sides.


@pytest.mark.parametrize("rule", RULES, ids=[r.jurisdiction for r in RULES])
def test_each_law_takes_effect_on_its_date(rule):
    job = DraftJobFactory.build(**place(rule), **NO_PAY, benefits="")
    before, on = rule.effective - timedelta(days=1), rule.effective
    assert rule not in pay_transparency.rules_for(job, before)
    assert rule in pay_transparency.rules_for(job, on)
    asked = {p.field for p in pay_transparency.problems(job, on) if p.rule == rule}
    assert asked == ({"pay_min", "benefits"} if rule.benefits else {"pay_min"})
    # With a range (and benefits, where asked) the law is met.
    job.pay_min, job.pay_max, job.benefits = Decimal(20), Decimal(25), "Health insurance."
    assert not [p for p in pay_transparency.problems(job, on) if p.rule == rule]


def test_the_table_holds_the_laws_the_business_operates_under():
    expected = {
        "Colorado": date(2021, 1, 1), "New York City": date(2022, 11, 1),
        "California": date(2023, 1, 1), "Washington": date(2023, 1, 1),
        "New York State": date(2023, 9, 17), "Hawaii": date(2024, 1, 1),
        "District of Columbia": date(2024, 6, 30), "Maryland": date(2024, 10, 1),
        "Illinois": date(2025, 1, 1), "Minnesota": date(2025, 1, 1),
        "New Jersey": date(2025, 6, 1), "Vermont": date(2025, 7, 1),
        "Massachusetts": date(2025, 10, 29),
    }  # fmt: skip
    assert {rule.jurisdiction: rule.effective for rule in RULES} == expected
    assert {r.jurisdiction for r in RULES if r.remote} >= {"Colorado"}


def test_new_york_city_is_its_boroughs_new_york_state_all_of_it():
    on = date(2023, 1, 1)  # the city's law is in force, the state's not yet
    brooklyn = DraftJobFactory.build(state="NY", city="Brooklyn", **NO_PAY)
    buffalo = DraftJobFactory.build(state="NY", city="Buffalo", **NO_PAY)
    assert [r.jurisdiction for r in pay_transparency.rules_for(brooklyn, on)] == ["New York City"]
    assert pay_transparency.rules_for(buffalo, on) == []
    later = date(2024, 1, 1)
    assert [r.jurisdiction for r in pay_transparency.rules_for(buffalo, later)] == [
        "New York State"
    ]


# Remote jobs: the states they are open to.


def test_a_remote_job_open_to_the_whole_us_falls_under_the_strictest_rules():
    job = DraftJobFactory.build(workplace="remote", state="TX", city="Austin", remote_states=[])
    reached = {r.jurisdiction for r in pay_transparency.rules_for(job, date(2026, 1, 1))}
    assert reached == {r.jurisdiction for r in RULES if r.remote}
    job.benefits = ""
    assert "benefits" in {p.field for p in pay_transparency.problems(job, date(2026, 1, 1))}


def test_a_remote_job_limited_to_named_states_follows_only_theirs():
    job = DraftJobFactory.build(
        workplace="remote", state="TX", city="Austin", remote_states=["TX", "OK"], **NO_PAY
    )
    assert pay_transparency.rules_for(job, date(2026, 1, 1)) == []
    job.remote_states = ["TX", "CO"]
    assert [r.jurisdiction for r in pay_transparency.rules_for(job, date(2026, 1, 1))] == [
        "Colorado"
    ]


def test_only_remote_jobs_name_states():
    job = DraftJobFactory.build(workplace="onsite", remote_states=["CO"])
    with pytest.raises(ValidationError) as error:
        job.full_clean(exclude=["category", "recruiter"])
    assert "remote_states" in error.value.message_dict


# Opening is refused wherever it happens, and nothing changes.


def test_opening_a_colorado_job_without_pay_is_refused_and_changes_nothing():
    job = DraftJobFactory(state="CO", city="Denver", **NO_PAY)
    with pytest.raises(PayRuleNotMet) as error:
        job.open_posting()
    assert "Colorado's Equal Pay for Equal Work Act" in str(error.value)
    assert "“pay from” and “pay to”" in str(error.value)
    assert job.status == Job.Status.DRAFT
    job.refresh_from_db()
    assert job.status == Job.Status.DRAFT


def test_a_texas_job_without_pay_still_opens():
    job = DraftJobFactory(state="TX", city="Houston", **NO_PAY, benefits="")
    job.open_posting()
    assert job.status == Job.Status.OPEN


def test_every_path_that_writes_an_open_job_checks_the_law():
    with pytest.raises(PayRuleNotMet):  # create, as an import or the shell would
        JobFactory(state="CA", city="Fresno", **NO_PAY)
    job = JobFactory(state="CA", city="Fresno")
    job.pay_max = None
    with pytest.raises(PayRuleNotMet):  # an edit that removes the pay
        job.save()
    assert Job.objects.get(pk=job.pk).pay_max is not None
    job.refresh_from_db()
    job.state, job.city = "WA", "Seattle"
    job.benefits = ""
    with pytest.raises(PayRuleNotMet, match="description of benefits"):  # moving it
        job.save()


def test_a_job_reopened_after_the_law_took_effect_is_checked():
    job = ClosedJobFactory(state="MA", city="Boston", **NO_PAY)
    with pytest.raises(PayRuleNotMet, match="Massachusetts"):
        job._move_to(Job.Status.OPEN, now=moment(date(2025, 11, 1)))
    job.refresh_from_db()
    assert job.status == Job.Status.CLOSED


def test_the_law_looks_at_the_day_the_job_appears():
    # Opened the day before Massachusetts' law, to be posted the day it takes effect: covered.
    effective = date(2025, 10, 29)
    job = DraftJobFactory.build(state="MA", city="Boston", posted_at=moment(effective), **NO_PAY)
    assert pay_transparency.posting_day(job, moment(effective - timedelta(days=1))) == effective
    assert job.pay_rule_problems(now=moment(effective - timedelta(days=1)))


def test_a_duplicate_opens_only_once_the_law_is_met():
    original = JobFactory(state="CO", city="Denver")
    Job.objects.filter(pk=original.pk).update(benefits="")  # as an old row might be
    original.refresh_from_db()
    copy = original.duplicate_as_draft()
    with pytest.raises(PayRuleNotMet):
        copy.open_posting()
    copy.benefits = "Medical, dental, 401(k)."
    copy.save()
    copy.open_posting()
    assert copy.status == Job.Status.OPEN


# The admin.


def test_the_admin_action_refuses_and_says_which_law_and_field(admin_client):
    refused = DraftJobFactory(state="IL", city="Chicago", **NO_PAY)
    fine = DraftJobFactory(state="TX", city="Dallas", **NO_PAY)
    response = admin_client.post(
        reverse("admin:jobs_job_changelist"),
        {"action": "open_jobs", "_selected_action": [refused.pk, fine.pk]},
        follow=True,
    )
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert "1 job opened." in texts
    [warning] = [t for t in texts if t.startswith("Not changed")]
    assert refused.reference in warning and "Illinois Equal Pay Act" in warning
    assert "“pay from” and “pay to”" in warning
    refused.refresh_from_db()
    assert refused.status == Job.Status.DRAFT


def test_the_change_form_shows_the_law_at_the_field(admin_client):
    job = JobFactory(state="CO", city="Denver")
    url = reverse("admin:jobs_job_change", args=[job.pk])
    page = admin_client.get(url)
    assert "Colorado" in page.content.decode()  # the pay laws that apply are listed
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(posted_at_0=job.posted_at.date(), posted_at_1="08:00", pay_min="", pay_max="",
                expires_at_0="", expires_at_1="")  # fmt: skip
    data["remote_states"] = []
    response = admin_client.post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "Colorado's Equal Pay for Equal Work Act" in errors["pay_min"][0]
    job.refresh_from_db()
    assert job.pay_min is not None


def test_open_jobs_a_new_law_covers_are_listed_not_closed(admin_client):
    covered = JobFactory(state="MA", city="Boston")
    Job.objects.filter(pk=covered.pk).update(pay_min=None, pay_max=None)  # opened before the law
    JobFactory(state="MA", city="Worcester")  # has pay
    JobFactory(state="TX", city="Austin", pay_min=None, pay_max=None)  # no law there
    response = admin_client.get(reverse("admin:jobs_job_changelist"), {"pay_rules": "unmet"})
    assert [job.pk for job in response.context["cl"].result_list] == [covered.pk]
    covered.refresh_from_db()
    assert covered.status == Job.Status.OPEN


# JobPosting.


def test_jobposting_lists_the_states_a_remote_job_is_open_to(client):
    job = JobFactory(workplace="remote", remote_states=["CO", "TX"])
    data = client.get(job.get_absolute_url()).context["structured_data"]
    assert data["applicantLocationRequirements"] == [
        {"@type": "State", "name": "Colorado"}, {"@type": "State", "name": "Texas"},
    ]  # fmt: skip
    assert data["jobBenefits"] == job.benefits
    anywhere = JobFactory(workplace="remote")
    data = client.get(anywhere.get_absolute_url()).context["structured_data"]
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "US"}
