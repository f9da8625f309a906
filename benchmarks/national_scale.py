"""`make bench`: every key page at national scale, on PostgreSQL, behind gunicorn, driven by wrk.

From a clean checkout: creates its own database (BENCH_DATABASE_URL, default `innovation_portal_bench` on
the local PostgreSQL) if missing, migrates it, loads `seed_scale` (skipped when the data set at the same
scale is already there), starts gunicorn with the production settings plus the baseline page
(`benchmarks.settings`), 3 sync workers, and measures:

- every key page for BENCH_SECONDS (10) with BENCH_CONNECTIONS (16) connections, each between two runs of
  the baseline page: requests/s, p50, p95, the share of the baseline's requests/s, and the queries one
  request makes (counted in this process through Django's test client, a request after a first one);
- the ranking of the biggest category, computed in this process;
- the most a worker's memory grows while it takes an upload at the edition's size limit;
- the biggest exports and the certificate ZIP, downloaded whole.

A page that answers anything but 200 stops the bench with an error: it is never measured. The report is
printed and written to benchmarks/results/ as JSON and as a Markdown table.
"""

import datetime
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/innovation_portal_bench"
)
os.environ["DATABASE_URL"] = DATABASE_URL
os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
os.environ["DJANGO_DEBUG"] = "false"
os.environ.setdefault("CACHE_URL", "redis://127.0.0.1:6379/13")

SCALE = float(os.environ.get("BENCH_SCALE", "1"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))


def free_port() -> int:
    """A port nothing listens on, so the answers measured come from this run's server."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = int(os.environ.get("BENCH_PORT") or free_port())
WORKERS = 3
BASE = f"http://127.0.0.1:{PORT}"
RESULTS = ROOT / "benchmarks" / "results"


from benchmarks.bench_database import ensure_database  # noqa: E402

ensure_database(DATABASE_URL)

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count, Q  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from benchmarks.bench_database import prepare_database  # noqa: E402
from benchmarks.in_process import BenchFailed, measure_downloads, time_rankings  # noqa: E402
from benchmarks.report_table import markdown, share  # noqa: E402
from benchmarks.upload_memory import measure_upload  # noqa: E402
from competitions.models import Competition, Stage, Unit  # noqa: E402
from innovation_portal import scale  # noqa: E402
from submissions.models import Submission  # noqa: E402


@dataclass
class Page:
    name: str
    path: str
    user: User | None = None  # None: an anonymous visitor
    session: str = ""
    queries: int | None = None
    queries_first: int | None = None
    bytes: int | None = None


@dataclass
class Run:
    rps: float
    p50_ms: float
    p95_ms: float
    requests: int
    timeouts: int


@dataclass
class Measured:
    page: str
    path: str
    signed_in: bool
    queries: int
    queries_first: int
    kib: float
    rps: float
    p50_ms: float
    p95_ms: float
    baseline_rps: float
    ratio: float
    timeouts: int
    extra: dict = field(default_factory=dict)


def key_pages() -> list[Page]:
    judging = Competition.objects.get(slug=scale.JUDGING_SLUG)
    announced = Competition.objects.get(slug=scale.ANNOUNCED_SLUG)
    running = judging.stages.get(status=Stage.Status.ACTIVE)
    biggest = judging.categories.annotate(n=Count("submissions")).order_by("-n").first()
    biggest_announced = announced.categories.annotate(n=Count("submissions")).order_by("-n").first()
    unit = Unit.objects.annotate(n=Count("innovations")).order_by("-n").first()
    operator = User.objects.filter(memberships__unit=unit).first()
    entry = Submission.objects.filter(competition=judging, unit=unit).order_by("pk").first()
    judge = (
        User.objects.annotate(n=Count("assignments", filter=Q(assignments__stage=running)))
        .order_by("-n")
        .first()
    )
    scored = judge.assignments.filter(stage=running).order_by("submission_id").first().submission_id
    secretariat = User.objects.get(username=scale.SECRETARIAT)
    leader = User.objects.get(username=scale.LEADER)
    return [
        Page("home", reverse("home")),
        Page("competition page", reverse("competitions:detail", args=[judging.slug])),
        Page("results", reverse("judging:results", args=[announced.slug])),
        Page("catalogue", reverse("catalogue:list")),
        Page("catalogue, searched", reverse("catalogue:list") + "?q=posyandu"),
        # The floor of every signed-in page: the baseline's tiny template, with the session, the account and
        # its roles loaded as on any page of a signed-in user.
        Page("baseline, signed in", reverse("bench_baseline"), operator),
        Page("participation dashboard", reverse("submissions:participation"), leader),
        Page("operator dashboard", reverse("submissions:dashboard"), operator),
        Page("innovation list", reverse("submissions:innovation_list"), operator),
        Page("entry page", reverse("submissions:entry", args=[entry.pk]), operator),
        Page("judge dashboard", reverse("judging:dashboard"), judge),
        Page("score page", reverse("judging:score", args=[running.pk, scored]), judge),
        Page(
            "ranking (biggest category)",
            reverse("admin:judging_stage_ranking", args=[running.pk, biggest.pk]),
            secretariat,
        ),
        Page(
            "final ranking (last year, biggest category)",
            reverse("admin:judging_final_ranking", args=[announced.pk, biggest_announced.pk]),
            secretariat,
        ),
        Page("admin: entries", reverse("admin:submissions_submission_changelist"), secretariat),
        Page("admin: score sheets", reverse("admin:judging_scoresheet_changelist"), secretariat),
        Page("admin: innovations", reverse("admin:submissions_innovation_changelist"), secretariat),
    ]


def sign_in(pages: list[Page]) -> dict[int, Client]:
    """A session for each account the pages need, made the way a sign-in makes it; its cookie for wrk."""
    clients = {}
    for page in pages:
        if page.user is None:
            continue
        if page.user.pk not in clients:
            client = Client(HTTP_HOST="127.0.0.1")
            client.force_login(page.user)
            device = TOTPDevice.objects.filter(user=page.user, confirmed=True).first()
            if device is not None:  # a staff account has also given its authenticator's code
                session = client.session
                session[DEVICE_ID_SESSION_KEY] = device.persistent_id
                session.save()
            clients[page.user.pk] = client
        page.session = clients[page.user.pk].cookies["sessionid"].value
    return clients


def count_queries(pages: list[Page], clients: dict[int, Client]) -> None:
    """Queries of a first request and of the next one (which finds what the first one cached)."""
    anonymous = Client(HTTP_HOST="127.0.0.1")
    for page in pages:
        client = clients[page.user.pk] if page.user else anonymous
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(page.path)
            if response.status_code != 200:
                raise BenchFailed(f"{page.name} ({page.path}) answers {response.status_code}, not 200")
            counts.append(len(captured))
        page.queries_first, page.queries = counts
        page.bytes = len(response.content)


# The server and the load


def start_gunicorn() -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "innovation_portal.wsgi",
            f"--workers={WORKERS}",
            "--worker-class=sync",
            f"--bind=127.0.0.1:{PORT}",
            "--timeout=600",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    for _ in range(100):
        time.sleep(0.2)
        if server.poll() is not None:
            raise BenchFailed(f"gunicorn stopped (exit code {server.returncode})")
        try:
            if status_of(Page("baseline", "/bench/baseline/")) == 200:
                return server
        except OSError:
            continue
    server.terminate()
    raise BenchFailed("gunicorn did not answer within 20 s")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def request(
    path: str, session: str = "", *, data: bytes | None = None, content_type: str = "", csrf: str = ""
):
    """One request to the server, never following a redirect (a redirect is an answer to check)."""
    cookies = {"sessionid": session, "csrftoken": csrf}
    headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items() if value)}
    if content_type:
        headers["Content-Type"] = content_type
    return OPENER.open(urllib.request.Request(BASE + path, data=data, headers=headers), timeout=600)  # noqa: S310


def status_of(page: Page) -> int:
    try:
        with request(page.path, page.session) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def settle(server: subprocess.Popen) -> None:
    """Wait until the workers are idle. When wrk stops, requests it had sent are still queued at a slow
    page; a sync worker answers them anyway, and the next run would be measured against that backlog."""
    import psutil

    workers = psutil.Process(server.pid).children()

    def busy() -> float:
        return sum(sum(worker.cpu_times()[:2]) for worker in workers)

    for _ in range(2400):
        spent = busy()
        time.sleep(0.25)
        if busy() - spent < 0.01:
            return
    raise BenchFailed("the workers are still busy 10 minutes after the load stopped")


def wrk(page: Page, seconds: int = SECONDS) -> Run:
    command = [
        "wrk",
        "-t2",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "--timeout=60s",
        "-s",
        str(ROOT / "benchmarks" / "report.lua"),
    ]
    if page.session:
        command += ["-H", f"Cookie: sessionid={page.session}"]
    output = subprocess.run([*command, BASE + page.path], capture_output=True, text=True, check=True)  # noqa: S603
    summary = json.loads(next(line for line in output.stdout.splitlines() if line.startswith("{")))
    if summary["status_errors"] or summary["socket_errors"]:
        raise BenchFailed(
            f"{page.name}: {summary['status_errors']} error responses and {summary['socket_errors']} "
            "socket errors under load"
        )
    return Run(
        rps=summary["requests"] / (summary["duration_us"] / 1e6),
        p50_ms=summary["p50_us"] / 1000,
        p95_ms=summary["p95_us"] / 1000,
        requests=summary["requests"],
        timeouts=summary["timeouts"],
    )


def measure_pages(server: subprocess.Popen, pages: list[Page]) -> list[Measured]:
    baseline_page = Page("baseline", "/bench/baseline/")

    def load(page: Page) -> Run:
        run = wrk(page)
        settle(server)
        if run.requests < 3:
            # Too slow to count in the usual time: measured again, long enough to see a few answers.
            run = wrk(page, seconds=max(6 * SECONDS, 60))
            settle(server)
        return run

    load(baseline_page)  # warms the workers up
    before = load(baseline_page)
    measured = [
        Measured(
            "baseline",
            baseline_page.path,
            signed_in=False,
            queries=0,
            queries_first=0,
            kib=0.1,
            rps=round(before.rps, 1),
            p50_ms=round(before.p50_ms, 1),
            p95_ms=round(before.p95_ms, 1),
            baseline_rps=round(before.rps, 1),
            ratio=1.0,
            timeouts=before.timeouts,
        )
    ]
    for page in pages:
        status = status_of(page)
        if status != 200:
            raise BenchFailed(f"{page.name} ({page.path}) answers {status}, not 200")
        run = load(page)
        after = load(baseline_page)
        baseline = (before.rps + after.rps) / 2
        if not (before.rps and after.rps and run.rps):
            raise BenchFailed(f"{page.name}: no request was answered in {SECONDS} s")
        measured.append(
            Measured(
                page.name,
                page.path,
                page.user is not None,
                page.queries,
                page.queries_first,
                round(page.bytes / 1024, 1),
                round(run.rps, 1),
                round(run.p50_ms, 1),
                round(run.p95_ms, 1),
                round(baseline, 1),
                round(run.rps / baseline, 4),
                run.timeouts,
            )
        )
        print(f"  {page.name:<46} {run.rps:8.1f} req/s  {share(run.rps / baseline):>6} of the baseline")
        before = after
    return measured


def main() -> None:
    started = time.monotonic()
    load_at_start = [round(load, 1) for load in os.getloadavg()]
    prepare_database(SCALE)
    shape = scale.Shape(SCALE)
    pages = key_pages()
    clients = sign_in(pages)
    print("Counting queries …")
    count_queries(pages, clients)
    print("Ranking …")
    ranking = time_rankings()
    server = start_gunicorn()
    try:
        print(f"Pages ({SECONDS} s each, between two baseline runs) …")
        measured = measure_pages(server, pages)
        print("Upload at the size limit …")
        upload = measure_upload(server, send=request)
        print("Downloads …")
        downloads = measure_downloads()
    finally:
        server.terminate()
        server.wait(timeout=30)
    report = {
        "when": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "scale": SCALE,
        "shape": (
            f"{shape.units} units, {shape.innovations} innovations, {shape.entries} entries in judging, "
            f"{shape.judges} judges"
        ),
        "workers": WORKERS,
        "connections": CONNECTIONS,
        "seconds": SECONDS,
        "cpus": os.cpu_count(),
        "load_average_at_start": load_at_start,
        "pages": [asdict(row) for row in measured],
        "ranking": ranking,
        "upload": upload,
        "downloads": downloads,
        "total_seconds": round(time.monotonic() - started),
    }
    RESULTS.mkdir(exist_ok=True)
    stem = RESULTS / datetime.datetime.now(datetime.UTC).strftime("bench-%Y%m%d-%H%M")
    stem.with_suffix(".json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    table = markdown(report)
    stem.with_suffix(".md").write_text(table)
    print()
    print(table)
    print(f"Written to {stem}.json and .md, in {report['total_seconds']} s.")


if __name__ == "__main__":
    main()
