"""Live reload against a real server (uvicorn on a loopback port): a server serving build A
answers from build B after `add`, with no failed request while a thread drives requests
across the swap; a server started without an index starts answering once one is built."""

from __future__ import annotations

import threading
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from conftest import FakeEmbedder, sample_text_plans

from index import corpus
from service.app import create_app
from service.listen import bind
from service.settings import Settings

PLANS = sample_text_plans()
PATIENCE = 60.0  # a timeout for waits, not a speed assertion


@contextmanager
def running_server(index_dir: Path, reload_interval: float = 0.1):
    app = create_app(Settings(index_dir=index_dir, reload_interval=reload_interval), embedder=FakeEmbedder())
    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + PATIENCE
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", app
    finally:
        server.should_exit = True
        thread.join(PATIENCE)


def wait_for(predicate, what: str):
    deadline = time.monotonic() + PATIENCE
    while not predicate():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


class Driver(threading.Thread):
    """Requests search, ask and health in a loop; records every status and served build."""

    def __init__(self, base: str):
        super().__init__(daemon=True)
        self.base = base
        self.stop = threading.Event()
        self.statuses: Counter = Counter()
        self.failures: list[str] = []
        self.builds: list[str] = []

    def run(self):
        with httpx.Client(base_url=self.base, timeout=30) as client:
            while not self.stop.is_set():
                for path, params in (("/api/search", {"q": "到府服務", "k": 5}), ("/api/ask", {"q": "哪些機關提供到宅服務"}),
                                     ("/api/health", {}), ("/", {"q": "單一窗口"})):
                    try:
                        response = client.get(path, params=params)
                    except httpx.HTTPError as exc:
                        self.failures.append(f"{path}: {exc!r}")
                        continue
                    self.statuses[response.status_code] += 1
                    if response.status_code != 200:
                        self.failures.append(f"{path}: {response.status_code} {response.text[:200]}")
                    elif path == "/api/health":
                        self.builds.append(response.json()["build"])


def test_server_answers_from_the_new_build_with_no_failed_request(tmp_path, tokenizer):
    build_a = corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer).build.path
    with running_server(tmp_path) as (base, app):
        driver = Driver(base)
        driver.start()
        wait_for(lambda: len(driver.builds) >= 3, "requests on build A")
        build_b = corpus.add([PLANS[2]], tmp_path, FakeEmbedder(), tokenizer).build.path
        wait_for(lambda: driver.builds and driver.builds[-1] == build_b.name, "the server to serve build B")
        served_b = len(driver.builds)
        wait_for(lambda: len(driver.builds) >= served_b + 3, "requests on build B")
        driver.stop.set()
        driver.join(PATIENCE)

        assert driver.failures == [] and set(driver.statuses) == {200}
        assert driver.builds[0] == build_a.name and driver.builds[-1] == build_b.name
        first_b = driver.builds.index(build_b.name)
        assert set(driver.builds[first_b:]) == {build_b.name}  # no flapping back to A
        offices = {h["office"] for h in httpx.get(f"{base}/api/search", params={"q": "戶籍", "k": 20}).json()["hits"]}
        assert "臺中縣龍井鄉戶政事務所" in offices
        assert len(httpx.get(f"{base}/api/plans").json()["plans"]) == 3
        assert build_a.exists()  # still leased by the server (grace for requests in flight)
        app.state.live.retire(now=time.monotonic() + 3600)
        assert not build_a.exists() and build_b.exists()


def test_server_started_without_an_index_serves_one_once_it_is_built(tmp_path, tokenizer):
    with running_server(tmp_path) as (base, _):
        health = httpx.get(f"{base}/api/health")
        assert health.status_code == 503 and "plansearch add" in health.json()["error"]["message"]
        assert httpx.get(f"{base}/api/search", params={"q": "到府服務"}).status_code == 503
        assert httpx.get(f"{base}/", params={"q": "到府服務"}).status_code == 503
        corpus.add(PLANS[:1], tmp_path, FakeEmbedder(), tokenizer)
        wait_for(lambda: httpx.get(f"{base}/api/health").status_code == 200, "the first build to be served")
        hits = httpx.get(f"{base}/api/search", params={"q": "到府服務"}).json()["hits"]
        assert hits and hits[0]["office"] == "基隆市安樂地政事務所"
        assert httpx.get(f"{base}/", params={"q": "到府服務"}).status_code == 200


def test_another_process_serving_an_old_build_keeps_it_on_disk(tmp_path, tokenizer):
    """Two servers on one index: a writer's prune never deletes the build one of them serves."""
    build_a = corpus.add(PLANS[:1], tmp_path, FakeEmbedder(), tokenizer).build.path
    with running_server(tmp_path, reload_interval=3600) as (base, _):  # this server stays on A
        corpus.add(PLANS[1:2], tmp_path, FakeEmbedder(), tokenizer)
        corpus.add(PLANS[2:3], tmp_path, FakeEmbedder(), tokenizer)
        assert build_a.exists()
        assert httpx.get(f"{base}/api/health").json()["build"] == build_a.name
        assert httpx.get(f"{base}/api/search", params={"q": "到府服務"}).status_code == 200
    builds = sorted(p.name for p in (tmp_path / "builds").iterdir())
    assert build_a.name in builds and len(builds) == 2  # the middle build, served by nobody, was pruned


def test_a_retired_build_is_freed_although_the_served_one_is_frozen(tmp_path, tokenizer):
    """The served build's objects are frozen out of the cyclic collector (tail latency); a
    build swapped out is still freed, not kept alive by the freeze."""
    import gc
    import types
    import weakref

    from index.search import Searcher
    from service.live import LiveIndex

    corpus.add(PLANS[:1], tmp_path, FakeEmbedder(), tokenizer)
    state = types.SimpleNamespace()
    live = LiveIndex(tmp_path, state, lambda loaded: Searcher(loaded, FakeEmbedder(), tokenizer=tokenizer),
                     embedder_id=FakeEmbedder().id)
    assert live.check()
    first = weakref.ref(state.searcher)
    assert gc.get_freeze_count() > len(state.searcher.rows)
    corpus.add(PLANS[1:2], tmp_path, FakeEmbedder(), tokenizer)
    assert live.check()
    corpus.add(PLANS[2:3], tmp_path, FakeEmbedder(), tokenizer)
    assert live.check()  # the next swap unfreezes and collects what the first build left
    assert first() is None
    assert len(state.searcher.rows) > 0
    gc.unfreeze()
