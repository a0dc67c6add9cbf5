"""Text copied from a web page's table (issue 18): one cell per line, or one cell per paragraph.

The table's header comes as one line (cells set apart by spaces or a tab) or one header cell
per line; then every cell's text, in reading order, with nothing between rows: a spanned
cell is not repeated, an empty cell leaves nothing, a cell's own lines (numbered actions, the
units of an owner cell) stay lines. `paragraphs=True` puts a blank line between cells.
"""

from __future__ import annotations

import random

from ingest.blocks import Heading, Paragraph
from plan_factory.layout import PlanTable, text_document
from plan_factory.model import Plan

HEADER_SEPARATORS = ("\u3000", " ", "\t", "\n")


def _cell_lines(text: str, role: str, owner_lines: bool) -> list[str]:
    if role == "owner" and owner_lines:
        return text.split("、")
    return [line for line in text.split("\n") if line]


def table_cells(table: PlanTable, owner_lines: bool) -> list[list[str]]:
    """The table's cells as a reader copies them: header first, then each cell's lines."""
    cells: list[list[str]] = []
    for i, row in enumerate(table.rows):
        if i in table.full_rows:
            cells.append([table.full_rows[i]])
        for role, text in zip(table.roles, row, strict=True):
            if text:  # None: covered by a span; "": an empty cell
                cells.append(_cell_lines(text, role, owner_lines))
    return cells


def web_text(plan: Plan, *, paragraphs: bool) -> str:
    assert plan.style is not None
    rng = random.Random(plan.seed * 4421 + (3 if paragraphs else 1))
    separator = rng.choice(HEADER_SEPARATORS)
    out: list[str] = []
    gap = [""] if paragraphs else []
    for element in text_document(plan):
        if isinstance(element, Heading | Paragraph):
            out += [element.text] + gap
            continue
        if separator == "\n":
            for name in element.header:
                out += [name, *gap]
        else:
            out += [separator.join(element.header)] + gap
        for lines in table_cells(element, plan.style.owner_lines):
            out += lines + gap
    return "\n".join(out) + "\n"


def web_lines(plan: Plan) -> str:
    return web_text(plan, paragraphs=False)


def web_paragraphs(plan: Plan) -> str:
    return web_text(plan, paragraphs=True)
