# The README's two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_HOME := $(CURDIR)/.prefect

.PHONY: run test install bench clean

$(BIN)/eventline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv
	$(BIN)/uv pip install -q -p $(BIN)/python -e '.[dev]'
	touch $@

install: $(BIN)/eventline

run: install
	$(BIN)/eventline run seeds --db data/eventline.duckdb

test: install
	$(BIN)/python -m pytest -n 2 tests

bench: install
	$(BIN)/python benchmarks/bench_temporal.py

clean:
	rm -rf $(VENV) .prefect data
