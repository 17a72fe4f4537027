"""`make bench` writes its table into bench/RESULTS.md (bench/run.py --results): as the first
section, above the earlier runs and their notes, which stay as they were."""

from bench import run


def test_the_table_goes_first_and_the_earlier_sections_stay(tmp_path):
    results = tmp_path / "RESULTS.md"
    earlier = "## An earlier run\n\nIts notes.\n"
    results.write_text(f"# Benchmark results\n\n{earlier}")
    report = {"date": "2026-12-04T03:00:00+00:00", "duration_s": 61, "settings": {"quick": True}}
    run.write_results(results, report, "front-cache ratio: 0.84\n")
    text = results.read_text()
    assert text.startswith("# Benchmark results\n\n## `make bench` (--quick), 2026-12-04T03:00")
    assert "```\nfront-cache ratio: 0.84\n```\n\n## An earlier run\n\nIts notes.\n" in text
    assert text.endswith(earlier)


def test_a_missing_file_is_created(tmp_path):
    results = tmp_path / "RESULTS.md"
    report = {"date": "2026-12-04T03:00:00+00:00", "duration_s": 300, "settings": {}}
    run.write_results(results, report, "table\n")
    assert results.read_text().startswith("# Benchmark results\n\n## `make bench` (full), ")


def test_the_heading_names_a_partial_run(tmp_path):
    results = tmp_path / "RESULTS.md"
    report = {"date": "2026-12-04T03:00:00+00:00", "duration_s": 9,
              "settings": {"quick": True, "front_cache_only": True}}  # fmt: skip
    run.write_results(results, report, "table\n")
    assert "## `make bench` (--quick --front-cache-only), 2026-12-04T03:00" in results.read_text()
