"""Two saves of one proposal at the same moment, on PostgreSQL (SQLite serialises writers and has no
SELECT … FOR UPDATE)."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from competitions.errors import RuleViolation
from submissions import services
from submissions.models import Submission
from tests import factories
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
