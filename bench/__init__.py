"""Benchmarks: `make bench` (bench/run.py). Never part of `make test`."""
