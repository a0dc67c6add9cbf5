"""The learned claim gate (index/claim_gate.py): what it may promote, how a promotion is shown,
and the shipped model's provenance and threshold rule (scripts/train_claim_gate.py)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from conftest import index_of_plans

from index.claim_gate import FEATURES, GATE_PATH, CandidateFacts, ClaimGate
from index.judge import Verdict

ROOT = Path(__file__).resolve().parents[2]

PLANS = {
    "anle.txt": """基隆市安樂地政事務所113年度提升服務品質執行計畫

一、服務措施

實施要項\t推動作法\t完成期限\t承辦單位\t預期效益
跨所申辦\t1. 受理跨所申辦登記案件。\t經常辦理\t登記課\t免往返奔波。
電話禮貌測試\t1. 每月由主管抽測各課電話禮貌。\t每月\t秘書室\t提升電話禮貌。
""",
    "longjing.txt": """臺中縣龍井鄉戶政事務所113年度提升服務品質執行計畫

一、服務措施

實施要項\t推動作法\t完成期限\t承辦單位\t預期效益
到府服務\t1. 為行動不便民眾到府辦理戶籍登記。\t經常辦理\t戶籍課\t照顧弱勢。
多語服務\t1. 提供英語、越南語諮詢。\t經常辦理\t戶籍課\t友善新住民。
""",
}


def everything(threshold: float = 0.0) -> ClaimGate:
    """A gate that calls every candidate a statement (p = 0.5 for all): what the gate may touch
    is then the query path's guard alone."""
    zeros = np.zeros(len(FEATURES))
    return ClaimGate(zeros, np.ones(len(FEATURES)), zeros, 0.0, threshold, ("test",))


@pytest.fixture(scope="module")
def searcher(tmp_path_factory, embedder, tokenizer):
    from index.search import Searcher, SearchSettings

    index = index_of_plans(tmp_path_factory.mktemp("gate-plans"), PLANS, embedder, tokenizer, rows=4)
    return Searcher.open(index, embedder, tokenizer=tokenizer, settings=SearchSettings(claim_gate=False))


def with_gate(searcher, gate):
    searcher.gate = gate
    return searcher


def test_a_promoted_row_is_a_match_whose_evidence_is_the_models_never_a_word(searcher):
    query = "行動不便的人在家就能辦戶口"
    with_gate(searcher, None)
    before = searcher.search(query, k=10)
    with_gate(searcher, everything())
    try:
        after = searcher.search(query, k=10)
    finally:
        with_gate(searcher, None)
    assert before.about_corpus and after.total > before.total
    promoted = [h for h in after.hits if h.row_id not in {b.row_id for b in before.hits}]
    assert promoted and all(h.verdict is Verdict.MATCH for h in promoted)
    for hit in promoted:
        semantic = [e for e in hit.evidence if e.field == "semantic"]
        assert len(semantic) == 1 and semantic[0].source == "model" and semantic[0].term == ""
        assert "判定模型" in semantic[0].note and "未逐字提到" in semantic[0].note and semantic[0].z is not None
        assert all(e.strength != "own" or e.field != "semantic" for e in hit.evidence)
    assert sum(f["count"] for f in after.facets["offices"]) == after.total  # promoted rows are counted


def test_nothing_is_promoted_for_a_query_the_null_model_finds_about_nothing(searcher):
    with_gate(searcher, everything())
    try:
        result = searcher.search("演唱會門票", k=10)
    finally:
        with_gate(searcher, None)
    assert not result.about_corpus and result.total == 0 and result.hits == []


def test_a_gate_whose_bar_nothing_reaches_changes_nothing(searcher):
    query = "行動不便的人在家就能辦戶口"
    base = searcher.search(query, k=10)
    with_gate(searcher, everything(threshold=1.01))
    try:
        gated = searcher.search(query, k=10)
    finally:
        with_gate(searcher, None)
    assert [h.row_id for h in gated.hits] == [h.row_id for h in base.hits] and gated.total == base.total


def test_the_gate_reads_only_candidates_the_words_do_not_call_a_match(searcher):
    inputs = searcher.gate_inputs("電話禮貌測試")
    matched = {h.row_id for h in searcher.search("電話禮貌測試", k=10).hits}
    assert matched and inputs and not matched & {row_id for row_id, _ in inputs}
    assert all(facts.matches == len(matched) and facts.about_corpus for _, facts in inputs)


def test_only_a_query_about_the_corpus_with_a_dense_standing_can_be_promoted():
    facts = CandidateFacts(3.0, 0.5, 1, 1, 1, True, 2, False, 0.5, 3.0, 0, True)
    gate = everything()
    assert gate.states(facts)[0]
    assert not gate.states(replace(facts, about_corpus=False))[0]
    assert not gate.states(replace(facts, z=None))[0]


def test_the_shipped_gate_is_trained_on_spent_sets_only_and_loads_with_these_features():
    gate = ClaimGate.load()
    assert gate is not None, f"{GATE_PATH} is missing: run scripts/train_claim_gate.py"
    assert 0.5 <= gate.threshold < 1.0 and len(gate.coef) == len(FEATURES)
    frozen = {"heldout11", "heldout12", "heldout13", "heldout14", "heldout15"}  # measured after it: never in its data
    assert gate.trained_on and not frozen & set(gate.trained_on)
    # a stronger standing, all else equal, is more likely a statement
    facts = CandidateFacts(1.0, 0.3, 5, 5, 20, True, 3, False, 0.5, 3.0, 0, True)
    assert gate.probability(replace(facts, z=3.0)) > gate.probability(facts)


def test_a_gate_file_of_other_features_is_refused_by_name(tmp_path):
    data = json.loads(GATE_PATH.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    path = tmp_path / "gate.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="gate.json.*retrain"):
        ClaimGate.load(path)
    assert ClaimGate.load(tmp_path / "absent.json") is None


def test_a_gate_with_a_hidden_layer_reads_rectified_units_and_keeps_them_through_its_file(tmp_path):
    """bench/gate_model_class.py measures a small network as the gate; the product must compute what it was
    fitted to compute (a rectified hidden layer, then the logistic output) and store it whole."""
    n = len(FEATURES)
    hidden = np.zeros((n, 2))
    hidden[0, 0], hidden[1, 1] = 1.0, -1.0  # unit 0 passes feature 0, unit 1 the negation of feature 1
    gate = ClaimGate(np.zeros(n), np.ones(n), np.array([2.0, 3.0]), -1.0, 0.5, ("dev",), "test", hidden, np.zeros(2))
    x = np.zeros((2, n))
    x[0, 0], x[0, 1] = 1.5, 2.0  # unit 1 rectified to 0: 2.0 * 1.5 - 1
    x[1, 0], x[1, 1] = -1.0, -0.5  # unit 0 rectified to 0: 3.0 * 0.5 - 1
    expected = 1.0 / (1.0 + np.exp(-np.array([2.0, 0.5])))
    assert np.allclose(gate.probabilities(x), expected)
    gate.save(tmp_path / "gate.json")
    assert np.allclose(ClaimGate.load(tmp_path / "gate.json").probabilities(x), expected)
    shipped = ClaimGate.load()
    assert shipped.hidden is None  # the shipped gate is the logistic regression (the network was not kept)


def test_the_threshold_is_the_lowest_before_a_grade_0_share_or_a_never_kind_promotion():
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_claim_gate import choose_threshold

    prob = np.array([0.95, 0.9, 0.8, 0.7, 0.6, 0.3])
    data = {"grade": np.array([2, 2, 2, 2, 0, 0]), "kind": np.array(["keyword"] * 3 + ["offtopic"] + ["keyword"] * 2),
            "qid": np.array(["a", "b", "c", "d", "e", "f"])}
    threshold, curve = choose_threshold(data, prob, max_zero=0.25)
    assert threshold == pytest.approx(0.71)  # 0.70 would promote an off-topic query's row
    assert next(p for p in curve if p["threshold"] == 0.8)["grade2"] == 3


def test_an_answer_cites_a_promoted_row_as_the_models_judgement(searcher):
    from service.answer import ask

    with_gate(searcher, everything())
    try:
        answer = ask(searcher, "行動不便的人在家就能辦戶口")
    finally:
        with_gate(searcher, None)
    by_model = {c.row_id for c in answer.citations if c.basis == "model"}
    promoted = {h.row_id for h in answer.hits if any(e.source == "model" for e in h.evidence)}
    assert by_model and by_model == promoted
    assert "由判定模型依語意認定" in answer.answer and "未逐字提到" in answer.answer
    assert {c["basis"] for c in answer.to_dict()["citations"]} == {"model"}  # every candidate here is the gate's


def test_the_service_setting_turns_the_gate_off(monkeypatch, searcher):
    from index.search import Searcher
    from service.settings import Settings

    monkeypatch.setenv("PLANSEARCH_CLAIM_GATE", "false")
    settings = Settings().search_settings()
    assert settings.claim_gate is False
    assert Searcher(searcher.index, searcher.embedder, settings=settings).gate is None
    monkeypatch.delenv("PLANSEARCH_CLAIM_GATE")
    assert Searcher(searcher.index, searcher.embedder, settings=Settings().search_settings()).gate is not None


def test_a_rows_neighbourhood_is_its_mean_similarity_to_its_nearest_other_rows():
    from index.store import row_neighbourhood

    def unit(*v):
        v = np.asarray(v, dtype=np.float32)
        return v / np.linalg.norm(v)

    crowd = [unit(1, 0, 0), unit(1, 0.1, 0), unit(1, 0, 0.1)]  # three near rows: a crowd
    alone = unit(0, 0, 1)
    passages = np.vstack([*crowd, alone])
    near = row_neighbourhood(passages, k=2)
    sims = passages @ passages.T
    assert near[0] == pytest.approx((sims[0, 1] + sims[0, 2]) / 2, abs=1e-5)  # itself left out
    assert near[3] == pytest.approx(np.sort(sims[3, :3])[-2:].mean(), abs=1e-5)
    assert near[:3].min() > near[3]  # a row in a crowd stands near more by chance
    assert row_neighbourhood(passages[:1]).tolist() == [0.0]


def test_the_gate_reads_the_querys_similarity_above_the_rows_neighbourhood(searcher):
    inputs = dict(searcher.gate_inputs("電話禮貌測試"))
    vector = searcher.queries.encode(searcher.parse("電話禮貌測試").dense_text)
    for row_id, facts in inputs.items():
        passage = searcher.passage_vectors([row_id])[0]
        assert facts.above_neighbours == pytest.approx(float(passage @ vector) - float(searcher.neighbourhood[searcher.by_id[row_id]]),
                                                       abs=1e-4)
    built = searcher.index.neighbourhood  # stored by the build, the same as computed from its passages
    from index.store import row_neighbourhood

    assert built is not None and np.allclose(built, row_neighbourhood(searcher.index.passages), atol=1e-5)


def test_the_shipped_gate_favours_a_row_standing_above_its_neighbourhood():
    gate = ClaimGate.load()
    facts = CandidateFacts(1.0, 0.3, 5, 5, 20, True, 3, False, 0.5, 3.0, 0, True, 0.0)
    assert gate.probability(replace(facts, above_neighbours=0.05)) > gate.probability(facts)


def test_a_large_corpus_reads_its_neighbourhood_by_an_inverted_file_with_the_exact_means():
    from index.store import row_neighbourhood

    rng = np.random.default_rng(7)
    centres = rng.standard_normal((40, 32))
    vectors = (centres[rng.integers(0, 40, 3000)] + 0.5 * rng.standard_normal((3000, 32))).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    exact = row_neighbourhood(vectors)
    inverted = row_neighbourhood(vectors, exact_up_to=1000)
    assert np.abs(exact - inverted).mean() < 1e-3 and np.abs(exact - inverted).max() < 0.05
