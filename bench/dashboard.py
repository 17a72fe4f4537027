"""How fast is the staff dashboard (the admin's front page)? PostgreSQL, or SQLite with --sqlite.

    .venv/bin/python bench/dashboard.py --jobs 5000 --applications 50000

Creates its own database (dropped at the end unless --keep), seeds jobs and applications
(bench/seed.py) and a status history for every application past "new", then times, after a
warm-up: the whole page through Django's test client (a signed-in superuser), the figures alone
(`build_dashboard`), and the page's SQL (the time spent in queries, and how many). The rest of
a page's time is Python: the figures' folding and the template.
"""

import argparse
import json
import os
import random
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    SERVER,
    drop_database,
    percentile,
    recreate_database,
    timed_ms,
)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=5_000)
    parser.add_argument("--applications", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database", default="amtec_bench_dashboard")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="use a kept database as it is")
    return parser.parse_args(argv)


def seed_events(seed: int = 2026) -> int:
    """One event per application past "new" (its first move), as moves through the admin leave."""
    from candidates.models import Application, ApplicationEvent

    rng = random.Random(seed)  # noqa: S311 - repeatable benchmark data
    rows = Application.objects.exclude(status="new").values_list("pk", "status", "created_at")
    events = [
        ApplicationEvent(
            application_id=pk,
            from_status="new",
            to_status=status,
            at=created + timedelta(days=rng.uniform(0.1, 10)),
        )
        for pk, status, created in rows.iterator()
    ]
    ApplicationEvent.objects.bulk_create(events, batch_size=2000)
    return len(events)


def measure_dashboard(*, repeat: int = 7, verbose: bool = True) -> dict:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from candidates.dashboard import build_dashboard

    say = print if verbose else (lambda *a, **k: None)
    user, _ = get_user_model().objects.get_or_create(
        username="bench-dashboard", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    assert client.get("/admin/").status_code == 200  # warm-up

    page_ms, figures_ms, sql_ms, queries = [], [], [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            response, took = timed_ms(lambda: client.get("/admin/"))
        assert response.status_code == 200
        page_ms.append(took)
        sql_ms.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
        queries = len(captured.captured_queries)
        figures_ms.append(timed_ms(build_dashboard)[1])
    result = {
        "database": connection.vendor,
        "page_p50_ms": round(percentile(page_ms, 0.5), 1),
        "figures_p50_ms": round(percentile(figures_ms, 0.5), 1),
        "page_sql_p50_ms": round(percentile(sql_ms, 0.5), 1),
        "page_queries": queries,
        "page_bytes": len(response.content),
    }
    say(
        f"admin front page: p50 {result['page_p50_ms']} ms ({queries} queries, "
        f"{result['page_sql_p50_ms']} ms in SQL, {result['page_bytes']:,} bytes); "
        f"build_dashboard alone: p50 {result['figures_p50_ms']} ms"
    )
    return result


def main(argv=None) -> int:
    args = parse_args(argv)
    os.environ["DATABASE_URL"] = f"{SERVER}/{args.database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    # The page is measured, not the sign-in: the session counts as a verified one.
    os.environ["STAFF_MFA_REQUIRED"] = "false"
    if not args.reuse:
        recreate_database(args.database)
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.test.utils import override_settings, setup_test_environment

        from bench import seed
        from candidates.models import Application

        call_command("migrate", verbosity=0)
        if not args.reuse:
            ctx = seed.seed_base()
            seed.grow_jobs(args.jobs, ctx)
            seed.grow_applications(args.applications, ctx)
            events = seed_events()
            print(f"Seeded {args.jobs:,} jobs, {Application.objects.count():,} applications, "
                  f"{events:,} status changes")  # fmt: skip
            seed.analyze()
        setup_test_environment()
        plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        from django.conf import settings

        with override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}):
            result = measure_dashboard(repeat=args.repeat)
    finally:
        if not args.keep:
            drop_database(args.database)
    print(json.dumps({"bench": "dashboard", "jobs": args.jobs, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
