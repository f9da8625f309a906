"""The event log in words: one translated sentence per event, wherever events are shown.

`record_event` stores an action code with the old and new value. This module is the one vocabulary that
turns them into a sentence. Add a code here when a service starts writing it (a test scans the
services' `record_event` calls and fails for a code without a sentence). A sentence may use
`%(old)s` and `%(new)s`; status codes among them are shown by their label, read from the `Status`
choices of the record's model.
"""

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Q
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from competitions.edition_templates import EDITION_TEMPLATES
from competitions.formatting import format_score
from competitions.models import Event

STATUS_CHANGED = _("Status changed from “%(old)s” to “%(new)s”.")

# Action code → sentence.
SENTENCES = {
    # Editions and stages
    "status_changed": STATUS_CHANGED,
    "created_from_template": _("Edition created from the template “%(new)s”."),
    "duplicated": _("Copied from “%(old)s” as “%(new)s”."),
    "stage_opened": _("Stage opened."),
    "stage_closed": _("Stage closed."),
    # The unit roster
    "unit_imported": _("Added from the unit roster file."),
    "unit_updated_by_import": _("Updated from the unit roster file."),
    # Innovations and entries
    "innovation_created": _("Innovation recorded."),
    "innovation_updated": _("Innovation profile updated."),
    "profile_text_copied": _("The text of “%(old)s” copied to the profile from the entry in %(new)s."),
    "photo_added": _("Photo added: %(new)s."),
    "photo_removed": _("Photo removed: %(old)s."),
    "entered": _("Entered in the category “%(new)s”."),
    "evidence_added": _("Evidence added: %(new)s."),
    "evidence_removed": _("Evidence removed: %(old)s."),
    # The innovation index (the note names the year and the indicator)
    "index_level_changed": _("Index level changed from “%(old)s” to “%(new)s”."),
    "index_note_changed": _("Index note changed."),
    "index_evidence_added": _("Index evidence added: %(new)s."),
    "index_evidence_removed": _("Index evidence removed: %(old)s."),
    "index_evidence_verified": _("Index evidence verified: %(new)s."),
    "index_evidence_unverified": _("Index evidence back to waiting for verification: %(new)s."),
    "index_year_copied": _("Innovation index rules copied from %(old)s to %(new)s."),
    # Judging
    "judge_assigned": _("Judge %(new)s assigned."),
    "judge_removed": _("Judge %(old)s taken off the entry."),
    "panel_member_added": _("Judge %(new)s added to the panel."),
    "panel_member_changed": _("Panel member %(new)s changed."),
    "auto_assigned": _("%(new)s judge assignments made automatically."),
    "conflict_declared": _("Conflict of interest declared."),
    "scores_changed": _("Scores changed (total: %(old)s → %(new)s)."),
    "sheet_submitted": _("Score sheet submitted and locked, total %(new)s."),
    "sheet_reopened": _("Score sheet reopened."),
    "field_visit_recorded": _("Field visit recorded: %(new)s."),
    "shortlist_decided": _("Shortlist decided (category: advancing/ranked): %(new)s."),
    "shortlist_reverted": _("Shortlist of “%(old)s” reverted."),
    "decision_kept": _("Decision for “%(new)s” kept after what it rested on changed."),
    "awards_decided": _("Prizes decided for “%(new)s”."),
    "certificate_issued": _("Certificate (piagam) issued: %(new)s."),
    "certificate_updated": _("Certificate (piagam) brought up to date: %(old)s → %(new)s."),
    "job_requested": _("Long work started: %(new)s."),
    # Bulk data taken out of the portal
    "downloaded": _("File downloaded: %(new)s."),
    "selection_downloaded": _("File downloaded: %(new)s, %(old)s rows selected."),
    # Signing in (staff accounts; second-factor changes for everyone). The values name the address.
    "signed_in": _("Signed in (%(old)s) from %(new)s."),
    "sign_in_failed": _("Failed sign-in as “%(old)s” from %(new)s."),
    "signed_out": _("Signed out from %(new)s."),
    "second_factor_verified": _("Second sign-in step passed with %(old)s from %(new)s."),
    "second_factor_failed": _("Wrong second sign-in step code for “%(old)s” from %(new)s."),
    "second_factor_set_up": _("Two-factor sign-in set up from %(new)s."),
    "second_factor_removed": _("Two-factor sign-in turned off from %(new)s."),
    "recovery_codes_renewed": _("New recovery codes made from %(new)s."),
    # Written before publication became a status change; kept so older logs still read as sentences.
    "results_published": _("Results published; status changed from “%(old)s” to “%(new)s”."),
}

# Families of codes written as `prefix` + a value, e.g. "status:needs_revision".
PREFIX_SENTENCES = {
    "status:": STATUS_CHANGED,
}


def _score(value: str) -> str:
    """A stored total ("76.6667") as people read it ("76,67"); anything else as stored."""
    try:
        return format_score(Decimal(value))
    except (InvalidOperation, ValueError):
        return value


# How someone signed in, as stored in the sign-in events.
SIGN_IN_METHODS = {
    "password": _("password"),
    "single sign-on": _("single sign-on"),
    "authenticator": _("the authenticator app"),
    "recovery code": _("a recovery code"),
}

# Values that are codes of their own, by action (status codes are resolved for every action).
VALUE_LABELS: dict[str, Callable[[str], str]] = {
    "sheet_submitted": _score,
    "scores_changed": lambda value: _score(value) if value else "–",
    "created_from_template": lambda key: EDITION_TEMPLATES[key].name if key in EDITION_TEMPLATES else key,
    "field_visit_recorded": lambda value: str(
        {"verified": _("verified"), "not verified": _("not verified")}.get(value, value)
    ),
    "signed_in": lambda value: str(SIGN_IN_METHODS.get(value, value)),
    "second_factor_verified": lambda value: str(SIGN_IN_METHODS.get(value, value)),
}


def sentence_template(action: str):
    """The sentence for an action code, or None for a code the vocabulary does not know."""
    if action in SENTENCES:
        return SENTENCES[action]
    for prefix, sentence in PREFIX_SENTENCES.items():
        if action.startswith(prefix):
            return sentence
    return None


def _status_labels(model: type[Model] | None) -> dict[str, str]:
    status = getattr(model, "Status", None)
    choices = getattr(status, "choices", None)
    return {value: str(label) for value, label in choices} if choices else {}


def _value(event: Event, value: str, statuses: dict[str, str]) -> str:
    if event.action in VALUE_LABELS:
        return VALUE_LABELS[event.action](value)
    return statuses.get(value, value)


def describe(event: Event) -> str:
    """The event as a sentence in the active language."""
    model = ContentType.objects.get_for_id(event.content_type_id).model_class()
    statuses = _status_labels(model)
    old = _value(event, event.old_value, statuses)
    new = _value(event, event.new_value, statuses)
    template = sentence_template(event.action)
    if template is not None:
        return str(template) % {"old": old, "new": new}
    # A code not in the vocabulary yet still reads as words, with its values.
    words = capfirst(event.action.replace("_", " ").replace(":", ": "))
    values = " → ".join(value for value in (old, new) if value)
    return gettext("%(action)s: %(values)s") % {"action": words, "values": values} if values else words


def search_filter(term: str) -> Q:
    """Events whose sentence mentions `term` (in the active language): by the sentence's own words, or
    by the label of a status among its values. For the event log's search box."""
    term = term.casefold()
    matches = Q(pk__in=[])
    for action, sentence in SENTENCES.items():
        if term in str(sentence).casefold():
            matches |= Q(action=action)
    for prefix, sentence in PREFIX_SENTENCES.items():
        if term in str(sentence).casefold():
            matches |= Q(action__startswith=prefix)
    logged_models = ContentType.objects.filter(pk__in=Event.objects.values("content_type")).distinct()
    codes = {
        code
        for content_type in logged_models
        for code, label in _status_labels(content_type.model_class()).items()
        if term in label.casefold()
    }
    if codes:
        matches |= Q(old_value__in=codes) | Q(new_value__in=codes)
    return matches
