"""Every judging predicate, for every kind of account, written out as a table.

Who may record and read a field visit, who runs the judging, and the eligibility answers for one judge and
one entry (conflicted? may judge?).
"""

import datetime

import pytest

from competitions.models import Membership, Stage
from judging import eligibility, services
from judging.models import Conflict, FieldVisit
from judging.permissions import can_record_visit, can_record_visits, can_run_judging, can_view_visit
from tests import factories

pytestmark = pytest.mark.django_db

ACCOUNTS = [
    "anonymous",
    "operator_of_the_entry",
    "operator_elsewhere",
    "judge_assigned",
    "judge_not_assigned",
    "judge_declared_conflict",
    "judge_working_for_the_unit",
    "judge_removed_from_the_entry",
    "verifier",
    "verifier_working_for_the_unit",
    "inactive_verifier",
    "leader",
    "secretariat",
]

# account: (can_record_visits, can_record_visit, can_view_visit, can_run_judging, is_conflicted, may_judge)
EXPECTED = {
    "anonymous": (False, False, False, False, None, None),
    "operator_of_the_entry": (False, False, False, False, None, None),
    "operator_elsewhere": (False, False, False, False, None, None),
    "judge_assigned": (True, True, True, False, False, True),
    "judge_not_assigned": (True, False, False, False, False, False),
    "judge_declared_conflict": (True, False, False, False, True, False),
    "judge_working_for_the_unit": (True, False, False, False, True, False),
    "judge_removed_from_the_entry": (True, False, False, False, False, False),
    "verifier": (True, True, True, False, None, None),
    "verifier_working_for_the_unit": (True, False, False, False, None, None),
    "inactive_verifier": (False, False, False, False, None, None),
    "leader": (False, False, False, False, None, None),
    "secretariat": (False, False, True, True, None, None),
}


@pytest.fixture
def visit_stage(db):
    """A running fact-finding stage with one finalist and its visit."""
    competition = factories.CompetitionFactory()
    category = factories.CategoryFactory(competition=competition)
    stage = factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.VERIFICATION, status=Stage.Status.ACTIVE
    )
    entry = factories.SubmissionFactory(category=category, status="eligible")
    visit = FieldVisit.objects.create(
        stage=stage,
        submission=entry,
        visited_on=datetime.date(2026, 5, 1),
        team="Tim",
        findings="Berjalan.",
        verified=True,
        score=80,
        recorded_by=factories.make_verifier(),
    )
    return stage, entry, visit


def account(who: str, stage, entry, secretariat):
    if who == "anonymous":
        return factories.make_account("anonymous")
    if who == "operator_of_the_entry":
        return factories.make_operator(unit=entry.unit)
    if who == "operator_elsewhere":
        return factories.make_operator()
    if who == "verifier":
        return factories.make_verifier()
    if who == "inactive_verifier":
        return factories.make_verifier(is_active=False)
    if who == "verifier_working_for_the_unit":
        verifier = factories.make_verifier()
        Membership.objects.create(user=verifier, unit=entry.unit)
        return verifier
    if who == "leader":
        return factories.make_leader()
    if who == "secretariat":
        return secretariat
    judge = factories.make_judge()
    if who == "judge_not_assigned":
        return judge
    assignment = services.assign_judge(stage=stage, submission=entry, judge=judge, by=secretariat)
    if who == "judge_declared_conflict":
        Conflict.objects.create(judge=judge, submission=entry, reason="Saudara kandung kepala unit.")
    if who == "judge_working_for_the_unit":
        Membership.objects.create(user=judge, unit=entry.unit)
    if who == "judge_removed_from_the_entry":
        services.remove_assignment(assignment=assignment, by=secretariat, reason="Diganti.")
    return judge


@pytest.mark.parametrize("who", ACCOUNTS)
def test_each_account_gets_exactly_its_judging_rights(visit_stage, secretariat, who):
    stage, entry, visit = visit_stage
    user = account(who, stage, entry, secretariat)
    visits, record, view, run, conflicted, judge = EXPECTED[who]
    assert can_record_visits(user) is visits
    assert can_record_visit(user, stage, entry) is record
    assert can_view_visit(user, visit) is view
    assert can_run_judging(user) is run
    if conflicted is not None:
        assert eligibility.is_conflicted(user, entry) is conflicted
        assert eligibility.may_judge(user, stage, entry) is judge
