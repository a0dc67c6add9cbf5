"""Mechanisms that need no wording's convention named (the round on the twenty-fifth wording): list markers
by their run within a cell, a title's office by structure, notes, units and times by what their values are.
Every example is of no test wording: a made-up word before the ordinals, a made-up plan subject after the
office, a made-up event before a time's bound."""

from __future__ import annotations

import pytest

from ingest import ingest_paths
from ingest.fields import clause_fields, inline_fields, is_deadline, is_owner, note_fields
from ingest.markers import Marker, document_markers, learn_running_markers, marker_number, parse_marker, running_styles, split_items
from ingest.metadata import office_from_title, service_of_title
from ingest.readers.text import is_chrome

# --- list markers by their run within a cell ------------------------------------------------------------

@pytest.mark.parametrize("cell", [
    "條目1：建立線上預約系統。 條目2：每季檢討流程。 條目3：公告辦理結果。",
    "環節一、建立線上預約系統。 環節二、每季檢討流程。 環節三、公告辦理結果。",
    "細則1．建立線上預約系統。細則2．每季檢討流程。細則3．公告辦理結果。",
])
def test_any_word_before_ordinals_running_in_turn_marks_the_items_of_a_cell(cell):
    assert split_items(cell) == ("", ["建立線上預約系統。", "每季檢討流程。", "公告辦理結果。"])


def test_one_worded_ordinal_alone_or_out_of_turn_marks_nothing():
    assert split_items("環節一、建立線上預約系統，每季檢討。") == ("環節一、建立線上預約系統，每季檢討。", [])
    assert split_items("建立線上預約系統，辦理2：3次。") == ("建立線上預約系統，辦理2：3次。", [])
    assert split_items("條目2：建立系統。 條目3：每季檢討。")[1] == []


@pytest.mark.parametrize(("token", "number"), [("子項2：", 2), ("丑節3、", 3), ("甲段四：", 4), ("辰目1．", 1)])
def test_a_worded_markers_ordinal_is_the_one_next_to_its_stop(token, number):
    # (子, 丑, 甲, 辰 open the word here: an earthly branch or heavenly stem there is no ordinal)
    assert marker_number(Marker(5, token, "")) == number


def test_a_word_holding_a_branch_numbers_its_items_by_the_digits():
    assert split_items("子項1：建立系統。 子項2：每季檢討。 子項3：公告結果。")[1] == ["建立系統。", "每季檢討。", "公告結果。"]


# --- a title's office by structure --------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "office"), [
    ("某某市政府文化局推廣樂活親民服務113年度計畫", "某某市政府文化局"),
    ("某某國家風景區管理處深化智慧旅遊服務114年度實施計畫", "某某國家風景區管理處"),
    ("某某區戶政事務所暖心好服務112年度方案", "某某區戶政事務所"),
    ("某某縣消防局打造安心守護服務110年度執行計畫", "某某縣消防局"),
])
def test_what_a_plan_sets_out_to_do_between_office_and_year_is_no_part_of_the_office(title, office):
    assert office_from_title(title) == office


def test_an_office_of_a_kind_no_tail_knows_stays_whole_before_its_year():
    assert office_from_title("某某生活美學館110年度提升服務品質實施計畫") == "某某生活美學館"


# --- notes, units and times by what their values are -----------------------------------------------------

@pytest.mark.parametrize("text", ["設置預約專線。＜負責＞資料股＜期程＞116年3月底",
                                  "設置預約專線。<承辦>資料股<時程>116年3月底",
                                  "設置預約專線。﹤主政﹥資料股﹤期限﹥116年3月底"])
def test_a_label_in_angle_signs_paired_as_brackets_is_a_label(text):
    assert inline_fields(text) == ("設置預約專線。", {"owner": "資料股", "deadline": "116年3月底"})


def test_a_sentence_with_angle_labels_is_no_breadcrumb_but_a_crumb_trail_is():
    assert not is_chrome("1. 設置預約專線，每季檢討。＜負責＞資料股＜期程＞每季終了後10日內")
    assert is_chrome("首頁 > 施政資訊 > 便民服務 > 服務品質")
    assert is_chrome("您的位置：首頁＞施政資訊＞服務品質")


@pytest.mark.parametrize(("label", "value"), [("辦竣", "116年3月底"), ("完成", "每雙週"), ("完工", "117年6月")])
def test_a_verb_of_finishing_standing_as_a_notes_label_names_the_time(label, value):
    assert note_fields(f"承辦：資料股／{label}：{value}") == {"owner": "資料股", "deadline": value}


def test_an_owners_label_glued_to_its_units_names_them():
    assert clause_fields("執行單位資料股及檔案股，於116年3月底辦理完成") == {"owner": "資料股及檔案股", "deadline": "116年3月底"}


@pytest.mark.parametrize(("clause", "deadline"), [
    ("本項由資料股主責，接獲通報後3日內前完成", "接獲通報後3日內"),
    ("本項由資料股主責，年度聯合稽查會議召開前前完成", "年度聯合稽查會議召開前"),
    ("本項由資料股主責，116年5月10日前啟用新版前完成", "116年5月10日前啟用新版"),
])
def test_the_frames_bound_after_a_time_closed_already_is_the_frames(clause, deadline):
    assert clause_fields(clause) == {"owner": "資料股", "deadline": deadline}


def test_the_frames_verb_of_doing_after_a_time_is_the_frames_and_a_bound_before_it_stays_the_frames():
    assert clause_fields("承辦單位資料股，於每半年第1個月辦理完成")["deadline"] == "每半年第1個月"
    assert clause_fields("由資料股主辦，並於每月底前前辦理完成")["deadline"] == "每月底前"


@pytest.mark.parametrize("unit", ["鑑定及安置輔導站", "志願服務與社區營造科", "鑑定及安置輔導站、資料股", "補助申請審核窗口"])
def test_a_unit_joining_two_words_in_its_name_or_a_window_by_its_task_is_a_unit(unit):
    assert is_owner(unit)


@pytest.mark.parametrize("text", ["規劃及推動", "綠化與美化工作", "單一窗口", "英語服務窗口"])
def test_joined_words_with_no_kind_and_a_service_window_are_no_units(text):
    assert not is_owner(text)


@pytest.mark.parametrize("value", ["全市聯合防災演習總檢討會議召開前", "116年度第2學期開課前", "117年汛期結束後", "第3季績效考評時"])
def test_an_event_named_at_length_or_an_event_of_a_dated_period_before_its_bound_is_a_time(value):
    assert is_deadline(value)


# --- chapters by where they stand --------------------------------------------------------------------------

def test_a_part_of_a_chapter_named_for_its_measures_is_a_part_whatever_its_name_ends_in(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("某某市政府文化局116年度精進服務計畫\n\n壹、計畫目標\n一、提升服務品質。\n貳、服務措施及分工\n"
                    "一、績效管制\n1. 設置線上預約系統，每季檢討。\n二、友善服務\n1. 設置無障礙櫃台。\n參、管制考核\n"
                    "一、各單位每季填報執行情形。\n", encoding="utf-8")
    rows, _ = ingest_paths([path])
    assert [(r.section[-1], r.measure) for r in rows] == [("一、績效管制", "設置線上預約系統，每季檢討。"),
                                                          ("二、友善服務", "設置無障礙櫃台。")]


@pytest.mark.parametrize("owner", ["圖書閱覽組由館員週日下午輪流值班", "諮詢服務由志工律師每週二至週四上午輪值",
                                   "環境監測中心人員12小時三班輪值", "戶籍課於換證期間延長受理時間至晚間8時"])
def test_a_unit_then_when_and_in_what_turns_it_works_is_an_owner_whatever_the_verb(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("text", ["設置服務台每月1次", "資訊室建置線上系統每季檢討", "總務課每季辦理"])
def test_a_measure_or_a_time_opening_with_a_unit_is_no_unit_at_its_time(text):
    assert not is_owner(text)


def test_a_year_half_named_as_a_fiscal_period_is_a_time():
    assert is_deadline("117年下半年度")
    assert is_deadline("117年上半年度完成")


def test_a_label_in_angle_signs_the_wrap_cut_goes_on_its_closing_sign_no_bullet(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("某某市政府文化局116年度精進服務計畫\n\n壹、服務措施及分工\n一、便捷服務\n"
                    "1. 設置線上預約系統，每季檢討流程並公告結果。＜負責\n"
                    "＞資料股＜期程＞117年3月底\n"
                    "2. 設置無障礙櫃台並定期檢修設備維護安全。＜負責＞資料股＜期程＞\n"
                    "民國117年6月底\n", encoding="utf-8")
    rows, _ = ingest_paths([path])
    assert [(r.measure, r.owner, r.deadline) for r in rows] == [
        ("設置線上預約系統，每季檢討流程並公告結果。", "資料股", "117年3月底"),
        ("設置無障礙櫃台並定期檢修設備維護安全。", "資料股", "民國117年6月底")]


def test_a_unit_may_be_named_in_up_to_ten_characters_before_its_kind():
    assert is_owner("年度施政報告彙編撰擬窗口")
    assert is_owner("社區防災韌性推廣服務中心")


def test_a_first_step_opening_a_list_after_a_cell_of_plain_sentences_starts_a_box_tables_row(monkeypatch):
    import ingest.fields
    from ingest.readers.boxtable import _step_starts

    monkeypatch.setattr(ingest.fields, "learned_field", lambda text, kind: False)
    block = [(1, ["預約服務", "設置線上預約系統，每季檢", "116年3月底", "資料股"]),
             (2, ["", "討流程。", "", ""]),
             (3, ["無障礙服務", "細目1：設置無障礙櫃台。", "自116年4月起", "檔案股"]),
             (4, ["", "細目2：定期檢修設備。", "每季檢討1次", ""])]
    assert _step_starts(block, 1, 2, [0]) == [2]


def test_a_first_step_after_a_lead_in_that_ends_no_sentence_starts_no_row(monkeypatch):
    import ingest.fields
    from ingest.readers.boxtable import _step_starts

    monkeypatch.setattr(ingest.fields, "learned_field", lambda text, kind: False)
    block = [(1, ["預約服務", "辦理方式如下：", "116年3月底", "資料股"]),
             (2, ["", "細目1：設置線上預約系統。", "每季終了後", ""]),
             (3, ["", "細目2：定期檢修設備。", "15日內", ""])]
    assert _step_starts(block, 1, 2, [0]) == []


@pytest.mark.parametrize("line", ["某某部某某署訓練中心法規查詢", "某某縣某某鄉戶政事務所法規查詢"])
def test_an_agencys_law_query_of_any_kind_is_print_furniture(line):
    from ingest.readers.text import is_print_furniture

    assert is_print_furniture(line)
    assert not is_print_furniture("加強法規查詢")


@pytest.mark.parametrize("value", ["117.4.30以前辦畢", "117.4.30以前", "118.2以前上線"])
def test_a_dotted_date_with_its_bound_and_the_act_done_by_it_is_a_time(value):
    assert is_deadline(value)


def test_a_name_joining_a_word_to_a_unit_with_its_part_in_the_work_is_one_unit():
    assert is_owner("鑑定及安置輔導站、檔案股研擬規範，典藏及修護科配合查核")


def test_a_school_kind_straight_after_an_agencys_kind_is_the_services_word_not_an_office():
    assert office_from_title("某某市政府文化局國中藝文競賽報名申辦指引") == "某某市政府文化局"


@pytest.mark.parametrize(("title", "service"), [("某某市政府文化局藝文場地借用申請申辦指引", "藝文場地借用申請"),
                                                ("某某市政府文化局藝文場地借用申請民眾申辦手冊", "藝文場地借用申請")])
def test_a_verb_of_applying_before_a_kind_holding_one_and_the_public_reading_it_are_told_apart(title, service):
    from ingest.metadata import service_of_title

    assert service_of_title(title) == service


def test_a_bound_before_the_frames_verbs_stays_with_an_event_that_is_no_time_without_it():
    assert clause_fields("權責單位資料股，於全區防汛整備會議召開前辦理完成")["deadline"] == "全區防汛整備會議召開前"
    assert clause_fields("由資料股主辦，並於每半年前辦理完成")["deadline"] == "每半年"


def test_a_wrap_after_a_dotted_dates_separator_continues_the_line_no_outline_number():
    from ingest.narrative import SourceLine, join_wrapped_lines

    lines = [SourceLine("1. 設置線上預約系統，每季檢討流程。＜負責＞資料股＜期程＞117.", 1, 0), SourceLine("4.30以前辦畢", 2, 5)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置線上預約系統，每季檢討流程。＜負責＞資料股＜期程＞117.4.30以前辦畢"]


def test_a_run_of_units_may_hold_a_unit_at_its_time():
    assert is_owner("圖書閱覽組由館員週日下午輪流值班、資料股")
    assert not is_owner("設置服務台每月1次、資料股")


# --- the round on the twenty-sixth wording: made-up members of each mechanism ---------------------------------

@pytest.mark.parametrize(("title", "office"), [
    ("某某市政府青年發展委員會強化為民服務113年度工作計畫", "某某市政府青年發展委員會"),
    ("某某市政府都市更新暨住宅發展處深化便民114年度計畫", "某某市政府都市更新暨住宅發展處"),
    ("某某縣政府海洋資源保育管理中心推動智慧服務112年度實施計畫", "某某縣政府海洋資源保育管理中心"),
])
def test_an_office_named_at_length_under_a_government_ends_at_its_last_kind_before_the_plans_subject(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize("sign", ["≒", "⊢", "∷", "⇔", "╪"])
def test_any_sign_of_the_mathematical_dash_or_box_classes_sets_a_label_off(tmp_path, sign):
    path = tmp_path / "plan.txt"
    path.write_text(f"法規名稱 {sign} 某某市政府文化局116年度精進服務計畫\n公發布日 {sign} 民國116年1月5日\n\n"
                    "壹、服務措施及分工\n一、便捷服務\n1. 設置線上預約系統，每季檢討。\n2. 設置無障礙櫃台。\n", encoding="utf-8")
    rows, report = ingest_paths([path])
    assert {r.office for r in rows} == {"某某市政府文化局"}
    assert report.files[0].metadata["title"]["value"] == "某某市政府文化局116年度精進服務計畫"


_WORDED_PLAN = ("某某市政府文化局116年度精進服務計畫\n\n壹、服務措施及分工\n一、便捷服務\n(一)線上預約\n"
                "{m1}設置線上預約系統，每季檢討。\n{m2}公告辦理結果。\n(二)無障礙櫃台\n{m1}設置無障礙櫃台。\n{m2}每月檢修設備。\n")


@pytest.mark.parametrize("word", ["節次", "序號", "編目"])
def test_a_words_ordinals_running_down_the_lines_mark_items_whatever_the_word(tmp_path, word):
    worded, numbered = tmp_path / "worded.txt", tmp_path / "numbered.txt"
    worded.write_text(_WORDED_PLAN.format(m1=f"{word}1．", m2=f"{word}2．"), encoding="utf-8")
    numbered.write_text(_WORDED_PLAN.format(m1="(1)", m2="(2)"), encoding="utf-8")
    rows = [[(r.section, r.measure, r.actions) for r in ingest_paths([path])[0]] for path in (worded, numbered)]
    assert rows[0] == rows[1]
    assert [measure for _, measure, _ in rows[0]] == ["設置線上預約系統，每季檢討。", "公告辦理結果。", "設置無障礙櫃台。", "每月檢修設備。"]


def test_a_worded_ordinal_once_or_out_of_turn_down_the_lines_marks_no_item():
    assert running_styles(["節次1．設置線上預約系統。", "每季檢討。"]) == set()
    assert running_styles(["節次2．設置線上預約系統。", "節次3．每季檢討。"]) == set()
    assert running_styles(["節次1．設置線上預約系統。", "序號2．每季檢討。"]) == set()
    assert running_styles(["節次1．設置系統。", "節次2．每季檢討。"]) == {"節次#．"}


def test_running_styles_are_learned_per_document_and_read_only_inside_it():
    assert parse_marker("節次1．設置線上預約系統。") is None
    with document_markers():
        learn_running_markers(["節次1．設置系統。", "節次2．每季檢討。"])
        assert parse_marker("節次1．設置線上預約系統。") == Marker(5, "節次1．", "設置線上預約系統。")
    assert parse_marker("節次1．設置線上預約系統。") is None


@pytest.mark.parametrize("value", ["市民卡換發期程內", "補助申請期限內", "輪值排班時程內", "展覽檔期內"])
def test_within_any_span_of_an_event_told_by_the_spans_head_word_is_a_time(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["公告資料內", "服務範圍內"])
def test_within_a_thing_or_a_place_is_no_time(value):
    assert not is_deadline(value)


@pytest.mark.parametrize(("title", "office"), [
    ("116年某某市政府青年發展委員會全力提升服務品質行動方案", "某某市政府青年發展委員會"),
    ("116年某某縣政府海洋資源保育管理中心持續精進服務品質計畫", "某某縣政府海洋資源保育管理中心"),
])
def test_a_short_word_between_an_office_and_its_plans_name_modifies_the_plan(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize("owner", ["甲乙研究組彙編年報，丙丁推廣組巡迴講習", "典藏維護科修繕館舍，展示教育科導覽解說",
                                   "資料股分派案件，各機關承辦單位限期回復"])
def test_units_sharing_the_work_each_clause_a_unit_and_its_part_are_owners_whatever_the_verbs(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("text", ["資料股彙編年報", "資料股彙編年報，每季檢討1次", "整合機關資源，提供便捷服務。",
                                  "資料股彙編年報，並於116年3月底前公告"])
def test_one_unit_at_its_work_or_a_clause_of_time_or_a_sentence_is_no_division_of_labour(text):
    assert not is_owner(text)


@pytest.mark.parametrize("owner", ["典藏維護科（借展申請請附展品清冊及保險證明）", "資料股、檔案股（調閱請先預約，並攜帶證件及委託書）"])
def test_an_aside_closing_a_unit_whatever_it_asks_of_the_public_leaves_the_unit(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("value", ["每月5日前彙報", "年底前全部歸檔", "每三週盤點一次", "116年4月中旬前函報"])
def test_a_time_then_the_act_done_by_it_is_a_time_whatever_the_verb(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["每月抽查服務台", "每季盤點庫存物品"])
def test_a_frequency_before_a_bare_act_is_no_time(value):
    assert not is_deadline(value)


def test_a_second_time_after_a_time_is_no_act_done_by_it():
    from ingest.fields import _time_then_act

    assert not _time_then_act("館藏評議會召開前每年寒暑假前")
    assert not _time_then_act("迄民國117年7月28日止每半年1次")
    assert _time_then_act("館藏評議會召開前彙整")


@pytest.mark.parametrize("owner", ["館藏借展彙整人", "志工排班協調人", "線上預約系統督導人"])
def test_the_one_playing_a_units_part_named_by_it_is_an_owner(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("text", ["服務對象本人", "身心障礙者家人", "協調人"])
def test_a_person_by_kin_or_a_bare_role_is_no_owner(text):
    assert not is_owner(text)


@pytest.mark.parametrize(("title", "office", "service"), [
    ("某某市政府青年事務委員會青年創業貸款申請須知", "某某市政府青年事務委員會", "青年創業貸款"),
    ("某某縣政府原住民族行政委員會獎學金申請須知", "某某縣政府原住民族行政委員會", "獎學金"),
])
def test_a_commission_under_a_government_named_at_length_is_the_office_of_a_one_service_plan(title, office, service):
    assert (office_from_title(title), service_of_title(title)) == (office, service)


def test_a_unit_then_in_what_period_it_works_in_turns_is_an_owner():
    assert is_owner("館藏諮詢專線於寒暑假期間由各組支援人力輪班")


def test_one_value_twice_with_a_space_the_page_put_inside_it_is_one_value():
    from ingest.fields import distinct_join

    assert distinct_join(["資料股、1 888客服中心", "資料股、1888客服中心"]) == "資料股、1888客服中心"
    assert distinct_join(["資料股", "檔案股", "資料股"]) == "資料股；檔案股"


def test_a_numbered_name_over_its_indented_sentence_is_no_wrapped_line():
    from ingest.narrative import SourceLine, join_wrapped_lines

    lines = [SourceLine("(一)館藏珍品數位典藏開放申請作業", 1, 2),
             SourceLine("設置線上申請系統，每季檢討流程並公告辦理結果。", 2, 3),
             SourceLine("(二)某某服務設置線上申請系統，每季檢討流程並公告辦理", 4, 2),
             SourceLine("結果。", 5, 3)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == [
        "(一)館藏珍品數位典藏開放申請作業", "設置線上申請系統，每季檢討流程並公告辦理結果。",
        "(二)某某服務設置線上申請系統，每季檢討流程並公告辦理結果。"]


def test_a_unit_at_its_time_after_the_frames_agent_word_is_read_whole():
    assert clause_fields("本項責由館藏諮詢專線於寒暑假期間由各組支援人力輪班辦理，期限為年底前") == {
        "owner": "館藏諮詢專線於寒暑假期間由各組支援人力輪班", "deadline": "年底前"}
    assert clause_fields("由資料股於每季辦理") == {"owner": "資料股", "deadline": "每季"}


def test_a_time_closed_by_its_bound_and_act_then_an_event_time_are_two_times_not_one():
    assert not is_deadline("117年4月上旬前辦妥館藏盤點作業前")
    assert is_deadline("117年4月上旬前辦妥")
    assert is_deadline("117年館藏盤點作業前")


# --- the twenty-seventh wording's round: a title by structure, whatever word names its kind -----------------

@pytest.mark.parametrize("title", ["臺東縣政府環境保護局推動優質便民服務113年度推行細目",
                                   "某某鄉公所113年度服務效能躍進工作提綱"])
def test_a_front_line_naming_an_office_then_a_year_is_the_title_whatever_its_kind_word(title):
    from ingest.blocks import Document, Paragraph
    from ingest.metadata import extract_metadata
    meta = extract_metadata(Document("x.txt", [Paragraph(title), Paragraph("壹、計畫依據"), Paragraph("一、依某某函辦理。")]))
    assert (meta.office, meta.year_roc) == (office_from_title(title), 113) and meta.office


def test_a_numbered_line_or_an_office_and_year_alone_is_no_title_without_a_kind_word():
    from ingest.blocks import Document, Paragraph
    from ingest.metadata import extract_metadata
    meta = extract_metadata(Document("x.txt", [Paragraph("某某鄉公所113年"), Paragraph("一、某某鄉公所113年度服務效能躍進工作提綱")]))
    assert (meta.office, meta.year_roc) == ("", None)


# --- markers: any stop of the stop classes, any ordinal series, a word or none ------------------------------

@pytest.mark.parametrize("cell", [
    "節次1＞建立線上預約系統。 節次2＞每季檢討流程。 節次3＞公告辦理結果。",
    "段落Ⅰ〉建立線上預約系統。 段落Ⅱ〉每季檢討流程。",
    "Ⅰ‖建立線上預約系統。 Ⅱ‖每季檢討流程。 Ⅲ‖公告辦理結果。",
    "A≫建立線上預約系統。 B≫每季檢討流程。",
])
def test_an_ordinal_of_any_series_then_a_stop_of_any_stop_class_running_in_a_cell_marks_its_items(cell):
    assert split_items(cell)[1][:2] == ["建立線上預約系統。", "每季檢討流程。"]


@pytest.mark.parametrize("cell", ["成長1%以上。 成長2%以上。", "節次1＞建立線上預約系統。", "節次2＞建立系統。 節次1＞每季檢討。"])
def test_a_share_an_ordinal_once_or_out_of_turn_with_any_stop_marks_nothing(cell):
    assert split_items(cell)[1] == []


def test_a_bare_known_style_keeps_its_level_when_its_run_is_learned():
    lines = ["一、建立線上預約系統。", "二、每季檢討流程。"]
    with document_markers():
        learn_running_markers(lines)
        assert parse_marker(lines[1]).level == 2


# --- owners and times in prose by what they are, whatever the frame's verbs ---------------------------------

@pytest.mark.parametrize("clause", ["由甲課負責籌劃", "乙室主責統合", "丙股承辦擘劃"])
def test_an_agents_verb_governing_any_verb_of_the_work_leaves_the_unit(clause):
    assert clause_fields(clause + "，於每季完成") == {"owner": clause.removeprefix("由")[:2], "deadline": "每季"}


@pytest.mark.parametrize("units", ["甲課辦理踏勘，乙課核撥補助款", "丙股執行抽驗，丁室彙送結果"])
def test_a_verb_of_doing_takes_its_object_and_leaves_the_frames_charge_verb(units):
    # (each unit names its own act, 辦理踏勘 / 執行抽驗: the 負責辦理 after them is the frame's, not a unit's part)
    text = "建立線上系統。本項由" + units + "負責辦理，預計於每季完成。"
    assert inline_fields(text) == ("建立線上系統。", {"owner": units, "deadline": "每季"})


@pytest.mark.parametrize("note, deadline", [("（甲課負責籌劃，巡查季節內以前完成）", "巡查季節內"),
                                            ("本項由甲課主責統合，並於每月3日前送件前完成。", "每月3日前送件")])
def test_the_frames_bound_in_any_form_after_a_time_closed_already_is_the_frames(note, deadline):
    assert inline_fields("建立線上系統。" + note) == ("建立線上系統。", {"owner": "甲課", "deadline": deadline})


def test_a_frames_bound_after_a_time_not_closed_stays_the_times():
    assert clause_fields("由甲課負責，並於颱風季節來臨前完成")["deadline"] == "颱風季節來臨前"


@pytest.mark.parametrize("sign", ["∣", "∥", "❘"])
def test_a_vertical_line_of_the_mathematical_or_dingbat_classes_parts_a_notes_fields(sign):
    note = f"建立線上系統。主責：甲署各組室及乙管理處{sign}期限：每月3日前送件"
    assert inline_fields(note) == ("建立線上系統。", {"owner": "甲署各組室及乙管理處", "deadline": "每月3日前送件"})


def test_a_time_closed_already_before_the_frames_bound_after_its_at_is_read_without_the_at():
    assert clause_fields("由甲課負責，並於巡查收件後5日內前完成")["deadline"] == "巡查收件後5日內"


@pytest.mark.parametrize("sign", ["／", "/", "∕"])
def test_a_solidus_of_any_form_ends_a_print_views_label(sign):
    from ingest.blocks import Document, Paragraph
    from ingest.metadata import extract_metadata
    meta = extract_metadata(Document("x.txt", [Paragraph(f"法規名稱{sign}某某縣政府環境保護局113年度服務效能躍進計畫")]))
    assert (meta.office, meta.year_roc) == ("某某縣政府環境保護局", 113)


@pytest.mark.parametrize("line", ["存檔時間／116-12-2 11:52", "某某市法規查詢系統（某某局）", "某某署法規資料庫〔某某處〕"])
def test_a_stamp_after_a_solidus_or_a_law_query_with_an_aside_is_print_furniture(line):
    from ingest.readers.text import is_print_furniture
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["加強法規查詢（每季）", "服務時間／週一至週五"])
def test_a_measure_naming_a_law_query_or_a_label_before_a_solidus_without_a_date_is_no_furniture(line):
    from ingest.readers.text import is_print_furniture
    assert not is_print_furniture(line)


@pytest.mark.parametrize("sign", ["∥", "⊢", "／"])
def test_a_line_of_a_label_of_any_name_and_a_separator_sign_is_no_title(sign):
    from ingest.blocks import Document, Paragraph
    from ingest.metadata import extract_metadata
    lines = ["條規名稱：某某縣政府環境保護局113年度服務效能躍進計畫", f"歸屬體系{sign}某某縣政府／某某局／行政規則", "壹、依據"]
    meta = extract_metadata(Document("x.txt", [Paragraph(line) for line in lines]))
    assert "體系" not in meta.title


@pytest.mark.parametrize("time", ["每5週巡查一次", "民國99年3月8日啟用營運"])
def test_a_time_closed_by_an_act_counted_or_done_on_a_day_named_takes_no_bound_the_frames_is_the_frames(time):
    assert clause_fields(f"由甲課負責，並於{time}前完成")["deadline"] == time
    assert clause_fields(f"甲課負責籌劃，{time}以前完成")["deadline"] == time


@pytest.mark.parametrize("time", ["巡查季節來臨", "115學年度第1學期開學"])
def test_an_event_or_an_event_in_a_period_keeps_the_bound_after_it(time):
    assert clause_fields(f"由甲課負責，並於{time}前完成")["deadline"] == time + "前"


@pytest.mark.parametrize("aside", ["（甲/乙）", "(正／副)", "(主/從)"])
def test_a_solidus_inside_a_labels_bracketed_aside_parts_no_field(aside):
    assert note_fields(f"完成期限（年月）：巡查季節內；承辦課室{aside}：甲課") == {"deadline": "巡查季節內", "owner": "甲課"}
