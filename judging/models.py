import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from competitions.choice_labels import ChoiceLabelsModel
from competitions.models import Category, Competition, Criterion, Prize, Stage
from submissions.models import Submission, private_upload_path, thumbnail_upload_path

SCORE_DIGITS = {"max_digits": 7, "decimal_places": 4}


class Panel(models.Model):
    """A judge on the panel of one stage for one category, optionally narrowed to chosen entries."""

    stage = models.ForeignKey(Stage, verbose_name=_("stage"), on_delete=models.CASCADE, related_name="panels")
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.CASCADE, related_name="panels"
    )
    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("judge"), on_delete=models.PROTECT, related_name="panels"
    )
    entries = models.ManyToManyField(
        Submission,
        verbose_name=_("only these entries"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to let the automatic assignment choose."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("panel member")
        verbose_name_plural = _("panels")
        ordering = ["stage", "category", "judge__username"]
        constraints = [
            models.UniqueConstraint(fields=["stage", "category", "judge"], name="panel_unique_judge"),
        ]

    def __str__(self) -> str:
        return f"{self.judge} – {self.stage.name} – {self.category.name}"


class Assignment(models.Model):
    """One entry a judge must score (or visit) in one stage.

    A judge taken off an entry keeps the row, marked removed with who, when and why (see
    `judging.services.remove_assignment`); only current assignments count (see `judging.eligibility`).
    """

    stage = models.ForeignKey(
        Stage, verbose_name=_("stage"), on_delete=models.CASCADE, related_name="assignments"
    )
    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="assignments"
    )
    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("judge"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("assigned at"), auto_now_add=True)
    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("removed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    removal_reason = models.TextField(_("reason for removal"), blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["stage", "judge__username", "submission"]
        constraints = [
            models.UniqueConstraint(
                fields=["stage", "submission", "judge"],
                condition=models.Q(removed_at__isnull=True),
                name="assignment_one_current_per_judge_and_entry",
            ),
            models.CheckConstraint(
                condition=models.Q(removed_at__isnull=True)
                | (models.Q(removed_by__isnull=False) & ~models.Q(removal_reason="")),
                name="assignment_removal_has_who_and_why",
            ),
        ]
        indexes = [models.Index(fields=["judge", "stage"])]

    def __str__(self) -> str:
        return f"{self.judge} → {self.submission}"


class Conflict(models.Model):
    """A judge who must not judge an entry. Membership of the entry's unit is a conflict without a row."""

    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("judge"), on_delete=models.CASCADE, related_name="conflicts"
    )
    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="conflicts"
    )
    reason = models.TextField(_("reason"))
    declared_at = models.DateTimeField(_("declared at"), auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        ordering = ["-declared_at"]
        constraints = [
            models.UniqueConstraint(fields=["judge", "submission"], name="conflict_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.judge} × {self.submission}"


class ScoreSheet(ChoiceLabelsModel):
    """A judge's scores for one entry in one scored stage. Submitted sheets are locked."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")

    stage = models.ForeignKey(Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="sheets")
    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.PROTECT, related_name="sheets"
    )
    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("judge"), on_delete=models.PROTECT, related_name="sheets"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    total = models.DecimalField(
        _("total (0–100)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
        **SCORE_DIGITS,
    )
    note = models.TextField(_("overall note"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reopen_reason = models.TextField(_("reason for reopening"), blank=True)
    # Counts the judge's saves. The score page carries the number it was opened with, so a save from a
    # page opened before another save (another tab) is refused instead of overwriting it.
    revision = models.PositiveIntegerField(_("times the sheet was saved"), default=0, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("score sheet")
        verbose_name_plural = _("score sheets")
        ordering = ["stage", "submission", "judge__username"]
        constraints = [
            models.UniqueConstraint(fields=["stage", "submission", "judge"], name="sheet_unique"),
            models.CheckConstraint(
                condition=~models.Q(status="submitted") | models.Q(total__isnull=False),
                name="sheet_submitted_has_total",
            ),
        ]
        indexes = [models.Index(fields=["stage", "status"])]

    def __str__(self) -> str:
        return f"{self.judge} – {self.submission} – {self.stage.name}"


class Score(models.Model):
    sheet = models.ForeignKey(ScoreSheet, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.PROTECT, related_name="+"
    )
    value = models.DecimalField(_("score"), max_digits=5, decimal_places=2)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        ordering = ["sheet_id", "criterion__order"]
        constraints = [
            models.UniqueConstraint(fields=["sheet", "criterion"], name="score_unique_per_criterion"),
        ]

    def __str__(self) -> str:
        return f"{self.criterion.name}: {self.value}"


class FieldVisit(models.Model):
    """Fact finding: the team's visit to see the innovation working in the field."""

    stage = models.ForeignKey(Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="visits")
    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.PROTECT, related_name="visits"
    )
    visited_on = models.DateField(_("date of the visit"))
    team = models.CharField(_("team members"), max_length=300)
    findings = models.TextField(_("findings"))
    verified = models.BooleanField(_("the innovation works as described"))
    score = models.DecimalField(
        _("score (0–100)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
        **SCORE_DIGITS,
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("field visit")
        verbose_name_plural = _("field visits")
        ordering = ["stage", "submission"]
        constraints = [
            models.UniqueConstraint(fields=["stage", "submission"], name="visit_one_per_entry_per_stage"),
        ]

    def __str__(self) -> str:
        return f"{self.submission} – {self.visited_on}"


class FieldVisitPhoto(models.Model):
    visit = models.ForeignKey(FieldVisit, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(_("photo"), upload_to=private_upload_path)
    thumbnail = models.FileField(_("thumbnail"), upload_to=thumbnail_upload_path, blank=True)
    content_type = models.CharField(max_length=40, default="image/jpeg")
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("visit photo")
        verbose_name_plural = _("visit photos")
        ordering = ["visit_id", "pk"]

    def __str__(self) -> str:
        return f"#{self.pk}"


class StageResult(ChoiceLabelsModel):
    """The secretariat's decision on an entry at the end of a stage: its score, rank and outcome.

    This is the record, not a cache: it is written once when the secretariat decides, and a reverted
    decision stays, marked reverted, with who reverted it and why.
    """

    class Outcome(models.TextChoices):
        ADVANCED = "advanced", _("Advanced")
        ELIMINATED = "eliminated", _("Eliminated")

    stage = models.ForeignKey(
        Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="results"
    )
    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.PROTECT, related_name="stage_results"
    )
    score = models.DecimalField(_("score"), null=True, blank=True, **SCORE_DIGITS)
    adjusted_score = models.DecimalField(_("adjusted score"), null=True, blank=True, **SCORE_DIGITS)
    rank = models.PositiveSmallIntegerField(
        _("rank in category"), help_text=_("Entries the tie-break chain cannot split share a rank.")
    )
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices)
    tie_decision = models.ForeignKey(
        "TieDecision",
        verbose_name=_("tie decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="stage_results",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now, editable=False)
    reverted_at = models.DateTimeField(_("reverted at"), null=True, blank=True)
    reverted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revert_reason = models.TextField(_("reason for reverting"), blank=True)

    class Meta:
        verbose_name = _("stage result")
        verbose_name_plural = _("stage results")
        ordering = ["stage", "submission__category", "rank"]
        constraints = [
            models.UniqueConstraint(
                fields=["stage", "submission"],
                condition=models.Q(reverted_at__isnull=True),
                name="stage_result_one_current_per_entry",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.stage.name}: {self.submission} #{self.rank} ({self.get_outcome_display()})"


class Award(models.Model):
    """A place won in a category: Juara 1–3, Harapan 1–3, or as the edition configures."""

    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.PROTECT, related_name="awards"
    )
    submission = models.OneToOneField(
        Submission, verbose_name=_("entry"), on_delete=models.PROTECT, related_name="award"
    )
    prize = models.ForeignKey(Prize, verbose_name=_("prize"), on_delete=models.PROTECT, related_name="awards")
    final_score = models.DecimalField(_("final score"), null=True, blank=True, **SCORE_DIGITS)
    rank = models.PositiveSmallIntegerField(_("rank in the final ranking"), null=True, blank=True)
    tie_decision = models.ForeignKey(
        "TieDecision",
        verbose_name=_("tie decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="awards",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("award")
        verbose_name_plural = _("awards")
        ordering = ["competition", "prize__category__order", "prize__place"]
        constraints = [
            models.UniqueConstraint(fields=["prize"], name="award_one_entry_per_prize"),
        ]

    def __str__(self) -> str:
        return f"{self.prize.label}: {self.submission}"


class TieDecision(models.Model):
    """The secretariat's choice at a tie the edition's tie-break chain could not split.

    Written when a tie straddles a place where the outcome differs (the shortlist cutoff, or two places
    with different prizes). `order` lists the tied entries' ids best first, as the secretariat placed them;
    `reason` is why. The stage results or awards it decided point to it.
    """

    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.PROTECT, related_name="tie_decisions"
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="tie_decisions"
    )
    stage = models.ForeignKey(
        Stage,
        verbose_name=_("stage"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tie_decisions",
        help_text=_("Empty for a tie in the final ranking (the awards)."),
    )
    entries = models.ManyToManyField(Submission, verbose_name=_("tied entries"), related_name="tie_decisions")
    order = models.JSONField(_("order chosen (entry ids, best first)"))
    places = models.CharField(_("places at stake"), max_length=200)
    reason = models.TextField(_("reason"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)

    class Meta:
        verbose_name = _("tie decision")
        verbose_name_plural = _("tie decisions")
        ordering = ["-decided_at"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(reason=""), name="tie_decision_has_reason"),
        ]

    def __str__(self) -> str:
        return f"{self.category.name}: {self.places}"


class DecisionReview(models.Model):
    """The secretariat kept a stage's decision after what it rested on changed (a conflict declared later,
    a judge who turned out to work for the unit): the numbers it saw then, and why it kept the decision.
    The change stops being flagged until the numbers change again."""

    stage = models.ForeignKey(
        Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="decision_reviews"
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="decision_reviews"
    )
    snapshot = models.JSONField(_("scores seen (entry id → score)"))
    note = models.TextField(_("why the decision is kept"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("decision review")
        verbose_name_plural = _("decision reviews")
        ordering = ["-reviewed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.stage.name} – {self.category.name}"


def new_certificate_code() -> str:
    """An unguessable code for a certificate's verification address (128 random bits, URL-safe)."""
    return secrets.token_urlsafe(16)


class Certificate(ChoiceLabelsModel):
    """A *piagam* (certificate) the portal issued: to a winner for its prize, or to a participant — an entry
    that passed the administrative check and so took part in the judging (*peserta*).

    It keeps the text the piagam shows, so the public verification page (`/piagam/<code>/`, the QR code on
    the piagam) confirms exactly that. One per entry and kind: issuing it again refreshes the text from the
    current facts and keeps the code, so a piagam already printed stays verifiable.
    """

    class Kind(models.TextChoices):
        AWARD = "award", _("Prize")
        PARTICIPATION = "participation", _("Participation")

    code = models.CharField(
        _("verification code"), max_length=32, unique=True, default=new_certificate_code, editable=False
    )
    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.PROTECT, related_name="certificates"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    prize = models.ForeignKey(
        Prize,
        verbose_name=_("prize"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    # The text the piagam shows, as issued.
    organiser = models.CharField(_("organiser"), max_length=200)
    edition_name = models.CharField(_("edition"), max_length=200)
    category_name = models.CharField(_("category"), max_length=120)
    place = models.CharField(
        _("awarded as"), max_length=60, help_text=_("The prize (“Juara 1”) or “Peserta”.")
    )
    unit_name = models.CharField(_("unit"), max_length=200)
    innovation_title = models.CharField(_("innovation"), max_length=200)
    awarded_on = models.DateField(_("date on the certificate"))
    signer_name = models.CharField(_("signed by"), max_length=200)
    signer_title = models.CharField(_("signer's title"), max_length=200)
    signer_nip = models.CharField(_("signer's NIP"), max_length=30, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("first issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("first issued at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("text updated at"), auto_now=True)

    class Meta:
        verbose_name = _("certificate (piagam)")
        verbose_name_plural = _("certificates (piagam)")
        ordering = ["submission__competition", "submission__category__order", "kind", "place", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "kind"], name="certificate_one_per_entry_and_kind"),
            models.CheckConstraint(
                condition=(models.Q(kind="award") & models.Q(prize__isnull=False))
                | (models.Q(kind="participation") & models.Q(prize__isnull=True)),
                name="certificate_prize_only_for_an_award",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.place}: {self.innovation_title} ({self.unit_name})"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("judging:certificate", kwargs={"code": self.code})
