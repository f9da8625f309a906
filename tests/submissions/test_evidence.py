import struct
import zlib
from io import BytesIO

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from submissions.evidence import MAX_IMAGE_PIXELS, check_file, check_image, check_link, download_name
from tests.files import pdf_bytes

MB = 1024 * 1024

VALID_PDF = pdf_bytes()
GPS_IFD = {
    ExifTags.GPS.GPSLatitudeRef: "S",
    ExifTags.GPS.GPSLatitude: (6.0, 10.0, 30.0),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (106.0, 49.0, 45.0),
}


def upload(name: str, data: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def image_bytes(fmt: str, size=(40, 20), mode="RGB", color="red", **save_options) -> bytes:
    buffer = BytesIO()
    Image.new(mode, size, color).save(buffer, format=fmt, **save_options)
    return buffer.getvalue()


def noisy_jpeg(size=(300, 300)) -> bytes:
    buffer = BytesIO()
    Image.effect_noise(size, 64).convert("RGB").save(buffer, format="JPEG", quality=95)
    return buffer.getvalue()


def png_claiming_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge canvas, as a decompression bomb does."""
    data = bytearray(image_bytes("PNG", size=(1, 1)))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def jpeg_with_gps(size=(40, 20), orientation=1) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.GPSInfo] = GPS_IFD
    return image_bytes("JPEG", size=size, exif=exif)


def stored_image(checked) -> Image.Image:
    image = Image.open(BytesIO(checked.content.read()))
    image.load()
    return image


def error_code(excinfo) -> str:
    return excinfo.value.code


# Files: type by content


def stored_pdf(checked) -> pikepdf.Pdf:
    return pikepdf.open(BytesIO(checked.content.read()))


def test_valid_pdf_is_accepted_and_stored_rewritten():
    checked = check_file(upload("proposal.pdf", VALID_PDF), max_bytes=MB)

    assert checked.content_type == "application/pdf"
    stored = checked.content.read()
    assert stored.startswith(b"%PDF-")
    assert checked.size == len(stored)
    assert checked.thumbnail is None
    assert (checked.width, checked.height) == (None, None)


def test_pdf_metadata_naming_the_unit_is_removed_and_the_pages_are_kept():
    data = pdf_bytes(
        pages=3, title="Proposal Dinas Kesehatan", author="Ratna Sari", xmp_creator="Dinas Kesehatan"
    )
    assert b"Dinas Kesehatan" in data and b"Ratna Sari" in data

    checked = check_file(upload("proposal.pdf", data), max_bytes=MB)

    stored = checked.content.read()
    assert b"Dinas Kesehatan" not in stored and b"Ratna Sari" not in stored
    assert checked.size == len(stored)
    pdf = pikepdf.open(BytesIO(stored))
    assert "/Info" not in pdf.trailer
    assert "/Metadata" not in pdf.Root
    assert len(pdf.pages) == 3
    assert pdf.pages[2].Contents.read_bytes() == b"BT /F1 12 Tf 72 720 Td (Halaman 3) Tj ET"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nbukan isi PDF yang sebenarnya\n%%EOF\n",
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    ],
    ids=["no-objects", "no-pages-no-xref"],
)
def test_pdf_that_cannot_be_opened_is_refused_in_indonesian(data):
    with pytest.raises(ValidationError) as excinfo:
        check_file(upload("proposal.pdf", data), max_bytes=MB)
    assert error_code(excinfo) == "broken_pdf"
    assert "PDF tidak lengkap atau rusak" in excinfo.value.messages[0]


def test_password_protected_pdf_is_refused_in_indonesian():
    buffer = BytesIO()
    pikepdf.open(BytesIO(VALID_PDF)).save(buffer, encryption=pikepdf.Encryption(owner="rahasia", user="buka"))

    with pytest.raises(ValidationError) as excinfo:
        check_file(upload("proposal.pdf", buffer.getvalue()), max_bytes=MB)
    assert error_code(excinfo) == "encrypted_pdf"
    assert "kata sandi" in excinfo.value.messages[0]


def test_pdf_that_opens_without_a_password_is_accepted_despite_an_owner_password():
    buffer = BytesIO()
    pikepdf.open(BytesIO(VALID_PDF)).save(buffer, encryption=pikepdf.Encryption(owner="rahasia", user=""))

    pdf = stored_pdf(check_file(upload("proposal.pdf", buffer.getvalue()), max_bytes=MB))

    assert len(pdf.pages) == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("proposal.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("foto.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
        ("foto.jpg", image_bytes("GIF")),
        ("laporan.pdf", b"PK\x03\x04" + b"\x00" * 100),
        ("dokumen.pdf", b"MZ\x90\x00" + b"\x00" * 100),
        ("foto.png", image_bytes("BMP")),
    ],
    ids=["html-named-pdf", "svg-named-png", "gif", "zip", "exe", "bmp"],
)
def test_file_that_is_not_pdf_jpeg_png_or_webp_by_content_is_refused(name, data):
    with pytest.raises(ValidationError) as excinfo:
        check_file(upload(name, data, content_type="application/pdf"), max_bytes=MB)
    assert error_code(excinfo) == "unsupported_type"


def test_png_named_pdf_is_judged_by_content():
    checked = check_file(
        upload("laporan.pdf", image_bytes("PNG"), content_type="application/pdf"), max_bytes=MB
    )
    assert checked.content_type == "image/png"


def test_truncated_pdf_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        check_file(upload("proposal.pdf", VALID_PDF[:-20]), max_bytes=MB)
    assert error_code(excinfo) == "broken_pdf"


def test_pdf_where_only_images_are_allowed_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        check_image(upload("foto.jpg", VALID_PDF), max_bytes=MB)
    assert error_code(excinfo) == "not_allowed"


def test_image_where_only_pdf_is_allowed_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        check_file(upload("scan.png", image_bytes("PNG")), max_bytes=MB, allowed={"application/pdf"})
    assert error_code(excinfo) == "not_allowed"


# Files: size


class UnreadableUpload(SimpleUploadedFile):
    def read(self, *args, **kwargs):
        raise AssertionError("an oversize upload must be refused before it is read")

    def chunks(self, *args, **kwargs):
        raise AssertionError("an oversize upload must be refused before it is read")


def test_oversize_file_is_refused_without_reading_it():
    oversize = UnreadableUpload("proposal.pdf", VALID_PDF + b"\n" * 200)

    with pytest.raises(ValidationError) as excinfo:
        check_file(oversize, max_bytes=100)
    assert error_code(excinfo) == "too_large"


def test_file_larger_than_its_declared_size_is_refused():
    lying = upload("proposal.pdf", VALID_PDF + b"\n" * 200)
    lying.size = 10

    with pytest.raises(ValidationError) as excinfo:
        check_file(lying, max_bytes=100)
    assert error_code(excinfo) == "too_large"


def test_empty_file_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        check_file(upload("proposal.pdf", b""), max_bytes=MB)
    assert error_code(excinfo) == "empty"


# Images: integrity and bombs


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_image_is_refused(fmt):
    if fmt == "JPEG":
        data = noisy_jpeg()
    else:
        buffer = BytesIO()
        Image.effect_noise((300, 300), 64).save(buffer, format="PNG")
        data = buffer.getvalue()

    with pytest.raises(ValidationError) as excinfo:
        check_file(upload("foto", data[: len(data) // 2]), max_bytes=MB)
    assert error_code(excinfo) == "broken_image"


@pytest.mark.parametrize(
    ("width", "height"),
    [(20_000, 20_000), (10_000, 10_000), (7_000, 7_000)],
    ids=["pillow-refuses", "pillow-only-warns", "only-our-limit"],
)
def test_decompression_bomb_is_refused_from_its_header(width, height):
    assert width * height > MAX_IMAGE_PIXELS

    with pytest.raises(ValidationError) as excinfo:
        check_image(upload("foto.png", png_claiming_size(width, height)), max_bytes=MB)
    assert error_code(excinfo) == "image_too_large"


# Images: re-encoding


def test_jpeg_with_gps_is_stored_without_any_exif():
    data = jpeg_with_gps()
    assert Image.open(BytesIO(data)).getexif().get_ifd(ExifTags.Base.GPSInfo), "fixture must carry GPS"

    checked = check_image(upload("lokasi.jpg", data), max_bytes=MB)

    stored = stored_image(checked)
    assert checked.content_type == "image/jpeg"
    assert stored.format == "JPEG"
    assert not stored.getexif().get_ifd(ExifTags.Base.GPSInfo)
    assert len(stored.getexif()) == 0
    assert "exif" not in stored.info


def test_exif_orientation_is_applied_before_exif_is_dropped():
    checked = check_image(upload("miring.jpg", jpeg_with_gps(size=(40, 20), orientation=6)), max_bytes=MB)

    assert (checked.width, checked.height) == (20, 40)
    assert stored_image(checked).size == (20, 40)


def test_anything_appended_after_the_image_is_dropped():
    payload = b"PK\x03\x04hidden-archive-payload"
    checked = check_image(upload("foto.jpg", noisy_jpeg() + payload), max_bytes=MB)

    assert payload not in checked.content.read()


@pytest.mark.parametrize(
    ("fmt", "content_type", "mode"),
    [("PNG", "image/png", "RGBA"), ("WEBP", "image/webp", "RGBA"), ("PNG", "image/png", "P")],
)
def test_png_and_webp_are_accepted_with_a_jpeg_thumbnail(fmt, content_type, mode):
    data = image_bytes(fmt, size=(1200, 600), mode=mode, color=0)

    checked = check_image(upload("foto", data), max_bytes=MB)

    assert checked.content_type == content_type
    assert stored_image(checked).format == fmt
    assert checked.size == len(checked.content)
    thumbnail = Image.open(BytesIO(checked.thumbnail.read()))
    assert thumbnail.format == "JPEG"
    assert thumbnail.mode == "RGB"
    assert thumbnail.size == (480, 240)


def test_transparent_image_thumbnail_is_flattened_onto_white():
    data = image_bytes("PNG", size=(100, 100), mode="RGBA", color=(0, 0, 0, 0))

    checked = check_image(upload("logo.png", data), max_bytes=MB)

    thumbnail = Image.open(BytesIO(checked.thumbnail.read()))
    assert all(channel > 245 for channel in thumbnail.getpixel((50, 50)))


def test_cmyk_jpeg_is_stored_as_rgb():
    checked = check_image(
        upload("cetak.jpg", image_bytes("JPEG", mode="CMYK", color=(0, 255, 255, 0))), max_bytes=MB
    )

    assert stored_image(checked).mode == "RGB"


def test_very_large_image_is_scaled_down_to_4000_px():
    checked = check_image(upload("panorama.png", image_bytes("PNG", size=(5000, 100))), max_bytes=MB)

    assert (checked.width, checked.height) == (4000, 80)
    assert stored_image(checked).size == (4000, 80)


def test_stored_content_is_not_named_after_the_upload():
    checked = check_file(upload("rahasia-dinas.pdf", VALID_PDF), max_bytes=MB)
    assert "rahasia" not in checked.content.name


# Original name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/laporan akhir.pdf", "laporan akhir.pdf"),
        ("C:\\Users\\ani\\Laporan Akhir.pdf", "Laporan Akhir.pdf"),
        ("lap\x00oran\x07\t\n  akhir.pdf", "laporan akhir.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.pdf"),
        ("\x01\x02", "berkas.pdf"),
    ],
)
def test_original_name_is_sanitised_for_display(name, expected):
    assert check_file(upload(name, VALID_PDF), max_bytes=MB).original_name == expected


def test_long_original_name_is_cut_to_200_characters_keeping_the_extension():
    checked = check_file(upload("a" * 240 + ".pdf", VALID_PDF), max_bytes=MB)

    assert len(checked.original_name) == 200
    assert checked.original_name.endswith(".pdf")


# Links


@pytest.mark.parametrize(
    ("url", "kind", "label"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "YouTube"),
        ("  https://youtu.be/dQw4w9WgXcQ  ", "youtube", "YouTube"),
        ("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "YouTube"),
        ("https://drive.google.com/file/d/1AbC/view?usp=sharing", "google_drive", "Google Drive"),
        ("https://docs.google.com/document/d/1AbC/edit", "google_drive", "Google Drive"),
        ("http://www.surabaya.go.id/inovasi", "other", "surabaya.go.id"),
        ("https://youtube.com.evil.example/watch", "other", "youtube.com.evil.example"),
    ],
)
def test_link_is_classified_by_host(url, kind, label):
    checked = check_link(url)

    assert checked.url == url.strip()
    assert (checked.kind, checked.label) == (kind, label)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://x",
        "http://",
        "youtube.com/watch?v=1",
        "https://www.youtube.com@evil.example/watch",
        "https://example.com/" + "a" * 600,
        "",
    ],
    ids=["javascript", "data", "ftp", "no-host", "no-scheme", "credentials", "600-chars", "empty"],
)
def test_bad_link_is_refused(url):
    with pytest.raises(ValidationError) as excinfo:
        check_link(url)
    assert error_code(excinfo) == "bad_link"


# What the refusal of an oversize file says


@pytest.mark.parametrize(
    ("size", "limit", "message"),
    [
        (13 * MB + 419_431, 10 * MB, "Ukuran berkas 13,4\xa0MB; batasnya 10\xa0MB."),
        (10 * MB + 1, 10 * MB, "Berkas ini 1\xa0bita melebihi batas 10\xa0MB."),
        (10 * MB + 20_000, 10 * MB, "Berkas ini 19,5\xa0KB melebihi batas 10\xa0MB."),
    ],
    ids=["well-over", "one-byte-over", "just-over"],
)
def test_oversize_message_says_the_real_size_in_indonesian(size, limit, message):
    oversize = UnreadableUpload("proposal.pdf", b"")
    oversize.size = size

    with pytest.raises(ValidationError) as excinfo:
        check_file(oversize, max_bytes=limit)
    assert excinfo.value.messages == [message]


# The name a file is shown and downloaded under


@pytest.mark.parametrize(
    ("name", "content_type", "expected"),
    [
        ("laporan.pdf", "application/pdf", "laporan.pdf"),
        ("Laporan.PDF", "application/pdf", "Laporan.PDF"),
        ("x.pdf.html", "application/pdf", "x.pdf"),
        ("laporan.pdf", "image/png", "laporan.png"),
        ("foto.jpeg", "image/jpeg", "foto.jpeg"),
        ("foto.gif", "image/jpeg", "foto.jpg"),
        ("Laporan v1.2 final", "application/pdf", "Laporan v1.2 final.pdf"),
        ("skrip.html.", "application/pdf", "skrip.pdf"),
        (".html", "application/pdf", ".html.pdf"),
        ("../../etc/passwd", "application/pdf", "passwd.pdf"),
        ("foto\u202egpj.exe", "image/jpeg", "fotogpj.jpg"),
        ("", "image/webp", "berkas.webp"),
    ],
)
def test_download_name_ends_in_the_extension_of_the_real_content(name, content_type, expected):
    assert download_name(name, content_type) == expected


def test_a_very_long_download_name_keeps_the_real_extension_within_200_characters():
    name = download_name("a" * 300 + ".pdf.html", "application/pdf")

    assert 190 < len(name) <= 200
    assert name.endswith("a.pdf")
