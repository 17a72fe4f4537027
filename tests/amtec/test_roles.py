"""The staff roles (amtec.roles): what each group can and cannot open, download, export, delete."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from amtec.roles import ROLES
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.test_services import submit
from tests.factories import StaffUserFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db
EDITOR, RECRUITER, MANAGER, ADMIN = ROLES


@pytest.fixture
def data(db):
    return submit(fixture_upload(PDF), job=JobFactory(title="Stress Engineer")).application


def member_of(role) -> Client:
    user = StaffUserFactory(permissions=["nothing-but-the-group"])
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def opens(client, url) -> bool:
    status = client.get(url).status_code
    assert status in (200, 403), (url, status)
    return status == 200


def exports(client, changelist, action, pk) -> bool:
    response = client.post(changelist, {"action": action, "_selected_action": [pk]})
    return "attachment" in response.get("Content-Disposition", "")


def deletes(client, application) -> bool:
    url = reverse("admin:candidates_candidate_delete", args=[application.candidate_id])
    client.post(url, {"post": "yes"})
    from candidates.models import Candidate

    return not Candidate.objects.filter(pk=application.candidate_id).exists()


def abilities(client, application) -> dict[str, bool]:
    candidate, resume = application.candidate, application.resume
    return {
        "candidates": opens(client, reverse("admin:candidates_candidate_changelist")),
        "candidate": opens(
            client, reverse("admin:candidates_candidate_change", args=[candidate.pk])
        ),
        "application": opens(
            client, reverse("admin:candidates_application_change", args=[application.pk])
        ),
        "resume": opens(client, reverse("admin:candidates_resume_change", args=[resume.pk])),
        "download": opens(client, resume.get_download_url()),
        "export candidates": exports(
            client, reverse("admin:candidates_candidate_changelist"), "export_json", candidate.pk
        ),
        "export applications": exports(
            client, reverse("admin:candidates_application_changelist"), "export_csv", application.pk
        ),
        "dashboard figures": "Pipeline at a glance" in client.get("/admin/").content.decode(),
        "jobs": opens(client, reverse("admin:jobs_job_change", args=[application.job_id])),
        "articles": opens(client, reverse("admin:blog_article_add")),
        "staff accounts": opens(client, reverse("admin:auth_user_changelist")),
        "access log": opens(client, reverse("admin:staff_personaldataaccess_changelist")),
        "delete a candidate": deletes(client, application),
    }


NOTHING = dict.fromkeys(
    ["candidates", "candidate", "application", "resume", "download", "export candidates",
     "export applications", "dashboard figures", "jobs", "articles", "staff accounts",
     "access log", "delete a candidate"], False,
)  # fmt: skip
WORKS_CANDIDATES = {"candidates": True, "candidate": True, "application": True, "resume": True,
                    "download": True, "dashboard figures": True, "jobs": True}  # fmt: skip
EXPECTED = {
    EDITOR: {**NOTHING, "articles": True},
    RECRUITER: {**NOTHING, **WORKS_CANDIDATES},
    MANAGER: {
        **NOTHING,
        **WORKS_CANDIDATES,
        "export candidates": True,
        "export applications": True,
        "delete a candidate": True,
    },
    ADMIN: dict.fromkeys(NOTHING, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_what_each_role_can_do(data, role):
    assert abilities(member_of(role), data) == EXPECTED[role]


def test_the_roles_are_groups_after_migrate():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)
    editor = Group.objects.get(name=EDITOR)
    assert {p.content_type.app_label for p in editor.permissions.all()} == {"blog"}


def test_the_groups_follow_the_code():
    # Someone gave the editors a permission by hand: the next migrate puts the role back.
    from django.contrib.auth.models import Permission
    from django.core.management import call_command

    editor = Group.objects.get(name=EDITOR)
    editor.permissions.add(Permission.objects.get(codename="view_candidate"))
    call_command("migrate", verbosity=0)
    assert not editor.permissions.filter(codename="view_candidate").exists()
