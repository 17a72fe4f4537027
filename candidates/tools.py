"""Programs outside Python that read resumes: antiword (legacy Word .doc), pdftoppm (a PDF's
pages as pictures) and Tesseract (text from pictures: scans and phone photos).

They come from Debian (`apt-get install antiword poppler-utils tesseract-ocr`) and are optional:
where one is missing, :class:`ToolMissing` says so and the resume is kept, flagged "no text"
for staff. Each runs as a child process with a list of arguments (no shell), on a copy of the
file in a private temporary folder, with a time limit, a small environment and its output
capped; on a timeout its whole process group is killed. Settings name each program
(``RESUME_ANTIWORD``, ``RESUME_PDFTOPPM``, ``RESUME_TESSERACT``: a name looked up on PATH or a
full path) and the time limit (``RESUME_TOOL_TIMEOUT`` seconds per run).
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageOps

from .filetypes import FileRejected, open_image

DEFAULT_PROGRAMS = {"antiword": "antiword", "pdftoppm": "pdftoppm", "tesseract": "tesseract"}
DEFAULT_TIMEOUT = 60
# Address space a program may take (Linux): Tesseract on a 4,000-pixel page stays far below it;
# a file crafted to make a reader allocate without end is stopped here.
MEMORY_LIMIT_BYTES = 2 * 1024 * 1024 * 1024
# Text a program may print; a resume is never near this.
MAX_OUTPUT_BYTES = 4 * 1024 * 1024
# Pages of a scanned PDF read by OCR (each takes a few seconds), and their size as rendered:
# the long side in pixels, 300 dpi on US Letter whatever size the PDF says its pages are.
OCR_MAX_PAGES = 4
OCR_PAGE_LONG_SIDE = 3300
# A photo is scaled down to this long side before OCR: more pixels only cost time. A smaller
# picture (a screenshot, a page scanned at 150 dpi) is scaled up to OCR_PAGE_LONG_SIDE, at most
# threefold: Tesseract reads letters best at about 300 dpi, and misses half the small print of
# a 150 dpi page (measured on the fixtures: bench/RESULTS.md).
OCR_IMAGE_LONG_SIDE = 4000
OCR_MAX_UPSCALE = 3


class ToolError(Exception):
    """A program could not read the file. The message is a short reason, never file content."""


class ToolMissing(ToolError):
    """The program is not installed (or the setting names a path where there is none)."""


class ToolTimedOut(ToolError):
    """The program ran past the time limit and was stopped."""


def program(name: str) -> str | None:
    """The full path of the program a setting names, or None when it is not there."""
    configured = getattr(settings, f"RESUME_{name.upper()}", None) or DEFAULT_PROGRAMS[name]
    return shutil.which(configured)


def available(name: str) -> bool:
    return program(name) is not None


def doc_text(data: bytes) -> str:
    """A legacy Word document's text, by antiword (UTF-8, one line per paragraph)."""
    with tempfile.TemporaryDirectory(prefix="amtec-doc-") as folder:
        path = Path(folder) / "resume.doc"
        path.write_bytes(data)
        # -w 0: no wrapping, so a paragraph stays one line; -m: UTF-8 output; -i 1: no pictures.
        out = _run("antiword", ["-w", "0", "-i", "1", "-m", "UTF-8.txt", str(path)], folder)
    return out.decode("utf-8", errors="replace")


def pdf_ocr_text(data: bytes) -> str:
    """OCR of a PDF's first pages, rendered as greyscale pictures by pdftoppm."""
    if not available("tesseract"):  # don't spend time rendering for nothing
        raise ToolMissing("OCR (tesseract) is not installed")
    with tempfile.TemporaryDirectory(prefix="amtec-scan-") as folder:
        path = Path(folder) / "resume.pdf"
        path.write_bytes(data)
        _run(
            "pdftoppm",
            [
                "-f", "1", "-l", str(OCR_MAX_PAGES), "-scale-to", str(OCR_PAGE_LONG_SIDE),
                "-gray", "-png", str(path), str(Path(folder) / "page"),
            ],
            folder,
        )  # fmt: skip
        pages = sorted(Path(folder).glob("page-*.png"), key=_page_number)
        return "\n".join(_tesseract(page, folder) for page in pages)


def _page_number(path: Path) -> int:
    return int(path.stem.rpartition("-")[2])  # page-1.png ... page-10.png, not as text sorts


def image_ocr_text(data: bytes) -> str:
    """OCR of a photo or scan (JPEG, PNG), turned upright and scaled to a sensible size."""
    if not available("tesseract"):
        raise ToolMissing("OCR (tesseract) is not installed")
    try:
        image = open_image(data)  # the same pixel limits as at upload
    except FileRejected as rejected:
        raise ToolError(f"the picture could not be opened ({rejected.code})") from None
    with image:
        image = _on_white(ImageOps.exif_transpose(image)).convert("L")
        long_side = max(image.size)
        if long_side > OCR_IMAGE_LONG_SIDE:
            image.thumbnail((OCR_IMAGE_LONG_SIDE, OCR_IMAGE_LONG_SIDE), Image.Resampling.LANCZOS)
        elif long_side < OCR_PAGE_LONG_SIDE:
            scale = min(OCR_PAGE_LONG_SIDE / long_side, OCR_MAX_UPSCALE)
            size = (round(image.width * scale), round(image.height * scale))
            image = image.resize(size, Image.Resampling.LANCZOS)
        with tempfile.TemporaryDirectory(prefix="amtec-photo-") as folder:
            path = Path(folder) / "resume.png"
            image.save(path, format="PNG")
            return _tesseract(path, folder)


def _on_white(image: Image.Image) -> Image.Image:
    """A picture with transparency laid on white paper (transparent pixels are often black)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        return Image.alpha_composite(paper, rgba)
    return image


def _tesseract(path: Path, folder: str) -> str:
    # English, automatic page layout (columns found and read one after the other).
    out = _run("tesseract", [str(path), "stdout", "-l", "eng", "--psm", "3"], folder)
    return out.decode("utf-8", errors="replace")


def _run(name: str, args: list[str], folder: str) -> bytes:
    executable = program(name)
    if executable is None:
        raise ToolMissing(f"{name} is not installed")
    timeout = getattr(settings, "RESUME_TOOL_TIMEOUT", DEFAULT_TIMEOUT)
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": folder,
        "LANG": "C.UTF-8",
        "OMP_THREAD_LIMIT": "1",  # Tesseract: one core, the web server keeps the others
    }
    if "TESSDATA_PREFIX" in os.environ:
        environment["TESSDATA_PREFIX"] = os.environ["TESSDATA_PREFIX"]
    try:
        process = subprocess.Popen(  # noqa: S603 - a list of arguments, the program from settings
            [executable, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # may quote the document; never logged
            cwd=folder,
            env=environment,
            start_new_session=True,  # its own process group, killed whole on a timeout
        )
    except OSError as exc:
        raise ToolMissing(f"{name} could not be started") from exc
    _limit_memory(process.pid)
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise ToolTimedOut(f"{name} took longer than {timeout} seconds") from None
    except BaseException:
        _kill(process)
        raise
    if process.returncode != 0:
        raise ToolError(f"{name} could not read the file (exit status {process.returncode})")
    return out[:MAX_OUTPUT_BYTES]


def _limit_memory(pid: int) -> None:
    """Cap the child's address space. Set from outside, just after it starts: a preexec_fn is
    unsafe in a threaded server, and these programs allocate only once they read the file."""
    limit = (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES)
    with contextlib.suppress(AttributeError, OSError, ValueError):  # not Linux, or already gone
        resource.prlimit(pid, resource.RLIMIT_AS, limit)


def _kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
