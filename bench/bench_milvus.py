"""The two retrieval backends side by side on synthetic builds (not a test): build time,
latency of the candidate calls (p50/p99) and memory, at 10k and 100k rows (1M with --rows).

Synthetic, and said so in every result: random unit vectors (384-d; a row has its passage
vector and, for one row in three, two action vectors: ~1.7 units per row, as the sample
plans have) and random token lists (Zipf over a 30k vocabulary, BM25 weights computed by
bm25s from them); nothing is embedded. The local backend is FAISS (flat up to 10k units,
HNSW above, float16) + bm25s in this process; the milvus backend is the same build published
to a Milvus Lite file served by `milvus-lite server` in its own process (as `plansearch serve`
runs it), searched through pymilvus. Both answer the same `CandidateStore` calls.

    python bench/bench_milvus.py [--rows 10000 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_retrieval import percentiles  # noqa: E402
from machine import machine_info  # noqa: E402

from index.candidates import LocalStore, SparseQuery  # noqa: E402
from index.dense import DenseIndex  # noqa: E402
from index.filters import Filters, RowTable  # noqa: E402
from index.lexical import LexicalIndex  # noqa: E402
from index.milvus_lite import LiteServer, open_client  # noqa: E402
from index.milvus_store import MilvusStore, MilvusTarget, publish_build  # noqa: E402
from index.store import LoadedIndex  # noqa: E402
from ingest.record import MeasureRow, SourceRef  # noqa: E402

DIM = 384
VOCAB = 30_000
TYPES = ["戶政事務所", "地政事務所", "區公所", "衛生所", "稅捐稽徵處", "監理站", "警察局", "圖書館"]


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def synthetic_build(folder: Path, n: int, seed: int = 11) -> tuple[list[MeasureRow], np.ndarray, np.ndarray, list[list[str]]]:
    """Rows, unit vectors, unit→row map and token lists; written as a build folder would hold them."""
    rng = np.random.default_rng(seed)
    units_per_row = np.where(rng.random(n) < 1 / 3, 3, 1)
    unit_rows = np.repeat(np.arange(n), units_per_row)
    vectors = rng.standard_normal((len(unit_rows), DIM), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ranks = np.minimum(rng.zipf(1.3, size=(n, 30)), VOCAB) - 1
    tokens = [[f"t{t}" for t in row] for row in ranks]
    rows = []
    for i in range(n):
        office_type = TYPES[i % len(TYPES)]
        rows.append(MeasureRow(row_id=f"{i:016x}", plan_id=f"p{i // 40}", office=f"機關{i // 40 % 500}{office_type}",
                               parent_agency=f"上級{i % 23}", year_roc=100 + i % 14, year_ad=2011 + i % 14, title="synthetic",
                               source_file=f"p{i // 40}.txt", source_sha256="", section=("一、服務", f"({i % 9})措施"),
                               measure=f"措施{i}", actions=("a", "b") if units_per_row[i] == 3 else ("a",), deadline=None,
                               owner=None, benefit=None, source=SourceRef(f"p{i // 40}.txt"), office_type=office_type))
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "rows.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(row.to_json() + "\n")
    np.save(folder / "vectors.npy", vectors)
    np.save(folder / "unit_rows.npy", unit_rows)
    return rows, vectors, unit_rows, tokens


def queries(n: int, seed: int = 5) -> list[tuple[np.ndarray, SparseQuery, Filters | None]]:
    rng = np.random.default_rng(seed)
    random.seed(seed)
    out = []
    for i in range(n):
        vector = rng.standard_normal(DIM).astype(np.float32)
        words = tuple(f"t{t}" for t in np.minimum(rng.zipf(1.5, size=3), VOCAB) - 1)
        filters = Filters(office_types=(TYPES[i % len(TYPES)],), year_from=105) if i % 2 else None
        out.append((vector / np.linalg.norm(vector), SparseQuery(((words, 1.0),)), filters))
    return out


def timed(store, asked) -> dict:
    dense, sparse = [], []
    for vector, sparse_query, filters in asked:
        started = time.perf_counter()
        store.dense(vector[None, :], 100, filters)
        dense.append(time.perf_counter() - started)
        started = time.perf_counter()
        store.sparse([sparse_query], 100, filters)
        sparse.append(time.perf_counter() - started)
    both = [a + b for a, b in zip(dense, sparse, strict=True)]
    return {"dense_ms": percentiles(dense), "sparse_ms": percentiles(sparse), "candidates_ms": percentiles(both)}


def overlap(local, milvus, asked) -> float:
    shares = []
    for _vector, sparse_query, filters in asked[:50]:
        a = list(local.sparse([sparse_query], 10, filters)[0])
        b = list(milvus.sparse([sparse_query], 10, filters)[0])
        shares.append(len(set(a) & set(b)) / max(len(a), len(b), 1))
    return round(float(np.mean(shares)), 3)


def run(n: int, n_queries: int, work: Path, port: int) -> dict:
    folder = work / f"b{n}"
    rows, vectors, unit_rows, tokens = synthetic_build(folder, n)
    asked = queries(n_queries)
    base_rss = rss_mb()

    started = time.perf_counter()
    dense = DenseIndex.build(vectors)
    lexical = LexicalIndex.build(tokens)
    local_build_s = time.perf_counter() - started
    lexical.save(folder / "bm25")
    loaded = LoadedIndex(folder, {}, rows, vectors, unit_rows, dense, lexical)
    local = LocalStore(loaded, RowTable(rows))
    local_rss = rss_mb() - base_rss
    local_ms = timed(local, asked)

    target = MilvusTarget(str(work / f"m{n}.db"), prefix="bench", timeout=60)
    with LiteServer(Path(target.uri), port=port) as lite:
        client = open_client(MilvusTarget(lite.uri, prefix="bench", timeout=600))
        started = time.perf_counter()
        published = publish_build(client, MilvusTarget(str(target.uri), prefix="bench", timeout=600), folder, f"n{n}")
        milvus_build_s = time.perf_counter() - started
        milvus = MilvusStore(lambda: client, MilvusTarget(lite.uri, prefix="bench", timeout=60), f"n{n}", local)
        milvus_ms = timed(milvus, asked)
        server_rss = rss_mb(lite.process.pid)
        agree = overlap(local, milvus, asked)
        client.close()
    return {"rows": n, "units": int(len(unit_rows)), "dense_index_local": dense.kind,
            "dense_index_milvus": "HNSW(M=32,efConstruction=80)" if published.units > 10_000 else "FLAT",
            "local": {"build_s": round(local_build_s, 1), "memory_mb": round(local_rss, 1), **local_ms},
            "milvus": {"build_s": round(milvus_build_s, 1), "server_memory_mb": server_rss, **milvus_ms},
            "bm25_top10_overlap": agree}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--port", type=int, default=19535)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "milvus.json")
    args = parser.parse_args()
    import faiss

    faiss.omp_set_num_threads(1)  # as the service searches (one thread a query)
    work = Path(tempfile.mkdtemp(prefix="bench-milvus-"))
    results = {"machine": machine_info(), "data": "synthetic: random unit vectors (384-d) and random Zipf token lists; "
               "nothing embedded", "engines": {"local": "FAISS + bm25s in-process", "milvus": "Milvus Lite "
               "(milvus-lite server, own process) via pymilvus"}, "runs": []}
    try:
        for n in args.rows:
            result = run(n, args.queries, work, args.port)
            print(json.dumps(result, ensure_ascii=False))
            results["runs"].append(result)
            shutil.rmtree(work / f"b{n}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["peak_rss_mb_bench_process"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    main()
