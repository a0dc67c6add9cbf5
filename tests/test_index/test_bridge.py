"""The English bridge: an English query's nearest domain words of the plans join the lexical side."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest
from conftest import FakeEmbedder, sample_text_plans

from index.bridge import TERMS_FILE, VECTORS_FILE, TermBridge, domain_terms
from index.search import Searcher, SearchSettings
from index.store import build_index, current_build, load_build, write_manifest


def _bridged(searcher: Searcher, query: str) -> list[str]:
    """The words the build's own vocabulary lends a query (RELATED alternatives from the corpus)."""
    parsed = searcher.search(query, k=1).parsed
    return sorted({a.term for c in parsed.concepts for a in c.alternatives if a.source == "corpus"})


def _unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_nearest_takes_only_words_standing_far_above_the_rest():
    rng = np.random.default_rng(0)
    crowd = rng.normal(size=(200, 8)).astype(np.float32)
    crowd[:, 0] = -5.0  # all far from the query direction
    vectors = np.vstack([_unit(1, 0, 0, 0, 0, 0, 0, 0)[None, :], crowd / np.linalg.norm(crowd, axis=1, keepdims=True)])
    bridge = TermBridge(tuple(["眼镜"] + [f"词{i}" for i in range(200)]), vectors)
    query = _unit(1, 0.1, 0, 0, 0, 0, 0, 0)
    assert bridge.nearest(query, n=5, min_z=4.0) == ["眼镜"]
    assert bridge.nearest(query, n=0, min_z=4.0) == []
    # a query that no word stands out for (equally far from all) bridges to nothing
    flat = TermBridge(tuple(f"词{i}" for i in range(50)), np.tile(_unit(1, 1, 0, 0, 0, 0, 0, 0), (50, 1)))
    assert flat.nearest(query, n=5, min_z=4.0) == []


def test_domain_terms_are_han_words_neither_generic_nor_stop_words():
    vocab = ["老花眼镜", "服务", "哪些", "眼", "abc", "申办", "二维码扫描服务器", "2018年"]
    assert domain_terms(vocab) == ["申办", "老花眼镜"]


def test_bridge_round_trips_and_a_mismatch_is_refused(tmp_path):
    bridge = TermBridge(("申办", "眼镜"), np.eye(2, 4, dtype=np.float32))
    bridge.save(tmp_path)
    loaded = TermBridge.load(tmp_path)
    assert loaded.terms == ("申办", "眼镜") and np.array_equal(loaded.vectors, bridge.vectors)
    (tmp_path / TERMS_FILE).write_text(json.dumps(["申办"]), encoding="utf-8")
    with pytest.raises(ValueError, match="lists 1 words.*holds 2 vectors"):
        TermBridge.load(tmp_path)
    assert TermBridge.load(tmp_path / "nothing-here") is None


def test_a_build_from_before_the_bridge_loads_and_answers_english_without_it(tmp_path, sample_rows, tokenizer):
    embedder = FakeEmbedder()
    build_index(sample_rows[:40], tmp_path, embedder, tokenizer)
    build = current_build(tmp_path)
    assert (build / TERMS_FILE).exists() and (build / VECTORS_FILE).exists()
    # make it look like an older build: no bridge files, no manifest records of them
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    for name in (TERMS_FILE, VECTORS_FILE):
        (build / name).unlink()
        manifest["files"].pop(name)
    write_manifest(build, manifest)
    loaded = load_build(build, embedder.id)
    assert loaded.bridge is None
    searcher = Searcher(loaded, embedder, tokenizer=tokenizer)
    assert _bridged(searcher, "telephone courtesy test") == []
    assert searcher.search("telephone courtesy test", k=3, floor=False).hits


def test_english_query_bridges_to_the_plans_words_with_the_bundled_model(searcher):
    assert sample_text_plans()
    words = _bridged(searcher, "telephone courtesy test")
    assert "电话礼貌" in words or "电话礼貌测试" in words
    assert {"无障碍", "身障"} & set(_bridged(searcher, "wheelchair"))
    # a Chinese query has its own words: nothing is bridged
    assert _bridged(searcher, "電話禮貌測試") == []


def test_bridged_words_rank_but_are_not_the_query_words(searcher):
    result = searcher.search("telephone courtesy test", k=5)
    assert any("電話禮貌" in searcher.row(h.row_id).text for h in result.hits[:2])
    bridged = set(_bridged(searcher, "wheelchair"))
    wheelchair = searcher.search("wheelchair", k=5)
    assert bridged and not bridged & set(wheelchair.terms)  # not highlighted as the query's words
    # a row holding only a bridged word is related at most, never a match (no claim rests on it)
    for hit in wheelchair.hits:
        assert all(e.source != "corpus" for e in hit.evidence)
    off = Searcher(searcher.index, searcher.embedder, tokenizer=searcher.tokenizer,
                   settings=replace(SearchSettings(), bridge_words=0))
    assert _bridged(off, "telephone courtesy test") == []
