"""A writer (`corpus.add` of one more sample plan) paused at a named step, for kill -9 tests:
the step's function is replaced by one that prints "paused" and sleeps, before or after calling
the original, or at its second call (`when`). With `db`, the writer publishes to Milvus Lite."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from conftest import REPO


def run_until(point: str, when: str, index_dir, db=None) -> subprocess.Popen:
    owner, name = point.rsplit(".", 1)
    publisher = (f"publish.MilvusPublisher(MilvusTarget({str(db)!r}, prefix='k'))" if db is not None else "None")
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        sys.path.insert(0, {str(REPO / 'tests')!r})
        from conftest import FakeEmbedder, sample_text_plans
        import index.store as store
        from index import corpus
        from index.text import Tokenizer
        if {db is not None!r}:
            import index.publish as publish, index.milvus_store as milvus_store
            from index.milvus_store import MilvusTarget
            milvus_store.INSERT_BATCH = 60
        owner = eval({owner!r})
        original = getattr(owner, {name!r})
        calls = []
        def paused(*args, **kwargs):
            calls.append(1)
            if {when!r} == "second" and len(calls) < 2:
                return original(*args, **kwargs)
            if {when!r} == "after":
                original(*args, **kwargs)
            print("paused", flush=True)
            time.sleep(120)
        setattr(owner, {name!r}, paused)
        corpus.add([sample_text_plans()[2]], Path({str(index_dir)!r}), FakeEmbedder(), Tokenizer(), publisher={publisher})
        print("finished", flush=True)
    """)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})


def kill_when_paused(proc: subprocess.Popen) -> None:
    """Wait for the writer to reach its step, then kill -9 it there."""
    try:
        assert proc.stdout.readline().strip() == "paused"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
