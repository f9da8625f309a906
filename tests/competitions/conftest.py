"""Fixtures of the other apps' tests, for the admin pages that guard their records."""

from tests.judging.conftest import scored_round  # noqa: F401
from tests.judging.test_decisions import final_round  # noqa: F401
from tests.submissions.conftest import draft, edition, unit_operator  # noqa: F401
