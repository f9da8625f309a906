import pytest

from competitions.models import Requirement, Stage
from tests import factories


@pytest.fixture
def edition(db):
    """An open edition with one OPD category, an administrative stage and two required documents."""
    competition = factories.CompetitionFactory(name="Kompetisi Inovasi Kota 2026", slug="kik-2026")
    category = factories.CategoryFactory(competition=competition, name="Perangkat Daerah")
    factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE, name="Administrasi"
    )
    proposal = factories.RequirementFactory(
        competition=competition, order=1, name="Proposal lengkap (PDF)", kind=Requirement.Kind.DOCUMENT
    )
    photo = factories.RequirementFactory(
        competition=competition, order=2, name="Foto kegiatan", kind=Requirement.Kind.PHOTO
    )
    factories.RequirementFactory(
        competition=competition, order=3, name="Video", kind=Requirement.Kind.VIDEO_LINK, is_required=False
    )
    return {"competition": competition, "category": category, "proposal": proposal, "photo": photo}


@pytest.fixture
def unit_operator(db):
    """An operator of Dinas Kominfo with an email address, and their unit."""
    unit = factories.UnitFactory(name="Dinas Komunikasi dan Informatika", short_name="Diskominfo")
    user = factories.make_operator(unit=unit, username="operator-kominfo", email="kominfo@palembang.go.id")
    return user


@pytest.fixture
def draft(edition, unit_operator):
    """A draft entry of the operator's unit, every section written, no evidence yet."""
    unit = unit_operator.memberships.get().unit
    return factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=unit, title="Si Warga"), category=edition["category"]
    )
