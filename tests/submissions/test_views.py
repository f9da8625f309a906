"""The operator's pages through the real stack: scope (404), downloads, query budgets, the journey."""

import datetime
import zoneinfo
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from competitions.models import Stage
from competitions.services import open_stage
from submissions import services
from submissions.models import AdministrativeCheck, Innovation, Submission
from tests import factories
from tests.files import image_upload, pdf_bytes, pdf_upload
from tests.sessions import signed_in_then_session_expired

pytestmark = pytest.mark.django_db


@pytest.fixture
def evidence(draft, unit_operator, edition):
    return services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload("SK Kadis.pdf")
    )


def entry_urls(submission, attachment) -> list[str]:
    return [
        reverse("submissions:entry", args=[submission.pk]),
        reverse("submissions:entry_edit", args=[submission.pk]),
        reverse("submissions:entry_submit", args=[submission.pk]),
        reverse("submissions:entry_withdraw", args=[submission.pk]),
        reverse("submissions:evidence_download", args=[attachment.pk]),
    ]


@pytest.mark.parametrize("outsider", ["other_operator", "judge", "verifier", "leader"])
def test_everyone_outside_the_unit_gets_404(client, draft, evidence, outsider, judge, verifier, leader):
    users = {
        "other_operator": factories.make_operator(username="operator-dinsos"),
        "judge": judge,
        "verifier": verifier,
        "leader": leader,
    }
    client.force_login(users[outsider])
    for url in entry_urls(draft, evidence):
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("submissions:evidence_remove", args=[evidence.pk])).status_code == 404
    assert (
        client.post(reverse("submissions:entry_edit", args=[draft.pk]), {"summary": "x"}).status_code == 404
    )
    draft.refresh_from_db()
    assert draft.sections["summary"] != "x"


def test_anonymous_users_are_sent_to_sign_in(client, draft, evidence):
    for url in entry_urls(draft, evidence):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_operator_cannot_open_another_units_innovation(client, unit_operator):
    foreign = factories.InnovationFactory()
    client.force_login(unit_operator)
    assert client.get(reverse("submissions:innovation_edit", args=[foreign.pk])).status_code == 404
    assert client.get(reverse("submissions:innovation_enter", args=[foreign.pk])).status_code == 404


def test_download_is_an_attachment_with_nosniff(client, unit_operator, evidence):
    client.force_login(unit_operator)
    response = client.get(reverse("submissions:evidence_download", args=[evidence.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "SK Kadis.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_pdf_uploaded_by_the_unit_comes_back_without_its_metadata_and_with_its_pages(
    client, draft, unit_operator, edition
):
    proposal = pdf_bytes(
        pages=2,
        title="Proposal Dinas Komunikasi dan Informatika",
        author="Operator Diskominfo",
        xmp_creator="Dinas Komunikasi dan Informatika",
    )
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        {
            **{f"section_{key}": text for key, text in draft.sections.items()},
            "draft_revision": "0",
            "target": f"req-{edition['proposal'].pk}",
            "file": pdf_upload("Proposal Diskominfo.pdf", proposal),
            "add_evidence": "",
        },
    )
    assert response.status_code == 302

    attachment = draft.attachments.get()
    download = client.get(reverse("submissions:evidence_download", args=[attachment.pk]))
    assert download.status_code == 200
    assert "Proposal Diskominfo.pdf" in download["Content-Disposition"]  # the unit sees its own file name
    body = b"".join(download.streaming_content)
    assert b"Diskominfo" not in body and b"Komunikasi" not in body
    assert attachment.size == len(body)
    pdf = pikepdf.open(BytesIO(body))
    assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
    assert len(pdf.pages) == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("proposal.pdf", b"<html><script>alert(1)</script></html>", "PDF, JPEG, PNG"),
        ("foto.png", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "PDF, JPEG, PNG"),
    ],
    ids=["html-named-pdf", "svg-named-png"],
)
def test_an_upload_that_is_not_what_its_name_says_is_refused_in_indonesian(
    client, draft, unit_operator, edition, name, content, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        {
            **{f"section_{key}": text for key, text in draft.sections.items()},
            "draft_revision": "0",
            "target": f"req-{edition['proposal'].pk}",
            "title": "SK Kepala Dinas 2026",
            "file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200  # the proposal page again, with the error and what was typed
    html = response.content.decode()
    assert message in html
    assert "berkas" in html.lower()
    assert 'value="SK Kepala Dinas 2026"' in html
    assert not draft.attachments.exists()


def test_secretariat_downloads_any_entrys_evidence(client, secretariat, evidence):
    client.force_login(secretariat)
    assert client.get(reverse("submissions:evidence_download", args=[evidence.pk])).status_code == 200


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_operator_dashboard_query_count_does_not_grow_with_entries(client, edition, unit_operator):
    unit = unit_operator.memberships.get().unit
    client.force_login(unit_operator)

    def add_entries(count):
        for _ in range(count):
            factories.SubmissionFactory(
                innovation=factories.InnovationFactory(unit=unit), category=edition["category"]
            )

    add_entries(2)
    with_two = count_queries(client, reverse("submissions:dashboard"))
    add_entries(48)
    with_fifty = count_queries(client, reverse("submissions:dashboard"))
    assert with_two == with_fifty
    assert with_fifty <= 13


def test_proposal_pages_query_count_does_not_grow_with_evidence(client, draft, unit_operator, edition):
    client.force_login(unit_operator)
    for _ in range(2):
        services.add_evidence(
            submission=draft, by=unit_operator, section="novelty", link="https://youtu.be/abc"
        )
    urls = [reverse("submissions:entry_edit", args=[draft.pk]), reverse("submissions:entry", args=[draft.pk])]
    small = [count_queries(client, url) for url in urls]
    for _ in range(48):
        services.add_evidence(
            submission=draft, by=unit_operator, section="novelty", link="https://youtu.be/abc"
        )
    assert [count_queries(client, url) for url in urls] == small


def test_saving_a_draft_keeps_what_was_typed_when_registration_has_closed(client, draft, unit_operator):
    client.force_login(unit_operator)
    competition = draft.competition
    competition.registration_closes_at = timezone.now() - timedelta(minutes=1)
    competition.registration_opens_at = timezone.now() - timedelta(days=30)
    competition.save()
    typed = {f"section_{section}": f"Teks baru untuk {section}" for section in factories.SECTION_KEYS}
    response = client.post(reverse("submissions:entry_edit", args=[draft.pk]), typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Teks baru untuk significance" in html
    assert "alert-danger" in html
    draft.refresh_from_db()
    assert draft.sections["significance"] != "Teks baru untuk significance"


def test_word_counter_is_rendered_by_the_server(client, draft, unit_operator):
    client.force_login(unit_operator)
    html = client.get(reverse("submissions:entry_edit", args=[draft.pk])).content.decode()
    assert 'data-word-limit="600"' in html
    assert 'data-counter-for="id_section_significance"' in html


def test_the_whole_journey_of_an_entry(
    client, edition, unit_operator, secretariat, mailoutbox, django_capture_on_commit_callbacks
):
    """Create an innovation, enter, write, add evidence, submit; the secretariat asks for a revision; the
    operator revises and resubmits; the secretariat passes it."""
    with django_capture_on_commit_callbacks(execute=True):
        journey(client, edition, unit_operator, secretariat)
    assert [message.to for message in mailoutbox] == [["kominfo@palembang.go.id"]] * 4
    assert mailoutbox[0].subject == "[Portal Inovasi] Usulan diterima: Si Warga"


def journey(client, edition, unit_operator, secretariat):
    client.force_login(unit_operator)
    unit = unit_operator.memberships.get().unit
    from submissions.models import GovernmentAffair

    response = client.post(
        reverse("submissions:innovation_create"),
        {
            "unit": unit.pk,
            "title": "Si Warga",
            "summary": "Aduan warga dalam satu pintu.",
            "form": "public_service",
            "kind": "digital",
            "phase": "implementation",
            "initiator": "agency",
            "affairs": [GovernmentAffair.objects.get(code="kominfo").pk],
            "launch_date": "2024-02-01",
            "is_public": "on",
        },
    )
    innovation = Innovation.objects.get(title="Si Warga")
    assert response.status_code == 302
    response = client.post(
        reverse("submissions:innovation_enter", args=[innovation.pk]), {"category": edition["category"].pk}
    )
    submission = Submission.objects.get(innovation=innovation)
    assert response["Location"] == reverse("submissions:entry_edit", args=[submission.pk])

    sections = {f"section_{section}": f"Isi {section} yang lengkap." for section in factories.SECTION_KEYS}
    edit_url = reverse("submissions:entry_edit", args=[submission.pk])
    client.post(edit_url, {**sections, "draft_revision": "0", "save": ""})
    client.post(
        edit_url,
        {**sections, "draft_revision": "1", "target": f"req-{edition['proposal'].pk}", "file": pdf_upload()},
    )
    client.post(
        edit_url,
        {**sections, "draft_revision": "2", "target": f"req-{edition['photo'].pk}", "file": image_upload()},
    )
    assert "Proposal lengkap" not in " ".join(
        str(item)
        for item in client.get(reverse("submissions:entry_submit", args=[submission.pk])).context["missing"]
    )
    client.post(reverse("submissions:entry_submit", args=[submission.pk]))
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED

    client.force_login(secretariat)
    check_url = reverse("admin:submissions_submission_check", args=[submission.pk])
    assert client.get(check_url).status_code == 200
    deadline = timezone.localtime(timezone.now() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        check_url,
        {
            "outcome": "revise",
            "note": "Foto kurang jelas",
            "revision_deadline": deadline,
            f"met_{edition['proposal'].pk}": "on",
            f"note_{edition['photo'].pk}": "buram",
        },
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NEEDS_REVISION

    client.force_login(unit_operator)
    dashboard = client.get(reverse("submissions:dashboard")).content.decode()
    assert "Si Warga" in dashboard and "list-group-item-danger" in dashboard
    detail = client.get(reverse("submissions:entry", args=[submission.pk])).content.decode()
    assert "Foto kurang jelas" in detail and "buram" in detail
    old_photo = submission.attachments.get(requirement=edition["photo"])
    response = client.post(
        edit_url,
        {
            **sections,
            "draft_revision": "3",
            "remove_evidence": str(old_photo.pk),
            "target": f"req-{edition['photo'].pk}",
            "file": image_upload("foto-baru.png", fmt="PNG"),
        },
    )
    assert response.status_code == 302
    client.post(reverse("submissions:entry_submit", args=[submission.pk]))
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RESUBMITTED
    assert submission.versions.count() == 2

    client.force_login(secretariat)
    client.post(
        check_url,
        {"outcome": "passed", f"met_{edition['proposal'].pk}": "on", f"met_{edition['photo'].pk}": "on"},
    )
    submission.refresh_from_db()
    assert submission.status == Submission.Status.ELIGIBLE


def test_secretariat_reads_an_entrys_history_in_the_admin(client, secretariat, draft, unit_operator):
    services.withdraw_submission(submission=draft, by=unit_operator, reason="Fokus tahun depan")
    client.force_login(secretariat)
    html = client.get(reverse("admin:submissions_submission_change", args=[draft.pk])).content.decode()
    assert "Status diubah dari “Draf” menjadi “Ditarik”." in html
    assert "Fokus tahun depan" in html
    assert 'name="_delete"' not in html  # an entry is never deleted


def test_proposal_text_typed_before_the_session_expired_comes_back_after_signing_in(
    client, draft, unit_operator
):
    url = reverse("submissions:entry_edit", args=[draft.pk])
    typed = {f"section_{section}": f"Teks yang diketik untuk {section}" for section in factories.SECTION_KEYS}
    typed["title"] = "Foto peluncuran layanan"  # the evidence description typed beside the text
    signed_in_then_session_expired(client, unit_operator, url)
    response = client.post(url, typed)  # not signed in any more
    assert response["Location"].startswith(reverse("login"))
    client.post(response["Location"], {"username": unit_operator.username, "password": factories.PASSWORD})
    page = client.get(url).content.decode()
    assert "Teks yang diketik untuk significance" in page
    assert 'value="Foto peluncuran layanan"' in page
    assert "Sesi Anda sudah berakhir" in page
    draft.refresh_from_db()
    assert draft.sections["significance"] != "Teks yang diketik untuk significance"  # restored, not yet saved


def test_an_innovation_profile_typed_before_the_session_expired_is_kept(client, unit_operator):
    url = reverse("submissions:innovation_create")
    signed_in_then_session_expired(client, unit_operator, url)
    response = client.post(url, {"title": "Si Cepat Tanggap", "summary": "Ringkasan yang panjang"})
    client.post(response["Location"], {"username": unit_operator.username, "password": factories.PASSWORD})
    page = client.get(url).content.decode()
    assert 'value="Si Cepat Tanggap"' in page and "Ringkasan yang panjang" in page


def revision_requested(draft, unit_operator, secretariat, edition, *, deadline):
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload()
    )
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["photo"], upload=image_upload()
    )
    services.submit_submission(submission=draft, by=unit_operator)
    services.record_administrative_check(
        submission=draft,
        by=secretariat,
        verdicts=[],
        outcome=AdministrativeCheck.Outcome.REVISE,
        revision_deadline=deadline,
    )


def test_an_entry_waiting_for_its_revision_is_listed_once_on_the_dashboard(
    client, draft, unit_operator, secretariat, edition
):
    deadline = datetime.datetime(2099, 3, 5, 14, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta"))
    revision_requested(draft, unit_operator, secretariat, edition, deadline=deadline)
    other_draft = factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=draft.unit, title="Si Pintar"),
        category=edition["category"],
    )
    client.force_login(unit_operator)
    response = client.get(reverse("submissions:dashboard"))
    attention = [(item.submission, item.message) for item in response.context["dashboard"].attention]
    assert sorted(submission.pk for submission, _message in attention) == [draft.pk, other_draft.pk]
    messages = dict(attention)
    assert messages[draft].startswith("Perbaikan diminta: kirim ulang dalam ")
    assert messages[draft].endswith(" hari (paling lambat 5 Maret 2099 14:30).")
    assert messages[other_draft].startswith("Masih draf;")
    html = response.content.decode()
    attention_html = html[html.index('id="attention-heading"') : html.index('id="entries-heading"')]
    assert attention_html.count("Si Warga") == 1
    assert attention_html.count("Masih draf") == 1  # the other draft only


def test_a_lapsed_revision_says_the_deadline_passed_on_the_dashboard(
    client, draft, unit_operator, secretariat, edition
):
    revision_requested(
        draft, unit_operator, secretariat, edition, deadline=timezone.now() + timedelta(days=2)
    )
    lapsed = datetime.datetime(2026, 3, 5, 14, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta"))
    Submission.objects.filter(pk=draft.pk).update(revision_deadline=lapsed)
    client.force_login(unit_operator)
    response = client.get(reverse("submissions:dashboard"))
    assert [item.message for item in response.context["dashboard"].attention] == [
        "Batas waktu perbaikan (5 Maret 2026 14:30) sudah lewat; Sekretariat akan memutuskan usulan ini."
    ]


# The proposal page: the text and the evidence in one form, so nothing typed is lost


def typed_page(prefix: str, revision: int, **evidence) -> dict:
    """What the proposal page sends: every section as typed, the revision it was opened at, evidence."""
    return {
        **{f"section_{section}": f"{prefix} {section}" for section in factories.SECTION_KEYS},
        "draft_revision": str(revision),
        **evidence,
    }


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_the_proposal_page_is_one_form_with_the_text_and_the_evidence(client, draft, unit_operator, evidence):
    client.force_login(unit_operator)
    main = main_html(client.get(reverse("submissions:entry_edit", args=[draft.pk])))
    assert main.count("<form") == 1
    form = main[main.index("<form") : main.index("</form>")]
    assert 'enctype="multipart/form-data"' in form
    assert f'action="{reverse("submissions:entry_edit", args=[draft.pk])}"' in form
    for name in [
        "section_summary",
        "section_sustainability",
        "target",
        "title",
        "file",
        "link",
        "save",
        "review",
    ]:
        assert f'name="{name}"' in form, name
    assert '<input type="hidden" name="draft_revision" value="0"' in form
    assert f'name="remove_evidence" value="{evidence.pk}"' in form
    assert "data-warn-unsaved" in form and "data-unsaved" not in form  # warns once something changes


def test_text_typed_before_adding_evidence_is_saved_with_it(client, draft, unit_operator, edition):
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        typed_page(
            "Belum disimpan", 0, target=f"req-{edition['proposal'].pk}", file=pdf_upload(), add_evidence=""
        ),
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#evidence")
    draft.refresh_from_db()
    assert draft.sections["novelty"] == "Belum disimpan novelty"
    assert draft.draft_revision == 1
    assert draft.attachments.get().requirement == edition["proposal"]
    page = client.get(response["Location"]).content.decode()
    assert "Draf sudah disimpan dan bukti dukung sudah ditambahkan." in page


def test_a_refused_upload_comes_back_with_the_text_and_the_evidence_fields_as_typed(
    client, draft, unit_operator, edition
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        typed_page(
            "Baru diketik",
            0,
            target=f"req-{edition['photo'].pk}",
            title="Foto peluncuran",
            file=SimpleUploadedFile("foto.jpg", b"bukan gambar"),
            add_evidence="",
        ),
    )
    assert response.status_code == 200
    main = main_html(response)
    for section in factories.SECTION_KEYS:
        assert f"Baru diketik {section}</textarea>" in main
    assert 'value="Foto peluncuran"' in main
    assert f'value="req-{edition["photo"].pk}" selected' in main
    evidence_panel = main[main.index('id="evidence"') :]
    assert "PDF, JPEG, PNG" in evidence_panel  # the refusal, beside the evidence
    assert "bukti dukung belum ditambahkan" in main
    assert '<input type="hidden" name="draft_revision" value="1"' in main  # the text is saved
    draft.refresh_from_db()
    assert (draft.sections["summary"], draft.draft_revision) == ("Baru diketik summary", 1)
    assert not draft.attachments.exists()
    # Saving again from the page that came back is not mistaken for someone else's save.
    again = client.post(reverse("submissions:entry_edit", args=[draft.pk]), typed_page("Lanjut", 1, save=""))
    assert again.status_code == 302
    draft.refresh_from_db()
    assert (draft.sections["summary"], draft.draft_revision) == ("Lanjut summary", 2)


def test_a_refused_link_comes_back_as_typed(client, draft, unit_operator, edition):
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        typed_page("Teks", 0, target="sec-novelty", link="https://www.youtube.com@evil.example/x", save=""),
    )
    assert response.status_code == 200
    main = main_html(response)
    assert 'value="https://www.youtube.com@evil.example/x"' in main
    assert 'value="sec-novelty" selected' in main
    assert "Teks novelty</textarea>" in main
    assert not draft.attachments.exists()


def test_removing_evidence_saves_the_text_typed_first(client, draft, unit_operator, evidence):
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        typed_page("Sebelum menghapus", 0, remove_evidence=str(evidence.pk)),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.sections["significance"] == "Sebelum menghapus significance"
    assert not draft.attachments.exists()


def test_removing_evidence_of_another_entry_answers_404_and_keeps_it(client, draft, unit_operator, edition):
    other = factories.SubmissionFactory(category=edition["category"])
    foreign = services.add_evidence(
        submission=other, by=unit_operator, section="novelty", link="https://a.id"
    )
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]), typed_page("Teks", 0, remove_evidence=foreign.pk)
    )
    assert response.status_code == 404
    assert other.attachments.filter(pk=foreign.pk, removed_at__isnull=True).exists()


def test_save_and_review_saves_the_text_and_opens_the_submit_page(client, draft, unit_operator):
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]), typed_page("Siap dikirim", 0, review="")
    )
    assert response["Location"] == reverse("submissions:entry_submit", args=[draft.pk])
    draft.refresh_from_db()
    assert draft.sections["resources"] == "Siap dikirim resources"


def test_two_saves_from_one_page_both_succeed(client, draft, unit_operator):
    client.force_login(unit_operator)
    url = reverse("submissions:entry_edit", args=[draft.pk])
    assert '<input type="hidden" name="draft_revision" value="0"' in client.get(url).content.decode()
    assert client.post(url, typed_page("Pertama", 0, save="")).status_code == 302
    reloaded = client.get(url).content.decode()
    assert '<input type="hidden" name="draft_revision" value="1"' in reloaded
    assert client.post(url, typed_page("Kedua", 1, save="")).status_code == 302
    draft.refresh_from_db()
    assert (draft.sections["summary"], draft.draft_revision) == ("Kedua summary", 2)


def test_a_save_after_someone_elses_save_is_refused_with_the_typed_text_kept(client, draft, unit_operator):
    colleague = factories.make_operator(unit=draft.unit, username="operator-kominfo-2")
    services.save_draft(
        submission=draft, sections={"summary": "Teks rekan kerja"}, by=colleague, expected_revision=0
    )
    client.force_login(unit_operator)
    url = reverse("submissions:entry_edit", args=[draft.pk])
    for _attempt in range(2):  # sending the same page again is refused again
        response = client.post(url, typed_page("Teks saya", 0, save=""))
        assert response.status_code == 200
        main = main_html(response)
        assert "sudah disimpan oleh orang lain" in main
        for section in factories.SECTION_KEYS:
            assert f"Teks saya {section}</textarea>" in main
        assert '<input type="hidden" name="draft_revision" value="0"' in main
        assert "data-unsaved" in main  # leaving this page would lose the text: warn from the start
        draft.refresh_from_db()
        assert (draft.sections["summary"], draft.sections["novelty"], draft.draft_revision) == (
            "Teks rekan kerja",
            factories.FILLED_SECTIONS["novelty"],
            1,
        )


def test_a_stale_page_adding_evidence_is_refused_before_anything_is_saved(
    client, draft, unit_operator, edition
):
    services.save_draft(submission=draft, sections={"summary": "Teks rekan kerja"}, by=unit_operator)
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        typed_page("Teks lama", 0, target="sec-novelty", title="Video", link="https://youtu.be/abc", save=""),
    )
    assert response.status_code == 200
    main = main_html(response)
    assert "sudah disimpan oleh orang lain" in main
    assert 'value="https://youtu.be/abc"' in main and 'value="Video"' in main
    assert not draft.attachments.exists()


def test_the_old_evidence_address_sends_the_operator_back_to_the_proposal_page(
    client, draft, unit_operator, edition
):
    client.force_login(unit_operator)
    url = reverse("submissions:evidence_add", args=[draft.pk])
    edit = reverse("submissions:entry_edit", args=[draft.pk]) + "#evidence"
    assert client.get(url)["Location"] == edit
    response = client.post(url, {"target": f"req-{edition['proposal'].pk}", "file": pdf_upload()})
    assert response["Location"] == edit
    assert "pilih kembali bukti dukung" in client.get(edit).content.decode()
    assert not draft.attachments.exists()


# Withdrawal: the button, the page and the service ask one rule


def start_the_final_stage(competition, secretariat):
    administrasi = competition.stages.get(kind=Stage.Kind.ADMINISTRATIVE)
    final = factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.FINAL, name="Penetapan")
    open_stage(stage=administrasi, by=secretariat)
    open_stage(stage=final, by=secretariat)


def test_before_the_final_stage_the_unit_withdraws_its_entry_from_its_page(client, draft, unit_operator):
    client.force_login(unit_operator)
    withdraw_url = reverse("submissions:entry_withdraw", args=[draft.pk])
    assert withdraw_url in client.get(reverse("submissions:entry", args=[draft.pk])).content.decode()
    assert client.get(withdraw_url).status_code == 200
    response = client.post(withdraw_url, {"reason": "Fokus tahun depan"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Submission.Status.WITHDRAWN
    assert withdraw_url not in client.get(reverse("submissions:entry", args=[draft.pk])).content.decode()
    assert client.get(withdraw_url).status_code == 404  # a withdrawn entry cannot be withdrawn again


def test_once_the_final_stage_has_started_there_is_no_withdraw_button_and_the_page_is_404(
    client, draft, unit_operator, secretariat
):
    start_the_final_stage(draft.competition, secretariat)
    client.force_login(unit_operator)
    withdraw_url = reverse("submissions:entry_withdraw", args=[draft.pk])
    detail = client.get(reverse("submissions:entry", args=[draft.pk]))
    assert detail.status_code == 200
    assert withdraw_url not in detail.content.decode()
    assert client.get(withdraw_url).status_code == 404
    assert client.post(withdraw_url, {"reason": "Terlambat"}).status_code == 404
    draft.refresh_from_db()
    assert draft.status == Submission.Status.DRAFT


def test_the_secretariat_reads_an_entry_but_is_not_offered_its_withdrawal(client, draft, secretariat):
    client.force_login(secretariat)
    withdraw_url = reverse("submissions:entry_withdraw", args=[draft.pk])
    assert withdraw_url not in client.get(reverse("submissions:entry", args=[draft.pk])).content.decode()
    assert client.get(withdraw_url).status_code == 404
    assert client.post(withdraw_url, {"reason": "Atas nama unit"}).status_code == 404


# Upload size limits


# 1.5 × 1,048,576 bytes against a 1 MB limit, a no-break space before the unit; a whole limit has no ",0".
TOO_LARGE = "Ukuran berkas 1,5\xa0MB; batasnya 1\xa0MB."


def upload_of_exactly(size: int, name: str = "loket.jpg") -> SimpleUploadedFile:
    """A real JPEG, padded at the end (decoders ignore what follows the image) to exactly `size` bytes."""
    picture = image_upload(name).read()
    return SimpleUploadedFile(name, picture + b"\0" * (size - len(picture)), content_type="image/jpeg")


def test_an_innovation_photo_over_the_portal_limit_is_refused_naming_the_size(
    client, unit_operator, settings
):
    settings.PORTAL_MAX_UPLOAD_MB = 1
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:innovation_photo_add", args=[innovation.pk]),
        {"image": upload_of_exactly(1_572_864), "caption": "Loket pelayanan"},
        follow=True,
    )
    assert response.status_code == 200
    assert TOO_LARGE in response.content.decode()
    assert not innovation.photos.exists()


def test_an_innovation_photo_within_the_portal_limit_is_added(client, unit_operator, settings):
    settings.PORTAL_MAX_UPLOAD_MB = 2
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:innovation_photo_add", args=[innovation.pk]),
        {"image": upload_of_exactly(1_572_864), "caption": "Loket pelayanan"},
    )
    assert response.status_code == 302
    assert innovation.photos.get().caption == "Loket pelayanan"


def test_evidence_follows_the_editions_limit_not_the_portal_default(
    client, draft, unit_operator, edition, settings
):
    settings.PORTAL_MAX_UPLOAD_MB = 10
    competition = edition["competition"]
    competition.max_upload_mb = 1
    competition.save()
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        typed_page(
            "Teks", 0, target=f"req-{edition['photo'].pk}", file=upload_of_exactly(1_572_864), add_evidence=""
        ),
    )
    assert TOO_LARGE in response.content.decode()
    assert not draft.attachments.exists()


# Innovation photos


@pytest.fixture
def innovation_photo(unit_operator):
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit, title="Si Warga")
    return services.add_innovation_photo(
        innovation=innovation, upload=image_upload("loket.jpg"), caption="Loket pelayanan", by=unit_operator
    )


@pytest.mark.parametrize("variant", ["image", "thumbnail"])
@pytest.mark.parametrize("who", ["unit_operator", "secretariat"])
def test_the_unit_and_the_secretariat_see_an_innovation_photo(
    client, innovation_photo, unit_operator, secretariat, who, variant
):
    client.force_login(unit_operator if who == "unit_operator" else secretariat)
    response = client.get(reverse("submissions:photo", args=[innovation_photo.pk, variant]))
    assert response.status_code == 200
    assert (response["Content-Type"], response["Content-Disposition"]) == ("image/jpeg", "inline")
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8\xff")


def test_the_unit_removes_an_innovation_photo(client, innovation_photo, unit_operator):
    innovation = innovation_photo.innovation
    stored = innovation_photo.image.path
    client.force_login(unit_operator)
    response = client.post(reverse("submissions:photo_remove", args=[innovation_photo.pk]))
    assert response["Location"] == reverse("submissions:innovation_edit", args=[innovation.pk])
    assert not innovation.photos.exists()
    assert not Path(stored).exists()


@pytest.mark.parametrize("who", ["operator_of_another_unit", "judge", "leader"])
def test_an_innovation_photo_is_404_outside_the_unit(client, innovation_photo, who, judge, leader):
    users = {"operator_of_another_unit": factories.make_operator(), "judge": judge, "leader": leader}
    client.force_login(users[who])
    innovation = innovation_photo.innovation
    for variant in ("image", "thumbnail"):
        assert (
            client.get(reverse("submissions:photo", args=[innovation_photo.pk, variant])).status_code == 404
        )
    assert client.post(reverse("submissions:photo_remove", args=[innovation_photo.pk])).status_code == 404
    add = client.post(
        reverse("submissions:innovation_photo_add", args=[innovation.pk]),
        {"image": image_upload(), "caption": "Bukan milik kami"},
    )
    assert add.status_code == 404
    assert list(innovation.photos.values_list("caption", flat=True)) == ["Loket pelayanan"]


def test_innovation_photos_send_anonymous_visitors_to_sign_in(client, innovation_photo):
    response = client.get(reverse("submissions:photo", args=[innovation_photo.pk, "image"]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


# A frozen version of an entry


@pytest.fixture
def submitted_entry(draft, unit_operator, edition):
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload()
    )
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["photo"], upload=image_upload()
    )
    services.save_draft(submission=draft, sections={"summary": "Ringkasan versi pertama."}, by=unit_operator)
    return services.submit_submission(submission=draft, by=unit_operator)


@pytest.mark.parametrize("who", ["unit_operator", "secretariat"])
def test_the_unit_and_the_secretariat_read_a_frozen_version(
    client, submitted_entry, unit_operator, secretariat, who
):
    client.force_login(unit_operator if who == "unit_operator" else secretariat)
    page = client.get(reverse("submissions:entry_version", args=[submitted_entry.pk, 1]))
    assert page.status_code == 200
    assert "Ringkasan versi pertama." in page.content.decode()


def test_a_version_that_does_not_exist_is_404(client, submitted_entry, unit_operator):
    client.force_login(unit_operator)
    assert client.get(reverse("submissions:entry_version", args=[submitted_entry.pk, 2])).status_code == 404


@pytest.mark.parametrize("who", ["operator_of_another_unit", "judge", "leader"])
def test_a_frozen_version_is_404_outside_the_unit(client, submitted_entry, who, judge, leader):
    users = {"operator_of_another_unit": factories.make_operator(), "judge": judge, "leader": leader}
    client.force_login(users[who])
    assert client.get(reverse("submissions:entry_version", args=[submitted_entry.pk, 1])).status_code == 404
