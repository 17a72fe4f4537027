# Amtec careers site. `make run` serves the site with demo content; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The first interpreter that is Python >= 3.12 (pyenv's .python-version makes `python3` 3.12 here).
PYTHON ?= $(shell for p in python3 python3.13 python3.12; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; \
	then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
# uv installs the exact versions in uv.lock. It lives in its own small venv, bootstrapped from PyPI with
# pip, so that syncing .venv (which removes whatever uv.lock does not list) never removes uv itself.
UV_VERSION := 0.13.9
UV_VENV := .venv-uv
UV := $(UV_VENV)/bin/uv
# The interpreter uv builds .venv with: the one $(PYTHON) names, never one uv would download.
# (Asked once, and only by a recipe that needs it.)
PYTHON_EXE = $(eval PYTHON_EXE := $(if $(PYTHON),$(shell $(PYTHON) -c 'import sys; print(sys.executable)' 2>/dev/null)))$(PYTHON_EXE)
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: help run test lint format clean css bench serve worker release lock

help:
	@echo "make run    - install, migrate, load demo content and serve http://127.0.0.1:$(PORT)"
	@echo "make test   - run the whole test suite"
	@echo "make serve  - the production web server: collectstatic, then gunicorn (gunicorn.conf.py)"
	@echo "make worker - the background task worker (emails, resume text)"
	@echo "make release - once per deploy: check --deploy, then migrate"
	@echo "make lint   - ruff check, ruff format --check, import rules (lint-imports), makemigrations --check"
	@echo "make format - apply ruff's fixes and formatting"
	@echo "make lock   - update uv.lock after editing pyproject.toml's dependencies (LOCK_ARGS=--upgrade-package NAME)"
	@echo "make bench  - performance benchmark on PostgreSQL (BENCH_ARGS=--quick: ~2 minutes)"
	@echo "make bench-resumes - how many names, emails and phones the resume prefill reads right"
	@echo "make audit  - axe-core, HTML validator, Lighthouse, feeds and structured data on every page type"
	@echo "make css    - rebuild the trimmed Bootstrap after adding classes"

define need_python
	@if [ -z "$(PYTHON)" ]; then \
		echo "No Python >= 3.12 found (tried python3, python3.13, python3.12). Install Python 3.12 or newer."; \
		exit 1; fi
	@if [ -z "$(PYTHON_EXE)" ]; then echo "$(PYTHON) does not run: set PYTHON to a Python >= 3.12."; exit 1; fi
endef

# uv itself, pinned: the same resolver and lock format on every machine.
$(UV_VENV)/.uv-$(UV_VERSION):
	$(need_python)
	rm -rf $(UV_VENV)
	$(PYTHON) -m venv $(UV_VENV)
	$(UV_VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	@touch $@

# .venv holding exactly what uv.lock lists, with extras $(1) and the project itself installed editable.
# A uv.lock that no longer matches pyproject.toml stops the install: nothing is resolved anew here.
# --compile-bytecode, as pip does: without .pyc files every process compiles what it imports, and
# where PYTHONDONTWRITEBYTECODE is set (as on these machines) every time: a manage.py command
# started in 2.5 s instead of 1 s.
# The venv holds one set of extras at a time, so each install drops the others' stamps: after
# `make serve` (no dev extras) the next `make test` syncs the dev extras back.
define install
	$(need_python)
	@out=$$($(UV) lock --check --python "$(PYTHON_EXE)" 2>&1) || { \
		if grep -q 'needs to be updated' <<<"$$out"; then \
			echo "uv.lock is out of date with pyproject.toml: run 'make lock', then commit uv.lock."; \
		else echo "$$out"; fi; \
		exit 1; }
	@rm -f $(BIN)/.installed $(BIN)/.installed-app $(BIN)/.installed-audit
	$(UV) sync --locked --compile-bytecode --python "$(PYTHON_EXE)" $(1)
	@touch $@
endef

$(BIN)/.installed: pyproject.toml uv.lock | $(UV_VENV)/.uv-$(UV_VERSION)
	$(call install,--extra dev)

# Resolve pyproject.toml's ranges into uv.lock, keeping every locked version that still fits.
# make lock LOCK_ARGS="--upgrade-package django"   (README, "Dependencies")
lock: | $(UV_VENV)/.uv-$(UV_VERSION)
	$(need_python)
	$(UV) lock --python "$(PYTHON_EXE)" $(LOCK_ARGS)

run: export DEBUG ?= true
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: $(BIN)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) seed_demo --credentials-file $(BIN)/.demo-sign-in
	@echo "Starting the web server, a background worker for emails and resume text, and job alert"
	@echo "digests every minute (production runs send_job_alerts hourly)..."
	@$(MANAGE) worker & worker=$$!; \
	$(MANAGE) send_job_alerts --every 60 & alerts=$$!; \
	$(MANAGE) purge_held_resumes --every 600 & held=$$!; \
	$(MANAGE) welcome --url "http://127.0.0.1:$(PORT)" --credentials-file $(BIN)/.demo-sign-in & \
	welcome=$$!; \
	trap 'kill $$worker $$alerts $$held $$welcome 2>/dev/null' EXIT; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production processes (README, "Deploying"). Settings come from the environment or .env.
# They install the app without the development tools.
$(BIN)/.installed-app: pyproject.toml uv.lock | $(UV_VENV)/.uv-$(UV_VERSION)
	$(call install,)

# Once per deploy, from one machine: refuse an unsafe configuration, then migrate.
release: $(BIN)/.installed-app
	$(MANAGE) check --deploy --fail-level WARNING
	$(MANAGE) migrate --noinput

# On every app server: its own copy of the static files (hashed names), then gunicorn.
serve: $(BIN)/.installed-app
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(BIN)/gunicorn -c gunicorn.conf.py

worker: $(BIN)/.installed-app
	$(MANAGE) worker

test: $(BIN)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=amtec.settings_test $(MANAGE) makemigrations --check --dry-run

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) $(UV_VENV) staticfiles .pytest_cache .ruff_cache

# The performance benchmark (bench/README.md); never part of `make test`.
# make bench BENCH_ARGS=--quick   (about 2 minutes; the default run seeds 100,000 jobs)
BENCH_DATABASE_SERVER ?= postgres://postgres@127.0.0.1:5432
.PHONY: bench
bench: export BENCH_DATABASE_SERVER := $(BENCH_DATABASE_SERVER)
bench: $(BIN)/.installed
	@command -v wrk >/dev/null 2>&1 || { \
		echo "Installing wrk (Debian package)..."; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -qq wrk >/dev/null 2>&1 \
			|| { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
	@command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { \
		echo "Installing nginx (Debian package, for the front-cache run)..."; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -qq nginx >/dev/null 2>&1 \
			|| { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }; }
	@pg_up() { $(BIN)/python -c "import psycopg, sys; psycopg.connect(sys.argv[1] + '/postgres', connect_timeout=3).close()" \
		"$(BENCH_DATABASE_SERVER)" >/dev/null 2>&1; }; \
	if ! pg_up && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then \
		echo "Starting PostgreSQL..."; \
		pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true; \
		for _ in $$(seq 1 30); do pg_up && break; sleep 1; done; \
	fi; \
	pg_up || { echo "PostgreSQL is not reachable at $(BENCH_DATABASE_SERVER) (set BENCH_DATABASE_SERVER)."; exit 1; }
	$(BIN)/python bench/run.py --results bench/RESULTS.md $(BENCH_ARGS)
	$(BIN)/python bench/resume_accuracy.py

# Resume reading accuracy (bench/resume_accuracy.py): extraction and prefill over every fixture
# resume in every format, no database. Without antiword or Tesseract those formats are skipped.
# make bench-resumes RESUME_BENCH_ARGS=--misses
.PHONY: bench-resumes
bench-resumes: $(BIN)/.installed
	$(BIN)/python bench/resume_accuracy.py $(RESUME_BENCH_ARGS)

# Bootstrap trimmed to the rules this site uses: the stock 5.3 CSS run through PurgeCSS against every
# template, script and Python file that names classes (crispy-forms' templates included).
# Re-run after adding Bootstrap classes: make css
CSS_BUILD := /tmp/amtec-css-build
BOOTSTRAP_VERSION := 5.3.9
css: $(BIN)/.installed
	mkdir -p $(CSS_BUILD)/out && cd $(CSS_BUILD) && { [ -f package.json ] || npm init -y >/dev/null; }
	cd $(CSS_BUILD) && npm install --silent --no-audit --no-fund purgecss@6 bootstrap@$(BOOTSTRAP_VERSION)
	$(CSS_BUILD)/node_modules/.bin/purgecss \
		--css $(CSS_BUILD)/node_modules/bootstrap/dist/css/bootstrap.min.css \
		--content 'templates/**/*.html' 'static/js/*.js' '{amtec,core,blog,jobs,candidates,alerts}/**/*.py' \
			"$$($(BIN)/python -c 'import crispy_bootstrap5, os; print(os.path.dirname(crispy_bootstrap5.__file__))')/templates/**/*.html" \
		--output $(CSS_BUILD)/out
	sed 's#/\*\# sourceMappingURL=bootstrap.min.css.map \*/##' $(CSS_BUILD)/out/bootstrap.min.css \
		> $(CSS_BUILD)/trimmed.css && mv $(CSS_BUILD)/trimmed.css static/vendor/bootstrap/bootstrap.min.css
	@echo "static/vendor/bootstrap/bootstrap.min.css: $$(wc -c < static/vendor/bootstrap/bootstrap.min.css) bytes"

# Accessibility, HTML, Lighthouse, feed, sitemap and structured-data audit of a production-like
# server with demo data (audit/README.md). Installs its tools on first run (~/.cache/amtec-audit).
# make audit AUDIT_ARGS=--lighthouse=all   (or =none; the default covers the main page types)
$(BIN)/.installed-audit: pyproject.toml uv.lock | $(UV_VENV)/.uv-$(UV_VERSION)
	$(call install,--extra dev --extra audit)

.PHONY: audit
audit: $(BIN)/.installed-audit
	$(BIN)/python audit/run.py $(AUDIT_ARGS)
