# The documented entry points: run, test, lint, bench.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Headless Chromium renders /docs in the browser tests; Debian's package, installed if missing.
CHROMIUM ?= /usr/bin/chromium

.PHONY: install run test test-sqlite lint format bench bench-redos eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/sixk db upgrade
	$(BIN)/sixk load data/filings
	$(BIN)/sixk serve --host $(HOST) --port $(PORT)

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

test: lint $(CHROMIUM)
	$(BIN)/pytest

test-sqlite: $(STAMP)
	$(BIN)/pytest -m "not postgres and not browser"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extraction quality: precision and recall per area against tests/fixtures/eval.
eval: $(STAMP)
	$(BIN)/python -m app.evaluation

# Speed side by side (see bench/run.py); BENCH_ARGS="--count 100000" for the scale run.
# The PostgreSQL column uses BENCH_POSTGRES_URL's server; set it empty to skip it.
BENCH_POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
bench: $(STAMP)
	$(BIN)/python bench/run.py $(if $(BENCH_POSTGRES_URL),--postgres $(BENCH_POSTGRES_URL)) $(BENCH_ARGS)

# Every parser regex against 1 MB of near-miss text (catastrophic backtracking check).
bench-redos: $(STAMP)
	$(BIN)/python bench/redos.py

clean:
	rm -rf $(VENV) data/sixk.sqlite3* .pytest_cache .mypy_cache .ruff_cache
