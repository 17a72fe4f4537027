"""Text read by programs outside Python: antiword for .doc, pdftoppm and Tesseract for scans and
photos. With each program missing (a setting naming a path where there is none), the resume is
kept and flagged "no text"; past the time limit, the program is stopped and the failure recorded.

The programs come from Debian (.ci/run installs them). Without them these tests skip, except in
CI (CI set), where they fail: the CI machine must run them.
"""

import io
import json
import os
import tempfile
from pathlib import Path

import pytest

from candidates import tools
from candidates.extraction import ExtractionError, ToolMissing, ToolTimedOut, extract_text
from candidates.filetypes import inspect_upload
from candidates.models import Resume
from candidates.prefill import fields_from_text
from candidates.tasks import extract_resume_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
MANIFEST = {
    e["filename"]: e
    for e in json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["files"]
}
DOC = "r06-delgado-cnc-machinist.doc"
SCAN = "r06-delgado-cnc-machinist-scan.pdf"
PHOTOS = ["r06-delgado-cnc-machinist-photo.jpg", "r06-delgado-cnc-machinist-photo.png"]
DELGADO = {
    "name": "Roberto Delgado",
    "email": "roberto.delgado@example.com",
    "phone": "+18155550106",
    "city": "Rockford",
    "state": "IL",
}
MISSING = "/nonexistent/amtec-test/no-such-program"


def needs(*names: str) -> None:
    """Skip (fail in CI) unless every named program is installed."""
    missing = [name for name in names if not tools.available(name)]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (apt-get install -y antiword poppler-utils "
    message += "tesseract-ocr)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}: CI must run the tests that need them.")
    pytest.skip(message)


def read(name: str) -> str:
    data = (FIXTURES / name).read_bytes()
    upload = io.BytesIO(data)
    detected = inspect_upload(upload, name, max_bytes=10 * 1024 * 1024)
    return extract_text(upload, detected.kind)


# --- legacy Word -------------------------------------------------------------------------------


def test_doc_text_reads_like_the_docx():
    needs("antiword")
    text = read(DOC)
    assert text.splitlines()[:3] == [
        "Roberto Delgado",
        "CNC Machinist",
        "Rockford, IL | (815) 555-0106 | roberto.delgado@example.com",
    ]
    assert "Mastercam" in text and "\n\n" not in text
    assert fields_from_text(text) == DELGADO


def test_a_damaged_doc_is_a_failure_not_a_crash():
    needs("antiword")
    data = (FIXTURES / DOC).read_bytes()
    with pytest.raises(ExtractionError) as caught:
        extract_text(io.BytesIO(data[:4096]), "doc")
    assert not isinstance(caught.value, ToolMissing)
    assert "could not read the file" in str(caught.value)


# --- OCR: the scanned PDF and photos made from it ------------------------------------------------


def test_scanned_pdf_is_read_by_ocr():
    needs("pdftoppm", "tesseract")
    text = read(SCAN)
    assert "CNC machinist with 10 years of experience" in text
    assert "Mastercam" in text  # page 2 of 2
    assert fields_from_text(text) == DELGADO


@pytest.mark.parametrize("name", PHOTOS)
def test_a_photo_of_the_scan_is_read_by_ocr(name):
    # The JPEG is stored sideways with an EXIF orientation tag, as phones save photos: the
    # upload check turns it upright, and OCR reads it.
    needs("tesseract")
    text = read(name)
    assert "CNC machinist with 10 years of experience" in text
    assert fields_from_text(text) == DELGADO


def test_a_blank_picture_has_no_text():
    needs("tesseract")
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (1200, 1600), 255).save(out, "PNG")
    assert extract_text(io.BytesIO(out.getvalue()), "png") == ""


# --- a program missing: kept, flagged "no text" ------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "name", "kind"),
    [
        ("RESUME_ANTIWORD", DOC, "doc"),
        ("RESUME_TESSERACT", SCAN, "pdf"),
        ("RESUME_PDFTOPPM", SCAN, "pdf"),
        ("RESUME_TESSERACT", PHOTOS[0], "jpeg"),
    ],
)
def test_a_missing_program_raises_tool_missing(settings, setting, name, kind):
    needs("antiword", "pdftoppm", "tesseract")  # only the one the setting hides is missing
    setattr(settings, setting, MISSING)
    with pytest.raises(ToolMissing) as caught:
        extract_text(io.BytesIO((FIXTURES / name).read_bytes()), kind)
    assert "not installed" in str(caught.value) and MISSING not in str(caught.value)


def test_text_formats_need_no_program(settings):
    settings.RESUME_ANTIWORD = settings.RESUME_TESSERACT = settings.RESUME_PDFTOPPM = MISSING
    assert "Delgado" in read("r06-delgado-cnc-machinist.pdf")
    assert "Delgado" in read("r06-delgado-cnc-machinist.docx")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("setting", "name"), [("RESUME_ANTIWORD", DOC), ("RESUME_TESSERACT", PHOTOS[1])]
)
def test_the_resume_is_kept_and_flagged_no_text(settings, setting, name):
    from tests.candidates.conftest import fixture_upload
    from tests.candidates.test_services import submit

    setattr(settings, setting, MISSING)
    submission = submit(fixture_upload(name))
    resume = Resume.objects.get(pk=submission.application.resume_id)
    assert extract_resume_text.call(resume.pk) == Resume.Extraction.NO_TOOL
    resume.refresh_from_db()
    assert resume.extraction_status == Resume.Extraction.NO_TOOL
    assert resume.get_extraction_status_display().startswith("No text")
    assert "not installed" in resume.extraction_error
    assert resume.text == "" and resume.file and resume.file.size > 0


# --- time limit ----------------------------------------------------------------------------------


def test_a_program_past_its_time_limit_is_stopped(settings):
    needs("pdftoppm", "tesseract")
    # Reading the scan takes seconds; a millisecond is never enough.
    settings.RESUME_TOOL_TIMEOUT = 0.001
    with pytest.raises(ToolTimedOut) as caught:
        extract_text(io.BytesIO((FIXTURES / SCAN).read_bytes()), "pdf")
    assert "took longer than" in str(caught.value)


@pytest.mark.django_db
def test_a_timeout_is_recorded_as_a_failure(settings):
    from tests.candidates.conftest import fixture_upload
    from tests.candidates.test_services import submit

    needs("tesseract")
    submission = submit(fixture_upload(PHOTOS[0]))
    settings.RESUME_TOOL_TIMEOUT = 0.001
    resume_id = submission.application.resume_id
    assert extract_resume_text.call(resume_id) == Resume.Extraction.FAILED
    resume = Resume.objects.get(pk=resume_id)
    assert "took longer than" in resume.extraction_error and resume.text == ""


def test_the_programs_temporary_folder_is_removed(tmp_path, monkeypatch):
    needs("antiword", "tesseract")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert "Delgado" in read(DOC) and "Delgado" in read(PHOTOS[1])
    assert list(tmp_path.iterdir()) == []


# --- the text feeds matching and search ----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", [DOC, PHOTOS[0]])
def test_text_read_by_a_program_feeds_matching(
    name, matching_board, django_capture_on_commit_callbacks
):
    from django.core import mail

    from candidates.matching import jobs_for_resume
    from tests.candidates.conftest import fixture_upload
    from tests.candidates.test_services import submit

    needs("antiword" if name == DOC else "tesseract")
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit(fixture_upload(name))
    resume = Resume.objects.get(pk=submission.application.resume_id)
    assert resume.extraction_status == Resume.Extraction.DONE and "Mastercam" in resume.text
    # The machinist's resume ranks the CNC job first, and the confirmation email says so.
    assert jobs_for_resume(resume)[0].job == matching_board["machinist"]
    (confirmation,) = [m for m in mail.outbox if m.to == ["jane.doe@example.com"]]
    assert "CNC Machinist" in confirmation.body and "Matched" in confirmation.body


def test_without_ocr_a_scan_and_a_photo_give_no_text_at_once(settings):
    # While a visitor waits: no program runs (a missing one is not even looked for).
    settings.RESUME_TESSERACT = settings.RESUME_PDFTOPPM = MISSING
    for name, kind in ((SCAN, "pdf"), (PHOTOS[0], "jpeg")):
        assert extract_text(io.BytesIO((FIXTURES / name).read_bytes()), kind, ocr=False) == ""
    assert "Delgado" in extract_text(
        io.BytesIO((FIXTURES / "r06-delgado-cnc-machinist.pdf").read_bytes()), "pdf", ocr=False
    )


def test_a_program_over_its_memory_limit_fails_cleanly(monkeypatch):
    # Tesseract cannot even load its language data in 50 MB: the run fails, it is not killed
    # by the machine, and the failure is an ordinary extraction error.
    needs("tesseract")
    monkeypatch.setattr(tools, "MEMORY_LIMIT_BYTES", 50 * 1024 * 1024)
    with pytest.raises(ExtractionError) as caught:
        extract_text(io.BytesIO((FIXTURES / PHOTOS[1]).read_bytes()), "png")
    assert not isinstance(caught.value, (ToolMissing, ToolTimedOut))


def test_a_transparent_screenshot_is_read_on_white():
    # Transparent pixels are black underneath: read as they are, the page is black on black.
    needs("tesseract")
    from PIL import Image

    with Image.open(FIXTURES / PHOTOS[1]) as page:
        ink = page.convert("L").point(lambda v: 255 - v)  # dark where the text is
    clear = Image.new("RGBA", ink.size, (0, 0, 0, 0))
    clear.putalpha(ink)
    out = io.BytesIO()
    clear.save(out, "PNG")
    assert fields_from_text(extract_text(io.BytesIO(out.getvalue()), "png")) == DELGADO


def test_a_picture_that_no_longer_opens_is_an_extraction_error():
    needs("tesseract")
    data = (FIXTURES / PHOTOS[0]).read_bytes()
    with pytest.raises(ExtractionError) as caught:
        extract_text(io.BytesIO(data[:2000]), "jpeg")
    assert "could not be opened" in str(caught.value)
