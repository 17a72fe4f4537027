"""The front-cache run's own parts (bench/frontcache.py): the search mix and the report lines.
The run itself needs nginx, gunicorn and PostgreSQL: `make bench`."""

from urllib.parse import parse_qs, urlsplit

from bench import frontcache, run
from core.cache import is_tracking_param


def test_the_mix_is_1000_distinct_urls_over_250_searches_with_tracking_parameters():
    urls = frontcache.mix_urls(run.SEARCH_TERMS)
    assert len(urls) == len(set(urls)) == 1000
    searches = set()
    tracked = 0
    for url in urls:
        params = parse_qs(urlsplit(url).query)
        kept = tuple(sorted((k, tuple(v)) for k, v in params.items() if not is_tracking_param(k)))
        searches.add(kept)
        tracked += any(is_tracking_param(k) for k in params)
    assert len(searches) == frontcache.SEARCHES
    assert tracked == 750
    assert frontcache.mix_urls(run.SEARCH_TERMS) == urls  # the same mix every run


def test_the_sequence_is_zipf_distributed():
    urls = frontcache.mix_urls(run.SEARCH_TERMS)
    sequence = frontcache.zipf_sequence(urls, 10_000)
    counts = sorted((sequence.count(u) for u in set(sequence)), reverse=True)
    assert counts[0] > 10 * counts[len(counts) // 2]  # a head of popular searches, a long tail


def test_the_report_has_exactly_one_ratio_line():
    result = {
        "static_rps": 20000.0,
        "static_rps_runs": [19000.0, 21000.0],
        "static_us_per_request": 14.0,
        "plain_rps": 25000.0,
        "plain_rps_runs": [24000.0, 26000.0],
        "plain_us_per_request": 11.0,
        "ratio": 0.85,
        "ratio_no_sendfile": 0.68,
        "ratio_no_sendfile_runs": [0.68, 0.7, 0.66],
        "ratio_runs": [0.85, 0.86, 0.84],
        "load": {
            f"{name}_{kind}": {"rps": rps, "server_us_per_request": 16.0}
            for name in ("job", "jobs", "article")
            for kind, rps in (("front", 17000.0), ("app", 400.0))
        },
        "mix": {"requests": 10, "distinct_urls": 5, "hit_ratio": 0.9, "cache_status": {}},
        "fill_to_410": {"median_ms": 300, "ms": [300], "failures": 0},
    }
    lines = frontcache.format_lines(result)
    assert [line for line in lines if "ratio: " in line and "hit" not in line] == [
        "front-cache ratio: 0.85"
    ]
    # The second ceiling is reported beside it, in words no parser takes for the ratio.
    assert (
        "  the job page against the static file without sendfile: 0.68 (rounds: [0.68, 0.7, 0.66])"
        in lines
    )
