"""Small real files for upload tests."""

from io import BytesIO

import pikepdf
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def pdf_bytes(*, pages: int = 1, title: str = "", author: str = "", xmp_creator: str = "") -> bytes:
    """A small PDF any reader opens: `pages` pages, each with one line of text ("Halaman 1" …).

    `title` and `author` go into the document information dictionary and `xmp_creator` into the XMP
    metadata, as a word processor leaves them when it saves a unit's proposal.
    """
    pdf = pikepdf.new()
    for number in range(1, pages + 1):
        page = pdf.add_blank_page(page_size=(595, 842))
        page.Contents = pdf.make_stream(f"BT /F1 12 Tf 72 720 Td (Halaman {number}) Tj ET".encode())
    if title:
        pdf.docinfo["/Title"] = title
    if author:
        pdf.docinfo["/Author"] = author
    if xmp_creator:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            xmp["dc:creator"] = [xmp_creator]
            xmp["dc:title"] = title or xmp_creator
    buffer = BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


PDF_BYTES = pdf_bytes()


def pdf_upload(name: str = "proposal.pdf", content: bytes = PDF_BYTES) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def image_upload(name: str = "foto.jpg", fmt: str = "JPEG", size=(64, 48)) -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")
