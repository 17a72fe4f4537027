import re
from html import unescape
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
PDF = "r03-whitfield-software-developer-python-django.pdf"
DOCX = "r01-okafor-aerospace-stress-engineer.docx"


def fixture_upload(name: str, *, as_name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(as_name or name, (FIXTURES / name).read_bytes())


@pytest.fixture
def pdf_upload():
    return fixture_upload(PDF)


@pytest.fixture
def docx_upload():
    return fixture_upload(DOCX)


@pytest.fixture
def resume_files(settings):
    """The files in the resume store for this test, relative to its root."""
    root = Path(settings.STORAGES["resumes"]["OPTIONS"]["location"])

    def listing():
        return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())

    return listing


@pytest.fixture
def matching_board(db):
    """A small job board for matching: three open jobs in different trades and a closed one.

    The fixture PDF (a Python/Django developer's resume) matches the Python job best.
    """
    from tests.jobs.factories import ClosedJobFactory, JobFactory

    python = {
        "summary": "Build and run Django web applications on PostgreSQL for a health-care "
        "software company.",
        "description": "## The role\n\nDesign REST APIs with Django REST Framework, write tests "
        "with pytest and deploy with Docker on AWS.\n",
        "requirements": "- 4+ years of Python\n- Django and PostgreSQL\n- Celery and Redis\n",
    }
    return {
        "python": JobFactory(title="Senior Python Developer", **python),
        "machinist": JobFactory(
            title="CNC Machinist",
            summary="Set up and run Haas and Fanuc CNC mills and lathes on second shift.",
            description="Read blueprints, measure parts with micrometers and calipers and "
            "adjust offsets.",
            requirements="- 3 years of CNC machining\n- GD&T\n",
        ),
        "forklift": JobFactory(
            title="Forklift Operator",
            summary="Load and unload trailers in a busy distribution warehouse.",
            description="Put away pallets with a reach truck and scan every move with an RF "
            "scanner.",
            requirements="- Forklift certification\n- Pallet jack experience\n",
        ),
        "closed": ClosedJobFactory(title="Python Developer (Django)", **python),
    }


def matching_rows(response) -> list[list[str]]:
    """The cells of the ranked matches table on an admin page, as text."""
    html = response.content.decode()
    table = html.split('<div class="matching">', 1)[1].split("</table>", 1)[0]
    return [
        [
            unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<td>(.*?)</td>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>", 1)[1], re.S)
    ]


def candidate_change_data(client, candidate, **changes) -> tuple[str, dict]:
    """The admin's change page of `candidate` as `client` would send it back: (url, form data),
    with no inline rows and `changes` applied."""
    from django.urls import reverse

    url = reverse("admin:candidates_candidate_change", args=[candidate.pk])
    form = client.get(url).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if name in form.fields and value is not None
    }
    data.update(
        {
            "desired_category": "",
            **{f"{prefix}-{key}": 0 for prefix in ("resumes", "applications")
               for key in ("TOTAL_FORMS", "INITIAL_FORMS")},
            **changes,
        }
    )  # fmt: skip
    return url, data
