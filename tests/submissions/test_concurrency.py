"""Two saves of one proposal at the same moment, on PostgreSQL (SQLite serialises writers and has no
SELECT … FOR UPDATE)."""

import pytest
from django.db import connection

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
