"""Resume text extraction from the fixture files and from small documents built here."""

import io
import json
import zipfile
from pathlib import Path

import pytest

from candidates.extraction import (
    MAX_TEXT_CHARS,
    ExtractionError,
    UnsupportedForExtraction,
    _pdf_layer_text,
    extract_text,
)
from tests.candidates.test_extraction_tools import needs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["files"]
# The formats read in Python; .doc (antiword) and the scan (OCR): test_extraction_tools.py.
EXTRACTABLE = [e for e in MANIFEST if e["text_extractable"] and e["format"] != "doc"]
DOCS = [e for e in MANIFEST if e["format"] == "doc"]
SCAN = "r06-delgado-cnc-machinist-scan.pdf"
MULTIPAGE = "r17-whitcomb-senior-manufacturing-engineer-cv-multipage.pdf"

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


def extract(data: bytes, kind: str) -> str:
    return extract_text(io.BytesIO(data), kind)


def fixture_text(filename: str, kind: str) -> str:
    with (FIXTURES / filename).open("rb") as fileobj:
        return extract_text(fileobj, kind)


def build_zip(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def build_docx(body: str, **parts: str) -> bytes:
    document = f'<?xml version="1.0"?><w:document {W} {MC}><w:body>{body}</w:body></w:document>'
    return build_zip(
        {
            "[Content_Types].xml": "<Types/>",
            "word/document.xml": document,
            **{f"word/{name}.xml": xml for name, xml in parts.items()},
        }
    )


def build_odt(text: str, styles: str = "") -> bytes:
    content = (
        f'<?xml version="1.0"?><office:document-content {ODF}>'
        f"<office:body><office:text>{text}</office:text></office:body>"
        "</office:document-content>"
    )
    members = {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content}
    if styles:
        members["styles.xml"] = f'<?xml version="1.0"?><office:document-styles {ODF}>{styles}'
        members["styles.xml"] += "</office:document-styles>"
    return build_zip(members)


# --- fixture files -----------------------------------------------------------------------------


@pytest.mark.parametrize("entry", EXTRACTABLE, ids=[e["filename"] for e in EXTRACTABLE])
def test_text_contains_the_persons_name_and_email(entry):
    text = fixture_text(entry["filename"], entry["format"])
    # Headings and, in the .txt files, the name are upper-case in some formats.
    assert entry["person_name"].casefold() in text.casefold()
    assert entry["person_email"] in text
    assert "\x00" not in text and "  " not in text and "\n\n" not in text
    assert text == text.strip()


def test_scanned_pdf_has_no_text_layer():
    # What pypdf finds in it: nothing. Its text comes from OCR (test_extraction_tools.py).
    assert _pdf_layer_text((FIXTURES / SCAN).read_bytes()).strip() == ""


def test_multipage_pdf_includes_its_last_page():
    text = fixture_text(MULTIPAGE, "pdf")
    # Both appear only on page 4 of 4.
    assert "(SAMPE)" in text
    assert "References available upon request." in text


@pytest.mark.parametrize("entry", DOCS, ids=[e["filename"] for e in DOCS])
def test_legacy_word_text_by_antiword(entry):
    needs("antiword")
    text = fixture_text(entry["filename"], "doc")
    assert entry["person_name"].casefold() in text.casefold()
    assert entry["person_email"] in text and entry["person_phone"] in text
    assert "\x00" not in text and "  " not in text and "\n\n" not in text


def test_file_is_left_at_the_start():
    with (FIXTURES / EXTRACTABLE[0]["filename"]).open("rb") as fileobj:
        fileobj.seek(10)
        extract_text(fileobj, EXTRACTABLE[0]["format"])
        assert fileobj.tell() == 0


# --- failures ----------------------------------------------------------------------------------

GARBAGE = b"GARBAGE-CONTENT-1234 " * 50


@pytest.mark.parametrize("kind", ["pdf", "docx", "odt"])
def test_garbage_raises_extraction_error_without_file_content(kind):
    with pytest.raises(ExtractionError) as caught:
        extract(GARBAGE, kind)
    assert not isinstance(caught.value, UnsupportedForExtraction)
    assert str(caught.value) and "GARBAGE" not in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        build_zip({"[Content_Types].xml": "<Types/>"}),
        build_zip({"word/document.xml": "<w:document>not closed"}),
    ],
    ids=["no-body", "broken-xml"],
)
def test_broken_docx_raises_extraction_error(data):
    with pytest.raises(ExtractionError):
        extract(data, "docx")


def test_xml_entity_expansion_is_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = build_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": bomb})
    with pytest.raises(ExtractionError):
        extract(data, "docx")


def test_unknown_kind():
    with pytest.raises(ExtractionError):
        extract(b"Jane", "exe")


# --- normalisation and limits ------------------------------------------------------------------


def test_text_is_capped():
    text = extract(("Welder fitter machinist " * 20_000).encode(), "txt")
    assert MAX_TEXT_CHARS - 20 < len(text) <= MAX_TEXT_CHARS


def test_whitespace_is_normalised_and_nuls_stripped():
    raw = b"  Jane \t  Example\x00 \r\n\r\n\r\n\x0cWelder\xc2\xa0\xc2\xa0 fitter  \n\n"
    assert extract(raw, "txt") == "Jane Example\nWelder fitter"


def test_cp1252_text():
    assert extract("José – welder".encode("cp1252"), "txt") == "José – welder"


def test_rtf_text():
    assert extract(b"{\\rtf1\\ansi Jane\\tab Example\\par Welder\\par}", "rtf") == (
        "Jane Example\nWelder"
    )


def test_docx_paragraphs_tabs_breaks_and_alternate_content():
    body = (
        "<w:p><w:r><w:t>Jane</w:t></w:r><w:r><w:tab/><w:t>Example</w:t><w:br/>"
        '<w:t xml:space="preserve">  Welder </w:t></w:r></w:p>'
        "<w:p><w:r><w:delText>deleted</w:delText><w:instrText>HYPERLINK</w:instrText></w:r></w:p>"
        "<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>Boxed</w:t></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>Boxed</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
    )
    header = f"<w:hdr {W}><w:p><w:r><w:t>jane@example.com</w:t></w:r></w:p></w:hdr>"
    text = extract(build_docx(body, header1=header, header2=header), "docx")
    # A line break stays one: the form's prefill reads the contact block line by line.
    assert text == "jane@example.com\nJane Example\nWelder\nBoxed"


def test_odt_paragraphs_headings_spans_and_spaces():
    text = (
        "<text:h>Jane<text:s text:c='3'/>Example</text:h>"
        "<text:p>Welder<text:tab/>and <text:span>fitter</text:span>, Ohio<text:line-break/>"
        "USA</text:p><text:list><text:list-item><text:p>TIG</text:p></text:list-item></text:list>"
    )
    styles = (
        "<office:master-styles><style:master-page><style:header>"
        "<text:p>jane@example.com</text:p></style:header></style:master-page></office:master-styles>"
    )
    assert extract(build_odt(text, styles), "odt") == (
        "jane@example.com\nJane Example\nWelder and fitter, Ohio\nUSA\nTIG"
    )
