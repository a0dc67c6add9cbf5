"""Normalisation, tokenisation, query understanding and the synonym file (pure functions)."""

from __future__ import annotations

import pytest

from index.synonyms import DEFAULT_SYNONYMS, SynonymTable
from index.text import fold, term_spans, to_traditional


def test_fold_unifies_scripts_and_widths():
    assert fold("標準作業流程") == fold("标准作业流程")
    assert fold("ＡＴＭ　１２３") == fold("atm 123")


def test_character_conversion_never_rewrites_phrases():
    assert to_traditional("单一窗口") == "單一窗口"  # a phrase converter would give 單一視窗
    assert fold("單一窗口") == "单一窗口"


def test_domain_terms_stay_whole(tokenizer):
    tokens = tokenizer.tokens("設置謄本單一窗口並辦理電話禮貌測試及免書證免謄本")
    for term in ("单一窗口", "电话礼貌测试", "免书证"):
        assert term in tokens


def test_stopwords_and_punctuation_are_dropped(tokenizer):
    assert tokenizer.tokens("的、及，與。") == []


def test_term_spans_point_into_the_original_text():
    text = "1. 到府服務。 2. 設攤宣導活動。"
    spans = term_spans(text, {fold("到府服務")})
    assert [text[a:b] for a, b in spans] == ["到府服務"]


def _groups():
    table = SynonymTable.load(DEFAULT_SYNONYMS)
    return table, list(table.groups)


def test_every_synonym_group_loads_with_at_least_two_terms():
    table, groups = _groups()
    assert len(groups) >= 10 and all(len(g) >= 2 for g in groups)
    assert table.english and all(terms for _, terms in table.english)


@pytest.mark.parametrize("group", _groups()[1], ids=lambda g: g[0])
def test_every_term_of_a_group_expands_to_the_others(group):
    table, _ = _groups()
    for term in group:
        expanded = set(table.expansions(term))
        missing = [other for other in group if other != term and other not in term and other not in expanded]
        assert not missing, f"{term} does not expand to {missing}"


@pytest.mark.parametrize("phrase,terms", _groups()[0].english, ids=lambda x: x if isinstance(x, str) else "")
def test_every_english_phrase_maps_to_plan_terms(phrase, terms):
    table, _ = _groups()
    assert set(terms) <= set(table.expansions(f"we want {phrase} for citizens"))


def test_a_malformed_synonym_line_names_the_file_and_line(tmp_path):
    bad = tmp_path / "syn.tsv"
    bad.write_text("到宅服務\t到府服務\n孤單\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"syn.tsv:2"):
        SynonymTable.load(bad)


def test_framing_verbs_are_no_concept_of_a_topic(tokenizer):
    """提高 / 落實 frame a measure in every plan (like 提升, 執行): a how-question's topic is
    what follows them, so a row need not repeat the verb to answer it."""
    from index.text import GENERIC_TERMS

    tokens = [t for t in tokenizer.tokens("提高民眾滿意度 落實環境整潔") if t not in GENERIC_TERMS]
    assert "提高" not in tokens and "落实" not in tokens
    assert "满意度" in tokens and "整洁" in tokens
