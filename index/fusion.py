"""Fusion: the retrievers' scores as one ranking (small pure functions), and the closed sets of
fusion methods and retrieval modes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Self

import numpy as np


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


def convex_combination(scores: Mapping[str, Mapping[int, float]], weights: Mapping[str, float] | None = None
                       ) -> list[tuple[int, float, dict[str, int]]]:
    """Min-max normalised score fusion (Bruch, Gai & Ingber, "An Analysis of Fusion Functions
    for Hybrid Retrieval", ACM TOIS 2023): score(d) = Σ_r w_r · (s_r(d) - min_r) / (max_r - min_r),
    a document a retriever did not return scoring 0 there. Unlike RRF it keeps how far apart
    the scores are, so a retriever with one clear match outweighs one with many near-ties.
    """
    fused: dict[int, float] = {}
    ranks: dict[int, dict[str, int]] = {}
    for name, by_doc in scores.items():
        if not by_doc:
            continue
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        low, high = min(by_doc.values()), max(by_doc.values())
        span = high - low
        ordered = sorted(by_doc, key=lambda d: -by_doc[d])
        for rank, doc in enumerate(ordered, 1):
            norm = (by_doc[doc] - low) / span if span > 0 else 1.0
            fused[doc] = fused.get(doc, 0.0) + weight * norm
            ranks.setdefault(doc, {})[name] = rank
    order = sorted(fused, key=lambda d: (-fused[d], min(ranks[d].values())))
    return [(d, fused[d], ranks[d]) for d in order]


class Choice(StrEnum):
    """A setting with a closed set of values: an unknown value is refused with the choices."""

    @classmethod
    def parse(cls, value: str | Choice) -> Self:
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ValueError(f"unknown {cls.__name__.lower()} {value!r}; use one of {', '.join(m.value for m in cls)}") from None


class Fusion(Choice):
    """How the retrievers' scores combine."""

    CONVEX = "convex"  # min-max score combination (keeps how far apart scores are)
    RRF = "rrf"  # reciprocal rank fusion


class Mode(Choice):
    """Which retrievers rank."""

    HYBRID = "hybrid"
    BM25 = "bm25"
    DENSE = "dense"


def fuse(scores: Mapping[str, Mapping[int, float]], weights: Mapping[str, float], fusion: Fusion,
         rrf_k: float) -> list[tuple[int, float, dict[str, int]]]:
    """The retrievers' scores as one ranking, by `fusion`."""
    if fusion is Fusion.CONVEX:
        return convex_combination(scores, weights)
    rankings = {name: sorted(by_doc, key=lambda d, b=by_doc: -b[d]) for name, by_doc in scores.items()}
    return reciprocal_rank_fusion(rankings, weights, rrf_k)


def rocchio(vector: np.ndarray, relevant: np.ndarray, weight: float) -> np.ndarray:
    """Dense feedback (Rocchio 1971, positive part): the query vector moved toward the mean of
    rows judged relevant, renormalised. No rows or weight 0: the vector as it was."""
    if weight <= 0 or not len(relevant):
        return vector
    moved = np.asarray(vector, dtype=np.float32) + weight * np.asarray(relevant, dtype=np.float32).mean(axis=0)
    return moved / (np.linalg.norm(moved) or 1.0)
