import json
import sys
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from candidates.held import is_held_name
from candidates.models import Resume
from candidates.storage import resume_storage


class Command(BaseCommand):
    help = (
        "Check that every resume row has its file in the resume store and every stored file a "
        "row. Exits 1 when they differ (after any repair), 0 when they agree: for cron and "
        "monitoring. With --repair, deletes stored files with no row that are older than the "
        "grace period. "
        "Rows whose file is missing are reported, never deleted: staff decide (ask the "
        "candidate for the resume again, or delete that resume in the admin)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--repair",
            action="store_true",
            help="Delete stored files with no row that are older than the grace period.",
        )
        parser.add_argument(
            "--grace-minutes",
            type=int,
            default=60,
            metavar="N",
            help="A file with no row that is younger than this may be an upload in progress "
            "(its row is written after the file): it is left alone and not counted as a "
            "difference (default: %(default)s).",
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print the report as JSON."
        )

    def handle(self, *args, repair, grace_minutes, as_json, **options):
        report = check(repair=repair, grace=timedelta(minutes=grace_minutes))
        if as_json:
            self.stdout.write(json.dumps(report, indent=2))
        else:
            self.write_text(report, grace_minutes)
        if not report["consistent"]:
            sys.exit(1)

    def write_text(self, report: dict, grace_minutes: int) -> None:
        out = self.stdout.write
        out(
            f"Resume store: {report['stored_files']} file(s); database: "
            f"{report['resume_rows']} resume row(s)."
        )
        missing = report["missing_files"]
        if missing:
            out(f"Resume rows whose file is missing from the store: {len(missing)}")
            for row in missing:
                out(f"  resume {row['resume']} (candidate {row['candidate']}): {row['file']}")
            out(
                "  Not repaired: staff should ask these candidates for their resume again, or "
                "delete these resumes in the admin."
            )
        orphans = report["orphan_files"]
        if orphans:
            out(f"Stored files with no resume row: {len(orphans)}")
            for orphan in orphans:
                done = "deleted" if orphan["deleted"] else "kept"
                out(f"  {orphan['file']} (modified {orphan['modified']}): {done}")
            if not any(orphan["deleted"] for orphan in orphans):
                out("  Run with --repair to delete them.")
        recent = report["recent_files"]
        if recent:
            out(
                f"Files younger than {grace_minutes} min with no row yet (uploads in progress?), "
                f"left alone: {len(recent)}"
            )
            for name in recent:
                out(f"  {name}")
        out("Consistent." if report["consistent"] else "Differences found.")


def check(*, repair: bool, grace: timedelta) -> dict:
    """Compare the resume store with the Resume rows, using only the Storage API (a folder
    here, an object store in production). Names are random (resume_upload_to): safe to report.
    """
    # Files first, rows second: a submission landing in between then has its row and its file,
    # or a file only (an upload in progress, which the grace period covers).
    # Files held by the resume-first form are no one's resume yet (purge_held_resumes's).
    files = {name for name in _stored_files() if not is_held_name(name)}
    rows = list(Resume.objects.order_by("pk").values_list("pk", "candidate_id", "file"))
    names = {name for _, _, name in rows}
    missing = [
        {"resume": pk, "candidate": candidate, "file": name}
        for pk, candidate, name in rows
        # Not listed may mean written since the listing: ask the store again.
        if not name or (name not in files and not resume_storage.exists(name))
    ]
    cutoff = timezone.now() - grace
    orphans, recent = [], []
    for name in sorted(files - names):
        try:
            modified = resume_storage.get_modified_time(name)
        except Exception:
            if resume_storage.exists(name):
                raise
            continue  # deleted since the listing (a candidate purged meanwhile)
        if modified > cutoff:
            recent.append(name)
            continue
        deleted = False
        if repair and not Resume.objects.filter(file=name).exists():
            resume_storage.delete(name)
            deleted = True
        orphans.append(
            {"file": name, "modified": modified.isoformat(timespec="seconds"), "deleted": deleted}
        )
    return {
        "resume_rows": len(rows),
        "stored_files": len(files),
        "missing_files": missing,
        "orphan_files": orphans,
        "recent_files": recent,
        "consistent": not missing and all(orphan["deleted"] for orphan in orphans),
    }


def _stored_files(path: str = ""):
    try:
        folders, files = resume_storage.listdir(path)
    except FileNotFoundError:  # nothing stored yet: the store's folder does not exist
        return
    prefix = f"{path}/" if path else ""
    for name in files:
        yield prefix + name
    for folder in folders:
        yield from _stored_files(prefix + folder)
