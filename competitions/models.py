from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class Unit(models.Model):
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
