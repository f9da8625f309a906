"""The piagam (certificate) as a PDF, drawn with reportlab, and many of them as one streamed ZIP.

A piagam is A4 landscape, in Indonesian: the organiser, "PIAGAM PENGHARGAAN", the unit it is given to, the
innovation, the place ("JUARA 1" or "PESERTA"), the category and the edition; the date, the signing
official's title, name and NIP; and a QR code (reportlab's own) with the address of the public verification
page, `/piagam/<code>/`. Everything printed comes from the `Certificate` record, so the verification page
confirms exactly what the paper says.
"""

import io
import zipfile
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import formats, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from judging.models import Certificate

PAGE = landscape(A4)
NAVY = HexColor("#1f3b57")
GOLD = HexColor("#b08d3c")
GREY = HexColor("#555555")
QR_SIZE = 78
TEXT_WIDTH = PAGE[0] - 190
BODY_BOTTOM = 190  # the body stays above the signature block and the QR code


def verification_url(certificate: Certificate) -> str:
    """The public address the QR code holds: the portal's address (`PORTAL_BASE_URL`) and the code."""
    return settings.PORTAL_BASE_URL + reverse("judging:certificate", kwargs={"code": certificate.code})


def certificate_filename(certificate: Certificate) -> str:
    return f"piagam-{slugify(certificate.place)}-{slugify(certificate.innovation_title)[:60]}.pdf"


def _centred(canvas: Canvas, text: str, *, y: float, font: str, size: float, colour=NAVY) -> float:
    """Draw `text` centred, wrapped to the text column; return the baseline under the last line."""
    canvas.setFillColor(colour)
    canvas.setFont(font, size)
    for line in simpleSplit(text, font, size, TEXT_WIDTH) or [""]:
        canvas.drawCentredString(PAGE[0] / 2, y, line)
        y -= size * 1.2
    return y


def _qr_code(canvas: Canvas, value: str, *, x: float, y: float, size: float) -> None:
    """A QR code of `value`, `size` points square with its quiet zone, drawn straight on the canvas (the
    flowable of `reportlab.graphics.barcode.qr`: a tenth of the time of its graphics widget)."""
    canvas.saveState()
    canvas.setFillColor(black)
    QrCode(value, width=size, height=size, qrLevel="M").drawOn(canvas, x, y)
    canvas.restoreState()


def _fitted(text: str, font: str, sizes: list[tuple[float, int]], width: float) -> tuple[float, list[str]]:
    """The largest of `sizes` (size, most lines) at which `text` fits `width`; else the last one, cut."""
    for size, most in sizes:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= most:
            return size, lines
    return size, lines[:most]


def _body_blocks(certificate: Certificate) -> list[tuple[str, str, float, object, float]]:
    """What the piagam says between its title and the signature: (text, font, size, colour, space above)."""
    category = _("Category %(category)s · %(edition)s") % {
        "category": certificate.category_name,
        "edition": certificate.edition_name,
    }
    return [
        (_("is awarded to"), "Helvetica", 12, GREY, 0),
        (certificate.unit_name, "Helvetica-Bold", 22, NAVY, 12),
        (_("for the innovation"), "Helvetica", 12, GREY, 4),
        (f"“{certificate.innovation_title}”", "Times-BoldItalic", 17, NAVY, 8),
        (_("as"), "Helvetica", 12, GREY, 4),
        (certificate.place.upper(), "Helvetica-Bold", 26, GOLD, 18),
        (category, "Helvetica", 12, NAVY, 8),
    ]


def _draw_body(canvas: Canvas, certificate: Certificate, *, top: float) -> None:
    """The body, at full size when it fits above the signature block, else smaller (long names wrap)."""
    blocks = _body_blocks(certificate)

    def height(scale: float) -> float:
        return sum(
            gap * scale + len(simpleSplit(text, font, size * scale, TEXT_WIDTH)) * size * scale * 1.2
            for text, font, size, _colour, gap in blocks
        )

    scale = next((scale for scale in (1, 0.9, 0.8, 0.7) if top - height(scale) >= BODY_BOTTOM), 0.6)
    y = top
    for text, font, size, colour, gap in blocks:
        y = _centred(canvas, text, y=y - gap * scale, font=font, size=size * scale, colour=colour)


def draw_certificate(canvas: Canvas, certificate: Certificate) -> None:
    """One piagam on the canvas's current page."""
    width, height = PAGE
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(3)
    canvas.rect(18, 18, width - 36, height - 36)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.rect(27, 27, width - 54, height - 54)

    y = _centred(
        canvas, certificate.organiser.upper(), y=height - 74, font="Helvetica-Bold", size=11, colour=GREY
    )
    canvas.setFillColor(NAVY)
    canvas.setFont("Times-Bold", 36)
    canvas.drawCentredString(width / 2, y - 34, _("CERTIFICATE OF AWARD"), charSpace=2)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.2)
    canvas.line(width / 2 - 150, y - 48, width / 2 + 150, y - 48)

    _draw_body(canvas, certificate, top=y - 84)

    # The signature block, bottom right: date, title, room to sign, name, NIP.
    centre = width - 205
    canvas.setFillColor(NAVY)
    canvas.setFont("Helvetica", 11)
    canvas.drawCentredString(centre, 168, formats.date_format(certificate.awarded_on, "j F Y"))
    size, lines = _fitted(certificate.signer_title, "Helvetica-Bold", [(11, 3), (10, 3), (9, 4)], 290)
    canvas.setFont("Helvetica-Bold", size)
    for number, line in enumerate(lines):
        canvas.drawCentredString(centre, 154 - number * size * 1.2, line)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawCentredString(centre, 78, certificate.signer_name)
    name_width = canvas.stringWidth(certificate.signer_name, "Helvetica-Bold", 12)
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(0.6)
    canvas.line(centre - name_width / 2, 75, centre + name_width / 2, 75)
    if certificate.signer_nip:
        canvas.setFont("Helvetica", 10)
        canvas.drawCentredString(centre, 62, _("NIP %(nip)s") % {"nip": certificate.signer_nip})

    # The QR code and the address it holds, bottom left.
    url = verification_url(certificate)
    _qr_code(canvas, url, x=52, y=62, size=QR_SIZE)
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(52 + QR_SIZE + 8, 118, _("Check that this certificate is genuine:"))
    canvas.drawString(52 + QR_SIZE + 8, 108, url)
    canvas.drawString(52 + QR_SIZE + 8, 98, _("Code: %(code)s") % {"code": certificate.code})


def certificate_pdf(certificate: Certificate) -> bytes:
    """One piagam as a one-page PDF, in the portal's own language (Indonesian), whoever downloads it."""
    buffer = io.BytesIO()
    with translation.override(settings.LANGUAGE_CODE):
        canvas = Canvas(buffer, pagesize=PAGE)
        title = _("Certificate: %(place)s – %(unit)s")
        canvas.setTitle(title % {"place": certificate.place, "unit": certificate.unit_name})
        canvas.setAuthor(certificate.organiser)
        canvas.setSubject(certificate.edition_name)
        draw_certificate(canvas, certificate)
        canvas.showPage()
        canvas.save()
    return buffer.getvalue()


class _Chunks:
    """A write-only file for `zipfile`: it hands over what was written so far. `zipfile` writes to a file
    it cannot seek in by streaming (sizes after each member), so the archive never sits whole in memory."""

    def __init__(self):
        self._parts: list[bytes] = []

    def write(self, data) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def certificates_zip(certificates: Iterable[Certificate]) -> Iterator[bytes]:
    """The piagam as one ZIP, built one PDF at a time as it is written: a folder per category,
    each file named by its place and innovation."""
    sink = _Chunks()
    names: set[str] = set()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for certificate in certificates:
            name = f"{slugify(certificate.category_name)}/{certificate_filename(certificate)}"
            if name in names:
                name = name.removesuffix(".pdf") + f"-{certificate.pk}.pdf"
            names.add(name)
            archive.writestr(name, certificate_pdf(certificate))
            yield sink.take()
    yield sink.take()


def certificate_response(certificate: Certificate) -> HttpResponse:
    """One piagam as a PDF download."""
    response = HttpResponse(certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate_filename(certificate)}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
