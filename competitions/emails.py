"""Emails about an edition as a whole. Called after commit by the services.

Entries and awards are read through their relation names (`competition.submissions`, `award`), so this app
need not import the apps built on it.
"""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from competitions.background import email_task
from competitions.models import Competition

ANNOUNCED_SUBJECT = gettext_noop("Results announced: %(competition)s")


@email_task
def send_results_announced(competition_id: int) -> None:
    """Each unit that took part hears that the winners are announced, with its own entries' results."""
    competition = Competition.objects.get(pk=competition_id)
    entries = (
        competition.submissions.exclude(status__in=["draft", "withdrawn"])
        .select_related("innovation", "unit", "award__prize")
        .order_by("unit__name", "innovation__title")
    )
    by_unit: dict[int, list] = {}
    for entry in entries:
        by_unit.setdefault(entry.unit_id, []).append(entry)
    for unit_entries in by_unit.values():
        unit = unit_entries[0].unit
        recipients = list(
            User.objects.filter(memberships__unit=unit, is_active=True)
            .exclude(email="")
            .order_by("email")
            .values_list("email", flat=True)
            .distinct()
        )
        if not recipients:
            continue
        with translation.override(settings.LANGUAGE_CODE):
            context = {
                "competition": competition,
                "unit": unit,
                "entries": unit_entries,
                "portal_name": settings.SITE_NAME,
                "base_url": settings.PORTAL_BASE_URL,
                "results_url": reverse("judging:results", kwargs={"slug": competition.slug}),
            }
            send_mail(
                subject=f"[{settings.SITE_NAME}] " + _(ANNOUNCED_SUBJECT) % {"competition": competition.name},
                message=render_to_string("competitions/email/announced.txt", context),
                from_email=None,
                recipient_list=recipients,
            )
