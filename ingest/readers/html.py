"""HTML pages: tables as physical cells with their spans, text blocks, site chrome dropped.

The page is read in one pass over the events of the standard library's `html.parser`, with no
tree: a table's rows and cells, a text block and a `<pre>` are put together as their tags open
and close, and only the names and lines of the open elements are kept. Time is linear in the
page and memory is its text plus the open elements, whatever the markup (a tree of the
3 million tags of 20 MB of unclosed nested tags took a minute and 3 GB).

Markup no plan is written in is refused with the line where it went too far: elements nested
more than `MAX_DEPTH` deep, or more than `MAX_BLOCKS` text lines and table rows.

The reading is the one a tree of `BeautifulSoup(…, "html.parser")` gave, event for event: an
element is open until its own end tag or an end tag of an element around it (no implied end
tags: `<td>a<td>b` nests the second cell in the first), void elements never open, a text run
between tags is one string (whitespace-only runs outside `<pre>` become one space or newline),
comments, declarations and processing instructions are no text, CDATA is. Only the first
`<body>` is read when there is one. A malformed span (`rowspan="2;"`) reads its leading integer
and an absurd one is capped; each gives a warning naming the line.
"""

from __future__ import annotations

import html
import re
import sys
from array import array
from dataclasses import dataclass, field
from html.entities import html5
from html.parser import HTMLParser

from ingest.blocks import Cell, Document, PhysicalRow, PhysicalTable
from ingest.errors import IngestError
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
_VOID_TAGS = frozenset(("area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame", "hr",
                        "image", "img", "input", "isindex", "keygen", "link", "menuitem", "meta", "nextid", "param",
                        "source", "spacer", "track", "wbr"))
_ROW_GROUPS = frozenset(("thead", "tbody", "tfoot"))
# Text inside these is not a title's or a <pre>'s text (code, ruby annotations), as BeautifulSoup's get_text
_NOT_TEXT = frozenset(("script", "style", "template", "rt", "rp"))
_KEEP_WHITESPACE = frozenset(("pre", "textarea"))
_ASCII_SPACE = str.maketrans("", "", " \n\t\f\r")
MAX_DEPTH = 20_000  # elements open inside each other (a page of unclosed <p> nests one per paragraph)
MAX_BLOCKS = 200_000  # text lines and table rows of one page
_LEADING_INT = re.compile(r"^\s*(\d+)")
_LEADING_SPACE = re.compile(r"^[ \t\u3000\xa0]*")


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return "<html" in head or "<body" in head or "<table" in head or head.lstrip().startswith("<!doctype html")


def parse_span(raw: str | None, name: str, limit: int, warnings: list[dict], line: int | None) -> int:
    """A rowspan/colspan value: its leading integer (warned when the value is malformed),
    capped at `limit` (warned), 1 when missing or unreadable."""
    if raw is None:
        return 1
    value = str(raw)
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


@dataclass
class CellText:
    """A cell's text as it is read: paragraphs and line breaks inside it start a new part, kept
    as `<p>…</p>` fragments (the form text exports use, so packed steps can be told apart);
    the strings of one part are joined with a space."""

    rowspan: int
    colspan: int
    is_th: bool
    depth: int  # the cell's place in the stack of open elements
    parts: list[list[str]] = field(default_factory=lambda: [[]])

    def cell(self) -> Cell:
        texts = [squash_ws(repair_radicals(" ".join(p))) for p in self.parts]
        texts = [t for t in texts if t]
        text = texts[0] if len(texts) == 1 else " ".join(f"<p>{t}</p>" for t in texts) if texts else ""
        return Cell(text, self.rowspan, self.colspan)


@dataclass
class TableReading:
    """An outermost table being read: its own rows (children `tr`, or `tr` of its own
    thead/tbody/tfoot) and their own cells; text in a cell includes tables nested in it."""

    table: PhysicalTable
    depth: int
    group_depth: int | None = None  # an open thead/tbody/tfoot that is the table's child
    in_head: bool = False
    row: PhysicalRow | None = None
    row_depth: int | None = None
    row_th: list[bool] = field(default_factory=list)
    cell: CellText | None = None
    skip_depth: int | None = None  # a dropped element (script, form …) inside the cell


@dataclass
class PreReading:
    depth: int
    line: int | None
    strings: list[str] = field(default_factory=list)


class PageEvents(HTMLParser):
    """html.parser events → the page's text lines and physical tables, in order (`items`)."""

    def __init__(self, file: str, warnings: list[dict]):
        super().__init__(convert_charrefs=False)
        self.file, self.warnings = file, warnings
        self.blocks = 0
        self.names: list[str] = []  # open elements (interned names) …
        self.lines = array("q")  # … and the line each opened on
        self.open_count: dict[str, int] = {}  # open elements by name: an end tag of none open costs nothing
        self.void_closed: dict[str, int] = {}  # void elements written without `/>`: their end tag is a no-op
        self.keep_whitespace = 0  # open <pre>/<textarea>
        self.not_text = 0  # open script/style/template/rt/rp
        self.data: list[str] = []  # the text run being read
        self.items: list[SourceLine | PhysicalTable] = []
        self.buffer: list[str] = []
        self.start_line: int | None = None
        self.body: str = "before"  # before / in / after the first <body>
        self.body_depth = -1
        self.skip_depth: int | None = None  # a dropped element in the text flow
        self.capture: TableReading | PreReading | None = None
        self.title: list[str] | None = None  # strings of the first <title> while it is open
        self.title_depth: int | None = None
        self.title_seen = False
        self.page_title: str | None = None

    # -- html.parser callbacks ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._end_string()
        name = sys.intern(tag)
        line = self.getpos()[0]
        self._open(name, dict(attrs), line)
        if name in _VOID_TAGS:
            self._close_to(len(self.names) - 1)
            self.void_closed[name] = self.void_closed.get(name, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._end_string()
        self._open(sys.intern(tag), dict(attrs), self.getpos()[0])
        self._close_to(len(self.names) - 1)

    def handle_endtag(self, tag: str) -> None:
        if self.void_closed.get(tag):  # `<br>` … `</br>`: nothing happens, the text run goes on
            self.void_closed[tag] -= 1
            return
        self._end_string()
        if not self.open_count.get(tag):
            return  # none open (void elements never are): ignored
        for depth in range(len(self.names) - 1, -1, -1):
            if self.names[depth] == tag:
                self._close_to(depth)
                return

    def handle_data(self, data: str) -> None:
        self.data.append(data)

    def handle_entityref(self, name: str) -> None:
        """A named reference; an unknown one stays text, without its semicolon (`&foo`)."""
        self.data.append(html5.get(f"{name};", f"&{name}"))

    def handle_charref(self, name: str) -> None:
        self.data.append(html.unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        self._end_string()

    def handle_decl(self, decl: str) -> None:
        self._end_string()

    def handle_pi(self, data: str) -> None:
        self._end_string()

    def unknown_decl(self, data: str) -> None:
        self._end_string()
        if data.upper().startswith("CDATA["):
            self._string(data[len("CDATA["):], cdata=True)

    def close(self) -> None:
        super().close()
        self._end_string()
        if self.names:
            self._close_to(0)
        self._flush()

    # -- elements --------------------------------------------------------------------------------
    def _open(self, name: str, attrs: dict, line: int) -> None:
        depth = len(self.names)
        if depth >= MAX_DEPTH:
            raise IngestError(self.file, f"HTML nests more than {MAX_DEPTH} elements inside each other: not a page a "
                                         f"plan is written in; refused", line=line)
        self.names.append(name)
        self.lines.append(line)
        self.open_count[name] = self.open_count.get(name, 0) + 1
        if name in _KEEP_WHITESPACE:
            self.keep_whitespace += 1
        if name in _NOT_TEXT:
            self.not_text += 1
        if name == "title" and not self.title_seen:
            self.title, self.title_depth, self.title_seen = [], depth, True
        if name == "body" and self.body == "before":
            self._enter_body(depth)
        if self.body == "after" or self.skip_depth is not None:
            return
        capture = self.capture
        if isinstance(capture, TableReading):
            self._open_in_table(capture, name, attrs, line, depth)
        elif isinstance(capture, PreReading):
            pass  # all of it is the <pre>'s text
        elif name in _DROP_TAGS:
            self.skip_depth = depth
        elif name == "table":
            self._flush()
            self.capture = TableReading(PhysicalTable([], line), depth)
        elif name == "pre":
            self._flush()
            self.capture = PreReading(depth, line)
        elif name in _BLOCK_TAGS:
            self._flush()
            self.start_line = line

    def _enter_body(self, depth: int) -> None:
        """Only the first body is read: what came before it is not the page's text."""
        self.body, self.body_depth = "in", depth
        self.items, self.buffer, self.capture, self.skip_depth = [], [], None, None
        self.start_line = None

    def _open_in_table(self, reading: TableReading, name: str, attrs: dict, line: int, depth: int) -> None:
        parent = depth - 1
        if reading.cell is not None:
            if reading.skip_depth is not None:
                return
            if name in _DROP_TAGS:
                reading.skip_depth = depth
            elif name in _CELL_BREAKS and reading.cell.parts[-1]:
                reading.cell.parts.append([])
        elif name in _ROW_GROUPS and parent == reading.depth:
            reading.group_depth, reading.in_head = depth, name == "thead"
        elif name == "tr" and (parent == reading.depth or parent == reading.group_depth):
            reading.row = PhysicalRow([], line)
            reading.row_depth, reading.row_th = depth, []
            self._count_block(line)
            reading.table.rows.append(reading.row)
            reading.row.header = parent == reading.group_depth and reading.in_head
        elif name in ("td", "th") and reading.row is not None and parent == reading.row_depth:
            rowspan = parse_span(attrs.get("rowspan"), "rowspan", MAX_ROWSPAN, self.warnings, line)
            colspan = parse_span(attrs.get("colspan"), "colspan", MAX_COLSPAN, self.warnings, line)
            reading.cell = CellText(rowspan, colspan, name == "th", depth)

    def _close_to(self, depth: int) -> None:
        """Close the open elements from the innermost down to the one at `depth`."""
        for at in range(len(self.names) - 1, depth - 1, -1):
            self._close(at, self.names[at])
        del self.names[depth:]
        del self.lines[depth:]

    def _close(self, depth: int, name: str) -> None:
        self.open_count[name] -= 1
        if name in _KEEP_WHITESPACE:
            self.keep_whitespace -= 1
        if name in _NOT_TEXT:
            self.not_text -= 1
        if depth == self.title_depth:
            self.page_title = squash_ws(" ".join(self.title or [])) or None
            self.title, self.title_depth = None, None
        if self.body == "after":
            return
        if depth == self.skip_depth:
            self.skip_depth = None
            return
        if self.skip_depth is not None:
            return
        capture = self.capture
        if isinstance(capture, TableReading):
            self._close_in_table(capture, depth)
        elif isinstance(capture, PreReading):
            if depth == capture.depth:
                self.items.extend(_pre_lines("".join(capture.strings), capture.line))
                self.capture = None
        elif name in _BLOCK_TAGS:
            self._flush()
        if self.body == "in" and depth == self.body_depth:
            self.body = "after"

    def _close_in_table(self, reading: TableReading, depth: int) -> None:
        if depth == reading.skip_depth:
            reading.skip_depth = None
        elif reading.cell is not None and depth == reading.cell.depth:
            reading.row.cells.append(reading.cell.cell())
            reading.row_th.append(reading.cell.is_th)
            reading.cell = None
        elif depth == reading.row_depth:
            reading.row.header = reading.row.header or (bool(reading.row_th) and all(reading.row_th))
            reading.row, reading.row_depth = None, None
        elif depth == reading.group_depth:
            reading.group_depth, reading.in_head = None, False
        elif depth == reading.depth:
            self.items.append(reading.table)
            self.capture = None

    # -- text ------------------------------------------------------------------------------------
    def _end_string(self) -> None:
        """A text run ends at any tag, comment or declaration: it is one string."""
        if not self.data:
            return
        text = "".join(self.data)
        self.data.clear()
        if not self.keep_whitespace and not text.translate(_ASCII_SPACE):
            text = "\n" if "\n" in text else " "
        self._string(text)

    def _string(self, text: str, *, cdata: bool = False) -> None:
        """One string to whatever reads it now; CDATA is text even inside script or ruby."""
        counts = cdata or not self.not_text
        if self.title is not None and counts:
            self.title.append(text)
        if self.body == "after" or self.skip_depth is not None:
            return
        capture = self.capture
        if isinstance(capture, TableReading):
            if capture.cell is not None and capture.skip_depth is None:
                capture.cell.parts[-1].append(text)
        elif isinstance(capture, PreReading):
            if counts:
                capture.strings.append(text)
        else:
            if not self.buffer:
                self.start_line = self.lines[-1] if self.lines else None
            self.buffer.append(text)

    def _count_block(self, line: int | None) -> None:
        self.blocks += 1
        if self.blocks > MAX_BLOCKS:
            raise IngestError(self.file, f"HTML page has more than {MAX_BLOCKS} text blocks and table rows: not a "
                                         f"page a plan is written in; refused", line=line)

    def _flush(self) -> None:
        """The text read since the last block boundary becomes a line (a blank line when there
        is none: one blank stands for any run of them)."""
        raw = "".join(self.buffer) if self.buffer else ""
        self.buffer.clear()
        content = normalise_list_lead(repair_radicals(raw)) if raw else ""
        if content and not is_chrome(content):
            self._count_block(self.start_line)
            indent = len(_LEADING_SPACE.match(raw.replace("\n", "")).group())
            self.items.append(SourceLine(content, self.start_line, indent))
        elif not content and not (self.items and isinstance(self.items[-1], SourceLine) and not self.items[-1].text):
            self.items.append(SourceLine("", self.start_line, 0))


def _pre_lines(text: str, first: int | None) -> list[SourceLine]:
    """Preformatted text keeps its line breaks and indents (hard-wrapped print views)."""
    out = []
    for k, raw in enumerate(text.split("\n")):
        content = normalise_list_lead(repair_radicals(raw))
        indent = len(_LEADING_SPACE.match(raw).group())
        out.append(SourceLine(content if not is_chrome(content) else "", first + k if first else None, indent))
    return out


def read_html(file: str, text: str) -> Document:
    doc = Document(file)
    events = PageEvents(file, doc.warnings)
    events.feed(text)
    events.close()
    doc.page_title = events.page_title
    _emit(doc, events.items)
    return doc


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
