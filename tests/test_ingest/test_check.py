"""The checker (ingest-check) is honest: one produced row finds at most one gold row, junk rows
cost precision, the section path and every field are compared. Built on the gold rows of the
sample plans turned into produced rows, then damaged."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import GOLD

from ingest.check import FIELDS, check_rows, pair_rows
from ingest.record import MeasureRow, SourceRef


def _rows(plan: str) -> tuple[dict, list[MeasureRow]]:
    gold = json.loads(next(GOLD.glob(f"{plan}_*.json")).read_text(encoding="utf-8"))
    rows = [MeasureRow(row_id=g["id"], plan_id=plan, office=gold["office"], parent_agency=None, year_roc=gold["year_roc"],
                       year_ad=gold["year_ad"], title=gold["title"], source_file=gold["source"], source_sha256="",
                       section=tuple(g["section"]), measure=g["measure"], actions=tuple(g["actions"]),
                       deadline=g["deadline"], owner=g["owner"], benefit=g["benefit"], source=SourceRef(gold["source"]))
            for g in gold["rows"]]
    return gold, rows


def _plan(result: dict) -> dict:
    assert len(result["plans"]) == 1
    return result["plans"][0]


@pytest.mark.parametrize("plan", ["000", "002", "004"])
def test_the_gold_rows_themselves_score_one_on_every_field(plan):
    gold, rows = _rows(plan)
    score = _plan(check_rows(rows, GOLD))
    assert (score["recall"], score["precision"], score["junk"], score["exact"]) == (1.0, 1.0, 0, len(gold["rows"]))
    assert score["field_accuracy"] == {name: 1.0 for name in FIELDS}


def test_one_row_holding_the_whole_plan_scores_about_zero_recall():
    gold, rows = _rows("000")
    whole = replace(rows[0], measure=" ".join(r.measure for r in rows),
                    actions=tuple(a for r in rows for a in r.actions), section=())
    score = _plan(check_rows([whole], GOLD))
    assert score["recall"] <= 1 / len(gold["rows"])
    assert score["found"] <= 1 and len(score["missed"]) >= len(gold["rows"]) - 1


def test_a_produced_row_matches_at_most_one_gold_row():
    gold, rows = _rows("000")
    merged = replace(rows[1], actions=rows[1].actions + rows[2].actions)  # rows 1 and 2 glued together
    score = _plan(check_rows([rows[0], merged] + rows[3:], GOLD))
    assert score["found"] <= len(gold["rows"]) - 1
    assert score["recall"] < 1.0


def test_junk_and_duplicate_rows_count_against_precision():
    gold, rows = _rows("002")
    junk = replace(rows[0], row_id="junk", measure="具體措施 實施步驟 完成期限 承辦單位 預期效益", actions=())
    score = _plan(check_rows(rows + [rows[5], junk], GOLD))
    assert score["recall"] == 1.0
    assert score["junk"] == 2 and score["precision"] == round(len(rows) / (len(rows) + 2), 4)
    assert "具體措施 實施步驟 完成期限 承辦單位 預期效益"[:40] in score["unmatched"]


def test_wrong_section_and_fields_lower_their_accuracy_not_recall():
    gold, rows = _rows("004")
    damaged = [replace(r, section=r.section[-1:], owner=None) if i % 2 else r for i, r in enumerate(rows)]
    score = _plan(check_rows(damaged, GOLD))
    assert score["recall"] == 1.0
    half = round(1 - len(rows[1::2]) / len(rows), 4)
    assert score["field_accuracy"]["section"] == half and score["field_accuracy"]["owner"] <= half
    assert score["field_accuracy"]["measure"] == 1.0 and score["exact"] == len(rows[::2])


def test_pairing_is_an_optimal_assignment_not_first_fit():
    # The first produced row is close to both gold rows; first-fit would take gold 0 and strand gold 1.
    pairs = pair_rows(["甲乙丙丁戊己庚辛", "甲乙丙丁戊己庚壬"], ["甲乙丙丁戊己庚壬", "甲乙丙丁戊己庚辛"])
    assert sorted((i, j) for i, j, _ in pairs) == [(0, 1), (1, 0)]
    assert pair_rows(["甲乙丙丁"], ["子丑寅卯"]) == []
