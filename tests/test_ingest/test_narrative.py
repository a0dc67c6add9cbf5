"""Narrative and web text: hard wraps, bullets, nesting, chapters skipped by their heading."""

from __future__ import annotations

import pytest

from ingest import ingest_paths
from ingest.fields import inline_fields
from ingest.narrative import SourceLine, is_closing_clause, is_front_matter, join_wrapped_lines

TITLE = "臺北市信義區公所112年度提升服務品質執行計畫"


def _plan(tmp_path, body: str, name: str = "plan.txt"):
    path = tmp_path / name
    path.write_text(f"{TITLE}\n\n{body}", encoding="utf-8")
    rows, report = ingest_paths([path])
    return rows, report.files[0]


def test_hanging_indent_continuation_lines_are_joined_before_markers_are_read():
    lines = [SourceLine("一、為提升本所服務品質，特訂定本計畫，並請各課", 1, 1),
             SourceLine("確實辦理。", 2, 3), SourceLine("二、本計畫實施對象為本所各課室。", 3, 1)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["一、為提升本所服務品質，特訂定本計畫，並請各課確實辦理。",
                                                              "二、本計畫實施對象為本所各課室。"]


def test_lines_cut_at_a_fixed_width_are_joined_even_mid_number():
    text = ("1. 每季檢視服務台諮詢及引導服務，每年至少辦理12次並檢討改進，持續提升服務品質，滿意度達90%以上並公告，"
            "並將辦理情形登載於本所網站，供民眾查閱。")
    wrapped = [text[i:i + 20] for i in range(0, len(text), 20)]
    lines = [SourceLine(t, n, 0) for n, t in enumerate(wrapped, 1)] + [SourceLine("2. 設置單一窗口。", 9, 0)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == [text, "2. 設置單一窗口。"]


def test_short_lines_and_blank_lines_are_not_joined():
    lines = [SourceLine("參、實施對象", 1, 0), SourceLine("", 2, 0), SourceLine("本所各課室。", 3, 0),
             SourceLine("民政課", 4, 0), SourceLine("自治行政、選舉。", 5, 0)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["參、實施對象", "本所各課室。", "民政課", "自治行政、選舉。"]


@pytest.mark.parametrize("heading", ["壹、計畫依據", "貳、計畫目標：", "伍、管制考核與獎懲", "壹、為民服務業務現況簡介",
                                     "陸、附件:提升服務品質實施計畫預期目標表", "肆、督導與考核", "柒、經費來源", "二、目的",
                                     "肆、執行方式", "參、實施對象"])
def test_front_and_back_matter_chapters_are_known_by_their_whole_heading(heading):
    assert is_front_matter(heading)


@pytest.mark.parametrize("heading", ["肆、執行策略及具體推動作法", "陸、具體執行計畫暨內容：", "伍、推動作法", "一、基礎服務",
                                     "貳、提升為民服務品質計畫內容:", "一、提升服務品質，深化服務績效"])
def test_measure_chapters_are_not_skipped(heading):
    assert not is_front_matter(heading)


def test_a_numbered_sentence_at_chapter_level_is_a_closing_provision():
    assert is_closing_clause("捌、本計畫奉分署長核定後實施，修正時亦同。")
    assert not is_closing_clause("陸、具體執行計畫暨內容：")


def test_fields_in_a_closing_note_are_read_and_any_other_note_stays_text():
    assert inline_fields("設置單一窗口。（完成期限：每季；承辦單位：典藏課、行政課）") == (
        "設置單一窗口。", {"deadline": "每季", "owner": "典藏課、行政課"})
    assert inline_fields("設置單一窗口。（主辦單位：行政課，辦理期程：每年）") == (
        "設置單一窗口。", {"deadline": "每年", "owner": "行政課"})
    assert inline_fields("設置單一窗口。（期程：按月辦理 承辦單位：徵收課）") == (
        "設置單一窗口。", {"deadline": "按月辦理", "owner": "徵收課"})
    assert inline_fields("設置單一窗口。（完成期限：長期辦理承辦單位：審查課）") == (
        "設置單一窗口。", {"deadline": "長期辦理", "owner": "審查課"})
    assert inline_fields("設置單一窗口（含雙語標示：英、日）") == ("設置單一窗口（含雙語標示：英、日）", {})


def test_numbered_items_bullets_and_nesting_under_a_measure_chapter(tmp_path):
    rows, report = _plan(tmp_path, """壹、計畫依據
一、行政院函頒「政府服務躍升方案」。
貳、具體措施
一、便民服務
1. 到府服務：提供行動不便民眾到府服務。
(1) 每月受理申請。
(2) 每季檢討一次。
2. 單一窗口：
- 設置全功能櫃台。
- 簡化申辦流程。
二、資訊公開
• 主動公開施政資訊。
本區持續努力，提供更好的服務。
參、管制考核
一、各課每季填報執行情形。
""")
    assert [(r.section[-1], r.measure, r.actions) for r in rows] == [
        ("一、便民服務", "到府服務", ("提供行動不便民眾到府服務。", "每月受理申請。", "每季檢討一次。")),
        ("一、便民服務", "單一窗口", ("設置全功能櫃台。", "簡化申辦流程。")),
        ("二、資訊公開", "主動公開施政資訊。", ("本區持續努力，提供更好的服務。",)),
    ]


def test_unnumbered_paragraphs_alone_never_make_a_row(tmp_path):
    rows, report = _plan(tmp_path, "壹、具體措施\n本所將持續提升服務品質，落實便民服務。\n實施要項 推動作法 完成期限\n")
    assert rows == []
    assert any("no recognisable measure rows" in w["reason"] for w in report.warnings)


def test_law_database_print_view_reads_like_the_plain_plan(tmp_path):
    view = """列印時間：115.10.18 10:23

法規名稱：臺北市信義區公所提升服務品質執行計畫
公發布日：民國 112 年 03 月 25 日

法規內容：
壹、計畫依據
　一、行政院函頒「政府服務躍升方案」，請
　　各機關據以辦理。
貳、推動作法
　一、基礎服務
　　1. 到府服務：提供行動不便民眾到府服務
　　　　，每月受理申請。（完成期限：每月；承
　　　　辦單位：民政課）
"""
    path = tmp_path / "lawdb.txt"
    path.write_text(view, encoding="utf-8")
    rows, report = ingest_paths([path])
    assert [(r.measure, r.actions, r.deadline, r.owner) for r in rows] == [
        ("到府服務", ("提供行動不便民眾到府服務，每月受理申請。",), "每月", "民政課")]
    assert (rows[0].office, rows[0].year_roc) == ("臺北市信義區公所", 112)
    meta = report.files[0].metadata
    assert meta["office"] == {"value": "臺北市信義區公所", "source": "法規名稱"}
    assert meta["year_roc"] == {"value": 112, "source": "發布日期"}
