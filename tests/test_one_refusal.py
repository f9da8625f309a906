"""The portal refuses a request in one way: `RuleViolation`. No app defines an exception of its own."""

import re
from pathlib import Path

from django.conf import settings

APPS = ["competitions", "submissions", "judging", "innovation_portal"]


def test_rule_violation_is_the_only_exception_class_in_the_apps():
    exception_class = re.compile(r"^class (\w+)\((\w*(Error|Exception|Violation)\w*)\):", re.MULTILINE)
    found = [
        (str(path.relative_to(settings.BASE_DIR)), match.group(1))
        for app in APPS
        for path in Path(settings.BASE_DIR, app).rglob("*.py")
        for match in exception_class.finditer(path.read_text())
    ]
    assert found == [("competitions/errors.py", "RuleViolation")]
