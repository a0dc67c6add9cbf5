"""Physical table (cells with spans) → logical tables: the one normalisation every reader shares.

Every reader (tab/pipe text, HTML, PDF, DOCX, ODT) emits a `PhysicalTable`; here it becomes
one or more logical `Table`s whose rows all have one cell per column. Each repair is a named
function with its own tests (tests/test_ingest/test_grid.py):

- `expand_spans`: rowspan/colspan resolved; a position a rowspan covers holds "" and is marked
  `covered` (it continues the value above, exactly as an empty cell of a tab table does);
- `find_header` / `join_wrapped_header`: the header row, also when its cells wrap over two
  physical rows (`承辦` / `單位`);
- `is_repeated_header`: a header repeated on every page is dropped; a header with other
  column roles starts a new table;
- `banner_heading`: a row whose one cell spans the whole width is a heading inside the table;
- `join_page_cut_cells`: a group/measure cell cut by a page break is joined to the cell above,
  unless a column to its left starts a new group on the new page (columns nest left to right:
  a new 實施要項 or 評核項目 starts a new 評核指標 too, whatever the cell above looked like).

Spans are capped (a file may claim any span) and expanded in time linear in the cells produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.blocks import Block, Heading, Paragraph, PhysicalTable, Table, TableRow
from ingest.columns import assign_roles, header_role, is_header_row, is_scoring_header
from ingest.markers import cn_number, parse_marker, split_items
from ingest.normalize import squash_ws

MAX_COLSPAN = 64
MAX_ROWSPAN = 1000
_CAPTION_MAX = 20
_CLOSED = "。！？；;!?:：)）」』%"
_SEPARATOR_RE = re.compile(r"^[-–—=_\s]*$")


@dataclass
class GridRow:
    """A physical row with one cell per column."""

    cells: list[str]
    covered: list[bool]
    line: int | None = None
    page: int | None = None
    header: bool = False
    spans_width: int = 0  # >1 when the row is one cell spanning that many columns
    rowspans: list[int] = field(default_factory=list)  # per column: rows its cell spans (1 when covered)
    cut: list[bool] = field(default_factory=list)  # per column: the cell runs on across a page break


def expand_grid(table: PhysicalTable) -> list[GridRow]:
    """Every physical row as a full list of cells; a position a rowspan covers holds "" and
    is marked covered, a position a colspan covers holds ""."""
    grid: list[GridRow] = []
    pending: dict[int, int] = {}  # column → rows still covered by a rowspan above
    for prow in table.rows:
        row = GridRow([], [], prow.line, prow.page, prow.header)
        for cell in prow.cells:
            _fill_covered(row, pending)
            colspan = min(max(cell.colspan, 1), MAX_COLSPAN)
            rowspan = min(max(cell.rowspan, 1), MAX_ROWSPAN)
            for k in range(colspan):
                if rowspan > 1:
                    pending[len(row.cells)] = rowspan - 1
                row.cells.append(cell.text if k == 0 else "")
                row.covered.append(False)
                row.rowspans.append(rowspan)
                row.cut.append(cell.cut and k == 0)
            if len(prow.cells) == 1 and colspan > 1:
                row.spans_width = colspan
        _fill_covered(row, pending)
        grid.append(row)
    return grid


def _fill_covered(row: GridRow, pending: dict[int, int]) -> None:
    """Append an empty, covered cell for each position a rowspan from above still covers."""
    while pending.get(len(row.cells), 0) > 0:
        pending[len(row.cells)] -= 1
        row.cells.append("")
        row.covered.append(True)
        row.rowspans.append(1)
        row.cut.append(False)


def expand_spans(table: PhysicalTable) -> list[list[str]]:
    """Every physical row as a full list of cells; a spanned position holds ""."""
    return [row.cells for row in expand_grid(table)]


def join_wrapped_header(top: list[str], bottom: list[str]) -> list[str] | None:
    """Header cells wrapped over two physical rows (`承辦` above `單位`) joined per column, when
    every filled cell of the lower row completes a known header and the joined row is a header
    with more known columns than the upper row alone."""
    filled = [j for j, cell in enumerate(bottom) if cell.strip()]
    if not filled or any(parse_marker(bottom[j]) for j in filled):
        return None
    if not any(header_role(c) for c in top if c.strip()):
        return None  # the upper row must be a header already in part (a body row is not)
    joined = [squash_ws(a + b) if a.strip() and b.strip() else (a or b) for a, b in zip(top, bottom, strict=False)]
    joined += bottom[len(top):] if len(bottom) > len(top) else top[len(bottom):]
    if any(header_role(joined[j]) is None for j in filled):
        return None
    known_before = sum(1 for c in top if header_role(c))
    known_after = sum(1 for c in joined if header_role(c))
    return joined if is_header_row(joined) and known_after > known_before else None


def find_header(rows: list[GridRow], start: int = 0) -> tuple[int, list[str], int] | None:
    """(index, header cells, physical rows it takes) of the first header row at or after `start`."""
    for i in range(start, len(rows)):
        if i + 1 < len(rows):
            joined = join_wrapped_header(rows[i].cells, rows[i + 1].cells)
            if joined is not None:
                return i, joined, 2
        if is_header_row(rows[i].cells) or is_scoring_header(rows[i].cells):  # a scheme's table is reported, not read
            return i, list(rows[i].cells), 1
    return None


def is_repeated_header(cells: list[str], header: list[str]) -> bool:
    """A header row naming the same column roles as `header` (letter spacing, scrambled or
    shortened names allowed): the table's header repeated on a new page."""
    return is_header_row(cells) and assign_roles(cells) == assign_roles(header)


def banner_heading(row: GridRow, width: int) -> Heading | None:
    """A row that is one cell across the whole table is a heading inside the table: a colspan
    over the full width, or (formats without spans: tab text, Markdown) a row whose only text
    is a chapter-level numbered title (壹、 一、 (一)) in its first cell."""
    text = squash_ws(row.cells[0]) if row.cells else ""
    if not text:
        return None
    marker = parse_marker(text)
    if row.spans_width >= max(width, 2):
        return Heading(marker.level if marker and marker.level <= 5 else 4, text, row.line, row.page)
    alone = width >= 3 and not any(c.strip() or cov for c, cov in zip(row.cells[1:], row.covered[1:], strict=False))
    if alone and marker and marker.level <= 3 and "。" not in text[:-1]:
        return Heading(marker.level, text, row.line, row.page)
    return None


def join_page_cut_cells(rows: list[GridRow], roles: list[str]) -> list[GridRow]:
    """A section/measure cell cut by a page break is joined to the cell above it.

    The reader of a paged format marks a cell `cut` when its text reaches the end of the
    page (a group cell spanning rows whose text did not fit). On the first row of the next
    page, the cell in that column continues it when it opens no numbered item, the text
    above ends no sentence or title, and no column to its left starts a new group there:
    columns nest left to right, so a new 實施要項 or 評核項目 on the new page starts a new
    評核指標 too, however full the indicator's cell above was (a span can end where the page
    does). A group cell with room to spare is never cut, so a new group at the top of a page
    stays a group of its own."""
    columns = [c for c, role in enumerate(roles) if role in ("section", "measure")]
    actions = roles.index("actions") if "actions" in roles else None
    for i in range(1, len(rows)):
        row, previous = rows[i], rows[i - 1]
        if row.page is None or previous.page is None or row.page == previous.page:
            continue
        new_to_the_left = False
        for c in columns:
            if c >= len(row.cells) or not row.cells[c].strip() or row.covered[c]:
                continue
            if new_to_the_left or parse_marker(row.cells[c]) or not continues_cut_cell(rows, i, c, actions):
                new_to_the_left = new_to_the_left or not repeats_cell_above(rows, i, c)
                continue
            above = _filled_above(rows, i, c)
            rows[above].cells[c] = rows[above].cells[c].rstrip() + row.cells[c].strip()
            row.cells[c] = ""
            row.covered[c] = True
    return rows


def _filled_above(rows: list[GridRow], i: int, c: int) -> int | None:
    return next((k for k in range(i - 1, -1, -1) if c < len(rows[k].cells) and rows[k].cells[c].strip()), None)


def repeats_cell_above(rows: list[GridRow], i: int, c: int) -> bool:
    """The cell repeats the filled cell above it (a group name printed again on a new page)."""
    above = _filled_above(rows, i, c)
    return above is not None and squash_ws(rows[above].cells[c]) == squash_ws(rows[i].cells[c])


def continues_cut_cell(rows: list[GridRow], i: int, c: int, actions: int | None = None) -> bool:
    """The filled cell above row i in column c was cut by the page break (the reader saw it
    run to the page's end) and ends no sentence or title, and row i does not start a new
    measure: its actions do not open item 1 (a measure's items start at 1), and they go on
    numbering the items above (`2.` after `1.`), or, unnumbered, the cell above spans rows."""
    above = _filled_above(rows, i, c)
    if above is None or not rows[above].cut[c] or rows[above].cells[c].rstrip()[-1] in _CLOSED:
        return False
    number = item_number(rows[i].cells[actions]) if actions is not None and actions < len(rows[i].cells) else None
    if number is not None:
        return number > 1 and numbering_goes_on(rows, i, actions)
    return rows[above].rowspans[c] >= 2


def numbering_goes_on(rows: list[GridRow], i: int, c: int) -> bool:
    """Row i's cell in column c opens an item numbered one more than the last item above it."""
    number = item_number(rows[i].cells[c]) if c < len(rows[i].cells) else None
    above = _filled_above(rows, i, c)
    if number is None or number < 2 or above is None:
        return False
    first = item_number(rows[above].cells[c])
    _, items = split_items(rows[above].cells[c])
    return first is not None and first + max(len(items), 1) - 1 == number - 1


def item_number(text: str) -> int | None:
    """The number of the item `text` opens (`3.`, `(3)`, `三、`, `(三)`), None when unnumbered."""
    marker = parse_marker(text)
    if marker is None or marker.level not in (2, 3, 4, 5):
        return None
    digits = re.sub(r"\D", "", marker.token)
    return int(digits) if digits else cn_number(re.sub(r"[、·．()（）\s]", "", marker.token))


def _origin(rows: list[GridRow], i: int, c: int) -> int | None:
    """The row whose cell covers column c of row i (itself, or the rowspan's first row)."""
    k = i
    while k >= 0 and c < len(rows[k].covered) and rows[k].covered[c]:
        k -= 1
    return k if k >= 0 and c < len(rows[k].cells) else None


def join_cut_rows(rows: list[GridRow]) -> list[GridRow]:
    """A row cut by a page break: the first row of a page whose filled cells all continue
    cells the reader saw run to the end of the previous page is joined into those cells.
    (A new row has its own measure/deadline/owner, which were not cut; an empty first row
    is the remainder of a cut row whose text all fit above, and ends the check.)"""
    from ingest.fields import join_text

    out: list[GridRow] = []
    last_page: int | None = None
    for row in rows:
        first_on_page = row.page is not None and last_page is not None and row.page != last_page
        last_page = row.page if row.page is not None else last_page
        filled = [c for c, text in enumerate(row.cells) if text.strip()]
        if first_on_page and out and filled:
            origins = {c: _origin(out, len(out) - 1, c) for c in filled}
            if all(k is not None and out[k].cut[c] for c, k in origins.items()):
                for c, k in origins.items():
                    out[k].cells[c] = join_text(out[k].cells[c].rstrip(), row.cells[c].strip())
                _carry_cut(out, row)
                continue
        out.append(row)
    return out


def _carry_cut(out: list[GridRow], remainder: GridRow) -> None:
    """The cells a cut row's remainder joins now end where the remainder's cells end: each is cut at this page's
    foot only if the remainder's cell is (a group cell cut at one page's end and run on to fill the next is no longer
    cut at the page after: a new group there starts a row of its own)."""
    for c in range(len(remainder.cells)):
        k = None if remainder.covered[c] else _origin(out, len(out) - 1, c)
        if k is not None and c < len(out[k].cut):
            out[k].cut[c] = remainder.cut[c]


def _is_separator(row: GridRow) -> bool:
    """A rule line (`----`); an empty row is kept until the page-cut repairs have seen it."""
    return any(c.strip() for c in row.cells) and all(_SEPARATOR_RE.match(c) for c in row.cells)


def _as_blocks(rows: list[GridRow]) -> list[Block]:
    """Rows of a table without a header, read as lines of text."""
    from ingest.readers.text import classify_line

    out: list[Block] = []
    for row in rows:
        joined = squash_ws(" ".join(c for c in row.cells if c))
        if joined:
            out.append(classify_line(joined, row.line, row.page))
    return out


def to_logical(table: PhysicalTable) -> list[Block]:
    """The logical tables of a physical one (header found by column roles; a header with other
    roles starts a new table; banner rows become headings), or its rows as text when it has
    no header. Rows above the first header are read as text (a caption, a title row)."""
    rows = [r for r in expand_grid(table) if not _is_separator(r)]
    found = find_header(rows)
    if found is None:
        return _as_blocks(rows)
    at, header, taken = found
    out: list[Block] = _as_blocks(rows[:at])
    width = max(len(header), max((len(r.cells) for r in rows), default=0))
    body: list[GridRow] = []

    first = current = Table(header, [], rows[at].line, rows[at].page)
    out.append(first)
    i = at + taken
    while i < len(rows):
        row = rows[i]
        joined = join_wrapped_header(row.cells, rows[i + 1].cells) if i + 1 < len(rows) else None
        cells, step = (joined, 2) if joined is not None else (row.cells, 1)
        if is_header_row(cells):
            if not is_repeated_header(cells, header):
                _fill(current, body)
                body = []
                header = list(cells)
                current = Table(header, [], row.line, row.page)
                out.append(current)
            i += step
            continue
        banner = banner_heading(row, width)
        if banner is not None:
            _fill(current, body)
            body = []
            out.append(banner)
            current = Table(header, [], row.line, row.page)
            out.append(current)
            i += 1
            continue
        body.append(row)
        i += 1
    _fill(current, body)
    has_rows = any(isinstance(b, Table) and b.rows for b in out)
    # an empty table is dropped (a banner right under the header leaves one), unless the
    # table has no row at all: then the first is kept, and the assembler warns about it
    return [b for b in out if not (isinstance(b, Table) and not b.rows) or (b is first and not has_rows)]


def _fill(table: Table, body: list[GridRow]) -> None:
    """Give a logical table its body rows, page-cut cells joined."""
    for row in join_page_cut_cells(join_cut_rows(body), assign_roles(table.header)):
        if any(c.strip() for c in row.cells):
            table.rows.append(TableRow(row.cells, row.line, row.page, row.covered))


def promote_caption(blocks: list[Block]) -> None:
    """A short unnumbered line right above a table is its caption: make it a heading."""
    if not blocks or not isinstance(blocks[-1], Paragraph):
        return
    para = blocks[-1]
    text = para.text.strip()
    if len(text) > _CAPTION_MAX or parse_marker(text) or any(p in text for p in "。，,；;:："):
        return
    level = next((b.level for b in reversed(blocks) if isinstance(b, Heading)), 0) + 1
    blocks[-1] = Heading(level, text, para.line, para.page)


def resolve_tables(blocks: list[Block]) -> list[Block]:
    """Replace each `PhysicalTable` by its logical blocks; other blocks pass through."""
    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, PhysicalTable):
            out.append(block)
            continue
        logical = to_logical(block)
        if logical and isinstance(logical[0], Table):
            promote_caption(out)
        out.extend(logical)
    return out


def realign_shifted_row(cells: list[str], roles: list[str]) -> list[str]:
    """A row the extraction shifted one column right (an empty cell inserted in front, the
    last cell lost): the deadline column holds no deadline but the next column does. The row
    is moved back one column; the same test applies to any table with a deadline column."""
    from ingest.fields import is_deadline

    if "deadline" not in roles:
        return cells
    at = roles.index("deadline")
    if (at + 1 >= len(cells) or cells[0].strip() or not cells[at + 1].strip()
            or is_deadline(cells[at]) or not is_deadline(cells[at + 1])):
        return cells
    return cells[1:] + [""]
