"""kill -9 at each step of an `add`: `current` always loads and holds either the old plans
(killed before the swap) or the new ones (after it), never a mix or a damaged build; the
next writer takes over the dead writer's lock and cleans up its leftovers."""

from __future__ import annotations

import pytest
from conftest import FakeEmbedder, sample_text_plans
from writer_pause import kill_when_paused, run_until

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


@pytest.mark.parametrize("point,when,swapped", POINTS, ids=[f"{w}-{p.split('.')[-1]}" for p, w, _ in POINTS])
def test_kill_at_any_step_leaves_a_loadable_index(tmp_path, tokenizer, point, when, swapped):
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    proc = run_until(point, when, tmp_path)
    kill_when_paused(proc)
    loaded = load_index(tmp_path, "fake:chars")
    assert {r.source_file for r in loaded.rows} == {p.name for p in (PLANS[:3] if swapped else PLANS[:2])}
    report = corpus.add([PLANS[3]], tmp_path, FakeEmbedder(), tokenizer)
    assert report.stale_lock is not None and report.stale_lock.pid == proc.pid
    assert {p.source_file for p in corpus.list_plans(tmp_path)} == {p.name for p in (PLANS[:4] if swapped else [*PLANS[:2], PLANS[3]])}
    assert not list((tmp_path / "builds").glob(".tmp-*")) and not list(tmp_path.glob(".current-*"))
