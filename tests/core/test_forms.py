"""Line breaks and other control characters are refused in single-line fields, with a field error:
a name like "Jane\\r\\nBcc: …" would otherwise write lines into Amtec's own emails."""

import pytest
from django.core import mail
from django.urls import reverse
from pytest_django.asserts import assertContains

from candidates.models import Candidate
from tests.candidates.conftest import PDF, fixture_upload

pytestmark = pytest.mark.django_db
ONE_LINE = "Please keep this to one line"


def resume_form(**overrides):
    data = {"name": "Jane Doe", "email": "jane@example.com", "phone": "(937) 555-0142",
            "city": "Dayton", "state": "OH", "desired_role": "Welder",
            "message": "Line one.\r\nLine two.\tTabbed.", "resume": fixture_upload(PDF),
            "consent": "on", "website": ""}  # fmt: skip
    data.update(overrides)
    return data


@pytest.mark.parametrize("field", ["name", "city", "desired_role"])
@pytest.mark.parametrize(
    "value",
    ["Jane\r\nBcc: victim@example.com", "Jane\nDoe", "Jane\rDoe", "Jane\tDoe", "Jane\x0bDoe",
     "Jane\x85Doe", "Jane\u2028Doe", "Jane\x1b[31mDoe"],
)  # fmt: skip
def test_single_line_fields_refuse_control_characters(client, field, value):
    response = client.post(reverse("candidates:resume-submit"), resume_form(**{field: value}))
    assertContains(response, ONE_LINE)
    assertContains(response, f'href="#id_{field}"')
    assert not Candidate.objects.exists() and not mail.outbox


def test_the_message_keeps_its_line_breaks_but_no_other_controls(client):
    response = client.post(reverse("candidates:resume-submit"), resume_form(message="Hi\x07there"))
    assertContains(response, "hidden control characters")
    assert not Candidate.objects.exists()
    response = client.post(reverse("candidates:resume-submit"), resume_form())
    assert response.status_code == 302
    assert Candidate.objects.get().name == "Jane Doe"


def test_the_alert_form_refuses_them_too(client):
    response = client.post(
        reverse("alerts:alert-create"),
        {"email": "jane@example.com", "frequency": "daily", "query": "q=python\r\nBcc: x"},
    )
    assertContains(response, ONE_LINE)
    assert not mail.outbox
