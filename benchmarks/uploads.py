"""Benchmark: the memory needed to check and rewrite an upload at the 10 MB limit. Prints numbers; asserts
nothing (tests/submissions/test_streamed_uploads.py asserts the Python side). A web worker hands the rewrite
to a short-lived child process (README, "Uploaded files"); this measures the rewrite itself, in one process.

Run with `make bench-parts`, or alone with `python benchmarks/uploads.py`. Each file is checked in a fresh
process, as it arrives on a worker: already on disk (Django writes uploads over FILE_UPLOAD_MAX_MEMORY_SIZE
to a temporary file), then through `check_file`. Reported: how much the process's peak resident memory
grew (everything, including what pikepdf and Pillow allocate in C) and the most Python held (tracemalloc).

The files: a 40-page scan (40 pictures of 250 KB, as a scanner writes a signed decree), the worst case for
pikepdf (one page that is a single 10 MB picture: qpdf holds one stream at a time, so the largest stream
bounds its memory), and a photo padded to 10 MB.
"""

import os
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
LIMIT = 10 * MB

MEASURE = """
import os, resource, shutil, sys, tracemalloc
import django
django.setup()
from django.core.files.uploadedfile import TemporaryUploadedFile
from submissions.evidence import check_file

path = sys.argv[1]
size = os.path.getsize(path)
upload = TemporaryUploadedFile(os.path.basename(path), "application/octet-stream", size, None)
with open(path, "rb") as source:
    shutil.copyfileobj(source, upload.file)
upload.file.flush()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
checked = check_file(upload, max_bytes=int(sys.argv[2]))
python_peak = tracemalloc.get_traced_memory()[1]
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(f"{grown / 1024:.1f} {python_peak / 1048576:.2f} {checked.size / 1048576:.1f}")
"""


def scanned_pdf(pages: int, picture_bytes: int) -> bytes:
    import pikepdf

    pdf = pikepdf.new()
    side = int(picture_bytes**0.5)
    for _ in range(pages):
        page = pdf.add_blank_page(page_size=(595, 842))
        picture = pdf.make_stream(
            os.urandom(side * side),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=side,
            Height=side,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
        )
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=picture))
        page.Contents = pdf.make_stream(b"q 500 0 0 500 50 200 cm /Im0 Do Q")
    buffer = BytesIO()
    pdf.save(buffer, compress_streams=False)
    return buffer.getvalue()


def padded_photo(size: int) -> bytes:
    from PIL import Image

    buffer = BytesIO()
    Image.effect_noise((2000, 1500), 60).convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue() + b"\0" * (size - len(buffer.getvalue()))


def main() -> None:
    files = {
        "PDF, 40 scanned pages": ("scan.pdf", scanned_pdf(40, (LIMIT - 64 * 1024) // 40)),
        "PDF, one 10 MB picture": ("poster.pdf", scanned_pdf(1, LIMIT - 8 * 1024)),
        "JPEG 2000×1500, padded": ("foto.jpg", padded_photo(LIMIT - 8 * 1024)),
    }
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "innovation_portal.settings",
        "DJANGO_DEBUG": "true",
        # What the rewrite itself needs: measured in this one process rather than in the child process a
        # worker hands it to (`make bench` measures the worker).
        "PORTAL_CHECK_UPLOADS_APART": "false",
    }
    print(f"{'upload':<26} {'size':>8} {'peak RSS grew':>14} {'Python peak':>12} {'stored':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for label, (name, data) in files.items():
            path = Path(folder) / name
            path.write_bytes(data)
            result = subprocess.run(  # noqa: S603 (the running Python, on a file written just above)
                [sys.executable, "-c", MEASURE, str(path), str(LIMIT)],
                env=environment,
                capture_output=True,
                text=True,
                check=True,
            )
            grown, python_peak, stored = result.stdout.split()
            print(f"{label:<26} {len(data) / MB:>5.1f} MB {grown:>11} MB {python_peak:>9} MB {stored:>5} MB")


if __name__ == "__main__":
    main()
