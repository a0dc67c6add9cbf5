"""FAISS inner-product search over normalised vectors, behind a small ANN interface.

Exact search (`IndexFlatIP`) up to `hnsw_threshold` vectors (default HNSW_FROM), HNSW above it; both wrapped in
`IndexIDMap2` so ids are row positions and deletes keep the other ids. The choice is recorded
in the manifest.

FAISS stores the vectors as float16 by default (scalar quantizer QT_fp16): the served process
holds FAISS's copy, and half of it is most of the index's memory at 100k rows; the build's exact
float32 copy stays in vectors.npy (memory-mapped). Builds written before hold float32; what a
file holds is read from the file itself, so they load unchanged.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

# Measured (bench/bench_ann.py, one FAISS thread, k = 300, fp16 storage): HNSW is faster from
# 2-5k vectors, but below 10k by under 0.2 ms (10k: 0.17 vs 0.33 ms p50) while recall@100 against
# flat falls to 0.994-0.996, so exact search stays up to 10k.
HNSW_FROM = 10_000
# How FAISS stores the vectors. Measured (bench/bench_dense_storage.py): float16 moves scores by < 1e-4,
# hybrid top-10 rows overlap float32's 1.000 on the sample's 124 eval queries and 0.988 at 10k rows
# (HNSW: two graphs built apart), recall@10 against exact search unchanged; half the memory.
# float32 is kept for comparisons and is what older builds hold.
STORAGES = ("fp16", "float32")
DENSE_STORAGE = "fp16"


def stored_as(index) -> str:
    """How a FAISS index (as built here, or read from a build) stores its vectors: "fp16" for a
    float16 scalar quantizer, else "float32" (IndexFlatIP, IndexHNSWFlat of older builds)."""
    import faiss

    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap) else index
    if isinstance(inner, faiss.IndexHNSW):
        inner = faiss.downcast_index(inner.storage)
    if isinstance(inner, faiss.IndexScalarQuantizer) and inner.sq.qtype == faiss.ScalarQuantizer.QT_fp16:
        return "fp16"
    return "float32"


class DenseIndex:
    def __init__(self, index, kind: str):
        self._index = index
        self.kind = kind
        self.storage = stored_as(index)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, *, hnsw_threshold: int = HNSW_FROM, hnsw_m: int = 32,
              ef_construction: int = 80, ef_search: int = 96, storage: str = DENSE_STORAGE) -> DenseIndex:
        """`storage`: "fp16" (half the memory; scores differ from float32 by about 1e-4) or "float32"."""
        import faiss

        if storage not in STORAGES:
            raise ValueError(f"unknown dense storage {storage!r}; use one of {', '.join(STORAGES)}")
        fp16 = storage == "fp16"
        n, dim = vectors.shape if vectors.size else (0, vectors.shape[1] if vectors.ndim == 2 else 0)
        if n > hnsw_threshold:
            if fp16:
                inner = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_fp16, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            else:
                inner = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = ef_construction
            inner.hnsw.efSearch = ef_search
            kind = f"hnsw(M={hnsw_m},efSearch={ef_search})"
        else:
            if fp16:
                inner = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
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
        """The stored vector (float16 storage gives it back rounded; vectors.npy holds it exactly)."""
        return self._index.reconstruct(int(row))

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str) -> DenseIndex:
        """Read a saved index; its storage (fp16 or float32) comes from the file, not the manifest."""
        import faiss

        return cls(faiss.read_index(str(path)), kind)
