"""Scores are written the Indonesian way wherever people read them: two decimals, rounded, with a decimal
comma ("76,67", never "76.6667" or "76,66")."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from judging import services
from judging.models import Assignment, ScoreSheet

pytestmark = pytest.mark.django_db

# In the scored round's rubric (Kebaruan 60%, Signifikansi 40%, both 1–10), scores 9.5 and 5.5 give
# (60 · 8.5/9 + 40 · 4.5/9) = 56.6667 + 20 = 76.6667 out of 100.
TOTAL_TEXT = "76,67"


@pytest.fixture
def assignment(scored_round):
    judge, entry = scored_round["judges"][0], scored_round["entries"][0]
    return Assignment.objects.create(stage=scored_round["stage"], submission=entry, judge=judge)


def submit_sheet(round_, assignment) -> ScoreSheet:
    novelty, impact = round_["criteria"]
    return services.save_sheet(
        stage=round_["stage"],
        submission=assignment.submission,
        judge=assignment.judge,
        values={novelty.pk: ("9.5", ""), impact.pk: ("5.5", "")},
        submit=True,
    )


def test_the_judge_is_told_the_submitted_total_with_a_decimal_comma(client, scored_round, assignment):
    novelty, impact = scored_round["criteria"]
    client.force_login(assignment.judge)
    url = reverse("judging:score", args=[scored_round["stage"].pk, assignment.submission.pk])
    confirmation = client.post(
        url,
        {f"score_{novelty.pk}": "9.5", f"score_{impact.pk}": "5.5", "note": "", "submit": ""},
        follow=True,
    )
    assert ScoreSheet.objects.get().total == Decimal("76.6667")
    assert f"{TOTAL_TEXT} / 100" in confirmation.content.decode()  # the confirmation page
    confirm_url = reverse("judging:score_submit", args=[scored_round["stage"].pk, assignment.submission.pk])
    response = client.post(confirm_url, {"revision": "1"}, follow=True)
    assert f"Lembar nilai terkirim dan dikunci (total {TOTAL_TEXT})." in response.content.decode()


def test_the_score_page_shows_the_saved_total_with_a_decimal_comma(
    client, scored_round, assignment, secretariat
):
    sheet = submit_sheet(scored_round, assignment)
    services.reopen_sheet(sheet=sheet, by=secretariat, reason="Nilai tertukar")
    client.force_login(assignment.judge)
    url = reverse("judging:score", args=[scored_round["stage"].pk, assignment.submission.pk])
    assert f'aria-live="polite">{TOTAL_TEXT}</output>' in client.get(url).content.decode()


def test_the_reopened_sheet_email_gives_the_total_with_a_decimal_comma(
    scored_round, assignment, secretariat, django_capture_on_commit_callbacks
):
    sheet = submit_sheet(scored_round, assignment)
    with django_capture_on_commit_callbacks(execute=True):
        services.reopen_sheet(sheet=sheet, by=secretariat, reason="Nilai tertukar")
    assert f"Total saat dikirim: {TOTAL_TEXT} dari 100." in mail.outbox[-1].body


def test_the_field_visit_list_gives_each_visit_its_date_verdict_and_score(
    client, verification_round, verifier
):
    visited = verification_round["entries"][0]
    services.record_field_visit(
        stage=verification_round["stage"],
        submission=visited,
        by=verifier,
        visited_on=datetime.date(2026, 11, 12),
        team="Fitri Handayani",
        findings="Berjalan sesuai proposal.",
        verified=True,
        score=Decimal("72.5"),
    )
    client.force_login(verifier)
    html = client.get(reverse("judging:field_visits")).content.decode()
    assert "Dikunjungi 12 November 2026 · terverifikasi · nilai 72,50" in html
    assert html.count("Dikunjungi") == 1  # the other entry is still waiting for its visit


def test_an_unscored_visit_is_listed_without_a_score(client, verification_round, verifier):
    services.record_field_visit(
        stage=verification_round["stage"],
        submission=verification_round["entries"][0],
        by=verifier,
        visited_on=datetime.date(2026, 11, 12),
        team="Fitri Handayani",
        findings="Layanan belum berjalan.",
        verified=False,
        score=None,
    )
    client.force_login(verifier)
    html = client.get(reverse("judging:field_visits")).content.decode()
    assert "Dikunjungi 12 November 2026 · tidak terverifikasi</small>" in html


def test_the_event_log_gives_the_submitted_total_with_a_decimal_comma(
    client, scored_round, assignment, secretariat
):
    submit_sheet(scored_round, assignment)
    client.force_login(secretariat)
    html = client.get(reverse("admin:competitions_event_changelist")).content.decode()
    assert f"Lembar nilai dikirim dan dikunci, total {TOTAL_TEXT}." in html
