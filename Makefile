# Two commands a new user needs: `make run` and `make test`.
# Both create .venv when missing and install the pinned set from requirements.lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV     := $(BIN)/uv
STAMP  := $(VENV)/.installed
INGEST ?= samples/ingest
DB     ?= data/cruftless.duckdb

.PHONY: run test setup lock bench samples clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(UV) pip sync --quiet --compile-bytecode --python $(BIN)/python requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cruftless run --ingest $(INGEST) --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest

# Figures, not assertions: quality against the gold folders and speed.
bench: $(STAMP)
	$(BIN)/python bench/extraction_quality.py
	$(BIN)/python bench/dump_quality.py
	$(BIN)/python bench/dates_quality.py
	$(BIN)/python bench/gold_quality.py
	$(BIN)/python bench/engine_speed.py
	$(BIN)/python bench/pdf_quality.py

samples: $(STAMP)
	$(BIN)/python samples/make_samples.py

# Re-resolve the pinned set (needs the package index).
lock: $(STAMP)
	$(UV) pip compile pyproject.toml --extra dev --python-version 3.11.7 --no-annotate --no-header -o requirements.lock

clean:
	rm -rf $(VENV) data .pytest_cache
