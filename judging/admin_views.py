"""The secretariat's judging pages inside the admin site: a stage's ranking and its decision, the final
ranking with the awards, and publishing the results.

Each page reads one ranking object (`judging.ranking`), which already carries its ties; a decision is first
shown on a confirmation page that says what will happen and who will be emailed, then made by one service.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View

from competitions.errors import RuleViolation
from competitions.models import Competition, Stage
from competitions.services import change_competition_status, publication_problems
from judging.adjustment import NOTABLE_OFFSET
from judging.models import Award, DecisionReview, StageResult, TieDecision
from judging.permissions import can_run_judging
from judging.ranking import (
    Tie,
    TieChoice,
    apply_tie_choices,
    final_ranking,
    order_from_outcomes,
    stage_ranking,
)
from judging.selectors import decision_changes
from judging.services import advance_shortlist, decide_awards, keep_decision, revert_shortlist
from submissions.models import Submission


def tie_choices_from(post, ties) -> dict[str, TieChoice]:
    """The secretariat's placing of each tie, from the ranking form: one outcome per tied entry, a reason."""
    choices = {}
    for tie in ties:
        picks = {
            pk: int(raw)
            for pk in tie.submission_ids
            if (raw := post.get(f"tie-{tie.key}-{pk}", "")).isdigit()
        }
        reason = post.get(f"reason-{tie.key}", "")
        if picks or reason.strip():
            choices[tie.key] = TieChoice(order=order_from_outcomes(tie, picks), reason=reason)
    return choices


@dataclass
class TieForm:
    """One tie on the ranking page: each tied entry with the outcome picked for it, and the reason."""

    tie: Tie
    rows: list[tuple[object, str]]
    reason: str


def tie_forms(ties, post=None) -> list[TieForm]:
    """The ties to place, filled with what was sent (so a refused form comes back as it was)."""
    post = post or {}
    return [
        TieForm(
            tie=tie,
            rows=[(entry, post.get(f"tie-{tie.key}-{entry.submission.pk}", "")) for entry in tie.entries],
            reason=post.get(f"reason-{tie.key}", ""),
        )
        for tie in ties
    ]


RANKING_PAGE_SIZE = 100


def ranking_rows(request, rows, *, line: int) -> dict:
    """One page of a long ranking (a list, or a queryset in rank order), and the rows on both sides of `line`
    — the last place that advances or wins — when that page does not show them: the line is where the
    decision is made, so it stays in view on every page."""
    paginator = Paginator(rows, RANKING_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    line_shown = not line or page.start_index() <= line <= page.end_index()
    return {
        "rows": page.object_list,
        "page_obj": page,
        "page_range": list(paginator.get_elided_page_range(page.number)),
        "around_line": [] if line_shown else list(rows[max(line - 3, 0) : line + 3]),
    }


def units_emailed(submissions) -> list[str]:
    return sorted({submission.unit.name for submission in submissions})


class JudgingAdminPage(View):
    """A page of the admin site for the secretariat (the admin site passes itself in `as_view`)."""

    admin_site = None

    def dispatch(self, request, *args, **kwargs):
        if not can_run_judging(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def page(self, template: str, title: str, **context) -> TemplateResponse:
        return TemplateResponse(
            self.request,
            template,
            {**self.admin_site.each_context(self.request), "opts": Stage._meta, "title": title, **context},
        )


class StageRankingView(JudgingAdminPage):
    """The ranking of a stage in a category and its decision: who advances ("Tetapkan 6 besar")."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.stage = get_object_or_404(Stage.objects.select_related("competition"), pk=kwargs["pk"])
        self.category = get_object_or_404(self.stage.competition.categories, pk=kwargs["category"])

    def title(self) -> str:
        return _("Ranking: %(stage)s – %(category)s") % {
            "stage": self.stage.name,
            "category": self.category.name,
        }

    def decided(self):
        return (
            StageResult.objects.filter(
                stage=self.stage, submission__category=self.category, reverted_at__isnull=True
            )
            .select_related("submission__innovation", "submission__unit", "decided_by", "tie_decision")
            .order_by("rank", "outcome", "pk")
        )

    def show(self, *, ranking=None, errors=(), posted=None) -> TemplateResponse:
        decided = self.decided()
        decision = decided.first()
        ranking = ranking or (None if decision else stage_ranking(self.stage, self.category))
        if decision:
            return self.page(
                "admin/judging/ranking_decided.html",
                self.title(),
                stage=self.stage,
                category=self.category,
                decision=decision,
                **ranking_rows(
                    self.request, decided, line=decided.filter(outcome=StageResult.Outcome.ADVANCED).count()
                ),
                tie_decisions=_tie_decisions(decided.exclude(tie_decision=None)),
                changes=decision_changes(self.stage, self.category),
                review=DecisionReview.objects.filter(stage=self.stage, category=self.category)
                .select_related("reviewed_by")
                .first(),
                errors=errors,
            )
        return self.page(
            "admin/judging/ranking.html",
            self.title(),
            stage=self.stage,
            category=self.category,
            ranking=ranking,
            **ranking_rows(self.request, ranking.entries, line=ranking.cutoff),
            tie_forms=tie_forms(ranking.ties, posted),
            notable_offset=NOTABLE_OFFSET,
            errors=errors,
        )

    def get(self, request, *args, **kwargs):
        return self.show()

    def refused(self, ranking, violation: RuleViolation) -> TemplateResponse:
        """The ranking page again, with the refusal and the choices as they were sent."""
        return self.show(ranking=ranking, errors=violation.messages, posted=self.request.POST)

    def post(self, request, *args, **kwargs):
        if "keep" in request.POST:
            try:
                keep_decision(
                    stage=self.stage,
                    category=self.category,
                    by=request.user,
                    note=request.POST.get("note", ""),
                )
            except RuleViolation as violation:
                return self.show(errors=violation.messages)
            messages.success(request, _("The decision is kept; the change and your reason are recorded."))
            return redirect("admin:judging_stage_ranking", self.stage.pk, self.category.pk)
        if "revert" in request.POST:
            try:
                revert_shortlist(
                    stage=self.stage,
                    category=self.category,
                    by=request.user,
                    reason=request.POST.get("reason", ""),
                )
            except RuleViolation as violation:
                return self.show(errors=violation.messages)
            messages.success(request, _("The decision is reverted."))
            return redirect("admin:judging_stage_ranking", self.stage.pk, self.category.pk)
        ranking = stage_ranking(self.stage, self.category)
        choices = tie_choices_from(request.POST, ranking.ties)
        if "confirm" in request.POST:
            try:
                advance_shortlist(
                    stage=self.stage, category=self.category, by=request.user, tie_choices=choices
                )
            except RuleViolation as violation:
                return self.refused(ranking, violation)
            messages.success(request, _("The decision is recorded and the units have been emailed."))
            return redirect("admin:judging_stage_ranking", self.stage.pk, self.category.pk)
        try:
            if ranking.problems:
                raise RuleViolation(ranking.problems)
            placement = apply_tie_choices(ranking.entries, ranking.ties, choices)
        except RuleViolation as violation:
            return self.refused(ranking, violation)
        advancing = placement.order[: ranking.cutoff]
        return self.page(
            "admin/judging/confirm_decision.html",
            _("Confirm the decision: %(stage)s – %(category)s")
            % {"stage": self.stage.name, "category": self.category.name},
            groups=[
                (_("Advance to the next stage"), [entry.submission for entry in advancing]),
                (_("Do not advance"), [entry.submission for entry in placement.order[ranking.cutoff :]]),
            ],
            decided_ties=placement.decided,
            emailed=units_emailed(entry.submission for entry in placement.order),
            hidden=_hidden_fields(request.POST),
            confirm_label=_("Yes, decide the top %(cutoff)d") % {"cutoff": ranking.cutoff},
            back_url=request.path,
        )


class FinalRankingView(JudgingAdminPage):
    """The final ranking of a category, the awards ("Tetapkan penghargaan"), and publishing the results."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.competition = get_object_or_404(Competition, pk=kwargs["pk"])
        self.category = get_object_or_404(self.competition.categories, pk=kwargs["category"])

    def show(self, *, ranking=None, errors=(), posted=None) -> TemplateResponse:
        awards = list(
            Award.objects.filter(competition=self.competition, prize__category=self.category)
            .select_related(
                "prize", "submission__innovation", "submission__unit", "decided_by", "tie_decision"
            )
            .order_by("prize__place")
        )
        ranking = ranking or final_ranking(self.competition, self.category)
        tie_decisions = _tie_decisions(awards)
        awarded = {award.submission_id: award for award in awards}
        for entry in ranking.entries:
            entry.award = awarded.get(entry.submission.pk)
        if posted is None and tie_decisions:
            posted = _posted_from_decisions(ranking.ties, [decision for decision, _entries in tie_decisions])
        return self.page(
            "admin/judging/final.html",
            _("Final ranking: %(competition)s – %(category)s")
            % {"competition": self.competition.name, "category": self.category.name},
            competition=self.competition,
            category=self.category,
            ranking=ranking,
            **ranking_rows(self.request, ranking.entries, line=len(ranking.prizes)),
            tie_forms=tie_forms(ranking.ties, posted),
            awards=awards,
            tie_decisions=tie_decisions,
            changed_stages=[stage for stage in ranking.stages if decision_changes(stage, self.category)],
            categories=list(self.competition.categories.all()),
            publication_problems=publication_problems(self.competition),
            errors=errors,
        )

    def get(self, request, *args, **kwargs):
        return self.show()

    def refused(self, ranking, violation: RuleViolation) -> TemplateResponse:
        return self.show(ranking=ranking, errors=violation.messages, posted=self.request.POST)

    def post(self, request, *args, **kwargs):
        if "publish" in request.POST or "confirm-publish" in request.POST:
            return self.publish(request)
        ranking = final_ranking(self.competition, self.category)
        choices = tie_choices_from(request.POST, ranking.ties)
        if "confirm" in request.POST:
            try:
                decide_awards(
                    competition=self.competition, category=self.category, by=request.user, tie_choices=choices
                )
            except RuleViolation as violation:
                return self.refused(ranking, violation)
            messages.success(request, _("The awards are decided."))
            return redirect("admin:judging_final_ranking", self.competition.pk, self.category.pk)
        try:
            if ranking.problems:
                raise RuleViolation(ranking.problems)
            if self.competition.results_are_published:
                raise RuleViolation(_("The results are published; they can no longer change."))
            placement = apply_tie_choices(
                [entry for entry in ranking.entries if entry.eligible_to_win], ranking.ties, choices
            )
        except RuleViolation as violation:
            return self.refused(ranking, violation)
        return self.page(
            "admin/judging/confirm_decision.html",
            _("Confirm the awards: %(category)s") % {"category": self.category.name},
            places=list(zip(ranking.prizes, placement.order, strict=False)),
            decided_ties=placement.decided,
            emailed=[],
            hidden=_hidden_fields(request.POST),
            confirm_label=_("Yes, decide the awards"),
            note=_("The units are emailed when the results are published, not now."),
            back_url=request.path,
        )

    def publish(self, request):
        if "confirm-publish" in request.POST:
            try:
                change_competition_status(
                    competition=self.competition, to=Competition.Status.ANNOUNCED, by=request.user
                )
            except RuleViolation as violation:
                return self.show(errors=violation.messages)
            messages.success(request, _("The results are published."))
            return redirect("admin:judging_final_ranking", self.competition.pk, self.category.pk)
        problems = publication_problems(self.competition)
        if problems:
            return self.show(errors=problems)
        taking_part = Submission.objects.filter(competition=self.competition).exclude(
            status__in=[Submission.Status.DRAFT, Submission.Status.WITHDRAWN]
        )
        return self.page(
            "admin/judging/confirm_decision.html",
            _("Publish the results of %(competition)s") % {"competition": self.competition.name},
            note=_(
                "The winners of every category appear on the public results page, and each unit that took "
                "part is emailed its own result. Published results can no longer change."
            ),
            emailed=units_emailed(taking_part.select_related("unit")),
            hidden=[],
            confirm_name="confirm-publish",
            confirm_label=_("Yes, publish the results"),
            back_url=request.path,
        )


def _hidden_fields(post) -> list[tuple[str, str]]:
    """The choices made on the ranking page, carried through the confirmation page unchanged."""
    return [
        (key, value) for key in post if key.startswith(("tie-", "reason-")) for value in post.getlist(key)
    ]


def _posted_from_decisions(ties, decisions) -> dict:
    """The tie forms filled with the placings already decided, so the page shows the decision and a change
    starts from it."""
    by_entries = {frozenset(decision.order): decision for decision in decisions}
    posted = {}
    for tie in ties:
        decision = by_entries.get(frozenset(tie.submission_ids))
        if decision is None:
            continue
        index_of = {label: index for index, label, _count in tie.choices}
        for place, pk in enumerate(decision.order):
            posted[f"tie-{tie.key}-{pk}"] = str(index_of[tie.outcomes[place]])
        posted[f"reason-{tie.key}"] = decision.reason
    return posted


def _tie_decisions(records) -> list[tuple[TieDecision, list[Submission]]]:
    """The tie decisions behind these results or awards, each with its entries in the chosen order."""
    decisions = {record.tie_decision_id: record.tie_decision for record in records if record.tie_decision_id}
    if not decisions:
        return []
    entries = Submission.objects.select_related("innovation", "unit").in_bulk(
        [pk for decision in decisions.values() for pk in decision.order]
    )
    return [
        (decision, [entries[pk] for pk in decision.order if pk in entries])
        for decision in sorted(decisions.values(), key=lambda decision: decision.pk)
    ]
