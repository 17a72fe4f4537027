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
