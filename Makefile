# The Innovation Portal's everyday commands. `make run` and `make test` need nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` is a development server; a real deployment sets its own environment (see README.md).
DEV_ENV := DJANGO_DEBUG=$${DJANGO_DEBUG:-true}

.PHONY: run test test-e2e test-fast lint format bench bench-parts install migrate demo messages clean backup restore loadtest

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

# 50 users for 2 minutes against gunicorn on PostgreSQL (LOADTEST_DATABASE_URL, recreated; LOADTEST_SECONDS).
loadtest: $(STAMP)
	$(BIN)/python benchmarks/loadtest.py

# The parts on their own, on a throw-away SQLite database: ranking, every piagam as one ZIP, uploads.
bench-parts: $(STAMP)
	$(BIN)/python benchmarks/ranking.py
	$(BIN)/python benchmarks/certificates.py
	$(BIN)/python benchmarks/uploads.py

# The database named by DATABASE_URL and MEDIA_ROOT, into backups/<time>/ or BACKUP=folder.
backup: $(STAMP)
	$(BIN)/python manage.py backup $(BACKUP)

# Into an empty database and uploads folder; REPLACE=yes to replace data already there.
restore: $(STAMP)
	@test -n "$(BACKUP)" || { echo "Name the backup folder: make restore BACKUP=backups/<time>"; exit 2; }
	$(BIN)/python manage.py restore "$(BACKUP)" $(if $(filter yes,$(REPLACE)),--replace-existing)

# Every key page at national scale on the local PostgreSQL, behind gunicorn, driven by wrk (README,
# "Benchmarks"). wrk comes from Debian; Redis is the shared cache of the three workers, as in production.
bench: $(STAMP)
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
	$(BIN)/python benchmarks/national_scale.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
