# Hotline Watch — the two commands: `make demo`, then `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
PORT ?= 8080

# `make live` and `make run` keep their own Airflow home and DuckDB apart from the demo's: what the
# caller's environment says (or `.env`, read by `hotline`), else .airflow-live and data/live.duckdb.
LIVE_AIRFLOW_HOME := $(or $(AIRFLOW_HOME),$(CURDIR)/.airflow-live)
LIVE_DB := $(HOTLINE_DB)

# Embedded defaults (override from the environment): Airflow home with SQLite metadata under
# .airflow/, the project's DAGs and plugins, no examples, DuckDB at data/hotline.duckdb.
export AIRFLOW_HOME ?= $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER ?= $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER ?= $(CURDIR)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES ?= False
export HOTLINE_DB ?= $(CURDIR)/data/hotline.duckdb
export PATH := $(BIN):$(PATH)

.PHONY: help install install-dev setup demo test check lint up live run bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version' 
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $@

# The tests, linters and benchmarks on top (same pins as the runtime lock, plus the dev tools).
$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements-dev.lock
	@touch $@

install: $(STAMP)  ## set up .venv from the committed runtime lock (requirements.lock)

install-dev: $(DEV_STAMP)  ## add the test and lint tools (requirements-dev.lock)

setup: install  ## write .airflow/airflow.cfg, migrate, apply airflow_settings.yaml (then export AIRFLOW_HOME=.airflow, absolute)
	$(BIN)/hotline setup

demo: install  ## run every demo month through Airflow, then print the series and the alerts
	$(BIN)/hotline demo

# pytest-xdist workers for `make test` (override: make test WORKERS=2). Three on 2 cores: much of
# the slow tests' time is spent waiting on Airflow processes, not computing. tests/conftest.py keeps
# the live-Airflow tests on one worker (--dist loadgroup).
WORKERS ?= 3
# The fast layer: everything not marked as a slow one (pyproject's markers: Airflow runs, the live
# Airflow and its browser, and the tests slow by design). `make test` runs them all.
FAST := not e2e and not scheduler and not browser and not slow
# Workers for `make check`: more than the 2 cores, since its tests wait on loopback servers and
# DuckDB files as much as they compute.
CHECK_WORKERS ?= 3

test: install-dev  ## run the whole test suite on 3 pytest-xdist workers (installs Debian's chromium and postgresql for their tests if missing)
	bash scripts/install-browser.sh
	bash scripts/install-postgres.sh
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure here" >&2; exit 1; fi; \
	exit $$status

check: install-dev  ## the inner loop: the fast layer only (no e2e, scheduler, browser or slow tests), in parallel, under 2 minutes
	$(BIN)/python -m pytest -n $(CHECK_WORKERS) --dist loadgroup -q -m "$(FAST)"; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure here" >&2; exit 1; fi; \
	exit $$status

lint: install-dev  ## ruff
	$(BIN)/ruff check .

up: install  ## start Airflow at http://localhost:8080 (make up PORT=8081: another port) with the demo data; Ctrl-C stops it
	exec $(BIN)/hotline up --port $(PORT)

live: install  ## Airflow on the real sources (data/live.duckdb, .airflow-live; backfill from launch on first start); make live PORT=P
	AIRFLOW_HOME=$(LIVE_AIRFLOW_HOME) HOTLINE_DB=$(LIVE_DB) \
	exec $(BIN)/hotline up --live --port $(PORT)

run: install  ## the monthly pipeline for last month against the live public sources, into data/live.duckdb (needs internet)
	export AIRFLOW_HOME=$(LIVE_AIRFLOW_HOME) HOTLINE_DB=$(or $(LIVE_DB),$(CURDIR)/data/live.duckdb); \
	month=$$($(BIN)/python -c 'from datetime import date; d = date.today().replace(day=1); print(f"{d.year - (d.month == 1)}-{(d.month - 2) % 12 + 1:02d}")'); \
	$(BIN)/hotline run-months $$month $$month && $(BIN)/hotline series && $(BIN)/hotline alerts

bench: install-dev  ## measure the performance targets (results in bench/results/)
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:  ## remove the Airflow home and the DuckDB file (not the venv)
	rm -rf .airflow data/hotline.duckdb data/hotline.duckdb.wal
