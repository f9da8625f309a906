"""Hostile uploads, built in code: what an attacker (or a careless scanner) sends instead of evidence.

Each `HostileFile` says what the portal must do with it. A refused file names the Indonesian message the
uploader reads. An accepted one names the content type the portal must find *by content*, and the name it
must be shown and downloaded under. `assert_pdf_is_inert` and `assert_image_is_clean` check a stored file
from its bytes, independently of the code that wrote it.
"""

import struct
import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO

import pikepdf
from PIL import ExifTags, Image

from tests.files import pdf_bytes

PDF, JPEG, PNG, WEBP = "application/pdf", "image/jpeg", "image/png", "image/webp"
IMAGE_TYPES = frozenset({JPEG, PNG, WEBP})
ANY_TYPE = frozenset({PDF}) | IMAGE_TYPES

HTML_PAYLOAD = b"<html><body><script>fetch('/akun/').then(r=>r.text()).then(alert)</script></body></html>"
JS_PAYLOAD = "app.alert('diretas'); this.exportDataObject({cName: 'payload.html', nLaunch: 2});"

# The Indonesian messages, as the uploader reads them (from the catalogue in locale/id).
NOT_A_FILE_WE_TAKE = "Hanya berkas PDF, JPEG, PNG, dan WebP yang diterima"
NOT_A_PHOTO = "Hanya foto yang diterima di sini (JPEG, PNG atau WebP)"  # where only photos go
PDF_NOT_HERE = "Berkas PDF tidak diterima di sini"
BROKEN_PDF = "PDF tidak lengkap atau rusak"
BROKEN_IMAGE = "Gambar tidak dapat dibaca"
TOO_MANY_PIXELS = "Resolusi gambar terlalu besar"
EMPTY = "Berkas yang dikirimkan kosong."  # Django's own refusal, before the portal's checks
ONE_BYTE_OVER = "Berkas ini 1\xa0bita melebihi batas 1\xa0MB."

MB = 1024 * 1024
LIMIT_MB = 1  # the tests set every upload limit to this, so the oversize file stays small


@dataclass(frozen=True)
class HostileFile:
    id: str
    name: str
    data: bytes
    refusal: str = ""  # the message where its type is accepted, or everywhere when it has no type we take
    content_type: str = ""  # its real type, when it is one the portal takes
    download_name: str = ""  # the name it is shown and downloaded under, when accepted

    def outcome_for(self, accepted: frozenset[str]) -> tuple[str, str]:
        """("refused", message) or ("stored", content type), for a place that takes `accepted` types."""
        # The type is checked before the content: a damaged PDF where only photos go is refused as a PDF.
        if self.content_type and self.content_type not in accepted:
            return "refused", PDF_NOT_HERE if self.content_type == PDF else NOT_A_FILE_WE_TAKE
        if self.refusal == NOT_A_FILE_WE_TAKE and accepted <= IMAGE_TYPES:
            return "refused", NOT_A_PHOTO
        if self.refusal:
            return "refused", self.refusal
        return "stored", self.content_type


# Builders


def image_bytes(fmt: str, size=(64, 48), **save_options) -> bytes:
    buffer = BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(buffer, format=fmt, **save_options)
    return buffer.getvalue()


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Kamera Dinas"
    exif[ExifTags.Base.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "S",
        ExifTags.GPS.GPSLatitude: (2.0, 59.0, 27.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (104.0, 45.0, 24.0),
    }
    return image_bytes("JPEG", exif=exif)


def png_claiming_size(width: int, height: int) -> bytes:
    """A 1×1 PNG whose header claims a huge canvas: a decompression bomb, refused before decoding."""
    buffer = BytesIO()
    Image.new("L", (1, 1)).save(buffer, format="PNG")
    data = bytearray(buffer.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def zip_bytes() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", HTML_PAYLOAD)
    return buffer.getvalue()


def _saved(pdf: pikepdf.Pdf) -> bytes:
    buffer = BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def _one_page_pdf() -> pikepdf.Pdf:
    return pikepdf.open(BytesIO(pdf_bytes()))


def _javascript(source: str = JS_PAYLOAD) -> pikepdf.Dictionary:
    return pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String(source))


def pdf_with_scripts() -> bytes:
    """JavaScript in every place a reader runs it: on opening, as a named script, on page and document
    events, behind a link; and a link that launches a program."""
    pdf = _one_page_pdf()
    pdf.Root.OpenAction = pdf.make_indirect(_javascript())
    pdf.Root.AA = pikepdf.Dictionary(WC=_javascript("app.alert('tutup')"))
    pdf.Root.Names = pikepdf.Dictionary(
        JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("awal"), _javascript()]))
    )
    page = pdf.pages[0].obj
    page.AA = pikepdf.Dictionary(O=_javascript("app.alert('halaman')"))
    page.Annots = pdf.make_indirect(
        pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Link,
                    Rect=[72, 700, 300, 720],
                    A=_javascript("app.launchURL('https://phishing.example/')"),
                ),
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Link,
                    Rect=[72, 650, 300, 670],
                    A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe")),
                ),
            ]
        )
    )
    return _saved(pdf)


def pdf_with_embedded_file() -> bytes:
    pdf = _one_page_pdf()
    pdf.attachments["payload.html"] = pikepdf.AttachedFileSpec(
        pdf, HTML_PAYLOAD, filename="payload.html", mime_type="text/html"
    )
    return _saved(pdf)


def pdf_with_xfa_form() -> bytes:
    pdf = _one_page_pdf()
    xfa = pdf.make_stream(
        b"<xdp:xdp><script contentType='application/x-javascript'>app.alert(1)</script></xdp:xdp>"
    )
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=xfa)
    return _saved(pdf)


def pdf_with_html_in_a_comment() -> bytes:
    """A PDF/HTML polyglot: a browser reading it as HTML finds a page in the comment after the header."""
    header, rest = pdf_bytes().split(b"\n", 1)
    return header + b"\n%" + HTML_PAYLOAD + b"\n" + rest


# The corpus


def corpus() -> list[HostileFile]:
    valid_pdf = pdf_bytes()
    noisy_jpeg = image_bytes("JPEG", size=(200, 200))
    return [
        HostileFile("html-named-pdf", "laporan.pdf", b"<!DOCTYPE html>" + HTML_PAYLOAD, NOT_A_FILE_WE_TAKE),
        HostileFile("javascript-named-pdf", "laporan.pdf", b"alert(document.cookie);\n", NOT_A_FILE_WE_TAKE),
        HostileFile(
            "svg-with-script",
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
            NOT_A_FILE_WE_TAKE,
        ),
        HostileFile(
            "svg-named-png",
            "logo.png",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            NOT_A_FILE_WE_TAKE,
        ),
        HostileFile("gif-named-jpg", "foto.jpg", image_bytes("GIF"), NOT_A_FILE_WE_TAKE),
        HostileFile("zip-named-pdf", "laporan.pdf", zip_bytes(), NOT_A_FILE_WE_TAKE),
        HostileFile("truncated-pdf", "laporan.pdf", valid_pdf[: len(valid_pdf) * 2 // 3], BROKEN_PDF, PDF),
        HostileFile("truncated-jpeg", "foto.jpg", noisy_jpeg[: len(noisy_jpeg) // 2], BROKEN_IMAGE),
        HostileFile("decompression-bomb", "peta.png", png_claiming_size(30_000, 30_000), TOO_MANY_PIXELS),
        # A payload appended beyond the last 2 KB leaves no %%EOF where a PDF ends: refused as cut short.
        HostileFile(
            "pdf-large-payload-appended", "laporan.pdf", valid_pdf + zip_bytes() * 40, BROKEN_PDF, PDF
        ),
        HostileFile("empty", "laporan.pdf", b"", EMPTY),
        HostileFile(
            "one-byte-over-the-limit",
            "foto.jpg",
            noisy_jpeg + b"\0" * (LIMIT_MB * MB + 1 - len(noisy_jpeg)),
            ONE_BYTE_OVER,
        ),
        # Accepted, and neutralised: the checks below prove it from the stored bytes.
        HostileFile("pdf-zip-polyglot", "laporan.pdf", valid_pdf + zip_bytes(), "", PDF, "laporan.pdf"),
        HostileFile("pdf-html-polyglot", "laporan.pdf", valid_pdf + HTML_PAYLOAD, "", PDF, "laporan.pdf"),
        HostileFile("pdf-html-comment", "laporan.pdf", pdf_with_html_in_a_comment(), "", PDF, "laporan.pdf"),
        HostileFile(
            "pdf-javascript-and-actions", "proposal.pdf", pdf_with_scripts(), "", PDF, "proposal.pdf"
        ),
        HostileFile("pdf-embedded-file", "proposal.pdf", pdf_with_embedded_file(), "", PDF, "proposal.pdf"),
        HostileFile("pdf-xfa-form", "formulir.pdf", pdf_with_xfa_form(), "", PDF, "formulir.pdf"),
        HostileFile("jpeg-with-gps", "lokasi.jpg", jpeg_with_gps(), "", JPEG, "lokasi.jpg"),
        HostileFile("jpeg-named-pdf", "laporan.pdf", noisy_jpeg, "", JPEG, "laporan.jpg"),
        HostileFile("webp-named-png", "foto.png", image_bytes("WEBP"), "", WEBP, "foto.webp"),
        HostileFile("double-extension", "laporan.pdf.html", valid_pdf, "", PDF, "laporan.pdf"),
        HostileFile("path-traversal", "../../../etc/cron.d/laporan.pdf", valid_pdf, "", PDF, "laporan.pdf"),
        HostileFile("windows-path", "..\\..\\Windows\\foto.png", image_bytes("PNG"), "", PNG, "foto.png"),
        HostileFile(
            "control-characters", "lap\x00oran\x1b[31m\t\x7f.pdf", valid_pdf, "", PDF, "laporan[31m.pdf"
        ),
        HostileFile("bidi-override", "foto\u202egpj.exe", noisy_jpeg, "", JPEG, "fotogpj.jpg"),
        HostileFile("very-long-name", "a" * 400 + ".pdf", valid_pdf, "", PDF, "a" * 196 + ".pdf"),
    ]


HOSTILE_FILES = corpus()


# Independent checks of what was stored

# Names a PDF needs to run anything, carry a file or act on opening.
ACTIVE_PDF_NAMES = (
    b"/JS",
    b"/JavaScript",
    b"/OpenAction",
    b"/AA",
    b"/EmbeddedFiles",
    b"/EmbeddedFile",
    b"/XFA",
    b"/Launch",
)


def assert_pdf_is_inert(stored: bytes, *, pages: int = 1) -> None:
    """No script, action on opening, embedded file or XFA; nothing after the final %%EOF; no HTML; the
    pages still there. Checked on the raw bytes (the portal stores PDFs without object streams, so every
    dictionary is plain text) and on the parsed objects."""
    assert stored.startswith(b"%PDF-")
    for name in ACTIVE_PDF_NAMES:
        assert name not in stored, name
    assert stored.rstrip(b"\r\n").endswith(b"%%EOF"), "something follows the final %%EOF"
    for marker in (b"<html", b"<script", b"PK\x03\x04", b"index.html", b"payload.html"):
        assert marker not in stored, marker
    pdf = pikepdf.open(BytesIO(stored))
    assert len(pdf.pages) == pages
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if isinstance(obj, pikepdf.Dictionary):
            assert not set(obj.keys()) & {"/JS", "/OpenAction", "/AA", "/EF", "/XFA"}, obj.keys()
            assert obj.get("/S") not in (pikepdf.Name.JavaScript, pikepdf.Name.Launch)


def assert_image_is_clean(stored: bytes, content_type: str) -> None:
    """A picture the portal wrote itself: the right format, no EXIF (so no GPS), nothing appended."""
    image = Image.open(BytesIO(stored))
    image.load()
    assert Image.MIME[image.format] == content_type
    assert len(image.getexif()) == 0
    assert "exif" not in image.info
    assert b"Kamera Dinas" not in stored
