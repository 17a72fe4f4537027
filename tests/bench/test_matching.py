"""bench/matching.py at a tiny scale, so the matching benchmark cannot rot between runs.

It never asserts speed: that is the benchmark's job, on a quiet machine at 100,000 jobs.
"""

import json

import pytest
from django.db import connection

from bench import matching, seed

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the benchmark runs on PostgreSQL only"
    ),
    pytest.mark.django_db,
]


def test_a_short_run_gives_a_complete_report():
    ctx = seed.seed_base()
    seed.grow_jobs(300, ctx)
    seed.grow_applications(30, ctx)
    seed.analyze(vacuum=False)
    result = matching.measure_matching(repeat=1, verbose=False)
    assert result["jobs"] == 300 and result["resumes"] == len(matching.labelled_resumes()) >= 12
    assert result["runs"] == result["resumes"]
    assert result["p50_ms"] <= result["p95_ms"] <= result["max_ms"]
    assert result["candidates_for_job_p95_ms"] is not None
    assert 0 <= result["top3_category_hits"] <= result["resumes"]
    assert json.loads(json.dumps(result)) == result
