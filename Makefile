# The README's two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_HOME := $(CURDIR)/.prefect

.PHONY: run test install bench clean sql

$(BIN)/eventline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv
	$(BIN)/uv pip install -q -p $(BIN)/python -e '.[dev]'
	touch $@

install: $(BIN)/eventline

run: install
	$(BIN)/eventline run seeds --db data/eventline.duckdb

# The DuckDB shell on the database `make run` wrote (duckdb-cli, same release as the duckdb module).
sql: install
	$(BIN)/duckdb -readonly data/eventline.duckdb

# pytest's exit code 5 (no tests collected) is a failure, not a success.
test: install
	$(BIN)/python -m pytest -n 2 --dist loadfile tests; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$status

bench: install
	$(BIN)/python benchmarks/bench_temporal.py

clean:
	rm -rf $(VENV) .prefect data
