"""Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009), weighted per retriever."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def reciprocal_rank_fusion(rankings: Mapping[str, Sequence[int]], weights: Mapping[str, float] | None = None,
                           k: float = 60.0) -> list[tuple[int, float, dict[str, int]]]:
    """Fuse ranked id lists: score(d) = Σ_r w_r / (k + rank_r(d)), ranks from 1.

    Returns (id, score, {retriever: rank}) best first; ties keep the first retriever's order.
    """
    scores: dict[int, float] = {}
    ranks: dict[int, dict[str, int]] = {}
    order: dict[int, int] = {}
    for name, ids in rankings.items():
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        for rank, doc in enumerate(ids, 1):
            scores[doc] = scores.get(doc, 0.0) + weight / (k + rank)
            ranks.setdefault(doc, {})[name] = rank
            order.setdefault(doc, len(order))
    fused = sorted(scores, key=lambda d: (-scores[d], order[d]))
    return [(d, scores[d], ranks[d]) for d in fused]
