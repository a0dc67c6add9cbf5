"""Mechanisms of the round on the twenty-eighth wording, each with members no wording uses: print furniture
told by its shape (a page counter: a number, a separator, a number no smaller; a stamp: a date and a clock
time after a label of any words)."""

from __future__ import annotations

import pytest

from ingest.blocks import PhysicalTable
from ingest.readers.text import is_print_furniture, read_text

# --- print furniture by its shape ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Seite 3 von 5", "pág. 2 de 7", "張次 2 ∕ 9", "第2葉（葉數共9）", "Стр. 4 из 4"])
def test_a_page_counter_in_any_words_is_print_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["⟦匯整⟧ 2024-01-02 下午3:05", "Stand: 2023.11.30 14:22",
                                  "本表謄印日：民國112/5/6（08:05）", "｛產表｝113年2月3日 9時07分"])
def test_a_label_of_any_words_then_a_date_and_a_clock_time_is_a_print_stamp(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["1至3月", "第1季至第3季", "每年2至3次", "106/4", "3/2", "1.2",
                                  "公告日：民國112年5月6日", "於112年5月6日 14:00前完成", "說明，112/5/6 14:00"])
def test_a_span_of_time_a_date_without_a_clock_or_a_clause_is_no_furniture(line):
    assert not is_print_furniture(line)


_BOX = """╔══════╦══════╦══════╗
║措施　　║期限　　║單位　　║
╠══════╬══════╬══════╣
║設置服務║每季　　║總務課　║
║台　　　║　　　　║　　　　║
{furniture}
║檢討流程║年底前　║研考課　║
╚══════╩══════╩══════╝
"""


def test_a_box_table_runs_on_past_a_page_break_holding_a_counter_and_stamp_of_any_words():
    text = _BOX.format(furniture="\nSeite 1 von 3\n⟦匯整⟧ 2024-01-02 下午3:05\n")
    tables = [b for b in read_text("x.txt", text).blocks if isinstance(b, PhysicalTable)]
    assert len(tables) == 1
    assert any("檢討流程" in cell.text for row in tables[0].rows for cell in row.cells)


# --- owners by what they are ---------------------------------------------------------------------------

def test_a_unit_list_then_its_part_in_each_clause_shares_the_work():
    from ingest.fields import is_owner, unlabelled_fields
    assert is_owner("甲分隊、乙分隊收件審查，丙分隊核撥經費")
    assert unlabelled_fields("甲分隊、乙分隊收件審查，丙分隊核撥經費辦理，預定開學後2週內完成") == {
        "owner": "甲分隊、乙分隊收件審查，丙分隊核撥經費", "deadline": "開學後2週內"}


def test_a_unit_at_its_time_whose_longest_head_swallows_the_time_is_still_an_owner():
    from ingest.fields import is_owner
    # (`文化觀光課週日下午由課` reads as a name ending in a unit's kind: the unit is 文化觀光課)
    assert is_owner("文化觀光課週日下午由課員輪班服務")


def test_a_list_of_units_one_working_at_its_own_time_is_an_owner():
    from ingest.fields import is_owner, unlabelled_fields
    assert is_owner("戊站聯絡窗口、文化觀光課週日下午由課員輪班服務")
    assert unlabelled_fields("戊站聯絡窗口、文化觀光課週日下午由課員輪班服務辦理，預定開學後2週內完成")["owner"] == \
        "戊站聯絡窗口、文化觀光課週日下午由課員輪班服務"


@pytest.mark.parametrize("post", ["志工推動小組組長", "減碳專案組副組長", "品質改善工作圈圈長"])
def test_a_bodys_head_named_by_its_last_word_and_chief_is_an_owner(post):
    from ingest.fields import is_owner
    assert is_owner(post)


def test_a_chief_not_of_the_bodys_own_word_is_no_post():
    from ingest.fields import is_owner
    assert not is_owner("志工推動小組圈長")


@pytest.mark.parametrize("text", ["植栽分隊主導稽查，各巡守分隊協助巡邏負責辦理，預計於汛期開始前完成。",
                                  "〔植栽分隊主導稽查，各巡守分隊協助巡邏辦理，預定汛期開始前完成〕"])
def test_units_sharing_the_work_before_the_frames_verb_are_the_owner_whole(text):
    from ingest.fields import inline_fields
    assert inline_fields("設置服務台。本項由" + text if text[0] != "〔" else "設置服務台。" + text)[1] == {
        "owner": "植栽分隊主導稽查，各巡守分隊協助巡邏", "deadline": "汛期開始前"}


# --- a name the grammar reads only as an event and an act ---------------------------------------------

@pytest.mark.parametrize("name", ["勞工退休前理財講座", "考生赴考前交通接駁"])
def test_a_name_read_only_as_an_event_and_an_act_fills_a_measure_cell_when_the_model_says_a_name(name):
    from ingest.readers.cell_lines import FITS, fit
    assert fit("measure", name) == FITS


def test_a_time_told_by_an_event_alone_fills_no_measure_cell():
    from ingest.fields import is_event_time_only
    from ingest.readers.cell_lines import WRONG, fit
    assert is_event_time_only("颱風季節來臨前") and not is_event_time_only("6月底前")
    assert fit("measure", "颱風季節來臨前") == WRONG


# --- a one-service title's kind with an aside after it ------------------------------------------------

@pytest.mark.parametrize("title", ["某某區公所垃圾清運預約作業須知〔試行版〕", "某某區公所受理垃圾清運預約作業要點（網路公告用）"])
def test_an_aside_closing_a_one_service_titles_kind_is_the_documents_not_the_services(title):
    from ingest.metadata import service_of_title
    assert service_of_title(title) == "垃圾清運預約"


def test_a_guide_for_the_publics_convenience_names_no_service_word():
    # (a word list: 便民 before 服務指引, as 民眾/市民 before a kind)
    from ingest.metadata import service_of_title
    assert service_of_title("某某區公所垃圾清運預約便民服務指引") == "垃圾清運預約"


# --- an act carried on to a time's bound ----------------------------------------------------------------

@pytest.mark.parametrize("time", ["至115年6月30日止持續推動", "迄116年2月1日止持續執行"])
def test_an_act_carried_on_to_the_bound_is_read_with_its_time(time):
    from ingest.fields import is_deadline
    assert is_deadline(time)


def test_a_frequency_after_the_bound_is_still_a_second_time():
    from ingest.fields import is_deadline
    assert not is_deadline("迄116年2月1日止每半年1次")


def test_a_list_one_of_whose_members_is_units_sharing_the_work_is_the_owner_before_the_frames_verb():
    from ingest.fields import inline_fields, is_owner
    owner = "苗圃分隊、植栽分隊主導稽查，各巡守分隊協助巡邏、水保分隊（申請請附圖說）"
    assert is_owner(owner)
    assert inline_fields(f"設置服務台。〔{owner}辦理，預定汛期開始前完成〕")[1] == {"owner": owner, "deadline": "汛期開始前"}


# --- a label's value cut by the wrap inside a date ------------------------------------------------------

def test_a_labels_value_begun_at_a_lines_end_runs_on_with_the_date_line_under_it():
    from ingest.narrative import SourceLine, join_wrapped_lines
    lines = [SourceLine("(1)辦理講習，全年至少辦理4次。▲負責：甲課　▲期限：中華", 1, 4), SourceLine("民國99年9月1日前完成", 2, 6)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["(1)辦理講習，全年至少辦理4次。▲負責：甲課　▲期限：中華民國99年9月1日前完成"]


def test_a_date_line_under_a_title_is_a_line_of_its_own():
    from ingest.narrative import SourceLine, join_wrapped_lines
    lines = [SourceLine("某某所服務品質計畫", 1, 0), SourceLine("民國99年9月1日訂定", 2, 0)]
    assert len(join_wrapped_lines(lines)) == 2
