"""Every page a person works on passes axe-core with no serious or critical violation, on a desktop window and
on a 390×844 phone, and the pages used on phones never scroll sideways (tables become stacked cards)."""

import pytest
from django.core.management import call_command

from competitions.models import Competition, Stage
from judging.models import FieldVisit, ScoreSheet
from submissions.models import Innovation, Submission
from tests.e2e.actions import sign_in
from tests.e2e.checks import assert_accessible, assert_no_horizontal_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo_city(live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed_demo", force=True)
    return live_server.url


def check(page, phone, url, screenshot, step, *, on_phones=False):
    """axe on the desktop window and on the phone; on a page used on phones, nothing scrolls sideways."""
    page.goto(url)
    screenshot(page, step)
    assert_accessible(page)
    phone.goto(url)
    screenshot(phone, f"{step}-phone")
    assert_accessible(phone)
    if on_phones:
        assert_no_horizontal_scroll(phone)


def test_public_pages_and_sign_in_are_accessible(demo_city, page, phone, screenshot):
    announced = Competition.objects.get(status=Competition.Status.ANNOUNCED)
    judging = Competition.objects.get(status=Competition.Status.JUDGING)
    public_innovation = Innovation.objects.filter(is_public=True).order_by("pk").first()
    check(page, phone, f"{demo_city}/", screenshot, "home")
    check(page, phone, f"{demo_city}/kompetisi/{judging.slug}/", screenshot, "competition")
    check(page, phone, f"{demo_city}/hasil/{announced.slug}/", screenshot, "results", on_phones=True)
    check(page, phone, f"{demo_city}/katalog/", screenshot, "catalogue", on_phones=True)
    check(page, phone, f"{demo_city}/katalog/{public_innovation.pk}/", screenshot, "catalogue-detail")
    check(page, phone, f"{demo_city}/accounts/login/", screenshot, "sign-in")

    # A failed sign-in is announced: the error is an alert, and the page is still clean.
    page.fill("#id_username", "operator-diskominfo")
    page.fill("#id_password", "not-the-password")
    page.click("main button[type=submit]")
    assert page.locator("main [role=alert]").count() == 1
    assert_accessible(page)


def test_operator_pages_are_accessible_and_fit_a_phone(demo_city, page, phone, screenshot):
    draft = Submission.objects.get(
        unit__memberships__user__username="operator-dpmptsp", status=Submission.Status.DRAFT
    )
    for browser_page in (page, phone):
        sign_in(browser_page, demo_city, "operator-dpmptsp")
    check(page, phone, f"{demo_city}/unit/", screenshot, "operator-dashboard", on_phones=True)

    # On the phone the entries are cards: every row's status and its button are in sight, each cell
    # under its column's name.
    rows = phone.locator("#entries-heading ~ div table tbody tr")
    assert rows.count() >= 2
    for index in range(rows.count()):
        status = rows.nth(index).locator("td[data-label=Status]")
        button = rows.nth(index).get_by_role("link", name="Lihat")
        for element in (status, button):
            box = element.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    heading_row = phone.locator("#entries-heading ~ div table thead")
    assert heading_row.bounding_box()["height"] <= 1  # kept for screen readers only

    proposal_form = f"{demo_city}/unit/usulan/{draft.pk}/ubah/"
    check(page, phone, proposal_form, screenshot, "proposal-form", on_phones=True)


def test_the_score_form_is_accessible_and_fits_a_phone(demo_city, page, phone, screenshot):
    draft = ScoreSheet.objects.get(
        judge__username="juri1", stage__status=Stage.Status.ACTIVE, status=ScoreSheet.Status.DRAFT
    )
    for browser_page in (page, phone):
        sign_in(browser_page, demo_city, "juri1")
    check(page, phone, f"{demo_city}/penilaian/", screenshot, "judge-list", on_phones=True)
    url = f"{demo_city}/penilaian/{draft.stage_id}/{draft.submission_id}/"
    check(page, phone, url, screenshot, "score-form", on_phones=True)

    # A score out of range comes back with its error tied to the field, and the page stays clean.
    score = page.locator("input.score-input").first
    score.fill("99")
    page.click("button[name=save]")
    score = page.locator("input.score-input").first
    described_by = score.get_attribute("aria-describedby")
    assert score.get_attribute("aria-invalid") == "true"
    assert described_by and page.locator(f"#{described_by}").inner_text().strip()
    assert_accessible(page)


def test_the_field_visit_form_is_accessible_and_fits_a_phone(demo_city, page, phone, screenshot):
    # A visit of the running fact-finding stage (the demo's 2022 visits belong to a finished edition).
    visit = FieldVisit.objects.filter(stage__status=Stage.Status.ACTIVE).order_by("pk").first()
    for browser_page in (page, phone):
        sign_in(browser_page, demo_city, "verifikator")
    check(page, phone, f"{demo_city}/verifikasi/", screenshot, "field-visits", on_phones=True)
    url = f"{demo_city}/verifikasi/{visit.stage_id}/{visit.submission_id}/"
    check(page, phone, url, screenshot, "field-visit-form", on_phones=True)


def test_the_participation_dashboard_is_accessible(demo_city, page, phone, screenshot):
    for browser_page in (page, phone):
        sign_in(browser_page, demo_city, "pimpinan")
    check(page, phone, f"{demo_city}/unit/partisipasi/", screenshot, "participation", on_phones=True)


def test_the_admin_ranking_pages_are_accessible(demo_city, page, screenshot):
    city = Competition.objects.get(status=Competition.Status.JUDGING)
    category = city.categories.order_by("pk").first()
    decided = city.stages.get(status=Stage.Status.CLOSED, kind=Stage.Kind.SCORED)
    running = city.stages.get(status=Stage.Status.ACTIVE, kind=Stage.Kind.SCORED)
    sign_in(page, demo_city, "sekretariat")
    for stage, step in ((running, "ranking"), (decided, "ranking-decided")):
        page.goto(f"{demo_city}/admin/competitions/stage/{stage.pk}/ranking/{category.pk}/")
        screenshot(page, step)
        assert_accessible(page)
    page.goto(f"{demo_city}/admin/competitions/stage/final/{city.pk}/{category.pk}/")
    screenshot(page, "final-ranking")
    assert_accessible(page)


def test_every_link_and_button_shows_where_the_keyboard_is(live_server, page):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Langsung ke isi")
    assert skip_link.evaluate("link => link === document.activeElement")
    assert skip_link.is_visible()
    for _ in range(3):
        page.keyboard.press("Tab")
        outline = page.evaluate(
            "() => { const style = getComputedStyle(document.activeElement);"
            " return [style.outlineStyle, parseFloat(style.outlineWidth)]; }"
        )
        assert outline[0] != "none" and outline[1] >= 2, outline
