"""HEIC photos (what iPhones take): accepted as .heic or .heif by content, with the same pixel
limits as other pictures, and kept as a JPEG drawn again from the pixels, upright, without the
phone's EXIF data (its location), named .jpg from then on. Read by OCR like any photo."""

import io
from functools import cache
from pathlib import Path

import pillow_heif
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from candidates.filetypes import ACCEPTED_EXTENSIONS, ACCEPTED_LABEL, inspect_upload
from candidates.models import Resume
from tests.candidates.test_filetypes import refusal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
PHOTO = FIXTURES / "r06-delgado-cnc-machinist-photo.jpg"  # sideways, with EXIF and a location
MAX_BYTES = 10 * 1024 * 1024


@cache
def heic_photo(quality: int = 80) -> bytes:
    """The fixture photo as an iPhone would send it: HEIC, its EXIF (camera, GPS) inside."""
    with Image.open(PHOTO) as source:
        out = io.BytesIO()
        source.save(out, "HEIF", quality=quality, exif=source.info["exif"])
    return out.getvalue()


def test_the_heic_photo_is_one_and_carries_a_location():
    # So that the tests below prove something.
    data = heic_photo()
    assert data[4:12] == b"ftypheic" and pillow_heif.get_file_mimetype(data) == "image/heic"
    with Image.open(io.BytesIO(data), formats=["HEIF"]) as image:
        assert image.getexif()[0x010F] == "ExampleCam"
        assert image.getexif().get_ifd(0x8825)  # GPS


@pytest.mark.parametrize("name", ["IMG_0142.HEIC", "scan.heic", "photo.heif"])
def test_a_heic_photo_is_kept_as_an_upright_jpeg_without_exif(name):
    assert {".heic", ".heif"} <= set(ACCEPTED_EXTENSIONS) and "HEIC" in ACCEPTED_LABEL
    upload = SimpleUploadedFile(name, heic_photo(), content_type="image/heic")
    detected = inspect_upload(upload, upload.name, max_bytes=MAX_BYTES)
    assert (detected.kind, detected.mime_type, detected.extension) == (
        "jpeg",
        "image/jpeg",
        ".jpg",
    )
    assert upload.name == name.rpartition(".")[0] + ".jpg"
    cleaned = upload.read()
    assert upload.size == len(cleaned)
    assert b"ExampleCam" not in cleaned and b"Exif" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG" and not image.getexif()
        assert image.height > image.width  # upright, as the phone held it


@pytest.mark.django_db
def test_the_stored_resume_is_the_jpeg_under_a_jpg_name(resume_files, settings):
    from tests.candidates.test_services import submit

    submission = submit(SimpleUploadedFile("IMG_0142.HEIC", heic_photo()))
    resume = Resume.objects.get(pk=submission.application.resume_id)
    assert (resume.kind, resume.mime_type, resume.original_name) == (
        "jpeg",
        "image/jpeg",
        "IMG_0142.jpg",
    )
    (stored,) = resume_files()
    data = (Path(settings.STORAGES["resumes"]["OPTIONS"]["location"]) / stored).read_bytes()
    assert Path(stored).suffix in (".jpg", ".jpeg") and resume.size == len(data)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and not image.getexif()


def test_the_photo_is_read_by_ocr():
    from candidates.extraction import extract_text
    from tests.candidates.test_extraction_tools import DELGADO, needs

    needs("tesseract")
    from candidates.prefill import fields_from_text

    upload = SimpleUploadedFile("IMG_0142.HEIC", heic_photo())
    detected = inspect_upload(upload, upload.name, max_bytes=MAX_BYTES)
    text = extract_text(upload, detected.kind)
    assert "CNC machinist with 10 years of experience" in text
    assert fields_from_text(text) == DELGADO


# --- refusals ------------------------------------------------------------------------------------


def test_a_heic_named_jpg_is_a_mismatch():
    rejected = refusal(heic_photo(), "photo.jpg")
    assert rejected.code == "mismatch" and "HEIC photo" in rejected.message


def test_a_damaged_heic_is_refused():
    data = heic_photo()
    assert refusal(data[: len(data) // 3], "IMG_0142.HEIC").code == "corrupt"


def test_too_many_pixels_are_refused_before_decoding(monkeypatch):
    # pillow-heif gives the size from the container's header and decodes only on load(), so the
    # pixel limit (checked between the two, as for JPEG and PNG) applies before any decoding.
    with Image.open(io.BytesIO(heic_photo()), formats=["HEIF"]) as image:
        assert image.size == (1275, 1650) and image._im is None  # not decoded yet
    import candidates.filetypes

    monkeypatch.setattr(candidates.filetypes, "IMAGE_MAX_PIXELS", 2_000_000)  # this one: 2.1 M
    rejected = refusal(heic_photo(), "IMG_0142.HEIC")
    assert rejected.code == "image" and "too many pixels" in rejected.message


def test_an_avif_or_a_heic_sequence_is_not_taken_for_a_photo():
    # Other files in the same container: the brand decides.
    for brand in (b"avif", b"hevc", b"msf1"):
        data = bytearray(heic_photo())
        data[8:12] = brand
        assert refusal(bytes(data), "photo.heic").code == "unsupported", brand


def test_a_photo_larger_as_a_jpeg_than_the_limit_is_redrawn_smaller_or_refused():
    # HEIC packs a photo in far fewer bytes than JPEG: the limit applies to what is stored.
    small = heic_photo(quality=30)
    as_jpeg = SimpleUploadedFile("IMG_0142.HEIC", small)
    inspect_upload(as_jpeg, as_jpeg.name, max_bytes=MAX_BYTES)
    limit = as_jpeg.size - 1
    assert len(small) < limit  # the upload itself is under the limit, its JPEG over it
    upload = SimpleUploadedFile("IMG_0142.HEIC", small)
    inspect_upload(upload, upload.name, max_bytes=limit)
    assert upload.size <= limit  # drawn again, smaller
    with Image.open(upload) as image:
        assert image.format == "JPEG" and image.size == (1275, 1650)
    # Too large even so: refused, with the limit in plain words.
    rejected = refusal(small, "IMG_0142.HEIC", max_bytes=len(small))
    assert rejected.code == "too_large" and "limit" in rejected.message
