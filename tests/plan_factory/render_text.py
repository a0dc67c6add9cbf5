"""Text layouts: tab-separated (as PDF extraction gives), Markdown pipe tables, Big5, and the
prose layouts (narrative numbered items, law-database hard-wrapped print view)."""

from __future__ import annotations

import random

from ingest.blocks import Heading, Paragraph
from plan_factory.layout import PlanTable, expanded, front_paragraphs, plan_document
from plan_factory.model import Plan, cn, number_action, number_step

WRAPPED_HEADER_SPLITS = {"完成期限": ("完成", "期限"), "承辦單位": ("承辦", "單位"), "預期效益": ("預期", "效益"),
                         "執行單位": ("執行", "單位"), "業務單位": ("業務", "單位"), "執行期程": ("執行", "期程"),
                         "辦理期程": ("辦理", "期程"), "預期目標": ("預期", "目標"), "預期成效": ("預期", "成效")}


# -- tab text: what a PDF-to-text extraction of the plan looks like ------------------------
def tab_text(plan: Plan) -> str:
    """Tables as tab-separated lines; page breaks repeat the header (sometimes letter-spaced)
    and cut long rows, whose rest comes on a continuation line with the other cells empty;
    some plans wrap header cells over two lines (承辦 / 單位)."""
    rng = random.Random(plan.seed * 7919 + 1)
    lines: list[str] = []
    for element in plan_document(plan):
        if isinstance(element, PlanTable):
            lines.extend(_tab_table(element, rng))
        else:
            lines.extend(["", element.text, ""])
    return "\n".join(lines) + "\n"


def _tab_table(table: PlanTable, rng: random.Random) -> list[str]:
    wrapped = rng.random() < 0.25
    out = _header_lines(table.header, wrapped, spaced=False)
    for cells, full in expanded(table):
        cells = [c.replace("\n", " ") for c in cells]
        if full:
            out.append("\t".join(cells))
            continue
        cut = _page_cut(table, cells, rng)
        if cut is None:
            out.append("\t".join(cells))
            if rng.random() < 0.1:  # a page break between rows
                out += [""] + _header_lines(table.header, wrapped, spaced=rng.random() < 0.5)
            continue
        first, rest = cut
        out.append("\t".join(first))
        out += [""] + _header_lines(table.header, wrapped, spaced=rng.random() < 0.5)
        out.append("\t".join(rest))
    return [""] + out + [""]


def _header_lines(header: list[str], wrapped: bool, *, spaced: bool) -> list[str]:
    if wrapped:
        top = [WRAPPED_HEADER_SPLITS.get(h, (h, ""))[0] for h in header]
        bottom = [WRAPPED_HEADER_SPLITS.get(h, (h, ""))[1] for h in header]
        return ["\t".join(top), "\t".join(bottom)]
    if spaced:
        return ["\t".join(" ".join(h) for h in header)]
    return ["\t".join(header)]


def _page_cut(table: PlanTable, cells: list[str], rng: random.Random) -> tuple[list[str], list[str]] | None:
    """A long row cut by a page break: the long cells' text split where a page ends."""
    long_cols = [i for i, r in enumerate(table.roles) if r in ("actions", "steps", "benefit") and len(cells[i]) > 40]
    if not long_cols or rng.random() > 0.3:
        return None
    first, rest = list(cells), [""] * len(cells)
    for col in long_cols:
        text = cells[col]
        at = rng.randint(len(text) // 4, 3 * len(text) // 4)
        while 0 < at < len(text) and (text[at].isdigit() or text[at - 1].isdigit() or text[at] in ".、()"):
            at += 1
        first[col], rest[col] = text[:at], text[at:]
    return first, rest


def big5_text(plan: Plan) -> bytes:
    return tab_text(plan).encode("cp950")


# -- Markdown ---------------------------------------------------------------------------
def markdown(plan: Plan) -> str:
    """`#` headings and pipe tables; a span is an empty cell, line breaks in a cell are `<br>`."""
    lines: list[str] = []
    for element in plan_document(plan):
        if isinstance(element, Heading):
            lines += [f"{'#' * (element.level + 1)} {element.text}", ""]
        elif isinstance(element, Paragraph):
            prefix = "# " if element.text == plan.title else ""
            lines += [prefix + element.text, ""]
        else:
            lines.append("| " + " | ".join(element.header) + " |")
            lines.append("|" + "|".join("---" for _ in element.header) + "|")
            for cells, _ in expanded(element):
                lines.append("| " + " | ".join(c.replace("\n", "<br>") for c in cells) + " |")
            lines.append("")
    return "\n".join(lines) + "\n"


# -- prose: numbered items ------------------------------------------------------------------
def narrative_lines(plan: Plan) -> list[tuple[int, str]]:
    """(indent level, line) of the plan written as numbered items: 壹、 / 一、 / (一) / 1. / (1).

    A measure is `n. measure：action` (several actions as `(k)` lines); its deadline and owner
    follow the item in parentheses, as web-page plans write them."""
    out: list[tuple[int, str]] = []
    for chapter in plan.front:
        out.append((0, chapter.title))
        out += [(1, t) for t in front_paragraphs(chapter.paragraphs)]
    out.append((0, plan.measure_chapter))
    for facet in plan.facets:
        out.append((1, facet.title))
        for part in facet.parts:
            if part.title:
                out.append((2, part.title))
            for n, item in enumerate(part.items, 1):
                tail = plan.note_style.format(deadline=item.deadline, owner=item.owner)
                if len(item.actions) == 1:
                    out.append((3, f"{n}. {item.measure}：{item.actions[0]}{tail}"))
                else:
                    out.append((3, f"{n}. {item.measure}："))
                    out += [(4, number_action("(1)", k) + a) for k, a in enumerate(item.actions, 1)]
                    out[-1] = (4, out[-1][1] + tail)
            for g, group in enumerate(part.groups, 1):
                out.append((2, f"({cn(g)}){group.title}"))
                for n, step in enumerate(group.steps, 1):
                    note = plan.note_style.format(deadline=step.deadline, owner=step.owner)
                    out.append((3, f"{number_step('1.', n)}{step.measure}{note}"))
    for chapter in plan.back:
        out.append((0, chapter.title))
        out += [(1, t) for t in front_paragraphs(chapter.paragraphs)]
    return out


def law_database_text(plan: Plan) -> str:
    """The 全國法規資料庫-style print view: 法規名稱/公發布日 header, a 列印時間 of a later year,
    every line hard-wrapped with a hanging indent under its marker."""
    rng = random.Random(plan.seed * 104729 + 3)
    month, day = plan.published
    printed = plan.year_roc + rng.randint(1, 8)
    lines = [f"列印時間：{printed}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
             "", f"法規名稱：{plan.title}", f"公發布日：民國 {plan.year_roc} 年 {month:02d} 月 {day:02d} 日",
             f"發文字號：{plan.office.name[-4:]}字第{rng.randint(10**8, 10**9 - 1)}號函",
             f"法規體系：{plan.office.parent}", "", "法規內容："]
    width = rng.choice((28, 32, 36))
    for level, text in narrative_lines(plan):
        lines += _hard_wrap(text, width, "　" * level)
    return "\n".join(lines) + "\n"


def _hard_wrap(text: str, width: int, indent: str) -> list[str]:
    marker_len = _marker_length(text)
    hang = indent + "　" * max(1, (marker_len + 1) // 2)
    out, rest, first = [], text, True
    while rest:
        room = width - len(indent if first else hang)
        out.append((indent if first else hang) + rest[:room])
        rest, first = rest[room:], False
    return out


def _marker_length(text: str) -> int:
    for stop in ("、", ". ", ")", "）"):
        at = text.find(stop)
        if 0 < at <= 4:
            return at + len(stop)
    return 0
