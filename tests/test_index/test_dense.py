"""Dense storage: FAISS holds the vectors as float16 (half the memory), vectors.npy keeps them exact,
builds that hold float32 (written before) still load, and filtering by allowed ids still holds."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import FakeEmbedder

from index.dense import DenseIndex
from index.search import Filters, Searcher
from index.store import build_index, load_index, read_manifest
from index.store import unit_vectors as store_unit_vectors

QUERIES = ["到府服務", "線上申辦", "服務台引導", "為民服務白皮書", "民眾滿意度調查", "電話禮貌測試"]


def unit_vectors(n: int, dim: int = 384, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def near(vectors: np.ndarray, n: int, seed: int = 1) -> np.ndarray:
    """Queries close to some of the vectors, so each has clear nearest neighbours."""
    rng = np.random.default_rng(seed)
    picked = vectors[rng.choice(len(vectors), n, replace=False)]
    queries = picked + 0.5 * rng.standard_normal(picked.shape).astype(np.float32) / np.sqrt(vectors.shape[1])
    return queries / np.linalg.norm(queries, axis=1, keepdims=True)


def assert_exact_top(found_ids: np.ndarray, found_scores: np.ndarray, queries: np.ndarray, vectors: np.ndarray,
                     k: int, allowed: np.ndarray | None = None) -> None:
    """The ids found are the exact top k (ties within float16 rounding may swap), scores within 1e-3."""
    exact = queries @ vectors.T
    if allowed is not None:
        blocked = np.ones(len(vectors), dtype=bool)
        blocked[allowed] = False
        exact[:, blocked] = -np.inf
    for q, (ids, scores) in enumerate(zip(found_ids, found_scores, strict=True)):
        best = np.sort(exact[q])[::-1][:k]
        assert np.allclose(np.sort(exact[q, ids])[::-1], best, atol=1e-3)
        assert np.allclose(scores, exact[q, ids], atol=1e-3)


@pytest.mark.parametrize("threshold", [10_000, 0], ids=["flat", "hnsw"])
def test_fp16_storage_finds_the_exact_top_rows(threshold):
    vectors = unit_vectors(3000)
    queries = near(vectors, 20)
    index = DenseIndex.build(vectors, hnsw_threshold=threshold)
    assert index.storage == "fp16"
    scores, ids = index.search(queries, 10)
    assert_exact_top(ids, scores, queries, vectors, 10)


@pytest.mark.parametrize("threshold", [10_000, 0], ids=["flat", "hnsw"])
def test_fp16_storage_keeps_to_the_allowed_ids(threshold):
    vectors = unit_vectors(3000)
    queries = near(vectors, 20)
    allowed = np.arange(1, len(vectors), 3)
    scores, ids = DenseIndex.build(vectors, hnsw_threshold=threshold).search(queries, 10, allowed)
    assert set(ids.ravel()) <= set(allowed.tolist())
    assert_exact_top(ids, scores, queries, vectors, 10, allowed)


@pytest.mark.parametrize("threshold", [10_000, 0], ids=["flat", "hnsw"])
def test_storage_survives_save_and_load(tmp_path, threshold):
    vectors = unit_vectors(500)
    for storage in ("fp16", "float32"):
        built = DenseIndex.build(vectors, hnsw_threshold=threshold, storage=storage)
        built.save(tmp_path / f"{storage}.faiss")
        loaded = DenseIndex.load(tmp_path / f"{storage}.faiss", built.kind)
        assert loaded.storage == storage and loaded.size == 500
        assert np.allclose(loaded.reconstruct(7), vectors[7], atol=1e-3)


def test_fp16_storage_halves_the_faiss_file(tmp_path):
    vectors = unit_vectors(2000)
    for storage in ("fp16", "float32"):
        DenseIndex.build(vectors, storage=storage).save(tmp_path / f"{storage}.faiss")
    fp16, float32 = ((tmp_path / f"{s}.faiss").stat().st_size for s in ("fp16", "float32"))
    assert fp16 < 0.52 * float32


def test_unknown_storage_is_refused():
    with pytest.raises(ValueError, match="fp16, float32"):
        DenseIndex.build(unit_vectors(10), storage="int8")


def test_a_build_stores_fp16_and_keeps_the_exact_vectors(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer)
    assert read_manifest(tmp_path)["dense_storage"] == "fp16"
    loaded = load_index(tmp_path, "fake:chars")
    every = store_unit_vectors(loaded.path)
    assert loaded.dense.storage == "fp16" and every.dtype == np.float32 and loaded.passages.dtype == np.float32
    queries = FakeEmbedder().encode_queries(QUERIES)
    scores, ids = loaded.dense.search(queries, 10)
    assert_exact_top(ids, scores, queries, every, 10)


@pytest.mark.parametrize("threshold", [10_000, 10], ids=["flat", "hnsw"])
def test_an_older_float32_build_still_loads_and_ranks_as_fp16(tmp_path, sample_rows, tokenizer, threshold):
    embedder = FakeEmbedder()
    # A float32 FAISS file, as builds before fp16 storage hold (a manifest of format 7 always names its storage).
    build_index(sample_rows, tmp_path / "old", embedder, tokenizer, hnsw_threshold=threshold, dense_storage="float32")
    build_index(sample_rows, tmp_path / "new", embedder, tokenizer, hnsw_threshold=threshold)
    old = Searcher.open(tmp_path / "old", embedder, tokenizer=tokenizer)
    new = Searcher.open(tmp_path / "new", embedder, tokenizer=tokenizer)
    assert old.index.dense.storage == "float32" and new.index.dense.storage == "fp16"
    for query in QUERIES:
        old_hits = old.search(query, k=20, mode="dense", floor=False).hits
        old_score = {h.row_id: h.score for h in old_hits}
        new_hits = new.search(query, k=10, mode="dense", floor=False).hits
        assert len(new_hits) == 10
        for rank, (was, now) in enumerate(zip(old_hits[:10], new_hits, strict=True)):  # rows swap only where float32 nearly ties
            assert now.row_id == was.row_id or abs(old_score.get(now.row_id, -1.0) - was.score) < 1e-3, (query, rank)
            assert abs(now.score - was.score) < 1e-3


def test_filters_keep_working_with_fp16_storage(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer, hnsw_threshold=10)
    searcher = Searcher.open(tmp_path, FakeEmbedder(), tokenizer=tokenizer)
    assert searcher.index.dense.storage == "fp16" and searcher.index.dense.kind.startswith("hnsw")
    hits = searcher.search("服務", k=100, mode="dense", floor=False, filters=Filters(offices=("基隆市政府",))).hits
    assert hits and {searcher.row(h.row_id).office for h in hits} == {"基隆市政府"}
    source = searcher.rows[0]
    similar = searcher.similar(source.row_id, k=5)
    assert similar and all(searcher.row(h.row_id).office != source.office for h in similar)
