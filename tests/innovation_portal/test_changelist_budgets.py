"""The admin lists the secretariat works in cost the same queries for a small city and a national award:
more entries, sheets, innovations, editions and categories add rows to the database, not queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from competitions.models import Stage
from judging.models import Assignment, ScoreSheet
from submissions.models import Submission
from tests import factories

pytestmark = pytest.mark.django_db

CHANGELISTS = [
    "admin:submissions_submission_changelist",
    "admin:judging_scoresheet_changelist",
    "admin:submissions_innovation_changelist",
]


def add_edition(categories: int, entries_per_category: int) -> None:
    """An edition in its proposal stage: each entry with one submitted sheet by one judge."""
    competition = factories.CompetitionFactory()
    factories.StageFactory(competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE)
    stage = factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.SCORED, status="active")
    judge = factories.make_judge()
    for _ in range(categories):
        category = factories.CategoryFactory(competition=competition)
        for _ in range(entries_per_category):
            entry = factories.SubmissionFactory(
                category=category, status=Submission.Status.ELIGIBLE, submitted_at=timezone.now()
            )
            Assignment.objects.create(stage=stage, submission=entry, judge=judge)
            ScoreSheet.objects.create(
                stage=stage, submission=entry, judge=judge, status="submitted", total=75
            )


@pytest.mark.parametrize("url_name", CHANGELISTS)
def test_a_changelist_costs_the_same_queries_for_one_small_edition_or_three_large_ones(
    client, secretariat, url_name, django_assert_num_queries
):
    client.force_login(secretariat)
    add_edition(categories=1, entries_per_category=2)
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse(url_name)).status_code == 200
    add_edition(categories=4, entries_per_category=8)
    add_edition(categories=5, entries_per_category=6)
    with django_assert_num_queries(len(small.captured_queries)):
        assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.parametrize(
    ("url_name", "table"),
    [
        ("admin:submissions_submission_changelist", "submissions_submission"),
        ("admin:judging_scoresheet_changelist", "judging_scoresheet"),
        ("admin:submissions_innovation_changelist", "submissions_innovation"),
    ],
)
def test_the_entries_sheets_and_innovations_lists_are_read_in_the_order_of_their_own_columns(
    client, secretariat, url_name, table
):
    """The default order names the list's own columns only (the order of an index), so a page of 100 among
    hundreds of thousands is read from the index: an order through the editions', categories' or units'
    names makes the database join and sort every row first."""
    client.force_login(secretariat)
    add_edition(categories=2, entries_per_category=2)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse(url_name)).status_code == 200
    page_query = next(
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith(f'SELECT "{table}"."id"') and "ORDER BY" in query["sql"]
    )
    order_by = page_query.rsplit("ORDER BY", 1)[1].split("LIMIT")[0]
    tables = set(re.findall(r'([\w"]+)\."\w+"', order_by))
    assert tables == {f'"{table}"'}, order_by
