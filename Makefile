# The Innovation Portal's everyday commands. `make run` and `make test` need nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` is a development server; a real deployment sets its own environment (see README.md).
DEV_ENV := DJANGO_DEBUG=$${DJANGO_DEBUG:-true}

.PHONY: run test test-e2e test-fast lint format bench install migrate demo messages clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

migrate: $(STAMP)
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput

demo: migrate
	$(DEV_ENV) $(BIN)/python manage.py seed_demo

run: demo
	@echo "Portal: http://$(HOST):$(PORT)/   (stop with Ctrl+C)"
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The browser tests only (Debian's Chromium); they fail, not skip, when Chromium is missing. Screenshots of
# every step go to e2e-artifacts/.
test-e2e: $(STAMP)
	PORTAL_REQUIRE_BROWSER=1 $(BIN)/python -m pytest tests/e2e -m browser $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Regenerate the Indonesian catalogue after changing UI strings; translate, then compile.
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --locale id --no-obsolete --ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'tests/*'
	$(BIN)/python manage.py compilemessages --locale id --ignore '.venv/*'

bench: $(STAMP)
	$(BIN)/python benchmarks/ranking.py
	$(BIN)/python benchmarks/certificates.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
