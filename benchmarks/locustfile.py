"""The people of the load test (benchmarks/loadtest.py prepares their accounts and runs this file).

Operators read their unit's pages and save their own draft; judges read their list and save their own score
sheets; the public reads the public pages. Every save is the form the page shows, sent back with its CSRF
token and changes, as a browser would. A request counts as an error unless it answers as it should: a page
200, a save 302 (a refused save comes back as 200 with the form and its errors, and is an error here).
"""

import itertools
import json
import os
import random
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

from locust import HttpUser, between, events, task

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.html_forms import form_fields

ACCOUNTS = json.loads(Path(os.environ["LOADTEST_ACCOUNTS"]).read_text())
FREE_OPERATORS = iter(ACCOUNTS["operators"])
FREE_JUDGES = iter(ACCOUNTS["judges"])
SAVES = itertools.count(1)

TIMES: dict[str, list[float]] = defaultdict(list)
ERRORS: dict[str, int] = defaultdict(int)
ERROR_EXAMPLES: list[str] = []


@events.request.add_listener
def record(name, response_time, exception, **kwargs):
    TIMES[name].append(response_time)
    if exception is not None:
        ERRORS[name] += 1
        if len(ERROR_EXAMPLES) < 10:
            ERROR_EXAMPLES.append(f"{name}: {exception}")


def summary(times: list[float], errors: int) -> dict:
    cuts = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return {"requests": len(times), "errors": errors, "p50": cuts[49], "p95": cuts[94]}


@events.quitting.add_listener
def write_report(environment, **kwargs):
    by_kind: dict[str, list[float]] = defaultdict(list)
    errors_by_kind: dict[str, int] = defaultdict(int)
    for name, times in TIMES.items():
        kind = name.split(":")[0]
        by_kind[kind] += times
        errors_by_kind[kind] += ERRORS[name]
    report = {
        "requests": sum(len(times) for times in TIMES.values()),
        "errors": sum(ERRORS.values()),
        "kinds": {kind: summary(times, errors_by_kind[kind]) for kind, times in by_kind.items()},
        "names": {name: summary(times, ERRORS[name]) for name, times in TIMES.items()},
        "error_examples": ERROR_EXAMPLES,
    }
    Path(os.environ["LOADTEST_REPORT"]).write_text(json.dumps(report, indent=2))


class PortalUser(HttpUser):
    abstract = True
    wait_time = between(1, 3)
    kind = ""

    def page(self, path: str, label: str) -> str:
        with self.client.get(path, name=f"{self.kind}: {label}", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{path} answered {response.status_code}")
            return response.text

    def save(self, path: str, label: str, fields: dict) -> None:
        with self.client.post(
            path, fields, name=f"{self.kind}: {label}", allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 302:
                errors = re.findall(r'class="invalid-feedback[^"]*"[^>]*>\s*<strong>([^<]+)', response.text)
                response.failure(f"{path} answered {response.status_code} {errors[:2]}")

    def sign_in(self, username: str) -> None:
        login = self.page("/accounts/login/", "sign-in page")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
        self.save(
            "/accounts/login/",
            "sign in",
            {"username": username, "password": ACCOUNTS["password"], "csrfmiddlewaretoken": token},
        )


class Operator(PortalUser):
    fixed_count = len(ACCOUNTS["operators"])
    kind = "operator"

    def on_start(self):
        account = next(FREE_OPERATORS)
        self.entry = account["entry"]
        self.sign_in(account["username"])

    @task(3)
    def dashboard(self):
        self.page("/unit/", "dashboard")

    @task(2)
    def entry(self):
        self.page(f"/unit/usulan/{self.entry}/", "entry")

    @task(3)
    def save_draft(self):
        path = f"/unit/usulan/{self.entry}/ubah/"
        fields = form_fields(self.page(path, "draft form"), "proposal-form")
        fields["summary"] = [f"Ringkasan yang diperbarui, simpanan ke-{next(SAVES)}."]
        fields["save"] = [""]
        self.save(path, "save draft", fields)


class Judge(PortalUser):
    fixed_count = len(ACCOUNTS["judges"])
    kind = "judge"

    def on_start(self):
        account = next(FREE_JUDGES)
        self.sheets = account["sheets"]
        self.sign_in(account["username"])

    @task(3)
    def dashboard(self):
        self.page("/penilaian/", "dashboard")

    @task(3)
    def save_sheet(self):
        stage, entry = random.choice(self.sheets)  # noqa: S311
        path = f"/penilaian/{stage}/{entry}/"
        fields = form_fields(self.page(path, "score page"), "score-form")
        for name in fields:
            if name.startswith("score_"):
                fields[name] = [str(random.randint(5, 10))]  # noqa: S311
        fields["save"] = [""]
        self.save(path, "save sheet", fields)


class Public(PortalUser):
    weight = 1
    kind = "public"

    @task
    def public_page(self):
        path = random.choice(ACCOUNTS["public"])  # noqa: S311
        self.page(path, public_page_label(path))


def public_page_label(path: str) -> str:
    parts = path.strip("/").split("/")
    if parts == [""]:
        return "home"
    if parts == ["katalog"]:
        return "catalogue"
    return {"katalog": "innovation", "kompetisi": "edition", "hasil": "results"}[parts[0]]
