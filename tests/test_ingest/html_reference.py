"""The HTML reader as it was before it streamed: a BeautifulSoup ("html.parser") tree walked
with an explicit stack. Kept as the reference the streaming reader is tested against
(differential test: same blocks, warnings and page title on any markup); never used to ingest."""

from __future__ import annotations

import warnings

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag, XMLParsedAsHTMLWarning

from ingest.blocks import Cell, Document, PhysicalRow, PhysicalTable
from ingest.grid import MAX_COLSPAN, MAX_ROWSPAN
from ingest.narrative import SourceLine
from ingest.normalize import repair_radicals, squash_ws
from ingest.readers.html import _BLOCK_TAGS, _CELL_BREAKS, _DROP_TAGS, _LEADING_SPACE, _emit, _pre_lines, parse_span
from ingest.readers.text import is_chrome, normalise_list_lead

_SKIPPED_STRINGS = (Comment, Doctype, Declaration, ProcessingInstruction)


def _span(tag: Tag, name: str, limit: int, warnings: list[dict]) -> int:
    return parse_span(tag.get(name), name, limit, warnings, getattr(tag, "sourceline", None))


def cell_text(cell: Tag) -> str:
    parts: list[list[str]] = [[]]
    stack: list[Tag | NavigableString] = [cell]
    while stack:
        node = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                parts[-1].append(str(node))
            continue
        if node.name in _DROP_TAGS:
            continue
        if node is not cell and node.name in _CELL_BREAKS and parts[-1]:
            parts.append([])
        stack.extend(reversed(list(node.children)))
    texts = [t for t in (squash_ws(repair_radicals(" ".join(p))) for p in parts) if t]
    if len(texts) <= 1:
        return texts[0] if texts else ""
    return " ".join(f"<p>{t}</p>" for t in texts)


def _rows_of(table: Tag) -> list[tuple[Tag, bool]]:
    out: list[tuple[Tag, bool]] = []
    for child in table.children:
        if isinstance(child, Tag) and child.name == "tr":
            out.append((child, False))
        elif isinstance(child, Tag) and child.name in ("thead", "tbody", "tfoot"):
            out.extend((tr, child.name == "thead") for tr in child.children if isinstance(tr, Tag) and tr.name == "tr")
    return out


def read_table(table: Tag, warnings: list[dict]) -> PhysicalTable:
    physical = PhysicalTable([], getattr(table, "sourceline", None))
    for tr, in_head in _rows_of(table):
        cells = [c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")]
        row = PhysicalRow([], getattr(tr, "sourceline", None))
        for cell in cells:
            row.cells.append(Cell(cell_text(cell), _span(cell, "rowspan", MAX_ROWSPAN, warnings),
                                  _span(cell, "colspan", MAX_COLSPAN, warnings)))
        row.header = in_head or (bool(cells) and all(c.name == "th" for c in cells))
        physical.rows.append(row)
    return physical


def read_html(file: str, text: str) -> Document:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # tag soup that starts `<?xml`
        soup = BeautifulSoup(text, "html.parser")
    doc = Document(file)
    if soup.title is not None:
        doc.page_title = squash_ws(soup.title.get_text(" ")) or None
    items: list[SourceLine | PhysicalTable] = []
    buffer: list[str] = []
    start_line: list[int | None] = [None]

    def flush() -> None:
        raw = "".join(buffer)
        buffer.clear()
        indent = len(_LEADING_SPACE.match(raw.replace("\n", "")).group())
        content = normalise_list_lead(repair_radicals(raw))
        if content and not is_chrome(content):
            items.append(SourceLine(content, start_line[0], indent))
        elif not content:
            items.append(SourceLine("", start_line[0], 0))

    stack: list[tuple[Tag | NavigableString, bool]] = [(soup.body or soup, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                if not buffer:
                    start_line[0] = getattr(node.parent, "sourceline", None)
                buffer.append(str(node))
            continue
        if node.name in _DROP_TAGS:
            continue
        block = node.name in _BLOCK_TAGS
        if leaving:
            if block:
                flush()
            continue
        if node.name == "table":
            flush()
            items.append(read_table(node, doc.warnings))
            continue
        if node.name == "pre":
            flush()
            items.extend(_pre_lines(node.get_text(), getattr(node, "sourceline", None)))
            continue
        if block:
            flush()
            start_line[0] = getattr(node, "sourceline", None)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.children)))
    flush()
    _emit(doc, items)
    return doc
