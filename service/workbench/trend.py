"""A topic over the years: per plan year, how many offices' plans state it.

"States" is the judge's MATCH (index/judge.py: the row states every concept of the topic),
counted over every matching row of the year, not only the best-ranked ones (the search's
facets count them all); each year's rows shown are its best-ranked matches. The denominator is
the number of offices with a plan indexed that year.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from markupsafe import Markup, escape

from index.search import Filters, Searcher
from ingest.record import ROC_OFFSET
from service.workbench.plans import list_plans

ROWS_PER_YEAR = 100  # rows linked per year (the count covers every matching row)


@dataclass(frozen=True)
class TrendOffice:
    office: str
    office_type: str
    plan_id: str
    row_ids: tuple[str, ...]
    provenance: str = "published"


@dataclass(frozen=True)
class TrendPoint:
    year_roc: int
    offices: tuple[TrendOffice, ...]  # offices whose plan of that year states the topic
    offices_with_plans: int  # offices with any plan indexed that year

    @property
    def count(self) -> int:
        return len(self.offices)


@dataclass(frozen=True)
class Trend:
    query: str
    topic: str
    points: tuple[TrendPoint, ...]

    def to_dict(self) -> dict:
        return {"query": self.query, "topic": self.topic,
                "years": [{"year_roc": p.year_roc, "year_ad": p.year_roc + ROC_OFFSET, "count": p.count,
                           "offices_with_plans": p.offices_with_plans,
                           "offices": [{"office": o.office, "office_type": o.office_type, "plan_id": o.plan_id,
                                        "row_ids": list(o.row_ids), "provenance": o.provenance} for o in p.offices]} for p in self.points]}


def topic_trend(searcher: Searcher, query: str, filters: Filters | None = None) -> Trend:
    plans = [p for p in list_plans(searcher) if p.year_roc is not None
             and (filters is None or not filters.office_types or p.office_type in filters.office_types)
             and (filters is None or not filters.offices or p.office in filters.offices)]
    years = sorted({p.year_roc for p in plans})
    plan_of = {(p.office, p.year_roc): p for p in plans}
    points, topic = [], query
    for year in years:
        result = searcher.search(query, k=ROWS_PER_YEAR, filters=replace(filters or Filters(), year_from=year, year_to=year),
                                 matches=False)
        topic = result.parsed.topic or topic
        shown: dict[str, list[str]] = {}
        for hit in result.hits:
            shown.setdefault(searcher.row(hit.row_id).office, []).append(hit.row_id)
        offices = tuple(TrendOffice(f["value"], plan.office_type, plan.plan_id, tuple(shown.get(f["value"], ())), plan.provenance)
                        for f in sorted(result.facets["offices"], key=lambda f: f["value"])
                        if (plan := plan_of.get((f["value"], year))) is not None)
        points.append(TrendPoint(year, offices, len({p.office for p in plans if p.year_roc == year})))
    return Trend(query, topic, tuple(points))


def trend_svg(trend: Trend, width: int = 640, height: int = 280) -> Markup:
    """A bar chart drawn on the server: per year, offices stating the topic (filled) out of the
    offices with a plan that year (outline). Years sit on a proportional axis (97, 105, 107 are
    8 and 2 years apart, and look it; years without plans get a tick, no bar). Each bar links to
    that year's rows below the chart. Presentation attributes only (no style attributes), so
    the page's CSP holds."""
    points = trend.points
    left, right, top, bottom = 44, 12, 28, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([p.offices_with_plans for p in points] + [1])
    first = points[0].year_roc if points else 0
    slot = plot_w / max((points[-1].year_roc - first + 1) if points else 1, 1)
    bar = min(48.0, slot * 0.7)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-labelledby="trend-title trend-desc" class="trend-chart">',
           f'<title id="trend-title">「{escape(trend.topic)}」各年度提及機關數</title>',
           f'<desc id="trend-desc">{escape(_describe(trend))}</desc>']
    for tick in range(peak + 1):
        y = top + plot_h - plot_h * tick / peak
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd" stroke-width="1"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#555">{tick}</text>')
    base = top + plot_h
    for year in range(first, (points[-1].year_roc + 1) if points else first):
        tick = left + slot * (year - first) + slot / 2
        out.append(f'<line x1="{tick:.1f}" x2="{tick:.1f}" y1="{base:.1f}" y2="{base + 4:.1f}" stroke="#999" stroke-width="1"/>')
    for point in points:
        x = left + slot * (point.year_roc - first) + (slot - bar) / 2
        full = plot_h * point.offices_with_plans / peak
        filled = plot_h * point.count / peak
        out.append(f'<a href="#y{point.year_roc}" aria-label="{point.year_roc} 年：{point.count} / {point.offices_with_plans} 個機關">')
        out.append(f'<rect x="{x:.1f}" y="{base - full:.1f}" width="{bar:.1f}" height="{full:.1f}" fill="#fff" stroke="#1f5fa8" stroke-width="1"/>')
        out.append(f'<rect x="{x:.1f}" y="{base - filled:.1f}" width="{bar:.1f}" height="{filled:.1f}" fill="#1f5fa8"/>')
        out.append(f'<text x="{x + bar / 2:.1f}" y="{base - filled - 5:.1f}" text-anchor="middle" font-size="12" fill="#111">{point.count}</text>')
        out.append(f'<text x="{x + bar / 2:.1f}" y="{base + 16:.1f}" text-anchor="middle" font-size="12" fill="#111">{point.year_roc}</text>')
        out.append("</a>")
    out.append(f'<text x="{left}" y="{height - 6}" font-size="11" fill="#555">民國年度；實心：提及的機關數，外框：該年度有計畫的機關數</text>')
    out.append("</svg>")
    return Markup("".join(out))


def _describe(trend: Trend) -> str:
    return "；".join(f"{p.year_roc} 年 {p.count}/{p.offices_with_plans} 個機關" for p in trend.points) or "沒有資料"
