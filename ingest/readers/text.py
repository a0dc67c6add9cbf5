"""Plain text (as extracted from PDFs or pages): tab-separated tables, numbered headings."""

from __future__ import annotations

import re

from ingest.blocks import Document, Heading, Paragraph, Table, TableRow
from ingest.columns import is_header_row
from ingest.markers import parse_marker
from ingest.normalize import repair_radicals, squash_ws

_HEADING_MAX = 40
_CAPTION_MAX = 20
_CHROME = ("跳到主要內容", "回首頁", "網站導覽", ":::")


def classify_line(text: str, line: int | None = None, page: int | None = None) -> Heading | Paragraph:
    """Numbered short lines at the 壹、/一、/(一) levels are headings; all else is a paragraph."""
    marker = parse_marker(text)
    body = text.rstrip("：: ")
    if marker and marker.level <= 3 and len(body) <= _HEADING_MAX and "。" not in body[:-1]:
        return Heading(marker.level, text, line, page)
    return Paragraph(text, line, page)


def promote_caption(blocks: list, table_line: int | None) -> None:
    """A short unnumbered line right above a table is its caption: make it a heading."""
    if not blocks or not isinstance(blocks[-1], Paragraph):
        return
    para = blocks[-1]
    text = para.text.strip()
    if len(text) > _CAPTION_MAX or parse_marker(text) or any(p in text for p in "。，,；;:："):
        return
    level = next((b.level for b in reversed(blocks) if isinstance(b, Heading)), 0) + 1
    blocks[-1] = Heading(level, text, para.line, para.page)


_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def split_cells(line: str) -> list[str] | None:
    """Cells of a table line: tab-separated (PDF extraction) or a Markdown pipe row."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [c.strip() for c in stripped.strip("|").split("|")]
    return None


def read_text(file: str, text: str) -> Document:
    doc = Document(file)
    blocks = doc.blocks
    table: Table | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = repair_radicals(raw)
        if not line.strip():
            continue
        if _PIPE_SEPARATOR.match(line.strip()) and "|" in line:
            continue
        cells = split_cells(line)
        if cells is not None:
            if table is not None:
                table.rows.append(TableRow(cells, number))
            elif is_header_row(cells):
                promote_caption(blocks, number)
                table = Table(cells, [], number)
                blocks.append(table)
            else:
                doc.warnings.append({"line": number, "reason": "table line outside a table (no header above it) skipped"})
            continue
        table = None
        stripped = squash_ws(line.lstrip(" -•*#>\u3000"))
        if not stripped or any(stripped.startswith(c) for c in _CHROME):
            continue
        blocks.append(classify_line(stripped, number))
    return doc
