"""Load test: 50 people at once on a production-like server (README, "Load test"). Run with `make loadtest`.

It builds its own PostgreSQL database (LOADTEST_DATABASE_URL, dropped and created again: never point it at a
real one), migrates it and loads the demo city, gives the load its own accounts (operators each with a draft
of their own unit, judges each with their own score sheets, so no two people save the same thing), collects
the static files and starts gunicorn with the production settings (DEBUG off) on 127.0.0.1. Then locust,
headless, signs the users in and runs them for LOADTEST_SECONDS (120): operators read their pages and save
their draft, judges read theirs and save their sheet (real POSTs with the CSRF token), the public reads the
public pages. It prints the requests, errors and the 50th and 95th percentile times per kind of request and
per page, and fails when any request failed.

Settings: LOADTEST_USERS (50: 15 operators, 15 judges, the rest public), LOADTEST_SECONDS, LOADTEST_WORKERS
(gunicorn processes; 2 per CPU + 1), LOADTEST_PORT (a free one). CACHE_URL and CELERY_BROKER_URL are passed
on as set; without them the server caches in its own memory and runs tasks in-process, as one server may.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


DATABASE_URL = os.environ.get(
    "LOADTEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/innovation_portal_loadtest"
)
USERS = int(os.environ.get("LOADTEST_USERS", "50"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "120"))
WORKERS = int(os.environ.get("LOADTEST_WORKERS", str(2 * (os.cpu_count() or 1) + 1)))
PORT = int(os.environ.get("LOADTEST_PORT", "0")) or free_port()
OPERATORS = JUDGES = min(15, USERS // 3)
PASSWORD = secrets.token_urlsafe(16)

SERVER_ENVIRONMENT = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "innovation_portal.settings",
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DATABASE_URL": DATABASE_URL,
    "EMAIL_URL": "dummymail://",
    "MEDIA_ROOT": tempfile.mkdtemp(prefix="portal-loadtest-media-"),
    # Plain HTTP on 127.0.0.1, as behind a TLS-terminating proxy.
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_SECURE_COOKIES": "false",
    "DJANGO_LOG_LEVEL": "WARNING",
}
os.environ.update(SERVER_ENVIRONMENT)
sys.path.insert(0, str(BASE_DIR))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import override_settings  # noqa: E402


def recreate_database() -> None:
    if connection.vendor != "postgresql":
        sys.exit(
            "The load test runs on PostgreSQL: set LOADTEST_DATABASE_URL to a scratch postgres:// database."
        )
    name = connection.settings_dict["NAME"]
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def prepare_accounts() -> dict:
    """Operators with a draft each, judges with sheets each, and the public pages, for the locust users."""
    from django.contrib.auth.models import Group, User

    from competitions.models import Competition, Membership, Stage, Unit
    from competitions.permissions import JUDGE_GROUP
    from judging.models import Panel
    from judging.ranking import stage_pool
    from judging.services import assign_judge
    from submissions import services
    from submissions.models import GovernmentAffair, Innovation

    secretariat = User.objects.get(username="sekretariat")
    affair = GovernmentAffair.objects.order_by("pk").first()
    open_edition = Competition.objects.get(status=Competition.Status.OPEN, slug__startswith="koinyanlik-")
    category = open_edition.categories.get()
    units = Unit.objects.filter(is_active=True, innovations__isnull=True)
    if category.eligible_kinds:
        units = units.filter(kind__in=category.eligible_kinds)
    operators = []
    for number, unit in enumerate(units.order_by("pk")[:OPERATORS], start=1):
        user = User.objects.create_user(f"beban-operator-{number}", password=PASSWORD)
        Membership.objects.create(user=user, unit=unit)
        innovation = services.save_innovation(
            innovation=Innovation(
                unit=unit,
                title=f"Layanan Cepat {unit.short_name or unit.name}",
                summary="Layanan daring yang memangkas waktu tunggu warga.",
                form=Innovation.Form.PUBLIC_SERVICE,
                kind=Innovation.Kind.DIGITAL,
                phase=Innovation.Phase.IMPLEMENTATION,
                initiator=Innovation.Initiator.AGENCY,
                launch_date=date(2023, 1, 16),
            ),
            affairs=[affair],
            by=user,
        )
        entry = services.enter_competition(innovation=innovation, category=category, by=user)
        services.save_draft(submission=entry, sections={"summary": "Ringkasan awal."}, by=user)
        operators.append({"username": user.username, "entry": entry.pk})

    paparan = Stage.objects.get(
        competition__status=Competition.Status.JUDGING, kind=Stage.Kind.SCORED, status=Stage.Status.ACTIVE
    )
    judges = []
    for number in range(1, JUDGES + 1):
        judge = User.objects.create_user(f"beban-juri-{number}", password=PASSWORD)
        judge.groups.add(Group.objects.get(name=JUDGE_GROUP))
        sheets = []
        for category in paparan.competition.categories.order_by("pk"):
            Panel.objects.create(stage=paparan, category=category, judge=judge)
            for entry in stage_pool(paparan, category).order_by("pk"):
                assign_judge(stage=paparan, submission=entry, judge=judge, by=secretariat)
                sheets.append([paparan.pk, entry.pk])
        judges.append({"username": judge.username, "sheets": sheets})

    shown = Competition.objects.exclude(status=Competition.Status.DRAFT).order_by("pk")
    public = ["/", "/katalog/"]
    public += [f"/kompetisi/{edition.slug}/" for edition in shown]
    public += [f"/hasil/{edition.slug}/" for edition in shown.filter(status=Competition.Status.ANNOUNCED)]
    public += [
        f"/katalog/{pk}/"
        for pk in Innovation.objects.filter(is_public=True).values_list("pk", flat=True)[:10]
    ]
    return {"password": PASSWORD, "operators": operators, "judges": judges, "public": public}


def start_server(log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "innovation_portal.wsgi", "--bind", f"127.0.0.1:{PORT}"]
    command += ["--workers", str(WORKERS), "--log-level", "warning"]
    server = subprocess.Popen(  # noqa: S603
        command, cwd=BASE_DIR, env=SERVER_ENVIRONMENT, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped; see {log}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=5) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    sys.exit(f"gunicorn did not answer within 60 seconds; see {log}")


def print_report(report: dict) -> None:
    print(f"\n{USERS} users for {SECONDS} s against gunicorn ({WORKERS} workers), PostgreSQL, DEBUG off")
    print(f"{'':<34} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for title, rows in (("per kind", report["kinds"]), ("per request", report["names"])):
        print(title)
        for name, row in sorted(rows.items()):
            print(
                f"  {name:<32} {row['requests']:>9} {row['errors']:>7} {row['p50']:>8.0f} {row['p95']:>8.0f}"
            )
    for error in report["error_examples"]:
        print(f"  error: {error}")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="portal-loadtest-"))
    name = connection.settings_dict["NAME"]
    print(f"Preparing {name}: migrate, the demo city, {OPERATORS} operators and {JUDGES} judges of its own")
    recreate_database()
    call_command("migrate", verbosity=0)
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        call_command("seed_demo", force=True, stdout=(work / "seed.log").open("w"))
        accounts = prepare_accounts()
    (work / "accounts.json").write_text(json.dumps(accounts))
    call_command("collectstatic", interactive=False, verbosity=0)
    connection.close()

    server = start_server(work / "gunicorn.log")
    load_before = os.getloadavg()[0]
    try:
        locust = subprocess.run(  # noqa: S603
            [
                *[sys.executable, "-m", "locust", "-f", str(BASE_DIR / "benchmarks" / "locustfile.py")],
                *["--headless", "--host", f"http://127.0.0.1:{PORT}", "--users", str(USERS)],
                *["--spawn-rate", "5", "--run-time", f"{SECONDS}s", "--stop-timeout", "10"],
                *["--only-summary", "--loglevel", "WARNING"],
            ],
            env={
                **SERVER_ENVIRONMENT,
                "LOADTEST_ACCOUNTS": str(work / "accounts.json"),
                "LOADTEST_REPORT": str(work / "report.json"),
            },
            cwd=BASE_DIR,
            check=False,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    if not (work / "report.json").exists():
        print(f"FAILED: locust ended ({locust.returncode}) without a report.")
        return 1
    report = json.loads((work / "report.json").read_text())
    print_report(report)
    # Other work on the machine slows every request: say how busy it was.
    load_after, cpus = os.getloadavg()[0], os.cpu_count()
    print(f"Load average (1 min): {load_before:.1f} at the start, {load_after:.1f} at the end; {cpus} CPUs")
    print(f"Static files in {settings.STATIC_ROOT}; logs in {work}")
    if report["errors"] or locust.returncode:
        print(f"FAILED: {report['errors']} of {report['requests']} requests failed.")
        return 1
    print(f"OK: {report['requests']} requests, no errors.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
