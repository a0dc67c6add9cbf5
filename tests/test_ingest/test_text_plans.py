"""The five sample text plans become the gold measure rows."""

from __future__ import annotations

import pytest
from conftest import GOLD, OFFICES, sample_text_plans

from ingest import ingest_paths
from ingest.check import check_rows
from ingest.normalize import fold


@pytest.fixture(scope="module")
def checked(sample_rows):
    return check_rows(sample_rows, GOLD)


@pytest.mark.parametrize("plan", ["000", "002", "003", "004"])
def test_clean_plans_recover_at_least_98_percent_of_gold_rows(checked, plan):
    score = next(p for p in checked["plans"] if p["plan"].startswith(plan))
    assert score["recall"] >= 0.98, score["missed"]
    assert score["precision"] >= 0.95, score["unmatched"]


def test_all_five_plans_reach_overall_recall_and_precision(checked):
    assert checked["recall"] >= 0.95
    assert checked["precision"] >= 0.95


def test_office_and_year_right_on_all_five(sample_rows):
    years = {"000": (107, 2018), "001": (97, 2008), "002": (97, 2008), "003": (105, 2016), "004": (107, 2018)}
    for plan, office in OFFICES.items():
        rows = [r for r in sample_rows if r.source_file.startswith(plan)]
        assert {r.office for r in rows} == {office}
        assert {(r.year_roc, r.year_ad) for r in rows} == {years[plan]}


def test_parent_agency_comes_from_the_office_name(sample_rows):
    parents = {r.office: r.parent_agency for r in sample_rows}
    assert parents["基隆市安樂地政事務所"] == "基隆市政府"
    assert parents["法務部行政執行署臺北分署"] == "法務部行政執行署"
    assert parents["基隆市政府"] is None


def _row(rows, plan, measure_start):
    return next(r for r in rows if r.source_file.startswith(plan) and r.measure.startswith(measure_start))


def test_row_continued_after_page_break_is_joined_mid_word(sample_rows):
    row = _row(sample_rows, "000", "設置便利使用網站")
    assert row.actions[1].endswith("並透過最新消息公告新推動之便民服務、活動。")
    assert len(row.actions) == 6
    assert "活動訊息等，提升民眾參與性" in row.benefit


def test_continued_numbered_action_lands_in_the_same_row(sample_rows):
    row = _row(sample_rows, "000", "資訊透明公開")
    assert row.actions[-1] == "主動以書面、電話、傳真、簡訊通知申請人案件處理情形。"


def test_html_fragments_in_cells_become_plain_text(sample_rows):
    assert not any("<p>" in r.text or "</p>" in r.text for r in sample_rows)


def test_packed_steps_become_one_row_each_with_their_own_owner(sample_rows):
    row = _row(sample_rows, "002", "體恤身障朋友申辦環境")
    assert row.owner == "總務人員"
    assert row.deadline == "持續辦理"
    assert row.section[-1] == "一、提升服務品質，深化服務績效 (40%)"
    assert row.measure.endswith("殘障斜坡車道、扶手及身障專用盥洗室等無障礙設施。")


def test_step_continued_after_page_break_keeps_the_next_step_separate(sample_rows):
    joined = _row(sample_rows, "002", "積極參與學校、社區活動")
    assert joined.measure.endswith("提供多元服務。")
    following = _row(sample_rows, "002", "蒐集相關戶政業務剪報紀錄")
    assert following.benefit.startswith("評估外部環境")


def test_spanning_measure_goes_to_section_and_shifted_row_is_repaired(sample_rows):
    row = _row(sample_rows, "004", "檢討、改善及設置單一窗口全功能櫃台")
    assert row.section[-1] == "二·便捷服務程序，確保流程透明"
    assert row.deadline == "107年 4月"
    assert row.benefit is None


def test_narrative_plan_skips_front_matter_and_uses_numbered_items(sample_rows):
    rows = [r for r in sample_rows if r.source_file.startswith("003")]
    assert len(rows) == 26
    assert not any("組織編制" in " ".join(r.section) or "課長" in r.text for r in rows)
    titled = _row(sample_rows, "003", "資訊公開適切性與內容有效性")
    assert titled.actions[0].startswith("依據「政府資訊公開法」第7條")


def test_ocr_table_rows_never_mix_two_measures(sample_rows):
    rows = [r for r in sample_rows if r.source_file.startswith("001")]
    measures = [fold(r.measure) for r in rows]
    for row in rows:
        others = [m for m in measures if m != fold(row.measure) and len(m) > 3]
        assert not any(m in fold(" ".join(row.actions)) for m in others)
    assert not any("见" in r.text or "刚门" in r.text for r in rows), "OCR ghost text kept"


def test_strategy_text_next_to_a_table_is_searchable_but_not_a_measure(sample_rows):
    strategy = [r for r in sample_rows if r.kind == "strategy"]
    assert strategy and all(r.source_file.startswith("004") for r in strategy)
    remote = next(r for r in strategy if "偏遠" in r.measure)
    assert "提高偏遠或交通不便地區民眾的服務可近性" in remote.measure


def test_citations_point_at_the_first_source_line(sample_rows):
    row = _row(sample_rows, "000", "建立業務標準作業流程")
    assert row.source.file == "000_b2ab89f419355ba8.txt"
    assert row.source.line == 39 and row.source.page is None
    lines = (sample_text_plans()[0]).read_text(encoding="utf-8").splitlines()
    assert lines[row.source.line - 1].startswith("建立業務標準作業流程")


def test_reingesting_identical_files_gives_identical_ids(sample_rows):
    again, _ = ingest_paths(sample_text_plans())
    assert [r.row_id for r in again] == [r.row_id for r in sample_rows]


def test_editing_one_row_changes_only_that_id(tmp_path, sample_rows):
    source = sample_text_plans()[0]
    edited = tmp_path / source.name
    edited.write_text(source.read_text(encoding="utf-8").replace("延時領件服務。", "延長時間領件服務。"), encoding="utf-8")
    before = [r for r in sample_rows if r.source_file == source.name]
    after, _ = ingest_paths([edited])
    changed = [(a.measure, b.measure) for a, b in zip(before, after, strict=True) if a.row_id != b.row_id]
    assert changed == [("客製化服務", "客製化服務")]
