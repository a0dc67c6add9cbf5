"""kill -9 of a writer publishing to Milvus, at each step: the alias always names a complete
collection (the old build's, or the new one's once it is complete), `current` loads, and the
next writer leaves the alias on its own build and no unfinished collection behind."""

from __future__ import annotations

import pytest
from backends import need_milvus
from conftest import FakeEmbedder, sample_text_plans
from writer_pause import kill_when_paused, run_until

from index import corpus
from index.milvus_store import MilvusTarget, alias_target
from index.publish import MilvusPublisher
from index.store import current_build, load_index

PLANS = sample_text_plans()

# (where the writer is killed, when: before/after the call or at its 2nd call, whether `current` names the new build)
POINTS = [
    ("publish.publish_build", "before", False),
    ("milvus_store._entities", "second", False),  # half the units inserted
    ("publish.publish_build", "after", False),  # the collection complete, the manifest not yet written
    ("store._swap_current", "before", False),
    ("store._swap_current", "after", True),
    ("publish.switch_alias", "before", True),  # `current` swapped, the alias one build behind
    ("publish.switch_alias", "after", True),
    ("publish.drop_unused", "before", True),
]


@pytest.mark.parametrize("point,when,swapped", POINTS, ids=[f"{w}-{p.split('.')[-1]}" for p, w, _ in POINTS])
def test_kill_while_publishing_leaves_the_alias_on_a_complete_collection(tmp_path, tokenizer, point, when, swapped):
    need_milvus()
    index_dir, target = tmp_path / "index", MilvusTarget(str(tmp_path / "m.db"), prefix="k")
    first = MilvusPublisher(target)
    corpus.add(PLANS[:2], index_dir, FakeEmbedder(), tokenizer, publisher=first)
    old = load_index(index_dir, "fake:chars")
    old_collection, old_units = target.collection(old.path.name), old.manifest["counts"]["vectors"]
    first.close()  # the writer below opens the Lite file itself

    proc = run_until(point, when, index_dir, tmp_path / "m.db")
    kill_when_paused(proc)

    loaded = load_index(index_dir, "fake:chars")
    assert {r.source_file for r in loaded.rows} == {p.name for p in (PLANS[:3] if swapped else PLANS[:2])}
    after = MilvusPublisher(target)
    client = after.client
    named = alias_target(client, target)
    complete = {old_collection: old_units, target.collection(loaded.path.name): loaded.manifest["counts"]["vectors"]}
    assert named in complete, f"alias names {named}"
    assert int(client.get_collection_stats(named)["row_count"]) == complete[named]

    corpus.add([PLANS[3]], index_dir, FakeEmbedder(), tokenizer, publisher=after)  # the next writer
    now = current_build(index_dir).name
    assert alias_target(client, target) == target.collection(now)
    left = {n for n in client.list_collections() if n.startswith("k_b")}
    assert left <= {target.collection(b.name) for b in (index_dir / "builds").iterdir() if not b.name.startswith(".")}
    after.close()
