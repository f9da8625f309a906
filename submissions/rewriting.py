"""Rewrite an accepted upload into the copy the portal stores, in a short-lived child process.

pikepdf (qpdf) and Pillow are native code that allocates per file. Run inside a long-lived web worker, a
10 MB PDF leaves the worker some 20 MB larger after the request (the allocator keeps what it took), and a
crash on a hostile file would take the worker down. Here the work runs in a child forked from a small
server process (multiprocessing's "forkserver", which holds nothing but pikepdf and Pillow): the child
writes the copy to the path it is given, sends back a few numbers (or why the file cannot be stored), and
exits, giving back everything it took. A child that crashes or runs past its time ends there; the upload
is refused, the worker goes on.

Nothing here imports Django: the child starts from the fork server, not from the worker. The checks that
decide whether a file is acceptable, and their messages, are in ``submissions.evidence``.
"""

import multiprocessing
import warnings
from dataclasses import dataclass
from io import BytesIO

import pikepdf
from pikepdf.sanitize import Sanitizer
from PIL import Image, ImageOps

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"

MAX_IMAGE_PIXELS = 40_000_000  # decompression-bomb guard
MAX_IMAGE_SIDE = 4000
THUMBNAIL_SIZE = (480, 480)

_PILLOW_FORMATS = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}
_PNG_MODES = frozenset({"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"})
_ENCODER_OPTIONS = {JPEG: {"quality": 88, "optimize": True}, PNG: {"optimize": True}, WEBP: {"quality": 88}}

# What a PDF can do besides show its pages: run JavaScript, carry other files, open or send to other places,
# play media. None of it is needed to read a proposal, and each has been used to attack a reader.
_PDF_ACTIVE_CONTENT = (
    Sanitizer().remove_javascript().remove_attachments().remove_external_access().remove_multimedia()
)


# Why a file cannot be stored (``submissions.evidence`` words the message).
BROKEN_PDF = "broken_pdf"
ENCRYPTED_PDF = "encrypted_pdf"
BROKEN_IMAGE = "broken_image"
IMAGE_TOO_LARGE = "image_too_large"
NOT_CHECKED = "not_checked"  # the child crashed or ran past its time


@dataclass(frozen=True)
class Rewritten:
    refused: str = ""  # one of the reasons above; empty when the copy was written
    width: int | None = None
    height: int | None = None
    thumbnail: bytes | None = None  # a JPEG, for images


def rewrite(source: str | bytes, content_type: str, destination: str) -> Rewritten:
    """Write the copy to store at `destination`, or say why not. `source` is the upload's path, or its bytes
    when small."""
    readable = BytesIO(source) if isinstance(source, bytes) else source
    if content_type == PDF:
        return Rewritten(refused=rewrite_pdf(readable, destination))
    image, refused = _decode_image(readable, content_type)
    if refused:
        return Rewritten(refused=refused)
    image = _prepare_image(image, content_type)
    image.save(destination, format=_PILLOW_FORMATS[content_type], **_ENCODER_OPTIONS[content_type])
    return Rewritten(width=image.width, height=image.height, thumbnail=_thumbnail(image))


def rewrite_apart(
    source: str | bytes, content_type: str, destination: str, *, timeout: float, apart: bool = True
) -> Rewritten:
    """`rewrite` in a child process, waiting at most `timeout` seconds; in this process when `apart` is
    false, or when this process may not have children (a daemonic worker of a process pool)."""
    if not apart or multiprocessing.current_process().daemon:
        return rewrite(source, content_type, destination)
    context = _fork_server()
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(sending, source, content_type, destination), daemon=True)
    child.start()
    sending.close()
    try:
        if not receiving.poll(timeout):
            return Rewritten(refused=NOT_CHECKED)
        try:
            return receiving.recv()
        except EOFError:  # the child died before answering
            return Rewritten(refused=NOT_CHECKED)
    finally:
        receiving.close()
        child.join(timeout=1)
        if child.exitcode is None:
            child.kill()
            child.join()
        child.close()


_context = None


def _fork_server():
    global _context  # one fork server for the life of this process, started on its first upload
    if _context is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        _context = context
    return _context


def _answer(sending, source, content_type: str, destination: str) -> None:
    try:
        sending.send(rewrite(source, content_type, destination))
    except BrokenPipeError:
        pass  # the worker stopped waiting (the check ran past its time) and has refused the file
    finally:
        sending.close()


def rewrite_pdf(source, destination) -> str:
    """Rewrite a PDF without what names its author or acts on its own; refuse one that cannot be opened
    (the reason, or an empty string when the copy was written).

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
            # Without `encryption`, pikepdf writes the copy unencrypted (an owner password's limits go too).
            pdf.save(destination, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    except pikepdf.PasswordError:
        return ENCRYPTED_PDF
    # pikepdf (qpdf) reports a file it cannot read or write, even after trying to repair it, as PikepdfError.
    except pikepdf.PikepdfError:
        return BROKEN_PDF
    return ""


def _decode_image(source, content_type: str) -> tuple[Image.Image | None, str]:
    """Open with only the decoder the magic bytes named; refuse bombs by the header; decode; turn upright.
    The picture, or why it cannot be stored."""
    formats = [_PILLOW_FORMATS[content_type]]
    try:
        # Pillow warns (rather than refuses) between its own limit and twice that; treat both as refusal.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=formats)
            # Decompression-bomb guard: the header's size is known before any pixel is decoded.
            if image.width * image.height > MAX_IMAGE_PIXELS:
                return None, IMAGE_TOO_LARGE
            image.verify()
            # verify() leaves the image unusable; open again to decode the pixels.
            if hasattr(source, "seek"):
                source.seek(0)
            image = Image.open(source, formats=formats)
            image.load()
            # Turn the picture upright now: the orientation tag is dropped with the rest of the EXIF.
            return ImageOps.exif_transpose(image), ""
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None, IMAGE_TOO_LARGE
    # Pillow reports malformed input as OSError, SyntaxError, ValueError, struct.error, EOFError and more.
    except Exception:
        return None, BROKEN_IMAGE


def _prepare_image(image: Image.Image, content_type: str) -> Image.Image:
    """Fit the pixels to the stored format and size; whatever metadata came with them is left behind.
    Written afresh, the copy has no EXIF (GPS), ICC, comments or anything appended after the image."""
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
