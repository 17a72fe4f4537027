"""Resume type detection: real fixture files are accepted, hostile files built here are refused."""

import io
import json
import re
import zipfile
import zlib
from pathlib import Path

import olefile
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from candidates.filetypes import (
    ACCEPTED_EXTENSIONS,
    ACCEPTED_LABEL,
    DetectedFile,
    FileRejected,
    _pdf_raw_has_active_content,
    inspect_upload,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["files"]
MAX_BYTES = 10 * 1024 * 1024
PDF_FIXTURE = "r01-okafor-aerospace-stress-engineer.pdf"
DOC_FIXTURE = "r01-okafor-aerospace-stress-engineer.doc"


def inspect(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> DetectedFile:
    return inspect_upload(io.BytesIO(data), name, max_bytes=max_bytes)


def refusal(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> FileRejected:
    """Inspect a file that must be refused; check the message is fit to show a job seeker."""
    fileobj = io.BytesIO(data)
    fileobj.seek(len(data) // 2)
    with pytest.raises(FileRejected) as caught:
        inspect_upload(fileobj, name, max_bytes=max_bytes)
    rejected = caught.value
    message = rejected.message
    assert message and message == str(rejected)
    assert message[0].isupper() and message.endswith(".")
    assert len(message) < 400
    for forbidden in ("Traceback", "Error", "Exception", "/", "\\", "\n"):
        assert forbidden not in message, (forbidden, message)
    if re.search(r"\w\.\w", name):
        assert name not in message
    assert fileobj.tell() == 0
    return rejected


# --- builders ----------------------------------------------------------------------------------


def build_pdf(
    catalog_extra: bytes = b"", page_extra: bytes = b"", extra_objects: tuple[bytes, ...] = ()
) -> bytes:
    """A small one-page PDF with a classic cross-reference table; extra objects are 4, 5, ..."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + page_extra + b" >>",
        *extra_objects,
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def build_object_stream_pdf(*, javascript: bool) -> bytes:
    """A PDF 1.5 whose objects all sit in one Flate-compressed object stream (/ObjStm),
    indexed by a cross-reference stream, so nothing but the object stream shows in raw bytes."""
    open_action = b" /OpenAction 4 0 R" if javascript else b""
    return pack_object_stream_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R" + open_action + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            b"<< /S /JavaScript /JS (app.alert(1)) >>",
        ]
    )


def pack_object_stream_pdf(bodies: list[bytes], *, root: int = 1) -> bytes:
    """A PDF whose objects 1..n (``bodies``, no streams among them) all sit in one compressed
    object stream, object n+1, indexed by a cross-reference stream, object n+2."""
    count = len(bodies)
    index, payload = [], b""
    for number, body in enumerate(bodies, start=1):
        index.append(b"%d %d" % (number, len(payload)))
        payload += body + b"\n"
    header = b" ".join(index) + b"\n"
    packed = zlib.compress(header + payload)
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    objstm_offset = len(out)
    out += b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>\n" % (
        count + 1,
        count,
        len(header),
        len(packed),
    )
    out += b"stream\n" + packed + b"\nendstream\nendobj\n"
    xref_offset = len(out)
    rows = [b"\x00" + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big")]
    rows += [b"\x02" + (count + 1).to_bytes(4, "big") + i.to_bytes(2, "big") for i in range(count)]
    rows += [b"\x01" + off.to_bytes(4, "big") + b"\x00\x00" for off in (objstm_offset, xref_offset)]
    table = b"".join(rows)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Length %d >>\n" % (
        count + 2,
        count + 3,
        root,
        len(table),
    )
    out += b"stream\n" + table + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(out)


CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCUMENT_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>Jane Example</w:t></w:r></w:p></w:body></w:document>"
)
DOCX_MEMBERS = {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": DOCUMENT_XML}
ODT_CONTENT = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
    b"<text:p>Jane Example</text:p></office:text></office:body></office:document-content>"
)


def build_zip(members: dict[str, bytes], *, first: tuple[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first is not None:  # ODF wants an uncompressed "mimetype" member first
            archive.writestr(first[0], first[1], compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def build_odt(extra: dict[str, bytes] | None = None, mimetype: bytes | None = None) -> bytes:
    mimetype = mimetype or b"application/vnd.oasis.opendocument.text"
    return build_zip({"content.xml": ODT_CONTENT, **(extra or {})}, first=("mimetype", mimetype))


def build_docx(extra: dict[str, bytes] | None = None) -> bytes:
    return build_zip({**DOCX_MEMBERS, **(extra or {})})


def rename_ole_entry(data: bytes, old: str, new: str) -> bytes:
    """Rename a stream or storage in an OLE2 file's directory (a 128-byte entry per name)."""
    raw = bytearray(data)
    start = raw.find(old.encode("utf-16-le") + b"\x00\x00")
    assert start > 0 and start % 128 == 0
    name = new.encode("utf-16-le") + b"\x00\x00"
    raw[start : start + 66] = name.ljust(64, b"\x00") + len(name).to_bytes(2, "little")
    return bytes(raw)


# --- accepted files ----------------------------------------------------------------------------


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["filename"] for e in MANIFEST])
def test_fixture_files_are_detected_by_content(entry):
    data = (FIXTURES / entry["filename"]).read_bytes()
    detected = inspect(data, entry["filename"])
    assert detected == DetectedFile(
        kind=entry["format"], mime_type=entry["mime"], extension=f".{entry['format']}"
    )


def test_django_upload_is_accepted_whatever_the_case_of_its_extension_and_left_at_start():
    upload = SimpleUploadedFile("My Resume.PDF", (FIXTURES / PDF_FIXTURE).read_bytes())
    upload.seek(100)
    assert inspect_upload(upload, upload.name, max_bytes=MAX_BYTES).kind == "pdf"
    assert upload.tell() == 0


def test_public_constants_match():
    assert ACCEPTED_EXTENSIONS == (
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".jpg", ".jpeg", ".png", ".heic", ".heif"
    )  # fmt: skip
    assert ACCEPTED_LABEL == (
        "PDF, Word (DOC or DOCX), OpenDocument (ODT), RTF, plain text, or a photo (JPEG, PNG or "
        "HEIC)"
    )


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (build_pdf(), "cv.pdf", "pdf"),
        (build_object_stream_pdf(javascript=False), "cv.pdf", "pdf"),
        (build_docx(), "cv.docx", "docx"),
        (build_odt(), "cv.odt", "odt"),
        (b"{\\rtf1\\ansi Jane Example\\par}", "cv.rtf", "rtf"),
        (b"\xef\xbb\xbf\r\n {\\rtf1\\ansi Jane Example\\par}", "cv.rtf", "rtf"),
        ("Jane Example – welder\n".encode(), "cv.txt", "txt"),
        ("\ufeffJane Example\n".encode(), "cv.txt", "txt"),
        ("José Example – welder\n".encode("cp1252"), "cv.txt", "txt"),
        (b"MZ Example, welder. Contact: mz@example.com\n", "cv.txt", "txt"),
    ],
    ids=[
        "pdf",
        "pdf-object-streams",
        "docx",
        "odt",
        "rtf",
        "rtf-bom",
        "utf8",
        "utf8-bom",
        "cp1252",
        "text-starting-MZ",
    ],
)
def test_small_well_formed_files_are_accepted(data, name, kind):
    # The builders used for the refusals below make acceptable files when nothing is wrong.
    assert inspect(data, name).kind == kind


# --- refusals: size and name -------------------------------------------------------------------


def test_empty_file():
    assert refusal(b"", "resume.pdf").code == "empty"


def test_whitespace_only_text_counts_as_empty():
    assert refusal(b" \r\n\t\n", "resume.txt").code == "empty"


def test_oversize_file():
    rejected = refusal(b"x" * 101, "resume.txt", max_bytes=100)
    assert rejected.code == "too_large"
    assert "100 bytes" in rejected.message


class CountingFile(io.BytesIO):
    """A file whose ``size`` is wrong (too small) and which counts the bytes read from it."""

    size = 10

    def __init__(self, data: bytes):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk


def test_oversize_file_is_not_read_past_the_limit_even_if_its_size_lies():
    fileobj = CountingFile(b"x" * 5000)
    with pytest.raises(FileRejected) as caught:
        inspect_upload(fileobj, "resume.txt", max_bytes=1000)
    assert caught.value.code == "too_large"
    assert fileobj.bytes_read <= 1001
    assert fileobj.tell() == 0


@pytest.mark.parametrize(
    "name", ["resume.exe", "resume.html", "resume", "resume.", "resume.pdf.exe", ".pdf"]
)
def test_extension_not_accepted(name):
    assert refusal(b"Jane Example, welder\n", name).code == "extension"


# --- refusals: programs and web content --------------------------------------------------------

DOS_HEADER = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(44) + b"\x80\0\0\0"
)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (DOS_HEADER + b"This program cannot be run in DOS mode.\r\r\n$" + bytes(64), "cv.pdf"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(56), "cv.docx"),
        (b"#!/bin/sh\nrm -rf ~\n", "cv.txt"),
        (b"\xca\xfe\xba\xbe\x00\x00\x00\x41" + bytes(32), "cv.doc"),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(32), "cv.rtf"),
    ],
    ids=["windows-exe-as-pdf", "elf-as-docx", "shell-script-as-txt", "java-class", "mach-o"],
)
def test_renamed_programs(data, name):
    assert refusal(data, name).code == "executable"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"<!DOCTYPE html><html><body>Jane Example</body></html>", "cv.txt"),
        (b"\xef\xbb\xbf\n  <HTML><body onload=alert(1)>Jane</body></HTML>", "cv.txt"),
        (b"<html xmlns:o='urn:schemas-microsoft-com:office:office'><body>Jane</body>", "cv.doc"),
        (b"  <script>alert(1)</script>", "cv.txt"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "cv.txt"),
        (b"<?php system($_GET['c']); ?>", "cv.txt"),
        (b'<?xml version="1.0"?><w:wordDocument/>', "cv.doc"),
    ],
    ids=["html-as-txt", "html-bom-upper", "html-as-doc", "script", "svg", "php", "xml-as-doc"],
)
def test_web_content(data, name):
    assert refusal(data, name).code == "html"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"GIF89a\x10\x00\x10\x00\x80\x00\x00" + bytes(32), "cv.pdf"),
        (bytes(range(256)) * 4, "cv.txt"),
        (b"Jane\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f Example", "cv.txt"),
    ],
    ids=["gif", "binary", "control-characters"],
)
def test_unknown_content(data, name):
    rejected = refusal(data, name)
    assert rejected.code == "unsupported"
    assert ACCEPTED_LABEL in rejected.message


# --- refusals: PDF -----------------------------------------------------------------------------


def test_pdf_renamed_docx_is_a_mismatch():
    rejected = refusal((FIXTURES / PDF_FIXTURE).read_bytes(), "resume.docx")
    assert rejected.code == "mismatch"
    assert "PDF" in rejected.message and ".docx" in rejected.message


def test_docx_renamed_pdf_is_a_mismatch():
    rejected = refusal(build_docx(), "resume.pdf")
    assert rejected.code == "mismatch"
    assert "Word" in rejected.message


@pytest.mark.parametrize(
    "catalog_extra",
    [
        b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
        b"/OpenAction << /S /Launch /F (cmd.exe) >>",
        b"/Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) >>] >> >>",
        b"/AcroForm << /Fields [] /XFA 4 0 R >>",
    ],
    ids=["javascript-open-action", "launch", "embedded-file", "xfa"],
)
def test_pdf_with_active_content(catalog_extra):
    assert refusal(build_pdf(catalog_extra), "resume.pdf").code == "active_content"


def test_pdf_with_hex_escaped_javascript_name():
    data = build_pdf(b"/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>")
    assert b"/JavaScript" not in data and b"/JS " not in data
    assert refusal(data, "resume.pdf").code == "active_content"


def test_pdf_with_javascript_on_a_link_annotation():
    annotation = b"<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A 5 0 R >>"
    action = b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>"
    data = build_pdf(page_extra=b"/Annots [4 0 R]", extra_objects=(annotation, action))
    assert refusal(data, "resume.pdf").code == "active_content"


def test_pdf_with_javascript_only_inside_a_compressed_object_stream():
    data = build_object_stream_pdf(javascript=True)
    # Nothing in the raw bytes gives it away, so only walking the parsed objects can catch it.
    assert b"JavaScript" not in data and b"/JS" not in data
    assert not _pdf_raw_has_active_content(data)
    assert refusal(data, "resume.pdf").code == "active_content"


def test_raw_pdf_scan_decodes_name_escapes_and_ignores_lookalikes():
    assert _pdf_raw_has_active_content(b"<< /S /J#61va#53cript >>")
    assert _pdf_raw_has_active_content(b"<< /Type /#45mbeddedFile >>")
    assert _pdf_raw_has_active_content(b"<</JS(x)>>")
    assert not _pdf_raw_has_active_content(b"<< /JSONData 1 /Launcher 2 /XFAX 3 >>")
    # Short names inside (binary) stream data are not PDF syntax.
    assert not _pdf_raw_has_active_content(b"<< /Length 9 >>\nstream\n\x00/JS \x01\nendstream")


def test_encrypted_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    rejected = refusal(buffer.getvalue(), "resume.pdf")
    assert rejected.code == "encrypted"
    assert "password" in rejected.message


def test_truncated_pdf():
    data = (FIXTURES / PDF_FIXTURE).read_bytes()
    truncated = data[: len(data) // 2]
    assert b"%%EOF" not in truncated
    assert refusal(truncated, "resume.pdf").code == "corrupt"


def test_pdf_header_with_nothing_readable_after_it():
    assert refusal(b"%PDF-1.7\n" + b"garbage " * 100 + b"\n%%EOF\n", "cv.pdf").code == "corrupt"


# --- refusals: zip containers (DOCX, ODT) ------------------------------------------------------


def test_zip_bomb_of_60_mb():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(60):
                member.write(chunk)
    data = buffer.getvalue()
    assert len(data) < 200_000
    assert refusal(data, "resume.docx").code == "zip_bomb"


def test_zip_member_with_excessive_compression_ratio():
    data = build_docx({"word/media/blank.bmp": bytes(5 * 1024 * 1024)})
    assert refusal(data, "resume.docx").code == "zip_bomb"


def test_zip_with_too_many_entries():
    data = build_docx({f"word/media/part{i}.xml": b"x" for i in range(3000)})
    assert refusal(data, "resume.docx").code == "zip_bomb"


@pytest.mark.parametrize("member", ["../evil", "word/../../evil", "/etc/evil", "C:/evil"])
def test_zip_with_unsafe_member_name(member):
    assert refusal(build_docx({member: b"x"}), "resume.docx").code == "corrupt"


def test_plain_zip_that_is_not_a_document():
    rejected = refusal(build_zip({"photo.txt": b"hello"}), "resume.docx")
    assert rejected.code == "unsupported"


def test_opendocument_spreadsheet_is_not_a_text_document():
    data = build_odt(mimetype=b"application/vnd.oasis.opendocument.spreadsheet")
    assert refusal(data, "resume.odt").code == "unsupported"


def test_docx_with_vba_macros():
    data = build_docx({"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})
    assert refusal(data, "resume.docx").code == "active_content"


def test_docx_declared_macro_enabled():
    content_types = CONTENT_TYPES.replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
    )
    data = build_docx({"[Content_Types].xml": content_types})
    assert refusal(data, "resume.docx").code == "active_content"


def test_odt_with_basic_macros():
    data = build_odt({"Basic/Standard/Module1.xml": b"<script:module/>"})
    assert refusal(data, "resume.odt").code == "active_content"


def test_password_protected_odt():
    manifest = b"<manifest:manifest><manifest:encryption-data/></manifest:manifest>"
    data = build_odt({"META-INF/manifest.xml": manifest})
    assert refusal(data, "resume.odt").code == "encrypted"


def test_corrupt_docx():
    data = b"PK\x03\x04" + bytes(range(256)) * 8
    assert refusal(data, "resume.docx").code == "corrupt"


# --- refusals: legacy Word (OLE2) --------------------------------------------------------------


def test_ole_file_without_a_word_document_stream():
    data = rename_ole_entry((FIXTURES / DOC_FIXTURE).read_bytes(), "WordDocument", "Workbook")
    assert refusal(data, "resume.doc").code == "unsupported"


def test_doc_with_macros():
    data = (FIXTURES / DOC_FIXTURE).read_bytes()
    data = rename_ole_entry(data, "\x05SummaryInformation", "Macros")
    assert refusal(data, "resume.doc").code == "active_content"


def test_password_protected_doc(tmp_path):
    path = tmp_path / "resume.doc"
    path.write_bytes((FIXTURES / DOC_FIXTURE).read_bytes())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[11] |= 0x01  # FibBase.fEncrypted
        ole.write_stream("WordDocument", bytes(stream))
    rejected = refusal(path.read_bytes(), "resume.doc")
    assert rejected.code == "encrypted"
    assert str(tmp_path) not in rejected.message


def test_rtf_with_embedded_object():
    data = b"{\\rtf1\\ansi Jane{\\object\\objemb{\\*\\objdata 0105000002000000}}\\par}"
    assert refusal(data, "resume.rtf").code == "active_content"


# --- refusals: content that is not where its type says it must be --------------------------


@pytest.mark.parametrize(
    ("prefix", "name"),
    [
        (b"Jane Example\n", "cv.pdf"),
        (b"\xef\xbb\xbfJane", "cv.pdf"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "cv.pdf"),
        (b"Jane Example, welder\n", "cv.txt"),
        (b"{\\rtf1\\ansi Jane}\n", "cv.rtf"),
    ],
    ids=["text-before", "bom-and-text-before", "gif-before", "as-txt", "as-rtf"],
)
def test_pdf_must_start_at_the_first_byte(prefix, name):
    # A PDF reader finds "%PDF-" anywhere in the first kilobyte, so a file that is something
    # else at its start and a PDF further in can be opened as either: refuse the ambiguity.
    rejected = refusal(prefix + build_pdf(), name)
    assert rejected.code == "pdf_prefix"
    assert "PDF" in rejected.message


@pytest.mark.parametrize("prefix", [b"\xef\xbb\xbf", b" ", b"\r\n", b"\xef\xbb\xbf\n"])
def test_a_pdf_may_start_with_a_byte_order_mark_or_blank_space(prefix):
    # Some generators write one; nothing but these may come before "%PDF-".
    assert inspect(prefix + build_pdf(), "cv.pdf").kind == "pdf"


@pytest.mark.parametrize(
    "markup",
    [
        b"<script>alert(1)</script>",
        b"<SCRIPT src=https://evil.example/x.js></SCRIPT>",
        b"<html><body>Jane</body></html>",
        b"<!DOCTYPE html>",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        b'<?xml version="1.0"?>',
        b"<body onload=alert(1)>",
        b'<iframe src="https://evil.example/">',
        b'<img src="\\\\attacker.example\\share\\pixel.png">',
        b"<meta http-equiv=refresh content=0;url=https://evil.example/>",
    ],
    ids=[
        "script",
        "script-upper",
        "html",
        "doctype",
        "svg",
        "xml",
        "body",
        "iframe",
        "img",
        "meta",
    ],
)
def test_text_resume_with_markup_in_its_first_kilobyte(markup):
    data = b"Jane Example\nWelder, Dayton OH\n\n" + b"Summary: careful work. " * 20 + markup
    assert data.index(markup) > 100 and data.index(markup) + len(markup) <= 1024
    rejected = refusal(data, "resume.txt")
    assert rejected.code == "html"
    assert "HTML" in rejected.message


@pytest.mark.parametrize(
    "text",
    [
        b"Skills: HTML5, CSS, SVG, XML, JavaScript and <canvas>-free design.\n",
        b"Salary expectation <100k; team size <10 people; 5 <> 6.\n",
        b"Known for <scripted> tests, <bodywork> repairs and <htmlish> notes.\n",
    ],
    ids=["words", "less-than", "lookalikes"],
)
def test_text_resume_that_only_mentions_markup_is_accepted(text):
    assert inspect(b"Jane Example\nWeb developer\n" + text, "resume.txt").kind == "txt"


def test_markup_after_the_first_kilobyte_of_a_text_resume_is_not_sniffed():
    data = b"Jane Example\n" + b"Careful, steady work. " * 60 + b"\nQuote: <html> is my trade.\n"
    assert data.index(b"<html>") > 1024
    assert inspect(data, "resume.txt").kind == "txt"
