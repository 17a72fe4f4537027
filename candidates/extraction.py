"""Plain text from an accepted resume, for search, job matching and filling in the form.

Call :func:`extract_text` only with a kind that :func:`candidates.filetypes.inspect_upload`
returned for the same file. PDF, DOCX, ODT, RTF and plain text are read in Python; legacy Word
(.doc) by antiword, and photos (JPEG, PNG) and PDFs without a text layer (scans) by OCR, which
are programs that may be missing (:mod:`candidates.tools`): then :class:`ToolMissing` is
raised, and the caller keeps the file flagged "no text". An empty result means no text was
found in the file at all; callers treat it as "no text" rather than an error.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from typing import BinaryIO
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeElementTree
from pypdf import PdfReader
from striprtf.striprtf import rtf_to_text

from . import tools
from .filetypes import UTF8_BOM, ZIP_MAX_TOTAL_BYTES, _decode_text

MAX_TEXT_CHARS = 200_000
# Raw text beyond this is never needed: normalising can only shorten it a little.
_RAW_TEXT_LIMIT = MAX_TEXT_CHARS * 4


class ExtractionError(Exception):
    """The file could not be parsed. The message is a short reason, never file content."""


class UnsupportedForExtraction(ExtractionError):
    """The kind is accepted for upload but its text is not extracted."""


class ToolMissing(ExtractionError):
    """The program that reads this kind of file (antiword, OCR) is not installed here."""


class ToolTimedOut(ExtractionError):
    """The program that reads this kind of file ran past its time limit and was stopped."""


# A PDF with fewer words than this in its text layer is a scan (perhaps with a stamped page
# number or a scanner's name on it): it is read by OCR instead.
PDF_SCAN_MAX_WORDS = 10


def extract_text(fileobj: BinaryIO, kind: str, *, ocr: bool = True) -> str:
    """Return the resume's text, whitespace-normalised and at most MAX_TEXT_CHARS long.

    OCR takes seconds a page. With ``ocr=False`` (while a visitor waits for the form to fill
    in), a photo gives "" and a PDF its text layer however little there is in it.
    """
    if not ocr and kind in _OCR_KINDS:
        return ""
    extractor = _pdf_layer_text if kind == "pdf" and not ocr else _EXTRACTORS.get(kind)
    if extractor is None:
        raise UnsupportedForExtraction(f"unknown file kind {kind!r}")
    try:
        fileobj.seek(0)
        data = fileobj.read()
    finally:
        fileobj.seek(0)
    try:
        return normalise_text(extractor(data))
    except tools.ToolMissing as exc:
        raise ToolMissing(str(exc)) from exc
    except tools.ToolTimedOut as exc:
        raise ToolTimedOut(str(exc)) from exc
    except tools.ToolError as exc:
        raise ExtractionError(str(exc)) from exc


def normalise_text(text: str) -> str:
    """Collapse runs of spaces, keep one newline between paragraphs, drop NULs and controls."""
    text = text[:_RAW_TEXT_LIMIT]
    text = text.replace("\r\n", "\n")
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)[:MAX_TEXT_CHARS].rstrip()


_LINE_BREAKS = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")
_WHITESPACE_RUN = re.compile(r"\s+")


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    """The text layer; for a scan (next to no text in it), OCR of the pages instead."""
    text = _pdf_layer_text(data)
    if len(text.split()) < PDF_SCAN_MAX_WORDS:
        return tools.pdf_ocr_text(data)
    return text


def _pdf_layer_text(data: bytes) -> str:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ExtractionError("the PDF is encrypted")
        pages: list[str] = []
        length = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            pages.append(text)
            length += len(text)
            if length > _RAW_TEXT_LIMIT:
                break
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError("could not read the PDF") from exc
    return "\n".join(pages)


# --- XML documents: DOCX and ODT ---------------------------------------------------------------


def _split_tag(tag: object) -> tuple[str, str]:
    if not isinstance(tag, str):  # comments and processing instructions
        return "", ""
    namespace, _, local = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
    return namespace, local


def _walk_xml(
    roots: Iterable[Element],
    enter: Callable[[str, str, Element, list[str]], bool],
    leave: Callable[[str, str, Element, list[str]], None],
    *,
    tails: bool = False,
) -> str:
    """Visit elements in document order without recursion (deep nesting can't overflow).

    ``enter`` appends text and returns False to skip the element's subtree; ``leave`` runs
    after the element's children. With ``tails``, the text that follows each element inside
    its parent is kept too (white-space collapsed to one space).
    """
    out: list[str] = []
    stack: list[tuple[Element, bool]] = [(root, True) for root in reversed(list(roots))]
    while stack:
        element, entering = stack.pop()
        namespace, local = _split_tag(element.tag)
        if entering and enter(namespace, local, element, out):
            stack.append((element, False))
            stack.extend((child, True) for child in reversed(list(element)))
            continue
        if not entering:
            leave(namespace, local, element, out)
        if tails and element.tail:
            out.append(_WHITESPACE_RUN.sub(" ", element.tail))
    return "".join(out)


def _parse_xml(data: bytes) -> Element:
    try:
        return SafeElementTree.fromstring(data)
    except Exception as exc:  # ParseError, defusedxml's DTD/entity refusals, ...
        raise ExtractionError("could not parse the document's XML") from exc


def _zip_members(data: bytes, names: Iterable[str]) -> dict[str, bytes]:
    """Read the named members that exist, refusing anything that would unpack too large."""
    wanted = set(names)
    members: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = 0
            for info in archive.infolist():
                if info.filename not in wanted:
                    continue
                total += info.file_size
                if total > ZIP_MAX_TOTAL_BYTES:
                    raise ExtractionError("the document unpacks too large")
                members[info.filename] = archive.read(info)
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError("could not open the document container") from exc
    return members


def _zip_names(data: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except Exception as exc:
        raise ExtractionError("could not open the document container") from exc


_WORD_NAMESPACES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict" Office Open XML
}
_MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WORD_SPACES = {"tab", "ptab"}
# A line break inside a paragraph ("Jane Doe<br>Phone: ..."): the prefill reads lines.
_WORD_BREAKS = {"br", "cr"}
_WORD_HEADER_FOOTER = re.compile(r"word/(header|footer)\d*\.xml", re.IGNORECASE)


def _docx_enter(namespace: str, local: str, element: Element, out: list[str]) -> bool:
    if namespace == _MARKUP_COMPATIBILITY and local == "Fallback":
        return False  # the same content as the mc:Choice beside it; don't count it twice
    if namespace in _WORD_NAMESPACES:
        if local == "t" and element.text:
            out.append(_WHITESPACE_RUN.sub(" ", element.text))
        elif local in _WORD_SPACES:
            out.append(" ")
        elif local in _WORD_BREAKS:
            out.append("\n")
        elif local == "noBreakHyphen":
            out.append("-")
    return True


def _docx_leave(namespace: str, local: str, element: Element, out: list[str]) -> None:
    if namespace in _WORD_NAMESPACES and local == "p":
        out.append("\n")


def _docx_parts(names: Iterable[str], which: str) -> list[str]:
    return sorted(
        name
        for name in names
        if (match := _WORD_HEADER_FOOTER.fullmatch(name)) and match[1].lower() == which
    )


def _docx_text(data: bytes) -> str:
    """Body text from word/document.xml, with any page headers before it and footers after."""
    names = _zip_names(data)
    by_lower = {name.lower(): name for name in names}
    body_name = by_lower.get("word/document.xml")
    if body_name is None:
        raise ExtractionError("the Word document has no body")
    headers = _docx_parts(names, "header")
    footers = _docx_parts(names, "footer")
    members = _zip_members(data, [body_name, *headers, *footers])
    texts: list[str] = []
    for name in [*headers, body_name, *footers]:
        text = _walk_xml([_parse_xml(members[name])], _docx_enter, _docx_leave)
        if name == body_name or (text.strip() and text not in texts):
            texts.append(text)
    return "\n".join(texts)


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_ODF_SPACES = {"s", "tab"}
_ODF_SKIPPED = {(_ODF_TEXT, "tracked-changes"), (_ODF_OFFICE, "annotation")}
_ODF_PAGE_PARTS = {
    (_ODF_STYLE, name)
    for name in ("header", "footer", "header-left", "footer-left", "header-first", "footer-first")
}


def _odt_enter(namespace: str, local: str, element: Element, out: list[str]) -> bool:
    if (namespace, local) in _ODF_SKIPPED:
        return False
    if namespace == _ODF_TEXT:
        if local in _ODF_SPACES:
            out.append(" ")
        elif local == "line-break":
            out.append("\n")
        elif element.text:
            # In ODF paragraphs, any run of white-space characters means one space.
            out.append(_WHITESPACE_RUN.sub(" ", element.text))
    return True


def _odt_leave(namespace: str, local: str, element: Element, out: list[str]) -> None:
    if namespace == _ODF_TEXT and local in ("p", "h"):
        out.append("\n")


def _odt_text(data: bytes) -> str:
    """Text from content.xml, with the page headers and footers from styles.xml before it."""
    members = _zip_members(data, ["content.xml", "styles.xml"])
    if "content.xml" not in members:
        raise ExtractionError("the OpenDocument file has no content")
    texts: list[str] = []
    if "styles.xml" in members:
        styles = _parse_xml(members["styles.xml"])
        page_parts = [e for e in styles.iter() if _split_tag(e.tag) in _ODF_PAGE_PARTS]
        for part in page_parts:
            text = _walk_xml(list(part), _odt_enter, _odt_leave, tails=True)
            if text.strip() and text not in texts:
                texts.append(text)
    content = _parse_xml(members["content.xml"])
    texts.append(_walk_xml([content], _odt_enter, _odt_leave, tails=True))
    return "\n".join(texts)


# --- RTF and plain text ------------------------------------------------------------------------


def _rtf_text(data: bytes) -> str:
    # RTF is 7-bit ASCII with escapes; latin-1 maps any stray 8-bit byte to one character.
    source = data.removeprefix(UTF8_BOM).decode("latin-1")
    try:
        return rtf_to_text(source, errors="ignore")
    except Exception as exc:
        raise ExtractionError("could not read the RTF document") from exc


def _txt_text(data: bytes) -> str:
    text = _decode_text(data)
    if text is None:
        text = data.decode("utf-8", errors="replace")
    return text


_OCR_KINDS = {"jpeg", "png"}
_EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "pdf": _pdf_text,
    "doc": tools.doc_text,
    "jpeg": tools.image_ocr_text,
    "png": tools.image_ocr_text,
    "docx": _docx_text,
    "odt": _odt_text,
    "rtf": _rtf_text,
    "txt": _txt_text,
}
