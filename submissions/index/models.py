"""The index's configuration per year, and each innovation's answer per indicator."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from competitions.choice_labels import ChoiceLabelsModel
from competitions.formatting import format_score
from submissions.models import Attachment, GovernmentAffair, Innovation, private_upload_path

LEVELS = (1, 2, 3)  # every indicator has three parameter levels; its score is weight × level


class IndexYear(models.Model):
    """One year's rules of the Indeks Inovasi Daerah, as Kemendagri publishes them.

    Total = SPD (the region's aspect, entered by hand) + SID, where
    SID = Σ innovation scores / MAX(D, n) + MIN(n, cap) × points per innovation (the *jumlah inovasi*,
    counted only when enough of the basic-service *urusan* are covered); IID = total / maximum × 100.
    """

    class Predicate(models.TextChoices):
        VERY_INNOVATIVE = "very_innovative", _("Very innovative")
        INNOVATIVE = "innovative", _("Innovative")
        LESS_INNOVATIVE = "less_innovative", _("Less innovative")
        NOT_ASSESSABLE = "not_assessable", _("Cannot be assessed")

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    divisor = models.PositiveSmallIntegerField(
        _("divisor D"),
        validators=[MinValueValidator(1)],
        help_text=_("The sum of the innovations' scores is divided by D, or by their number when larger."),
    )
    innovation_count_cap = models.PositiveSmallIntegerField(
        _("innovations counted at most"), default=200, help_text=_("For the number-of-innovations score.")
    )
    points_per_innovation = models.DecimalField(
        _("points per innovation"), max_digits=5, decimal_places=2, default=Decimal("0.38")
    )
    basic_affairs = models.ManyToManyField(
        GovernmentAffair,
        verbose_name=_("basic-service areas (urusan wajib pelayanan dasar)"),
        related_name="+",
        blank=True,
    )
    basic_affairs_required = models.PositiveSmallIntegerField(
        _("basic-service areas to cover"),
        help_text=_("The score for the number of innovations counts only when this many are covered."),
    )
    very_innovative_from = models.DecimalField(
        _("“very innovative” from"), max_digits=5, decimal_places=2, help_text=_("Index value, e.g. 60.01.")
    )
    innovative_from = models.DecimalField(
        _("“innovative” from"), max_digits=5, decimal_places=2, help_text=_("Index value, e.g. 35.00.")
    )
    regional_max_score = models.DecimalField(
        _("maximum regional score (SPD)"), max_digits=6, decimal_places=2, default=Decimal("63")
    )
    regional_score = models.DecimalField(
        _("the city's regional score (SPD)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Entered by hand from the 15 regional indicators. Empty counts as 0."),
    )

    class Meta:
        verbose_name = _("innovation index year")
        verbose_name_plural = _("innovation index years")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(very_innovative_from__gt=models.F("innovative_from"))
                & models.Q(innovative_from__gt=0),
                name="index_year_thresholds_in_order",
            ),
            models.CheckConstraint(
                condition=models.Q(regional_score__isnull=True)
                | models.Q(regional_score__lte=models.F("regional_max_score")),
                name="index_year_regional_score_within_maximum",
            ),
        ]

    def __str__(self) -> str:
        return f"IID {self.year}"

    def clean(self):
        errors = {}
        if self.very_innovative_from is not None and self.innovative_from is not None:
            if self.innovative_from <= 0:
                errors["innovative_from"] = _("The threshold must be above 0.")
            elif self.very_innovative_from <= self.innovative_from:
                errors["very_innovative_from"] = _("This threshold must be above the “innovative” one.")
        if (
            self.regional_score is not None
            and self.regional_max_score is not None
            and self.regional_score > self.regional_max_score
        ):
            errors["regional_score"] = _("The regional score cannot exceed its maximum (%(maximum)s).") % {
                "maximum": format_score(self.regional_max_score)
            }
        if errors:
            raise ValidationError(errors)


class IndexIndicator(models.Model):
    """A per-innovation indicator of one year (16–35 in 2023): weight, three levels, typical evidence."""

    year = models.ForeignKey(
        IndexYear, verbose_name=_("year"), on_delete=models.CASCADE, related_name="indicators"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=200)
    weight = models.PositiveSmallIntegerField(_("weight"), validators=[MinValueValidator(1)])
    level_1 = models.CharField(_("level 1"), max_length=300)
    level_2 = models.CharField(_("level 2"), max_length=300)
    level_3 = models.CharField(_("level 3"), max_length=300)
    evidence_hint = models.CharField(_("typical evidence"), max_length=300, blank=True)
    is_mandatory = models.BooleanField(_("mandatory"), default=False)

    class Meta:
        verbose_name = _("index indicator")
        verbose_name_plural = _("index indicators")
        ordering = ["year", "number"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="index_indicator_unique_number"),
            models.CheckConstraint(condition=models.Q(weight__gte=1), name="index_indicator_weight_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"

    @property
    def maximum(self) -> int:
        return self.weight * max(LEVELS)

    def level_descriptions(self) -> list[tuple[int, str]]:
        return [(1, self.level_1), (2, self.level_2), (3, self.level_3)]


class InnovationIndicator(ChoiceLabelsModel):
    """A unit's answer to one indicator for one innovation: its level and the evidence (*bukti dukung*).

    The year is the indicator's year. Without evidence the indicator scores 0, whatever the level. The
    secretariat marks the evidence verified; new or removed evidence waits for verification again.
    """

    innovation = models.ForeignKey(
        Innovation, verbose_name=_("innovation"), on_delete=models.CASCADE, related_name="index_indicators"
    )
    indicator = models.ForeignKey(
        IndexIndicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="answers"
    )
    level = models.PositiveSmallIntegerField(
        _("level"),
        null=True,
        blank=True,
        choices=[(level, level) for level in LEVELS],
        validators=[MinValueValidator(min(LEVELS)), MaxValueValidator(max(LEVELS))],
    )
    note = models.TextField(_("note"), blank=True)
    file = models.FileField(_("evidence file"), upload_to=private_upload_path, blank=True)
    original_name = models.CharField(_("original file name"), max_length=200, blank=True)
    content_type = models.CharField(_("file type"), max_length=40, blank=True)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    link_url = models.URLField(_("evidence link"), max_length=500, blank=True)
    link_kind = models.CharField(
        _("link kind"), max_length=20, choices=Attachment.LinkKind.choices, blank=True
    )
    verified = models.BooleanField(
        _("evidence verified"),
        default=False,
        help_text=_("Set by the secretariat; changing the evidence clears it."),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("innovation index answer")
        verbose_name_plural = _("innovation index answers")
        ordering = ["innovation_id", "indicator__year", "indicator__number"]
        constraints = [
            models.UniqueConstraint(
                fields=["innovation", "indicator"], name="innovation_indicator_one_answer"
            ),
            models.CheckConstraint(
                condition=models.Q(level__isnull=True) | models.Q(level__gte=1, level__lte=3),
                name="innovation_indicator_level_1_to_3",
            ),
            models.CheckConstraint(
                condition=models.Q(file="") | models.Q(link_url=""), name="innovation_indicator_file_or_link"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.innovation} – {self.indicator}"

    @property
    def has_evidence(self) -> bool:
        return bool(self.file) or bool(self.link_url)

    @property
    def evidence_label(self) -> str:
        return self.original_name or self.link_url
