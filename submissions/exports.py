"""The secretariat's spreadsheets of entries and innovations, described as `competitions.spreadsheets.Sheet`s
(the same description becomes XLSX or CSV).

- `entry_sheets`: the entries of one or more editions, one sheet per edition.
- `inventory_sheet`: innovations in the field order of the national form (Kemendagri's innovation index,
  IID), with one year's indicator answers when the innovations have any.
"""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from competitions.models import Unit
from competitions.spreadsheets import Column, Sheet
from submissions.index.models import IndexYear, InnovationIndicator
from submissions.index.scoring import Answer, score_innovation
from submissions.models import Innovation, Submission, SubmissionVersion
from submissions.selectors import count_words, proposal_form

DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"


def yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def entry_sheets(entries: QuerySet[Submission]) -> list[Sheet]:
    """One sheet per edition: each entry's unit, kind of unit, innovation, category, status, first
    submission, the version number read, each section's word count and the evidence count.

    The word and evidence counts are those of the latest frozen version (what the secretariat and the
    judges read); an entry never submitted has no version, and its working draft is counted instead.
    A fixed number of queries, however many entries.
    """
    entries = (
        entries.select_related("competition", "category", "innovation", "unit")
        .prefetch_related(
            "competition__proposal_sections",
            Prefetch(
                "versions",
                queryset=SubmissionVersion.objects.annotate(evidence=Count("attachments")).order_by(
                    "-number"
                ),
            ),
        )
        .annotate(current_evidence=Count("attachments", filter=Q(attachments__removed_at__isnull=True)))
        .order_by("-competition__year", "competition__name", "category__order", "unit__name", "pk")
    )
    kinds = dict(Unit.Kind.choices)
    sheets: dict[int, Sheet] = {}
    for entry in entries:
        sections = proposal_form(entry.competition)
        sheet = sheets.get(entry.competition_id)
        if sheet is None:
            sheet = sheets[entry.competition_id] = Sheet(
                entry.competition.name,
                [
                    Column(_("Unit"), 36),
                    Column(_("Kind of unit"), 18),
                    Column(_("Innovation"), 36),
                    Column(_("Category"), 20),
                    Column(_("Status"), 28),
                    Column(_("First submitted"), 17, DATETIME_FORMAT),
                    Column(_("Version"), 9, "0"),
                    *(
                        Column(_("Words: %(section)s") % {"section": section.label}, 14, "0")
                        for section in sections
                    ),
                    Column(_("Evidence"), 11, "0"),
                ],
            )
        versions = list(entry.versions.all())
        latest = versions[0] if versions else None
        texts = latest.sections if latest else entry.sections
        sheet.rows.append(
            [
                entry.unit.name,
                str(kinds.get(entry.unit.kind, entry.unit.kind)),
                entry.innovation.title,
                entry.category.name,
                entry.get_status_display(),
                entry.submitted_at,
                latest.number if latest else None,
                *(count_words(texts.get(section.key, "")) for section in sections),
                latest.evidence if latest else entry.current_evidence,
            ]
        )
    return list(sheets.values())


def inventory_sheet(innovations: QuerySet[Innovation], year: IndexYear | None) -> Sheet:
    """Innovations in the national form's order — nama inovasi, tahapan, inisiator, jenis, bentuk, urusan
    pemerintahan, waktu uji coba, waktu penerapan, rancang bangun, tujuan, manfaat, hasil inovasi — then the
    unit. When some of them answered `year`'s index indicators, two columns per indicator follow (its level,
    and whether evidence is attached), then the innovation's index score for the year (weight × level over
    the indicators with evidence). Innovations without answers leave those cells empty.
    """
    chosen = innovations.values("pk")
    innovations = list(
        innovations.select_related("unit").prefetch_related("affairs").order_by("unit__name", "title", "pk")
    )
    columns = [
        Column(pgettext("IID form", "Innovation name"), 36),
        Column(pgettext("IID form", "Phase"), 14),
        Column(pgettext("IID form", "Initiator"), 22),
        Column(pgettext("IID form", "Kind"), 12),
        Column(pgettext("IID form", "Form"), 30),
        Column(pgettext("IID form", "Areas of government affairs"), 36),
        Column(pgettext("IID form", "Trial date"), 13, DATE_FORMAT),
        Column(pgettext("IID form", "Launch date"), 13, DATE_FORMAT),
        Column(pgettext("IID form", "Design"), 50),
        Column(pgettext("IID form", "Goals"), 40),
        Column(pgettext("IID form", "Benefits"), 40),
        Column(pgettext("IID form", "Innovation results"), 40),
        Column(_("Unit"), 36),
    ]
    answers: dict[int, dict[int, InnovationIndicator]] = {}
    indicators = []
    if year is not None:
        # A subquery, not a list of ids: the whole city's inventory can be tens of thousands of innovations.
        rows = InnovationIndicator.objects.filter(indicator__year=year, innovation__in=chosen)
        for row in rows:
            answers.setdefault(row.innovation_id, {})[row.indicator_id] = row
        if answers:
            indicators = list(year.indicators.order_by("number"))
    for indicator in indicators:
        level = _("%(number)d. %(name)s: level") % {"number": indicator.number, "name": indicator.name}
        columns += [
            Column(level, 12, "0"),
            Column(_("%(number)d: evidence") % {"number": indicator.number}, 10),
        ]
    if indicators:
        columns.append(Column(_("Index score %(year)d") % {"year": year.year}, 12, "0"))
    sheet = Sheet(_("Innovation inventory"), columns)
    for innovation in innovations:
        row = [
            innovation.title,
            innovation.get_phase_display(),
            innovation.get_initiator_display(),
            innovation.get_kind_display(),
            innovation.get_form_display(),
            "; ".join(affair.name for affair in innovation.affairs.all()),
            innovation.trial_date,
            innovation.launch_date,
            innovation.design,
            innovation.goals,
            innovation.benefits,
            innovation.results,
            innovation.unit.name,
        ]
        own = answers.get(innovation.pk)
        if indicators and own:
            for indicator in indicators:
                answer = own.get(indicator.pk)
                row += [answer.level if answer else None, yes_no(bool(answer and answer.has_evidence))]
            scored = score_innovation(
                innovation,
                indicators,
                {pk: Answer(answer.level, answer.has_evidence) for pk, answer in own.items()},
            )
            row.append(scored.score)
        elif indicators:
            row += [None] * (2 * len(indicators) + 1)
        sheet.rows.append(row)
    return sheet
