"""Rows → a file a planner pastes into next year's plan: .odt, .docx, .csv, .xlsx.

The table has the columns plans use (實施要項 / 推動作法 / 完成期限 / 承辦單位 / 預期效益) and a
出處 column citing office, year, file and page/line. Libraries, each the maintained reference
for its format: odfpy (OpenDocument, what LibreOffice and the ODF-mandating agencies open),
python-docx (Word), openpyxl (Excel); CSV from the standard library with a UTF-8 BOM so Excel
opens the Chinese text correctly.

Plans arrive by upload, so a cell is never a formula (docs/safety.md): XLSX cells holding text
are written as explicit string cells (the visible text stays the plan's), CSV cells that a
spreadsheet would read as a formula are prefixed with `'` as OWASP recommends; ODT and DOCX
tables hold plain paragraphs (no formula attribute, no field). Rows of invented plans say so in
a 資料性質 column (CSV, XLSX), in 出處, and in a note in the file.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from datetime import date

from ingest.record import MeasureRow
from service.messages import PROVENANCE_LABELS
from service.workbench.plans import citation_text, where

COLUMNS = ("實施要項", "推動作法", "完成期限", "承辦單位", "預期效益", "出處")
# CSV and XLSX also carry the citation's parts, one a column, for sorting and filtering.
DATA_COLUMNS = COLUMNS + ("機關", "年度", "檔案", "頁行", "row_id", "資料性質")



@dataclass(frozen=True)
class ExportFormat:
    suffix: str
    media_type: str


FORMATS = {
    "odt": ExportFormat("odt", "application/vnd.oasis.opendocument.text"),
    "docx": ExportFormat("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "csv": ExportFormat("csv", "text/csv; charset=utf-8"),
    "xlsx": ExportFormat("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


class UnknownFormat(ValueError):
    def __init__(self, fmt: str):
        super().__init__(f"format: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def actions_text(row: MeasureRow) -> str:
    if len(row.actions) <= 1:
        return row.actions[0] if row.actions else ""
    return "\n".join(f"{n}. {a}" for n, a in enumerate(row.actions, 1))


def table_cells(row: MeasureRow) -> list[str]:
    """One row of the measure table, in COLUMNS order."""
    return [row.measure, actions_text(row), row.deadline or "", row.owner or "", row.benefit or "", marked_citation(row)]


def data_cells(row: MeasureRow) -> list[str | int]:
    """One row of the data table (CSV, XLSX), in DATA_COLUMNS order; the year is a number."""
    year = row.year_roc if row.year_roc else ""
    return table_cells(row) + [row.office, year, row.source.file or row.source_file, where(row), row.row_id,
                               PROVENANCE_LABELS.get(row.provenance, row.provenance)]


# -- a draft's notes: one more column, present only when notes are given -----------------------
NOTE_COLUMN = "備註"


def with_note_column(columns: tuple[str, ...], notes: dict[str, str] | None) -> tuple[str, ...]:
    return columns + (NOTE_COLUMN,) if notes is not None else columns


def with_note(cells: list, row: MeasureRow, notes: dict[str, str] | None) -> list:
    return cells + [notes.get(row.row_id, "")] if notes is not None else cells


# -- provenance: invented rows are marked in the file itself ------------------------------
def marked_citation(row: MeasureRow) -> str:
    """出處, led by 【虛構示範】 for a row of an invented plan."""
    return ("【虛構示範】" if row.provenance == "invented" else "") + citation_text(row)


def provenance_note(rows: list[MeasureRow]) -> str | None:
    """The note a file carries when some rows come from invented plans (None when none do)."""
    invented = sum(r.provenance == "invented" for r in rows)
    if not invented:
        return None
    return (f"註：其中 {invented} 項標示「虛構示範」，引自 plansearch 示範用之虛構計畫（機關名稱與內容均為虛構），"
            "非任何機關之真實計畫，請勿作為實際參考或引用。")


# -- formula safety ---------------------------------------------------------------------
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection: what a spreadsheet may evaluate


def starts_like_formula(text: str) -> bool:
    """Would a spreadsheet read this cell as a formula? (Leading spaces are skipped: some do.)"""
    return text.lstrip(" ").startswith(FORMULA_STARTS)


def csv_safe(value: str | int) -> str | int:
    """A CSV cell that no spreadsheet evaluates: text that starts like a formula gets a leading
    `'` (OWASP); numbers stay numbers."""
    if isinstance(value, str) and starts_like_formula(value):
        return "'" + value
    return value


def write_xlsx_cell(sheet, row: int, column: int, value: str | int):
    """A typed cell: numbers as numbers, text as an explicit string cell (openpyxl would store
    text starting with `=` as a formula), so the visible text is the plan's own."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


_SHEET_TITLE_UNSAFE = str.maketrans({c: "_" for c in "[]:*?/\\"})


def sheet_title(title: str) -> str:
    """A worksheet name Excel accepts (≤ 31 characters, none of []:*?/\\): the title holds the query."""
    return title.translate(_SHEET_TITLE_UNSAFE)[:31] or "參考措施"


def export_filename(fmt: str, today: date | None = None) -> str:
    return f"plansearch-{(today or date.today()):%Y%m%d}.{FORMATS[fmt].suffix}"


def export_rows(rows: list[MeasureRow], fmt: str, title: str = "參考措施", notes: dict[str, str] | None = None) -> bytes:
    """The rows as a file of format `fmt` (odt, docx, csv, xlsx); with `notes` (a draft's), a
    備註 column holds each row's note."""
    writers = {"odt": _odt, "docx": _docx, "csv": _csv, "xlsx": _xlsx}
    if fmt not in writers:
        raise UnknownFormat(fmt)
    return writers[fmt](rows, title, notes)


def _note(rows: list[MeasureRow]) -> str:
    offices = sorted({r.office for r in rows if r.office})
    return f"共 {len(rows)} 項措施，引自 {len(offices)} 個機關之計畫（plansearch 匯出，{date.today():%Y-%m-%d}）。"


def _csv(rows: list[MeasureRow], title: str, notes: dict[str, str] | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(with_note_column(DATA_COLUMNS, notes))
    writer.writerows([csv_safe(v) for v in with_note(data_cells(r), r, notes)] for r in rows)
    if note := provenance_note(rows):
        writer.writerows([[], [note]])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(rows: list[MeasureRow], title: str, notes: dict[str, str] | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(title)
    for column, name in enumerate(with_note_column(DATA_COLUMNS, notes), 1):
        write_xlsx_cell(sheet, 1, column, name).font = Font(bold=True)
    for number, row in enumerate(rows, 2):
        for column, value in enumerate(with_note(data_cells(row), row, notes), 1):
            write_xlsx_cell(sheet, number, column, value)
    widths = (24, 60, 12, 12, 36, 40, 22, 6, 28, 10, 18, 14, 40)
    for column, width in zip(sheet.columns, widths, strict=False):
        sheet.column_dimensions[column[0].column_letter].width = width
        for cell in column[1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if note := provenance_note(rows):
        write_xlsx_cell(sheet, len(rows) + 3, 1, note).font = Font(bold=True)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _docx(rows: list[MeasureRow], title: str, notes: dict[str, str] | None = None) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading(title, level=1)
    document.add_paragraph(_note(rows))
    if note := provenance_note(rows):
        document.add_paragraph().add_run(note).bold = True
    columns = with_note_column(COLUMNS, notes)
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    for row in rows:
        for cell, value in zip(table.add_row().cells, with_note(table_cells(row), row, notes), strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@functools.cache
def _settle_odfpy() -> None:
    """odfpy's first document in a process declares fewer XML namespaces than every later one
    (1,411 vs 1,506 bytes for one paragraph): it registers them globally as it saves. Saving a
    throwaway document first makes every export of the same rows the same size (HEAD's
    Content-Length is GET's, whichever comes first)."""
    from odf.opendocument import OpenDocumentText

    OpenDocumentText().save(io.BytesIO())


def _odt(rows: list[MeasureRow], title: str, notes: dict[str, str] | None = None) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.style import MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style, TableCellProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    _settle_odfpy()
    document = OpenDocumentText()
    layout = PageLayout(name="landscape")
    layout.addElement(PageLayoutProperties(printorientation="landscape", pagewidth="29.7cm", pageheight="21cm",
                                           margin="1.5cm"))
    document.automaticstyles.addElement(layout)
    document.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=layout))
    cell_style = Style(name="cell", family="table-cell")
    cell_style.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    head_style = Style(name="head", family="paragraph")
    head_style.addElement(TextProperties(fontweight="bold", fontweightasian="bold"))
    head_style.addElement(ParagraphProperties(textalign="center"))
    for style in (cell_style, head_style):
        document.automaticstyles.addElement(style)
    document.text.addElement(H(outlinelevel=1, text=title))
    document.text.addElement(P(text=_note(rows)))
    if note := provenance_note(rows):
        document.text.addElement(P(text=note))
    columns = with_note_column(COLUMNS, notes)
    table = Table(name="措施")
    table.addElement(TableColumn(numbercolumnsrepeated=len(columns)))
    header = TableRow()
    for name in columns:
        cell = TableCell(stylename=cell_style, valuetype="string")
        cell.addElement(P(stylename=head_style, text=name))
        header.addElement(cell)
    table.addElement(header)
    for row in rows:
        line = TableRow()
        for value in with_note(table_cells(row), row, notes):
            cell = TableCell(stylename=cell_style, valuetype="string")
            for paragraph in value.split("\n") or [""]:
                cell.addElement(P(text=paragraph))
            line.addElement(cell)
        table.addElement(line)
    document.text.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


# -- any table as CSV or XLSX (the comparison's export) ----------------------------------------
TABLE_FORMATS = ("csv", "xlsx")


def export_table(header: tuple[str, ...], lines: list[list], fmt: str, title: str) -> bytes:
    """A table of text and numbers as CSV (UTF-8 with BOM) or XLSX. Text that a spreadsheet
    would read as a formula stays text (CSV: a leading apostrophe, as OWASP advises; XLSX: a
    string cell); numbers stay numbers."""
    if fmt not in TABLE_FORMATS:
        raise UnknownFormat(fmt)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([csv_safe(v) for v in line] for line in lines)
        return buffer.getvalue().encode("utf-8-sig")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(title)
    for column, name in enumerate(header, 1):
        write_xlsx_cell(sheet, 1, column, name).font = Font(bold=True)
    for number, line in enumerate(lines, 2):
        for column, value in enumerate(line, 1):
            if value != "":
                write_xlsx_cell(sheet, number, column, value).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
