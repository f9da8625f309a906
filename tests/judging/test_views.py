"""The judge's pages through the real stack: who gets 404, blind stages, surviving drafts, query budgets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from judging.models import Assignment, Conflict, ScoreSheet
from tests import factories
from tests.files import pdf_upload
from tests.sessions import signed_in_then_session_expired

pytestmark = pytest.mark.django_db


def score_url(round_, entry):
    return reverse("judging:score", args=[round_["stage"].pk, entry.pk])


def form_data(round_, novelty, impact, **extra):
    first, second = round_["criteria"]
    return {f"score_{first.pk}": novelty, f"score_{second.pk}": impact, "note": "", **extra}


@pytest.fixture
def assignment(scored_round):
    judge, entry = scored_round["judges"][0], scored_round["entries"][0]
    return Assignment.objects.create(stage=scored_round["stage"], submission=entry, judge=judge)


def test_an_assigned_judge_scores_and_submits(client, scored_round, assignment):
    client.force_login(assignment.judge)
    url = score_url(scored_round, assignment.submission)
    page = client.get(url)
    assert page.status_code == 200
    assert "Kebaruan" in page.content.decode()
    response = client.post(url, form_data(scored_round, "7", "10", submit=""))
    confirm_url = reverse("judging:score_submit", args=[scored_round["stage"].pk, assignment.submission.pk])
    assert response["Location"] == confirm_url  # "Kirim dan kunci" saves the draft, then asks first
    confirm = client.get(confirm_url).content.decode()
    assert "80,00" in confirm and "Ya, kirim dan kunci" in confirm
    assert ScoreSheet.objects.get().status == "draft"
    response = client.post(confirm_url, {"revision": "1"})
    assert response.status_code == 302
    sheet = ScoreSheet.objects.get()
    assert (sheet.status, sheet.total) == ("submitted", 80)
    locked = client.get(url).content.decode()
    assert "disabled" in locked
    assert 'name="submit"' not in locked


@pytest.mark.parametrize(
    "who", ["other_judge", "conflicted_judge", "member_judge", "operator", "verifier", "leader"]
)
def test_everyone_else_gets_404_on_the_score_page(client, scored_round, assignment, who, verifier, leader):
    entry = assignment.submission
    conflicted = scored_round["judges"][1]
    Assignment.objects.create(stage=scored_round["stage"], submission=entry, judge=conflicted)
    Conflict.objects.create(judge=conflicted, submission=entry, reason="Keluarga")
    member = scored_round["judges"][2]
    Assignment.objects.create(stage=scored_round["stage"], submission=entry, judge=member)
    factories.MembershipFactory(user=member, unit=entry.unit)
    users = {
        "other_judge": factories.make_judge(),
        "conflicted_judge": conflicted,
        "member_judge": member,
        "operator": factories.make_operator(unit=entry.unit),
        "verifier": verifier,
        "leader": leader,
    }
    client.force_login(users[who])
    assert client.get(score_url(scored_round, entry)).status_code == 404
    assert client.post(score_url(scored_round, entry), form_data(scored_round, "9", "9")).status_code == 404
    assert not ScoreSheet.objects.exists()


def test_declaring_a_conflict_closes_the_entry_to_the_judge(client, scored_round, assignment):
    client.force_login(assignment.judge)
    url = reverse("judging:conflict", args=[scored_round["stage"].pk, assignment.submission.pk])
    response = client.post(url, {"reason": "Adik saya bekerja di unit ini"})
    assert response.status_code == 302
    assert Conflict.objects.get().reason == "Adik saya bekerja di unit ini"
    assert client.get(score_url(scored_round, assignment.submission)).status_code == 404


def test_a_blind_stage_hides_the_unit_and_its_file_names(client, scored_round, assignment):
    stage = scored_round["stage"]
    stage.blind = True
    stage.save()
    entry = assignment.submission
    evidence = submission_services_attachment(entry)
    client.force_login(assignment.judge)
    html = client.get(score_url(scored_round, entry)).content.decode()
    assert entry.unit.name not in html
    assert "SK Dinas Contoh.pdf" not in html
    download = client.get(reverse("judging:evidence", args=[scored_round["stage"].pk, evidence.pk]))
    assert download.status_code == 200
    assert entry.unit.short_name not in download["Content-Disposition"]
    assert f"bukti-{evidence.pk}.pdf" in download["Content-Disposition"]


def submission_services_attachment(entry):
    from submissions.models import Attachment, SubmissionVersion

    attachment = Attachment(
        submission=entry,
        section="summary",
        original_name="SK Dinas Contoh.pdf",
        content_type="application/pdf",
        size=100,
    )
    attachment.file.save("evidence", pdf_upload(), save=False)
    attachment.save()
    version = SubmissionVersion.objects.create(submission=entry, number=1, sections=dict(entry.sections))
    version.attachments.add(attachment)
    return attachment


def test_judges_cannot_download_evidence_of_entries_not_assigned_to_them(client, scored_round, assignment):
    other_entry = scored_round["entries"][1]
    evidence = submission_services_attachment(other_entry)
    client.force_login(assignment.judge)
    assert (
        client.get(reverse("judging:evidence", args=[scored_round["stage"].pk, evidence.pk])).status_code
        == 404
    )
    assert client.get(reverse("submissions:evidence_download", args=[evidence.pk])).status_code == 404


def test_typed_scores_survive_an_expired_session(client, scored_round, assignment):
    url = score_url(scored_round, assignment.submission)
    signed_in_then_session_expired(client, assignment.judge, url)  # while the judge is typing
    response = client.post(url, form_data(scored_round, "8", "6", note="Sangat relevan", save=""))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not ScoreSheet.objects.exists()
    login = client.post(
        response["Location"], {"username": assignment.judge.username, "password": factories.PASSWORD}
    )
    assert login.status_code == 302
    page = client.get(url).content.decode()
    assert "Sangat relevan" in page
    assert 'value="8"' in page
    assert "Sesi Anda sudah berakhir" in page


def test_typed_scores_survive_an_expired_session_for_a_judge_with_two_factor_sign_in(
    client, scored_round, assignment
):
    url = score_url(scored_round, assignment.submission)
    device = TOTPDevice.objects.create(user=assignment.judge, name="default", confirmed=True)
    signed_in_then_session_expired(client, assignment.judge, url)
    response = client.post(url, form_data(scored_round, "8", "6", note="Sangat relevan", save=""))
    login = client.post(
        response["Location"], {"username": assignment.judge.username, "password": factories.PASSWORD}
    )
    assert client.get(login["Location"])["Location"].startswith(reverse("sign_in:verify"))
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
    verified = client.post(f"{reverse('sign_in:verify')}?next={url}", {"code": code})
    assert verified["Location"] == url
    page = client.get(url).content.decode()
    assert "Sangat relevan" in page and 'value="8"' in page
    assert not ScoreSheet.objects.exists()


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_judge_pages_query_count_does_not_grow_with_entries(client, scored_round):
    judge = scored_round["judges"][0]
    stage, category = scored_round["stage"], scored_round["category"]
    client.force_login(judge)

    def assign(entries):
        for entry in entries:
            Assignment.objects.create(stage=stage, submission=entry, judge=judge)

    assign(scored_round["entries"])
    first = scored_round["entries"][0]
    small = [
        count_queries(client, reverse("judging:dashboard")),
        count_queries(client, score_url(scored_round, first)),
    ]
    more = [factories.SubmissionFactory(category=category, status="eligible") for _ in range(294)]
    assign(more)
    large = [
        count_queries(client, reverse("judging:dashboard")),
        count_queries(client, score_url(scored_round, first)),
    ]
    assert large == small


def test_the_dashboard_shows_progress_and_the_deadline(client, scored_round, assignment):
    client.force_login(assignment.judge)
    html = client.get(reverse("judging:dashboard")).content.decode()
    assert 'value="0"' in html  # the progress bar
    assert "Penilaian Proposal" in html
    assert "0 dari 1" in html


def test_a_closed_stage_is_read_only_for_its_judges(client, scored_round, assignment):
    entry = assignment.submission
    evidence = submission_services_attachment(entry)
    stage = scored_round["stage"]
    stage.status = "closed"
    stage.save()
    client.force_login(assignment.judge)
    page = client.get(score_url(scored_round, entry))
    assert page.status_code == 200 and 'name="submit"' not in page.content.decode()
    assert (
        client.get(reverse("judging:evidence", args=[scored_round["stage"].pk, evidence.pk])).status_code
        == 200
    )
    conflict_url = reverse("judging:conflict", args=[stage.pk, entry.pk])
    client.post(conflict_url, {"reason": "Baru ingat"})
    assert not Conflict.objects.exists()  # a decided stage's results cannot change through a late conflict


def test_judges_cannot_download_evidence_removed_before_the_version_they_read(
    client, scored_round, assignment
):
    from submissions.models import Attachment

    entry = assignment.submission
    submission_services_attachment(entry)
    removed = Attachment(
        submission=entry, section="novelty", original_name="KTP-pribadi.pdf", content_type="application/pdf"
    )
    removed.file.save("evidence", pdf_upload(), save=False)
    removed.save()
    client.force_login(assignment.judge)
    assert (
        client.get(reverse("judging:evidence", args=[scored_round["stage"].pk, removed.pk])).status_code
        == 404
    )


def test_the_rubric_of_a_started_stage_cannot_be_changed_in_the_admin(client, scored_round, secretariat):
    client.force_login(secretariat)
    html = client.get(
        reverse("admin:competitions_stage_change", args=[scored_round["stage"].pk])
    ).content.decode()
    assert 'name="criteria-0-weight"' not in html  # shown, not editable
    assert 'name="weight"' not in html


def test_assigning_a_conflicted_judge_in_the_admin_is_a_form_error(client, scored_round, secretariat):
    judge, entry = scored_round["judges"][0], scored_round["entries"][0]
    Conflict.objects.create(judge=judge, submission=entry, reason="Keluarga")
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:judging_assignment_add"),
        {"stage": scored_round["stage"].pk, "submission": entry.pk, "judge": judge.pk},
    )
    assert response.status_code == 200
    assert "konflik kepentingan" in response.content.decode()
    assert not Assignment.objects.filter(judge=judge, submission=entry).exists()
    other = scored_round["judges"][1]
    response = client.post(
        reverse("admin:judging_assignment_add"),
        {"stage": scored_round["stage"].pk, "submission": entry.pk, "judge": other.pk},
    )
    assert response.status_code == 302
    assert Assignment.objects.filter(judge=other, submission=entry).exists()


def test_a_closed_blind_stage_still_hides_the_unit_in_evidence_names(client, scored_round, assignment):
    """The blind rule looks at the stage being read, not at whichever stage happens to be running."""
    stage = scored_round["stage"]
    stage.blind = True
    stage.status = "closed"
    stage.save()
    evidence = submission_services_attachment(assignment.submission)
    client.force_login(assignment.judge)
    download = client.get(reverse("judging:evidence", args=[stage.pk, evidence.pk]))
    assert download.status_code == 200
    assert "SK Dinas Contoh" not in download["Content-Disposition"]
    assert f"bukti-{evidence.pk}.pdf" in download["Content-Disposition"]


def test_evidence_of_another_stage_is_not_reachable_through_a_stage_the_judge_is_not_on(
    client, scored_round, assignment
):
    other_stage = factories.StageFactory(competition=scored_round["competition"], order=5, kind="scored")
    evidence = submission_services_attachment(assignment.submission)
    client.force_login(assignment.judge)
    assert client.get(reverse("judging:evidence", args=[other_stage.pk, evidence.pk])).status_code == 404


def test_the_score_page_reads_the_rubric_the_sections_and_the_scores_without_joining_their_parents(
    client, scored_round, assignment
):
    client.force_login(assignment.judge)
    client.post(score_url(scored_round, assignment.submission), form_data(scored_round, "7", "9"))

    with CaptureQueriesContext(connection) as captured:
        assert client.get(score_url(scored_round, assignment.submission)).status_code == 200

    # Criteria, proposal sections and scores are listed within their stage, edition and sheet: their order
    # is their parent's id and their own, with no join to the stage, the edition or the sheet's entry.
    children = {
        table: [query["sql"] for query in captured if f'FROM "{table}"' in query["sql"]]
        for table in ("competitions_criterion", "competitions_proposalsection", "judging_score")
    }
    assert children["competitions_criterion"] and children["judging_score"], children
    for sqls in children.values():
        for sql in sqls:
            assert '"competitions_competition"' not in sql and '"competitions_stage"' not in sql
            assert '"judging_scoresheet"' not in sql.split("WHERE")[0]
