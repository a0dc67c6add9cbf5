"""What peers do that we don't: measures found in plans of several other offices of the same
type (戶政事務所 with 戶政事務所 …) that have no counterpart in this plan.

1. peers: the plans of other offices of the plan's type (the plan's own office in other years
   is history, not a peer);
2. candidates: the peers' measure rows whose best match in this plan is below MATCH_THRESHOLD;
3. groups: candidates clustered by meaning (scipy's average-linkage hierarchical clustering, cut
   at the same threshold), kept when they come from at least `min_offices` different offices;
   biggest groups first, each row cited.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from index.search import Searcher
from ingest.record import MeasureRow, Plan
from service.workbench.plans import find_plan, list_plans, plan_rows
from service.workbench.similarity import MATCH_THRESHOLD, similarity_matrix


@dataclass(frozen=True)
class PeerGroup:
    label: str  # the measure of the group's most central row
    offices: tuple[str, ...]
    rows: tuple[MeasureRow, ...]
    closest_own: MeasureRow | None  # this plan's nearest row (below the threshold), for context
    closest_similarity: float | None


@dataclass(frozen=True)
class PeerReport:
    plan: Plan
    peers: tuple[Plan, ...]
    groups: tuple[PeerGroup, ...]
    min_offices: int


def peer_plans(searcher: Searcher, plan: Plan) -> list[Plan]:
    return [p for p in list_plans(searcher) if p.office_type == plan.office_type and p.office != plan.office]


def _clusters(searcher: Searcher, rows: list[MeasureRow], threshold: float) -> list[list[int]]:
    if len(rows) == 1:
        return [[0]]
    sims = similarity_matrix(searcher, rows, rows)
    distance = np.clip(1.0 - sims, 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(int(label), []).append(position)
    return list(groups.values())


def peer_measures(searcher: Searcher, plan_id: str, min_offices: int = 2, threshold: float = MATCH_THRESHOLD) -> PeerReport:
    plan = find_plan(searcher, plan_id)
    own = plan_rows(searcher, plan_id)
    peers = peer_plans(searcher, plan)
    peer_ids = {p.plan_id for p in peers}
    candidates = [r for r in searcher.rows if r.plan_id in peer_ids and r.kind == "measure"]
    if not candidates:
        return PeerReport(plan, tuple(peers), (), min_offices)
    to_own = similarity_matrix(searcher, candidates, own) if own else np.full((len(candidates), 1), -1.0)
    best_own = to_own.max(axis=1)
    missing = [i for i in range(len(candidates)) if best_own[i] < threshold]
    rows = [candidates[i] for i in missing]
    groups = []
    for members in _clusters(searcher, rows, threshold) if rows else []:
        group_rows = [rows[i] for i in members]
        offices = tuple(sorted({r.office for r in group_rows}))
        if len(offices) < min_offices:
            continue
        inner = similarity_matrix(searcher, group_rows, group_rows)
        centre = group_rows[int(inner.mean(axis=1).argmax())]
        closest = int(to_own[missing[members[0]]].argmax()) if own else None
        groups.append(PeerGroup(centre.measure, offices, tuple(sorted(group_rows, key=lambda r: (r.office, r.year_roc or 0))),
                                own[closest] if closest is not None else None,
                                round(float(to_own[missing[members[0]], closest]), 4) if closest is not None else None))
    groups.sort(key=lambda g: (-len(g.offices), -len(g.rows), g.label))
    return PeerReport(plan, tuple(peers), tuple(groups), min_offices)


def peers_payload(report: PeerReport) -> dict:
    from service.workbench.payloads import row_ref

    return {"plan": report.plan.to_dict(), "office_type": report.plan.office_type, "min_offices": report.min_offices,
            "threshold": MATCH_THRESHOLD, "peers": [p.to_dict() for p in report.peers],
            "groups": [{"label": g.label, "offices": list(g.offices), "rows": [row_ref(r) for r in g.rows],
                        "closest_in_plan": row_ref(g.closest_own) if g.closest_own else None,
                        "closest_similarity": g.closest_similarity} for g in report.groups]}
