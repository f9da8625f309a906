"""Spreadsheets the secretariat and leaders download: XLSX (openpyxl) and CSV, from one description.

A `Sheet` is a title, its columns and its rows of plain Python values. `xlsx_bytes` writes typed cells
(numbers stay numbers, dates stay dates), a bold header row, frozen panes under the header and column
widths; `csv_text` writes the same rows as UTF-8 CSV that Excel opens. `spreadsheet_response` serves either
as a download; `spreadsheet_content` gives the file to a background job.

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
from openpyxl.cell import WriteOnlyCell
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
    """The sheets as an XLSX workbook. openpyxl's write-only mode streams each row to the file as it is
    added, so a sheet of tens of thousands of rows does not hold a cell object per value in memory."""
    workbook = Workbook(write_only=True)
    taken: set[str] = set()
    for sheet in sheets:
        worksheet = workbook.create_sheet(_safe_title(sheet.title, taken))
        for index, column in enumerate(sheet.columns, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = column.width
        worksheet.freeze_panes = "A2"
        header = []
        for column in sheet.columns:
            cell = WriteOnlyCell(worksheet, value=column.header)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            header.append(cell)
        worksheet.append(header)
        formats = [column.number_format for column in sheet.columns]
        for row in sheet.rows:
            worksheet.append(
                [
                    _typed_cell(worksheet, value, number_format)
                    for value, number_format in zip(row, formats, strict=True)
                ]
            )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _typed_cell(worksheet, value, number_format: str):
    """A value as openpyxl writes it; a cell object only when the column gives it a number format."""
    value = _cell_value(value)
    if not number_format or value is None:
        return value
    cell = WriteOnlyCell(worksheet, value=value)
    cell.number_format = number_format
    return cell


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


def spreadsheet_content(sheets: list[Sheet], file_format: str) -> bytes:
    """The sheets as a file: XLSX with every sheet, or CSV ("csv") of the first, since a CSV file holds one
    table; the CSV starts with a byte-order mark so that Excel reads UTF-8 (names with é, ü…) correctly."""
    if file_format == "csv":
        return ("\ufeff" + csv_text(sheets[0])).encode()
    return xlsx_bytes(sheets)


def spreadsheet_response(filename: str, sheets: list[Sheet], file_format: str) -> HttpResponse:
    """The sheets as a download (see `spreadsheet_content`)."""
    content_type = "text/csv; charset=utf-8" if file_format == "csv" else XLSX_TYPE
    response = HttpResponse(spreadsheet_content(sheets, file_format), content_type=content_type)
    return _attachment(response, f"{filename}.{'csv' if file_format == 'csv' else 'xlsx'}")
