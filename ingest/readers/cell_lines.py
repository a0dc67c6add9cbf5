"""Tables copied from a web page as text: one cell per line, or one cell per paragraph.

Copying a table out of a browser often loses its grid: the header comes as one line (cells set
apart by spaces or a tab) or one header cell per line, then every cell's text follows in
reading order with nothing between rows; a cell spanned from the row above is not repeated and
an empty cell leaves nothing. The rows are recovered with the header's column count and roles:
each text unit is given the column whose kind it fits (a date or period is a deadline cell, a
run of unit names an owner cell, a numbered line an action, a sentence a benefit, a short name
a measure), in column order, a row starting again at the first column or, under a spanning
group cell, at a later one. The best assignment is found by dynamic programming (Viterbi) over
the units; the result is the same `PhysicalTable` (with rowspans) every reader emits.

In the paragraph form a blank line separates cells and a cell's own lines (its numbered
actions, the units of an owner cell) stay together; in the line form any line may be a cell or
the next line of one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.blocks import Cell, PhysicalRow, PhysicalTable
from ingest.columns import FIELD_ROLES, assign_roles, header_role, is_header_row, is_scoring_header, positional_roles
from ingest.field_model import learned_field
from ingest.fields import is_deadline, is_event_time_only, is_owner, join_text
from ingest.markers import marker_number, parse_marker
from ingest.narrative import SourceLine, is_appendix_title
from ingest.normalize import brackets

# Scores (log-odds-like, higher is better) of a unit filling a cell of a role, and of the moves
# between cells. Kinds that a unit shows by grammar (a date, a unit name, a marker) score far
# apart; kinds told only by shape (a short name, a sentence) close together.
FITS, PLAUSIBLE, UNLIKELY, WRONG = 0.0, -1.0, -3.0, -8.0
SKIP_COST = {"extra": -0.3, "section": -0.5, "benefit": -2.0, "owner": -3.0, "deadline": -3.0}
COVER_COST = {"section": -0.5, "measure": -2.0, "extra": -1.0}  # a cell spanned from the row above
BANNER = -1  # the state of a full-width row (a 構面 inside the table)
_HEADER_SPLIT = re.compile(r"\t|[ \u3000]+")
_SENTENCE = re.compile(r"[。！？]$")
# words, a frequency word, words: a name with the frequency inside it (`社區定期健康講座`), not a period that opens with one
_NAMED_WITH_FREQUENCY = re.compile(r"[\u4e00-\u9fff]{2,6}(?:定期|即時|持續|經常|常態|長期|隨時)[\u4e00-\u9fff]{2,4}")


@dataclass(frozen=True)
class Unit:
    """One line of the copied table: its text, line number, whether a blank line precedes it."""

    text: str
    line: int | None
    after_blank: bool = False


def header_cells(text: str) -> list[str] | None:
    """A header written on one line (`實施要項 推動作法 完成期限 承辦單位 預期效益`), else None."""
    cells = [c for c in _HEADER_SPLIT.split(text.strip()) if c]
    if len(cells) >= 3 and (is_header_row(cells) or is_scoring_header(cells)):
        return cells
    return None


def header_run(units: list[Unit], start: int) -> list[str] | None:
    """One header cell per unit from `start` (`實施要項` / `推動作法` / …): names of known roles."""
    names: list[str] = []
    roles: set[str] = set()
    for at, unit in enumerate(units[start:], start):
        role = header_role(unit.text)
        if role is None or len(unit.text) > 12 or parse_marker(unit.text):
            break  # (a numbered heading such as `伍、實施內容` is no header cell)
        if role in roles and role in FIELD_ROLES and not _named_again(units, at):
            break  # a second deadline column (`延長服務時間`) is the first body cell, not a header
        if role not in FIELD_ROLES and roles & set(FIELD_ROLES):
            break  # after the fields a remark column (`檢核方式`) or the first measure: `best_header` decides
        names.append(unit.text)
        roles.add(role)
    if len(names) >= 3 and (is_header_row(names) or is_scoring_header(names)):
        return names
    return None


def _named_again(units: list[Unit], at: int) -> bool:
    """A field named a second time is a header cell still when more header names follow it (`辦理進程`,
    `竣事期限`, `辦理主體`: two names of time, the rows tell which holds it); a body cell has none after it."""
    after = units[at + 1] if at + 1 < len(units) else None
    return _header_like(units[at]) and after is not None and _header_like(after) and header_role(after.text) not in (None, header_role(units[at].text))


def is_table_end(text: str) -> bool:
    """A chapter heading (`伍、管制考核`) or an appendix ends a copied table."""
    marker = parse_marker(text)
    return bool(marker and marker.level == 1) or is_appendix_title(text)


# -- fitting units to cells ---------------------------------------------------------------
def fit(role: str, text: str, repeated: frozenset[str] = frozenset()) -> float:
    """How well `text` fills a cell of `role`, by what it is. `repeated`: short texts the
    document holds more than once (a value of a category column, `問卷調查`): a measure or a
    group is named once."""
    marker = parse_marker(text)
    dated, unit_names = is_deadline(text), is_owner(text)
    if dated and role == "measure" and _NAMED_WITH_FREQUENCY.fullmatch(text) and learned_field(text, "measure"):
        dated = False  # (a service named with a frequency word inside it, `長者定期健康檢查`, `開票結果即時公開`: the model says a name)
    if dated and role == "measure" and is_event_time_only(text) and learned_field(text, "measure") and not learned_field(text, "deadline"):
        dated = False  # (a name the grammar reads only as an event and an act, `孕婦產前檢查補助諮詢`: the model says a name, no time)
    short = len(text) <= 30 and not re.search(r"[。；;]", text)
    # a value the grammar does not know may still be one, by the field model: plausible, not certain
    if role == "deadline":
        return FITS if dated else PLAUSIBLE if learned_field(text, "deadline") else WRONG
    if role == "owner":
        return FITS if unit_names or _aside_opened(text) else PLAUSIBLE if learned_field(text, "owner") else WRONG
    if role == "section":
        return FITS if marker and marker.level <= 3 and short else WRONG
    if dated or (unit_names and role != "measure"):
        return UNLIKELY if role == "extra" else WRONG
    if role == "measure":
        if unit_names:  # one name ending like a unit (`親子共讀班`, `行動服務站`): a measure, though rarely
            return UNLIKELY if short and not marker and not re.search(r"[、,，/／;；\s]", text) else WRONG
        if marker and marker.level <= 2:
            return WRONG
        return FITS if short and not (marker and marker.level >= 4) and text not in repeated else UNLIKELY
    if role == "actions":
        if marker and (marker.level >= 3 or _is_list_item(marker, text)):
            return FITS
        return PLAUSIBLE if _SENTENCE.search(text) else UNLIKELY
    if role == "benefit":
        if marker:
            return WRONG
        return FITS if _SENTENCE.search(text) else UNLIKELY
    return PLAUSIBLE if short and not marker else UNLIKELY  # extra


_OPEN_ALL, _CLOSE_ALL = brackets(quoting=True)


def _aside_opened(text: str) -> bool:
    """A unit whose aside a line break cut (`甲員（提供英語` / `及日語服務）`): the unit before the bracket left open."""
    depth, opened = 0, None
    for at, ch in enumerate(text):
        if ch in _OPEN_ALL:
            depth, opened = depth + 1, at if depth == 0 else opened
        elif ch in _CLOSE_ALL:
            depth -= 1
    return depth > 0 and opened is not None and opened >= 2 and is_owner(text[:opened])


def _aside_closed(text: str) -> bool:
    """The rest of such an aside on the next line: it closes a bracket it never opened (`及日語服務）`)."""
    return text[-1:] in _CLOSE_ALL and sum(ch in _CLOSE_ALL for ch in text) > sum(ch in _OPEN_ALL for ch in text)


def _is_list_item(marker, text: str) -> bool:
    """A `一、`/`一．` line that is a sentence (ends with 。): an item of a cell's list, for a
    heading names a topic and ends with no full stop."""
    return marker.level == 2 and text.rstrip()[-1:] in "。！？"


def banner_fit(text: str) -> float:
    marker = parse_marker(text)
    if marker and _is_list_item(marker, text):
        return WRONG
    return PLAUSIBLE if marker and marker.level <= 3 and len(text) <= 40 and "。" not in text[:-1] else WRONG


def continue_fit(role: str, text: str) -> float:
    """How well a unit runs on the cell above it (a cell's next line)."""
    marker = parse_marker(text)
    if role == "actions":
        return FITS if marker and (marker.level >= 3 or _is_list_item(marker, text)) else UNLIKELY
    if role == "owner":  # (a unit the grammar does not know, `調停庭`, `甲員（需預約）`: plausible by the field model, as a first line is)
        return FITS if is_owner(text) or _aside_opened(text) or _aside_closed(text) \
            else PLAUSIBLE if len(text) <= 30 and learned_field(text, "owner") else WRONG
    # (a benefit is told in sentences: a short name with no sentence in it, `長者定期健康檢查`, is the next row's group or
    # measure, not the benefit's next line)
    if role == "benefit" and not _SENTENCE.search(text) and len(text) <= 20:
        return WRONG
    return UNLIKELY if role in ("benefit", "extra", "measure") else WRONG


class CellFitter:
    """The best assignment of units to (row, column) for one header, by Viterbi."""

    def __init__(self, roles: list[str], repeated: frozenset[str] = frozenset()):
        self.roles = roles
        self.width = len(roles)
        self.repeated = repeated
        self._paragraphs = False

    def fit(self, state: int, text: str) -> float:
        return banner_fit(text) if state == BANNER else fit(self.roles[state], text, self.repeated)

    def _skip(self, columns: range) -> float:
        return sum(SKIP_COST.get(self.roles[c], WRONG) for c in columns)

    def _cover(self, columns: range) -> float:
        return sum(COVER_COST.get(self.roles[c], WRONG) for c in columns)

    def _moves(self, previous: int, state: int, unit: Unit) -> float | None:
        """Score of going from the state of the unit above to `state` (None: not allowed)."""
        n = self.width
        if state == BANNER:
            return self._skip(range(previous + 1, n)) if previous != BANNER else 0.0
        if previous == BANNER:
            return self._cover(range(0, state)) + self._numbering(None, state, unit)
        if state == previous:  # the same cell goes on
            return None if unit.after_blank else continue_fit(self.roles[state], unit.text)
        if not unit.after_blank and self._paragraphs:
            return None  # in the paragraph form a cell's lines stay together
        if state > previous:
            return self._skip(range(previous + 1, state)) + self._numbering(previous, state, unit)
        return self._skip(range(previous + 1, n)) + self._cover(range(0, state)) + self._numbering(None, state, unit)

    def _numbering(self, previous: int | None, state: int, unit: Unit) -> float:
        """Numbered items count from 1 under each measure or group: an item numbered 2 or more
        right after a measure cell, or one numbered 1 in a row whose measure cell is spanned
        from above, is unlikely."""
        marker = parse_marker(unit.text)
        number = marker_number(marker) if marker else None
        if self.roles[state] != "actions" or number is None or "measure" not in self.roles:
            return 0.0
        measure = self.roles.index("measure")
        if previous == measure and number > 1:
            return UNLIKELY
        if previous is None and state > measure and number == 1:
            return UNLIKELY
        return 0.0

    def assign(self, units: list[Unit], paragraphs: bool) -> tuple[float, list[int]]:
        """(total score, state per unit): a column index, or BANNER."""
        self._paragraphs = paragraphs
        states = [*range(self.width), BANNER]
        score = {s: self.fit(s, units[0].text) + (self._cover(range(0, s)) if s != BANNER else 0.0) for s in states}
        back: list[dict[int, int]] = []
        for unit in units[1:]:
            new, pointers = {}, {}
            for s in states:
                emit = self.fit(s, unit.text)
                best, arg = None, None
                for p in states:
                    move = self._moves(p, s, unit)
                    if move is None:
                        continue
                    total = score[p] + move + (0.0 if s == p != BANNER else emit)  # a cell's next line: scored by the move
                    if best is None or total > best:
                        best, arg = total, p
                if best is not None:
                    new[s], pointers[s] = best, arg
            score, back = new, back + [pointers]
        last = max(score, key=lambda s: score[s] + (self._skip(range(s + 1, self.width)) if s != BANNER else 0.0))
        total = score[last]
        path = [last]
        for pointers in reversed(back):
            path.append(pointers[path[-1]])
        return total, path[::-1]


def _cell_text(role: str, lines: list[str]) -> str:
    if role == "owner" and len(lines) > 1:
        return "、".join(lines)
    if len(lines) > 1 and role in ("actions", "benefit", "extra"):
        return " ".join(f"<p>{line}</p>" for line in lines)
    text = ""
    for line in lines:
        text = join_text(text, line)
    return text


def build_table(header: list[str], units: list[Unit], path: list[int], line: int | None, roles: list[str]) -> PhysicalTable:
    """Rows from the units' states: a state at or left of the previous one starts a row; the
    columns before its first cell are spanned from the row above."""
    width = len(header)
    rows: list[PhysicalRow] = [PhysicalRow([Cell(h) for h in header], line, header=True)]
    grid: list[list[list[str] | None]] = []  # per row, per column: its lines, or None (spanned)
    banners: dict[int, str] = {}
    row_lines: list[int | None] = []
    previous: int | None = None
    for unit, state in zip(units, path, strict=True):
        if state == BANNER:
            banners[len(grid)] = unit.text
            grid.append([])
            row_lines.append(unit.line)
            previous = BANNER
            continue
        if previous is None or previous == BANNER or state < previous or (state == previous and unit.after_blank):
            grid.append([None] * state + [[] for _ in range(width - state)])
            row_lines.append(unit.line)
        cell = grid[-1][state]
        if cell is not None:
            cell.append(unit.text)
        previous = state
    owner_of: dict[int, tuple[int, int]] = {}  # column → (physical row, cell index) that spans down
    for r, cells in enumerate(grid):
        if r in banners:
            rows.append(PhysicalRow([Cell(banners[r], colspan=width)], row_lines[r]))
            owner_of.clear()
            continue
        out: list[Cell] = []
        for c, lines in enumerate(cells):
            if lines is None and c in owner_of:
                at, k = owner_of[c]
                rows[at].cells[k] = Cell(rows[at].cells[k].text, rows[at].cells[k].rowspan + 1)
                continue
            owner_of[c] = (len(rows), len(out))
            out.append(Cell(_cell_text(roles[c], lines or [])))
        rows.append(PhysicalRow(out, row_lines[r]))
    return PhysicalTable(rows, line)


def read_cell_table(header: list[str], units: list[Unit], line: int | None,
                    repeated: frozenset[str] = frozenset()) -> PhysicalTable:
    """The table a header and the units below it hold."""
    paragraphs = any(u.after_blank for u in units[1:])
    _, path, roles = best_fit(header, units, repeated, paragraphs)
    return build_table(header, units, path, line, roles)


def header_readings(header: list[str]) -> list[list[str]]:
    """The column roles a header may mean: as its names say; and where two names say one field
    (`辦理進程` and `竣事期限`, both a time), each reading in which one of them holds it, the other
    text by where it stands (the rows then tell which: `best_fit`)."""
    readings = [positional_roles(assign_roles(header))]
    named = [header_role(h) for h in header]
    for role in FIELD_ROLES:
        columns = [i for i, r in enumerate(named) if r == role]
        for keep in columns[1:]:
            other = [("" if i in columns and i != keep else h) for i, h in enumerate(header)]
            reading = positional_roles(assign_roles(other))
            if reading not in readings:
                readings.append(reading)
    return readings


def best_fit(header: list[str], units: list[Unit], repeated: frozenset[str], paragraphs: bool) -> tuple[float, list[int], list[str]]:
    """(score, states, roles) of the header's reading whose rows fit best."""
    best: tuple[float, list[int], list[str]] | None = None
    for roles in header_readings(header):
        score, path = CellFitter(roles, repeated).assign(units, paragraphs)
        if best is None or score > best[0]:
            best = (score, path, roles)
    assert best is not None
    return best


def _header_like(unit: Unit) -> bool:
    return len(unit.text) <= 8 and not re.search(r"[。，、；：:]", unit.text) and not parse_marker(unit.text)


def best_header(names: list[str], before: list[Unit], units: list[Unit],
                repeated: frozenset[str] = frozenset()) -> tuple[list[str], int, list[Unit]]:
    """A header written one cell per unit may begin or go on with names of columns the
    vocabulary does not know (`策略` before it, `備註` after it): take the reading whose rows
    fit best. Returns the header, how many units before the known names it took, the body."""
    paragraphs = any(u.after_blank for u in units[1:])
    best: tuple[float, list[str], int, list[Unit]] | None = None
    for lead in range(0, len(before) + 1):
        for extra in range(0, 3):
            if extra > len(units) - 1 or not all(_header_like(u) for u in units[:extra]):
                break
            header = [u.text for u in before[len(before) - lead:]] + names + [u.text for u in units[:extra]]
            score, _, _ = best_fit(header, units[extra:], repeated, paragraphs)
            if best is None or score > best[0]:
                best = (score, header, lead, units[extra:])
    assert best is not None
    return best[1], best[2], best[3]


def _is_header(units: list[Unit], at: int) -> tuple[list[str], int] | None:
    """(header cells, units it takes) of a header at `at`: one line, or one cell per unit."""
    cells = header_cells(units[at].text)
    if cells is not None:
        return cells, 1
    names = header_run(units, at)
    return (names, len(names)) if names else None


def _shared_heads(units: list[Unit], at: list[int]) -> tuple[list[Unit], list[int]]:
    """Units that name their kind only once, after the last of them, a list cut into lines at its enumeration commas
    (`甲組主責，衛生` / `社政` / `勞政單位協處`): the lines joined back by the comma, one owner."""
    out: list[Unit] = []
    kept: list[int] = []
    i = 0
    while i < len(units):
        joined = _joined_run(units, i)
        if joined:
            stop, text = joined
            out.append(Unit(text, units[i].line, units[i].after_blank))
            kept.append(at[i])
            i = stop
            continue
        out.append(units[i])
        kept.append(at[i])
        i += 1
    return out, kept


def _joined_run(units: list[Unit], i: int) -> tuple[int, str] | None:
    """(end, text) of a run from unit `i` whose lines are no owners alone, each short word cut before the head noun it
    shares with the last line, and whose lines joined by 、 are one; None for any other."""
    first = units[i].text
    cut = re.search(r"[，,、]([\u4e00-\u9fff]{1,4})$", first)  # (a unit's clause, then the short word cut from its head)
    if cut is None or is_owner(first) or is_deadline(first) or not is_owner(first[: cut.start()]):
        return None
    text = first
    for j in range(i + 1, min(i + 4, len(units))):
        if units[j].after_blank:
            return None
        text = f"{text}、{units[j].text}"
        if is_owner(units[j].text):
            return (j + 1, text) if is_owner(text) else None
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", units[j].text):
            return None
    return None


def split_cell_tables(lines: list[SourceLine]) -> list[list[SourceLine] | PhysicalTable]:
    """Prose lines with the copied tables among them read out: runs of prose lines and tables,
    in order. A table is a header with at least one unit below it, up to a chapter heading, an
    appendix or the next header."""
    units: list[Unit] = []
    at: list[int] = []  # index in `lines` of each unit
    blank = False
    for i, ln in enumerate(lines):
        if not ln.text:
            blank = bool(units)
            continue
        units.append(Unit(ln.text, ln.line, blank))
        at.append(i)
        blank = False
    units, at = _shared_heads(units, at)
    counts = Counter(u.text for u in units)
    repeated = frozenset(t for t, n in counts.items() if n >= 2 and len(t) <= 20)
    found: list[tuple[int, list[str], int]] = []  # (unit index, header cells, units it takes)
    i = 0
    while i < len(units):
        header = _is_header(units, i)
        if header is None:
            i += 1
            continue
        found.append((i, *header))
        i += header[1]
    tables: list[tuple[int, int, list[str], list[Unit]]] = []  # (first unit, last unit + 1, header, body)
    for k in reversed(range(len(found))):
        i, header, taken = found[k]
        stop = found[k + 1][0] if k + 1 < len(found) else len(units)
        if tables:
            stop = min(stop, tables[-1][0])  # the next table may have taken names written before its header
        j = next((j for j in range(i + taken, stop) if is_table_end(units[j].text)), stop)
        body = units[i + taken: j]
        if not body:
            continue
        if taken > 1:
            floor = found[k - 1][0] + found[k - 1][2] if k else 0
            before: list[Unit] = []  # up to two short names right before the known ones
            while len(before) < 2 and i - len(before) - 1 >= floor and _header_like(units[i - len(before) - 1]):
                before.insert(0, units[i - len(before) - 1])
            header, lead, body = best_header(header, before, body, repeated)
            i -= lead
        tables.append((i, j, header, body))
    out: list[list[SourceLine] | PhysicalTable] = []
    prose_from = 0
    for i, j, header, body in reversed(tables):
        out.append(lines[prose_from: at[i]])
        out.append(read_cell_table(header, body, units[i].line, repeated))
        prose_from = at[j - 1] + 1
    out.append(lines[prose_from:])
    return [part for part in out if isinstance(part, PhysicalTable) or part]


__all__ = ["Unit", "best_header", "header_cells", "header_run", "is_table_end", "read_cell_table", "split_cell_tables"]
