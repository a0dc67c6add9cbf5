"""Mechanisms of the round on the twenty-ninth wording that need no wording's convention named. Every example
is of no test wording: made-up offices of three characters, made-up units and times."""

from __future__ import annotations

import pytest

from ingest.fields import clause_fields
from ingest.metadata import office_from_title
from ingest.narrative import SourceLine, join_wrapped_lines
from ingest.readers.text import is_page_counter

# --- a title's office named in three characters ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "office"), [
    ("星象館113年度服務品質提升實施計畫", "星象館"),
    ("潮汐署推動親水服務114年度實施計畫", "潮汐署"),
    ("民國112年度琴藝會為民服務效能提升計畫", "琴藝會"),
    ("星象館服務品質提升實施計畫（113年版）", "星象館"),
])
def test_a_two_character_name_and_one_kind_word_is_the_title_office(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize("title", [
    "服務處113年度服務品質提升實施計畫",  # a kind's word of its own, no name before it
    "本館113年度服務品質提升實施計畫",  # the plan speaking of itself
    "星象113年度服務品質提升實施計畫",  # no kind's word
])
def test_three_characters_without_a_name_and_a_kind_word_name_no_office(title):
    assert office_from_title(title) == ""


# --- a note asking a unit to do the work by a time ----------------------------------------------------------------

@pytest.mark.parametrize(("note", "owner", "deadline"), [
    ("本項請觀星組依限於每旬辦理完成。", "觀星組", "每旬"),
    ("本項煩請潮汐股如期於颱風季結束前辦理完成。", "潮汐股", "颱風季結束"),
    ("本項由琴藝課依限於12月底前辦理完成。", "琴藝課", "12月底"),
])
def test_a_unit_asked_to_do_the_work_at_a_time_is_the_owner_less_its_word_of_keeping_time(note, owner, deadline):
    assert clause_fields(note) == {"owner": owner, "deadline": deadline}


def test_units_asked_to_share_the_work_clause_by_clause_are_one_owner():
    assert clause_fields("本項請觀星組受理，潮汐股轉介依限於每旬辦理完成。") == {"owner": "觀星組受理，潮汐股轉介", "deadline": "每旬"}


@pytest.mark.parametrize(("note", "deadline"), [
    ("由觀星組於首映日10日前辦理完成。", "首映日10日前"),
    ("由觀星組於出航三週前辦理完成。", "出航三週前"),
    ("由觀星組於每月抄錄日前完成。", "每月抄錄日"),  # a day named: the 前 is the frame's
])
def test_a_count_of_days_before_an_event_keeps_its_bound(note, deadline):
    assert clause_fields(note)["deadline"] == deadline


# --- a label the wrap cut in two ---------------------------------------------------------------------------------

def test_a_label_begun_after_a_separator_at_a_full_lines_end_runs_on_with_its_colon_under_it():
    texts = ["(1)辦理星象講習及觀測活動，並邀請社區民眾參與體驗，", "全年至少辦理四次，每次檢討參與情形並適時調整內容方向",
             "與場地安排，以提升民眾參與意願及滿意度並公告周知結果。",
             "主辦單位：甲課、乙課、丙課、丁課、戊課、己課、庚課／截", "止日：每旬"]
    lines = [SourceLine(t, k, 4 if k == 0 else 6) for k, t in enumerate(texts)]
    assert [ln.text for ln in join_wrapped_lines(lines)][-1] == "主辦單位：甲課、乙課、丙課、丁課、戊課、己課、庚課／截止日：每旬"


# --- a page counter naming the thing counted with both numbers ----------------------------------------------------

@pytest.mark.parametrize("counter", ["第2張．共5張", "面3（合計7面）", "第1葉‧全4葉", "第2片 · 計5片"])
def test_a_page_counter_naming_what_it_counts_after_both_numbers_is_print_furniture(counter):
    assert is_page_counter(counter)


@pytest.mark.parametrize("span", ["第1期至第3期", "第1期－第3期", "第1期～第3期", "期1（至3期）"])
def test_a_span_naming_its_unit_twice_is_no_page_counter(span):
    assert not is_page_counter(span)
