"""Two saves of one proposal at the same moment, on PostgreSQL (SQLite serialises writers and has no
SELECT … FOR UPDATE)."""

import threading

import pytest
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from competitions.errors import RuleViolation
from submissions import services
from submissions.models import Submission
from tests import factories
from tests.files import image_upload, pdf_upload
from tests.judging.test_concurrency import run_together

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


@pytest.mark.parametrize("attempt", range(3))
def test_two_saves_from_pages_opened_at_the_same_revision_exactly_one_wins(draft, unit_operator, attempt):
    colleague = factories.make_operator(unit=draft.unit, username="operator-kominfo-2")

    def save(by, text):
        return lambda: services.save_draft(
            submission=draft, sections={"summary": text}, by=by, expected_revision=0
        )

    outcomes = run_together(save(unit_operator, "Teks operator pertama"), save(colleague, "Teks rekan kerja"))
    saved = [outcome for outcome in outcomes if isinstance(outcome, Submission)]
    refused = [outcome for outcome in outcomes if isinstance(outcome, RuleViolation)]
    assert (len(saved), len(refused)) == (1, 1), outcomes
    draft.refresh_from_db()
    assert draft.draft_revision == 1
    assert draft.sections["summary"] == saved[0].sections["summary"]


@pytest.mark.parametrize("attempt", range(3))
def test_two_operators_saving_one_draft_at_once_the_second_keeps_their_text_on_screen(
    draft, unit_operator, attempt
):
    """Through the proposal page: both opened it at revision 0; one save lands, the other is refused with
    the reason and its typed text still in the form, and nothing of it is mixed into the stored draft."""
    colleague = factories.make_operator(unit=draft.unit, username="operator-kominfo-2")
    url = reverse("submissions:entry_edit", args=[draft.pk])
    texts = {unit_operator: "Ringkasan dari operator pertama", colleague: "Ringkasan dari rekan kerja"}

    def save(by):
        browser = Client()
        browser.force_login(by)
        sections = {f"section_{key}": text for key, text in draft.sections.items()}
        return lambda: browser.post(
            url, {**sections, "section_summary": texts[by], "draft_revision": "0", "save": ""}
        )

    responses = dict(zip(texts, run_together(save(unit_operator), save(colleague)), strict=True))
    saved_by = [user for user, response in responses.items() if response.status_code == 302]
    refused = [user for user, response in responses.items() if response.status_code == 200]
    assert (len(saved_by), len(refused)) == (1, 1), responses
    page = responses[refused[0]].content.decode()
    assert "sudah disimpan oleh orang lain" in page
    assert texts[refused[0]] in page
    draft.refresh_from_db()
    assert (draft.draft_revision, draft.sections["summary"]) == (1, texts[saved_by[0]])


def ready_to_submit(entry, by, edition):
    services.add_evidence(submission=entry, by=by, requirement=edition["proposal"], upload=pdf_upload())
    services.add_evidence(submission=entry, by=by, requirement=edition["photo"], upload=image_upload())
    return entry


def test_two_units_submitting_at_once_do_not_wait_for_each_other(draft, unit_operator, edition):
    """Submitting holds the edition's administrative stage shared (so closing it waits), not exclusively:
    one unit's submission under way does not hold up another unit's."""
    other_operator = factories.make_operator(username="operator-dpmptsp")
    other = factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=other_operator.memberships.get().unit),
        category=edition["category"],
    )
    ready_to_submit(draft, unit_operator, edition)
    ready_to_submit(other, other_operator, edition)
    first_uncommitted, second_done = threading.Event(), threading.Event()
    second_done_while_first_open = []

    def first_unit_submits_slowly():
        with transaction.atomic():
            services.submit_submission(submission=draft, by=unit_operator)
            first_uncommitted.set()
            second_done_while_first_open.append(second_done.wait(5))

    def second_unit_submits():
        assert first_uncommitted.wait(10)
        services.submit_submission(submission=other, by=other_operator)
        second_done.set()

    outcomes = run_together(first_unit_submits_slowly, second_unit_submits)
    assert outcomes == [None, None], outcomes
    assert second_done_while_first_open == [True]
    assert set(Submission.objects.values_list("status", flat=True)) == {Submission.Status.SUBMITTED}


def test_a_draft_saved_while_registration_is_being_closed_waits_and_is_refused(
    draft, unit_operator, secretariat
):
    """The edition moves to judging while an operator saves: the save waits for that change and is then
    refused as after the close, never stored in an edition whose registration has closed."""
    from competitions.models import Competition
    from competitions.services import change_competition_status
    from tests.judging.test_concurrency import hold_until_someone_waits

    closing = threading.Event()

    def secretariat_closes_registration():
        def work():
            change_competition_status(
                competition=draft.competition, to=Competition.Status.JUDGING, by=secretariat
            )
            closing.set()

        return hold_until_someone_waits(work)

    def operator_saves():
        assert closing.wait(10)
        return services.save_draft(
            submission=draft, sections={"summary": "Teks terlambat"}, by=unit_operator, expected_revision=0
        )

    closed, saved = run_together(secretariat_closes_registration, operator_saves)
    assert closed == (None, True), closed  # the save had to wait for the change
    assert isinstance(saved, RuleViolation), saved
    assert "sudah ditutup" in saved.messages[0]
    draft.refresh_from_db()
    assert draft.draft_revision == 0 and draft.sections["summary"] != "Teks terlambat"
