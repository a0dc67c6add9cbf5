"""HTML pages: tables as physical cells with their spans, text blocks, site chrome dropped.

The tree is walked with an explicit stack, once (no recursion, no `find_parent` per node), so
a page of 10k nested tags reads in linear time. A malformed span (`rowspan="2;"`) reads its
leading integer and an absurd one is capped; each gives a warning naming the line.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from ingest.blocks import Cell, Document, PhysicalRow, PhysicalTable
from ingest.grid import MAX_COLSPAN, MAX_ROWSPAN
from ingest.narrative import SourceLine, join_wrapped_lines
from ingest.normalize import repair_radicals, squash_ws
from ingest.readers.text import classify_line, is_chrome, normalise_list_lead

_DROP_TAGS = frozenset(("script", "style", "nav", "header", "footer", "noscript", "form", "aside", "iframe",
                        "template", "svg", "button", "select", "title", "head"))
_BLOCK_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div", "br", "dt", "dd", "section",
                         "article", "main", "ul", "ol", "dl", "tr", "td", "th", "blockquote", "pre", "hr",
                         "caption", "center", "body"))
_CELL_BREAKS = frozenset(("p", "br", "li", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt"))
_SKIPPED_STRINGS = (Comment, Doctype, Declaration, ProcessingInstruction)
_LEADING_INT = re.compile(r"^\s*(\d+)")
_LEADING_SPACE = re.compile(r"^[ \t\u3000\xa0]*")


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return "<html" in head or "<body" in head or "<table" in head or head.lstrip().startswith("<!doctype html")


def parse_span(tag: Tag, name: str, limit: int, warnings: list[dict]) -> int:
    """A rowspan/colspan value: its leading integer (warned when the value is malformed),
    capped at `limit` (warned), 1 when missing or unreadable."""
    raw = tag.get(name)
    if raw is None:
        return 1
    value = str(raw)
    line = getattr(tag, "sourceline", None)
    match = _LEADING_INT.match(value)
    if match is None:
        warnings.append({"line": line, "reason": f'malformed {name}="{value[:20]}" read as 1'})
        return 1
    span = int(match.group(1)[:9])
    if value.strip() != match.group(1):
        warnings.append({"line": line, "reason": f'malformed {name}="{value[:20]}" read as {span}'})
    if span > limit:
        warnings.append({"line": line, "reason": f"{name}={span} capped at {limit}"})
        span = limit
    return max(span, 1)


def cell_text(cell: Tag) -> str:
    """A cell's text; paragraphs and line breaks inside it kept as `<p>…</p>` fragments, the
    form text exports use, so packed steps can be told apart."""
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
    texts = [squash_ws(repair_radicals(" ".join(p))) for p in parts]
    texts = [t for t in texts if t]
    if len(texts) <= 1:
        return texts[0] if texts else ""
    return " ".join(f"<p>{t}</p>" for t in texts)


def _rows_of(table: Tag) -> list[tuple[Tag, bool]]:
    """The table's own rows (not those of tables nested in its cells), with a header flag."""
    out: list[tuple[Tag, bool]] = []
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            out.append((child, False))
        elif child.name in ("thead", "tbody", "tfoot"):
            out.extend((tr, child.name == "thead") for tr in child.children if isinstance(tr, Tag) and tr.name == "tr")
    return out


def read_table(table: Tag, warnings: list[dict]) -> PhysicalTable:
    physical = PhysicalTable([], getattr(table, "sourceline", None))
    for tr, in_head in _rows_of(table):
        cells = [c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")]
        row = PhysicalRow([], getattr(tr, "sourceline", None))
        for cell in cells:
            row.cells.append(Cell(cell_text(cell), parse_span(cell, "rowspan", MAX_ROWSPAN, warnings),
                                  parse_span(cell, "colspan", MAX_COLSPAN, warnings)))
        row.header = in_head or (bool(cells) and all(c.name == "th" for c in cells))
        physical.rows.append(row)
    return physical


def read_html(file: str, text: str) -> Document:
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
            items.extend(_pre_lines(node))
            continue
        if block:
            flush()
            start_line[0] = getattr(node, "sourceline", None)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.children)))
    flush()
    _emit(doc, items)
    return doc


def _pre_lines(pre: Tag) -> list[SourceLine]:
    """Preformatted text keeps its line breaks and indents (hard-wrapped print views)."""
    first = getattr(pre, "sourceline", None)
    out = []
    for k, raw in enumerate(pre.get_text().split("\n")):
        content = normalise_list_lead(repair_radicals(raw))
        indent = len(_LEADING_SPACE.match(raw).group())
        out.append(SourceLine(content if not is_chrome(content) else "", first + k if first else None, indent))
    return out


def _emit(doc: Document, items: list[SourceLine | PhysicalTable]) -> None:
    """Text runs (hard wraps joined) and tables into the document's blocks, in order."""
    run: list[SourceLine] = []
    for item in [*items, None]:
        if isinstance(item, SourceLine):
            run.append(item)
            continue
        for line in join_wrapped_lines(run):
            doc.blocks.append(classify_line(line.text, line.line))
        run = []
        if item is not None:
            doc.blocks.append(item)
