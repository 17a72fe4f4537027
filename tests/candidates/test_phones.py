"""Candidates' phone numbers: typed any usual way, stored E.164, shown (937) 555-0142 to staff."""

import csv
import io
import json

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from candidates.models import Candidate
from tests.candidates.conftest import PDF, candidate_change_data, fixture_upload
from tests.candidates.factories import CandidateFactory
from tests.candidates.test_services import submit
from tests.candidates.test_views import form_data
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

E164 = "+19375550142"
NATIONAL = "(937) 555-0142"
EVERY_WAY = [
    "937-555-0142", "(937) 555 0142", "+1 937 555 0142", "(937) 555-0142", "937.555.0142",
    "9375550142", "1-937-555-0142", " 937 555 0142 ",
]  # fmt: skip


@pytest.fixture
def recruiter(db):
    user = StaffUserFactory(permissions=["view_candidate", "change_candidate", "view_resume",
                                         "view_application", "change_application",
                                         "export_candidate"])  # fmt: skip
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("typed", EVERY_WAY)
def test_the_form_takes_any_usual_way_of_writing_a_number(client, typed):
    response = client.post(reverse("candidates:resume-submit"), form_data(phone=typed))
    assert response.status_code == 302, response.context["form"].errors
    candidate = Candidate.objects.get()
    assert candidate.phone.as_e164 == E164
    assert Candidate.objects.filter(phone=E164).exists()  # stored E.164
    assert candidate.phone_as_typed == ""


def test_a_number_from_abroad_is_kept_with_its_country_code(client):
    client.post(reverse("candidates:resume-submit"), form_data(phone="+44 20 7946 0958"))
    candidate = Candidate.objects.get()
    assert Candidate.objects.filter(phone="+442079460958").exists()
    assert candidate.phone_display() == "+44 20 7946 0958"


@pytest.mark.parametrize("typed", ["555-0142", "(555) 010-2400", "123", "call me", "937-555-01420"])
def test_a_number_that_is_not_one_gets_a_plain_field_error(client, typed):
    response = client.post(reverse("candidates:resume-submit"), form_data(phone=typed))
    assert response.status_code == 200
    assert response.context["form"].errors["phone"] == [
        "Enter a phone number such as (937) 555-0142."
    ]
    assertContains(response, f'value="{typed}"')  # what they typed is there to correct
    assert not Candidate.objects.exists()


def test_the_phone_stays_optional(client):
    response = client.post(reverse("candidates:resume-submit"), form_data(phone=""))
    assert response.status_code == 302
    assert Candidate.objects.get().phone == ""


def test_an_extension_is_kept_as_typed_beside_the_number(client):
    client.post(reverse("candidates:resume-submit"), form_data(phone="937-555-0142 ext. 12"))
    candidate = Candidate.objects.get()
    assert Candidate.objects.filter(phone=E164).exists()
    assert candidate.phone_as_typed == "937-555-0142 ext. 12"
    assert candidate.phone_display() == "(937) 555-0142 ext. 12"


def test_a_service_caller_cannot_store_an_invalid_number_but_nothing_is_lost():
    submit(fixture_upload(PDF), phone="555-0142")
    candidate = Candidate.objects.get()
    assert candidate.phone == "" and candidate.phone_as_typed == "555-0142"
    assert candidate.phone_display() == "555-0142"
    # A later valid number replaces both.
    submit(fixture_upload(PDF), phone="(614) 555-0123", as_owner=True)
    candidate.refresh_from_db()
    assert candidate.phone.as_e164 == "+16145550123" and candidate.phone_as_typed == ""
    # A later submission without a phone keeps it.
    submit(fixture_upload(PDF), as_owner=True)
    candidate.refresh_from_db()
    assert candidate.phone_display() == "(614) 555-0123"


def test_the_admin_list_and_page_show_the_national_format(recruiter):
    candidate = CandidateFactory(phone="+1 937 555 0142")
    CandidateFactory(phone="", phone_as_typed="555-0142")
    listing = recruiter.get(reverse("admin:candidates_candidate_changelist"))
    assertContains(listing, NATIONAL)
    assertNotContains(listing, E164)
    assertContains(listing, "555-0142 (as typed: not a valid number)")
    page = recruiter.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    assertContains(page, f'value="{NATIONAL}"')


def test_staff_correcting_a_number_in_the_admin_clear_what_was_typed(recruiter):
    candidate = CandidateFactory(phone="", phone_as_typed="937 555 O142", state="OH")
    url, data = candidate_change_data(recruiter, candidate, phone="nine three seven")
    response = recruiter.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["phone"] == [
        "Enter a phone number such as (937) 555-0142."
    ]
    response = recruiter.post(url, {**data, "phone": "937 555 0142"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    candidate.refresh_from_db()
    assert candidate.phone.as_e164 == E164 and candidate.phone_as_typed == ""


@pytest.mark.parametrize("typed", [*EVERY_WAY, "+19375550142"])
def test_admin_search_finds_the_number_however_staff_type_it(recruiter, typed):
    jane = CandidateFactory(phone=E164, email="jane@example.com")
    CandidateFactory(phone="+19375550143", email="someone.else@example.com")
    response = recruiter.get(reverse("admin:candidates_candidate_changelist"), {"q": typed})
    assert list(response.context["cl"].result_list) == [jane]


def test_admin_search_still_finds_by_name_part_of_a_number_and_as_typed(recruiter):
    jane = CandidateFactory(name="Jane Doe", phone=E164)
    typed = CandidateFactory(name="Sam Roe", phone="", phone_as_typed="555-0142 (cell)")
    url = reverse("admin:candidates_candidate_changelist")

    def found(q):
        return set(recruiter.get(url, {"q": q}).context["cl"].result_list)

    assert found("Jane") == {jane}
    assert found("5550142") == {jane}
    assert found("cell") == {typed}
    assert found("Jane 937-555-0142") == set()  # words and a number: an ordinary search


def test_csv_export_and_recruiter_email_show_the_national_format(
    recruiter, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = submit(fixture_upload(PDF), phone="+1 937 555 0142").application
    (staff,) = [message for message in mail.outbox if message.to == ["recruiting@amtec.example"]]
    assert f"Phone: {NATIONAL}\n" in staff.body
    response = recruiter.post(
        reverse("admin:candidates_application_changelist"),
        {"action": "export_csv", "_selected_action": [application.pk]},
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][7] == "phone" and rows[1][7] == NATIONAL


def test_json_export_shows_the_national_format_and_what_was_typed(recruiter):
    candidate = CandidateFactory(phone=E164, phone_as_typed="937-555-0142 ext. 12")
    response = recruiter.post(
        reverse("admin:candidates_candidate_changelist"),
        {"action": "export_json", "_selected_action": [candidate.pk]},
    )
    (data,) = json.loads(response.content)
    assert data["candidate"]["phone"] == NATIONAL
    assert data["candidate"]["phone_as_typed"] == "937-555-0142 ext. 12"
