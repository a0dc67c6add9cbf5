"""Two plans side by side: rows aligned by meaning, each pair kept / reworded / only in A / only in B.

Alignment is a one-to-one assignment (scipy's linear_sum_assignment, the Hungarian method) on
the centred similarity matrix: each row of A gets at most one row of B and the total similarity
is the largest possible, so two similar rows of A cannot both claim the same row of B. Assigned
pairs below MATCH_THRESHOLD are split into "only in A" and "only in B" (see similarity.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from scipy.optimize import linear_sum_assignment

from index.search import Searcher
from ingest.record import MeasureRow
from service.workbench.plans import PlanSummary, find_plan, plan_rows
from service.workbench.similarity import KEPT_RATIO, MATCH_THRESHOLD, similarity_matrix, text_ratio

STATUSES = ("kept", "reworded", "only_a", "only_b")
STATUS_LABELS = {"kept": "沿用", "reworded": "改寫", "only_a": "僅 A 有", "only_b": "僅 B 有"}


@dataclass(frozen=True)
class Pair:
    status: str  # one of STATUSES
    a: MeasureRow | None
    b: MeasureRow | None
    similarity: float | None  # centred cosine of the pair (None for unpaired rows)


@dataclass(frozen=True)
class Comparison:
    plan_a: PlanSummary
    plan_b: PlanSummary
    pairs: list[Pair]

    def counts(self) -> dict[str, int]:
        return {s: sum(p.status == s for p in self.pairs) for s in STATUSES}


def align(sims, threshold: float = MATCH_THRESHOLD) -> list[tuple[int | None, int | None, float | None]]:
    """(index in A, index in B, similarity) for the one-to-one assignment; unmatched rows get None."""
    n_a, n_b = sims.shape
    matched: list[tuple[int | None, int | None, float | None]] = []
    used_a, used_b = set(), set()
    if n_a and n_b:
        for i, j in zip(*linear_sum_assignment(-sims), strict=True):
            if sims[i, j] >= threshold:
                matched.append((int(i), int(j), float(sims[i, j])))
                used_a.add(int(i))
                used_b.add(int(j))
    matched += [(i, None, None) for i in range(n_a) if i not in used_a]
    matched += [(None, j, None) for j in range(n_b) if j not in used_b]
    return matched


def compare_plans(searcher: Searcher, plan_a: str, plan_b: str, threshold: float = MATCH_THRESHOLD) -> Comparison:
    a_summary, b_summary = find_plan(searcher, plan_a), find_plan(searcher, plan_b)
    rows_a, rows_b = plan_rows(searcher, plan_a), plan_rows(searcher, plan_b)
    aligned = align(similarity_matrix(searcher, rows_a, rows_b), threshold)
    b_anchor = {j: i for i, j, _ in aligned if i is not None and j is not None}
    pairs = []
    for i, j, sim in sorted(aligned, key=lambda item: _sort_key(item, b_anchor)):
        a = rows_a[i] if i is not None else None
        b = rows_b[j] if j is not None else None
        if a is not None and b is not None:
            status = "kept" if text_ratio(a, b) >= KEPT_RATIO else "reworded"
        else:
            status = "only_a" if a is not None else "only_b"
        pairs.append(Pair(status, a, b, None if sim is None else round(sim, 4)))
    return Comparison(a_summary, b_summary, pairs)


def _sort_key(item, b_anchor: dict[int, int]) -> tuple[float, float]:
    """A's document order; a row only in B goes after the A row whose partner precedes it in B."""
    i, j, _ = item
    if i is not None:
        return (float(i), float(j if j is not None else -1))
    before = [a for b, a in b_anchor.items() if b < j]
    return (max(before) + 0.5 if before else -0.5, float(j))


def comparison_payload(comparison: Comparison) -> dict:
    from service.workbench.payloads import row_ref

    return {"a": comparison.plan_a.to_dict(), "b": comparison.plan_b.to_dict(), "counts": comparison.counts(),
            "threshold": MATCH_THRESHOLD,
            "pairs": [{"status": p.status, "similarity": p.similarity,
                       "a": row_ref(p.a) if p.a else None, "b": row_ref(p.b) if p.b else None} for p in comparison.pairs]}
