"""Judging by hand, in a browser, on the demo city (issue C's acceptance): juri1 finishes a paparan sheet on a
phone; the secretariat decides the stage, settles a tie at a prize cutoff with a reason, and publishes."""

import pytest
from django.core.management import call_command

from competitions.models import Competition
from judging import services
from judging.models import Assignment, Award, ScoreSheet
from judging.selectors import frozen_version
from submissions.models import Submission
from tests.e2e.actions import sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_judge_scores_on_a_phone_and_the_secretariat_publishes_the_winners(
    page, phone, live_server, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed_demo", force=True)
    base = live_server.url
    city = Competition.objects.get(status=Competition.Status.JUDGING)
    paparan = city.stages.get(order=4)

    # juri1, on a phone, opens the draft paparan sheet, scores every criterion and submits it.
    sign_in(phone, base, "juri1")
    phone.goto(f"{base}/penilaian/")
    card = phone.locator("li.list-group-item", has=phone.locator(".badge.text-bg-warning")).first
    card.get_by_role("link").click()
    assert_the_blind_score_page_names_no_unit(phone)
    inputs = phone.locator("input.score-input")
    for index in range(inputs.count()):
        inputs.nth(index).fill("")
    inputs.nth(0).fill("8")
    # A partial total while criteria are empty (they count 0), and how many are left.
    assert "kriteria lagi" in phone.locator("#live-total-left").inner_text()
    for index in range(inputs.count()):
        inputs.nth(index).fill("8")
    assert phone.locator("#live-total").inner_text() == "77,78"  # 7/9 of the way up every 1–10 scale
    assert phone.locator("#live-total-left").inner_text() == ""
    phone.screenshot(path=str(tmp_path / "phone-score.png"), full_page=True)
    phone.click("button[name=submit]")
    # "Kirim dan kunci" asks first, on its own page, and only then locks the sheet.
    assert "77,78" in phone.content()
    phone.click("button[name=confirm]")
    assert "terkirim" in phone.locator(".alert-success").inner_text()

    # The other unfinished sheets of juri1 are finished through the same service.
    judge = paparan.assignments.filter(judge__username="juri1").first().judge
    for assignment in Assignment.objects.filter(stage=paparan, judge=judge).select_related("submission"):
        sheet = ScoreSheet.objects.filter(
            stage=paparan, judge=judge, submission=assignment.submission
        ).first()
        if sheet is None or sheet.status == "draft":
            services.save_sheet(
                stage=paparan,
                submission=assignment.submission,
                judge=judge,
                values={criterion.pk: ("7", "") for criterion in paparan.criteria.all()},
                submit=True,
            )

    # The secretariat decides the paparan stage for each category from the ranking page, confirming on
    # the page that says who advances and who is emailed.
    sign_in(page, base, "sekretariat")
    for category in city.categories.all():
        page.goto(f"{base}/admin/competitions/stage/{paparan.pk}/ranking/{category.pk}/")
        page.click("input[name=preview]")
        assert "dikirimi email" in page.content()
        page.click("input[name=confirm]")
        assert "dicatat" in page.locator(".messagelist").inner_text()

    # Final ranking: Kecamatan has two entries level at Juara 3 / Harapan 1. In Perangkat Daerah, juri2's
    # conflict declared in the paparan also touches the proposal decision, which is flagged until the
    # secretariat reviews it.
    for category in city.categories.all():
        page.goto(f"{base}/admin/competitions/stage/final/{city.pk}/{category.pk}/")
        if "Berubah sejak keputusan" in page.content():
            assert category.name == "Perangkat Daerah"
            page.locator(".errornote a").first.click()
            page.fill(
                "#keep-note", "Nilai dua juri lain sudah menentukan 6 besar; urutan lolos tidak berubah."
            )
            page.click("input[name=keep]")
            assert "dipertahankan" in page.locator(".messagelist").inner_text()
            page.goto(f"{base}/admin/competitions/stage/final/{city.pk}/{category.pk}/")
        tie = page.locator("fieldset.tie-form")
        if tie.count():
            assert category.name == "Kecamatan"
            assert "Seri untuk Juara 3 / Harapan 1" in tie.inner_text()
            page.click("input[name=preview]")
            page.locator(".errornote[role=alert]").first.wait_for()  # refused without a placing
            selects = page.locator("fieldset.tie-form select")
            selects.nth(0).select_option("1")
            selects.nth(1).select_option("0")
            page.locator("fieldset.tie-form textarea").fill(
                "Dampak bagi warga lebih luas menurut hasil verifikasi lapangan."
            )
        page.click("input[name=preview]")
        page.click("input[name=confirm]")
        assert "ditetapkan" in page.locator(".messagelist").inner_text()
        if category.name == "Kecamatan":
            assert "Dampak bagi warga lebih luas" in page.content()  # the decision shows after it is made
    page.click("input[name=publish]")
    assert "dikirimi email" in page.content()
    page.click("input[name=confirm-publish]")
    assert "diumumkan" in page.locator(".messagelist").inner_text()
    sign_out_admin(page, base)

    # The public results page shows juara 1–3 and harapan 1–3 per category.
    page.goto(f"{base}/hasil/{city.slug}/")
    for label in ["Juara 1", "Juara 2", "Juara 3", "Harapan 1", "Harapan 2"]:
        assert page.locator(".award-place", has_text=label).count() == 3
    # One Perangkat Daerah finalist failed field verification and cannot win, so that category has five
    # eligible finalists for six places.
    assert page.locator(".award-place", has_text="Harapan 3").count() == 2
    assert "Rp3.000.000" in page.content()
    assert Award.objects.filter(competition=city).count() == 17
    page.screenshot(path=str(tmp_path / "results.png"), full_page=True)

    # A unit finds its scores and the judges' notes from its dashboard.
    sign_in(page, base, "operator-diskominfo")
    page.goto(f"{base}/unit/")
    page.get_by_role("link", name="Nilai dan catatan").first.click()
    assert "Penilaian Proposal" in page.content()
    assert (
        "data capaian" in page.content()
        or "layak direplikasi" in page.content()
        or "masih lemah" in page.content()
    )
    assert "juri1" not in page.content()  # judges stay anonymous


def assert_the_blind_score_page_names_no_unit(phone):
    """The paparan is blind: what the portal writes on the score page (everything but the proposal text,
    which is the unit's own words) never names the entry's unit, and evidence links are numbered."""
    entry = Submission.objects.select_related("unit").get(pk=int(phone.url.rstrip("/").rsplit("/", 1)[1]))
    portal_text = phone.locator("main").evaluate(
        "main => { const copy = main.cloneNode(true);"
        " copy.querySelectorAll('.proposal-sections').forEach(text => text.remove());"
        " return copy.textContent; }"
    )
    assert f"Usulan no. {entry.pk}" in portal_text
    assert entry.unit.name not in portal_text and entry.unit.display_name not in portal_text
    files = frozen_version(entry).attachments.exclude(file="")
    assert files.exists()
    for attachment in files:
        link_text = phone.locator(f"a[href$='/bukti/{attachment.pk}/']").inner_text()
        assert link_text == f"Berkas {attachment.pk}" and attachment.original_name not in link_text


def sign_out_admin(page, base):
    page.goto(f"{base}/")
    sign_out(page)
