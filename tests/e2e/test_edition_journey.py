"""A whole edition by every role, in a real browser, from a city with units and accounts but no edition yet:
the secretariat sets it up from a template, two units enter, the administrative check asks one for a revision,
judges score on a desktop and on a phone, the secretariat settles a tie and publishes, and the public, a
leader and a unit see the results. Every step saves a screenshot to e2e-artifacts/."""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from pypdf import PdfReader

from competitions.models import Competition, Stage
from competitions.services import sync_role_groups
from demo.seed import seed_accounts, seed_units
from submissions.models import Submission
from tests.e2e.actions import sign_in, sign_out
from tests.e2e.checks import assert_no_horizontal_scroll
from tests.files import PDF_BYTES, image_upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

YEAR = timezone.localdate().year + 1
OPERATORS = {"operator-diskominfo": "SI PANDAI", "operator-dpmptsp": "IZIN KILAT"}


@pytest.fixture
def city(live_server, settings, tmp_path):
    """The city's unit roster and the demo accounts (one per role); no edition."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PORTAL_BASE_URL = live_server.url  # what the piagam's QR code and the emails link to
    sync_role_groups()
    seed_accounts(seed_units())
    return live_server.url


@pytest.fixture
def files(tmp_path):
    pdf = tmp_path / "proposal.pdf"
    pdf.write_bytes(PDF_BYTES)
    photo = tmp_path / "foto-loket.jpg"
    photo.write_bytes(image_upload().read())
    return {"pdf": pdf, "photo": photo}


def admin_date(moment: datetime.datetime) -> tuple[str, str]:
    """A moment as the admin's split date and time fields take it in Indonesian."""
    local = timezone.localtime(moment)
    return local.strftime("%d-%m-%Y"), local.strftime("%H.%M.%S")


def admin_action(page, changelist, pk, action):
    """Runs an admin list's action on one row, as the secretariat does: tick the row, pick, run."""
    page.goto(changelist)
    page.check(f"input[name=_selected_action][value='{pk}']")
    page.select_option("select[name=action]", label=action)
    with page.expect_navigation():
        page.click("button[name=index]")
    errors = page.locator(".messagelist .error, .errornote")
    assert errors.count() == 0, errors.all_inner_texts()


def test_a_whole_edition_by_every_role(city, page, phone, files, screenshot):
    journey = Journey(base=city, page=page, phone=phone, files=files, screenshot=screenshot)
    journey.secretariat_sets_up_the_edition()
    journey.two_units_enter()
    journey.administrative_check_with_a_revision()
    journey.judges_score_the_proposals()
    journey.secretariat_settles_the_tie_and_advances()
    journey.verifier_visits_on_a_phone()
    journey.presentation_and_prizes()
    journey.everyone_sees_the_results()


@dataclass
class Journey:
    """The journey's steps, in order; each starts where the one before left the portal."""

    base: str
    page: object
    phone: object
    files: dict
    screenshot: object

    def competition(self) -> Competition:
        return Competition.objects.get(year=YEAR)

    def secretariat_sets_up_the_edition(self):
        page, base, screenshot = self.page, self.base, self.screenshot

        # 1. The secretariat creates the edition from a template in the admin.
        sign_in(page, base, "sekretariat")
        assert page.url == f"{base}/admin/"
        page.goto(f"{base}/admin/competitions/competition/")
        page.get_by_role("link", name="Edisi baru dari templat").click()
        page.select_option("#id_template", label="Kompetisi Inovasi Kota")
        page.fill("#id_year", str(YEAR))
        page.click("input[type=submit]")
        assert "dibuat sebagai draf" in page.locator(".messagelist").inner_text()
        screenshot(page, "secretariat-edition-created")
        competition = self.competition()

        # It adjusts the edition: registration open from yesterday for a month, a Perangkat Daerah shortlist
        # of one (two units will meet at the line) and no other category, ties not broken by submission time,
        # a shorter summary.
        now = timezone.now()
        for field, moment in (
            ("registration_opens_at", now - datetime.timedelta(days=1)),
            ("registration_closes_at", now + datetime.timedelta(days=30)),
        ):
            day, time = admin_date(moment)
            page.fill(f"#id_{field}_0", day)
            page.fill(f"#id_{field}_1", time)
        page.fill("#id_tie_break_chain", '["last_stage", "heaviest_criterion"]')
        page.fill("#id_judges_per_entry", "3")
        page.check("#id_show_feedback_to_units")
        page.fill("#id_certificate_signer_name", "Drs. H. Ratu Dewa, M.Si.")
        page.fill("#id_certificate_signer_title", "Penjabat Wali Kota Palembang")
        page.fill("#id_categories-0-shortlist_size", "1")
        page.check("#id_categories-1-DELETE")  # this year only the departments compete
        page.check("#id_categories-2-DELETE")
        for index in range(5):
            if page.input_value(f"#id_stages-{index}-shortlist_size"):
                page.fill(f"#id_stages-{index}-shortlist_size", "1")
        summary_limit = page.locator("input[name$='-word_limit']").first
        summary_limit.fill("150")
        page.click("input[name=_continue]")
        assert page.locator(".errornote").count() == 0, page.locator(
            ".errornote, .errorlist"
        ).all_inner_texts()
        screenshot(page, "secretariat-edition-adjusted")

        # The proposal rubric: signifikansi counts 5 points less, adaptabilitas 5 more (still 100%).
        proposal_stage = competition.stages.get(order=2)
        page.goto(f"{base}/admin/competitions/stage/{proposal_stage.pk}/change/")
        weights = page.locator("input[name$='-weight'][name^='criteria']")
        names = page.locator("input[name$='-name'][name^='criteria']")
        for index in range(names.count()):
            if names.nth(index).input_value() == "Signifikansi":
                weights.nth(index).fill("25")
            if names.nth(index).input_value() == "Adaptabilitas":
                weights.nth(index).fill("25")
        page.click("input[name=_continue]")
        assert page.locator(".errornote").count() == 0, page.locator(
            ".errornote, .errorlist"
        ).all_inner_texts()
        screenshot(page, "secretariat-rubric-adjusted")

        # Registration opens.
        admin_action(page, f"{base}/admin/competitions/competition/", competition.pk, "Pendaftaran dibuka")
        competition.refresh_from_db()
        assert competition.status == Competition.Status.OPEN
        screenshot(page, "secretariat-registration-open")
        sign_out(page)

    def two_units_enter(self):
        page, base = self.page, self.base
        # 2. Two operators of different units each create an innovation with a photo and enter it.
        for username, title in OPERATORS.items():
            sign_in(page, base, username)
            assert page.url == f"{base}/unit/"
            self.enter_an_innovation(title, step=username)
            sign_out(page)
        entries = {title: Submission.objects.get(innovation__title=title) for title in OPERATORS.values()}
        assert {entry.status for entry in entries.values()} == {Submission.Status.SUBMITTED}

    def administrative_check_with_a_revision(self):
        page, base, screenshot = self.page, self.base, self.screenshot
        competition = self.competition()
        revised, passed = (Submission.objects.get(innovation__title=title) for title in OPERATORS.values())

        # 3. The secretariat opens the administrative stage and asks the first unit for a revision.
        sign_in(page, base, "sekretariat")
        administrative = competition.stages.get(order=1)
        admin_action(page, f"{base}/admin/competitions/stage/", administrative.pk, "Buka tahap yang dipilih")
        page.goto(f"{base}/admin/submissions/submission/{revised.pk}/check/")
        for requirement in competition.requirements.filter(is_required=True):
            if requirement.name != "Foto kegiatan inovasi":
                page.check(f"input[name=met_{requirement.pk}]")
        page.check("input[name=outcome][value=revise]")
        page.fill("#id_note", "Foto kegiatan kurang jelas, mohon ganti.")
        deadline = timezone.localtime(timezone.now() + datetime.timedelta(days=3))
        page.fill("#id_revision_deadline", deadline.strftime("%Y-%m-%dT%H:%M"))
        screenshot(page, "secretariat-asks-for-a-revision")
        page.click("input[type=submit]")
        revised.refresh_from_db()
        assert revised.status == Submission.Status.NEEDS_REVISION
        # The second passes from the list, with the action for entries whose documents are all in order.
        admin_action(
            page,
            f"{base}/admin/submissions/submission/",
            passed.pk,
            "Loloskan pemeriksaan administrasi (semua dokumen lengkap)",
        )
        passed.refresh_from_db()
        assert passed.status == Submission.Status.ELIGIBLE
        sign_out(page)

        # The unit reads why on its dashboard, replaces the photo and resubmits.
        username = next(iter(OPERATORS))
        sign_in(page, base, username)
        page.locator("tr", has_text=revised.innovation.title).get_by_role("link", name="Lihat").click()
        assert "Foto kegiatan kurang jelas" in page.content()
        page.click("text=Perbaiki")
        page.locator(".evidence-list li", has=page.locator("img.evidence-thumb")).locator("button").click()
        page.select_option("#id_target", label="Foto kegiatan inovasi")
        page.set_input_files("#id_file", str(self.files["photo"]))
        page.click("#evidence button[type=submit]:has-text('Tambah')")
        page.click("button[name=review]")
        page.click("text=Ya, kirim ulang usulan")
        revised.refresh_from_db()
        assert revised.status == Submission.Status.RESUBMITTED
        screenshot(page, "operator-resubmitted")
        sign_out(page)

        # The secretariat passes it and closes the administrative stage and the registration.
        sign_in(page, base, "sekretariat")
        page.goto(f"{base}/admin/submissions/submission/{revised.pk}/check/")
        for requirement in competition.requirements.filter(is_required=True):
            page.check(f"input[name=met_{requirement.pk}]")
        page.check("input[name=outcome][value=passed]")
        page.click("input[type=submit]")
        revised.refresh_from_db()
        assert revised.status == Submission.Status.ELIGIBLE
        admin_action(page, f"{base}/admin/competitions/stage/", administrative.pk, "Tutup tahap yang dipilih")
        administrative.refresh_from_db()
        assert administrative.status == Stage.Status.CLOSED
        admin_action(
            page,
            f"{base}/admin/competitions/competition/",
            competition.pk,
            "Tutup pendaftaran dan mulai penilaian",
        )
        assert self.competition().status == Competition.Status.JUDGING
        screenshot(page, "secretariat-administrative-stage-closed")

    def entries(self) -> list[Submission]:
        return [Submission.objects.get(innovation__title=title) for title in OPERATORS.values()]

    def build_panel_and_assign(self, stage, judges):
        """The secretariat puts the judges on the stage's panel and assigns the entries automatically."""
        page, base = self.page, self.base
        category = self.competition().categories.get()
        for username in judges:
            page.goto(f"{base}/admin/judging/panel/add/")
            page.select_option("#id_stage", value=str(stage.pk))
            page.select_option("#id_category", value=str(category.pk))
            page.select_option("#id_judge", value=str(User.objects.get(username=username).pk))
            page.click("input[name=_save]")
            assert page.locator(".errornote").count() == 0, page.locator(".errorlist").all_inner_texts()
        page.goto(f"{base}/admin/judging/panel/")
        for panel in stage.panels.all():
            page.check(f"input[name=_selected_action][value='{panel.pk}']")
        page.select_option(
            "select[name=action]", label="Tugaskan usulan secara otomatis (k juri per usulan, merata)"
        )
        with page.expect_navigation():
            page.click("button[name=index]")
        assert page.locator(".messagelist .error").count() == 0, page.locator(".messagelist").inner_text()

    def score(self, page, entry, stage, value, *, step):
        """A judge opens the entry from their list, gives every criterion `value`, submits and locks."""
        page.goto(f"{self.base}/penilaian/?tahap={stage.pk}")
        page.locator(f"a[href$='/penilaian/{stage.pk}/{entry.pk}/']").first.click()
        inputs = page.locator("input.score-input")
        for index in range(inputs.count()):
            inputs.nth(index).fill(str(value))
        assert page.locator("#live-total-left").inner_text() == ""
        self.screenshot(page, f"{step}-score-sheet")
        page.click("button[name=submit]")
        page.click("button[name=confirm]")
        assert "terkirim" in page.locator(".alert-success").inner_text()

    def judges_score_the_proposals(self):
        page, phone, base, screenshot = self.page, self.phone, self.base, self.screenshot
        proposal = self.competition().stages.get(order=2)
        first, second = self.entries()

        # 4. The secretariat opens the proposal stage, builds its panel and assigns automatically.
        sign_in(page, base, "sekretariat")
        admin_action(page, f"{base}/admin/competitions/stage/", proposal.pk, "Buka tahap yang dipilih")
        self.build_panel_and_assign(proposal, ["juri1", "juri2", "juri3"])
        assert proposal.assignments.count() == 6
        screenshot(page, "secretariat-panel-assigned")
        sign_out(page)

        # juri3 declares a conflict with the second entry; from then on it cannot open it.
        sign_in(page, base, "juri3")
        assert page.url == f"{base}/penilaian/"
        page.goto(f"{base}/penilaian/{proposal.pk}/{second.pk}/")
        page.get_by_role("link", name="Saya memiliki konflik kepentingan dengan usulan ini").click()
        page.fill("#id_reason", "Saya pernah menjadi konsultan inovasi ini.")
        page.click("input[name=declare]")
        screenshot(page, "juri3-declared-a-conflict")
        score_page = f"{base}/penilaian/{proposal.pk}/{second.pk}/"
        assert page.context.request.get(score_page).status == 404
        assert page.locator(f"a[href$='/penilaian/{proposal.pk}/{second.pk}/']").count() == 0
        self.score(page, first, proposal, 8, step="juri3")
        sign_out(page)

        # juri1 scores on a desktop window, juri2 on a phone: the same marks, so the two entries tie.
        sign_in(page, base, "juri1")
        for entry in (first, second):
            self.score(page, entry, proposal, 8, step="juri1")
        sign_out(page)
        sign_in(phone, base, "juri2")
        for entry in (first, second):
            self.score(phone, entry, proposal, 8, step="juri2-phone")
        assert_no_horizontal_scroll(phone)
        sign_out(phone)

        # The secretariat reopens one of juri1's sheets with a reason; juri1 reads it, adds a note, resubmits.
        sign_in(page, base, "sekretariat")
        sheet = proposal.sheets.get(judge__username="juri1", submission=second)
        page.goto(f"{base}/admin/judging/scoresheet/{sheet.pk}/change/")
        page.get_by_role("link", name="Buka kembali dengan alasan").click()
        page.fill("#id_reason", "Mohon lengkapi catatan untuk kriteria Signifikansi.")
        page.click("input[type=submit]")
        assert "dibuka kembali" in page.locator(".messagelist").inner_text()
        sign_out(page)
        sign_in(page, base, "juri1")
        assert "Mohon lengkapi catatan" in page.content()
        screenshot(page, "juri1-sees-the-reopened-sheet")
        page.locator(f"a[href$='/penilaian/{proposal.pk}/{second.pk}/']").first.click()
        page.fill("#id_note", "Signifikansi: dampak bagi pemohon izin terukur dari waktu layanan.")
        page.click("button[name=submit]")
        page.click("button[name=confirm]")
        assert "terkirim" in page.locator(".alert-success").inner_text()
        sign_out(page)

    def decide_stage(self, stage, *, step, tie_reason=None):
        """The secretariat decides a stage for the category from its ranking page, placing a tie if any."""
        page, base = self.page, self.base
        category = self.competition().categories.get()
        page.goto(f"{base}/admin/competitions/stage/{stage.pk}/ranking/{category.pk}/")
        ties = page.locator("fieldset.tie-form")
        assert ties.count() == (1 if tie_reason else 0)
        if tie_reason:
            selects = ties.locator("select")
            assert selects.count() == 2
            selects.nth(0).select_option("0")
            selects.nth(1).select_option("1")
            ties.locator("textarea").fill(tie_reason)
        self.screenshot(page, f"{step}-ranking")
        page.click("input[name=preview]")
        self.screenshot(page, f"{step}-confirm")
        page.click("input[name=confirm]")
        assert "dicatat" in page.locator(".messagelist").inner_text()
        admin_action(page, f"{base}/admin/competitions/stage/", stage.pk, "Tutup tahap yang dipilih")

    def secretariat_settles_the_tie_and_advances(self):
        page, base = self.page, self.base
        proposal = self.competition().stages.get(order=2)
        first, second = self.entries()

        # 5. The two entries are level at the line of a one-place shortlist: the secretariat decides why.
        sign_in(page, base, "sekretariat")
        self.decide_stage(
            proposal,
            step="secretariat-proposal",
            tie_reason="Bukti dampak SI PANDAI lebih lengkap menurut catatan juri.",
        )
        page.goto(f"{base}/admin/competitions/stage/{proposal.pk}/ranking/{first.category_id}/")
        assert "Bukti dampak SI PANDAI lebih lengkap" in page.content()
        assert proposal.results.get(submission=first).outcome == "advanced"
        assert proposal.results.get(submission=second).outcome == "eliminated"
        verification = self.competition().stages.get(order=3)
        admin_action(page, f"{base}/admin/competitions/stage/", verification.pk, "Buka tahap yang dipilih")
        sign_out(page)

    def verifier_visits_on_a_phone(self):
        phone, base, screenshot = self.phone, self.base, self.screenshot
        verification = self.competition().stages.get(order=3)
        finalist = self.entries()[0]

        # A verifier records the field visit with a photo, on a phone.
        sign_in(phone, base, "verifikator")
        assert phone.url == f"{base}/verifikasi/"
        phone.locator(f"a[href$='/verifikasi/{verification.pk}/{finalist.pk}/']").click()
        phone.fill("#id_visited_on", timezone.localdate().isoformat())
        phone.fill("#id_team", "Fitri Handayani, Yusuf Hakim")
        phone.fill("#id_findings", "Loket daring berjalan; 40 izin terbit pekan ini tanpa antre.")
        phone.click("label[for=id_verified_0]")
        phone.fill("#id_score", "85")
        phone.set_input_files("#id_photos", str(self.files["photo"]))
        assert phone.locator(".file-picker-chosen").inner_text() == self.files["photo"].name
        assert_no_horizontal_scroll(phone)
        screenshot(phone, "verifier-phone-visit")
        phone.click("#visit-form button[type=submit]")
        assert "Kunjungan lapangan sudah dicatat." in phone.locator(".alert-success").inner_text()
        sign_out(phone)

        sign_in(self.page, base, "sekretariat")
        self.decide_stage(verification, step="secretariat-verification")
        presentation = self.competition().stages.get(order=4)
        admin_action(
            self.page, f"{base}/admin/competitions/stage/", presentation.pk, "Buka tahap yang dipilih"
        )
        self.build_panel_and_assign(presentation, ["juri1", "juri2", "juri3"])
        sign_out(self.page)

    def presentation_and_prizes(self):
        page, base, screenshot = self.page, self.base, self.screenshot
        competition = self.competition()
        presentation = competition.stages.get(order=4)
        finalist = self.entries()[0]
        category = competition.categories.get()

        # The presentation is scored by the three judges.
        for username in ("juri1", "juri2", "juri3"):
            sign_in(page, base, username)
            self.score(page, finalist, presentation, 9, step=f"{username}-presentation")
            sign_out(page)

        # The secretariat decides the presentation, then the prizes from the final ranking, and publishes.
        sign_in(page, base, "sekretariat")
        self.decide_stage(presentation, step="secretariat-presentation")
        final = competition.stages.get(order=5)
        admin_action(page, f"{base}/admin/competitions/stage/", final.pk, "Buka tahap yang dipilih")
        page.goto(f"{base}/admin/competitions/stage/final/{competition.pk}/{category.pk}/")
        screenshot(page, "secretariat-final-ranking")
        page.click("input[name=preview]")
        page.click("input[name=confirm]")
        assert "ditetapkan" in page.locator(".messagelist").inner_text()
        page.click("input[name=publish]")
        screenshot(page, "secretariat-publish-confirm")
        page.click("input[name=confirm-publish]")
        assert "diumumkan" in page.locator(".messagelist").inner_text()
        assert self.competition().status == Competition.Status.ANNOUNCED
        sign_out(page)

    def everyone_sees_the_results(self):
        page, phone, base, screenshot = self.page, self.phone, self.base, self.screenshot
        competition = self.competition()
        winner = self.entries()[0]

        # 6. The public finds the winner from the home page, and in the catalogue.
        page.goto(f"{base}/")
        page.locator(".card", has_text=competition.name).get_by_role("link", name="Lihat pemenang").click()
        assert page.url == f"{base}/hasil/{competition.slug}/"
        winner_card = page.locator(".award-card", has_text="SI PANDAI")
        assert "Juara 1" in winner_card.inner_text()
        screenshot(page, "public-results")
        page.goto(f"{base}/katalog/")
        page.fill("#id_q", "PANDAI")
        page.click("form[role=search] button[type=submit]")
        page.get_by_role("link", name="SI PANDAI").first.click()
        assert "Juara 1" in page.locator("main").inner_text()
        screenshot(page, "public-catalogue-winner")
        phone.goto(f"{base}/hasil/{competition.slug}/")
        assert_no_horizontal_scroll(phone)
        screenshot(phone, "public-results-phone")

        # A leader lands on the participation dashboard and downloads the units that did not take part.
        sign_in(page, base, "pimpinan")
        assert page.url.startswith(f"{base}/unit/partisipasi/")
        screenshot(page, "leader-participation")
        with page.expect_download() as download:
            page.get_by_role("link", name="Unit yang belum ikut serta (CSV)").click()
        not_taking_part = Path(download.value.path()).read_text(encoding="utf-8-sig")
        assert "Dinas Kesehatan" in not_taking_part
        assert "Dinas Komunikasi dan Informatika" not in not_taking_part
        sign_out(page)

        # The winning unit downloads its piagam; the address printed on it confirms it to anyone.
        sign_in(page, base, next(iter(OPERATORS)))
        page.locator("tr", has_text="SI PANDAI").get_by_role("link", name="Lihat").click()
        with page.expect_download() as download:
            page.get_by_role("link", name="Unduh piagam (PDF)").click()
        text = "".join(pdf_page.extract_text() for pdf_page in PdfReader(download.value.path()).pages)
        address = re.search(r"https?://\S+/piagam/[\w-]+/", text).group(0)
        sign_out(page)
        page.goto(address)
        assert "Piagam ini asli" in page.locator(".alert-success").inner_text()
        assert "SI PANDAI" in page.locator("main").inner_text()
        assert winner.unit.name in page.locator("main").inner_text()
        screenshot(page, "public-piagam-check")

    def enter_an_innovation(self, title, *, step):
        """An operator creates the innovation with a photo, writes the proposal (the counter follows),
        attaches a PDF and a photo while typing, saves a draft, comes back later and submits."""
        page, files, screenshot = self.page, self.files, self.screenshot
        page.get_by_role("link", name="Inovasi baru").click()
        page.fill("#id_title", title)
        page.fill("#id_summary", f"{title} mempercepat layanan warga tanpa antre di loket.")
        for field in ("form", "kind", "phase", "initiator"):
            page.select_option(f"#id_{field}", index=1)
        page.check("#id_affairs_0")
        page.fill("#id_launch_date", (timezone.localdate() - datetime.timedelta(days=400)).isoformat())
        page.click("#submit-id-save")
        screenshot(page, f"{step}-innovation-saved")
        page.set_input_files("#id_image", str(files["photo"]))
        assert page.locator(".file-picker-chosen").first.inner_text() == files["photo"].name
        page.fill("#id_caption", "Loket layanan")
        page.get_by_role("button", name="Unggah foto").click()
        assert "Belum ada foto" not in page.content()
        screenshot(page, f"{step}-innovation-photo")

        # It enters the edition: the only category open to the unit is already chosen.
        page.get_by_role("link", name="Ikuti kompetisi").first.click()
        assert page.locator("#id_category option:checked").inner_text().endswith("Perangkat Daerah")
        page.click("input[name=enter]")

        # The proposal: the counter follows the typing.
        sections = page.locator("textarea.word-counted")
        for index in range(sections.count()):
            sections.nth(index).fill(f"Bagian {index + 1} proposal {title} yang ditulis lengkap dan jelas.")
        counter = page.locator('[data-counter-for="id_section_summary"]')
        assert counter.inner_text() == "10 dari 150 kata"  # the limit the secretariat set
        page.fill("#id_section_summary", "Ringkasan singkat.")
        assert counter.inner_text().startswith("2 ")
        screenshot(page, f"{step}-proposal-typed")

        # Evidence while typing: what was typed since the last save goes along with each file.
        typed = f"Ringkasan {title}: layanan izin dan informasi satu pintu, tanpa antre."
        page.fill("#id_section_summary", typed)
        for label, path in (
            ("Proposal lengkap (PDF)", files["pdf"]),
            ("Foto kegiatan inovasi", files["photo"]),
            ("SK Kepala OPD tentang inovasi", files["pdf"]),
            ("Surat pernyataan keaslian inovasi", files["pdf"]),
        ):
            page.select_option("#id_target", label=label)
            page.set_input_files("#id_file", str(path))
            page.click("#evidence button[type=submit]:has-text('Tambah')")
            assert "ditambahkan" in page.locator(".alert-success").inner_text()
            assert page.input_value("#id_section_summary") == typed
        assert page.locator("img.evidence-thumb").count() == 1
        page.click("button[name=save]")
        assert "Draf sudah disimpan" in page.locator(".alert-success").inner_text()
        screenshot(page, f"{step}-proposal-draft-saved")

        # Later, from the unit's dashboard, the operator comes back to the draft and submits it.
        page.goto(f"{self.base}/unit/")
        page.locator("tr", has_text=title).get_by_role("link", name="Lihat").click()
        page.get_by_role("link", name="Ubah").first.click()
        assert page.input_value("#id_section_summary") == typed
        page.click("button[name=review]")
        screenshot(page, f"{step}-proposal-review")
        page.click("text=Ya, kirim usulan")
        assert "terkirim" in page.locator(".alert-success").inner_text()
        screenshot(page, f"{step}-proposal-submitted")
