"""Decide what kind of file an uploaded resume really is, by looking at its content.

The name a browser sends is only a hint: a file is accepted when its bytes are one of the
formats below *and* agree with its extension. Anything that could run code when a recruiter
opens it (programs, web pages, macros, PDF JavaScript) is refused, and so is anything that
contacts other computers by itself: remote templates, linked pictures and fields, PDF actions
that fetch or send (a UNC path there leaks the reader's Windows password hash; a web address
is a tracking pixel). Links the reader has to click stay allowed. Container files that would
unpack into something huge are refused too.

Every refusal is a :class:`FileRejected` whose ``message`` is written for the job seeker and
whose ``code`` is a short slug for logs and tests.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import olefile
import pillow_heif
from defusedxml import ElementTree as SafeElementTree
from PIL import Image, ImageOps
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

ACCEPTED_EXTENSIONS = (
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".jpg", ".jpeg", ".png", ".heic", ".heif",
)  # fmt: skip
ACCEPTED_LABEL = (
    "PDF, Word (DOC or DOCX), OpenDocument (ODT), RTF, plain text, or a photo (JPEG, PNG or HEIC)"
)

MIME_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "text/rtf",
    "txt": "text/plain",
    "jpeg": "image/jpeg",
    "png": "image/png",
}
_KIND_BY_EXTENSION = {ext: ext[1:] for ext in ACCEPTED_EXTENSIONS} | {
    ".jpg": "jpeg",
    ".heif": "heic",
}
_EXTENSION_BY_KIND = {"jpeg": ".jpg"}
# A HEIC photo (what iPhones take) is kept as a JPEG: what every browser, the admin's preview and
# the text reader (Tesseract) open. Its file name ends in .jpg from then on.
_KEPT_AS = {"heic": "jpeg"}
# The brands of a single HEIF picture (libheif's own test, pillow_heif.get_file_mimetype); image
# sequences and AVIF are not photos of a resume.
_HEIF_MIME_TYPES = {"image/heic", "image/heif"}
_KIND_LABELS = {
    "pdf": "a PDF",
    "doc": "an older Word (.doc) document",
    "docx": "a Word (.docx) document",
    "odt": "an OpenDocument (.odt) text document",
    "rtf": "an RTF document",
    "txt": "a plain text file",
    "jpeg": "a JPEG picture",
    "png": "a PNG picture",
    "heic": "a HEIC photo",
}

# Zip containers (DOCX, ODT): limits checked before any member is read.
ZIP_MAX_ENTRIES = 2_000
ZIP_MAX_TOTAL_BYTES = 50 * 1024 * 1024
ZIP_MAX_RATIO = 100
# Members smaller than this cannot be a bomb on their own (the total limit still applies), and
# small, very repetitive parts such as a blank embedded bitmap can legitimately exceed 100:1.
ZIP_RATIO_MIN_BYTES = 1024 * 1024
# Small control members (mimetype, [Content_Types].xml, manifest.xml) are read only up to this.
_ZIP_SMALL_MEMBER_MAX = 1024 * 1024

# A PDF object graph bigger than this is refused rather than walked without end.
PDF_MAX_OBJECTS = 200_000

TEXT_SNIFF_BYTES = 64 * 1024
TEXT_MAX_CONTROL_CHARS = 8

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# Photos and scans: a 48-megapixel phone camera's picture fits, a decompression bomb does not
# (Pillow decodes every pixel: 50 million greyscale-to-RGB pixels are about 150 MB).
IMAGE_MAX_PIXELS = 50_000_000
IMAGE_MIN_SIDE = 200  # smaller is an icon, not a page anyone can read
JPEG_QUALITY = 90
# A picture that comes out of its redrawing larger than the upload limit (a HEIC photo is often a
# third of the same picture as a JPEG) is redrawn once more at most this long a side (300 dpi on
# US Letter: all the text reader needs) and this quality; if it is still too large, it is refused.
SMALLER_LONG_SIDE = 3300
SMALLER_JPEG_QUALITY = 80
PDF_MAGIC = b"%PDF-"
UTF8_BOM = b"\xef\xbb\xbf"

_PLEASE_UPLOAD = f"Please upload your resume as a {ACCEPTED_LABEL} file."
_SAVE_AGAIN = "Please save your resume again and upload the new copy."


@dataclass(frozen=True)
class DetectedFile:
    kind: str  # "pdf" | "doc" | "docx" | "odt" | "rtf" | "txt" | "jpeg" | "png" (a HEIC: "jpeg")
    mime_type: str
    extension: str  # canonical, e.g. ".pdf"


class FileRejected(ValueError):
    """An upload we won't accept. ``message`` is plain words for the job seeker."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def inspect_upload(fileobj: BinaryIO, name: str, *, max_bytes: int) -> DetectedFile:
    """Check an uploaded resume and return what it really is, or raise :class:`FileRejected`.

    ``fileobj`` is left at position 0 whatever happens. A photo (JPEG, PNG, HEIC) is replaced
    in ``fileobj`` by a copy drawn again from its pixels, turned upright: without its EXIF data
    (the phone's location, make, the time), comments or anything hidden after the picture, so
    whatever stores the upload next stores only the picture. A HEIC photo becomes a JPEG, and
    ``fileobj.name`` (when it has one) ends in .jpg.
    """
    try:
        data = _read_limited(fileobj, max_bytes)
        extension = _extension_of(name)
        kind = _identify(data)
        if kind != _KIND_BY_EXTENSION[extension]:
            raise FileRejected(
                f"This file's name ends in {extension}, but it is really {_KIND_LABELS[kind]}. "
                f"Please rename it so it ends in .{kind}, or choose the right file.",
                "mismatch",
            )
        if kind in _IMAGE_KINDS:
            _replace_content(fileobj, _clean_image(data, kind, max_bytes=max_bytes))
            if kind in _KEPT_AS:
                kind = _KEPT_AS[kind]
                _rename(fileobj, _extension(kind))
        elif kind == "pdf":
            # pypdf reads from the upload itself (on disk when large): handing it `data` would
            # make it copy the whole file into memory a second time.
            fileobj.seek(0)
            _validate_pdf(data, source=fileobj)
        else:
            _VALIDATORS[kind](data)
    finally:
        fileobj.seek(0)
    return DetectedFile(kind=kind, mime_type=MIME_TYPES[kind], extension=_extension(kind))


def _extension(kind: str) -> str:
    """A kind's canonical file extension: ".pdf", ".jpg"."""
    return _EXTENSION_BY_KIND.get(kind, f".{kind}")


# --- size and name -----------------------------------------------------------------------------


def _format_size(num_bytes: int) -> str:
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if num_bytes >= factor:
            return f"{num_bytes / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{num_bytes} bytes"


def _too_large(max_bytes: int) -> FileRejected:
    return FileRejected(
        f"This file is larger than our {_format_size(max_bytes)} limit. Please upload a smaller "
        "file – for example, save your resume as a PDF without large pictures.",
        "too_large",
    )


def _empty() -> FileRejected:
    return FileRejected("This file is empty. Please choose your resume file again.", "empty")


def _read_limited(fileobj: BinaryIO, max_bytes: int) -> bytes:
    """Return the whole file, reading at most ``max_bytes + 1`` bytes."""
    size = getattr(fileobj, "size", None)
    if not isinstance(size, int):
        try:
            fileobj.seek(0, io.SEEK_END)
            size = fileobj.tell()
        except (AttributeError, OSError, ValueError):
            size = None
    if size == 0:
        raise _empty()
    if size is not None and size > max_bytes:
        raise _too_large(max_bytes)
    fileobj.seek(0)
    data = fileobj.read(max_bytes + 1)
    if not data:
        raise _empty()
    if len(data) > max_bytes:
        raise _too_large(max_bytes)
    return data


def _extension_of(name: str) -> str:
    base = re.split(r"[\\/]", name or "")[-1].strip()
    stem, dot, suffix = base.rpartition(".")
    extension = f".{suffix.lower()}" if dot and stem and suffix else ""
    if extension in ACCEPTED_EXTENSIONS:
        return extension
    if not extension:
        raise FileRejected(
            "This file's name has no extension such as .pdf or .docx, so we can't tell what kind "
            f"of file it is. {_PLEASE_UPLOAD}",
            "extension",
        )
    shown = f"{extension} files" if re.fullmatch(r"\.[a-z0-9]{1,10}", extension) else "this file"
    raise FileRejected(f"We can't accept {shown}. {_PLEASE_UPLOAD}", "extension")


# --- identification by content -----------------------------------------------------------------

_EXECUTABLE_MAGIC = (
    b"\x7fELF",  # Linux/Unix programs
    b"\xfe\xed\xfa\xce",  # Mach-O 32-bit
    b"\xce\xfa\xed\xfe",
    b"\xfe\xed\xfa\xcf",  # Mach-O 64-bit
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # Java class file or Mach-O universal binary
    b"#!",  # shebang scripts
    b"\x00asm",  # WebAssembly
    b"dex\n",  # Android
    b"L\x00\x00\x00\x01\x14\x02\x00",  # Windows shortcut (.lnk)
)
_MARKUP_PREFIXES = (
    b"<!doctype",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<svg",
    b"<iframe",
    b"<?php",
    b"<?xml",
    b"<!--",
)


def _unsupported() -> FileRejected:
    return FileRejected(f"We can't read this kind of file. {_PLEASE_UPLOAD}", "unsupported")


def _corrupt(what: str = "This file") -> FileRejected:
    return FileRejected(
        f"{what} seems to be damaged or incomplete, so we can't open it. {_SAVE_AGAIN}", "corrupt"
    )


def _encrypted() -> FileRejected:
    return FileRejected(
        "This file is protected with a password or encryption, so we can't open it. "
        "Please save a copy without a password and upload that.",
        "encrypted",
    )


def _active_content(what: str, how: str = "Save as PDF") -> FileRejected:
    return FileRejected(
        f"{what}, which we don't accept for safety reasons. Please save a plain copy without "
        f"them (for example with “{how}”) and upload that.",
        "active_content",
    )


def _is_executable(data: bytes) -> bool:
    # DOS/Windows programs start with "MZ" and always have NUL bytes in their 64-byte header;
    # requiring one keeps a plain text file that happens to start with "MZ" acceptable.
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return True
    return data.startswith(_EXECUTABLE_MAGIC)


def _is_markup(data: bytes) -> bool:
    head = data[:1024].removeprefix(UTF8_BOM).lstrip().lower()
    return head.startswith(_MARKUP_PREFIXES)


def _identify(data: bytes) -> str:
    if _is_executable(data):
        raise FileRejected(
            f"This file is a program, not a document, so we can't accept it. {_PLEASE_UPLOAD}",
            "executable",
        )
    if _is_markup(data):
        raise FileRejected(
            "This file contains web page or script code (such as HTML or XML), so we can't "
            f"accept it. Please save your resume as a {ACCEPTED_LABEL} file and upload that.",
            "html",
        )
    if data.startswith(ZIP_MAGIC):
        return _identify_zip(data)
    if data.startswith(OLE2_MAGIC):
        return _identify_ole(data)
    # Some generators write a byte-order mark or blank lines first; nothing else may come first.
    if data.startswith(PDF_MAGIC) or data.removeprefix(UTF8_BOM).lstrip(b" \t\r\n\f").startswith(
        PDF_MAGIC
    ):
        return "pdf"
    if PDF_MAGIC in data[:1024]:
        # PDF readers look for the header anywhere in the first kilobyte, so this file can be
        # opened both as what its start says and as a PDF: a polyglot, or a damaged copy.
        raise FileRejected(
            "This file has something else in front of the PDF inside it, so we can't be sure "
            "what it really is. Please save your resume again as a PDF and upload the new copy.",
            "pdf_prefix",
        )
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    if data.startswith(PNG_MAGIC):
        return "png"
    if data[4:8] == b"ftyp" and pillow_heif.get_file_mimetype(data) in _HEIF_MIME_TYPES:
        return "heic"
    if data.removeprefix(UTF8_BOM).lstrip().startswith(b"{\\rtf1"):
        return "rtf"
    if _looks_like_text(data):
        return "txt"
    raise _unsupported()


# --- photos and scans: JPEG, PNG, HEIC ---------------------------------------------------------

_IMAGE_KINDS = {"jpeg", "png", "heic"}
_PILLOW_FORMATS = {"jpeg": "JPEG", "png": "PNG", "heic": "HEIF"}
# Pillow opens HEIF through pillow-heif, in the whole process once this module is imported
# (the blog's image check still refuses HEIF by format; open_image asks for the one it expects).
pillow_heif.register_heif_opener()


def _picture_rejected(what: str) -> FileRejected:
    return FileRejected(
        f"{what} Please upload a photo or scan of your resume of normal size, or the resume "
        "itself as a PDF or Word file.",
        "image",
    )


def open_image(data: bytes, kind: str | None = None) -> Image.Image:
    """The picture, decoded, or :class:`FileRejected`: one that is damaged, is not ``kind``,
    or has more than IMAGE_MAX_PIXELS pixels (checked from its header, before decoding)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[_PILLOW_FORMATS[kind]] if kind else None)
            width, height = image.size
            if width * height > IMAGE_MAX_PIXELS:
                raise _picture_rejected("This picture has too many pixels for us to read.")
            if min(width, height) < IMAGE_MIN_SIDE:
                raise _picture_rejected("This picture is too small to read.")
            image.load()
    except FileRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _picture_rejected("This picture has too many pixels for us to read.") from None
    except Exception as exc:  # UnidentifiedImageError, truncated data, bad chunks, ...
        raise _corrupt("This picture") from exc
    return image


def _clean_image(data: bytes, kind: str, *, max_bytes: int) -> bytes:
    """The picture drawn again from its pixels: upright, without metadata or trailing data, and
    no larger than ``max_bytes`` (see SMALLER_LONG_SIDE), or :class:`FileRejected`."""
    with open_image(data, kind) as image:
        try:
            upright = ImageOps.exif_transpose(image)
        except Exception:  # a damaged EXIF block: the pixels are still good
            upright = image
        out = io.BytesIO()
        if _KEPT_AS.get(kind, kind) == "jpeg":
            if upright.mode not in ("L", "RGB"):
                upright = upright.convert("RGB")
            upright.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
            if out.tell() > max_bytes:
                upright.thumbnail((SMALLER_LONG_SIDE, SMALLER_LONG_SIDE), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                upright.save(out, format="JPEG", quality=SMALLER_JPEG_QUALITY, optimize=True)
        else:
            if upright.mode not in ("1", "L", "LA", "P", "RGB", "RGBA"):
                upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
            upright.save(out, format="PNG", optimize=True)
    if out.tell() > max_bytes:
        raise _too_large(max_bytes)
    return out.getvalue()


def _rename(fileobj: BinaryIO, extension: str) -> None:
    """The upload's name with its extension replaced, for a picture kept in another format."""
    name = getattr(fileobj, "name", None)
    if isinstance(name, str) and name:
        stem, dot, _ = name.rpartition(".")
        fileobj.name = f"{stem if dot else name}{extension}"


def _replace_content(fileobj: BinaryIO, data: bytes) -> None:
    """Write ``data`` over the upload's content (an UploadedFile, or any writable file)."""
    target = getattr(fileobj, "file", fileobj)  # Django's UploadedFile wraps the real file
    writable = getattr(target, "writable", None)
    if writable is not None and not writable():
        # A programming error, not the visitor's: a picture is only accepted once cleaned.
        raise TypeError("inspect_upload needs a writable upload to clean a picture")
    target.seek(0)
    target.truncate()
    target.write(data)
    target.flush()
    target.seek(0)
    if hasattr(fileobj, "size"):
        fileobj.size = len(data)


# --- plain text ---------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _decode_text(data: bytes) -> str | None:
    """Decode text as UTF-8 (with or without BOM), else cp1252; None if it is neither."""
    if data.startswith(UTF8_BOM):
        try:
            return data[len(UTF8_BOM) :].decode("utf-8")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _looks_like_text(data: bytes) -> bool:
    if b"\x00" in data[:TEXT_SNIFF_BYTES]:
        return False
    text = _decode_text(data)
    if text is None:
        return False
    return len(_CONTROL_CHARS.findall(text[:TEXT_SNIFF_BYTES])) <= TEXT_MAX_CONTROL_CHARS


# Tags that make a browser (or a preview that sniffs content) treat text as a web page, or that
# load something from elsewhere. Only whole tag names count: "<scripted>" or "<100k" is text.
_TEXT_MARKUP = re.compile(
    rb"<(?:!doctype|!--|\?xml|\?php|(?:html|head|body|script|iframe|frame|frameset|svg|object"
    rb"|embed|applet|meta|link|style|base|img|xml)(?![a-z0-9_:.-]))"
)


def _validate_txt(data: bytes) -> None:
    text = _decode_text(data) or ""
    if not text.strip():
        raise _empty()
    # Browsers and mail previews sniff the first bytes of a file, not only its start.
    if _TEXT_MARKUP.search(data[:1024].lower()):
        raise FileRejected(
            "This text file contains web page code (such as HTML tags), so we can't accept it. "
            "Please remove the code, or save your resume as a PDF or Word file, and upload that.",
            "html",
        )


# --- PDF ---------------------------------------------------------------------------------------

# Bytes that end a PDF name token (white-space and delimiter characters, PDF 32000 §7.2.2).
_PDF_REGULAR = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"
# Long names are checked everywhere, stream data included: an uncompressed object stream holds
# real PDF objects, and random binary data does not spell out 6+ letters by chance.
_PDF_ACTIVE_LONG = re.compile(
    rb"/(?:(?:JavaScript|Launch|EmbeddedFiles?)(?!" + _PDF_REGULAR + rb")|RichMedia)"
)
# Short names are checked outside stream data only, where 3 random bytes can't fake them.
_PDF_ACTIVE_SHORT = re.compile(rb"/(?:JS|XFA)(?!" + _PDF_REGULAR + rb")")
_PDF_ESCAPED_NAME = re.compile(rb"/(" + _PDF_REGULAR + rb"*#[0-9A-Fa-f]{2}" + _PDF_REGULAR + rb"*)")
_PDF_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_STREAM_START = re.compile(rb"\bstream(?:\r\n|\n|\r)")
_PDF_ACTIVE_NAMES = {
    b"JavaScript",
    b"JS",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"XFA",
}
# Actions that fetch or send something elsewhere wherever they are (even on a click): open a
# remote PDF (a UNC path leaks the reader's Windows password hash), import or submit form data.
_PDF_REMOTE_LONG = re.compile(rb"/(?:GoToR|ImportData|SubmitForm)(?!" + _PDF_REGULAR + rb")")
_PDF_REMOTE_NAMES = {b"GoToR", b"ImportData", b"SubmitForm"}

# Dictionary keys and name values that mean scripts, launch actions or embedded files.
_PDF_ACTIVE_KEYS = {
    "/JS",
    "/JavaScript",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/EF",
    "/XFA",
    "/RichMedia",
    "/RichMediaContent",
    "/RichMediaSettings",
}
_PDF_ACTIVE_VALUES = {
    "/JavaScript",
    "/Launch",
    "/EmbeddedFile",
    "/RichMedia",
    "/RichMediaExecute",
    "/GoToE",
}
_PDF_REMOTE_VALUES = {"/" + name.decode() for name in _PDF_REMOTE_NAMES}
# Actions a viewer runs by itself, with no click: /OpenAction (on opening the file) and the
# triggers in any /AA (a page shown or closed, an annotation in view or under the pointer, a
# field focused, the file saved or printed). Only moving about inside the document may happen
# then; a web address (/URI) there is a tracking pixel, and a UNC one leaks a password hash.
# A /URI on a link, followed only when the reader clicks it, stays allowed.
_PDF_AUTOMATIC_ACTIONS_ALLOWED = {"/GoTo", "/Named", "/SetOCGState", "/Hide", "/Trans"}


def _without_stream_data(data: bytes) -> bytes:
    parts = []
    position = 0
    while match := _PDF_STREAM_START.search(data, position):
        parts.append(data[position : match.start()])
        end = data.find(b"endstream", match.end())
        if end < 0:
            return b"".join(parts)
        position = end
    parts.append(data[position:])
    return b"".join(parts)


def _pdf_escaped_names(data: bytes) -> Iterator[bytes]:
    """The names in the raw bytes written with ``#xx`` escapes, decoded."""
    for match in _PDF_ESCAPED_NAME.finditer(data):
        yield _PDF_HEX_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), match[1])


def _pdf_raw_has_active_content(data: bytes) -> bool:
    """Scan the raw bytes for active-content names, decoding ``#xx`` escapes in names."""
    if _PDF_ACTIVE_LONG.search(data) or _PDF_ACTIVE_SHORT.search(_without_stream_data(data)):
        return True
    return any(
        name in _PDF_ACTIVE_NAMES or name.startswith(b"RichMedia")
        for name in _pdf_escaped_names(data)
    )


def _pdf_raw_has_remote_actions(data: bytes) -> bool:
    """Scan the raw bytes for actions that always reach out (see _PDF_REMOTE_LONG)."""
    if _PDF_REMOTE_LONG.search(data):
        return True
    return any(name in _PDF_REMOTE_NAMES for name in _pdf_escaped_names(data))


def _pdf_resolve(obj: object) -> object:
    try:
        return obj.get_object() if isinstance(obj, IndirectObject) else obj
    except Exception:  # a dangling reference is null to a PDF viewer too
        return None


def _pdf_automatic_action_reaches_out(action: object) -> bool:
    """Whether an action a viewer runs by itself, or any chained after it with /Next, does
    more than move about inside this document."""
    seen: set[tuple[int, int]] = set()
    stack = [action]
    steps = 0
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            if (obj.idnum, obj.generation) in seen:
                continue
            seen.add((obj.idnum, obj.generation))
        obj = _pdf_resolve(obj)
        steps += 1
        if steps > PDF_MAX_OBJECTS:
            raise _pdf_too_complex()
        if not isinstance(obj, DictionaryObject) or "/S" not in obj:
            continue  # not an action: a viewer does nothing with it
        if _pdf_resolve(obj.raw_get("/S")) not in _PDF_AUTOMATIC_ACTIONS_ALLOWED:
            return True
        following = _pdf_resolve(obj.raw_get("/Next")) if "/Next" in obj else None
        if isinstance(following, ArrayObject):
            stack.extend(following)
        elif following is not None:
            stack.append(following)
    return False


def _pdf_automatic_actions(key: str, value: object) -> list[object]:
    """The actions a dictionary entry makes a viewer run without a click."""
    if key == "/OpenAction":
        value = _pdf_resolve(value)
        # An array is a destination (the page to open at), not an action.
        return [] if isinstance(value, ArrayObject) else [value]
    if key == "/AA":
        triggers = _pdf_resolve(value)
        return list(triggers.values()) if isinstance(triggers, DictionaryObject) else []
    return []


def _pdf_too_complex() -> FileRejected:
    return FileRejected(f"This PDF is too complex for us to check safely. {_SAVE_AGAIN}", "corrupt")


def _pdf_graph_finding(reader: PdfReader) -> str | None:
    """Walk every object reachable from the trailer, as pypdf parses it: "active" for scripts,
    launch actions or embedded files, "remote" for actions that reach other computers.

    This covers the catalog's /OpenAction, /AA, /Names (JavaScript, EmbeddedFiles) and
    /AcroForm, each page's /AA and its annotations' /A and /AA actions, and anything else that
    can hold an action, including objects that only exist inside compressed object streams,
    which the raw byte scan cannot see.
    """
    seen: set[tuple[int, int]] = set()
    stack: list[object] = [reader.trailer]
    visited = 0
    remote = False  # keep walking: scripts and the like are reported first
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in seen:
                continue
            seen.add(key)
            try:
                obj = obj.get_object()
            except Exception:  # noqa: S112 - a dangling reference is null to a PDF viewer too
                continue
        visited += 1
        if visited > PDF_MAX_OBJECTS:
            raise _pdf_too_complex()
        if isinstance(obj, DictionaryObject):
            children = []
            for key, value in obj.items():
                if key in _PDF_ACTIVE_KEYS:
                    return "active"
                if not remote:
                    automatic = _pdf_automatic_actions(key, value)
                    remote = any(map(_pdf_automatic_action_reaches_out, automatic))
                children.append(value)
        elif isinstance(obj, ArrayObject):
            children = list(obj)
        else:
            continue
        for child in children:
            if isinstance(child, NameObject) and child in _PDF_ACTIVE_VALUES:
                return "active"
            if isinstance(child, NameObject) and child in _PDF_REMOTE_VALUES:
                remote = True
            if isinstance(child, DictionaryObject | ArrayObject | IndirectObject):
                stack.append(child)
    return "remote" if remote else None


def _validate_pdf(data: bytes, source: BinaryIO | None = None) -> None:
    if b"%%EOF" not in data[-2048:]:
        raise _corrupt("This PDF")
    try:
        reader = PdfReader(source if source is not None else io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        if not encrypted and len(reader.pages) == 0:
            raise ValueError("no pages")
    except Exception as exc:
        raise _corrupt("This PDF") from exc
    if encrypted:
        raise _encrypted()
    pdf_active = _active_content(
        "This PDF contains scripts, launch actions, embedded files or other active content",
        "Print to PDF",
    )
    pdf_remote = FileRejected(
        "This PDF contains actions that contact other computers or open other files when it "
        "is opened. Please save it again as a plain PDF (File > Print > Save as PDF) and upload "
        "that.",
        "remote_content",
    )
    if _pdf_raw_has_active_content(data):
        raise pdf_active
    if _pdf_raw_has_remote_actions(data):
        raise pdf_remote
    try:
        found = _pdf_graph_finding(reader)
    except FileRejected:
        raise
    except Exception as exc:
        raise _corrupt("This PDF") from exc
    if found == "active":
        raise pdf_active
    if found == "remote":
        raise pdf_remote


# --- zip containers: DOCX and ODT --------------------------------------------------------------


def _open_zip(data: bytes) -> zipfile.ZipFile:
    """Open a zip and check it is safe to read members from, before reading any of them."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _corrupt() from exc
    unpacks_too_big = FileRejected(
        "This file would unpack to far more data than a resume needs, so we can't safely open "
        f"it. {_SAVE_AGAIN}",
        "zip_bomb",
    )
    if len(infos) > ZIP_MAX_ENTRIES:
        raise FileRejected(
            f"This file contains too many parts for us to open safely. {_SAVE_AGAIN}", "zip_bomb"
        )
    total = 0
    for info in infos:
        name = info.filename
        parts = re.split(r"[\\/]", name)
        if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name) or ".." in parts:
            raise _corrupt()
        if info.flag_bits & 0x1:
            raise _encrypted()
        if info.file_size > 0 and info.compress_size == 0:
            raise unpacks_too_big
        if (
            info.file_size > ZIP_RATIO_MIN_BYTES
            and info.file_size > ZIP_MAX_RATIO * info.compress_size
        ):
            raise unpacks_too_big
        total += info.file_size
        if total > ZIP_MAX_TOTAL_BYTES:
            raise unpacks_too_big
    return archive


def _read_small_member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
        if info.file_size > _ZIP_SMALL_MEMBER_MAX:
            raise ValueError("member too large")
        return archive.read(info)
    except (
        KeyError,
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise _corrupt() from exc


def _lower_names(archive: zipfile.ZipFile) -> dict[str, str]:
    # Part names in Office Open XML packages are case-insensitive.
    return {info.filename.lower(): info.filename for info in archive.infolist()}


def _identify_zip(data: bytes) -> str:
    with _open_zip(data) as archive:
        names = set(archive.namelist())
        if "mimetype" in names:
            if _read_small_member(archive, "mimetype") != ODT_MIMETYPE:
                raise _unsupported()  # a spreadsheet, presentation, e-book, ...
            if "content.xml" not in names:
                raise _corrupt()
            return "odt"
        lower = _lower_names(archive)
        if "[content_types].xml" in lower and "word/document.xml" in lower:
            return "docx"
    raise _unsupported()


def _parse_small_xml(archive: zipfile.ZipFile, name: str):
    """A small member parsed as XML; DTDs and entities (XXE, billion laughs) count as damage."""
    try:
        return SafeElementTree.fromstring(_read_small_member(archive, name))
    except FileRejected:
        raise
    except Exception as exc:  # ParseError, defusedxml's DTD/entity refusals, ...
        raise _corrupt() from exc


def _local_name(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


# Relationship types (the last part of the type URI, in any namespace) that put another file
# or program inside the document: OLE objects (word/embeddings), embedded packages, and
# altChunk, which imports a whole HTML, MHT or RTF document as it is.
_DOCX_EMBEDDING_TYPES = {"oleobject", "package", "afchunk", "control"}
# Word fields that load pictures, text or data from a file, server or program whenever Word
# updates them, which it does for linked fields when it opens a file (by default).
_REMOTE_FIELDS = {"INCLUDEPICTURE", "INCLUDETEXT", "IMPORT", "LINK", "DDE", "DDEAUTO"}
_FIELD_NAME = re.compile(r"\s*([A-Za-z]+)")
_WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict" Office Open XML
)


def _is_remote_field(instruction: str) -> bool:
    """Whether a field instruction ("INCLUDEPICTURE \"...\" \\d") names a remote field."""
    name = _FIELD_NAME.match(instruction)
    return bool(name) and name[1].upper() in _REMOTE_FIELDS


def _docx_part_has_remote_field(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Read every field instruction in a WordprocessingML part as Word assembles it: the
    instrText runs between a field's begin and separate characters, nested fields apart."""
    try:
        raw = archive.read(info)
        if b"instr" not in raw:
            return False
        open_fields: list[list[str]] = []  # instruction text of each field not yet complete
        for _, element in SafeElementTree.iterparse(io.BytesIO(raw), events=("end",)):
            tag = element.tag if isinstance(element.tag, str) else ""
            namespace, _, local = tag.rpartition("}")
            if namespace.lstrip("{") not in _WORD_NAMESPACES:
                continue
            if local == "instrText" and open_fields:
                open_fields[-1].append(element.text or "")
            elif local == "fldSimple":
                if _is_remote_field(element.get(f"{namespace}}}instr") or ""):
                    return True
            elif local == "fldChar":
                kind = element.get(f"{namespace}}}fldCharType")
                if kind == "begin":
                    open_fields.append([])
                elif kind in ("separate", "end") and open_fields:
                    if _is_remote_field("".join(open_fields[-1])):
                        return True
                    if kind == "end":
                        open_fields.pop()
                    else:
                        open_fields[-1] = []  # the result that follows is not instruction
            element.clear()
    except Exception as exc:  # a damaged member, ParseError, defusedxml's DTD/entity refusals
        raise _corrupt() from exc
    return False


# A relationship target with a scheme (https:, file:, mhtml:, C:) or a UNC or network path.
_NETWORK_TARGET = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*:|[\\/]{2})", re.IGNORECASE)
# A file on the author's own disk: C:\..., or a file URL with no host (file:///C:/..., file:///usr/...
# but not file:///\\host or file:///%5C%5Chost, which Windows reads as UNC paths).
_LOCAL_FILE = re.compile(r"\s*(?:file:///[a-z0-9]|[a-z]:[\\/])", re.IGNORECASE)


def _is_network_path(target: str) -> bool:
    """Whether a link target names another computer: a URL or a UNC path, not a local file."""
    return bool(_NETWORK_TARGET.match(target)) and not _LOCAL_FILE.match(target)


def _validate_docx(data: bytes) -> None:
    word_macros = _active_content("This Word file contains macros or ActiveX controls")
    embedded = _active_content("This Word file contains embedded objects or documents")
    remote = FileRejected(
        "This Word file loads pictures, templates or other content from other computers when "
        "it is opened. Please save it as a PDF (File > Save As, then choose PDF) and upload "
        "that.",
        "remote_content",
    )
    with _open_zip(data) as archive:
        lower = _lower_names(archive)
        if any(n.endswith("vbaproject.bin") or n.startswith("word/activex/") for n in lower):
            raise word_macros
        content_types = _read_small_member(archive, lower["[content_types].xml"])
        if b"macroenabled" in content_types.lower():
            raise word_macros
        if any(n.startswith("word/embeddings/") for n in lower):
            raise embedded
        # Every relationship part, not only the document's: remote templates sit in
        # settings.xml.rels, frames in webSettings.xml.rels, pictures in headers' parts too.
        for lower_name, name in lower.items():
            if not lower_name.endswith(".rels"):
                continue
            for element in _parse_small_xml(archive, name).iter():
                if _local_name(element.tag) != "Relationship":
                    continue
                kind = (element.get("Type") or "").strip().rstrip("/").rpartition("/")[2].lower()
                if kind == "hyperlink":
                    continue  # followed only when the reader clicks it
                external = (element.get("TargetMode") or "").strip().lower() == "external"
                target = element.get("Target") or ""
                if kind == "attachedtemplate" and not _is_network_path(target):
                    # A resume started from one of Word's templates names it on the author's
                    # disk; elsewhere Word looks on the reader's own disk and finds nothing.
                    continue
                if external or _NETWORK_TARGET.match(target):
                    raise remote  # Follina's OLE object is a link to a web page, for one
                if kind in _DOCX_EMBEDDING_TYPES:
                    raise embedded
        # The body, headers, footers, notes and comments: every part of the document.
        for info in archive.infolist():
            name = info.filename.lower()
            part = name.startswith("word/") and name.endswith(".xml")
            if part and _docx_part_has_remote_field(archive, info):
                raise remote


_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODF_SCRIPT = "urn:oasis:names:tc:opendocument:xmlns:script:1.0"
_ODF_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# office:scripts is in every LibreOffice document, empty; anything inside it, or inside
# office:event-listeners (actions run on opening, on a click, ...), is a macro or script.
_ODF_SCRIPT_CONTAINERS = {f"{{{_ODF_OFFICE}}}scripts", f"{{{_ODF_OFFICE}}}event-listeners"}
_ODF_MACRO_FOLDERS = ("Basic/", "Scripts/")
# Links the reader follows with a click; any other xlink:href is loaded by the application
# (pictures, linked sections and objects, the template, auto-reload).
_ODF_CLICKED_LINKS = {
    "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}a",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}a",
}
_MACRO_URL = re.compile(r"\s*(?:vnd\.sun\.star\.script|macro):", re.IGNORECASE)


def _odt_xml_finding(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str | None:
    """Stream one XML part: "script" for macros and event listeners, "remote" for content
    loaded from elsewhere, None if it has neither."""
    open_elements: list[str] = []
    try:
        with archive.open(info) as member:
            for event, element in SafeElementTree.iterparse(member, events=("start", "end")):
                if event == "end":
                    open_elements.pop()
                    element.clear()
                    continue
                tag = element.tag if isinstance(element.tag, str) else ""
                inside_scripts = bool(open_elements) and open_elements[-1] in _ODF_SCRIPT_CONTAINERS
                open_elements.append(tag)
                href = element.get(_XLINK_HREF) or ""
                if (
                    tag.startswith(f"{{{_ODF_SCRIPT}}}")
                    or tag == f"{{{_ODF_OFFICE}}}script"
                    or inside_scripts
                    or _MACRO_URL.match(href)
                ):
                    return "script"
                if tag == f"{{{_ODF_MANIFEST}}}file-entry":
                    path = element.get(f"{{{_ODF_MANIFEST}}}full-path") or ""
                    if path.startswith(_ODF_MACRO_FOLDERS):
                        return "script"
                if href and tag not in _ODF_CLICKED_LINKS and _is_network_path(href):
                    return "remote"
    except Exception as exc:  # a damaged member, ParseError, defusedxml's DTD/entity refusals
        raise _corrupt() from exc
    return None


def _validate_odt(data: bytes) -> None:
    scripts = _active_content("This document contains macros or scripts")
    with _open_zip(data) as archive:
        infos = archive.infolist()
        if any(i.filename.startswith(_ODF_MACRO_FOLDERS) and i.file_size for i in infos):
            raise scripts
        if "META-INF/manifest.xml" in archive.namelist():
            manifest = _read_small_member(archive, "META-INF/manifest.xml")
            if b"encryption-data" in manifest:
                raise _encrypted()  # before reading parts that are then not XML at all
        # Every XML part: content.xml and styles.xml, the manifest, meta.xml (the template),
        # and the parts of embedded objects ("Object 1/content.xml").
        for info in infos:
            if not info.filename.lower().endswith(".xml") or not info.file_size:
                continue
            finding = _odt_xml_finding(archive, info)
            if finding == "script":
                raise scripts
            if finding == "remote":
                raise FileRejected(
                    "This document loads pictures or other content from other computers when "
                    "it is opened. Please save it as a PDF (File > Export as PDF) and upload "
                    "that.",
                    "remote_content",
                )


# --- OLE2: legacy Word .doc --------------------------------------------------------------------

_FIB_FLAG_ENCRYPTED = 0x0100  # FibBase.fEncrypted ([MS-DOC] 2.5.2)


def _identify_ole(data: bytes) -> str:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            is_word = ole.exists("WordDocument")
            is_encrypted_package = ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage")
    except Exception as exc:
        raise _corrupt() from exc
    if is_word:
        return "doc"
    if is_encrypted_package:  # a password-protected DOCX/XLSX is stored as OLE2
        raise _encrypted()
    raise _unsupported()  # Excel, PowerPoint, Outlook message, installer, ...


def _validate_doc(data: bytes) -> None:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            has_macros = ole.exists("Macros") or ole.exists("_VBA_PROJECT_CUR")
            fib = ole.openstream("WordDocument").read(12)
    except Exception as exc:
        raise _corrupt() from exc
    if has_macros:
        raise _active_content("This Word file contains macros")
    if len(fib) < 12:
        raise _corrupt()
    if int.from_bytes(fib[10:12], "little") & _FIB_FLAG_ENCRYPTED:
        raise _encrypted()


# --- RTF ---------------------------------------------------------------------------------------

# Every control word for objects starts with "obj": \object, \objdata, \objupdate (refresh a
# linked object from its source when the file opens), \objautlink, ... An even run of
# backslashes before one is text: RTF writes the path C:\objects as C:\\objects.
_RTF_OBJECT = re.compile(rb"(?<!\\)(?:\\\\)*\\obj[a-z]*", re.IGNORECASE)
_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word, its parameter, one delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # a character by its code
    rb"|\\(.)"  # control symbol: \* \\ \{ \} \~ ...
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"  # text (a line break in RTF source means nothing)
    rb"|[\r\n]+",
    re.DOTALL,
)
_RTF_SPACE_WORDS = {"par", "line", "tab", "sect", "cell", "row", "emspace", "enspace"}
# The destinations whose text is read here: a field's instruction ("INCLUDEPICTURE ...") and
# the document's template, which Word loads (from a UNC path too) when the file opens.
_RTF_READ_DESTINATIONS = {"fldinst", "template"}


def _rtf_destinations(data: bytes) -> list[tuple[str, str]]:
    """The text of each field instruction and template in an RTF document, as Word reads it.

    Formatting control words, groups and line breaks inside an instruction do not break it
    ("{INCLUDE}{\\b PICT}URE" is INCLUDEPICTURE), \\'hh and \\uN escapes are decoded, and
    ignorable destinations ({\\*\\bkmkstart ...}) add nothing, so none of them hides a name.
    """
    found: list[tuple[str, list[str]]] = []
    stack: list[int | None] = []  # for each open group, the destination its text belongs to
    current: int | None = None
    star = False  # the group began with \*: an ignorable destination
    skip = 0  # fallback characters still to drop after a \uN
    for match in _RTF_TOKEN.finditer(data):
        word, parameter, code, symbol, brace, text = match.groups()
        if brace == b"{":
            stack.append(current)
            star = False
            continue
        if brace == b"}":
            current = stack.pop() if stack else None
            star = False
            continue
        if word is not None:
            name = word.decode().lower()
            if name in _RTF_READ_DESTINATIONS:
                found.append((name, []))
                current = len(found) - 1
            elif star:
                current = None  # another ignorable destination: none of its text is read
            elif current is not None and name == "u" and parameter:
                found[current][1].append(chr(int(parameter) % 65536))
                skip = 1
            elif current is not None and name in _RTF_SPACE_WORDS:
                found[current][1].append(" ")
            star = False
            continue
        if symbol == b"*":
            star = True
            continue
        star = False
        if current is None:
            continue
        if code is not None:
            chunk = bytes([int(code, 16)]).decode("cp1252", errors="replace")
        elif symbol is not None:
            chunk = {b"~": " ", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}"}.get(symbol, "")
        elif text is not None:
            chunk = text.decode("cp1252", errors="replace")
        else:
            continue
        if skip:
            chunk, skip = chunk[skip:], max(0, skip - len(chunk))
        found[current][1].append(chunk)
    return [(name, "".join(parts)) for name, parts in found]


def _validate_rtf(data: bytes) -> None:
    # Embedded OLE objects are how malicious RTF files usually attack; resumes don't need them.
    if _RTF_OBJECT.search(data):
        raise _active_content("This RTF file contains embedded objects")
    if not re.search(rb"\\(?:fldinst|template)", data, re.IGNORECASE):
        return  # nothing to read: most resumes
    for destination, text in _rtf_destinations(data):
        remote = _is_remote_field if destination == "fldinst" else _is_network_path
        if remote(text):
            raise FileRejected(
                "This RTF file loads pictures, text or a template from other computers or "
                "programs when it is opened. Please save it as a PDF (File > Save As, then "
                "choose PDF) and upload that.",
                "remote_content",
            )


_VALIDATORS: dict[str, Callable[[bytes], None]] = {
    "pdf": _validate_pdf,
    "doc": _validate_doc,
    "docx": _validate_docx,
    "odt": _validate_odt,
    "rtf": _validate_rtf,
    "txt": _validate_txt,
}  # pictures: _clean_image
