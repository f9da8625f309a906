"""Every predicate of who may see and change a unit's innovations and entries, for every kind of account.
The expected answers are written out by hand; states are reached through the services."""

import pytest

from competitions.models import Stage
from competitions.services import open_stage
from submissions import permissions, services
from tests import factories
from tests.files import image_upload, pdf_upload

pytestmark = pytest.mark.django_db

T, F = True, False

# who: (manage the unit's innovation, view its draft, edit its draft, withdraw its draft,
#       download the draft's evidence, view its submitted entry, edit its submitted entry)
ACCESS = {
    "unit_operator": (T, T, T, T, T, T, F),
    "operator_of_another_unit": (F, F, F, F, F, F, F),
    "secretariat": (F, T, F, F, T, T, F),
    "superuser": (F, T, F, F, T, T, F),
    "judge": (F, F, F, F, F, F, F),
    "verifier": (F, F, F, F, F, F, F),
    "leader": (F, F, F, F, F, F, F),
    "anonymous": (F, F, F, F, F, F, F),
    "inactive_unit_operator": (F, F, F, F, F, F, F),
    "inactive_secretariat": (F, F, F, F, F, F, F),
}


@pytest.fixture
def unit_entries(edition, unit_operator, draft):
    """The unit's draft (with a link as evidence) and another of its entries, submitted."""
    unit = unit_operator.memberships.get().unit
    evidence = services.add_evidence(
        submission=draft, by=unit_operator, section="novelty", link="https://youtu.be/abc123"
    )
    sent = factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=unit, title="Si Cepat"), category=edition["category"]
    )
    services.add_evidence(
        submission=sent, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload()
    )
    services.add_evidence(
        submission=sent, by=unit_operator, requirement=edition["photo"], upload=image_upload()
    )
    sent = services.submit_submission(submission=sent, by=unit_operator)
    return {"draft": draft, "evidence": evidence, "submitted": sent}


def account(who, unit_operator):
    if who == "unit_operator":
        return unit_operator
    if who == "inactive_unit_operator":
        return factories.make_operator(unit=unit_operator.memberships.get().unit, is_active=False)
    if who == "operator_of_another_unit":
        return factories.make_operator()
    return factories.make_account(who)


@pytest.mark.parametrize(("who", "expected"), list(ACCESS.items()), ids=list(ACCESS))
def test_each_account_reaches_exactly_its_units_innovations_and_entries(
    who, expected, unit_operator, unit_entries
):
    user = account(who, unit_operator)
    draft, submitted = unit_entries["draft"], unit_entries["submitted"]
    answers = (
        permissions.can_manage_innovation(user, draft.innovation),
        permissions.can_view_submission(user, draft),
        permissions.can_edit_submission(user, draft),
        permissions.can_withdraw_submission(user, draft),
        permissions.can_download_attachment(user, unit_entries["evidence"]),
        permissions.can_view_submission(user, submitted),
        permissions.can_edit_submission(user, submitted),
    )
    assert answers == expected


def test_the_unit_may_withdraw_until_the_final_stage_starts(draft, unit_operator, secretariat):
    assert permissions.can_withdraw_submission(unit_operator, draft)
    competition = draft.competition
    final = factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.FINAL)
    open_stage(stage=competition.stages.get(order=1), by=secretariat)
    open_stage(stage=final, by=secretariat)
    assert not permissions.can_withdraw_submission(unit_operator, draft)


def test_a_withdrawn_entry_cannot_be_withdrawn_again(draft, unit_operator):
    services.withdraw_submission(submission=draft, by=unit_operator, reason="Fokus tahun depan")
    draft.refresh_from_db()
    assert permissions.can_view_submission(unit_operator, draft)
    assert not permissions.can_edit_submission(unit_operator, draft)
    assert not permissions.can_withdraw_submission(unit_operator, draft)
