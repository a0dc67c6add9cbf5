"""Plain text (as extracted from PDFs or pages, Markdown, law-database print views):
tab-separated or pipe tables, numbered headings, bullets, hard-wrapped lines."""

from __future__ import annotations

import re

from ingest.blocks import Cell, Document, Heading, Paragraph, PhysicalRow, PhysicalTable
from ingest.markers import BULLET, parse_marker
from ingest.narrative import SourceLine, join_wrapped_lines
from ingest.normalize import repair_radicals, squash_ws

_HEADING_MAX = 40
CHROME = ("跳到主要內容", "回首頁", "網站導覽", ":::", "Skip to")
_BREADCRUMB = re.compile(r"^(?:首頁|主選單|回首頁|Home)\s*[>＞/／›»]|(?:\S+\s*[>＞›»]\s*){2,}\S*$")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LIST_LEAD = re.compile(r"^[\s\u3000]*(?:[#>]+\s*|[-*+](?:\s+|$)|[•●◆■▪・]\s*)?")  # `-12月` is no bullet


def classify_line(text: str, line: int | None = None, page: int | None = None) -> Heading | Paragraph:
    """Numbered short lines at the 壹、/一、/(一) levels are headings; all else is a paragraph."""
    marker = parse_marker(text)
    body = text.rstrip("：: ")
    if marker and marker.level <= 3 and len(body) <= _HEADING_MAX and "。" not in body[:-1]:
        return Heading(marker.level, text, line, page)
    return Paragraph(text, line, page)


def is_chrome(text: str) -> bool:
    """Site furniture: skip links, breadcrumbs (`首頁 > 便民服務 >`)."""
    return any(text.startswith(c) for c in CHROME) or bool(_BREADCRUMB.search(text))


_BR = re.compile(r"<br\s*/?>", re.I)


def cell_lines(cell: str) -> str:
    """A Markdown cell's `<br>` line breaks as `<p>` fragments, the form the assembler splits."""
    parts = [p.strip() for p in _BR.split(cell)]
    parts = [p for p in parts if p]
    return " ".join(f"<p>{p}</p>" for p in parts) if len(parts) > 1 else (parts[0] if parts else "")


def split_cells(line: str) -> list[str] | None:
    """Cells of a table line: tab-separated (PDF extraction) or a Markdown pipe row."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [cell_lines(c) for c in stripped.strip("|").split("|")]
    return None


def normalise_list_lead(raw: str) -> str:
    """Drop Markdown/quote marks; a bullet in front of a numbering marker is dropped, a bullet
    alone becomes `• ` so the narrative reads it as a list item."""
    match = _LIST_LEAD.match(raw)
    lead = match.group() if match else ""
    rest = squash_ws(raw[len(lead):])
    if any(ch in lead for ch in "-*+•●◆■▪・") and rest and not parse_marker(rest):
        return f"{BULLET} {rest}"
    return rest


def pad_tab_rows(table: PhysicalTable, tab_rows: set[int]) -> None:
    """Tab rows shorter than the table lost their *leading* cells (text extraction drops the
    empty cells of a row continued from above): pad them on the left, so every reader that
    writes the same table (DOCX, ODT) holds the same cells. Markdown rows pad on the right."""
    width = max((len(r.cells) for r in table.rows), default=0)
    for i, row in enumerate(table.rows):
        missing = width - len(row.cells)
        if missing > 0:
            fill = [Cell("") for _ in range(missing)]
            row.cells = fill + row.cells if i in tab_rows else row.cells + fill


def read_text(file: str, text: str) -> Document:
    doc = Document(file)
    table: PhysicalTable | None = None
    tab_rows: set[int] = set()
    pending: list[SourceLine] = []

    def flush_lines() -> None:
        for item in join_wrapped_lines(pending):
            doc.blocks.append(classify_line(item.text, item.line))
        pending.clear()

    for number, raw in enumerate(text.splitlines(), 1):
        line = repair_radicals(raw)
        if not line.strip():
            pending.append(SourceLine("", number, 0))
            continue
        if _PIPE_SEPARATOR.match(line.strip()) and "|" in line:
            continue
        cells = split_cells(line)
        if cells is not None:
            if table is None:
                flush_lines()
                table, tab_rows = PhysicalTable([], number), set()
                doc.blocks.append(table)
            if "\t" in line:
                tab_rows.add(len(table.rows))
            table.rows.append(PhysicalRow([Cell(c) for c in cells], number))
            continue
        if table is not None:
            pad_tab_rows(table, tab_rows)
        table = None
        indent = len(line) - len(line.lstrip(" \u3000"))
        stripped = normalise_list_lead(line)
        if not stripped or is_chrome(stripped):
            continue
        pending.append(SourceLine(stripped, number, indent))
    if table is not None:
        pad_tab_rows(table, tab_rows)
    flush_lines()
    return doc
