"""Tables whose physical rows are visual lines (OCR or a text dump of a ruled table).

Such a table is told by what its rows look like, not by which plan it is: most of its rows
are *line fragments*, every filled text cell running on from the cell above (no numbering
marker, the text above ends no sentence). An ordinary table has that only for a row cut by a
page break. The lines are merged back into measure rows; OCR ghost lines are dropped.
"""

from __future__ import annotations

import re

from ingest.assemble import TEXT_ROLES, LogicalRow
from ingest.draft import DraftRow
from ingest.fields import SENTENCE_END, is_deadline
from ingest.markers import parse_marker, split_arabic, strip_marker
from ingest.normalize import clean_cell, has_simplified_only, squash_ws

_GHOST_TOKENS = re.compile(r"\S+")
_ENDS = SENTENCE_END + "。：:"


def _text_columns(row: LogicalRow) -> list[str]:
    return [*row.sections, *(row.get(role) for role in TEXT_ROLES if role != "section")]


def is_line_fragment(row: LogicalRow, above: list[str]) -> bool:
    """Every filled text cell of the row runs on from the last filled cell above it."""
    cells = [clean_cell(c) for c in _text_columns(row)]
    filled = [i for i, c in enumerate(cells) if c]
    if not filled:
        return False
    for i in filled:
        previous = above[i] if i < len(above) else ""
        if not previous or previous[-1] in _ENDS or parse_marker(cells[i]):
            return False
    return True


def is_wrapped_table(rows: list[LogicalRow]) -> bool:
    """More than half of the rows are line fragments: each visual line came out as a row."""
    above: list[str] = []
    fragments = 0
    for row in rows:
        cells = [clean_cell(c) for c in _text_columns(row)]
        fragments += is_line_fragment(row, above)
        above = [c or (above[i] if i < len(above) else "") for i, c in enumerate(cells)]
    return len(rows) >= 4 and fragments * 2 > len(rows)


def is_garbage(fragment: str) -> bool:
    """OCR ghost text: no CJK, Simplified-only characters in a Traditional plan, or a run of
    one- and two-character tokens."""
    text = fragment.strip()
    if not text:
        return True
    if not re.search(r"[\u3400-\u9fff]", text):
        return True
    if has_simplified_only(text):
        return True
    tokens = _GHOST_TOKENS.findall(text)
    return len(tokens) >= 3 and sum(len(t) for t in tokens) / len(tokens) <= 2


def ocr_join(text: str) -> str:
    """Join OCR line fragments: spaces next to CJK characters were line or glyph gaps."""
    return re.sub(r"(?<=[\u3400-\u9fff（）()])\s+|\s+(?=[\u3400-\u9fff（）()])", "", squash_ws(text))


def merge_wrapped_lines(rows: list[LogicalRow], caption: list[str]) -> tuple[list[DraftRow], list[dict]]:
    """Visual lines → measure rows. A row opens where the measure cell opens a numbered item,
    a section cell opens a chapter-level item, or the action numbering starts again at 1;
    every valid deadline line adds its deadline and owner."""
    out: list[dict] = []
    warnings: list[dict] = []
    section_values: list[str] = []
    current: dict | None = None

    def start(row: LogicalRow) -> dict:
        new = {"sections": list(section_values), "measure": "", "actions": "", "benefit": "",
               "deadlines": [], "owners": [], "line": row.line, "page": row.page}
        out.append(new)
        return new

    for row in rows:
        measure = clean_cell(row.get("measure"))
        deadline = clean_cell(row.get("deadline"))
        valid_deadline = bool(deadline) and is_deadline(deadline)
        opens = bool(parse_marker(measure)) and not is_garbage(measure)
        if deadline and not valid_deadline and parse_marker(measure):
            warnings.append({"line": row.line, "page": row.page, "reason": "OCR ghost line dropped"})
            continue
        opened_section = False
        for i, cell in enumerate(row.sections):
            cell = clean_cell(cell)
            if is_garbage(cell):
                continue
            while len(section_values) <= i:
                section_values.append("")
            marker = parse_marker(cell)
            if marker and marker.level in (1, 2):
                section_values[i] = ocr_join(cell)
                del section_values[i + 1:]
                opened_section = True
            else:
                section_values[i] = ocr_join(section_values[i] + cell)
        action = clean_cell(row.get("actions"))
        action = "" if is_garbage(action) else action
        action_marker = parse_marker(action)
        restarts = bool(action_marker and action_marker.level == 4 and action_marker.token.startswith("1")
                        and current and current["actions"])
        if current is None or opens or opened_section or restarts:
            current = start(row)
        current["sections"] = list(section_values)
        if measure and not is_garbage(measure):
            current["measure"] = ocr_join(current["measure"] + measure)
        if action:
            current["actions"] = ocr_join(current["actions"] + action)
        benefit = clean_cell(row.get("benefit"))
        if benefit and not is_garbage(benefit):
            current["benefit"] = ocr_join(current["benefit"] + benefit)
        if valid_deadline:
            value = ocr_join(deadline)
            if value not in current["deadlines"]:
                current["deadlines"].append(value)
            owner = ocr_join(clean_cell(row.get("owner")))
            if owner and not is_garbage(owner) and owner not in current["owners"]:
                current["owners"].append(owner)
    drafts = []
    for item in out:
        measure = strip_marker(item["measure"], (3, 4))
        prefix, actions = split_arabic(item["actions"], anywhere=True)
        if prefix:
            actions = [prefix] + actions
        if not measure and not actions:
            continue
        if not measure:
            warnings.append({"line": item["line"], "page": item["page"],
                             "reason": "OCR table row without a readable measure; kept its actions"})
        drafts.append(DraftRow(caption + [s for s in item["sections"] if s], measure or actions[0], actions,
                               "；".join(item["deadlines"]) or None, "；".join(item["owners"]) or None,
                               item["benefit"] or None, item["line"], item["page"]))
    return drafts, warnings
