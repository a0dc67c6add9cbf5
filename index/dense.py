"""FAISS inner-product search over normalised vectors, behind a small ANN interface.

Exact search (`IndexFlatIP`) up to `hnsw_threshold` vectors (default HNSW_FROM), HNSW above it; both wrapped in
`IndexIDMap2` so ids are row positions and deletes keep the other ids. The choice is recorded
in the manifest.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

# Measured (bench/bench_ann.py, one FAISS thread, k = 300): flat and HNSW tie at 5k vectors,
# HNSW is faster from 10k (0.33 vs 0.55 ms p50) with recall@100 0.994 against flat.
HNSW_FROM = 10_000


class DenseIndex:
    def __init__(self, index, kind: str):
        self._index = index
        self.kind = kind

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, *, hnsw_threshold: int = HNSW_FROM, hnsw_m: int = 32,
              ef_construction: int = 80, ef_search: int = 96) -> DenseIndex:
        import faiss

        n, dim = vectors.shape if vectors.size else (0, vectors.shape[1] if vectors.ndim == 2 else 0)
        if n > hnsw_threshold:
            inner = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = ef_construction
            inner.hnsw.efSearch = ef_search
            kind = f"hnsw(M={hnsw_m},efSearch={ef_search})"
        else:
            inner = faiss.IndexFlatIP(dim)
            kind = "flat"
        index = faiss.IndexIDMap2(inner)
        if n:
            previous = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(os.cpu_count() or 1)  # a build may use every core (queries use one)
            try:
                index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.arange(n, dtype=np.int64))
            finally:
                faiss.omp_set_num_threads(previous)
        return cls(index, kind)

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) per query; `allowed` is an id array the results must come from."""
        import faiss

        k = max(1, min(k, self.size))
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        if allowed is None:
            return self._index.search(queries, k)
        if len(allowed) == 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
        params = faiss.SearchParameters(sel=selector)
        if isinstance(self._index, faiss.IndexIDMap2) and self.kind.startswith("hnsw"):
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(96, k))
        return self._index.search(queries, min(k, len(allowed)), params=params)

    def remove(self, ids: np.ndarray) -> int:
        import faiss

        return int(self._index.remove_ids(faiss.IDSelectorBatch(np.asarray(ids, dtype=np.int64))))

    def reconstruct(self, row: int) -> np.ndarray:
        return self._index.reconstruct(int(row))

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str) -> DenseIndex:
        import faiss

        return cls(faiss.read_index(str(path)), kind)
