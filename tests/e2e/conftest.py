"""End-to-end tests in a real Chromium (Debian's package), driven by Playwright against a live server."""

import itertools
import os
import re
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def pytest_collection_modifyitems(config, items):
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    if os.environ.get("CI") or os.environ.get("PORTAL_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"the browser tests must run, but there is no Chromium at {CHROMIUM}")
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser(django_db_setup):
    # Playwright's sync API runs an event loop in this thread; the live server's database work happens
    # in its own thread, so Django's async-safety guard does not apply to these tests.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # With that loop running, Django hands this thread new connection objects, which lack the copy of the
    # migrated database that serialized rollback restores (reference data such as urusan and index years);
    # give it to them, or every later transactional test would start from an empty database.
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield browser
        browser.close()


ARTIFACTS = Path(__file__).resolve().parents[2] / "e2e-artifacts"


class BrowserErrors:
    """What a user would call broken: console errors, uncaught script errors, answers of 400 and more, and
    requests that failed. A request the browser itself abandoned (net::ERR_ABORTED: the page moved on
    before it finished, or it turned into a download) is not a failure of the portal."""

    def __init__(self):
        self.seen: list[str] = []

    def watch(self, page):
        page.set_default_timeout(15_000)
        page.on("pageerror", lambda error: self.seen.append(f"{page.url}: {error}"))
        page.on(
            "console",
            lambda message: (
                self.seen.append(f"{page.url}: {message.text}") if message.type == "error" else None
            ),
        )
        page.on(
            "response",
            lambda response: (
                self.seen.append(f"{response.status} {response.url}") if response.status >= 400 else None
            ),
        )
        page.on(
            "requestfailed",
            lambda request: (
                self.seen.append(f"failed {request.url}: {request.failure}")
                if request.failure != "net::ERR_ABORTED"
                else None
            ),
        )


@pytest.fixture
def browser_errors():
    errors = BrowserErrors()
    yield errors
    assert errors.seen == [], f"the browser reported errors: {errors.seen}"


@pytest.fixture
def page(browser, browser_errors):
    context = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    browser_errors.watch(page)
    yield page
    context.close()


@pytest.fixture
def phone(browser, browser_errors):
    """A 390×844 phone (an iPhone 12–15's viewport in CSS pixels) with a touch screen."""
    context = browser.new_context(
        locale="id-ID", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    browser_errors.watch(page)
    yield page
    context.close()


def file_name(text):
    return re.sub(r"[^\w.-]+", "-", text).strip("-")


@pytest.fixture
def screenshot(request):
    """Saves a numbered full-page screenshot of a step into e2e-artifacts/<test>/ (kept by CI)."""
    folder = ARTIFACTS / file_name(request.node.name)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    steps = itertools.count(1)

    def save(page, step):
        path = folder / f"{next(steps):02d}-{file_name(step)}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
