"""Fusion functions on hand-built rankings."""

from __future__ import annotations

import pytest

from index.fusion import convex_combination, reciprocal_rank_fusion


def test_rrf_rewards_agreement_and_reports_ranks():
    fused = reciprocal_rank_fusion({"bm25": [1, 2, 3], "dense": [2, 4]}, k=60)
    assert fused[0][0] == 2
    assert fused[0][2] == {"bm25": 2, "dense": 1}
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)
    assert [d for d, _, _ in fused] == [2, 1, 4, 3]


def test_rrf_weights_scale_a_retriever():
    fused = reciprocal_rank_fusion({"bm25": [1], "dense": [2]}, weights={"bm25": 1.0, "dense": 0.5})
    assert [d for d, _, _ in fused] == [1, 2]


def test_convex_combination_keeps_score_gaps():
    fused = convex_combination({"bm25": {1: 10.0, 2: 9.9, 3: 0.0}, "dense": {3: 0.9, 2: 0.5, 1: 0.1}},
                               weights={"bm25": 1.0, "dense": 0.3})
    assert [d for d, _, _ in fused] == [2, 1, 3]
    assert fused[0][2] == {"bm25": 2, "dense": 2}


def test_convex_combination_with_one_retriever_empty():
    fused = convex_combination({"bm25": {}, "dense": {7: 0.8, 8: 0.7}})
    assert [d for d, _, _ in fused] == [7, 8]
