"""Two pages of one score sheet (two tabs): a save from the page opened before the other's save is
refused, with the judge's typed scores and notes kept on screen."""

import pytest
from django.db import connection
from django.urls import reverse

from competitions.errors import RuleViolation
from judging import services
from judging.models import Assignment, ScoreSheet
from tests.judging.test_concurrency import run_together

pytestmark = pytest.mark.django_db


@pytest.fixture
def assignment(scored_round):
    judge, entry = scored_round["judges"][0], scored_round["entries"][0]
    return Assignment.objects.create(stage=scored_round["stage"], submission=entry, judge=judge)


def score_url(round_, entry):
    return reverse("judging:score", args=[round_["stage"].pk, entry.pk])


def page_data(round_, novelty, impact, revision, **extra):
    """What the score page sends: a score and a note per criterion, the overall note, the revision."""
    first, second = round_["criteria"]
    return {
        f"score_{first.pk}": str(novelty),
        f"note_{first.pk}": f"Catatan kebaruan {novelty}",
        f"score_{second.pk}": str(impact),
        f"note_{second.pk}": f"Catatan signifikansi {impact}",
        "note": f"Catatan umum {novelty}-{impact}",
        "revision": str(revision),
        **extra,
    }


def stored_scores(sheet) -> list:
    return [
        float(value) for value in sheet.scores.order_by("criterion__order").values_list("value", flat=True)
    ]


def hidden_revision(value) -> str:
    return f'<input type="hidden" name="revision" value="{value}"'


def confirm_submit(client, round_, assignment, revision):
    """The confirmation page's "Ya, kirim dan kunci"."""
    url = reverse("judging:score_submit", args=[round_["stage"].pk, assignment.submission.pk])
    return client.post(url, {"revision": str(revision), "confirm": ""})


def test_saves_from_one_page_carry_the_revision_forward(client, scored_round, assignment):
    client.force_login(assignment.judge)
    url = score_url(scored_round, assignment.submission)
    page = client.get(url).content.decode()
    assert hidden_revision(0) in page
    assert "data-warn-unsaved" in page and "data-unsaved" not in page  # warns once something changes
    assert client.post(url, page_data(scored_round, 5, 5, 0, save="")).status_code == 302
    assert hidden_revision(1) in client.get(url).content.decode()
    assert client.post(url, page_data(scored_round, 6, 6, 1, save="")).status_code == 302
    assert client.post(url, page_data(scored_round, 7, 10, 2, submit="")).status_code == 302
    assert ScoreSheet.objects.get().status == "draft"  # "Kirim dan kunci" saves, then asks first
    assert confirm_submit(client, scored_round, assignment, 3).status_code == 302
    sheet = ScoreSheet.objects.get()
    # (60 × (7−1)/9 + 40 × (10−1)/9) / 100 × 100 = 40 + 40 = 80
    assert (sheet.status, sheet.total, sheet.revision) == ("submitted", 80, 3)


@pytest.mark.parametrize("button", ["save", "submit"])
def test_a_stale_save_is_refused_with_the_typed_scores_and_notes_kept(
    client, scored_round, assignment, button
):
    client.force_login(assignment.judge)
    url = score_url(scored_round, assignment.submission)
    client.post(url, page_data(scored_round, 5, 5, 0, save=""))  # the other tab
    for _attempt in range(2):  # sending the same page again is refused again
        response = client.post(url, page_data(scored_round, 9, 8, 0, **{button: ""}))
        assert response.status_code == 200
        html = response.content.decode()
        assert "sudah disimpan dari tab atau jendela lain" in html
        assert 'value="9"' in html and 'value="8"' in html
        assert "Catatan kebaruan 9</textarea>" in html and "Catatan signifikansi 8</textarea>" in html
        assert "Catatan umum 9-8</textarea>" in html
        assert hidden_revision(0) in html
        assert "data-unsaved" in html  # leaving this page would lose the scores: warn from the start
        sheet = ScoreSheet.objects.get()
        assert (sheet.status, sheet.revision, sheet.note) == ("draft", 1, "Catatan umum 5-5")
        assert stored_scores(sheet) == [5, 5]


def test_a_new_sheet_first_saved_in_two_tabs_keeps_the_first_and_refuses_the_second(
    client, scored_round, assignment
):
    client.force_login(assignment.judge)
    url = score_url(scored_round, assignment.submission)
    first_tab, second_tab = client.get(url).content.decode(), client.get(url).content.decode()
    assert hidden_revision(0) in first_tab and hidden_revision(0) in second_tab
    assert client.post(url, page_data(scored_round, 4, 4, 0, save="")).status_code == 302
    response = client.post(url, page_data(scored_round, 9, 9, 0, save=""))
    assert response.status_code == 200
    assert "sudah disimpan dari tab atau jendela lain" in response.content.decode()
    sheet = ScoreSheet.objects.get()
    assert (sheet.revision, stored_scores(sheet)) == (1, [4, 4])


def test_a_page_opened_before_the_sheet_was_submitted_finds_it_locked(client, scored_round, assignment):
    client.force_login(assignment.judge)
    url = score_url(scored_round, assignment.submission)
    client.post(url, page_data(scored_round, 7, 10, 0, submit=""))
    confirm_submit(client, scored_round, assignment, 1)
    response = client.post(url, page_data(scored_round, 1, 1, 0, save=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "sudah terkirim dan dikunci" in html
    assert "Catatan kebaruan 1</textarea>" in html  # still there to copy
    sheet = ScoreSheet.objects.get()
    assert (sheet.status, stored_scores(sheet)) == ("submitted", [7, 10])


def test_a_sheet_reopened_by_the_secretariat_can_be_saved_and_submitted_again(
    client, scored_round, assignment, secretariat
):
    client.force_login(assignment.judge)
    url = score_url(scored_round, assignment.submission)
    client.post(url, page_data(scored_round, 7, 10, 0, submit=""))
    confirm_submit(client, scored_round, assignment, 1)
    services.reopen_sheet(sheet=ScoreSheet.objects.get(), by=secretariat, reason="Nilai tertukar")
    page = client.get(url).content.decode()
    assert "Nilai tertukar" in page and hidden_revision(1) in page
    assert client.post(url, page_data(scored_round, 10, 7, 1, submit="")).status_code == 302
    assert confirm_submit(client, scored_round, assignment, 2).status_code == 302
    sheet = ScoreSheet.objects.get()
    assert (sheet.status, sheet.revision, stored_scores(sheet)) == ("submitted", 2, [10, 7])


def save_from_page(round_, assignment, novelty, impact, expected_revision):
    first, second = round_["criteria"]
    return lambda: services.save_sheet(
        stage=round_["stage"],
        submission=assignment.submission,
        judge=assignment.judge,
        values={first.pk: (str(novelty), ""), second.pk: (str(impact), "")},
        expected_revision=expected_revision,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.parametrize("existing", [False, True], ids=["new-sheet", "saved-sheet"])
@pytest.mark.parametrize("attempt", range(3))
def test_two_saves_from_pages_opened_at_the_same_revision_exactly_one_wins(
    scored_round, assignment, existing, attempt
):
    revision = 0
    if existing:
        revision = save_from_page(scored_round, assignment, 5, 5, 0)().revision
    outcomes = run_together(
        save_from_page(scored_round, assignment, 3, 3, revision),
        save_from_page(scored_round, assignment, 9, 9, revision),
    )
    saved = [outcome for outcome in outcomes if isinstance(outcome, ScoreSheet)]
    refused = [outcome for outcome in outcomes if isinstance(outcome, RuleViolation)]
    assert (len(saved), len(refused)) == (1, 1), outcomes
    sheet = ScoreSheet.objects.get()
    assert sheet.revision == revision + 1
    assert stored_scores(sheet) == stored_scores(saved[0])
