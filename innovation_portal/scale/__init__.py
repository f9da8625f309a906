"""The national data set for load tests (`manage.py seed_scale`): the size of a province's or the national
innovation award, written with bulk inserts.

At scale 1: 550 units, 30,000 innovations (one unit holds about 1,000), 300 judges; an edition in judging
with 10,000 eligible entries in four categories (the biggest, Perangkat Daerah, holds 5,000) and a running
scored stage where every entry has 3 submitted score sheets on the 7-criterion KIPP rubric (210,000
scores); the previous year's edition, announced, with its proposal stage decided from its own sheets, the
awards of its final and its piagam signer; and an edition open for entries with drafts of the biggest
unit. `--scale` multiplies every count (never below what the shape needs).

Everything it writes is marked: units, accounts and editions carry `GENERATED_PREFIX`-style names, and the
scale is written into the judging edition's description. The scores are chosen so the rankings have no tie
at a place that decides anything (the top 60 of each category are 0.01 apart), and every stored decision is
taken from the ranking code itself, so the pages show what the secretariat would have seen.
"""

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from competitions.edition_templates import KIPP_PROPOSAL_RUBRIC
from competitions.models import Competition, Unit

UNIT_PREFIX = "Skala "
USERNAME_PREFIX = "skala-"
SLUG_PREFIX = "skala-"
JUDGING_SLUG = f"{SLUG_PREFIX}nasional-berjalan"
ANNOUNCED_SLUG = f"{SLUG_PREFIX}nasional-tahun-lalu"
OPEN_SLUG = f"{SLUG_PREFIX}inventarisasi-terbuka"
SCALE_NOTE = "Data uji beban skala nasional, dibuat oleh seed_scale (skala {scale})."
SCALE_PATTERN = re.compile(r"\(skala ([0-9.]+)\)")
BATCH = 2000

# The accounts the benchmark signs in as (README, "Benchmarks").
SECRETARIAT = f"{USERNAME_PREFIX}sekretariat"
LEADER = f"{USERNAME_PREFIX}pimpinan"
BIG_UNIT_OPERATOR = f"{USERNAME_PREFIX}operator-besar"
BIG_UNIT_NAME = f"{UNIT_PREFIX}Dinas Komunikasi dan Informatika Provinsi"


@dataclass(frozen=True)
class CategoryShape:
    name: str
    kinds: tuple[str, ...]
    share: float  # of the edition's entries, of the innovations and of the units
    panel_share: float  # of the judges


CATEGORIES = [
    # The biggest category's panel is a little short-handed: each of its judges has over 100 entries.
    CategoryShape("Perangkat Daerah", ("dinas", "badan", "bagian"), 0.50, 0.46),
    CategoryShape("Kecamatan", ("kecamatan", "kelurahan"), 0.25, 0.27),
    CategoryShape("Puskesmas", ("puskesmas",), 0.15, 0.16),
    CategoryShape("Sekolah", ("sekolah",), 0.10, 0.11),
]
PRIZES = [
    (1, "juara", "Juara 1", 50_000_000),
    (2, "juara", "Juara 2", 35_000_000),
    (3, "juara", "Juara 3", 25_000_000),
    (4, "harapan", "Harapan 1", 0),
    (5, "harapan", "Harapan 2", 0),
    (6, "harapan", "Harapan 3", 0),
]
TOPICS = [
    "posyandu digital",
    "antrean daring",
    "layanan kependudukan",
    "bank sampah",
    "perizinan terpadu",
    "pengaduan warga",
    "beasiswa sekolah",
    "ambulans desa",
    "pasar sehat",
    "air bersih",
    "stunting",
    "UMKM naik kelas",
    "perpustakaan keliling",
    "gizi balita",
    "pajak daerah",
    "kebersihan sungai",
    "lansia sehat",
    "literasi digital",
    "tanggap bencana",
    "transportasi sekolah",
]
WORDS = [
    *("layanan", "warga", "cepat", "mudah", "murah", "terbuka", "data", "pelayanan", "publik", "inovasi"),
    *("kelurahan", "kecamatan", "dinas", "aplikasi", "formulir", "antrean", "jadwal", "petugas", "laporan"),
    *("evaluasi", "manfaat", "anggaran", "mitra", "sekolah", "puskesmas"),
]


@dataclass(frozen=True)
class Shape:
    """How many of everything, at a scale."""

    scale: float

    def count(self, full: int, least: int = 1) -> int:
        return max(least, round(full * self.scale))

    @property
    def units(self) -> int:
        return self.count(550, least=8)

    @property
    def innovations(self) -> int:
        return self.count(30_000, least=3 * self.entries)

    @property
    def entries(self) -> int:
        return self.count(10_000, least=40)

    @property
    def announced_entries(self) -> int:
        return self.count(1_000, least=60)

    @property
    def judges(self) -> int:
        return self.count(300, least=3 * len(CATEGORIES))

    @property
    def big_unit_innovations(self) -> int:
        return self.count(1_000, least=10)

    @property
    def open_drafts(self) -> int:
        return self.count(50, least=3)


def split(total: int, shares: Iterable[float], least: int = 1) -> list[int]:
    """`total` split by `shares`, each part at least `least`, the rounding left-over on the first part."""
    parts = [max(least, round(total * share)) for share in shares]
    parts[0] += total - sum(parts)
    return parts


def generated_scale() -> float | None:
    """The scale of the national data set in this database, or None when it holds none."""
    description = Competition.objects.filter(slug=JUDGING_SLUG).values_list("description", flat=True).first()
    match = SCALE_PATTERN.search(description or "")
    return float(match.group(1)) if match else None


def foreign_data() -> list[str]:
    """What this database holds that the generator did not write (reference data from migrations aside)."""
    found = [
        Unit.objects.exclude(name__startswith=UNIT_PREFIX),
        Competition.objects.exclude(slug__startswith=SLUG_PREFIX),
        User.objects.exclude(username__startswith=USERNAME_PREFIX),
    ]
    return [str(rows.model._meta.verbose_name_plural) for rows in found if rows.exists()]


class Progress:
    """Counts rows written against the rows planned, for the progress bar; `step` names the table."""

    def __init__(self, bar):
        self.bar = bar

    def step(self, name: str) -> None:
        self.bar.set_description(name)

    def bulk(self, model, rows: Iterable, *, batch_size: int = BATCH) -> list:
        created = []
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) == batch_size:
                created += model.objects.bulk_create(batch)
                self.bar.update(len(batch))
                batch = []
        if batch:
            created += model.objects.bulk_create(batch)
            self.bar.update(len(batch))
        return created


def planned_rows(shape: Shape) -> int:
    """About how many rows the bulk inserts write, so the progress bar knows its end."""
    judged = shape.entries + shape.announced_entries
    sheets = 3 * judged
    return (
        shape.units
        + shape.units
        + 2
        + shape.judges
        + shape.innovations
        + 3 * judged  # entries, their frozen versions and administrative checks
        + shape.open_drafts
        + 2 * sheets  # assignments and sheets
        + sheets * len(KIPP_PROPOSAL_RUBRIC)
        + shape.announced_entries  # stage results
    )


def criterion_value(quality: Decimal) -> Decimal:
    return min(Decimal(10), max(Decimal(1), quality)).quantize(Decimal("0.01"))


def entry_quality(position: int, entries: int) -> Decimal:
    """A judge-independent score on 1–10 for the entry at `position` (0 the best) of its category: the top
    60 are 0.01 apart, so no tie straddles a cutoff or a prize; the rest spread evenly below them."""
    if position < 60:
        return Decimal("9.80") - Decimal(position) / 100
    spread = Decimal(position - 60) / max(entries - 60, 1)
    return criterion_value(Decimal("9.10") - spread * Decimal("7.5"))


def seed_national_data_set(*, scale: float, progress_bar: Callable, now: datetime.datetime | None = None):
    """Write the national data set in one transaction: a database holds all of it or none."""
    from innovation_portal.scale.data_set import NationalDataSet

    shape = Shape(scale)
    with progress_bar(total=planned_rows(shape)) as bar, transaction.atomic():
        NationalDataSet(shape, Progress(bar), now=now or timezone.now()).build()
    return shape
