"""Spreadsheets keep their types and never carry a live formula a unit typed."""

import datetime
import io
from decimal import Decimal

import openpyxl

from competitions.spreadsheets import Column, Sheet, csv_text, xlsx_bytes

HOSTILE = ['=HYPERLINK("http://evil","klik")', "+62 811", "-1+1", "@SUM(A1)", "\tTab", "\rCR"]


def sheet() -> Sheet:
    return Sheet(
        "Usulan: 2026/[draf]",
        [Column("Judul"), Column("Nilai", number_format="0.00"), Column("Tanggal")],
        [[title, Decimal("76.6667"), datetime.date(2026, 5, 1)] for title in [*HOSTILE, "Si Demang"]],
    )


def test_xlsx_cells_are_typed_and_formulas_neutralised():
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([sheet()])))
    worksheet = workbook.active
    assert worksheet.title == "Usulan  2026  draf "  # Excel's forbidden characters replaced
    assert worksheet.freeze_panes == "A2"
    rows = list(worksheet.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [f"'{value}" for value in HOSTILE] + ["Si Demang"]
    assert all(isinstance(row[1], float) and row[1] == 76.6667 for row in rows)
    assert worksheet["B2"].number_format == "0.00"
    assert rows[0][2] == datetime.datetime(2026, 5, 1)  # a real date cell
    assert all(worksheet.cell(row=row, column=1).data_type == "s" for row in range(2, 9))


def test_csv_cells_that_start_a_formula_are_neutralised():
    lines = csv_text(sheet()).splitlines()
    assert lines[0] == "Judul,Nilai,Tanggal"
    assert lines[1].startswith('"\'=HYPERLINK(""http://evil"",""klik"")"')
    assert lines[2].startswith("'+62 811,")
    assert lines[3].startswith("'-1+1,") and lines[4].startswith("'@SUM(A1),")
    assert lines[-1] == "Si Demang,76.6667,2026-05-01"


def test_sheet_names_cut_to_31_characters_stay_distinct():
    long_name = "Kompetisi Inovasi Kota Palembang"
    sheets = [Sheet(f"{long_name} {year}", [Column("Judul")]) for year in (2022, 2026)]
    sheets.append(Sheet("kompetisi inovasi kota palembang", [Column("Judul")]))
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(sheets)))
    assert workbook.sheetnames == [
        "Kompetisi Inovasi Kota Palemban",
        "Kompetisi Inovasi Kota Pale (2)",
        "kompetisi inovasi kota pale (3)",
    ]
