import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from competitions.choice_labels import ChoiceLabelsModel
from competitions.models import Category, Competition, Requirement, Unit


class GovernmentAffair(models.Model):
    """An *urusan pemerintahan* (area of government affairs, from UU 23/2014), e.g. Kesehatan, Perhubungan."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=160)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("area of government affairs")
        verbose_name_plural = _("areas of government affairs")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Innovation(ChoiceLabelsModel):
    """A unit's innovation, the catalogue record that lives across years and editions."""

    class Form(models.TextChoices):
        GOVERNANCE = "governance", _("Regional governance innovation")
        PUBLIC_SERVICE = "public_service", _("Public service innovation")
        OTHER = "other", _("Other regional innovation")

    class Kind(models.TextChoices):
        DIGITAL = "digital", _("Digital")
        NON_DIGITAL = "non_digital", _("Non-digital")

    class Phase(models.TextChoices):
        INITIATIVE = "initiative", _("Initiative")
        TRIAL = "trial", _("Trial")
        IMPLEMENTATION = "implementation", _("Implementation")

    class Initiator(models.TextChoices):
        REGIONAL_HEAD = "regional_head", _("Regional head")
        DPRD = "dprd", _("Member of the regional parliament (DPRD)")
        ASN = "asn", _("Civil servant (ASN)")
        AGENCY = "agency", _("Government unit")
        COMMUNITY = "community", _("Community")

    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="innovations"
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    form = models.CharField(_("form (bentuk)"), max_length=20, choices=Form.choices)
    kind = models.CharField(_("kind (jenis)"), max_length=20, choices=Kind.choices)
    phase = models.CharField(_("phase (tahapan)"), max_length=20, choices=Phase.choices)
    initiator = models.CharField(_("initiator"), max_length=20, choices=Initiator.choices)
    affairs = models.ManyToManyField(
        GovernmentAffair, verbose_name=_("areas of government affairs (urusan)"), related_name="innovations"
    )
    trial_date = models.DateField(_("trial started"), null=True, blank=True)
    launch_date = models.DateField(_("in use since"), null=True, blank=True)
    # The texts of the national profile (IID): what a proposal's sections can start from.
    design = models.TextField(_("design (rancang bangun)"), blank=True)
    goals = models.TextField(_("goals (tujuan)"), blank=True)
    benefits = models.TextField(_("benefits (manfaat)"), blank=True)
    results = models.TextField(_("results (hasil inovasi)"), blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    is_public = models.BooleanField(
        _("show in the public catalogue"),
        default=True,
        help_text=_("Visible to everyone on the catalogue page."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The catalogue's full-text search on PostgreSQL: the title and summary, kept current by the services
    # that change them (`submissions.catalogue.search`), with a GIN index made by the migration on
    # PostgreSQL only. Empty on SQLite, which searches the texts directly.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")
        ordering = ["unit__name", "title"]
        # The unit's list by title, and its latest innovations first on the operator's dashboard.
        indexes = [models.Index(fields=["unit", "title"]), models.Index(fields=["unit", "-updated_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(trial_date__isnull=True)
                | models.Q(launch_date__isnull=True)
                | models.Q(launch_date__gte=models.F("trial_date")),
                name="innovation_launch_after_trial",
            ),
        ]

    def __str__(self) -> str:
        return self.title


def private_upload_path(instance, filename: str) -> str:
    """A random name in a dated folder (ASVS 12.3.1: never use the user's file name on disk)."""
    extension = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}.get(
        getattr(instance, "content_type", ""), "bin"
    )
    return f"private/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"


def thumbnail_upload_path(instance, filename: str) -> str:
    return f"private/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.jpg"


class InnovationPhoto(models.Model):
    innovation = models.ForeignKey(
        Innovation, verbose_name=_("innovation"), on_delete=models.CASCADE, related_name="photos"
    )
    image = models.FileField(_("photo"), upload_to=private_upload_path)
    thumbnail = models.FileField(_("thumbnail"), upload_to=thumbnail_upload_path, blank=True)
    content_type = models.CharField(max_length=40, default="image/jpeg")
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["innovation_id", "pk"]

    def __str__(self) -> str:
        return self.caption or f"#{self.pk}"


class SubmissionQuerySet(models.QuerySet):
    def kept_for_the_record(self) -> "SubmissionQuerySet":
        """Entries that were ever more than an unsent draft: they are never deleted (withdraw them)."""
        return self.exclude(status=Submission.Status.DRAFT, submitted_at__isnull=True)

    def delete(self):
        kept = list(self.kept_for_the_record()[:1])
        if kept:
            raise ProtectedError(str(KEPT_FOR_THE_RECORD), set(kept))
        return super().delete()


# DESIGN §5, no hard delete of a submitted entry: its versions, checks and history are the record.
KEPT_FOR_THE_RECORD = _("An entry that was submitted is never deleted; it can be withdrawn instead.")


class Submission(ChoiceLabelsModel):
    """An innovation entered in one category of one edition: the *proposal*.

    `sections` holds the working draft, one text per section key of the edition's proposal form
    (`competitions.ProposalSection`); what judges read is the latest frozen `SubmissionVersion`, made when
    the entry is submitted or resubmitted.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted, awaiting the administrative check")
        NEEDS_REVISION = "needs_revision", _("Needs revision")
        RESUBMITTED = "resubmitted", _("Resubmitted, awaiting the administrative check")
        ELIGIBLE = "eligible", _("Passed the administrative check")
        INELIGIBLE = "ineligible", _("Did not pass the administrative check")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    innovation = models.ForeignKey(
        Innovation, verbose_name=_("innovation"), on_delete=models.PROTECT, related_name="submissions"
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="submissions"
    )
    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.PROTECT, related_name="submissions"
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="submissions"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    sections = models.JSONField(_("proposal texts"), default=dict, blank=True)
    section_sources = models.JSONField(
        _("where the first texts came from"),
        default=dict,
        blank=True,
        help_text=_("Per section: the innovation profile or the unit's earlier entry it was filled in from."),
    )
    submitted_at = models.DateTimeField(_("first submitted"), null=True, blank=True)
    revision_deadline = models.DateTimeField(_("revision deadline"), null=True, blank=True)
    # Counts the saves of the working draft. The proposal page carries the number it was opened with,
    # so a save from a page opened before someone else's save is refused instead of overwriting it.
    draft_revision = models.PositiveIntegerField(_("times the draft was saved"), default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        ordering = ["competition", "category", "unit__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["innovation", "competition"], name="submission_one_entry_per_innovation_per_edition"
            ),
        ]
        indexes = [models.Index(fields=["competition", "category", "status"])]

    def __str__(self) -> str:
        return f"{self.innovation.title} ({self.unit.display_name})"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("submissions:entry", kwargs={"pk": self.pk})

    def delete(self, *args, **kwargs):
        if self.status != self.Status.DRAFT or self.submitted_at is not None:
            raise ProtectedError(str(KEPT_FOR_THE_RECORD), {self})
        return super().delete(*args, **kwargs)

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.NEEDS_REVISION)

    @property
    def took_part_in_judging(self) -> bool:
        """Passed the administrative check and was judged: a participant (*peserta*) of the edition."""
        return self.status == self.Status.ELIGIBLE


class Attachment(ChoiceLabelsModel):
    """Evidence: a checked file or a link, for a required document or for a proposal section."""

    class LinkKind(models.TextChoices):
        YOUTUBE = "youtube", _("YouTube video")
        GOOGLE_DRIVE = "google_drive", _("Google Drive")
        OTHER = "other", _("Web link")

    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="attachments"
    )
    requirement = models.ForeignKey(
        Requirement,
        verbose_name=_("required document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attachments",
    )
    section = models.CharField(
        _("section"), max_length=40, blank=True, help_text=_("The key of a section of the proposal form.")
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    file = models.FileField(_("file"), upload_to=private_upload_path, blank=True)
    thumbnail = models.FileField(_("thumbnail"), upload_to=thumbnail_upload_path, blank=True)
    original_name = models.CharField(_("original file name"), max_length=200, blank=True)
    content_type = models.CharField(_("file type"), max_length=40, blank=True)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    link_url = models.URLField(_("link"), max_length=500, blank=True)
    link_kind = models.CharField(_("link kind"), max_length=20, choices=LinkKind.choices, blank=True)
    removed_at = models.DateTimeField(
        _("removed"),
        null=True,
        blank=True,
        help_text=_("Removed from the working draft; frozen versions that include it keep it."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["submission_id", "requirement__order", "section", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(file="") & ~models.Q(link_url=""))
                | (~models.Q(file="") & models.Q(link_url="")),
                name="attachment_file_xor_link",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.original_name or self.link_url

    @property
    def is_link(self) -> bool:
        return bool(self.link_url)

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class SubmissionVersion(models.Model):
    """What judges read: the proposal as it was frozen at a submission or resubmission. Never edited."""

    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveSmallIntegerField(_("version"))
    sections = models.JSONField(_("proposal texts"), default=dict, blank=True)
    attachments = models.ManyToManyField(Attachment, verbose_name=_("evidence"), related_name="versions")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("frozen at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("frozen version")
        verbose_name_plural = _("frozen versions")
        ordering = ["submission_id", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "number"], name="version_unique_number_per_submission"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.submission} v{self.number}"


class AdministrativeCheck(ChoiceLabelsModel):
    """The secretariat's completeness check of one frozen version of an entry."""

    class Outcome(models.TextChoices):
        PASSED = "passed", _("Passed (lolos)")
        REVISE = "revise", _("Needs revision (perlu perbaikan)")
        FAILED = "failed", _("Failed (tidak lolos)")

    submission = models.ForeignKey(
        Submission, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="administrative_checks"
    )
    version = models.ForeignKey(
        SubmissionVersion, verbose_name=_("version checked"), on_delete=models.PROTECT, related_name="+"
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    note = models.TextField(_("note to the unit"), blank=True)
    revision_deadline = models.DateTimeField(_("revision deadline"), null=True, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("checked by"),
    )
    checked_at = models.DateTimeField(_("checked at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("administrative check")
        verbose_name_plural = _("administrative checks")
        ordering = ["submission_id", "-checked_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(outcome="revise") | models.Q(revision_deadline__isnull=False),
                name="check_revision_needs_deadline",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.submission} – {self.get_outcome_display()}"


class RequirementCheck(models.Model):
    """One line of an administrative check: was this required document there and in order?"""

    administrative_check = models.ForeignKey(
        AdministrativeCheck, on_delete=models.CASCADE, related_name="items"
    )
    requirement = models.ForeignKey(
        Requirement, verbose_name=_("required document"), on_delete=models.PROTECT
    )
    is_met = models.BooleanField(_("met"))
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("requirement check")
        verbose_name_plural = _("requirement checks")
        ordering = ["administrative_check_id", "requirement__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["administrative_check", "requirement"], name="requirement_check_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requirement}: {'✓' if self.is_met else '✗'}"


# The national innovation index (IID) keeps its models in their own module; importing them here is what
# registers them with Django.
from submissions.index.models import IndexIndicator, IndexYear, InnovationIndicator  # noqa: E402, F401
