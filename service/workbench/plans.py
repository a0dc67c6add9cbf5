"""The indexed plans: one summary per plan, its rows by section, readable citations and the
link to the index's copy of the original file."""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from index.errors import UnknownPlan
from index.search import Searcher
from ingest.office_type import office_type
from ingest.record import MeasureRow, Plan


def row_office_type(row: MeasureRow) -> str:
    """The row's office type (rows written before the field existed get it from the name)."""
    return row.office_type or office_type(row.office)


def list_plans(searcher: Searcher) -> list[Plan]:
    """Every indexed plan, by office then year (the searcher's, computed once per build)."""
    return searcher.plans()


PLAN_SORTS = {
    "office": lambda p: (p.office, p.year_roc or 0),
    "type": lambda p: (p.office_type, p.office, p.year_roc or 0),
    "year": lambda p: (p.year_roc or 0, p.office),
    "rows": lambda p: (p.rows, p.office),
    "indexed": lambda p: (p.indexed_at or "", p.office),
}


def filter_plans(plans: list[Plan], *, office_types: tuple[str, ...] = (), years: tuple[int, ...] = (),
                 text: str = "", sort: str = "office", descending: bool = False) -> list[Plan]:
    """The plan browser's filters (type, year, words of office or title) and sort."""
    if sort not in PLAN_SORTS:
        raise ValueError(f"sort: unknown sort {sort!r}; use one of {', '.join(PLAN_SORTS)}")
    kept = [p for p in plans
            if (not office_types or p.office_type in office_types)
            and (not years or p.year_roc in years or p.year_ad in years)
            and (not text or text in p.office or text in p.title)]
    return sorted(kept, key=PLAN_SORTS[sort], reverse=descending)


def find_plan(searcher: Searcher, plan_id: str) -> Plan:
    for plan in list_plans(searcher):
        if plan.plan_id == plan_id:
            return plan
    raise UnknownPlan(plan_id)


def plan_rows(searcher: Searcher, plan_id: str, kinds: tuple[str, ...] = ("measure",)) -> list[MeasureRow]:
    """The plan's rows in document order."""
    rows = [r for r in searcher.rows if r.plan_id == plan_id and r.kind in kinds]
    if not rows and not any(r.plan_id == plan_id for r in searcher.rows):
        raise UnknownPlan(plan_id)
    return rows


_WEIGHT = re.compile(r"\s*[（(]\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*[）)]\s*$")


def section_part(part: str) -> str:
    """A section heading with its plan weight said as such: 「三、探查民意 (16%)」 → 「三、探查民意（配分 16%）」
    (a bare "(16%)" beside search results reads like a relevance score)."""
    return _WEIGHT.sub(lambda m: f"（配分 {m.group(1)}%）", part)


def section_label(section) -> str:
    """The section path as the pages show it."""
    return " › ".join(section_part(p) for p in section) or "（未分節）"


def rows_by_section(rows: list[MeasureRow]) -> list[tuple[str, list[MeasureRow]]]:
    """Consecutive rows under the same section path, in document order."""
    groups: list[tuple[str, list[MeasureRow]]] = []
    for row in rows:
        label = section_label(row.section)
        if groups and groups[-1][0] == label:
            groups[-1][1].append(row)
        else:
            groups.append((label, [row]))
    return groups


def where(row: MeasureRow) -> str:
    """Page (PDF) or line (text, HTML) in words: 第 3 頁 / 第 61 行."""
    if row.source.page is not None:
        return f"第 {row.source.page} 頁"
    if row.source.line is not None:
        return f"第 {row.source.line} 行"
    return ""


def source_label(row: MeasureRow) -> str:
    """A readable source name: office · year · page/line."""
    year = f"{row.year_roc} 年" if row.year_roc else "年度不詳"
    return " · ".join(p for p in (row.office or "機關不詳", year, where(row)) if p)


def citation_text(row: MeasureRow) -> str:
    """The 出處 of an exported row, as a reader looks it up: office, the plan's title, year,
    page/line (the index's file names are hashes, meaningless on paper; the 檔案 column keeps them)."""
    year = f"{row.year_roc} 年度" if row.year_roc else "年度不詳"
    title = f"〈{row.title}〉" if row.title and row.title != row.office else ""
    return "，".join(p for p in ((row.office or "機關不詳") + title, year, where(row)) if p)


def original_url(row: MeasureRow) -> str:
    """Link to the index's copy of the source where the row is: a PDF at its page, a text or
    HTML plan as numbered lines with the row's lines marked, opened at its first line."""
    url = f"/plans/{row.plan_id}/original"
    if row.source.page is not None:
        return f"{url}#page={row.source.page}"
    if row.source.line is not None:
        return f"{url}?row={row.row_id}#L{row.source.line}"
    return url


def original_path(searcher: Searcher, plan: Plan) -> Path | None:
    """The index's copy of the plan's source file (`<build>/sources/<source_file>`), if kept.

    Asks the searcher where the store keeps it when the searcher can say (Searcher.source_path,
    from the corpus work); else looks in the build folder by the same contract."""
    lookup = getattr(searcher, "source_path", None)
    if callable(lookup):
        return lookup(plan.plan_id)
    name = PurePath(plan.source_file).name
    if not name or name != plan.source_file or name.startswith("."):
        return None
    path = Path(searcher.index.path) / "sources" / name
    return path if path.is_file() else None
