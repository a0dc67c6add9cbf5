"""The physical document of a plan: headings, paragraphs and tables with their spans.

Every table renderer (text, Markdown, HTML, PDF, DOCX, ODT) starts from the same `PlanTable`
(a grid where `None` marks a position covered by the cell above), so the layouts differ only
in how they write cells, spans and page breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.blocks import Cell, Heading, Paragraph, PhysicalRow, PhysicalTable
from ingest.readers.numbering import chinese_counting
from plan_factory.model import Item, NonMeasure, Plan, cn, number_action, number_step

ROW_ROLES = ("deadline", "owner", "benefit")


@dataclass
class PlanTable:
    roles: list[str]  # facet | measure | group | actions | steps | deadline | owner | benefit | extra
    header: list[str]
    rows: list[list[str | None]] = field(default_factory=list)  # None: covered by the cell above
    full_rows: dict[int, str] = field(default_factory=dict)  # row index → a row spanning all columns

    @property
    def width(self) -> int:
        return len(self.roles)


Element = Heading | Paragraph | PlanTable


def actions_cell(item: Item, marker: str, wording: str = "dev") -> str:
    """A measure's actions as the cell shows them: one unnumbered, several numbered, a line each."""
    if len(item.actions) == 1:
        return item.actions[0]
    return "\n".join(number_action(marker, n, wording) + a for n, a in enumerate(item.actions, 1))


def front_paragraphs(texts: list[str]) -> list[str]:
    if len(texts) == 1:
        return texts
    return [f"{cn(i)}、{t}" for i, t in enumerate(texts, 1)]


def plan_document(plan: Plan) -> list[Element]:
    """Title, front chapters, the measure chapter with its tables, back chapters."""
    out: list[Element] = [Paragraph(plan.title)]
    for chapter in plan.front:
        out.append(Heading(1, chapter.title))
        out.extend(Paragraph(t) for t in front_paragraphs(chapter.paragraphs))
    out.append(Heading(1, plan.measure_chapter))
    if plan.facet_layout == "heading":
        for facet in plan.facets:
            out.append(Heading(2, facet.title))
            for part in facet.parts:
                if part.title:
                    out.append(Heading(3, part.title))
                table = _new_table(plan)
                _fill(table, plan, part.items, part.groups, None)
                out.append(table)
    else:
        table = _new_table(plan)
        for facet in plan.facets:
            for part in facet.parts:
                _fill(table, plan, part.items, part.groups, facet.title)
        out.append(table)
    for chapter in plan.back:
        out.append(Heading(1, chapter.title))
        out.extend(Paragraph(t) for t in front_paragraphs(chapter.paragraphs))
    return out


def _new_table(plan: Plan) -> PlanTable:
    first, second = ("measure", "actions") if plan.grain == "measure" else ("group", "steps")
    roles = (["facet"] if plan.facet_layout == "column" else []) + [first, second, *ROW_ROLES]
    if plan.extra_column:
        roles.append("extra")
    header = [plan.extra_column if r == "extra" else plan.headers[r] for r in roles]
    return PlanTable(roles, header)


def _fill(table: PlanTable, plan: Plan, items: list[Item], groups: list, facet: str | None) -> None:
    facet_open = False
    if facet and plan.facet_layout == "row":
        table.full_rows[len(table.rows)] = facet
    entries: list[tuple[str | None, Item, str]] = []
    for item in items:
        entries.append((item.measure, item, actions_cell(item, plan.action_marker, plan.wording)))
    for group in groups:
        for n, step in enumerate(group.steps, 1):
            entries.append((group.title if n == 1 else None, step, number_step(plan.step_marker, n) + step.measure))
    for first, item, second in entries:
        row: list[str | None] = []
        for role in table.roles:
            if role == "facet":
                row.append(None if facet_open else facet)
                facet_open = True
            elif role in ("measure", "group"):
                row.append(first)
            elif role in ("actions", "steps"):
                row.append(second)
            elif role == "extra":
                row.append(item.extra.get(plan.extra_column or "", ""))
            else:
                row.append(getattr(item, role))
        table.rows.append(row)
    if facet and plan.facet_layout == "row" and not entries:
        del table.full_rows[len(table.rows)]


def expanded(table: PlanTable) -> list[tuple[list[str], bool]]:
    """Rows with covered positions as "" (how text extraction shows a span); flag: full-width row."""
    out: list[tuple[list[str], bool]] = []
    for i, row in enumerate(table.rows):
        if i in table.full_rows:
            out.append(([table.full_rows[i]] + [""] * (table.width - 1), True))
        out.append(([c or "" for c in row], False))
    return out


def physical_table(table: PlanTable) -> PhysicalTable:
    """The table as a word processor or HTML stores it: one header row, rowspans, a colspan row."""
    rows = [PhysicalRow([Cell(h) for h in table.header], header=True)]
    for i, row in enumerate(table.rows):
        if i in table.full_rows:
            rows.append(PhysicalRow([Cell(table.full_rows[i], colspan=table.width)]))
        cells = []
        for col, text in enumerate(row):
            if text is None:
                continue
            span = 1
            while i + span < len(table.rows) and table.rows[i + span][col] is None and (i + span) not in table.full_rows:
                span += 1
            cells.append(Cell(text, rowspan=span))
        rows.append(PhysicalRow(cells))
    return PhysicalTable(rows)


def plan_blocks(plan: Plan) -> list[Heading | Paragraph | PhysicalTable]:
    """ingest.blocks for writers that take blocks (DOCX, ODT, HTML, PDF)."""
    return [physical_table(e) if isinstance(e, PlanTable) else e for e in plan_document(plan)]


# -- the text renderings' document (issue 18) ------------------------------------------------
CHAPTER_NUMBERS = "壹貳參肆伍陸柒捌玖拾"
NON_MEASURE_ROLES = ["measure", "extra", "benefit"]


def renumbered(title: str, n: int) -> str:
    """A chapter title with the n-th chapter number (0-based: 壹 … 拾, 拾壹 …), its old number dropped."""
    number = chinese_counting(n + 1, "零壹貳參肆伍陸柒捌玖", "拾", "佰")
    return f"{number}、{re.sub(f'^[{CHAPTER_NUMBERS}]{{1,2}}、', '', title)}"


def text_document(plan: Plan) -> list[Element]:
    """`plan_document` with the sections that are not measures put where plans keep them:
    definitions before the measure chapter, an evaluation scheme and other sections after it,
    boilerplate as the last numbered sentence, an appendix at the end. Chapters are numbered
    afresh."""
    body = plan_document(plan)
    measure_at = next(i for i, e in enumerate(body) if isinstance(e, Heading) and e.text == plan.measure_chapter)
    back_at = next((i for i, e in enumerate(body) if isinstance(e, Heading) and e.level == 1 and i > measure_at), len(body))
    before = [m for m in plan.non_measures if m.kind == "definitions"]
    after = [m for m in plan.non_measures if m.kind in ("evaluation", "other")]
    out: list[Element] = body[:measure_at] + [e for m in before for e in _section(m)] + body[measure_at:back_at]
    out += [e for m in after for e in _section(m)] + body[back_at:]
    out += [Heading(1, m.title) for m in plan.non_measures if m.kind == "boilerplate"]
    chapter = 0
    for i, element in enumerate(out):
        if isinstance(element, Heading) and element.level == 1:
            out[i] = Heading(1, renumbered(element.text, chapter))
            chapter += 1
    for m in plan.non_measures:
        if m.kind == "appendix":
            out.append(Heading(1, m.title))
            out.extend(Paragraph(line) for line in m.lines)
    return out


def _section(m: NonMeasure) -> list[Element]:
    """A section that is not a measure as a chapter: its sentences numbered, or its table."""
    out: list[Element] = [Heading(1, m.title)]
    if m.table:
        out.append(PlanTable(list(NON_MEASURE_ROLES), list(m.table[0]), [list(r) for r in m.table[1:]]))
    out.extend(Paragraph(f"{cn(i)}、{line}") for i, line in enumerate(m.lines, 1))
    return out


INDICATOR_ROLES = ["facet", "part", "measure", "actions", "deadline", "owner", "benefit"]


def indicator_document(plan: Plan) -> list[Element]:
    """An indicator plan (`model.indicator_plan`): its chapters around one seven-column table,
    a row per check item; 實施要項, 評核項目, 評核指標 and 預期效益 span their rows."""
    table = PlanTable(INDICATOR_ROLES, [plan.headers[r] for r in INDICATOR_ROLES])
    for facet in plan.facets:
        for p, part in enumerate(facet.parts):
            for m, item in enumerate(part.items):
                for k, (check, (deadline, owner)) in enumerate(zip(item.actions, item.checks, strict=True)):
                    first_item, first_check = m == 0 and k == 0, k == 0
                    number = number_action(plan.action_marker, k + 1) if len(item.actions) > 1 else ""
                    table.rows.append([facet.title if p == 0 and first_item else None, part.title if first_item else None,
                                       item.measure if first_check else None, number + check, deadline, owner,
                                       item.benefit if first_check else None])
    out: list[Element] = [Paragraph(plan.title)]
    for chapter in plan.front:
        out.append(Heading(1, chapter.title))
        out.extend(Paragraph(t) for t in front_paragraphs(chapter.paragraphs))
    out += [Heading(1, plan.measure_chapter), table]
    for chapter in plan.back:
        out.append(Heading(1, chapter.title))
        out.extend(Paragraph(t) for t in front_paragraphs(chapter.paragraphs))
    return out
