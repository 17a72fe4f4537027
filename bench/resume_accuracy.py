"""How well a resume's contact details are read: `make bench-resumes`, or alone:

    .venv/bin/python bench/resume_accuracy.py [--misses] [--markdown] [--no-ocr]

Runs the upload check, text extraction and the prefill (candidates.prefill.fields_from_text)
over every resume in tests/fixtures/resumes/ (the shared fixtures, in every format) and
tests/fixtures/resumes/varied/ (resumes written with other layouts, to check nothing is tuned
to the shared ones' layout; those marked held-out were measured before any change to the
prefill, see bench/RESULTS.md), and counts, per format, the name, email and phone read right
against what a person would type (manifest.json and varied/truth.json). City and state, and the
profile link where a resume has one, are counted too. Needs no database. A format whose reading
program (antiword, Tesseract, pdftoppm) is missing here is reported as skipped.

Right means: the name equal ignoring case and spacing (accents count); the email equal ignoring
case; the phone equal in E.164; the city ignoring case and the state code equal; the link equal
ignoring a trailing slash.
"""

import argparse
import io
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amtec.settings_test")

import django  # noqa: E402

django.setup()

import phonenumbers  # noqa: E402

from candidates import tools  # noqa: E402
from candidates.extraction import ExtractionError, ToolMissing, extract_text  # noqa: E402
from candidates.filetypes import FileRejected, inspect_upload  # noqa: E402
from candidates.prefill import fields_from_text  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "resumes"
VARIED = FIXTURES / "varied"
MAIN_FIELDS = ("name", "email", "phone")
OTHER_FIELDS = ("city", "state", "profile_url")
TEXT_FORMATS = ("pdf", "docx", "odt", "rtf", "doc", "txt")
OCR_FORMATS = ("pdf-scan", "jpeg", "png")
TARGET = 0.95


def e164(phone: str) -> str:
    number = phonenumbers.parse(phone, "US")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def load_truth() -> tuple[dict[str, dict], dict[str, str]]:
    """(expected fields by resume stem, which corpus each stem is in)."""
    truth: dict[str, dict] = {}
    corpus: dict[str, str] = {}
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["files"]
    for entry in manifest:
        stem = entry["filename"].rsplit(".", 1)[0]
        city, _, state = entry["person_city"].rpartition(", ")
        truth[stem] = {
            "name": entry["person_name"],
            "email": entry["person_email"],
            "phone": e164(entry["person_phone"]),
            "city": city,
            "state": state,
        }
        corpus[stem] = "shared"
    varied = json.loads((VARIED / "truth.json").read_text(encoding="utf-8"))["resumes"]
    for stem, fields in varied.items():
        truth[stem] = {k: v for k, v in fields.items() if k not in ("layout", "set")}
        corpus[stem] = fields.get("set", "varied")
    return truth, corpus


def truth_for(stem: str, truth: dict[str, dict]) -> str | None:
    """The resume a file shows: its own stem, or that of the file it is a photo of."""
    for candidate in (stem, stem.removesuffix("-photo"), stem.removesuffix("-scan")):
        if candidate in truth:
            return candidate
    for known in truth:  # "v15-venkataraman-data-analyst-photo" is a photo of "v15-..."
        if stem.endswith("-photo") and known.split("-", 1)[0] == stem.split("-", 1)[0]:
            return known
    return None


def same(field: str, got: str | None, want: str) -> bool:
    if got is None:
        return False
    if field == "name":
        return " ".join(got.split()).casefold() == " ".join(want.split()).casefold()
    if field in ("email", "city"):
        return got.casefold() == want.casefold()
    if field == "profile_url":
        return got.rstrip("/").casefold() == want.rstrip("/").casefold()
    return got == want


def files() -> list[Path]:
    skip = {"manifest.json", "truth.json", "make_fixtures.py"}
    found = [p for p in FIXTURES.iterdir() if p.is_file() and p.name not in skip]
    found += [p for p in VARIED.iterdir() if p.is_file() and p.name not in skip]
    return sorted(found, key=lambda p: (p.parent.name, p.name))


def format_of(path: Path, kind: str) -> str:
    if kind == "pdf" and path.stem.endswith("-scan"):
        return "pdf-scan"
    return kind


def run(*, ocr: bool) -> dict:
    truth, corpus = load_truth()
    rows = []
    skipped: dict[str, set[str]] = defaultdict(set)
    for path in files():
        stem = truth_for(path.stem, truth)
        if stem is None:
            print(f"(no truth for {path.name}; not counted)", file=sys.stderr)
            continue
        data = path.read_bytes()
        upload = io.BytesIO(data)
        try:
            detected = inspect_upload(upload, path.name, max_bytes=10 * 1024 * 1024)
        except FileRejected as rejected:
            rows.append({"file": path.name, "format": "rejected", "error": rejected.code})
            continue
        fmt = format_of(path, detected.kind)
        if not ocr and fmt in OCR_FORMATS:
            skipped[fmt].add("--no-ocr")
            continue
        started = time.perf_counter()
        try:
            text = extract_text(upload, detected.kind)
            error = ""
        except ToolMissing as exc:
            skipped[fmt].add(str(exc))
            continue
        except ExtractionError as exc:
            text, error = "", str(exc)
        seconds = time.perf_counter() - started
        found = fields_from_text(text)
        expected = truth[stem]
        results = {
            field: same(field, found.get(field), expected[field])
            for field in (*MAIN_FIELDS, *OTHER_FIELDS)
            if field in expected
        }
        rows.append(
            {
                "file": path.name,
                "format": fmt,
                "corpus": corpus[stem],
                "seconds": seconds,
                "words": len(text.split()),
                "error": error,
                "results": results,
                "got": {f: found.get(f) for f in results},
                "want": {f: expected[f] for f in results},
            }
        )
    return {"rows": rows, "skipped": {k: sorted(v) for k, v in skipped.items()}}


def summarise(rows: list[dict], formats: tuple[str, ...]) -> tuple[list[list], dict]:
    table = []
    totals = defaultdict(lambda: [0, 0])
    for fmt in formats:
        subset = [r for r in rows if r["format"] == fmt]
        if not subset:
            continue
        line = [fmt, len(subset)]
        for field in (*MAIN_FIELDS, "city", "profile_url"):
            scored = [r["results"][field] for r in subset if field in r["results"]]
            if field == "city":  # city and state read together
                scored = [
                    r["results"]["city"] and r["results"]["state"]
                    for r in subset
                    if "city" in r["results"]
                ]
            right = sum(scored)
            line.append(f"{right}/{len(scored)}" if scored else "-")
            if field in MAIN_FIELDS:
                totals[field][0] += right
                totals[field][1] += len(scored)
        line.append(f"{sum(r['seconds'] for r in subset) / len(subset):.2f}")
        table.append(line)
    return table, totals


def percent(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} %" if total else "-"


def report(result: dict, *, misses: bool, markdown: bool) -> int:
    rows = [r for r in result["rows"] if r["format"] != "rejected"]
    rejected = [r for r in result["rows"] if r["format"] == "rejected"]
    header = ["format", "files", "name", "email", "phone", "city+state", "link", "s/file"]
    status = 0
    for title, formats in (("Text formats", TEXT_FORMATS), ("Scans and photos (OCR)", OCR_FORMATS)):
        table, totals = summarise(rows, formats)
        if not table:
            continue
        right = sum(t[0] for t in totals.values())
        total = sum(t[1] for t in totals.values())
        by_field = ", ".join(f"{f} {percent(*totals[f])}" for f in MAIN_FIELDS)
        print(f"\n{title}: name+email+phone {right}/{total} = {percent(right, total)} ({by_field})")
        if markdown:
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
            for line in table:
                print("| " + " | ".join(str(c) for c in line) + " |")
        else:
            print("  ".join(f"{h:>10}" for h in header))
            for line in table:
                print("  ".join(f"{c!s:>10}" for c in line))
        for corpus in ("shared", "varied", "held-out"):
            subset = [r for r in rows if r["format"] in formats and r["corpus"] == corpus]
            if not subset:
                continue
            got = sum(r["results"][f] for r in subset for f in MAIN_FIELDS)
            print(f"  {corpus} resumes: {got}/{len(subset) * 3} = {percent(got, len(subset) * 3)}")
        if formats == TEXT_FORMATS and total and right / total < TARGET:
            status = 1
    for fmt, reasons in result["skipped"].items():
        print(f"\nskipped {fmt}: {'; '.join(reasons)}")
    for row in rejected:
        print(f"\nREJECTED at upload: {row['file']} ({row['error']})")
        status = 1
    if misses:
        print("\nMisses:")
        for row in rows:
            for field, ok in row["results"].items():
                if not ok:
                    got, want = row["got"][field], row["want"][field]
                    print(f"  {row['file']}: {field} {got!r}, expected {want!r}")
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every field read wrong")
    parser.add_argument("--markdown", action="store_true", help="tables as Markdown")
    parser.add_argument("--no-ocr", action="store_true", help="skip scans and photos (slow)")
    parser.add_argument("--json", action="store_true", help="print every row as JSON at the end")
    args = parser.parse_args()
    print(
        "Reading programs: "
        + ", ".join(
            f"{n} {'yes' if tools.available(n) else 'MISSING'}" for n in tools.DEFAULT_PROGRAMS
        )
    )
    started = time.perf_counter()
    result = run(ocr=not args.no_ocr)
    status = report(result, misses=args.misses, markdown=args.markdown)
    print(f"\n{len(result['rows'])} files in {time.perf_counter() - started:.1f} s")
    if args.json:
        print(json.dumps(result["rows"]))
    return status


if __name__ == "__main__":
    sys.exit(main())
