"""The demo's prose lives in YAML files, one per innovation, checked against a schema when it is read."""

import textwrap

import pytest

from demo.content import (
    CATALOGUE_ONLY,
    PAST_2022_ENTRIES,
    THIS_YEAR_ENTRIES,
    InvalidContentFile,
    read_entries,
)
from demo.entrants import check_references

SECTIONS = ["summary", "background", "novelty", "implementation", "significance", "adaptability"]
GOOD = textwrap.dedent(
    """\
    unit: Dinas Komunikasi dan Informatika
    category: Perangkat Daerah
    title: Si Demang
    form: governance
    kind: digital
    phase: implementation
    initiator: agency
    affairs: [kominfo]
    launch_date: 2021-08-17
    summary: >-
      Administrasi kelurahan
      dalam satu aplikasi.
    sections:
    """
) + "".join(f"  {key}: Teks {key}.\n" for key in [*SECTIONS, "resources", "sustainability"])


def write(tmp_path, text: str):
    folder = tmp_path / "entries"
    folder.mkdir(exist_ok=True)
    (folder / "01-si-demang.yaml").write_text(text, encoding="utf-8")
    return folder


def test_the_shipped_content_files_hold_every_demo_entry():
    past = read_entries(PAST_2022_ENTRIES)
    this_year = read_entries(THIS_YEAR_ENTRIES)
    assert len(past) == 8 and len(this_year) == 44 and len(read_entries(CATALOGUE_ONLY)) == 1
    assert [entry.title for entry in past if entry.place][:3] == ["Si Demang", "SITA", "Siska"]
    assert {entry.category for entry in this_year} == {
        "Perangkat Daerah",
        "Kecamatan",
        "UMKM Start-up Digital",
    }
    lapor = this_year[0]
    assert lapor.title.startswith("LAPOR WONG KITO") and str(lapor.launch_date) == "2023-08-17"
    assert "\n" not in lapor.sections["significance"]  # folded prose reads as one paragraph


def test_a_good_file_reads_with_its_dates_and_folded_text(tmp_path):
    (entry,) = read_entries("entries", root=write(tmp_path, GOOD).parent)
    assert entry.summary == "Administrasi kelurahan dalam satu aplikasi."
    assert entry.launch_date.year == 2021 and entry.trial_date is None and entry.place is None
    assert entry.sections["novelty"] == "Teks novelty."


@pytest.mark.parametrize(
    ("change", "field", "says"),
    [
        (("kind: digital", "kind: online"), "kind", "'online' is not one of"),
        (("launch_date: 2021-08-17", "launch_date: 2021-02-30"), "launch_date", "is not a 'date'"),
        (("  novelty: Teks novelty.\n", ""), "sections", "'novelty' is a required property"),
        (("title: Si Demang", "title: Si Demang\nplce: 1"), "(top level)", "'plce' was unexpected"),
        (("affairs: [kominfo]", "affairs: kominfo"), "affairs", "is not of type 'array'"),
    ],
)
def test_a_wrong_file_is_refused_naming_the_file_and_the_field(tmp_path, change, field, says):
    folder = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(InvalidContentFile) as refused:
        read_entries("entries", root=folder.parent)
    message = str(refused.value)
    assert message.startswith(f"{folder / '01-si-demang.yaml'}: {field}: ")
    assert says in message


def test_a_file_that_is_not_yaml_is_refused_by_name(tmp_path):
    folder = write(tmp_path, GOOD + "sections: [unclosed\n")
    with pytest.raises(InvalidContentFile, match=r"01-si-demang\.yaml: not valid YAML"):
        read_entries("entries", root=folder.parent)


def test_a_unit_or_urusan_the_demo_does_not_know_is_refused_naming_the_file(tmp_path):
    (entry,) = read_entries("entries", root=write(tmp_path, GOOD).parent)
    with pytest.raises(InvalidContentFile) as refused:
        check_references([entry], units={}, affairs={"kominfo": object()}, categories={"Kecamatan"})
    message = str(refused.value)
    assert "01-si-demang.yaml: unit: “Dinas Komunikasi dan Informatika” is not in the demo roster" in message
    assert "01-si-demang.yaml: category: “Perangkat Daerah” is not a category of the edition" in message
