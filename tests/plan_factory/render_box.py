"""Box-drawing tables as a law database's print view or a fixed-width export draws them.

A `PlanTable` is drawn with one of five styles (light ┌─┬┐, heavy, double, full-width ｜－＋,
ASCII +-|): cell text wrapped at the column's width, a rowspan shown by a rule that leaves the
spanned column open, a full-width row (a 構面 inside the table) as one cell between rules.
`row_rules=False` draws no rule between body rows (only around the header and the table), as
many text exports do; the rows then show only by where their cells start.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from plan_factory import vocabulary as V
from plan_factory.layout import PlanTable

ROLE_WIDTH = {"facet": 12, "measure": 12, "group": 14, "actions": 30, "steps": 30, "deadline": 10, "owner": 10,
              "benefit": 18, "extra": 10}
# junction glyph by (line up, line down, rule left, rule right), in the order of BOX_STYLES' corners
_JUNCTIONS = ((0, 1, 0, 1), (0, 1, 1, 1), (0, 1, 1, 0), (1, 1, 0, 1), (1, 1, 1, 1), (1, 1, 1, 0),
              (1, 0, 0, 1), (1, 0, 1, 1), (1, 0, 1, 0))


def char_width(ch: str, wide_ambiguous: bool) -> int:
    kind = unicodedata.east_asian_width(ch)
    return 2 if kind in "WF" or (kind == "A" and wide_ambiguous) else 1


def text_width(text: str, wide_ambiguous: bool = True) -> int:
    return sum(char_width(ch, wide_ambiguous) for ch in text)


@dataclass(frozen=True)
class Glyphs:
    horizontal: str
    vertical: str
    corners: str
    unit: int  # display columns one glyph takes

    @classmethod
    def of(cls, style: str) -> Glyphs:
        horizontal, vertical, corners = V.BOX_STYLES[style]
        return cls(horizontal, vertical, corners, text_width(horizontal))

    def junction(self, up: bool, down: bool, left: bool, right: bool) -> str:
        key = (int(up), int(down), int(left), int(right))
        if key in _JUNCTIONS:
            return self.corners[_JUNCTIONS.index(key)]
        return self.vertical if up or down else self.horizontal if left or right else " " * self.unit


def wrap_cell(text: str, width: int) -> list[str]:
    """A cell's text in lines of at most `width` display columns; each of its own lines (one
    numbered action each) starts a new line."""
    out: list[str] = []
    for part in text.split("\n"):
        line, used = "", 0
        for ch in part:
            w = text_width(ch)
            if used + w > width and line:
                out.append(line)
                line, used = "", 0
            line += ch
            used += w
        out.append(line)
    return [ln for ln in out if ln] or [""]


def pad(text: str, width: int) -> str:
    """Pad with full-width spaces, and one ASCII space when an odd column is left."""
    room = width - text_width(text)
    return text + "\u3000" * (room // 2) + " " * (room % 2)


class BoxTable:
    """Draws one table; `lines()` gives the physical lines."""

    def __init__(self, table: PlanTable, style: str, row_rules: bool = True, closed: bool = True):
        self.table, self.glyphs, self.row_rules, self.closed = table, Glyphs.of(style), row_rules, closed
        self.boundaries: set[int] = set()
        unit = self.glyphs.unit
        self.widths = [max(ROLE_WIDTH.get(r, 10), text_width(h) + 2) // unit * unit for r, h in zip(table.roles, table.header, strict=True)]

    # -- rules -----------------------------------------------------------------------
    def _segment(self, col: int, open_: bool) -> str:
        g = self.glyphs
        return pad("", self.widths[col]) if open_ else g.horizontal * (self.widths[col] // g.unit)

    def rule(self, above: str | None, below: str | None, open_cols: frozenset[int] = frozenset()) -> str:
        """A rule between a row shaped `above` and one shaped `below` ("cells", "full" or None
        at the table's edge); `open_cols`: columns a rowspan carries through the rule."""
        g, n = self.glyphs, len(self.widths)
        out = []
        for b in range(n + 1):  # boundaries: 0 = left border, n = right border
            edge = b in (0, n)
            up = above is not None and (edge or above == "cells")
            down = below is not None and (edge or below == "cells")
            left = b > 0 and (b - 1) not in open_cols
            right = b < n and b not in open_cols
            out.append(g.junction(up, down, left, right))
            if b < n:
                out.append(self._segment(b, b in open_cols))
        return "".join(out)

    def content(self, cells: list[str]) -> str:
        v = self.glyphs.vertical
        return v + v.join(pad(c, w) for c, w in zip(cells, self.widths, strict=True)) + v

    def full(self, text: str) -> str:
        total = sum(self.widths) + self.glyphs.unit * (len(self.widths) - 1)
        return self.glyphs.vertical + pad(text, total) + self.glyphs.vertical

    # -- rows ------------------------------------------------------------------------
    def _block(self, texts: list[list[str]], height: int) -> list[str]:
        return [self.content([col[k] if k < len(col) else "" for col in texts]) for k in range(height)]

    def lines(self) -> list[str]:
        table = self.table
        rows = table.rows
        heights, texts = self._layout()
        out = [self.rule(None, "cells"), *self._block([wrap_cell(h, w) for h, w in zip(table.header, self.widths, strict=True)],
                                                      max(len(wrap_cell(h, w)) for h, w in zip(table.header, self.widths, strict=True)))]
        shape = "cells"
        self.boundaries = set()  # line indices where a row begins (its rule, or its first line)
        for i in range(len(rows)):
            if i:
                self.boundaries.add(len(out))
            if i in table.full_rows:
                out.append(self.rule(shape, "full"))
                out.append(self.full(table.full_rows[i]))
                shape = "full"
            open_cols = frozenset(c for c, text in enumerate(rows[i]) if text is None) if shape == "cells" else frozenset()
            if i == 0 or shape == "full" or self.row_rules:
                out.append(self.rule(shape, "cells", open_cols))
            out.extend(self._block(texts[i], heights[i]))
            shape = "cells"
        if self.closed:
            out.append(self.rule(shape, None))
        return out

    def page_break_lines(self) -> tuple[list[str], list[str]]:
        """A page break inside the table with its border redrawn: the bottom rule above the
        break, the top rule and the repeated header below it."""
        header = [wrap_cell(h, w) for h, w in zip(self.table.header, self.widths, strict=True)]
        return ([self.rule("cells", None)],
                [self.rule(None, "cells"), *self._block(header, max(len(h) for h in header)), self.rule("cells", "cells")])

    def _layout(self) -> tuple[list[int], list[list[list[str]]]]:
        """Per row: its height and each column's lines. A spanning cell's text runs on into
        the rows it spans; the last of them grows when the text needs more room."""
        rows = self.table.rows
        texts = [[[] for _ in self.widths] for _ in rows]
        heights = [1] * len(rows)
        for i, row in enumerate(rows):
            for c, text in enumerate(row):
                if text is not None and self._span(i, c) == 1:
                    texts[i][c] = wrap_cell(text, self.widths[c])
                    heights[i] = max(heights[i], len(texts[i][c]))
        for i, row in enumerate(rows):
            for c, text in enumerate(row):
                span = self._span(i, c) if text is not None else 0
                if span < 2:
                    continue
                lines = wrap_cell(text, self.widths[c])
                at = 0
                for k in range(i, i + span):
                    room = heights[k] if k < i + span - 1 else max(heights[k], len(lines) - at)
                    heights[k] = room
                    texts[k][c] = lines[at: at + room]
                    at += room
        return heights, texts

    def _span(self, i: int, c: int) -> int:
        rows, span = self.table.rows, 1
        while i + span < len(rows) and rows[i + span][c] is None and (i + span) not in self.table.full_rows:
            span += 1
        return span
