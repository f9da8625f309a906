"""Issuing the piagam (certificates): what an entry's piagam says, and the record that keeps it.

Who gets one, once the edition issues certificates (`competitions.rules.certificate_problems`: results
published, signer known): a winner whose prize carries a piagam gets that prize's ("Juara 1"); every other
entry that took part in the judging (passed the administrative check) gets the participant's ("Peserta").
"""

from dataclasses import asdict, dataclass
from datetime import date

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import Competition, Prize
from competitions.rules import certificate_problems
from competitions.services import record_event
from judging.models import Award, Certificate
from submissions.models import Submission


@dataclass(frozen=True)
class CertificateText:
    """What an entry's piagam says today."""

    kind: str
    prize: Prize | None
    organiser: str
    edition_name: str
    category_name: str
    place: str
    unit_name: str
    innovation_title: str
    awarded_on: date
    signer_name: str
    signer_title: str
    signer_nip: str


def certificate_text(submission: Submission, award: Award | None) -> CertificateText | None:
    """The piagam `submission` gets (`award` is its award, if any), or None when it gets none."""
    competition = submission.competition
    if award is not None and award.prize.certificate:
        kind, prize, place = Certificate.Kind.AWARD, award.prize, award.prize.label
    elif submission.took_part_in_judging:
        # The piagam is the city's document, in the portal's own language (Indonesian), whoever asks.
        with translation.override(settings.LANGUAGE_CODE):
            kind, prize, place = Certificate.Kind.PARTICIPATION, None, _("Participant")
    else:
        return None
    return CertificateText(
        kind=kind,
        prize=prize,
        organiser=competition.organiser,
        edition_name=competition.name,
        category_name=submission.category.name,
        place=place,
        unit_name=submission.unit.name,
        innovation_title=submission.innovation.title,
        awarded_on=timezone.localdate(competition.results_published_at),
        signer_name=competition.certificate_signer_name.strip(),
        signer_title=competition.certificate_signer_title.strip(),
        signer_nip=competition.certificate_signer_nip.strip(),
    )


def _issued(
    submission: Submission,
    text: CertificateText,
    existing: Certificate | None,
    by: User | AnonymousUser | None,
) -> Certificate:
    """The entry's certificate: created the first time, its text refreshed (same code) when facts changed."""
    fields = asdict(text)
    issuer = by if by is not None and by.is_authenticated else None
    if existing is None:
        certificate = Certificate.objects.create(submission=submission, issued_by=issuer, **fields)
        record_event(submission, by=issuer, action="certificate_issued", new=text.place)
        return certificate
    changed = {name: value for name, value in fields.items() if getattr(existing, name) != value}
    if changed:
        old_place = existing.place
        for name, value in changed.items():
            setattr(existing, name, value)
        existing.save()
        record_event(submission, by=issuer, action="certificate_updated", old=old_place, new=text.place)
    return existing


def _ensure_issuing(competition: Competition) -> None:
    problems = certificate_problems(competition)
    if problems:
        raise RuleViolation([str(problem) for problem in problems])


@transaction.atomic
def issue_certificate(*, submission: Submission, by: User | AnonymousUser | None) -> Certificate:
    """The entry's piagam, issued the first time it is asked for (by the unit, the public or the secretariat).

    Refused while the edition does not issue certificates, and for an entry that did not take part.
    """
    submission = Submission.objects.select_related("competition", "category", "unit", "innovation").get(
        pk=submission.pk
    )
    _ensure_issuing(submission.competition)
    text = certificate_text(
        submission, Award.objects.filter(submission=submission).select_related("prize").first()
    )
    if text is None:
        raise RuleViolation(_("This entry did not take part in the judging: it gets no certificate."))
    existing = Certificate.objects.filter(submission=submission, kind=text.kind).first()
    return _issued(submission, text, existing, by)


@transaction.atomic
def issue_certificates(*, competition: Competition, by: User) -> list[Certificate]:
    """Every piagam of the edition, per category: the prizes in place order, then the participants by
    innovation title."""
    _ensure_issuing(competition)
    entries = Submission.objects.filter(competition=competition, status=Submission.Status.ELIGIBLE)
    awards = {
        award.submission_id: award
        for award in Award.objects.filter(competition=competition).select_related("prize")
    }
    existing = {
        (certificate.submission_id, certificate.kind): certificate
        for certificate in Certificate.objects.filter(submission__competition=competition)
    }
    issued = []
    for entry in entries.select_related("competition", "category", "unit", "innovation").order_by(
        "innovation__title", "pk"
    ):
        text = certificate_text(entry, awards.get(entry.pk))
        certificate = _issued(entry, text, existing.get((entry.pk, text.kind)), by)
        place = text.prize.place if text.prize else 0
        issued.append(((entry.category.order, entry.category_id, text.prize is None, place), certificate))
    return [certificate for _key, certificate in sorted(issued, key=lambda item: item[0])]
