"""One entry point: render a plan into a layout, as a file a planner could be handed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plan_factory.layout import plan_blocks
from plan_factory.model import Plan, indicator_plan, random_plan, service_plan
from plan_factory.render_html import narrative_page, table_page
from plan_factory.render_law import boxed_law_text, bullet_text, numbered_law_text
from plan_factory.render_text import big5_text, law_database_text, markdown, tab_text
from plan_factory.render_web_text import web_lines, web_paragraphs


def _write_text(suffix: str, make: Callable[[Plan], str]) -> Callable[[Plan, Path], Path]:
    def write(plan: Plan, folder: Path) -> Path:
        path = folder / f"plan-{plan.seed}{suffix}"
        path.write_text(make(plan), encoding="utf-8")
        return path
    return write


def _big5(plan: Plan, folder: Path) -> Path:
    path = folder / f"plan-{plan.seed}-big5.txt"
    path.write_bytes(big5_text(plan))
    return path


def _pdf(orientation: str) -> Callable[[Plan, Path], Path]:
    def write(plan: Plan, folder: Path) -> Path:
        from plan_factory.render_pdf import plan_pdf

        return plan_pdf(plan, folder / f"plan-{plan.seed}-{orientation}.pdf", orientation=orientation)
    return write


def _office(kind: str) -> Callable[[Plan, Path], Path]:
    def write(plan: Plan, folder: Path) -> Path:
        from plan_factory import office_writers  # written by the i7-formats branch

        path = folder / f"plan-{plan.seed}.{kind}"
        getattr(office_writers, f"write_{kind}")(plan_blocks(plan), path)
        return path
    return write


RENDERERS: dict[str, Callable[[Plan, Path], Path]] = {
    "tab": _write_text(".txt", tab_text),
    "markdown": _write_text(".md", markdown),
    "big5": _big5,
    "html": _write_text(".html", table_page),
    "narrative": _write_text("-narrative.html", narrative_page),
    "lawdb": _write_text("-lawdb.txt", law_database_text),
    "pdf-portrait": _pdf("portrait"),
    "pdf-landscape": _pdf("landscape"),
    "pdf-indicator": _pdf("portrait"),  # an indicator plan (plan_for), its spanning cells cut by page breaks
    "docx": _office("docx"),
    "odt": _office("odt"),
    # text renderings of issue 18
    "lawdb-box": _write_text("-lawdb-box.txt", boxed_law_text),
    "web-lines": _write_text("-web-lines.txt", web_lines),
    "web-paragraphs": _write_text("-web-paragraphs.txt", web_paragraphs),
    "law-numbered": _write_text("-law-numbered.txt", numbered_law_text),
    "bullets": _write_text("-bullets.txt", bullet_text),
}
LAYOUTS = tuple(RENDERERS)  # what the suite and `make roundtrip` run
SLOW_LAYOUTS = ("pdf-portrait", "pdf-landscape", "pdf-indicator", "docx", "odt")
TEXT_LAYOUTS = ("lawdb-box", "web-lines", "web-paragraphs", "law-numbered", "bullets")
PROSE_LAYOUTS = ("narrative", "lawdb", "law-numbered", "bullets")  # no benefit to compare
INDICATOR_LAYOUTS = ("pdf-indicator", "pdf-indicator-chromium")


def layout_plan(plan: Plan, layout: str) -> Plan:
    """The plan as `layout` writes it: the bullet layout writes a third of the plans as one
    service's plan (its answer key is that plan's); every other layout writes the plan itself."""
    if layout == "bullets" and plan.style is not None and plan.style.one_service:
        return service_plan(plan)
    return plan


def _chromium(plan: Plan, folder: Path) -> Path:
    from plan_factory.render_pdf import chromium_pdf

    return chromium_pdf(plan, folder / f"plan-{plan.seed}-chromium.pdf")


# Printed by headless Chromium, on request only: `bench/roundtrip.py --layouts pdf-indicator-chromium`
RENDERERS["pdf-indicator-chromium"] = _chromium


def plan_for(seed: int, layout: str, *, wording: str = "dev") -> Plan:
    """The logical plan a layout renders: the evaluation frame's indicator plan for the
    indicator layouts, `random_plan` for the others."""
    return (indicator_plan if layout in INDICATOR_LAYOUTS else random_plan)(seed, wording=wording)


def render(plan: Plan, layout: str, folder: Path) -> Path:
    """Write `plan` in `layout` into `folder`; returns the file. Compare with
    `layout_plan(plan, layout)`: the plan the file holds."""
    return RENDERERS[layout](layout_plan(plan, layout), Path(folder))
