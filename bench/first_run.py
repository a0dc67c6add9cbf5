"""A new user's first five minutes, timed: `git clone` → `make run` → the printed URL, then the
first search answered, then a restart of the same clone (a later start).

Each run clones the repository (committed state of REF) into a fresh folder under /tmp, runs
`make run` with the port set, and stamps every line `make run` prints (setup's steps, the build,
the URL) with the seconds since the clone began. The run ends when `/api/search` answers; the
server is stopped (its process group) and started again for the restart figure. pip's cache is
whatever this machine has (say so with the figures); --cold-pip gives each run an empty one.

    python3 bench/first_run.py [--runs 3] [--ref HEAD] [--port 8140] [--cold-pip] [--out bench/results/first_run.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_info  # noqa: E402

SEARCH = "/api/search?q=%E5%96%AE%E4%B8%80%E7%AA%97%E5%8F%A3"  # 單一窗口


def answered(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start(clone: Path, port: int, env: dict, t0: float, limit: float) -> tuple[subprocess.Popen, list, float | None, float | None]:
    """`make run` in its own process group; returns it, its stamped lines, seconds to the URL
    line and to the first answered search (None when the limit passed first)."""
    process = subprocess.Popen(["make", "run"], cwd=clone, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, start_new_session=True)
    lines: list = []

    def read() -> None:
        for line in process.stdout:
            lines.append([round(time.monotonic() - t0, 2), line.rstrip("\n")])

    threading.Thread(target=read, daemon=True).start()
    url_at = ready_at = None
    while time.monotonic() - t0 < limit and process.poll() is None:
        if url_at is None and any("plansearch: http://" in line for _, line in lines):
            url_at = next(stamp for stamp, line in lines if "plansearch: http://" in line)
        if url_at is not None and answered(f"http://127.0.0.1:{port}{SEARCH}"):
            ready_at = time.monotonic() - t0
            break
        time.sleep(0.1)
    return process, lines, url_at, ready_at


def stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def one_run(ref: str, port: int, cold_pip: bool, limit: float) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="fresh-", dir="/tmp"))
    clone = folder / "plansearch"
    env = {**os.environ, "PLANSEARCH_PORT": str(port), "PYTHONUNBUFFERED": "1"}
    if cold_pip:
        env["PIP_CACHE_DIR"] = str(folder / "pip-cache")
    load = [round(x, 2) for x in os.getloadavg()]
    try:
        t0 = time.monotonic()
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        subprocess.run(["git", "checkout", "-q", ref], cwd=clone, check=True)
        cloned = time.monotonic() - t0
        process, lines, url_at, ready_at = start(clone, port, env, t0, limit)
        stop(process)
        t1 = time.monotonic()
        again, again_lines, again_url, again_ready = start(clone, port, env, t1, 120)
        stop(again)
        return {"load_at_start": load, "clone_s": round(cloned, 2), "url_s": url_at and round(url_at, 2),
                "first_search_s": ready_at and round(ready_at, 2), "restart_url_s": again_url and round(again_url, 2),
                "restart_first_search_s": again_ready and round(again_ready, 2), "lines": lines, "restart_lines": again_lines}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ref", default="HEAD")
    parser.add_argument("--port", type=int, default=8140)
    parser.add_argument("--cold-pip", action="store_true", help="an empty pip cache for each run")
    parser.add_argument("--limit", type=float, default=900, help="seconds before a run is given up")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "first_run.json")
    args = parser.parse_args()
    ref = subprocess.run(["git", "rev-parse", "--short", args.ref], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    runs = []
    for n in range(args.runs):
        run = one_run(ref, args.port, args.cold_pip, args.limit)
        runs.append(run)
        print(f"run {n + 1}: load {run['load_at_start']}  URL {run['url_s']} s  first search {run['first_search_s']} s  "
              f"restart: URL {run['restart_url_s']} s, first search {run['restart_first_search_s']} s")
        for stamp, line in run["lines"]:
            print(f"   {stamp:7.2f}  {line}")
    result = {"machine": machine_info(), "ref": ref, "pip_cache": "empty per run" if args.cold_pip else "this machine's (warm)",
              "runs": runs}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
