# One place for the commands a developer runs. `make check` (lint, types, tests) is what CI runs.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install test lint typecheck check serve bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy

check: lint typecheck test

serve: install
	$(VENV)/bin/qimma serve

bench: install
	$(PY) bench/retrieval.py
	$(PY) bench/answers.py --lang both
	$(PY) bench/load.py

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache artifacts
