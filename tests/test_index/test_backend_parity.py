"""Same ranking on both backends: on every frozen query set the milvus backend's top 10 overlap
the local backend's by at least 0.95 on average, and `total` is the same for at least 95 % of
the queries (both serve one build of the sample rows). What differs, and why, is printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from backends import open_sample_searcher

from index.evaluate import load_queries

EVAL = Path(__file__).resolve().parents[2] / "data" / "eval"
SETS = sorted(p.name for p in EVAL.glob("*_queries.jsonl"))


@pytest.fixture(scope="module")
def milvus_searcher(sample_index, embedder, tokenizer, request):
    return open_sample_searcher(sample_index, embedder, tokenizer, "milvus", request)


def overlap(a: list[str], b: list[str]) -> float:
    """Shared rows of two top-k lists over the longer list (two empty lists agree)."""
    return len(set(a) & set(b)) / max(len(a), len(b)) if a or b else 1.0


@pytest.mark.parametrize("name", SETS)
def test_milvus_ranks_like_local_on_the_frozen_queries(name, searcher, milvus_searcher):
    assert searcher.store.kind == "local" and milvus_searcher.store.kind == "milvus"
    queries = [q.query for q in load_queries(EVAL / name)]
    local = searcher.search_many(queries, k=10)
    milvus = milvus_searcher.search_many(queries, k=10)
    overlaps, same_total = [], 0
    for query, a, b in zip(queries, local, milvus, strict=True):
        ids_a, ids_b = [h.row_id for h in a.hits], [h.row_id for h in b.hits]
        overlaps.append(overlap(ids_a, ids_b))
        same_total += a.total == b.total
        if ids_a != ids_b or a.total != b.total:
            print(f"{name} {query!r}: overlap {overlaps[-1]:.2f}, total {a.total} vs {b.total}, order same: "
                  f"{sorted(ids_a) == sorted(ids_b)}")
    mean = sum(overlaps) / len(overlaps)
    print(f"{name}: {len(queries)} queries, mean top-10 overlap {mean:.3f}, same total {same_total}/{len(queries)}")
    assert mean >= 0.95
    assert same_total >= 0.95 * len(queries)
