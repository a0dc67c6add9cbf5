"""ONE assembler for every table: logical rows + column roles → draft rows.

The grain of a row comes from the column roles and the spans, never from text length:
- *measure* grain: each measure cell opens a row; its numbered actions are split out, rows
  below it with an empty (spanned or blank) measure cell add actions, and their deadlines and
  owners are listed in order (`97年6月；97年10月`). This is also the grain of tables whose
  action column holds check items of an indicator (評核指標 / 檢核項目).
- *step* grain: the measure column is the top of the table and spans steps that each carry
  their own deadline/owner (or one cell packs several steps with one deadline each): each
  step is a row and the broad measure goes into `section`.
Tables whose physical rows are visual lines (OCR of a ruled table) are first merged back into
logical rows by `ingest.ocr_repair`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.blocks import Table
from ingest.columns import assign_roles, canonical_header, is_check_item_column, is_header_row, roles_by_content
from ingest.draft import DraftRow
from ingest.fields import distinct_join, is_deadline, join_text, split_packed
from ingest.grid import realign_shifted_row
from ingest.markers import parse_marker, split_items, split_steps
from ingest.normalize import clean_cell, html_fragments, join_cjk, squash_ws

TEXT_ROLES = ("section", "measure", "actions", "benefit")


@dataclass
class LogicalRow:
    """One row of a logical table, its cells named by role."""

    cells: dict[str, str]
    sections: list[str]
    extra: dict[str, str]
    line: int | None
    page: int | None

    def get(self, role: str) -> str:
        return self.cells.get(role, "")

    @property
    def has_meta(self) -> bool:
        return bool(self.get("deadline").strip() or self.get("owner").strip())

    @property
    def continuation(self) -> bool:
        """No measure and no deadline/owner of its own: the row continues the one above."""
        return not (self.get("measure").strip() or self.has_meta)


def map_roles(table: Table, roles: list[str]) -> list[LogicalRow]:
    """Body rows with cells named by role; header rows and rule lines dropped, short rows
    padded on the right (as HTML and word processors mean a short row), shifted rows
    realigned. (Tab text, whose short rows lost leading cells, is padded by its reader.)"""
    width = len(roles)
    out: list[LogicalRow] = []
    for row in table.rows:
        cells = list(row.cells)
        if not any(c.strip() for c in cells) or is_header_row(cells):
            continue
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        elif len(cells) > width:
            cells = cells[: width - 1] + [" ".join(c for c in cells[width - 1:] if c.strip())]
        cells = realign_shifted_row(cells, roles)
        mapped: dict[str, str] = {}
        sections: list[str] = []
        extra: dict[str, str] = {}
        for role, header, cell in zip(roles, table.header, cells, strict=True):
            if role == "section":
                sections.append(cell)
            elif role == "extra":
                if cell.strip():
                    extra[canonical_header(header)] = clean_cell(cell)
            else:
                mapped[role] = cell
        out.append(LogicalRow(mapped, sections, extra, row.line, row.page))
    return out


def _carry_sections(values: list[str], row: LogicalRow) -> list[str]:
    """Section columns carried down: a filled cell replaces its column's value and clears the
    deeper ones (a new group starts its sub-groups afresh)."""
    for i, cell in enumerate(row.sections):
        text = join_cjk(clean_cell(cell))
        if text:
            values = values[:i] + [""] * (i - len(values)) + [text]
    return values


def packs_steps(row: LogicalRow) -> bool:
    """One cell holds several numbered steps and the deadline cell one deadline for each
    (each value a deadline, not all the same)."""
    text = " ".join(html_fragments(row.get("actions")))
    for level in (3, 4):
        _, items = split_steps(text, level)
        if len(items) < 2:
            continue
        values = split_packed(row.get("deadline"), len(items), "deadline")
        if len(set(values)) > 1 and all(v and is_deadline(v) for v in values):
            return True
    return False


def is_step_row(row: LogicalRow) -> bool:
    """A row under a spanning measure that is a step of its own: it has its own deadline. (A
    row cut by a page break carries at most a fragment of an owner, never a new deadline.)"""
    deadline = clean_cell(row.get("deadline"))
    if re.fullmatch(r"[內前止底後起為以之間]{1,2}", deadline):
        return False  # the closing words of a deadline a page cut (`地震發生後2小時` / `內`): the deadline above goes on
    return bool(deadline) and (is_deadline(deadline) or bool(parse_marker(clean_cell(row.get("actions")))))


def can_hold_steps(roles: list[str], header: list[str]) -> bool:
    return "measure" in roles and "actions" in roles and not is_check_item_column(header[roles.index("actions")])


def table_grain(rows: list[LogicalRow], roles: list[str], header: list[str]) -> str:
    """"step" or "measure", from the column roles and spans (see the module docstring)."""
    if "actions" not in roles or is_check_item_column(header[roles.index("actions")]):
        return "measure"
    spans_steps = any(not r.get("measure").strip() and is_step_row(r) for r in rows)
    return "step" if spans_steps or any(packs_steps(r) for r in rows) else "measure"


def table_roles(table: Table) -> list[str]:
    """Column roles from the header, corrected by what the columns hold (`roles_by_content`)."""
    width = len(table.header)
    columns = [[row.cells[i] if i < len(row.cells) else "" for row in table.rows] for i in range(width)]
    return roles_by_content(assign_roles(table.header), [[clean_cell(c) for c in col] for col in columns])


def grain_of(table: Table) -> str | None:
    """The grain this table's own rows show, None for an empty or wrapped table."""
    from ingest.ocr_repair import is_wrapped_table

    roles = table_roles(table)
    rows = map_roles(table, roles)
    if not rows or is_wrapped_table(rows):
        return None
    return table_grain(rows, roles, table.header)


def assemble_table(table: Table, caption: list[str], document_grain: str = "measure") -> tuple[list[DraftRow], list[dict]]:
    """Draft rows of one logical table under the heading path `caption`. `document_grain` is
    "step" when another table of the document shows steps: a plan writes all its tables one
    way, and a table whose groups happen to hold one step each cannot show it by itself."""
    from ingest.ocr_repair import is_wrapped_table, merge_wrapped_lines

    roles = table_roles(table)
    rows = map_roles(table, roles)
    if not rows:
        return [], [{"line": table.line, "page": table.page, "reason": "table has a header but no rows", "code": "header_only_table"}]
    if is_wrapped_table(rows):
        return merge_wrapped_lines(rows, caption)
    grain = table_grain(rows, roles, table.header)
    if grain == "step" or (document_grain == "step" and can_hold_steps(roles, table.header)):
        return step_rows(rows, caption), []
    return measure_rows(rows, caption), []


def measure_rows(rows: list[LogicalRow], caption: list[str]) -> list[DraftRow]:
    """Measure grain: a filled measure cell opens a row, the rows below it add to it."""
    merged: list[dict] = []
    sections: list[str] = []
    for row in rows:
        sections = _carry_sections(sections, row)
        if not row.get("measure").strip() and merged:
            last = merged[-1]
            for role in ("actions", "benefit"):
                last[role] = join_text(last[role], clean_cell(row.get(role)))
            deadline, owner = clean_cell(row.get("deadline")), clean_cell(row.get("owner"))
            if not deadline and owner and last["owners"][-1]:  # the owner cell continued (page cut)
                last["owners"][-1] = join_text(last["owners"][-1], owner)
            else:
                last["deadlines"].append(deadline)
                last["owners"].append(owner)
            for key, value in row.extra.items():
                last["extra"][key] = join_text(last["extra"].get(key, ""), value)
            continue
        merged.append({
            "measure": join_cjk(clean_cell(row.get("measure"))),
            "actions": clean_cell(row.get("actions")),
            "deadlines": [clean_cell(row.get("deadline"))],
            "owners": [clean_cell(row.get("owner"))],
            "benefit": clean_cell(row.get("benefit")),
            "sections": [s for s in sections if s],
            "extra": dict(row.extra), "line": row.line, "page": row.page,
        })
    out = []
    for m in merged:
        prefix, items = split_items(m["actions"])
        actions = ([prefix] if prefix else []) + items if items else ([m["actions"]] if m["actions"] else [])
        if not m["measure"] and not actions:
            continue
        out.append(DraftRow(caption + m["sections"], m["measure"] or (actions[0] if actions else ""),
                            actions, distinct_join(m["deadlines"]), distinct_join(m["owners"]),
                            m["benefit"] or None, m["line"], m["page"], m["extra"]))
    return out


def _step_level(rows: list[LogicalRow]) -> int:
    for row in rows:
        marker = parse_marker(clean_cell(row.get("actions")))
        if marker and marker.level in (3, 4):
            return marker.level
    return 4


def step_rows(rows: list[LogicalRow], caption: list[str]) -> list[DraftRow]:
    """Step grain: each numbered step is a row with its own deadline/owner; the measure cell
    spanning the steps goes into `section`."""
    level = _step_level(rows)
    group = ""
    sections: list[str] = []
    steps: list[DraftRow] = []
    for row in rows:
        if row.get("measure").strip():
            group = squash_ws(clean_cell(row.get("measure")))
        sections = _carry_sections(sections, row)
        text = " ".join(html_fragments(row.get("actions")))
        prefix, items = split_steps(text, level)
        if not items:
            if row.continuation and steps:
                steps[-1].measure = join_text(steps[-1].measure, text)
                if clean_cell(row.get("benefit")):
                    steps[-1].benefit = join_text(steps[-1].benefit or "", clean_cell(row.get("benefit")))
                continue
            items, prefix = ([text] if text else []), ""
        if prefix and steps:
            steps[-1].measure = join_text(steps[-1].measure, prefix)
        elif prefix:
            items = [prefix] + items
        if not items:
            continue
        n = len(items)
        deadlines = split_packed(row.get("deadline"), n, "deadline")
        owners = split_packed(row.get("owner"), n, "owner")
        benefit_cell = row.get("benefit")
        if prefix and steps and len(html_fragments(benefit_cell)) == n + 1:
            benefit_cell = " ".join(f"<p>{f}</p>" for f in html_fragments(benefit_cell)[1:])
        benefits = split_packed(benefit_cell, n, "benefit")
        for i, item in enumerate(items):
            section = caption + [s for s in sections if s] + ([group] if group else [])
            steps.append(DraftRow(section, item, [], deadlines[i], owners[i], benefits[i],
                                  row.line, row.page, dict(row.extra)))
    return steps
