"""Checks on uploaded evidence: decide by content whether a file or link is acceptable; prepare what to store.

Pure logic: nothing here writes to the database. Callers store ``CheckedFile.content`` under a name of their
own (``private_upload_path``), never under the user's file name. What is stored is always a copy the portal
wrote itself: images are re-encoded, PDFs rewritten by ``sanitise_pdf``.

Uploads larger than ``FILE_UPLOAD_MAX_MEMORY_SIZE`` arrive as temporary files; every check here works from
the file (its length, its first bytes, its last bytes, then pikepdf or Pillow reading it from disk), so an
upload at the limit is never held whole in the worker's memory. The copy to store is written to a temporary
file too.
"""

import os
import tempfile
import unicodedata
import warnings
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import urlsplit

import pikepdf
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.utils.text import get_text_list
from django.utils.translation import gettext
from pikepdf.sanitize import Sanitizer
from PIL import Image, ImageOps

from competitions.formatting import file_too_large
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
_SNIFF_LENGTH = 16
# Every extension a file of that type may keep in its name; anything else is replaced by the first.
_NAME_EXTENSIONS = {PDF: ("pdf",), JPEG: ("jpg", "jpeg", "jpe"), PNG: ("png",), WEBP: ("webp",)}
_MAX_EXTENSION_LENGTH = 10

# What a PDF can do besides show its pages: run JavaScript, carry other files, open or send to other places,
# play media. None of it is needed to read a proposal, and each has been used to attack a reader.
_PDF_ACTIVE_CONTENT = (
    Sanitizer().remove_javascript().remove_attachments().remove_external_access().remove_multimedia()
)

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
        upload.seek(0)
        stored = sanitise_pdf(_readable_source(upload))
        return CheckedFile(
            content=stored,
            content_type=PDF,
            original_name=original_name,
            size=stored.size,
            thumbnail=None,
            width=None,
            height=None,
        )

    upload.seek(0)
    image = _prepare_image(_decode_image(_readable_source(upload), content_type), content_type)
    stored = _encode(image, content_type)
    return CheckedFile(
        content=stored,
        content_type=content_type,
        original_name=original_name,
        size=stored.size,
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


def sanitise_pdf(source) -> File:
    """Rewrite an uploaded PDF without what names its author or acts on its own; refuse one that cannot be
    opened. `source` is a path or a seekable file object; the copy is written to a temporary file.

    A blind stage hides the unit from the judges, but a PDF's document properties (Title, Author, Creator,
    Producer, Subject, Keywords in the document information dictionary) and its XMP metadata stream often
    name the unit or the operator who wrote it. Both are removed for everyone.

    Active content goes too (pikepdf's sanitizer): JavaScript in named scripts and in every action slot
    (/OpenAction, /AA of the document, pages, annotations and fields, outlines), embedded files, actions that
    open or send to other places (links, launch, submit), multimedia. XFA forms are scripts in XML; they
    go with the action the document runs on opening, whatever it is.

    A fresh copy is written: objects nothing refers to any more (properties kept by earlier incremental
    saves, the scripts just cut loose), comments, and whatever followed the last %%EOF (a ZIP or an HTML page
    appended to make a polyglot) are left out. Object streams are not used in the copy, so every dictionary
    in the stored file can be read, and checked, as plain text. The pages and their content are kept.
    """
    try:
        with pikepdf.open(source) as pdf:
            if pikepdf.Name.Info in pdf.trailer:
                del pdf.trailer[pikepdf.Name.Info]
            if pikepdf.Name.Metadata in pdf.Root:
                del pdf.Root[pikepdf.Name.Metadata]
            _PDF_ACTIVE_CONTENT.apply(pdf)
            for key in (pikepdf.Name.OpenAction, pikepdf.Name.AA):
                if key in pdf.Root:
                    del pdf.Root[key]
            form = pdf.Root.get(pikepdf.Name.AcroForm)
            if isinstance(form, pikepdf.Dictionary) and pikepdf.Name.XFA in form:
                del form[pikepdf.Name.XFA]
            stored = _temporary_file()
            # Without `encryption`, pikepdf writes the copy unencrypted (an owner password's limits go too).
            pdf.save(stored, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    except pikepdf.PasswordError as exc:
        raise ValidationError(
            gettext("The PDF is protected with a password. Please upload a copy without a password."),
            code="encrypted_pdf",
        ) from exc
    # pikepdf (qpdf) reports a file it cannot read or write, even after trying to repair it, as PikepdfError.
    except pikepdf.PikepdfError as exc:
        raise _broken_pdf() from exc
    return _stored_copy(stored, f"evidence.{_EXTENSIONS[PDF]}")


def _length(upload: UploadedFile) -> int:
    upload.seek(0, os.SEEK_END)
    return upload.tell()


def _readable_source(upload: UploadedFile):
    """Where pikepdf and Pillow read the upload from: the path of its temporary file when it went to disk
    (FILE_UPLOAD_MAX_MEMORY_SIZE), otherwise the small in-memory file itself."""
    if hasattr(upload, "temporary_file_path"):
        return upload.temporary_file_path()
    upload.file.seek(0)
    return upload.file


def _rewind(source) -> None:
    if hasattr(source, "seek"):
        source.seek(0)


def _temporary_file():
    return tempfile.TemporaryFile(dir=settings.FILE_UPLOAD_TEMP_DIR)


def _stored_copy(handle, name: str) -> File:
    handle.seek(0)
    return File(handle, name=name)


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


def _decode_image(source, content_type: str) -> Image.Image:
    """Open with only the decoder the magic bytes named; refuse bombs by the header; decode; turn upright."""
    formats = [_PILLOW_FORMATS[content_type]]
    try:
        # Pillow warns (rather than refuses) between its own limit and twice that; treat both as refusal.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=formats)
            # Decompression-bomb guard: the header's size is known before any pixel is decoded.
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise _imagefile_too_large()
            image.verify()
            # verify() leaves the image unusable; open again to decode the pixels.
            _rewind(source)
            image = Image.open(source, formats=formats)
            image.load()
            # Turn the picture upright now: the orientation tag is dropped with the rest of the EXIF.
            image = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _imagefile_too_large() from exc
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


def _encode(image: Image.Image, content_type: str) -> File:
    """Write the pixels afresh: this drops EXIF (GPS), ICC, comments and anything appended after the image."""
    options = {
        JPEG: {"quality": 88, "optimize": True},
        PNG: {"optimize": True},
        WEBP: {"quality": 88},
    }[content_type]
    stored = _temporary_file()
    image.save(stored, format=_PILLOW_FORMATS[content_type], **options)
    return _stored_copy(stored, f"evidence.{_EXTENSIONS[content_type]}")


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
