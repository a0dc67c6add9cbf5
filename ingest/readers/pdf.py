"""PDF: pypdf checks the file (corrupt, encrypted, no text layer); pdfplumber's ruling lines
give the table cells, and glyph positions put text into them.

Glyph text comes from pdfplumber (pdfminer) unless that decoding disagrees with pypdf's:
pdfminer misreads fonts that are not embedded and use a Unicode CMap (e.g. the standard
CJK fonts MSung-Light / STSong-Light with UniCNS-UCS2-H), which pypdf reads right. Such
pages are read from pypdf's positioned text chunks instead (`visitor_text`).

pypdf's own `extract_text()` keeps cells in reading order but marks no cell borders, so a
multi-line cell cannot be told from the next cell; pdfplumber finds the ruled cells, and
that is what the row builder needs (measured in the README: rows found with each).
Tables that continue on the next page (nothing but page furniture between them) become one
physical table; `ingest.grid` drops the repeated header and joins the cells the break cut.
"""

from __future__ import annotations

import gc
import io
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.blocks import Cell, Document, PhysicalRow, PhysicalTable
from ingest.errors import IngestError
from ingest.markers import parse_marker
from ingest.normalize import repair_radicals, squash_ws
from ingest.readers.text import classify_line, is_page_fraction

log = logging.getLogger(__name__)

_PAGE_FURNITURE = re.compile(r"^(?:[-–—\s]*\d{1,3}[-–—\s]*|第\s*\d+\s*頁(?:\s*[,，/]?\s*共\s*\d+\s*頁)?)$")  # and a page fraction (text.is_page_fraction)


def _is_page_line(text: str) -> bool:
    return bool(_PAGE_FURNITURE.match(text)) or is_page_fraction(text)
PAGES_PER_PASS = 100  # pages read before the file is opened afresh (see iter_pages)
_CJK_END = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]$")
_CJK_START = re.compile(r"^[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_CJK_NUMBER_END = re.compile(r"[\u3400-\u9fff][0-9０-９]+$")


def join_lines(lines: list[str]) -> str:
    """Join the visual lines of a cell: text next to a CJK character runs on (a line break in
    Chinese is no space: `107年12` + `月底前`), and so does a number the break cut in CJK text
    (`103年1` + `2月`); a numbered item or Latin text gets a space. Linear in the text: a
    paragraph may run over many pages."""
    parts: list[str] = []
    for line in (squash_ws(repair_radicals(x)) for x in lines):
        if not line:
            continue
        tail = "".join(parts[-2:])[-12:]
        runs_on = _CJK_END.search(tail[-1:]) or _CJK_START.match(line) or (_CJK_NUMBER_END.search(tail) and line[0].isdigit())
        if parts and runs_on and not parse_marker(line):
            parts.append(line)
        else:
            parts.append(f" {line}" if parts else line)
    return "".join(parts)


def open_pypdf(file: str, data: bytes):
    """A pypdf reader of `data`, decrypted when the empty password opens it; refuses what
    cannot be read, naming the reason."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except MemoryError:
                raise
            except Exception as exc:  # noqa: BLE001 - pypdf raises several types for bad crypto
                raise IngestError(file, f"encrypted PDF: cannot decrypt ({exc})") from None
            if not ok:
                raise IngestError(file, "encrypted PDF: a password is required")
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(file, f"corrupt PDF: {exc}") from None
    return reader


def page_count(file: str, data: bytes, max_pages: int | None = None) -> int:
    """The number of pages, after checking the file opens; a PDF with no pages, or with more
    than `max_pages`, is refused before any page is read."""
    from pypdf.errors import PdfReadError

    try:
        pages = len(open_pypdf(file, data).pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(file, f"corrupt PDF: {exc}") from None
    if pages == 0:
        raise IngestError(file, "PDF has no pages")
    if max_pages is not None and pages > max_pages:
        raise IngestError(file, f"PDF has {pages} pages, over the {max_pages} page limit (max_pdf_pages)")
    return pages


@dataclass(frozen=True)
class PypdfPage:
    """pypdf's reading of one page: its text (the check that the page has a text layer, and
    the reference pdfplumber's decoding is compared with) and its positioned text chunks
    (x, baseline y from the bottom, text), kept for pages where the decodings disagree."""

    text: str
    marks: list[tuple[float, float, str]]

    def chunks(self, height: float) -> list[tuple[float, float, str]]:
        """The chunks as (x, baseline distance from the top, text)."""
        return [(x, height - y, text) for x, y, text in self.marks]


def read_pypdf_page(file: str, page, number: int) -> PypdfPage:
    """One pass of pypdf's text extraction gives both the text and the chunks."""
    marks: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text and text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            for part in text.split("\n"):
                if part.strip():
                    marks.append((x, y, part))
                y -= font_size or 10

    try:
        text = page.extract_text(visitor_text=visit) or ""
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken content stream can raise anything
        raise IngestError(file, f"corrupt PDF page: {exc}", page=number) from None
    return PypdfPage(text, marks)


def chunk_lines(chunks: list[tuple[float, float, str]]) -> list[tuple[float, float, float, str]]:
    """Group chunks into visual lines: (top, x0, x1, text), top to bottom."""
    lines: list[list[tuple[float, float, str]]] = []
    for chunk in sorted(chunks, key=lambda c: (c[1], c[0])):
        if lines and abs(lines[-1][0][1] - chunk[1]) <= 2:
            lines[-1].append(chunk)
        else:
            lines.append([chunk])
    out = []
    for line in lines:
        line.sort(key=lambda c: c[0])
        text = "".join(c[2] for c in line)
        out.append((line[0][1], line[0][0], line[-1][0] + 10 * len(line[-1][2]), text))
    return out


def _decoding_agrees(plumber_text: str, pypdf_text: str) -> bool:
    a = Counter(ch for ch in plumber_text if not ch.isspace())
    b = Counter(ch for ch in pypdf_text if not ch.isspace())
    if not a:
        return not b
    return sum((a & b).values()) / sum(a.values()) >= 0.6


def _plumber_text(page, box) -> str:
    crop = page.within_bbox((max(box[0], page.bbox[0]), max(box[1], page.bbox[1]),
                             min(box[2], page.bbox[2]), min(box[3], page.bbox[3])))
    return join_lines((crop.extract_text() or "").split("\n"))


def _chunk_text(chunks, box) -> str:
    inside = [c for c in chunks if box[0] - 1 <= c[0] < box[2] and box[1] < c[1] <= box[3] + 2]
    return join_lines([line[3] for line in chunk_lines(inside)])


def _merge_positions(values: list[float], tolerance: float) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > tolerance:
            out.append(value)
    return out


def cut_at_page_end(page, table, boxes: list, edges: list[dict] | None) -> set[tuple[float, float]]:
    """The columns ((x0, x1)) whose cell at the table's bottom runs on in the next page's
    first row, told by how the renderer closed the table at the break:
    - some of those cells ruled under them, some not (a browser slices the cells a break
      cuts and rules the others): the open ones that hold text;
    - none ruled (a row cut without its bottom rule): every one that holds text;
    - all ruled (reportlab closes every part of a split table): those whose text fills them
      to their bottom edge, within a line."""
    bottom = table.bbox[3]
    cells = [c for c in boxes if abs(c[3] - bottom) <= 2]
    chars = {tuple(c): [ch for ch in page.chars if c[0] <= ch["x0"] < c[2] and c[1] <= ch["top"] < c[3]] for c in cells}
    ruled = {tuple(c): bool(edges) and _ruled(edges, bottom, c[0], c[2]) for c in cells}
    if not all(ruled.values()):
        return {(c[0], c[2]) for c in cells if not ruled[tuple(c)] and chars[tuple(c)]}
    out = set()
    for cell in cells:
        inside = chars[tuple(cell)]
        if inside:
            last = max(inside, key=lambda ch: ch["bottom"])
            if cell[3] - last["bottom"] <= 1.5 * last["size"]:
                out.add((cell[0], cell[2]))
    return out


def _ruled(edges: list[dict], y: float, x0: float, x1: float) -> bool:
    """A horizontal rule at height y crosses the middle of [x0, x1]."""
    middle = (x0 + x1) / 2
    return any(abs(e["top"] - y) <= 1.5 and e["x0"] - 1 <= middle <= e["x1"] + 1 for e in edges)


def _spanned_cells(table, tops: list[float], columns: list[float], edges: list[dict] | None) -> dict[tuple[int, int], list[float]]:
    """Cells by (row, column) of their first row. A cell with no rule above it, where other
    columns have one, continues the cell above it (a rowspan the row breaks of the other
    columns cut into pieces): the two become one cell."""
    grid: dict[tuple[int, int], list[float]] = {}
    for c in table.cells:
        r = min(range(len(tops)), key=lambda k, y=c[1]: abs(tops[k] - y))
        j = min(range(len(columns)), key=lambda k, x=c[0]: abs(columns[k] - x))
        grid[(r, j)] = list(c)
    if not edges:
        return grid
    for r in range(1, len(tops)):
        here = [(j, box) for (row, j), box in grid.items() if row == r]
        ruled = {j: _ruled(edges, tops[r], box[0], box[2]) for j, box in here}
        if not any(ruled.values()):
            continue
        for j, box in here:
            if ruled[j]:
                continue
            above = next(((k, grid[(k, j)]) for k in range(r - 1, -1, -1) if (k, j) in grid), None)
            if above and abs(above[1][0] - box[0]) <= 2 and abs(above[1][2] - box[2]) <= 2 and abs(above[1][3] - box[1]) <= 2:
                above[1][3] = box[3]
                del grid[(r, j)]
    return grid


def cell_grid(table, edges: list[dict] | None):
    """(row tops, column lefts, cells by (row, column) with rowspans merged) of a found table."""
    columns = _merge_positions([c[0] for c in table.cells], 2)
    tops = _merge_positions([r.bbox[1] for r in table.rows], 1.5)
    return tops, columns, _spanned_cells(table, tops, columns, edges)


def physical_rows(table, text_of, page: int, pdf_page=None) -> list[PhysicalRow]:
    """The ruled table's cells with the row/column spans their borders give; a position a
    span covers is left out, as HTML leaves it out."""
    edges = [e for e in pdf_page.edges if e["orientation"] == "h"] if pdf_page is not None else None
    tops, columns, grid = cell_grid(table, edges)
    cut_columns = cut_at_page_end(pdf_page, table, list(grid.values()), edges) if pdf_page is not None else set()
    occupied: set[tuple[int, int]] = set()
    out: list[PhysicalRow] = []
    for r, top in enumerate(tops):
        row = PhysicalRow([], page=page)
        for j in range(len(columns)):
            if (r, j) in occupied:
                continue
            box = grid.get((r, j))
            if box is None:
                row.cells.append(Cell(""))
                continue
            cell = tuple(box)
            colspan = max(1, sum(1 for x in columns if cell[0] - 2 <= x < cell[2] - 2))
            rowspan = max(1, sum(1 for t in tops if top - 1.5 <= t < cell[3] - 1.5))
            occupied.update((r + dr, j + dc) for dr in range(rowspan) for dc in range(colspan) if dr or dc)
            cut = abs(cell[3] - table.bbox[3]) <= 2 and (cell[0], cell[2]) in cut_columns
            row.cells.append(Cell(text_of(cell), rowspan, colspan, cut))
        out.append(row)
    return out


@dataclass
class PageNotes:
    """Per-page warnings gathered by reason: one warning per reason naming its pages, so a
    5,000-page file gives a report of a few lines, not one per page."""

    pages: dict[str, list[int]] = field(default_factory=dict)

    def add(self, reason: str, page: int) -> None:
        self.pages.setdefault(reason, []).append(page)

    def warnings(self) -> list[dict]:
        out = []
        for reason, pages in self.pages.items():
            where = f" (pages {page_ranges(pages)})" if len(pages) > 1 else ""
            out.append({"page": pages[0], "reason": reason + where})
        return out


def page_ranges(pages: list[int]) -> str:
    """`1–3, 7`: ascending page numbers as runs."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][1] + 1:
            runs[-1][1] = page
        else:
            runs.append([page, page])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def each_page(file: str, data: bytes, count: int, visit: Callable[[int, object, object], None],
              pages_per_pass: int = PAGES_PER_PASS) -> None:
    """`visit(number, pypdf page, pdfplumber page)` for every page, in order. Both libraries
    cache what they parse (page trees, decoded content streams, layouts) for the life of the
    open file, so the file is opened afresh every `pages_per_pass` pages, each page's cache is
    dropped when it is done, and no page escapes its pass: memory stays that of one pass
    whatever the page count."""
    import pdfplumber

    for start in range(1, count + 1, pages_per_pass):
        numbers = range(start, min(count, start + pages_per_pass - 1) + 1)
        reader = open_pypdf(file, data)
        try:
            pdf = pdfplumber.open(io.BytesIO(data), pages=numbers)
            plumber_pages = pdf.pages
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - pdfminer raises assorted errors on broken files
            raise IngestError(file, f"corrupt PDF: {exc}", page=start) from None
        with pdf:
            for number, page in zip(numbers, plumber_pages, strict=False):
                visit(number, reader.pages[number - 1], page)
                page.close()
        del reader, pdf, plumber_pages, page
        gc.collect()  # both readers' objects hold cycles: free the pass now, not at some later full collection


def page_items(page, reference: PypdfPage, number: int, notes: PageNotes):
    """The page's tables and its text lines outside them, top to bottom, and the function
    that reads a cell's text (pdfplumber's glyphs, or pypdf's chunks where the decodings
    disagree)."""
    # Where vertical rules break, a row ends even if its bottom rule was not drawn. A row cut
    # by the page break has no bottom rule: close it at the last glyph, unless the vertical
    # rules run on below it (a browser's cut row): a line there would leave an empty sliver
    # row under the cut one, and the cut row would not reach the table's end.
    last_glyph = max((c["bottom"] for c in page.chars), default=page.height)
    breaks = {round(e[key], 1) for e in page.edges if e["orientation"] == "v" for key in ("top", "bottom")}
    closing = min(last_glyph + 2, page.height)
    lines = breaks if breaks and max(breaks) > closing else breaks | {closing}
    settings = {"explicit_horizontal_lines": sorted(lines)}
    tables = [t for t in page.find_tables(settings) if len(t.rows) >= 1]
    items: list[tuple[float, object]] = [(t.bbox[1], t) for t in tables]
    if _decoding_agrees(page.extract_text() or "", reference.text):
        text_lines = [{"top": ln["top"], "bottom": ln["bottom"], "x1": ln["x1"], "text": ln["text"],
                       "size": ln["chars"][-1]["size"] if ln.get("chars") else None}
                      for ln in page.extract_text_lines()]
        pieces = [Piece(ch["x0"], ch["top"], ch["bottom"], ch["text"]) for ch in page.chars]
        text_of = lambda box, page=page: _plumber_text(page, box)  # noqa: E731
    else:
        chunks = reference.chunks(float(page.height))
        text_lines = [{"top": top - 8, "bottom": top, "x1": x1, "text": text, "size": None}
                      for top, _, x1, text in chunk_lines(chunks)]
        pieces = [Piece(x, top - 8, top, text) for x, top, text in chunks]
        text_of = lambda box, chunks=chunks: _chunk_text(chunks, box)  # noqa: E731
        notes.add("font decoding differs between readers; used pypdf's text", number)
    if tables:
        last = max(tables, key=lambda t: t.bbox[3])
        edges = [e for e in page.edges if e["orientation"] == "h"]
        overflow, below = overflow_of_cut_cells(page, last, pieces, edges)
        if overflow:
            text_lines = [ln for ln in text_lines if not last.bbox[3] - 1 <= ln["top"] <= below]
            text_of = with_overflow(text_of, last, overflow)
    for line in text_lines:
        middle = (line["top"] + line["bottom"]) / 2
        if not any(t.bbox[1] - 1 <= middle <= t.bbox[3] + 1 for t in tables):
            items.append((line["top"], line))
    items.sort(key=lambda pair: pair[0])
    right_edge = max((ln["x1"] for ln in text_lines), default=page.width)
    return [item for _, item in items], text_of, right_edge


@dataclass
class PageFlow:
    """Pages appended to a document in order: a text line that runs on from a full line
    joins its paragraph (lines gathered and joined once the paragraph ends, so a paragraph
    over many pages costs linear time), a table right after a table (nothing but page
    furniture between them) continues it."""

    doc: Document
    open_table: PhysicalTable | None = None
    lines: list[str] = field(default_factory=list)  # the paragraph being read
    lines_page: int | None = None

    def add_page(self, page, items: list, text_of, right_edge: float, number: int) -> None:
        previous_full = False
        for item in items:
            if isinstance(item, dict):
                text = squash_ws(repair_radicals(item["text"]))
                if not text or _PAGE_FURNITURE.match(text) or is_page_fraction(text):
                    continue
                if previous_full and self.lines and not parse_marker(text):
                    self.lines.append(text)
                else:
                    self.end_paragraph()
                    self.lines, self.lines_page = [text], number
                    self.open_table = None
                previous_full = is_full_line(item, right_edge)
                continue
            previous_full = False
            rows = physical_rows(item, text_of, number, page)
            if not rows:
                continue
            self.end_paragraph()
            if self.open_table is not None:
                self.open_table.rows.extend(rows)
            else:
                self.open_table = PhysicalTable(rows, page=number)
                self.doc.blocks.append(self.open_table)

    def end_paragraph(self) -> None:
        if self.lines:
            self.doc.blocks.append(classify_line(join_lines(self.lines), page=self.lines_page))
            self.lines = []


@dataclass
class PdfReading:
    """What reading a PDF has gathered so far: its blocks (`flow`), warnings by reason and
    whether any page had text."""

    file: str
    flow: PageFlow
    notes: PageNotes = field(default_factory=PageNotes)
    any_text: bool = False

    def read_page(self, number: int, checked_page, page) -> None:
        reference = read_pypdf_page(self.file, checked_page, number)
        if not reference.text.strip():
            self.notes.add("page has no text layer; skipped", number)
            return
        self.any_text = True
        items, text_of, right_edge = page_items(page, reference, number, self.notes)
        self.flow.add_page(page, items, text_of, right_edge, number)


@dataclass(frozen=True)
class Piece:
    """A glyph (pdfplumber) or a text chunk (pypdf) where the page draws it."""

    x0: float
    top: float
    bottom: float
    text: str


def overflow_of_cut_cells(page, table, pieces: list[Piece], edges: list[dict]) -> tuple[dict, float]:
    """Text a renderer painted below the table's bottom rule under the cells a page break cut
    (Chromium and reportlab both draw a cut cell's last lines past the break): lines right
    under the table (no gap of a line), every glyph under a cut cell of its last row, and
    nothing but page furniture after them on the page. Returns the lines by cell column
    ((x0, x1) → lines) and how far down they reach; nothing when the text below is anything
    else (a paragraph after the table)."""
    bottom = table.bbox[3]
    columns = sorted(cut_at_page_end(page, table, list(cell_grid(table, edges)[2].values()), edges))
    lines: list[list[Piece]] = []
    for piece in sorted((p for p in pieces if p.top >= bottom - 1 and p.text.strip()), key=lambda p: (p.top, p.x0)):
        if lines and abs(lines[-1][0].top - piece.top) <= 2:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    taken: list[list[Piece]] = []
    reach = bottom
    for line in lines:
        height = max(p.bottom - p.top for p in line)
        under_cut_cells = all(any(x0 - 1 <= p.x0 < x1 for x0, x1 in columns) for p in line)
        if line[0].top - reach > height or not under_cut_cells:
            break
        taken.append(line)
        reach = max(p.bottom for p in line)
    rest = lines[len(taken):]
    if not columns or not taken or any(not _is_page_line(squash_ws("".join(p.text for p in ln))) for ln in rest):
        return {}, bottom
    overflow: dict[tuple[float, float], list[str]] = {}
    for line in taken:
        for x0, x1 in columns:
            text = "".join(p.text for p in sorted(line, key=lambda p: p.x0) if x0 - 1 <= p.x0 < x1)
            if text.strip():
                overflow.setdefault((x0, x1), []).append(text)
    return overflow, reach


def with_overflow(text_of, table, overflow: dict):
    """`text_of` with the overflow lines of a cut cell at the table's bottom appended."""
    def text(box) -> str:
        lines = overflow.get((box[0], box[2])) if abs(box[3] - table.bbox[3]) <= 2 else None  # (x0, x1) key
        return join_lines([text_of(box), *lines]) if lines else text_of(box)
    return text


def is_full_line(line: dict, right_edge: float) -> bool:
    """The line reaches the text's right edge: no room left for one more of its characters
    (a title in a large font wraps a character's width short of a body line's edge)."""
    room = max(12.0, 1.2 * line["size"]) if line.get("size") else 12.0
    return line["x1"] >= right_edge - room


def read_pdf(file: str, data: bytes, *, max_pages: int | None = None, pages_per_pass: int = PAGES_PER_PASS) -> Document:
    """The PDF's blocks, read page by page (see `each_page`); a page without text is skipped
    with a warning, a file without text anywhere is refused."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    count = page_count(file, data, max_pages)
    doc = Document(file, paged=True)
    reading = PdfReading(file, PageFlow(doc))
    each_page(file, data, count, reading.read_page, pages_per_pass)
    if not reading.any_text:
        raise IngestError(file, "PDF has no text layer (a scan?): run OCR first", page=1)
    reading.flow.end_paragraph()
    doc.warnings.extend(reading.notes.warnings())
    return doc
