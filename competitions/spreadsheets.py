"""Spreadsheets the secretariat and leaders download: XLSX (openpyxl) and CSV, from one description.

A `Sheet` is a title, its columns and its rows of plain Python values. `xlsx_response` writes typed cells
(numbers stay numbers, dates stay dates), a bold header row, frozen panes under the header and column
widths; `csv_response` writes the same rows as UTF-8 CSV that Excel opens.

Cells that a spreadsheet would read as a formula — text starting with `=`, `+`, `-`, `@`, a tab or a
carriage return — are neutralised with a leading apostrophe in both formats (OWASP: CSV injection), so a
unit cannot plant a formula in an innovation's title.
"""

import csv
import datetime
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 16
    number_format: str = ""  # e.g. "0.00" for scores, "#,##0" for rupiah


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)


def neutralised(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; anything else is kept."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell_value(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    return neutralised(value)


def _safe_title(title: str, taken: set[str]) -> str:
    """Excel's rules for a sheet name: at most 31 characters, none of : \\ / ? * [ ], and unique in the
    workbook whatever the case. Two long names that are cut to the same 31 characters get " (2)", " (3)"…"""
    for character in ":\\/?*[]":
        title = title.replace(character, " ")
    title = title[:31] or "Sheet"
    number = 1
    unique = title
    while unique.lower() in taken:
        number += 1
        suffix = f" ({number})"
        unique = title[: 31 - len(suffix)] + suffix
    taken.add(unique.lower())
    return unique


def xlsx_bytes(sheets: Iterable[Sheet]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for sheet in sheets:
        worksheet = workbook.create_sheet(_safe_title(sheet.title, taken))
        worksheet.append([column.header for column in sheet.columns])
        for cell in worksheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.rows:
            worksheet.append([_cell_value(value) for value in row])
        for index, column in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            worksheet.column_dimensions[letter].width = column.width
            if column.number_format:
                for (cell,) in worksheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = column.number_format
        worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_text(sheet: Sheet) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.header for column in sheet.columns])
    for row in sheet.rows:
        writer.writerow(["" if value is None else neutralised(value) for value in row])
    return buffer.getvalue()


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def xlsx_response(filename: str, sheets: Iterable[Sheet]) -> HttpResponse:
    return _attachment(HttpResponse(xlsx_bytes(sheets), content_type=XLSX_TYPE), f"{filename}.xlsx")


def csv_response(filename: str, sheet: Sheet) -> HttpResponse:
    # A byte-order mark so that Excel reads the UTF-8 (names with é, ü…) correctly.
    body = "\ufeff" + csv_text(sheet)
    return _attachment(HttpResponse(body, content_type="text/csv; charset=utf-8"), f"{filename}.csv")


def spreadsheet_response(filename: str, sheets: list[Sheet], file_format: str) -> HttpResponse:
    """The sheets as a download: XLSX with every sheet, or CSV ("csv") of the first, since a CSV file holds
    one table."""
    if file_format == "csv":
        return csv_response(filename, sheets[0])
    return xlsx_response(filename, sheets)
