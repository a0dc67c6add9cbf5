"""One entry point: render a plan into a layout, as a file a planner could be handed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plan_factory.layout import plan_blocks
from plan_factory.model import Plan, indicator_plan, random_plan
from plan_factory.render_html import narrative_page, table_page
from plan_factory.render_text import big5_text, law_database_text, markdown, tab_text


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
}
LAYOUTS = tuple(RENDERERS)  # what the suite and `make roundtrip` run


def _chromium(plan: Plan, folder: Path) -> Path:
    from plan_factory.render_pdf import chromium_pdf

    return chromium_pdf(plan, folder / f"plan-{plan.seed}-chromium.pdf")


# Printed by headless Chromium, on request only: `bench/roundtrip.py --layouts pdf-indicator-chromium`
RENDERERS["pdf-indicator-chromium"] = _chromium
SLOW_LAYOUTS = ("pdf-portrait", "pdf-landscape", "pdf-indicator", "docx", "odt")
INDICATOR_LAYOUTS = ("pdf-indicator", "pdf-indicator-chromium")


def plan_for(seed: int, layout: str, *, wording: str = "dev") -> Plan:
    """The logical plan a layout renders: the evaluation frame's indicator plan for the
    indicator layouts, `random_plan` for the others."""
    return (indicator_plan if layout in INDICATOR_LAYOUTS else random_plan)(seed, wording=wording)


def render(plan: Plan, layout: str, folder: Path) -> Path:
    """Write `plan` in `layout` into `folder`; returns the file."""
    return RENDERERS[layout](plan, Path(folder))
