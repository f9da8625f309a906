from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from competitions.choice_labels import ChoiceLabelsModel


class Unit(ChoiceLabelsModel):
    """A *perangkat daerah* or other body that may enter a competition: the roster of entrants.

    Units are never deleted once they have history; a unit that merged or closed is made inactive.
    """

    class Kind(models.TextChoices):
        DINAS = "dinas", _("Department (dinas)")
        BADAN = "badan", _("Agency (badan)")
        BAGIAN = "bagian", _("Bureau / secretariat")
        KECAMATAN = "kecamatan", _("Sub-district (kecamatan)")
        KELURAHAN = "kelurahan", _("Urban village (kelurahan)")
        PUSKESMAS = "puskesmas", _("Community health centre (puskesmas)")
        SEKOLAH = "sekolah", _("School")
        UMKM = "umkm", _("Small business (UMKM)")
        MASYARAKAT = "masyarakat", _("Community group")

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="unit_name_unique_ci"),
            models.CheckConstraint(condition=~models.Q(parent=models.F("pk")), name="unit_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class Membership(models.Model):
    """A user who works for a unit: an *operator* who writes and submits that unit's entries."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("unit membership")
        verbose_name_plural = _("unit memberships")
        ordering = ["unit__name", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["user", "unit"], name="membership_unique_user_unit"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.unit}"


def default_tie_break_chain() -> list[str]:
    return ["last_stage", "heaviest_criterion", "earliest_submission"]


class Competition(ChoiceLabelsModel):
    """One edition of a competition, e.g. "KOINYANLIK 2026" or "Kompetisi Inovasi Kota Palembang 2026"."""

    class Aggregation(models.TextChoices):
        MEAN = "mean", _("Mean of the judges' totals")
        MEDIAN = "median", _("Median of the judges' totals")
        TRIMMED_MEAN = "trimmed_mean", _("Mean without the highest and lowest total (3 judges or more)")

    class TieBreak(models.TextChoices):
        LAST_STAGE = "last_stage", _("Higher score in the last scored stage")
        HEAVIEST_CRITERION = "heaviest_criterion", _("Higher score on the heaviest criterion")
        EARLIEST_SUBMISSION = "earliest_submission", _("Earlier submission")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for entries")
        JUDGING = "judging", _("Judging")
        ANNOUNCED = "announced", _("Winners announced")
        ARCHIVED = "archived", _("Archived")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    organiser = models.CharField(
        _("organiser"), max_length=200, help_text=_("For example: Bagian Organisasi Setda Kota Palembang")
    )
    partner = models.CharField(_("partner"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    legal_basis = models.TextField(
        _("legal basis"), blank=True, help_text=_("Decrees and regulations, one per line")
    )
    registration_opens_at = models.DateTimeField(_("registration opens"))
    registration_closes_at = models.DateTimeField(_("registration closes"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    max_upload_mb = models.PositiveSmallIntegerField(_("largest upload (MB)"), default=10)
    minimum_innovation_age_months = models.PositiveSmallIntegerField(
        _("minimum age of an innovation (months)"),
        default=0,
        help_text=_("How long the innovation must have been in use when registration closes; 0 for no rule."),
    )
    aggregation = models.CharField(
        _("how judges' totals are combined"),
        max_length=20,
        choices=Aggregation.choices,
        default=Aggregation.MEAN,
    )
    rank_by_adjusted = models.BooleanField(
        _("rank by the adjusted score"),
        default=False,
        help_text=_(
            "Correct each judge's leniency, estimated from the entries judges share, when ranking; raw and "
            "adjusted scores are always shown side by side."
        ),
    )
    tie_break_chain = models.JSONField(
        _("tie-break chain"),
        default=default_tie_break_chain,
        blank=True,
        help_text=_(
            "Applied in order when scores are equal: last_stage, heaviest_criterion, earliest_submission."
        ),
    )
    judges_per_entry = models.PositiveSmallIntegerField(
        _("judges per entry (automatic assignment)"), default=3
    )
    unverified_cannot_win = models.BooleanField(
        _("an entry that failed field verification cannot win"), default=True
    )
    show_feedback_to_units = models.BooleanField(
        _("units see their scores and the judges' notes after publication"), default=False
    )
    # The official who signs the piagam (certificates) of the edition, printed under the signature line.
    certificate_signer_name = models.CharField(_("certificate signer: name"), max_length=200, blank=True)
    certificate_signer_title = models.CharField(
        _("certificate signer: title (jabatan)"),
        max_length=200,
        blank=True,
        help_text=_("For example: Wali Kota Palembang, or Sekretaris Daerah Kota Palembang."),
    )
    certificate_signer_nip = models.CharField(
        _("certificate signer: NIP"),
        max_length=30,
        blank=True,
        validators=[
            RegexValidator(r"^[0-9 ]*$", _("A NIP is written with digits (spaces between groups allowed)."))
        ],
        help_text=_("The signer's civil-servant number; leave it empty for an elected official."),
    )
    results_published_at = models.DateTimeField(
        _("results published at"),
        null=True,
        blank=True,
        help_text=_("When the winners were announced; set and cleared with the status, never by hand."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("competition")
        verbose_name_plural = _("competitions")
        ordering = ["-year", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(registration_closes_at__gt=models.F("registration_opens_at")),
                name="competition_registration_window_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(max_upload_mb__gte=1), name="competition_upload_limit_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("competitions:detail", kwargs={"slug": self.slug})

    @property
    def proposal_form_is_frozen(self) -> bool:
        """The proposal form is fixed once registration opens (like a rubric once its stage starts): every
        entry of an edition answers the same sections with the same limits."""
        return self.status != self.Status.DRAFT

    @property
    def is_public(self) -> bool:
        return self.status != self.Status.DRAFT

    @property
    def results_are_published(self) -> bool:
        """The one test of publication: the status says the winners are announced (or archived since)."""
        return self.status in PUBLISHED_STATUSES

    @property
    def feedback_is_open(self) -> bool:
        """Units may read their own scores and the judges' notes: published, and the edition allows it."""
        return self.results_are_published and self.show_feedback_to_units


# An edition's results are public exactly while it is in one of these statuses.
PUBLISHED_STATUSES = (Competition.Status.ANNOUNCED, Competition.Status.ARCHIVED)


class Category(models.Model):
    """A category of an edition (Perangkat Daerah, Kecamatan, UMKM…): who may enter, what it awards."""

    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.CASCADE, related_name="categories"
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    eligible_kinds = models.JSONField(
        _("eligible unit kinds"), default=list, help_text=_("The kinds of unit that may enter this category.")
    )
    shortlist_size = models.PositiveSmallIntegerField(_("shortlist size"), default=6)
    winners = models.PositiveSmallIntegerField(_("number of winners"), default=3)
    honourable_mentions = models.PositiveSmallIntegerField(_("number of honourable mentions"), default=3)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["competition", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["competition", "name"], name="category_unique_name_per_competition"
            ),
            models.CheckConstraint(
                condition=models.Q(shortlist_size__gte=1), name="category_shortlist_positive"
            ),
            models.CheckConstraint(condition=models.Q(winners__gte=1), name="category_winners_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.competition} – {self.name}"

    def accepts(self, unit: Unit) -> bool:
        return unit.kind in self.eligible_kinds

    def eligible_kind_labels(self) -> list[str]:
        labels = dict(Unit.Kind.choices)
        return [str(labels[kind]) for kind in self.eligible_kinds if kind in labels]


class Prize(ChoiceLabelsModel):
    """What a place in a category wins: *uang pembinaan* in rupiah and/or a *piagam* (certificate)."""

    class Kind(models.TextChoices):
        WINNER = "juara", _("Winner (juara)")
        HONOURABLE = "harapan", _("Honourable mention (harapan)")

    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.CASCADE, related_name="prizes"
    )
    place = models.PositiveSmallIntegerField(_("place"), help_text=_("1 for the first place overall"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.WINNER)
    label = models.CharField(_("label"), max_length=60, help_text=_("For example: Juara 1, Harapan 2"))
    amount = models.PositiveBigIntegerField(_("prize money (Rp)"), default=0)
    certificate = models.BooleanField(_("certificate (piagam)"), default=True)

    class Meta:
        verbose_name = _("prize")
        verbose_name_plural = _("prizes")
        ordering = ["category_id", "place"]
        constraints = [
            models.UniqueConstraint(fields=["category", "place"], name="prize_unique_place_per_category"),
            models.CheckConstraint(condition=models.Q(place__gte=1), name="prize_place_positive"),
        ]

    def __str__(self) -> str:
        return self.label


class Stage(ChoiceLabelsModel):
    """A *tahap* of an edition: administrasi, penilaian proposal, fact finding, paparan, pengumuman."""

    class Kind(models.TextChoices):
        ADMINISTRATIVE = "administrative", _("Administrative check")
        SCORED = "scored", _("Scored by judges")
        VERIFICATION = "verification", _("Field verification")
        FINAL = "final", _("Final ranking and announcement")

    class Status(models.TextChoices):
        PENDING = "pending", _("Not started")
        ACTIVE = "active", _("In progress")
        CLOSED = "closed", _("Closed")

    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.CASCADE, related_name="stages"
    )
    order = models.PositiveSmallIntegerField(_("order"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=120)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    weight = models.PositiveSmallIntegerField(
        _("weight in the final score (%)"),
        default=0,
        help_text=_("Only scored and verification stages count."),
    )
    shortlist_size = models.PositiveSmallIntegerField(
        _("shortlist size"),
        null=True,
        blank=True,
        help_text=_("How many entries per category advance; empty to use the category's shortlist size."),
    )
    blind = models.BooleanField(
        _("blind judging"), default=False, help_text=_("Hide the unit from the judges.")
    )
    judges_see_scores_after_close = models.BooleanField(
        _("judges see each other's scores after closing"), default=False
    )

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["competition", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["competition", "order"], name="stage_unique_order_per_competition"
            ),
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")), name="stage_dates_ordered"
            ),
            models.CheckConstraint(condition=models.Q(weight__lte=100), name="stage_weight_at_most_100"),
            models.UniqueConstraint(
                fields=["competition", "kind"],
                condition=models.Q(status="active"),
                name="stage_one_active_per_kind",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.name}"


class Criterion(models.Model):
    """One line of a scored stage's rubric."""

    stage = models.ForeignKey(
        Stage, verbose_name=_("stage"), on_delete=models.CASCADE, related_name="criteria"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=160)
    guidance = models.TextField(_("guidance for judges"), blank=True)
    weight = models.PositiveSmallIntegerField(_("weight (%)"))
    min_score = models.PositiveSmallIntegerField(_("lowest score"), default=1)
    max_score = models.PositiveSmallIntegerField(_("highest score"), default=10)
    level_descriptors = models.TextField(
        _("level descriptors"), blank=True, help_text=_("One level per line, e.g. “1–3: not yet visible”.")
    )

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["stage_id", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(max_score__gt=models.F("min_score")), name="criterion_score_range"
            ),
            models.CheckConstraint(
                condition=models.Q(weight__gte=1, weight__lte=100), name="criterion_weight_1_to_100"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.weight}%)"


class Requirement(ChoiceLabelsModel):
    """A document the administrative check looks for: SK Kepala OPD, surat pernyataan, proposal PDF…"""

    class Kind(models.TextChoices):
        DOCUMENT = "document", _("Document (PDF)")
        PHOTO = "photo", _("Photo")
        VIDEO_LINK = "video", _("Video link")
        ANY = "any", _("File or link")

    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.CASCADE, related_name="requirements"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.DOCUMENT)
    is_required = models.BooleanField(_("required"), default=True)

    class Meta:
        verbose_name = _("required document")
        verbose_name_plural = _("required documents")
        ordering = ["competition_id", "order", "pk"]

    def __str__(self) -> str:
        return self.name


class ProposalSection(ChoiceLabelsModel):
    """One section of an edition's proposal form: what the operator writes, with its guidance and limits.

    The form is data, defined per edition (from a template, then edited by the secretariat until
    registration opens). Entries store their texts by `key`, so a section's label and guidance can be
    reworded without touching what units wrote.
    """

    class ProfileText(models.TextChoices):
        """The innovation profile's text that can fill this section in (the national profile fields)."""

        SUMMARY = "summary", _("Summary")
        DESIGN = "design", _("Design (rancang bangun)")
        GOALS = "goals", _("Goals (tujuan)")
        BENEFITS = "benefits", _("Benefits (manfaat)")
        RESULTS = "results", _("Results (hasil inovasi)")

    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.CASCADE, related_name="proposal_sections"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    key = models.SlugField(
        _("key"),
        max_length=40,
        help_text=_("Short name the texts are stored under, e.g. “ringkasan”. Letters, digits, - and _."),
    )
    label = models.CharField(_("label"), max_length=160)
    guidance = models.TextField(_("guidance for the unit"), blank=True)
    min_words = models.PositiveIntegerField(_("fewest words"), null=True, blank=True)
    word_limit = models.PositiveIntegerField(
        _("word limit"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    is_required = models.BooleanField(_("required"), default=True)
    profile_text = models.CharField(
        _("filled in from the innovation profile"),
        max_length=20,
        choices=ProfileText.choices,
        blank=True,
        help_text=_("When a unit enters, this section starts with that text of the innovation's profile."),
    )
    requirements = models.ManyToManyField(
        "Requirement",
        verbose_name=_("evidence for this section"),
        blank=True,
        related_name="sections",
        help_text=_("Required documents that support this section; shown beside it on the proposal form."),
    )

    class Meta:
        verbose_name = _("proposal section")
        verbose_name_plural = _("proposal form")
        ordering = ["competition_id", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["competition", "key"], name="proposal_section_unique_key"),
            models.CheckConstraint(
                condition=models.Q(word_limit__isnull=True)
                | models.Q(min_words__isnull=True)
                | models.Q(word_limit__gte=models.F("min_words")),
                name="proposal_section_limits_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.label


class Event(models.Model):
    """The event log: who did what to which record, when, with the old and new value."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    action = models.CharField(_("action"), max_length=60)
    # An account that acted is kept (made inactive, never deleted), so the log always says who.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    old_value = models.CharField(_("old value"), max_length=200, blank=True)
    new_value = models.CharField(_("new value"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)
    # Not auto_now_add: a service replaying a past round (`now=`) writes when it happened.
    created_at = models.DateTimeField(_("when"), default=timezone.now, editable=False, db_index=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("event log")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"


class Reminder(models.Model):
    """A reminder that was sent, so each is sent once per threshold (e.g. 7 days and 1 day before)."""

    kind = models.CharField(_("kind"), max_length=40)
    key = models.CharField(_("about"), max_length=100, help_text=_("What it is about, e.g. an entry's id."))
    threshold = models.CharField(_("threshold"), max_length=20)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "key", "threshold"], name="reminder_once_per_threshold"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.key} ({self.threshold})"


class BackgroundJob(ChoiceLabelsModel):
    """Long work the secretariat asked for (every piagam of an edition, a big spreadsheet), run on the task
    queue; the record shows its progress while it runs and keeps the file it made (README, "Long work")."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=60)
    title = models.CharField(_("title"), max_length=200)
    competition = models.ForeignKey(
        Competition,
        verbose_name=_("edition"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="jobs",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("of"), null=True, blank=True)
    result = models.FileField(_("file"), upload_to="jobs/%Y/%m/", blank=True)
    result_name = models.CharField(_("file name"), max_length=200, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["competition", "kind", "-created_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
