"""A ranking model orders what the searcher's model judged and nothing else (index/ranker.py):
the same matches, totals, verdicts, claims and off-topic decisions with or without it."""

from __future__ import annotations

import pytest
from conftest import FakeEmbedder

QUERIES = ["單一窗口", "到宅服務", "哪些地政事務所提供跨所申辦", "哪些機關提供外語服務", "演唱會門票",
           "誰負責檔案應用", "電話禮貌測試", "online application"]


@pytest.fixture(scope="module")
def base(sample_index, embedder, tokenizer):
    from index.search import Searcher

    return Searcher.open(sample_index, embedder, tokenizer=tokenizer)


@pytest.fixture(scope="module")
def ranked(sample_index, sample_rows, embedder, tokenizer, tmp_path_factory):
    """The same build searched with a ranker of other vectors (characters, no model)."""
    from index.ranker import Ranker
    from index.search import Searcher
    from index.store import build_index

    folder = tmp_path_factory.mktemp("ranker-index")
    fake = FakeEmbedder()
    build_index(sample_rows, folder, fake, tokenizer)
    searcher = Searcher.open(sample_index, embedder, tokenizer=tokenizer)
    searcher.ranker = Ranker.open(folder, fake, searcher.rows, searcher.table)
    return searcher


def counts(facets: dict) -> dict:
    return {name: {v["value"]: v["count"] for v in values} for name, values in facets.items()}


@pytest.mark.parametrize("query", QUERIES)
def test_the_ranker_changes_no_match_total_count_or_decision(base, ranked, query):
    ours, theirs = ranked.search(query, k=100), base.search(query, k=100)
    assert ours.total == theirs.total
    assert {h.row_id for h in ours.hits} | {r for h in ours.hits for r in h.repeats} == \
        {h.row_id for h in theirs.hits} | {r for h in theirs.hits for r in h.repeats}
    assert all(h.verdict.value == "match" for h in ours.hits)
    assert counts(ours.facets) == counts(theirs.facets)  # ties may come in the ranker's order
    assert ours.about_corpus == theirs.about_corpus
    assert ours.strength == theirs.strength


@pytest.mark.parametrize("query", ["哪些機關提供到宅服務", "哪些地政事務所提供跨所申辦", "演唱會門票"])
def test_answers_name_the_same_offices_each_cited_with_a_match(base, ranked, query):
    """The offices are the same; an office's citation may be another of its matching rows (the
    first in the ranker's order), never a row the searcher's model does not call a match."""
    from service.answer import ask

    ours, theirs = ask(ranked, query), ask(base, query)
    assert {o.office for o in ours.offices} == {o.office for o in theirs.offices}
    assert bool(ours.offices) == (query != "演唱會門票")
    matches = {h.row_id for h in base.search(query, k=500).hits}
    assert {c.row_id for c in ours.citations} <= matches | {r for h in base.search(query, k=500).hits for r in h.repeats}


def test_the_ranker_decides_the_order(base, ranked):
    """With other vectors the matches come in another order, the ranker's fused scores descending."""
    moved = 0
    for query in QUERIES:
        ours, theirs = ranked.search(query, k=100), base.search(query, k=100)
        scores = [h.score for h in ours.hits if h.score > 0]
        assert scores == sorted(scores, reverse=True)
        moved += [h.row_id for h in ours.hits] != [h.row_id for h in theirs.hits]
    assert moved >= 2


def test_a_ranker_of_the_same_model_is_the_searcher_itself(base, sample_index, embedder, tokenizer):
    from index.ranker import Ranker
    from index.search import Searcher

    same = Searcher.open(sample_index, embedder, tokenizer=tokenizer)
    same.ranker = Ranker.open(sample_index, embedder, same.rows, same.table)
    for query in QUERIES:
        ours, theirs = same.search(query), base.search(query)
        assert [(h.row_id, h.score) for h in ours.ranked] == [(h.row_id, h.score) for h in theirs.ranked]


def test_a_ranking_build_of_other_rows_is_refused_naming_it(tmp_path, sample_rows, base, tokenizer):
    from index.ranker import Ranker, RankerMismatch
    from index.store import build_index

    fake = FakeEmbedder()
    build_index(sample_rows[:-3], tmp_path, fake, tokenizer)
    with pytest.raises(RankerMismatch, match=rf"{tmp_path}.*{len(sample_rows) - 3} rows.*{len(sample_rows)}"):
        Ranker.open(tmp_path, fake, base.rows, base.table)
