"""The milvus backend live, against a real server (uvicorn on a loopback port) and a
`milvus-lite server` process, as `plansearch serve` runs them: plans added and removed by a
writer in another role while 20 clients search gives no failed request; stopping Milvus
mid-load gives 503s that say why (never a 500), and the same server answers again once
Milvus is back, without a restart."""

from __future__ import annotations

import threading
from collections import Counter
from contextlib import contextmanager

import httpx
import uvicorn
from backends import milvus_settings, need_milvus
from conftest import FakeEmbedder, sample_text_plans
from test_reload import PATIENCE, wait_for

from index import corpus
from index.milvus_lite import LiteServer, running_server
from service.app import create_app
from service.backend import milvus_target, publisher
from service.listen import bind

PLANS = sample_text_plans()
LITE_PORT = 19531  # the range this work may use: 19531-19539


@contextmanager
def serving(settings):
    """The app on a loopback port, as one `serve` worker runs it."""
    app = create_app(settings, embedder=FakeEmbedder())
    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_for(lambda: server.started, "the server to start")
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", app
    finally:
        server.should_exit = True
        thread.join(PATIENCE)


class Clients:
    """`n` threads searching in a loop; every status, failure and served build recorded."""

    QUERIES = ["到府服務", "單一窗口", "電話禮貌測試", "服務台", "志工"]

    def __init__(self, base: str, n: int):
        self.base = base
        self.stop = threading.Event()
        self.statuses: Counter = Counter()
        self.failures: list[str] = []
        self.unavailable: list[dict] = []
        self.builds: set[str] = set()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(n)]

    def run(self, i: int) -> None:
        with httpx.Client(base_url=self.base, timeout=PATIENCE) as http:
            n = 0
            while not self.stop.is_set():
                query = self.QUERIES[(i + n) % len(self.QUERIES)]
                n += 1
                try:
                    response = http.get("/api/search", params={"q": query, "k": 5})
                except httpx.HTTPError as exc:
                    with self.lock:
                        self.failures.append(f"{query}: {type(exc).__name__}")
                    continue
                with self.lock:
                    self.statuses[response.status_code] += 1
                    if response.status_code == 503:
                        self.unavailable.append(response.json()["error"])
                    elif response.status_code != 200:
                        self.failures.append(f"{query}: {response.status_code} {response.text[:200]}")

    def __enter__(self) -> Clients:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(PATIENCE)

    def count(self, status: int) -> int:
        with self.lock:
            return self.statuses[status]


def served_build(base: str) -> str:
    return httpx.get(f"{base}/api/health", timeout=PATIENCE).json()["build"]


def test_add_and_remove_under_20_clients_fail_no_request(tmp_path, tokenizer):
    need_milvus()
    with LiteServer(tmp_path / "milvus.db", port=LITE_PORT) as lite:
        settings = milvus_settings(tmp_path / "index", tmp_path / "milvus.db", reload_interval=0.1)
        writer = publisher(settings)  # the CLI writer: reaches the Lite file through the server
        corpus.add(PLANS[:3], settings.index_dir, FakeEmbedder(), tokenizer, publisher=writer)
        served = settings.model_copy(update={"milvus_uri": lite.uri})  # what `serve` hands its workers
        with serving(served) as (base, app), Clients(base, 20) as clients:
            first = served_build(base)
            wait_for(lambda: clients.count(200) >= 40, "searches on the first build")
            corpus.add(PLANS[3:], settings.index_dir, FakeEmbedder(), tokenizer, publisher=writer)
            wait_for(lambda: served_build(base) != first, "the added plans to be served")
            after_add = served_build(base)
            seen = clients.count(200)
            wait_for(lambda: clients.count(200) >= seen + 40, "searches on the second build")
            corpus.remove([PLANS[0].name], settings.index_dir, FakeEmbedder(), tokenizer, publisher=writer)
            wait_for(lambda: served_build(base) not in (first, after_add), "the removal to be served")
            seen = clients.count(200)
            wait_for(lambda: clients.count(200) >= seen + 40, "searches on the third build")
            health = httpx.get(f"{base}/api/health").json()
        writer.close()
        assert lite.uri == running_server(tmp_path / "milvus.db")
    assert clients.failures == [] and clients.unavailable == [], clients.failures[:5] or clients.unavailable[:5]
    target = milvus_target(settings)
    assert health["backend"]["kind"] == "milvus"
    assert health["backend"]["collection"] == health["backend"]["alias_collection"] == target.collection(health["build"])
    assert health["counts"]["plans"] == len(PLANS) - 1


def test_milvus_down_is_503_with_the_reason_then_served_again_without_restart(tmp_path, tokenizer):
    need_milvus()
    db = tmp_path / "milvus.db"
    settings = milvus_settings(tmp_path / "index", db, reload_interval=0.1, milvus_timeout=1.0)
    with LiteServer(db, port=LITE_PORT + 1) as lite:
        writer = publisher(settings)
        corpus.add(PLANS[:2], settings.index_dir, FakeEmbedder(), tokenizer, publisher=writer)
        writer.close()
        served = settings.model_copy(update={"milvus_uri": lite.uri})  # what `serve` hands its workers
        with serving(served) as (base, app), Clients(base, 10) as clients:
            wait_for(lambda: clients.count(200) >= 20, "searches while Milvus is up")
            stop_lite(db)  # Milvus stops mid-load
            wait_for(lambda: clients.count(503) >= 20, "503s while Milvus is down")
            with clients.lock:
                reasons = list(clients.unavailable)
            page = httpx.get(f"{base}/", params={"q": "到府服務"}, timeout=PATIENCE)
            health = httpx.get(f"{base}/api/health", timeout=PATIENCE)
            with LiteServer(db, port=LITE_PORT + 1):  # Milvus back, on the same address
                seen = clients.count(200)
                wait_for(lambda: clients.count(200) >= seen + 20, "searches once Milvus is back")
                healthy = httpx.get(f"{base}/api/health", timeout=PATIENCE)
    assert clients.failures == [], clients.failures[:5]  # no 500, no dropped connection
    assert {r["code"] for r in reasons} == {"backend_unavailable"}
    assert all("127.0.0.1" in r["message"] and "did not answer" in r["message"] for r in reasons)
    assert page.status_code == 503 and "<html" in page.text and "Traceback" not in page.text
    assert health.status_code == 503 and health.json()["error"]["code"] == "backend_unavailable"
    assert healthy.status_code == 200 and healthy.json()["backend"]["kind"] == "milvus"


def stop_lite(db) -> None:
    """Stop the `milvus-lite server` serving the file (found by its record), as an operator would."""
    import json
    import os
    import signal

    from index.milvus_lite import record_path

    pid = json.loads(record_path(db.resolve()).read_text())["pid"]
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: running_server(db.resolve()) is None, "the Lite server to stop")
