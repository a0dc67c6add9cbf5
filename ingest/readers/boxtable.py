"""Tables drawn with box characters in plain text (law-database print views, fixed-width exports).

`┌─┬─┐ │實施項目│具體作法│ ├─┼─┤`, heavy `┏━┳┓`, double `╔═╦╗`, full-width `＋－｜` and ASCII
`+--+ |` all read the same way, into the `PhysicalTable` every reader emits:

- a *rule* line (horizontals and junctions) ends a row; a segment of it left blank keeps its
  column open: the cell above spans into the next row (a rowspan);
- a *content* line is split at its vertical bars; a line with fewer cells than the table has
  columns holds a cell spanning several (a colspan), placed by where its bars stand;
- the lines between two rules are one row, its cells' text joined across the lines (a
  numbered item starts a new part, wrapped text runs on). Where a rule is missing, a row
  starts on the line where a column's text starts again after a blank gap: every cell of a
  row starts on the row's first line, so a column that was empty and fills again is a new row;
- print furniture and blank lines inside the table (a page break) are skipped, and a row cut
  by the page break simply continues on the next page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from ingest.blocks import Cell, PhysicalRow, PhysicalTable
from ingest.columns import assign_roles, is_header_row, positional_roles
from ingest.fields import is_deadline, join_text
from ingest.markers import marker_number, parse_marker, worded_marker

HORIZONTALS = "─━═╌╍┄┅┈┉╴╶╸╺－-＝=＿_"
VERTICALS = "│┃║╎╏┆┇┊┋｜|"
_ASCII_JUNCTIONS = "+＋"
_BLANK = " \u3000\t"
_VERTICAL_RE = re.compile(f"[{re.escape(VERTICALS)}]")


def _is_box_junction(ch: str) -> bool:
    return ("\u2500" <= ch <= "\u257f" and ch not in HORIZONTALS and ch not in VERTICALS) or ch in _ASCII_JUNCTIONS


def _segments(text: str) -> list[str]:
    """The text between a line's bars and junctions (the outer borders dropped)."""
    pieces, piece = [], ""
    for ch in text:
        if ch in VERTICALS or _is_box_junction(ch):
            pieces.append(piece)
            piece = ""
        else:
            piece += ch
    pieces.append(piece)
    if text[:1] in VERTICALS or _is_box_junction(text[:1]):
        pieces = pieces[1:]
    if pieces and (text[-1:] in VERTICALS or _is_box_junction(text[-1:])):
        pieces = pieces[:-1]
    return pieces


def _drawn(segment: str) -> bool:
    return bool(segment.strip(_BLANK)) and all(ch in HORIZONTALS or ch in _BLANK for ch in segment)


def is_rule(line: str) -> bool:
    """A rule between rows: horizontals and junctions (`├──┼──┤`, `+----+`), where a column a
    spanning cell holds may be left open, blank or with that cell's text (`│便民　├────┤`)."""
    text = line.strip(_BLANK)
    if not text or not any(ch in HORIZONTALS for ch in text):
        return False
    if not any(_is_box_junction(ch) for ch in text):
        # no junction: only a run of box horizontals is a rule (a bare `----` is a separator; a dash or two alone
        # closes a note wrapped above it, `…每季辦理` / `－`)
        return len(text) > 2 and text[0] not in "-_=＝＿" and all(ch in HORIZONTALS or ch in VERTICALS or ch in _BLANK for ch in text) \
            and any(ch in "─━═－" for ch in text)
    segments = _segments(text)
    if not any(_drawn(seg) for seg in segments):
        return False
    return all(_drawn(seg) or not any(ch in HORIZONTALS for ch in seg) for seg in segments)


def rule_texts(line: str) -> list[str]:
    """Per column of a rule: the text a spanning cell holds in it ("" where the rule is drawn)."""
    return ["" if _drawn(seg) else seg.strip(_BLANK) for seg in _segments(line.strip(_BLANK))]


def is_content(line: str) -> bool:
    """A table line with cells between box bars (`│到府服務│每月│`); ASCII `|` lines count only
    inside a region that has `+--+` rules (elsewhere they are Markdown rows)."""
    text = line.strip(_BLANK)
    bars = [ch for ch in text if ch in VERTICALS and ch != "|"]
    return len(bars) >= 2 or (len(bars) == 1 and (text[0] in VERTICALS or text[-1] in VERTICALS))


def is_ascii_content(line: str) -> bool:
    text = line.strip(_BLANK)
    return text.count("|") >= 2 and text[0] == "|"


def starts_box_table(line: str) -> bool:
    return is_rule(line) or is_content(line)


def _width(ch: str, wide: bool) -> int:
    kind = unicodedata.east_asian_width(ch)
    return 2 if kind in "WF" or (kind == "A" and wide) else 1


def _bar_positions(line: str, wide: bool) -> list[int]:
    """Display columns where the line's bars and junctions stand."""
    out, at = [], 0
    for ch in line:
        if ch in VERTICALS or _is_box_junction(ch):
            out.append(at)
        at += _width(ch, wide)
    return out


def _split_bars(line: str, borders: tuple[bool, bool] | None = None) -> list[str]:
    """Cells between vertical bars. `borders` (left, right): whether the table draws its outer
    borders; without one, the text before the first bar (or after the last) is a cell, blank
    or not. Unknown borders: read from the line itself."""
    text = line.rstrip("\r\n")
    stripped = text.strip(_BLANK)
    left, right = borders if borders is not None else (stripped[:1] in VERTICALS, stripped[-1:] in VERTICALS)
    parts = _VERTICAL_RE.split(text)
    if left:
        parts = parts[1:]
    if right and parts:
        parts = parts[:-1]
    return [p.strip(_BLANK) for p in parts]


def _rule_segments(line: str) -> list[bool]:
    """Per column of a rule line: True where it is drawn, False where it is left open."""
    marks = "".join("─" if ch in HORIZONTALS else "+" if ch in VERTICALS or _is_box_junction(ch) else " "
                    for ch in line.strip(_BLANK))
    pieces = marks.split("+")
    if marks.startswith("+"):
        pieces = pieces[1:]
    if marks.endswith("+"):
        pieces = pieces[:-1]
    return ["─" in p for p in pieces]


@dataclass
class _Line:
    number: int
    text: str
    kind: str  # "rule" | "content"


@dataclass
class _Row:
    """One physical row being built: per column its lines, and where a rule left it open."""

    line: int
    columns: list[list[str]]
    full: str | None = None  # a row that is one cell across the table
    spans: list[int] = field(default_factory=list)  # per column: first column of the cell holding it


class BoxTableReader:
    """Collects the lines of one box-drawn table and turns them into a `PhysicalTable`."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.roles: list[str] = []
        self.spanning: set[int] = set()

    def add(self, number: int, text: str) -> None:
        self.lines.append(_Line(number, text, "rule" if is_rule(text) else "content"))

    def page_break(self) -> None:
        """Print furniture stood here: the table goes on on the next page."""
        if self.lines and self.lines[-1].kind != "break":
            self.lines.append(_Line(self.lines[-1].number, "", "break"))

    @property
    def has_rules(self) -> bool:
        return any(ln.kind == "rule" for ln in self.lines)

    def width(self) -> int:
        """Columns: the most segments of a rule, else the most cells of a content line."""
        rules = [len(_rule_segments(ln.text)) for ln in self.lines if ln.kind == "rule"]
        cells = [len(_split_bars(ln.text, self.borders)) for ln in self.lines if ln.kind == "content"]
        return max(rules + cells, default=0)

    @cached_property
    def borders(self) -> tuple[bool, bool]:
        """(left, right): whether the table draws its outer borders, as its first rule shows
        (`├──┼──┤` has both, `──┼──` neither); without rules, as most content lines show."""
        rule = next((ln.text.strip(_BLANK) for ln in self.lines if ln.kind == "rule"), None)
        if rule is not None:
            return rule[:1] not in HORIZONTALS, rule[-1:] not in HORIZONTALS
        lines = [ln.text.strip(_BLANK) for ln in self.lines if ln.kind == "content"]
        return (sum(t[:1] in VERTICALS for t in lines) * 2 > len(lines), sum(t[-1:] in VERTICALS for t in lines) * 2 > len(lines))

    def table(self) -> PhysicalTable:
        width = self.width()
        grid = self._reference(width)
        self.roles = self._header_roles(width, grid)
        parts = self._parts(width, grid)
        self.spanning = self._spanning_columns([p for p in parts if p is not _PAGE_BREAK], width)
        parts = self._across_page_breaks(parts)
        rows: list[_Row] = []
        for part in parts:
            if isinstance(part, _Row):
                rows.append(part)
            else:
                rows += self._block_rows(part[0], width, part[1])
        return PhysicalTable(_physical_rows(rows, width), self.lines[0].number if self.lines else None)

    def _parts(self, width: int, grid: tuple[list[int], bool] | None) -> list:
        """The table cut at its rules: blocks of content lines (with the columns the rule above
        left open), full-width rows, and page breaks that fell between rows."""
        parts: list = []
        block: list[tuple[int, list[str]]] = []
        open_cols: set[int] = set()
        for ln in self.lines:
            if ln.kind == "break":
                if block:  # a row cut by the page runs on below the furniture
                    continue
                parts.append(_PAGE_BREAK)
                continue
            if ln.kind == "rule":
                parts.append((block, open_cols))
                segments = _rule_segments(ln.text)
                block, open_cols = [], {c for c, drawn in enumerate(segments) if not drawn} if len(segments) == width else set()
                texts = rule_texts(ln.text)
                if len(texts) == width and any(texts):  # a spanning cell's text beside the rule
                    block.append((ln.number, texts))
                continue
            cells = self._cells(ln.text, width, grid)
            if cells is None:  # one cell across the table: a row of its own
                parts.append((block, open_cols))
                block, open_cols = [], set()
                bars = _split_bars(ln.text, self.borders)
                parts.append(_Row(ln.number, [[] for _ in range(width)], full=bars[0] if bars else ""))
                continue
            block.append((ln.number, cells))
        parts.append((block, open_cols))
        return [p for p in parts if p is _PAGE_BREAK or isinstance(p, _Row) or p[0]]

    def _across_page_breaks(self, parts: list) -> list:
        """A table redrawn at a page break (bottom rule, furniture, top rule, the header again):
        the repeated header is dropped, and a group or 構面 cell cut by the break goes on in the
        first row of the new page (the text runs on and the next column does not count from 1
        again), as a spanning cell does."""
        out: list = []
        header = next((p[0] for p in parts if not isinstance(p, _Row) and p is not _PAGE_BREAK), None)
        after_break = False
        for part in parts:
            if part is _PAGE_BREAK:
                after_break = True
                continue
            if after_break and not isinstance(part, _Row) and header is not None and _same_cells(part[0], header) and out:
                continue  # the header repeated on the new page
            if after_break and not isinstance(part, _Row) and self.roles:
                block, open_cols = part
                previous = next((p[0] for p in reversed(out) if not isinstance(p, _Row)), [])
                carried = {c for c in self.spanning if previous and block[0][1][c] and _continues_cell(previous, block, c)}
                part = (block, open_cols | carried)
            after_break = False
            out.append(part)
        return out

    def _spanning_columns(self, parts: list, width: int) -> set[int]:
        """Group and 構面 columns whose cells span rows: a rule leaves them open, or a row
        found by a gap starts with them empty. (A measure column filled at every row's start
        holds one measure per row: its wrapped text never runs on into the next row.)"""
        out = set()
        for c in range(width):
            if c >= len(self.roles) or self.roles[c] not in ("section", "measure"):
                continue
            for part in parts:
                if isinstance(part, _Row) or part is _PAGE_BREAK:
                    continue
                block, open_cols = part
                starts = [i for i in range(1, len(block)) if _restarts(block, i)]
                if c in open_cols or any(not block[i][1][c] for i in starts):
                    out.add(c)
                    break
        return out

    # -- columns -----------------------------------------------------------------------
    def _reference(self, width: int) -> tuple[list[int], bool] | None:
        """Junction positions of a full rule (or content line) and the width model under
        which content bars line up with them: box characters are full width in a CJK print
        view, one column in an ASCII export."""
        full = next((ln.text for ln in self.lines if ln.kind == "rule" and len(_rule_segments(ln.text)) == width), None)
        if full is None:
            full = next((ln.text for ln in self.lines if ln.kind == "content" and len(_split_bars(ln.text, self.borders)) == width), None)
        if full is None:
            return None
        best = None
        for wide in (True, False):
            junctions = _bar_positions(full, wide)
            hits = sum(len(set(_bar_positions(ln.text, wide)) & set(junctions)) for ln in self.lines if ln.kind == "content")
            if best is None or hits > best[0]:
                best = (hits, junctions, wide)
        return best[1], best[2]

    def _cells(self, text: str, width: int, grid: tuple[list[int], bool] | None) -> list[str] | None:
        """The line's text per column ("" where a colspan covers it); None for a full-width line."""
        cells = _split_bars(text, self.borders)
        if len(cells) >= width:
            return cells[:width - 1] + [" ".join(c for c in cells[width - 1:] if c)] if len(cells) > width else cells
        if len(cells) <= 1 and width > 1:
            return None
        out = [""] * width
        if grid is None:
            out[: len(cells)] = cells
            return out
        junctions, wide = grid
        bars = _bar_positions(text, wide)
        starts = [_nearest(junctions, b) for b in bars[:-1]] if len(bars) == len(cells) + 1 else list(range(len(cells)))
        for cell, start in zip(cells, starts, strict=False):
            out[min(start, width - 1)] = cell
        return out

    def _header_roles(self, width: int, grid: tuple[list[int], bool] | None) -> list[str]:
        """Column roles of the table's first row when it is a header ([] otherwise)."""
        block: list[list[str]] = []
        for ln in self.lines:
            if ln.kind == "break":
                continue
            if ln.kind == "rule":
                if block:
                    break
                continue
            cells = self._cells(ln.text, width, grid)
            if cells is None:
                break
            block.append(cells)
        header = [_join_lines([cells[c] for cells in block if cells[c]]) for c in range(width)]
        return positional_roles(assign_roles(header)) if block and is_header_row(header) else []

    # -- rows ------------------------------------------------------------------------
    def _block_rows(self, block: list[tuple[int, list[str]]], width: int, open_cols: set[int]) -> list[_Row]:
        """The lines between two rules: one row, or several where a column starts again
        after a gap (a rule missing between rows). A group or 構面 cell spanning those rows
        may run on into them: text that goes on from the line above without opening an item
        stays in the cell above."""
        if not block:
            return []
        starts = [0] + [i for i in range(1, len(block)) if _restarts(block, i)]
        if "deadline" in self.roles[:width]:
            starts = sorted(set(starts) | set(_deadline_starts(block, self.roles.index("deadline"), starts)))
            if "actions" in self.roles[:width]:
                starts = sorted(set(starts) | set(_step_starts(block, self.roles.index("actions"), self.roles.index("deadline"), starts)))
        row_of = [sum(1 for s in starts if s <= i) - 1 for i in range(len(block))]
        columns: list[list[list[str]]] = [[[] for _ in range(width)] for _ in starts]
        carry: list[int | None] = [None] * width  # per column: the row its running-on text belongs to
        for i, (_, cells) in enumerate(block):
            for c in range(width):
                if not cells[c]:
                    carry[c] = None
                    continue
                if carry[c] is None and i > 0 and row_of[i] != row_of[i - 1] and self._spans(c) and _runs_on(block, i, c):
                    carry[c] = row_of[i - 1]
                columns[carry[c] if carry[c] is not None else row_of[i]][c].append(cells[c])
        rows = []
        for k, start in enumerate(starts):
            row = _Row(block[start][0], columns[k])
            row.spans = [-1 if k == 0 and c in open_cols else c for c in range(width)]
            rows.append(row)
        return rows

    def _spans(self, c: int) -> bool:
        """Column c holds cells that span rows (a 構面 or a group of steps)."""
        return c in self.spanning


def _nearest(positions: list[int], at: int) -> int:
    return min(range(len(positions)), key=lambda i: abs(positions[i] - at))


def _restarts(block: list[tuple[int, list[str]]], i: int) -> bool:
    """Line i of a block opens a new row: some column that had text above, then a blank
    line, has text again."""
    for c in range(len(block[i][1])):
        if not block[i][1][c] or block[i - 1][1][c]:
            continue
        if any(cells[c] for _, cells in block[:i - 1]):
            return True
    return False


_PAGE_BREAK = object()


def _same_cells(block: list[tuple[int, list[str]]], other: list[tuple[int, list[str]]]) -> bool:
    def joined(b: list[tuple[int, list[str]]]) -> list[str]:
        return [_join_lines([cells[c] for _, cells in b if cells[c]]) for c in range(len(b[0][1]))]

    return bool(block) and bool(other) and joined(block) == joined(other)


def _continues_cell(previous: list[tuple[int, list[str]]], block: list[tuple[int, list[str]]], c: int) -> bool:
    """The first line of `block` goes on with column c's text of the block before a page break."""
    above = [cells[c] for _, cells in previous if cells[c]]
    if not above:
        return False
    width = len(block[0][1])
    return _runs_on([(0, [above[-1] if k == c else "" for k in range(width)]), block[0]], 1, c)


def _runs_on(block: list[tuple[int, list[str]]], i: int, c: int) -> bool:
    """Column c at line i goes on with the text of line i-1: it is filled there too, opens no
    numbered item, and the text above ends no sentence or title."""
    above = block[i - 1][1][c]
    if not above or parse_marker(block[i][1][c]) or above.rstrip()[-1] in "。！？；;：:)）」":
        return False
    # the next column's numbering starting again at 1 opens a new group: this cell does not run on
    following = block[i][1][c + 1] if c + 1 < len(block[i][1]) else ""
    marker = parse_marker(following)
    return not (marker and marker_number(marker) == 1)


def _deadline_starts(block: list[tuple[int, list[str]]], c: int, starts: list[int]) -> list[int]:
    """Lines where a second deadline starts inside one row's deadline lines (`95年6月至` `12月`
    `經常辦理`): the lines read as two deadlines, not one. Rows that meet with no rule and no
    gap between them show only this way."""
    out: list[int] = []
    bounds = [*starts, len(block)]
    for start, stop in zip(bounds, bounds[1:], strict=False):
        at = [i for i in range(start, stop) if block[i][1][c]]
        def reads(lines: list[int]) -> bool:
            return is_deadline(_join_lines([block[i][1][c] for i in lines]))

        # (lines the field model reads whole are one deadline too: `自102年11月` `起每半年辦理` `1次`)
        while len(at) > 1 and not reads(at) and not _reads_deadline(_join_lines([block[i][1][c] for i in at])):
            cut = next((k for k in range(len(at) - 1, 0, -1) if reads(at[:k])  # the longest first deadline
                        and any(reads(at[k:m]) for m in range(k + 1, len(at) + 1))), None)
            if cut is None:
                break
            out.append(at[cut])
            at = at[cut:]
    return out


def _step_starts(block: list[tuple[int, list[str]]], steps: int, c: int, starts: list[int]) -> list[int]:
    """Lines where a numbered step after the first opens beside a deadline of its own, the deadline above it read
    whole (`3. …` `新學年度新生報` `到日前` / `4. …` `102年1月16日（`): steps meeting with no rule and no gap
    between them. A list of items in one cell shares one deadline: its second item opens beside none or beside the
    rest of a wrapped one, the two read as one deadline."""
    out: list[int] = []
    bounds = [*starts, len(block)]
    for start, stop in zip(bounds, bounds[1:], strict=False):
        first = start
        for i in range(start + 1, stop):
            marker = parse_marker(block[i][1][steps])
            above = _join_lines([block[k][1][c] for k in range(first, i) if block[k][1][c]])
            below = _until_next_step(block, i, stop, steps, c)
            # (the deadline below read too, and the two no one deadline the grammar reads whole: `106年12月4日` `開始，每雙月` /
            # `檢討1次` beside a second item is one)
            # (or the one below opens a span from its own date, `每週二及週四下午` / `自102年8月起按月辦理`: a time goes on
            # into no 自)
            # (or a first step opening a list after a cell of plain sentences above: `…，每月1次。` / `子項1：…`)
            if (marker and (marker_number(marker) or 0) > 1 or _list_after_plain(block, first, i, steps)) \
                    and block[i][1][c] and above and _reads_deadline(above) \
                    and _reads_deadline(below) and (not is_deadline(_join_lines([above, below])) or _OPENS_SPAN.match(below)):
                out.append(i)
                first = i
    return out


def _list_after_plain(block: list[tuple[int, list[str]]], first: int, i: int, steps: int) -> bool:
    """Line i opens a list at its first item after lines of the step column that open none and end a sentence: a new
    row's steps, where rows meet with no rule and no gap."""
    marker = parse_marker(block[i][1][steps])
    lines = [block[k][1][steps] for k in range(first, i) if block[k][1][steps]]
    return (bool(marker) and marker_number(marker) == 1 or _worded_list(block, i, steps)) and bool(lines) \
        and not any(parse_marker(t) for t in lines) and lines[-1].rstrip()[-1:] in "。！？"


def _worded_list(block: list[tuple[int, list[str]]], i: int, steps: int) -> bool:
    """Line i opens a list by a word of any kind before ordinals (`細目1：`), the same word's next ordinal opening a
    line below it in the column: a marker by its run, whatever the word."""
    first = worded_marker(block[i][1][steps])
    return first is not None and first[1] == 1 and any(
        worded_marker(cells[steps]) == (first[0], 2) for _, cells in block[i + 1:])


# a time opening a span from its own date (`自102年8月起…`, `從115年3月…`)
_OPENS_SPAN = re.compile(r"(?:自|從)\s*(?:民國)?\s*\d")


def _until_next_step(block: list[tuple[int, list[str]]], i: int, stop: int, steps: int, c: int) -> str:
    """Column c's text from line i up to the next numbered step."""
    end = next((k for k in range(i + 1, stop) if parse_marker(block[k][1][steps])), stop)
    return _join_lines([block[k][1][c] for k in range(i, end) if block[k][1][c]])


def _reads_deadline(text: str) -> bool:
    from ingest.fields import learned_field

    return is_deadline(text) or learned_field(text, "deadline")


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        text = join_text(text, line)
    return text


def _physical_rows(rows: list[_Row], width: int) -> list[PhysicalRow]:
    """Rows with their cells' text joined; a column a rule left open continues the cell above
    (its text joins that cell, which gets a rowspan)."""
    out: list[PhysicalRow] = []
    owners: list[tuple[int, int] | None] = [None] * width  # per column: (out row, cell index) of the open cell
    texts: dict[tuple[int, int], list[str]] = {}
    for row in rows:
        if row.full is not None:
            out.append(PhysicalRow([Cell(row.full, colspan=width)], row.line))
            owners = [None] * width
            continue
        cells: list[Cell] = []
        for c in range(width):
            owner = owners[c] if row.spans and row.spans[c] == -1 else None
            if owner is not None:
                texts[owner] += row.columns[c]
                r, k = owner
                out[r].cells[k] = Cell(out[r].cells[k].text, out[r].cells[k].rowspan + 1)
                continue
            texts[(len(out), len(cells))] = list(row.columns[c])
            owners[c] = (len(out), len(cells))
            cells.append(Cell(""))
        out.append(PhysicalRow(cells, row.line))
    for (r, k), lines in texts.items():
        out[r].cells[k] = Cell(_join_lines(lines), out[r].cells[k].rowspan)
    return out
