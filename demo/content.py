"""The demo's prose: one YAML file per innovation under `demo/content/`, checked against a schema on load.

A file describes the catalogue record (unit, title, bentuk, jenis, tahapan, inisiator, urusan, dates, video,
summary) and the eight KIPP sections of its proposal. Files are read in the order of their names, which is
the order the demo enters them (the number at the front of each name). Dates stay strings until the schema
has checked them, so a file that writes `2023-02-30` is refused by name, not by a Python traceback.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from competitions.edition_templates import KIPP_SECTIONS
from submissions.models import Innovation

CONTENT_DIR = Path(__file__).resolve().parent / "content"
PROJECT_DIR = CONTENT_DIR.parent.parent

PAST_2022_ENTRIES = "entries-2022"
THIS_YEAR_ENTRIES = "entries-this-year"
CATALOGUE_ONLY = "catalogue"

_TEXT = {"type": "string", "minLength": 1}
_DATE = {"type": "string", "format": "date"}

ENTRY_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["unit", "title", "form", "kind", "phase", "initiator", "affairs", "summary", "sections"],
    "properties": {
        "unit": _TEXT,
        "category": _TEXT,
        "title": {"type": "string", "minLength": 1, "maxLength": 200},
        "place": {"type": "integer", "minimum": 1},
        "form": {"enum": Innovation.Form.values},
        "kind": {"enum": Innovation.Kind.values},
        "phase": {"enum": Innovation.Phase.values},
        "initiator": {"enum": Innovation.Initiator.values},
        "affairs": {"type": "array", "minItems": 1, "items": _TEXT, "uniqueItems": True},
        "trial_date": _DATE,
        "launch_date": _DATE,
        "video_url": {"type": "string", "pattern": "^https://"},
        "summary": _TEXT,
        "sections": {
            "type": "object",
            "additionalProperties": False,
            "required": [section.key for section in KIPP_SECTIONS],
            "properties": {section.key: _TEXT for section in KIPP_SECTIONS},
        },
    },
}


class InvalidContentFile(ValueError):
    """A content file the demo cannot use; the message names the file and the field."""


@dataclass(frozen=True)
class DemoEntry:
    """One innovation of the demo and, when `category` is set, its entry in an edition."""

    source: str
    unit: str
    title: str
    form: str
    kind: str
    phase: str
    initiator: str
    affairs: tuple[str, ...]
    summary: str
    sections: dict[str, str]
    category: str = ""
    place: int | None = None
    trial_date: datetime.date | None = None
    launch_date: datetime.date | None = None
    video_url: str = ""


class _TextLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: dates reach the schema as the strings that were written."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_VALIDATOR = Draft202012Validator(ENTRY_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _where(error: ValidationError) -> str:
    """The field the error is about (for a missing or unknown field, the object that should hold it)."""
    return ".".join(str(part) for part in error.absolute_path) or "(top level)"


def read_entry(path: Path) -> DemoEntry:
    """Read and check one content file; `InvalidContentFile` names the file and the field when it is wrong."""
    name = path.relative_to(PROJECT_DIR) if path.is_relative_to(PROJECT_DIR) else path
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as error:
        raise InvalidContentFile(f"{name}: not valid YAML: {error}") from error
    errors = sorted(
        _VALIDATOR.iter_errors(data), key=lambda error: [str(part) for part in error.absolute_path]
    )
    if errors:
        problems = "; ".join(f"{_where(error)}: {error.message}" for error in errors)
        raise InvalidContentFile(f"{name}: {problems}")
    return DemoEntry(
        source=str(name),
        unit=data["unit"],
        title=data["title"],
        form=data["form"],
        kind=data["kind"],
        phase=data["phase"],
        initiator=data["initiator"],
        affairs=tuple(data["affairs"]),
        summary=data["summary"],
        sections=data["sections"],
        category=data.get("category", ""),
        place=data.get("place"),
        trial_date=_date(data.get("trial_date")),
        launch_date=_date(data.get("launch_date")),
        video_url=data.get("video_url", ""),
    )


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def read_entries(folder: str, *, root: Path = CONTENT_DIR) -> list[DemoEntry]:
    """Every file of `folder`, in the order of their names."""
    return [read_entry(path) for path in sorted((root / folder).glob("*.yaml"))]
