"""What the index holds, for the home page: plans, offices by type, years, and example questions
that this index answers (an example nothing matches is not offered)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from index.search import Searcher
from ingest.office_type import OFFICE_TYPES
from service.workbench.plans import list_plans

# Questions and topics every service-quality plan corpus tends to hold (the plans' own wording:
# 到宅服務, 電話禮貌測試, 單一窗口 and 志工 are measure names in the sample's real plans).
EXAMPLES = ("哪些機關提供到宅服務", "電話禮貌測試怎麼做", "單一窗口", "志工服務", "服務滿意度調查")


@dataclass(frozen=True)
class Overview:
    plans: int
    rows: int
    offices: int
    office_types: tuple[tuple[str, int], ...]  # (type, offices of that type)
    years: tuple[int, ...]  # 民國, newest first
    examples: tuple[str, ...]


@lru_cache(maxsize=4)
def corpus_overview(searcher: Searcher) -> Overview:
    """Computed once per loaded build (the searcher is the build)."""
    plans = list_plans(searcher)
    offices = {(p.office, p.office_type) for p in plans}
    types = Counter(t for _, t in offices)
    order = {t: n for n, t in enumerate(OFFICE_TYPES)}
    examples = tuple(q for q, result in zip(EXAMPLES, searcher.search_many(list(EXAMPLES), k=1, matches=False), strict=True)
                     if result.total)
    return Overview(len(plans), sum(p.rows for p in plans), len(offices),
                    tuple(sorted(types.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))),
                    tuple(sorted({p.year_roc for p in plans if p.year_roc}, reverse=True)), examples)
