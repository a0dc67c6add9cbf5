"""kill -9 at each step of an `add`: `current` always loads and holds either the old plans
(killed before the swap) or the new ones (after it), never a mix or a damaged build; the
next writer takes over the dead writer's lock and cleans up its leftovers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from conftest import REPO, FakeEmbedder, sample_text_plans

from index import corpus
from index.store import load_index

PLANS = sample_text_plans()

# (where the writer is killed, whether `current` names the new build by then)
POINTS = [
    ("store.embed_cached", "before", False),
    ("store.build_bridge", "before", False),
    ("store.DenseIndex.save", "before", False),
    ("store.LexicalIndex.save", "before", False),
    ("store.TermBridge.save", "after", False),
    ("store._copy_sources", "before", False),
    ("store._file_records", "before", False),
    ("store._write_durably", "before", False),
    ("store._write_durably", "after", False),
    ("store._swap_current", "before", False),
    ("store._swap_current", "after", True),
    ("store.prune_builds", "before", True),
    ("store.prune_builds", "after", True),
]


def run_until(point: str, when: str, index_dir) -> subprocess.Popen:
    owner, name = point.rsplit(".", 1)
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        sys.path.insert(0, {str(REPO / 'tests')!r})
        from conftest import FakeEmbedder, sample_text_plans
        import index.store as store
        from index import corpus
        from index.text import Tokenizer
        owner = eval({owner!r})
        original = getattr(owner, {name!r})
        def paused(*args, **kwargs):
            if {when!r} == "after":
                original(*args, **kwargs)
            print("paused", flush=True)
            time.sleep(120)
        setattr(owner, {name!r}, paused)
        corpus.add([sample_text_plans()[2]], Path({str(index_dir)!r}), FakeEmbedder(), Tokenizer())
        print("finished", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    return proc


@pytest.mark.parametrize("point,when,swapped", POINTS, ids=[f"{w}-{p.split('.')[-1]}" for p, w, _ in POINTS])
def test_kill_at_any_step_leaves_a_loadable_index(tmp_path, tokenizer, point, when, swapped):
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    proc = run_until(point, when, tmp_path)
    try:
        assert proc.stdout.readline().strip() == "paused"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    loaded = load_index(tmp_path, "fake:chars")
    assert {r.source_file for r in loaded.rows} == {p.name for p in (PLANS[:3] if swapped else PLANS[:2])}
    report = corpus.add([PLANS[3]], tmp_path, FakeEmbedder(), tokenizer)
    assert report.stale_lock is not None and report.stale_lock.pid == proc.pid
    assert {p.source_file for p in corpus.list_plans(tmp_path)} == {p.name for p in (PLANS[:4] if swapped else [*PLANS[:2], PLANS[3]])}
    assert not list((tmp_path / "builds").glob(".tmp-*")) and not list(tmp_path.glob(".current-*"))
