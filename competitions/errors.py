"""The portal's one error for a request its rules refuse, and the two ways it reaches the user.

Every service raises `RuleViolation` with messages written for the user (translated, one per problem);
views, admin pages and commands catch only this class and show the messages, on the form that was sent
or as page messages. Nothing else in the portal defines its own refusal class.
"""

from collections.abc import Iterable

from django import forms
from django.contrib import messages as django_messages
from django.http import HttpRequest


class RuleViolation(Exception):
    """A change the rules refuse. `messages` says why, one sentence per problem, in words for the user."""

    def __init__(self, messages: Iterable[str] | str):
        self.messages = [str(messages)] if isinstance(messages, str) else [str(m) for m in messages]
        super().__init__("\n".join(self.messages))


def add_violation_to_form(form: forms.Form, violation: RuleViolation) -> None:
    """Show the refusal at the top of the form that was sent, so everything typed stays on screen."""
    for message in violation.messages:
        form.add_error(None, message)


def report_violation(request: HttpRequest, violation: RuleViolation, *, prefix: str = "") -> None:
    """Show the refusal as page messages, for actions that have no form of their own (buttons, bulk)."""
    for message in violation.messages:
        django_messages.error(request, f"{prefix}{message}")
