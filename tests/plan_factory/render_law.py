"""Plans as law-database print views and law text (issue 18).

- `boxed_law_text`: the print view with 法規名稱/公發布日 header, print furniture at every
  page break (even inside a table), the plan's tables drawn with box characters;
- `numbered_law_text`: the plan as law text, each measure a numbered heading with its
  actions numbered under it and its deadline/owner after them, hard-wrapped with hanging
  indents; step plans number the steps under the group, each with its own deadline/owner;
- `bullet_text`: each measure a title line over `- ` bullet clauses; a third of the plans as
  one service's plan (`某戶政事務所到府服務實施計畫`), whose title names the service.
"""

from __future__ import annotations

import random

from ingest.blocks import Heading, Paragraph
from plan_factory.layout import PlanTable, text_document
from plan_factory.model import WORDINGS, Item, Plan, TextStyle, cn, number_action, number_step
from plan_factory.render_box import BoxTable
from plan_factory.render_text import _hard_wrap


def _style(plan: Plan) -> TextStyle:
    assert plan.style is not None, "a plan from random_plan carries its text style"
    return plan.style


def _stamp(plan: Plan, rng: random.Random) -> dict[str, int]:
    """When the print view was printed: a later year than the plan's."""
    return {"year": plan.year_roc + rng.randint(1, 8), "month": rng.randint(1, 12), "day": rng.randint(1, 28),
            "hour": rng.randint(8, 17), "minute": rng.randint(0, 59), "number": rng.randint(10**5, 10**6 - 1)}


def law_header(plan: Plan, rng: random.Random) -> list[str]:
    """The print view's header (法規名稱, 公發布日 … 法规內容) in the plan's formats."""
    month, day = plan.published
    values = {"title": plan.title, "year": plan.year_roc, "month": month, "day": day, "parent": plan.office.parent,
              "office": plan.office.name, "word": rng.choice(WORDINGS[plan.wording].law_doc_words),
              "number": rng.randint(10**8, 10**9 - 1)}
    lines = [fmt.format(**values) for fmt in _style(plan).law_header]
    return lines[:-1] + ["", lines[-1]]


def paginate(lines: list[str], style: TextStyle, stamp: dict[str, int],
             redraw: dict[int, tuple[list[str], list[str]]] | None = None) -> list[str]:
    """Print furniture at the top of every page (a page ends every `page_lines` lines, inside a
    table or a wrapped item alike). `redraw`: for a line inside a table that redraws its
    border at a page break, the lines that close it above the break and open it again below
    (its top rule and header) when the break falls between two rows; elsewhere the table
    simply runs on across the furniture."""
    pages = max(1, -(-len(lines) // style.page_lines))
    out: list[str] = []
    for page in range(pages):
        start = page * style.page_lines
        close, reopen = (redraw or {}).get(start, ([], [])) if page else ([], [])
        furniture = [f.format(page=page + 1, pages=pages, **stamp) for f in style.furniture]
        out += close + ([""] if page else []) + furniture + [""] + reopen + lines[start: start + style.page_lines]
    return out


# -- the print view with box-drawn tables --------------------------------------------------
def boxed_law_text(plan: Plan) -> str:
    style = _style(plan)
    rng = random.Random(plan.seed * 7349 + 11)
    body = law_header(plan, rng)
    redraw: dict[int, tuple[list[str], list[str]]] = {}
    for element in text_document(plan)[1:]:  # the title is the 法規名稱
        if isinstance(element, PlanTable):
            closed = style.row_rules or rng.random() < 0.5  # an export that drops the bottom rule
            table = BoxTable(element, style.box, style.row_rules, closed)
            drawn = table.lines()
            if rng.random() < 0.5:  # a page break between two rows redraws the border (one inside a row does not)
                redraw.update({len(body) + k: table.page_break_lines() for k in table.boundaries})
            body += drawn
        else:
            indent = "" if isinstance(element, Heading) and element.level == 1 else "　" * (
                element.level - 1 if isinstance(element, Heading) else 1)
            body += _hard_wrap(element.text, style.wrap + 4, indent)
    return "\n".join(paginate(body, style, _stamp(plan, rng), redraw)) + "\n"


# -- numbered law text ----------------------------------------------------------------------
def _fields(plan: Plan, item: Item, how: str) -> list[str]:
    """A measure's or step's deadline/owner (and benefit) after its actions, as law text writes them."""
    headers = plan.headers
    if how == "note":
        return [plan.note_style.format(deadline=item.deadline, owner=item.owner)]
    pairs = [(headers["deadline"], item.deadline), (headers["owner"], item.owner), (headers["benefit"], item.benefit)]
    if how == "one-line":
        return ["；".join(f"{label}：{value}" for label, value in pairs[:2]), f"{pairs[2][0]}：{pairs[2][1]}"]
    return [f"{label}：{value}" for label, value in pairs]


def outside_measures(plan: Plan) -> list[Heading | Paragraph | PlanTable | None]:
    """The text document without the measure chapter's content; None stands where it was (the
    prose renderings write the measures themselves)."""
    out: list[Heading | Paragraph | PlanTable | None] = []
    inside = False
    name = plan.measure_chapter.split("、", 1)[-1]
    for element in text_document(plan)[1:]:
        if isinstance(element, Heading) and element.level == 1:
            inside = element.text.split("、", 1)[-1] == name
            out.append(element)
            if inside:
                out.append(None)
        elif not inside:
            out.append(element)
    return out


def law_lines(plan: Plan) -> list[tuple[int, str]]:
    """(level, line) of the plan as numbered law text: each measure a numbered heading, its
    actions numbered under it, then its deadline/owner; a step's own deadline/owner follow it."""
    style = _style(plan)
    out: list[tuple[int, str]] = []
    for element in outside_measures(plan):
        if element is None:
            out += _measure_chapter_lines(plan, style)
        elif isinstance(element, Heading):
            out.append((element.level - 1, element.text))
        elif isinstance(element, Paragraph):
            out.append((1, element.text))
        else:  # the evaluation scheme, as numbered items
            out += [(1, f"{cn(i)}、{row[0]}（{row[1]}）：{row[2]}。") for i, row in enumerate(element.rows, 1)]
    return out


def _measure_chapter_lines(plan: Plan, style: TextStyle) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for facet in plan.facets:
        out.append((1, facet.title))
        for part in facet.parts:
            depth = 2
            if part.title:
                out.append((2, part.title))
                depth = 3
            for n, item in enumerate(part.items, 1):
                heading = f"({cn(n)}){item.measure}" if depth == 2 else f"{n}. {item.measure}"
                marker = style.list_marker if depth == 2 else "(1)"
                out.append((depth, heading))
                if len(item.actions) == 1:
                    out.append((depth + 1, item.actions[0]))
                else:
                    out += [(depth + 1, number_action(marker, k, plan.wording) + a) for k, a in enumerate(item.actions, 1)]
                out += [(depth + 1, line) for line in _fields(plan, item, style.field_lines)]
            for g, group in enumerate(part.groups, 1):
                out.append((depth, f"({cn(g)}){group.title}"))
                for k, step in enumerate(group.steps, 1):
                    if style.field_lines == "note":
                        out.append((depth + 1, number_step("1.", k) + step.measure + _fields(plan, step, "note")[0]))
                    else:
                        out.append((depth + 1, number_step("1.", k) + step.measure))
                        out += [(depth + 2, line) for line in _fields(plan, step, style.field_lines)]
    return out


def numbered_law_text(plan: Plan) -> str:
    """Law text hard-wrapped with hanging indents, under a law-database header or a plain title
    (sometimes run on with print furniture: `PAGE 某機關…計畫`)."""
    style = _style(plan)
    rng = random.Random(plan.seed * 5281 + 7)
    if rng.random() < 0.5:
        head = law_header(plan, rng)
    else:
        head = [f"PAGE {plan.title}" if style.run_on_title else plan.title, ""]
    body = list(head)
    for level, text in law_lines(plan):
        body += _hard_wrap(text, style.wrap, "　" * level)
    return "\n".join(paginate(body, style, _stamp(plan, rng))) + "\n"


# -- bullet clauses ---------------------------------------------------------------------------
def bullet_lines(plan: Plan) -> list[str]:
    """Each measure a title line over its bullet clauses (actions, then 完成期限/承辦單位);
    a group of steps a title line over its steps, each closed by its note."""
    style = _style(plan)
    bullet = style.bullet
    out: list[str] = []
    for element in outside_measures(plan):
        if element is None:
            out += _bullet_measures(plan, bullet)
        elif isinstance(element, Heading):
            out.append(element.text)
        elif isinstance(element, Paragraph):
            numbered = element.text[:1] in "一二三四五六七八九十" and "、" in element.text[:4]
            out.append(bullet + element.text.split("、", 1)[-1] if numbered else element.text)
        else:  # the evaluation scheme
            out += [f"{bullet}{row[0]}（{row[1]}）：{row[2]}。" for row in element.rows]
    return out


def _bullet_measures(plan: Plan, bullet: str) -> list[str]:
    out: list[str] = []
    for facet in plan.facets:
        out.append(facet.title)
        for part in facet.parts:
            if part.title:
                out.append(part.title)
            for item in part.items:
                out.append(f"{item.measure}：")
                out += [bullet + a for a in item.actions]
                out += [f"{bullet}{plan.headers['deadline']}：{item.deadline}", f"{bullet}{plan.headers['owner']}：{item.owner}"]
            for group in part.groups:
                out.append(f"{group.title}：")
                out += [bullet + step.measure + plan.note_style.format(deadline=step.deadline, owner=step.owner)
                        for step in group.steps]
    return out


def service_lines(plan: Plan) -> list[str]:
    """A one-service plan: its title, the date it was set, purpose chapters, the service's
    bullet clauses, its period and owner as chapters, a closing provision."""
    assert plan.service is not None
    words = WORDINGS[plan.wording]
    rng = random.Random(plan.seed * 613 + 5)
    chapter, item = plan.service
    month, day = plan.published
    out = [plan.title, f"中華民國{plan.year_roc}年{month}月{day}日{plan.office.name[-4:]}字第{rng.randint(10**8, 10**9 - 1)}號函訂定", ""]
    n = 0
    for n, (name, text) in enumerate(words.service_front, 1):
        out.append(f"{cn(n)}、{name}：{text}")
    out.append(f"{cn(n + 1)}、{chapter}：")
    out += [_style(plan).bullet + a for a in item.actions]
    fields = words.service_fields
    out.append(f"{cn(n + 2)}、{rng.choice(fields['deadline'])}：{item.deadline}")
    out.append(f"{cn(n + 3)}、{rng.choice(fields['owner'])}：{item.owner}")
    out.append(f"{cn(n + 4)}、{rng.choice(words.boilerplate)}")
    return out


def bullet_text(plan: Plan) -> str:
    if plan.service is not None:
        return "\n".join(service_lines(plan)) + "\n"
    lines = [plan.title, ""] + bullet_lines(plan)
    if _style(plan).run_on_title:
        lines[0] = f"PAGE {plan.title}"
    return "\n".join(lines) + "\n"
