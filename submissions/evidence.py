"""Checks on uploaded evidence: decide by content whether a file or link is acceptable; prepare what to store.

Pure logic: nothing here writes to the database. Callers store ``CheckedFile.content`` under a name of their
own (``private_upload_path``), never under the user's file name. What is stored is always a copy the portal
wrote itself: images are re-encoded, PDFs rewritten by ``sanitise_pdf``.
"""

import unicodedata
import warnings
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import urlsplit

import pikepdf
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_text_list
from django.utils.translation import gettext
from PIL import Image, ImageOps

from competitions.models import Competition
from submissions.models import Attachment

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"

ALLOWED_CONTENT_TYPES = {PDF, JPEG, PNG, WEBP}
IMAGE_CONTENT_TYPES = frozenset({JPEG, PNG, WEBP})
MAX_IMAGE_PIXELS = 40_000_000  # decompression-bomb guard

MAX_IMAGE_SIDE = 4000
THUMBNAIL_SIZE = (480, 480)
MAX_NAME_LENGTH = 200
MAX_LINK_LENGTH = 500
FALLBACK_NAME = "berkas"  # Indonesian for "file": what the operator sees when the upload had no usable name.

_TYPE_LABELS = {PDF: "PDF", JPEG: "JPEG", PNG: "PNG", WEBP: "WebP"}
_PILLOW_FORMATS = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}
_EXTENSIONS = {PDF: "pdf", JPEG: "jpg", PNG: "png", WEBP: "webp"}
_PNG_MODES = frozenset({"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"})
_PDF_TRAILER_WINDOW = 2048

_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
_GOOGLE_DRIVE_HOSTS = {"drive.google.com", "docs.google.com"}


@dataclass(frozen=True)
class CheckedFile:
    content: ContentFile  # bytes to store: the rewritten PDF, or the re-encoded image
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
        raise _too_large(upload.size, max_bytes)
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    # The declared size is only a claim; the bytes read are the truth.
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if not data:
        raise ValidationError(gettext("The file is empty."), code="empty")

    # OWASP ASVS 12.2.1: check the file type by content.
    content_type = _sniff_content_type(data)
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

    original_name = sanitise_file_name(upload.name or "")
    if content_type == PDF:
        _check_pdf(data)
        stored = sanitise_pdf(data)
        return CheckedFile(
            content=ContentFile(stored, name=f"evidence.{_EXTENSIONS[PDF]}"),
            content_type=PDF,
            original_name=original_name,
            size=len(stored),
            thumbnail=None,
            width=None,
            height=None,
        )

    image = _prepare_image(_decode_image(data, content_type), content_type)
    stored = _encode(image, content_type)
    return CheckedFile(
        content=ContentFile(stored, name=f"evidence.{_EXTENSIONS[content_type]}"),
        content_type=content_type,
        original_name=original_name,
        size=len(stored),
        thumbnail=ContentFile(_thumbnail(image), name="thumbnail.jpg"),
        width=image.width,
        height=image.height,
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
    name = " ".join(name.split())
    if name in {"", ".", ".."}:
        return FALLBACK_NAME
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and stem and len(extension) <= 10:
            name = f"{stem[: MAX_NAME_LENGTH - len(extension) - 1]}.{extension}"
        else:
            name = name[:MAX_NAME_LENGTH]
    return name


def sanitise_pdf(data: bytes) -> bytes:
    """Rewrite an uploaded PDF without what names its author; refuse one that cannot be opened.

    A blind stage hides the unit from the judges, but a PDF's document properties (Title, Author, Creator,
    Producer, Subject, Keywords in the document information dictionary) and its XMP metadata stream often
    name the unit or the operator who wrote it. Both are removed for everyone, and a fresh copy is written:
    objects nothing refers to any more, such as the properties kept by earlier incremental saves, are left
    out. The pages and their content are copied as they are.

    This is the one place uploaded PDFs are cleaned. Further hardening (dropping JavaScript, embedded files
    and other active content; ``pikepdf.sanitize`` has the pieces) belongs here too.
    """
    try:
        with pikepdf.open(BytesIO(data)) as pdf:
            if pikepdf.Name.Info in pdf.trailer:
                del pdf.trailer[pikepdf.Name.Info]
            if pikepdf.Name.Metadata in pdf.Root:
                del pdf.Root[pikepdf.Name.Metadata]
            buffer = BytesIO()
            # Without `encryption`, pikepdf writes the copy unencrypted (an owner password's limits go too).
            pdf.save(buffer)
    except pikepdf.PasswordError as exc:
        raise ValidationError(
            gettext("The PDF is protected with a password. Please upload a copy without a password."),
            code="encrypted_pdf",
        ) from exc
    # pikepdf (qpdf) reports a file it cannot read or write, even after trying to repair it, as PikepdfError.
    except pikepdf.PikepdfError as exc:
        raise _broken_pdf() from exc
    return buffer.getvalue()


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


def _check_pdf(data: bytes) -> None:
    # A PDF's cross-reference table sits at the end; without %%EOF the upload was cut short.
    if b"%%EOF" not in data[-_PDF_TRAILER_WINDOW:]:
        raise _broken_pdf()


def _decode_image(data: bytes, content_type: str) -> Image.Image:
    """Open with only the decoder the magic bytes named; refuse bombs by the header; decode; turn upright."""
    formats = [_PILLOW_FORMATS[content_type]]
    try:
        # Pillow warns (rather than refuses) between its own limit and twice that; treat both as refusal.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data), formats=formats)
            # Decompression-bomb guard: the header's size is known before any pixel is decoded.
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise _image_too_large()
            image.verify()
            # verify() leaves the image unusable; open again to decode the pixels.
            image = Image.open(BytesIO(data), formats=formats)
            image.load()
            # Turn the picture upright now: the orientation tag is dropped with the rest of the EXIF.
            image = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _image_too_large() from exc
    except ValidationError:
        raise
    # Pillow reports malformed input as OSError, SyntaxError, ValueError, struct.error, EOFError and more.
    except Exception as exc:
        raise ValidationError(
            gettext("The image could not be read; it may be damaged or incomplete."), code="broken_image"
        ) from exc
    return image


def _prepare_image(image: Image.Image, content_type: str) -> Image.Image:
    """Fit the pixels to the stored format and size; whatever metadata came with them is left behind."""
    if max(image.size) > MAX_IMAGE_SIDE:
        image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Image.Resampling.LANCZOS)
    if content_type == JPEG:
        if image.mode not in {"RGB", "L"}:
            image = image.convert("RGB")
    elif content_type == PNG:
        # Transparency kept in .info (tRNS) would be lost below; carry it as an alpha channel instead.
        if "transparency" in image.info or image.mode not in _PNG_MODES:
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
    elif image.mode not in {"RGB", "RGBA"}:
        image = image.convert("RGBA" if image.has_transparency_data else "RGB")
    # Pillow's PNG and JPEG writers copy the ICC profile and comment from .info unless told otherwise.
    image.info = {}
    return image


def _encode(image: Image.Image, content_type: str) -> bytes:
    """Write the pixels afresh: this drops EXIF (GPS), ICC, comments and anything appended after the image."""
    options = {
        JPEG: {"quality": 88, "optimize": True},
        PNG: {"optimize": True},
        WEBP: {"quality": 88},
    }[content_type]
    buffer = BytesIO()
    image.save(buffer, format=_PILLOW_FORMATS[content_type], **options)
    return buffer.getvalue()


def _thumbnail(image: Image.Image) -> bytes:
    image = image.copy()
    image.thumbnail(THUMBNAIL_SIZE, Image.Resampling.LANCZOS)
    if image.has_transparency_data:
        # JPEG has no transparency: flatten onto white, as the page behind it is.
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")
    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=80, optimize=True)
    return buffer.getvalue()


def _too_large(size: int, limit: int) -> ValidationError:
    return ValidationError(
        gettext("The file is %(size)s; the limit is %(limit)s."),
        code="too_large",
        params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
    )


def _broken_pdf() -> ValidationError:
    return ValidationError(
        gettext("The PDF is incomplete or damaged. Please save it again and upload it once more."),
        code="broken_pdf",
    )


def _image_too_large() -> ValidationError:
    return ValidationError(
        gettext("The image has too many pixels; the limit is %(limit)s megapixels."),
        code="image_too_large",
        params={"limit": MAX_IMAGE_PIXELS // 1_000_000},
    )
