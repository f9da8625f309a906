"""Checks on uploaded evidence: decide by content whether a file or link is acceptable; prepare what to store.

Pure logic: nothing here writes to the database. Callers store ``CheckedFile.content`` under a name of their
own (``private_upload_path``), never under the user's file name. What is stored is always a copy the portal
wrote itself: images are re-encoded, PDFs rewritten (``submissions.rewriting``).

Uploads larger than ``FILE_UPLOAD_MAX_MEMORY_SIZE`` arrive as temporary files; the checks here work from
the file (its length, its first bytes, its last bytes), and the rewrite reads it from disk in a child
process, writing the copy to store to a temporary file: an upload at the limit is never held whole in the
worker's memory, and what pikepdf and Pillow allocate for it goes when the child exits.
"""

import os
import tempfile
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.utils.text import get_text_list
from django.utils.translation import gettext

from competitions.formatting import file_too_large
from competitions.models import Competition
from submissions import rewriting
from submissions.models import Attachment
from submissions.rewriting import JPEG, MAX_IMAGE_PIXELS, PDF, PNG, WEBP

ALLOWED_CONTENT_TYPES = {PDF, JPEG, PNG, WEBP}
IMAGE_CONTENT_TYPES = frozenset({JPEG, PNG, WEBP})

MAX_NAME_LENGTH = 200
MAX_LINK_LENGTH = 500
FALLBACK_NAME = "berkas"  # Indonesian for "file": what the operator sees when the upload had no usable name.

_TYPE_LABELS = {PDF: "PDF", JPEG: "JPEG", PNG: "PNG", WEBP: "WebP"}
_EXTENSIONS = {PDF: "pdf", JPEG: "jpg", PNG: "png", WEBP: "webp"}
_PDF_TRAILER_WINDOW = 2048
_SNIFF_LENGTH = 16
# Every extension a file of that type may keep in its name; anything else is replaced by the first.
_NAME_EXTENSIONS = {PDF: ("pdf",), JPEG: ("jpg", "jpeg", "jpe"), PNG: ("png",), WEBP: ("webp",)}
_MAX_EXTENSION_LENGTH = 10

_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
_GOOGLE_DRIVE_HOSTS = {"drive.google.com", "docs.google.com"}


@dataclass(frozen=True)
class CheckedFile:
    content: File  # what to store, in a temporary file: the rewritten PDF, or the re-encoded image
    content_type: str  # one of ALLOWED_CONTENT_TYPES, decided from content
    original_name: str  # display-only, sanitised
    size: int
    thumbnail: ContentFile | None  # JPEG thumbnail for images; None for PDFs
    width: int | None
    height: int | None


@dataclass(frozen=True)
class CheckedLink:
    url: str
    kind: str  # Attachment.LinkKind value
    label: str


def upload_limit_bytes(competition: Competition | None) -> int:
    """How large an upload may be, in bytes: what is sent to an edition (evidence, field-visit photos)
    follows the edition's `max_upload_mb`; what belongs to no edition (innovation photos) follows the
    portal's `PORTAL_MAX_UPLOAD_MB`."""
    megabytes = settings.PORTAL_MAX_UPLOAD_MB if competition is None else competition.max_upload_mb
    return megabytes * 1024 * 1024


def check_file(
    upload: UploadedFile, *, max_bytes: int, allowed: frozenset[str] | set[str] = ALLOWED_CONTENT_TYPES
) -> CheckedFile:
    """Accept a PDF, JPEG, PNG or WebP by its bytes, never by its name or the browser's content type."""
    # Refuse on the declared size before reading, so an oversize upload costs no memory.
    if upload.size is not None and upload.size > max_bytes:
        raise file_too_large(upload.size, max_bytes)
    # The declared size is only a claim; the file's own length is the truth, measured without reading it.
    size = _length(upload)
    if size > max_bytes:
        raise file_too_large(size, max_bytes)
    if size == 0:
        raise ValidationError(gettext("The file is empty."), code="empty")

    # OWASP ASVS 12.2.1: check the file type by content.
    upload.seek(0)
    content_type = _sniff_content_type(upload.read(_SNIFF_LENGTH))
    if content_type is None:
        raise ValidationError(_accepted_types_only(allowed), code="unsupported_type")
    if content_type not in allowed:
        raise ValidationError(
            gettext("%(type)s files are not accepted here. Accepted: %(allowed)s."),
            code="not_allowed",
            params={
                "type": _TYPE_LABELS[content_type],
                "allowed": ", ".join(_TYPE_LABELS[t] for t in _TYPE_LABELS if t in allowed),
            },
        )

    original_name = download_name(upload.name or "", content_type)
    if content_type == PDF:
        _check_pdf_ending(upload, size)
    stored, rewritten = _rewritten_copy(upload, content_type)
    return CheckedFile(
        content=stored,
        content_type=content_type,
        original_name=original_name,
        size=stored.size,
        thumbnail=None
        if rewritten.thumbnail is None
        else ContentFile(rewritten.thumbnail, name="thumbnail.jpg"),
        width=rewritten.width,
        height=rewritten.height,
    )


def _accepted_types_only(allowed: frozenset[str] | set[str]) -> str:
    """The refusal of a file of no known type names only what is accepted where it was sent: a photo
    upload names the photo formats, never PDF."""
    if set(allowed) >= ALLOWED_CONTENT_TYPES:
        return gettext("Only PDF, JPEG, PNG and WebP files are accepted, whatever the file name says.")
    labels = [_TYPE_LABELS[content_type] for content_type in _TYPE_LABELS if content_type in allowed]
    if set(allowed) <= IMAGE_CONTENT_TYPES:
        return gettext("Only photos are accepted here (%(formats)s), whatever the file name says.") % {
            "formats": get_text_list(labels, gettext("or"))
        }
    return gettext("Only %(formats)s files are accepted here, whatever the file name says.") % {
        "formats": get_text_list(labels, gettext("or"))
    }


def check_image(upload: UploadedFile, *, max_bytes: int) -> CheckedFile:
    """Like ``check_file``, for places that show the file as a picture (innovation photos)."""
    return check_file(upload, max_bytes=max_bytes, allowed=IMAGE_CONTENT_TYPES)


def check_link(url: str) -> CheckedLink:
    """Accept an http(s) link with a host, and say what kind of place it points to."""
    url = url.strip()
    if len(url) > MAX_LINK_LENGTH:
        raise ValidationError(
            gettext("The link is longer than %(limit)s characters."),
            code="bad_link",
            params={"limit": MAX_LINK_LENGTH},
        )
    bad_link = ValidationError(
        gettext("Enter a full web address that starts with http:// or https://."), code="bad_link"
    )
    # Django's validator refuses other schemes (javascript:, data:, ftp:), missing hosts and whitespace.
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError as exc:
        raise bad_link from exc
    parts = urlsplit(url)
    # "https://www.youtube.com@evil.example/" reads as YouTube to a person but goes to evil.example.
    if not parts.hostname or parts.username is not None or parts.password is not None:
        raise bad_link

    host = parts.hostname.rstrip(".")
    if host in _YOUTUBE_HOSTS:
        return CheckedLink(url=url, kind=Attachment.LinkKind.YOUTUBE.value, label="YouTube")
    if host in _GOOGLE_DRIVE_HOSTS:
        return CheckedLink(url=url, kind=Attachment.LinkKind.GOOGLE_DRIVE.value, label="Google Drive")
    return CheckedLink(url=url, kind=Attachment.LinkKind.OTHER.value, label=host.removeprefix("www."))


def sanitise_file_name(name: str) -> str:
    """The upload's name, fit for display: no folders, no control or bidi characters, at most 200 chars."""
    # Old browsers send a full Windows path; split on both separators.
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name)
    # Category C includes U+202E RIGHT-TO-LEFT OVERRIDE, which disguises "gpj.exe" as "exe.jpg".
    spaced = (" " if ch.isspace() else ch for ch in name)
    name = "".join(ch for ch in spaced if not unicodedata.category(ch).startswith("C"))
    # Windows drops trailing dots and spaces when it saves a file, so "x.html." would open as "x.html".
    name = " ".join(name.split()).rstrip(". ")
    if name in {"", ".", ".."}:
        return FALLBACK_NAME
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and stem and len(extension) <= _MAX_EXTENSION_LENGTH:
            name = f"{stem[: MAX_NAME_LENGTH - len(extension) - 1]}.{extension}"
        else:
            name = name[:MAX_NAME_LENGTH]
    return name


def download_name(name: str, content_type: str) -> str:
    """The upload's name as shown and downloaded: sanitised, and ending in the extension of what the file
    really is, so a computer opens it with the right program ("x.pdf.html" holding a PDF becomes "x.pdf",
    "laporan.pdf" holding a PNG becomes "laporan.png")."""
    name = sanitise_file_name(name)
    if content_type not in _NAME_EXTENSIONS:
        return name
    for _ in range(2):  # drop at most one wrong extension, then look again
        stem, dot, extension = name.rpartition(".")
        if not (dot and stem.strip(". ")):
            break
        if extension.lower() in _NAME_EXTENSIONS[content_type]:
            return name
        if not (extension.isalnum() and len(extension) <= _MAX_EXTENSION_LENGTH):
            break
        name = stem.rstrip(". ")
    if name in {"", FALLBACK_NAME} or not name.strip("."):
        name = FALLBACK_NAME
    extension = _NAME_EXTENSIONS[content_type][0]
    return f"{name[: MAX_NAME_LENGTH - len(extension) - 1]}.{extension}"


def _length(upload: UploadedFile) -> int:
    upload.seek(0, os.SEEK_END)
    return upload.tell()


def _rewritten_copy(upload: UploadedFile, content_type: str) -> tuple[File, rewriting.Rewritten]:
    """Rewrite the upload into the copy to store: read from its temporary file when it went to disk
    (FILE_UPLOAD_MAX_MEMORY_SIZE), otherwise from its few bytes in memory."""
    if hasattr(upload, "temporary_file_path"):
        return _rewritten(upload.temporary_file_path(), content_type)
    upload.seek(0)
    return _rewritten(upload.read(), content_type)


def _rewritten(source: str | bytes, content_type: str) -> tuple[File, rewriting.Rewritten]:
    handle, path = tempfile.mkstemp(dir=settings.FILE_UPLOAD_TEMP_DIR)
    os.close(handle)
    try:
        rewritten = rewriting.rewrite_apart(
            source,
            content_type,
            path,
            timeout=settings.PORTAL_UPLOAD_CHECK_SECONDS,
            apart=settings.PORTAL_CHECK_UPLOADS_APART,
        )
        if rewritten.refused:
            raise _refusal(rewritten.refused, content_type)
        # pikepdf writes a copy and moves it into place: open what is at the path now.
        stored = open(path, "rb")  # noqa: SIM115 (returned open; closed when stored)
    finally:
        # Once open, the copy needs no name: it is gone when closed, as a TemporaryFile is.
        os.unlink(path)
    return File(stored, name=f"evidence.{_EXTENSIONS[content_type]}"), rewritten


def _sniff_content_type(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    return None


def _check_pdf_ending(upload: UploadedFile, size: int) -> None:
    # A PDF's cross-reference table sits at the end; without %%EOF the upload was cut short.
    upload.seek(max(0, size - _PDF_TRAILER_WINDOW))
    if b"%%EOF" not in upload.read(_PDF_TRAILER_WINDOW):
        raise _broken_pdf()


def _refusal(code: str, content_type: str) -> ValidationError:
    if code == rewriting.ENCRYPTED_PDF:
        return ValidationError(
            gettext("The PDF is protected with a password. Please upload a copy without a password."),
            code=code,
        )
    if code == rewriting.IMAGE_TOO_LARGE:
        return _imagefile_too_large()
    if code == rewriting.NOT_CHECKED:
        return ValidationError(
            gettext(
                "The file could not be checked; it may be damaged or unusually complex. "
                "Please save it again and upload it once more."
            ),
            code=code,
        )
    if content_type == PDF:
        return _broken_pdf()
    return ValidationError(
        gettext("The image could not be read; it may be damaged or incomplete."), code="broken_image"
    )


def _broken_pdf() -> ValidationError:
    return ValidationError(
        gettext("The PDF is incomplete or damaged. Please save it again and upload it once more."),
        code="broken_pdf",
    )


def _imagefile_too_large() -> ValidationError:
    return ValidationError(
        gettext("The image has too many pixels; the limit is %(limit)s megapixels."),
        code="image_too_large",
        params={"limit": MAX_IMAGE_PIXELS // 1_000_000},
    )
