"""Photos and scans of a paper resume (JPEG, PNG): accepted by content, with size and pixel
limits, and stored redrawn from their pixels, without EXIF or any other metadata."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from PIL import Image

from candidates.filetypes import (
    ACCEPTED_EXTENSIONS,
    IMAGE_MAX_PIXELS,
    FileRejected,
    inspect_upload,
)
from candidates.models import Resume
from tests.candidates.test_filetypes import refusal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
JPEG = "r06-delgado-cnc-machinist-photo.jpg"
PNG = "r06-delgado-cnc-machinist-photo.png"
MAX_BYTES = 10 * 1024 * 1024


def picture(kind: str = "PNG", size=(800, 1000), **save) -> bytes:
    out = io.BytesIO()
    Image.new("L" if kind == "PNG" else "RGB", size, 255).save(out, kind, **save)
    return out.getvalue()


def test_jpeg_and_png_are_accepted_under_their_usual_names():
    assert {".jpg", ".jpeg", ".png"} <= set(ACCEPTED_EXTENSIONS)
    jpeg = (FIXTURES / JPEG).read_bytes()
    for name in ("photo.jpg", "PHOTO.JPEG"):
        detected = inspect_upload(io.BytesIO(jpeg), name, max_bytes=MAX_BYTES)
        assert (detected.kind, detected.mime_type, detected.extension) == (
            "jpeg",
            "image/jpeg",
            ".jpg",
        )
    detected = inspect_upload(
        io.BytesIO((FIXTURES / PNG).read_bytes()), "scan.png", max_bytes=MAX_BYTES
    )
    assert (detected.kind, detected.mime_type, detected.extension) == ("png", "image/png", ".png")


def test_the_fixture_photo_carries_exif_and_a_location():
    # So that the next test proves something: the file as a phone would send it.
    with Image.open(FIXTURES / JPEG) as image:
        exif = image.getexif()
        assert exif[0x010F] == "ExampleCam" and exif[0x0112] == 6
        assert exif.get_ifd(0x8825)  # GPS
        assert image.width > image.height  # stored sideways


def test_a_photo_is_redrawn_upright_without_exif():
    original = (FIXTURES / JPEG).read_bytes()
    upload = SimpleUploadedFile(JPEG, original)
    inspect_upload(upload, upload.name, max_bytes=MAX_BYTES)
    cleaned = upload.read()
    assert upload.tell() == len(cleaned) and upload.size == len(cleaned)
    assert cleaned != original and b"ExampleCam" not in cleaned and b"Exif" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG"
        assert not image.getexif() and "exif" not in image.info and "icc_profile" not in image.info
        assert image.height > image.width  # turned as the orientation tag said


def test_a_png_loses_its_text_chunks():
    original = (FIXTURES / PNG).read_bytes()
    assert b"Fictional Person" in original
    upload = SimpleUploadedFile(PNG, original)
    inspect_upload(upload, upload.name, max_bytes=MAX_BYTES)
    cleaned = upload.read()
    assert b"Fictional Person" not in cleaned and b"tEXt" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "PNG" and "Author" not in image.info


def test_a_large_upload_on_disk_is_cleaned_in_place():
    data = (FIXTURES / JPEG).read_bytes()
    upload = TemporaryUploadedFile(JPEG, "image/jpeg", len(data), None)
    upload.write(data)
    upload.seek(0)
    try:
        inspect_upload(upload, upload.name, max_bytes=MAX_BYTES)
        with open(upload.temporary_file_path(), "rb") as on_disk:
            cleaned = on_disk.read()
        assert b"ExampleCam" not in cleaned and len(cleaned) == upload.size
    finally:
        upload.close()


def test_anything_hidden_after_the_picture_is_dropped():
    # A JPEG with a ZIP (or a script) appended opens as both; the stored copy is only the picture.
    hidden = b"PK\x03\x04" + b"<script>alert(1)</script>" * 10
    upload = SimpleUploadedFile("photo.jpg", picture("JPEG") + hidden)
    inspect_upload(upload, upload.name, max_bytes=MAX_BYTES)
    assert b"<script>" not in upload.read()


@pytest.mark.django_db
def test_the_stored_resume_has_no_exif(resume_files, settings):
    from tests.candidates.conftest import fixture_upload
    from tests.candidates.test_services import submit

    submission = submit(fixture_upload(JPEG))
    resume = Resume.objects.get(pk=submission.application.resume_id)
    assert (resume.kind, resume.mime_type) == ("jpeg", "image/jpeg")
    (stored,) = resume_files()
    assert Path(stored).suffix in (".jpg", ".jpeg")
    root = Path(settings.STORAGES["resumes"]["OPTIONS"]["location"])
    data = (root / stored).read_bytes()
    assert resume.size == len(data)
    assert b"ExampleCam" not in data and b"Exif" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert not image.getexif()


# --- refusals ------------------------------------------------------------------------------------


def png_header(width: int, height: int) -> bytes:
    """A PNG's signature and header chunk saying how big it is, and a little (truncated) data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    data = zlib.compress(b"\x00" * 10_000)
    idat = (
        struct.pack(">I", len(data))
        + b"IDAT"
        + data
        + struct.pack(">I", zlib.crc32(b"IDAT" + data))
    )
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat


def test_a_decompression_bomb_is_refused_before_decoding():
    # 100 bytes that say they are 400 million pixels: refused from the header alone.
    data = png_header(20_000, 20_000)
    assert len(data) < 200
    rejected = refusal(data, "scan.png")
    assert rejected.code == "image" and "too many pixels" in rejected.message


def test_just_over_the_pixel_limit_is_refused_and_just_under_is_decoded():
    side = int(IMAGE_MAX_PIXELS**0.5)
    assert refusal(png_header(side + 1, side + 1), "scan.png").code == "image"
    # Under the limit the picture is decoded, and this one's data stops short: damaged.
    assert refusal(png_header(side, side), "scan.png").code == "corrupt"


def test_a_tiny_picture_is_refused():
    assert refusal(picture("PNG", size=(40, 40)), "icon.png").code == "image"


@pytest.mark.parametrize("name", ["photo.jpg", "photo.png"])
def test_a_damaged_picture_is_refused(name):
    data = (FIXTURES / (JPEG if name.endswith(".jpg") else PNG)).read_bytes()
    assert refusal(data[: len(data) // 3], name).code == "corrupt"


def test_a_png_named_jpg_is_a_mismatch():
    rejected = refusal(picture("PNG"), "photo.jpg")
    assert rejected.code == "mismatch" and "PNG picture" in rejected.message


def test_a_picture_renamed_pdf_is_a_mismatch():
    assert refusal(picture("JPEG"), "resume.pdf").code == "mismatch"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "x.png"),
        (b"GIF89a" + b"\x00" * 100, "photo.png"),
        (b"\xff\xd8\xff" + b"\x00" * 100, "photo.jpg"),
    ],
)
def test_other_and_fake_pictures_are_refused(data, name):
    with pytest.raises(FileRejected):
        inspect_upload(io.BytesIO(data), name, max_bytes=MAX_BYTES)


def test_a_read_only_file_is_not_passed_as_clean(tmp_path):
    # Pictures are cleaned in place, so a caller must hand over the upload, not a stored copy.
    path = tmp_path / "photo.jpg"
    path.write_bytes((FIXTURES / JPEG).read_bytes())
    with path.open("rb") as fileobj, pytest.raises(TypeError):
        inspect_upload(fileobj, path.name, max_bytes=MAX_BYTES)
