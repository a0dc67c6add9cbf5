"""Headers, units, dates, list markers and notes told by what they are (their grammar), not by
word lists. The examples here are of no test wording: they stand for the classes the rules read."""

from __future__ import annotations

import pytest

from ingest.blocks import Document, Paragraph
from ingest.columns import assign_roles, header_role
from ingest.fields import clause_fields, dash_note, ends_in_bracketed_label, inline_fields, is_deadline, is_owner, note_fields, unlabelled_fields
from ingest.markers import marker_number, parse_marker, split_items
from ingest.metadata import labelled_values, office_from_title, service_of_title
from ingest.narrative import SourceLine, join_wrapped_lines, non_measure_item
from ingest.readers.cell_lines import UNLIKELY, WRONG, fit
from ingest.readers.text import is_page_fraction, is_print_furniture


@pytest.mark.parametrize(("header", "role"), [
    ("預定時程", "deadline"), ("辦理時間", "deadline"), ("執行進度", "deadline"),
    ("承辦股室", "owner"), ("權責科室", "owner"), ("分工", "owner"),
    ("具體成果", "benefit"), ("預期產出", "benefit"),
    ("工作流程", "actions"), ("推動步驟", "actions"), ("執行方法", "actions"),
    ("推動主軸", "section"),
])
def test_a_header_takes_its_role_from_the_word_that_heads_it(header, role):
    assert header_role(header) == role


def test_a_value_is_no_header_even_when_it_holds_a_meaning_word():
    assert header_role("1.服務流程透明") is None
    assert header_role("流程透明化，提升效率") is None


def test_a_field_name_left_of_the_measure_heads_a_group():
    assert assign_roles(["推動目標", "服務項目", "具體作法", "完成期限", "承辦單位", "預期效益"]) == [
        "section", "measure", "actions", "deadline", "owner", "benefit"]


@pytest.mark.parametrize("text", ["總務股", "各分隊", "資訊班、行政股", "秘書室主辦、各課協辦", "出納員", "本府",
                                  "臺南市政府", "行政科；會計室", "全體同仁", "各單位主管", "場站管理組"])
def test_units_by_their_suffix_prefix_and_joins(text):
    assert is_owner(text)


@pytest.mark.parametrize("text", ["資源回收到府", "到府服務", "單一窗口", "網站", "停車場所",
                                  pytest.param("擴大動員", marks=pytest.mark.xfail(
                                      reason="a post ending in 員 takes any name of up to 8 characters; "
                                             "only 動員/成員/… with at most one character before are refused"))])
def test_names_that_only_end_like_a_unit_are_not_units(text):
    assert not is_owner(text)


@pytest.mark.parametrize("text", ["即日起至115年6月30日止", "每季終了後15日內", "每雙週", "115年3月起持續辦理",
                                  "上、下半年各1次", "115/3", "短期", "年度結束前", "按季辦理", "配合上級規定辦理"])
def test_dates_and_periods_by_their_parts(text):
    assert is_deadline(text)


@pytest.mark.parametrize("text", ["年度預算", "徵才活動辦理", "98年8月底前隨時辦理", "108年下半年中期", "3次"])
def test_not_a_deadline(text):
    assert not is_deadline(text)


@pytest.mark.parametrize("text", ["第一款 訂定作業流程。 第二款 公告周知。", "子、訂定作業流程。 丑、公告周知。",
                                  "Ⅰ.訂定作業流程。 Ⅱ.公告周知。", "〔1〕訂定作業流程。 〔2〕公告周知。",
                                  "(a)訂定作業流程。 (b)公告周知。", "A.訂定作業流程。 B.公告周知。",
                                  "1）訂定作業流程。 2）公告周知。", "一．訂定作業流程。 二．公告周知。"])
def test_list_markers_of_any_series_and_bracket(text):
    assert split_items(text) == ("", ["訂定作業流程。", "公告周知。"])


def test_latin_letters_open_items_only_before_cjk_text():
    assert parse_marker("A.B.C. Company") is None
    assert parse_marker("e.g. test") is None


def test_an_unlabelled_note_of_a_unit_and_a_date_is_read_as_fields():
    assert inline_fields("設置服務櫃台。【資訊股／115年3月底前】") == (
        "設置服務櫃台。", {"owner": "資訊股", "deadline": "115年3月底前"})
    assert inline_fields("設置服務櫃台。【參考附件一／另行公告】") == ("設置服務櫃台。【參考附件一／另行公告】", {})


def test_a_page_fraction_is_furniture_a_year_and_month_is_not():
    assert is_page_fraction("2/5") and is_page_fraction("3/4頁")
    assert not is_page_fraction("115/3") and not is_print_furniture("97/1")
    assert is_print_furniture("印表時間：113/2/18 11:41")


@pytest.mark.parametrize(("header", "role"), [
    ("產出指標", "benefit"), ("預期效果指標", "benefit"), ("成果衡量", "benefit"), ("績效評量", "benefit"),
    ("評核指標", "measure"), ("考核指標", "measure"), ("次評核指標", "measure"),
])
def test_an_indicator_of_an_outcome_is_the_benefit_an_indicator_to_assess_is_the_measure(header, role):
    assert header_role(header) == role


def test_the_seven_column_frame_keeps_its_indicator_as_the_measure_beside_an_outcome_indicator():
    assert assign_roles(["推動構面", "評核項目", "評核指標", "檢核項目", "完成期限", "執行單位", "產出指標"]) == [
        "section", "section", "measure", "actions", "deadline", "owner", "benefit"]


@pytest.mark.parametrize("text", ["第一目 訂定作業流程。 第二目 公告周知。", "1-訂定作業流程。 2-公告周知。",
                                  "1－訂定作業流程。 2－公告周知。"])
def test_the_fourth_enumeration_word_and_a_number_closed_by_a_dash_open_items(text):
    assert split_items(text) == ("", ["訂定作業流程。", "公告周知。"])


def test_a_dash_after_a_number_that_a_digit_follows_is_a_date_or_range_not_a_marker():
    assert parse_marker("3-5月辦理") is None
    assert parse_marker("115-2-3前完成") is None


@pytest.mark.parametrize("text", ["115-3-31", "2026-03-31", "115年4月間", "依業務需要", "視民眾需求", "按工作排程",
                                  "依年度工作時程"])
def test_dashed_dates_periods_during_a_month_and_as_a_need_or_schedule_says(text):
    assert is_deadline(text)


@pytest.mark.parametrize("text", ["3-5", "依規定", "需要"])
def test_a_bare_range_or_a_rule_is_no_deadline(text):
    assert not is_deadline(text)


@pytest.mark.parametrize("text", ["志工服務團", "榮譽之家", "兒童之家、輔導組"])
def test_a_corps_and_a_home_are_units(text):
    assert is_owner(text)


@pytest.mark.parametrize(("text", "fields"), [
    ("設置服務櫃台。（由資訊股負責，115年3月底前）", {"owner": "資訊股", "deadline": "115年3月底前"}),
    ("設置服務櫃台。（每季辦理，由各課室主辦）", {"deadline": "每季辦理", "owner": "各課室"}),
    ("設置服務櫃台。－辦理期程：每季，承辦單位：資訊股", {"deadline": "每季", "owner": "資訊股"}),
    ("設置服務櫃台。—主辦單位：資訊股（主辦）、總務股（協辦）；完成日期：115-6-30",
     {"owner": "資訊股（主辦）、總務股（協辦）", "deadline": "115-6-30"}),
])
def test_a_note_by_agent_clause_or_after_a_dash_is_read_as_fields(text, fields):
    assert inline_fields(text) == ("設置服務櫃台。", fields)


def test_a_dash_before_a_label_that_names_no_field_stays_text():
    assert inline_fields("設置服務櫃台－服務時段：每日")[1] == {}
    assert inline_fields("設置服務櫃台。（由民眾自行申請，每季）")[1] == {}


@pytest.mark.parametrize("text", ["P.3/9", "p. 4", "（3）", "[12]", "頁碼 5", "列印：115/03/02 09:15", "製表日期：115年3月2日",
                                  "來源：https://example.gov.tw/law?id=1", "本資料僅供民眾參考。",
                                  "※內容如有疑問，請逕洽發布機關。",
                                  # the printer beside a timestamp, export times, page numbers flanked or bracketed
                                  "列印者：王小明　列印時間：113/2/18 11:41", "輸出時間：110.09.03　08:49", "匯出日期：113/5/1",
                                  "～3～", "＊4＊", "《2》", "〔5〕", "第2／4頁",
                                  # export views: a space for the colon, 總 for 共, 【第N頁】, a long disclaimer
                                  "列印時間　113/2/18　11:41", "第2頁，總4頁", "【第2頁】",
                                  "本系統所載之法規內容，如與政府公報不符者，以公報為準。"])
def test_print_furniture_by_its_grammar(text):
    assert is_print_furniture(text)


@pytest.mark.parametrize("text", ["（3）辦理講習", "列印：本計畫", "P型停車場", "請洽本所服務台辦理。",
                                  "（一）", "每月1次　研考科", "～113年12月", "第2點"])  # (list markers, values, ranges)
def test_text_that_only_starts_like_furniture_is_kept(text):
    assert not is_print_furniture(text)


def test_a_label_set_off_by_brackets_is_read_like_a_label_and_colon():
    doc = Document("x.txt", [Paragraph("［計畫名稱］某某區公所服務躍進計畫"), Paragraph("【發布日】115.02.03")])
    assert labelled_values(doc) == {"title": "某某區公所服務躍進計畫", "date": "115.02.03"}


@pytest.mark.parametrize("text", ["115年3至9月", "2-4月", "115年10~12月"])
def test_a_range_of_months_with_one_month_word(text):
    assert is_deadline(text)


def test_a_name_ending_like_a_unit_may_still_be_a_measure_in_a_copied_table():
    assert fit("measure", "親子共讀班") == UNLIKELY
    assert fit("measure", "總務股、會計室") == WRONG  # two units: an owner cell, never a measure


def test_a_note_cut_by_a_hard_wrap_goes_on_even_when_the_next_line_opens_with_a_date():
    lines = [SourceLine("1. 設置服務櫃台，提供諮詢。〔主辦單位：總務股；完成期限：", 1, 2),
             SourceLine("民國115年6月〕", 2, 4), SourceLine("2. 公告周知。", 3, 2)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == [
        "1. 設置服務櫃台，提供諮詢。〔主辦單位：總務股；完成期限：民國115年6月〕", "2. 公告周知。"]


@pytest.mark.parametrize("text", ["√ 設置服務櫃台", "⊕設置服務櫃台", "＞設置服務櫃台", "♦設置服務櫃台", "o 設置服務櫃台"])
def test_any_symbol_or_a_word_processor_o_leads_a_bullet(text):
    marker = parse_marker(text)
    assert marker is not None and marker.level == 6 and marker.rest == "設置服務櫃台"


@pytest.mark.parametrize("text", ["～115年6月", "＋－－－＋", "○○里辦公處", "＝合計＝", "online 申辦"])
def test_signs_of_ranges_sums_boxes_and_placeholders_are_no_bullets(text):
    marker = parse_marker(text)
    assert marker is None or marker.level != 6


def test_a_guidance_note_is_a_plan_document_and_its_closing_provision_no_measure():
    assert service_of_title("某某縣某某區戶政事務所到府服務作業須知") == "到府服務"
    assert non_measure_item("七、本須知奉核定後實施，修正時亦同。") == "provision"


@pytest.mark.parametrize(("title", "office"), [
    ("某某縣政府社會局急難救助作業須知", "某某縣政府社會局"),
    ("某某市政府地政處115年度提升服務品質計畫", "某某市政府地政處"),
    ("某某市政府處理人民陳情案件要點", "某某市政府"),
])
def test_an_agency_named_under_its_government_ends_the_office(title, office):
    assert office_from_title(title) == office


def test_a_title_over_the_next_list_is_not_run_on_an_item_that_stated_its_fields():
    long = "1. 設置服務櫃台，提供諮詢服務並定期檢討。－完成期限：每季，承辦單位：總務股"
    lines = [SourceLine(long, 1, 0), SourceLine(long, 2, 0), SourceLine(long, 3, 0), SourceLine("到府服務：", 4, 0),
             SourceLine("1. 受理申請。－完成期限：每月，承辦單位：戶籍課", 5, 0)]
    assert [ln.text for ln in join_wrapped_lines(lines)][3] == "到府服務："


@pytest.mark.parametrize(("text", "level", "token"), [
    ("⒉設置服務櫃台", 4, "2."), ("㈢設置服務櫃台", 3, "(三)"), ("㊁設置服務櫃台", 3, "(二)"), ("❹設置服務櫃台", 5, "④"),
    ("➋設置服務櫃台", 5, "②"),
])
def test_a_number_set_as_one_glyph_is_the_marker_it_stands_for(text, level, token):
    marker = parse_marker(text)
    assert marker is not None and (marker.level, marker.token, marker.rest) == (level, token, "設置服務櫃台")


def test_items_numbered_with_one_glyph_numbers_split():
    assert split_items("⒈訂定作業流程。 ⒉公告周知。") == ("", ["訂定作業流程。", "公告周知。"])


@pytest.mark.parametrize("text", ["於116年3月底前完成", "自116年1月起", "預計116年9月完成", "一百一十六年三月底前",
                                  "一一六年十二月三十一日"])
def test_deadlines_with_a_preposition_or_cjk_numerals(text):
    assert is_deadline(text)


@pytest.mark.parametrize("text", ["各課課長", "秘書室主任", "主任秘書", "戶籍股股長"])
def test_the_head_of_a_unit_is_an_owner(text):
    assert is_owner(text)


@pytest.mark.parametrize("text", ["成長", "家長", "延長服務"])
def test_words_ending_in_a_head_word_are_not_heads_of_units(text):
    assert not is_owner(text)


@pytest.mark.parametrize(("header", "role"), [("預期效果", "benefit"), ("實施日程", "deadline")])
def test_more_meaning_words_effect_and_schedule(header, role):
    assert header_role(header) == role


@pytest.mark.parametrize("text", ["設置服務櫃台。完成期限：每季；承辦單位：總務股", "設置服務櫃台。→完成期限：每季；承辦單位：總務股",
                                  "設置服務櫃台。［完成期限：每季；承辦單位：總務股］", "設置服務櫃台。（總務股負責，每季）"])
def test_notes_straight_after_the_sentence_after_an_arrow_in_square_brackets_or_with_a_bare_agent(text):
    assert inline_fields(text) == ("設置服務櫃台。", {"deadline": "每季", "owner": "總務股"})


def test_a_title_and_colon_is_no_note():
    assert inline_fields("到府服務：設置服務櫃台。") == ("到府服務：設置服務櫃台。", {})


# readers6: brackets by Unicode class, note labels by meaning word, notes in a row, closing sentences


@pytest.mark.parametrize(("text", "fields"), [
    ("推動線上預約。〖每季／戶籍課〗", {"deadline": "每季", "owner": "戶籍課"}),  # white lenticular brackets
    ("推動線上預約。﹙每月／總務股﹚", {"deadline": "每月", "owner": "總務股"}),  # small parentheses
    ("推動線上預約。《承辦：總務股；期限：每季》", {"owner": "總務股", "deadline": "每季"}),
    ("推動線上預約。<期限：每月><承辦：人事室>", {"deadline": "每月", "owner": "人事室"}),
    ("推動線上預約。(主辦：總務股）", {"owner": "總務股"}),  # a halfwidth and a fullwidth half
])
def test_a_note_closes_with_any_bracket_pair(text, fields):
    assert inline_fields(text) == ("推動線上預約。", fields)


@pytest.mark.parametrize(("text", "fields"), [
    ("簡化流程。「主政科室：秘書室，預定期日：每半年」", {"owner": "秘書室", "deadline": "每半年"}),
    ("簡化流程。〔期程：113年9月〕〔主政：資訊股〕", {"deadline": "113年9月", "owner": "資訊股"}),
    ("簡化流程。【主辦：資訊股】【時程：每季】", {"owner": "資訊股", "deadline": "每季"}),
])
def test_note_labels_by_their_last_meaning_word_and_notes_in_a_row(text, fields):
    assert inline_fields(text) == ("簡化流程。", fields)


def test_two_notes_naming_the_same_field_are_not_merged():
    text, fields = inline_fields("簡化流程。〔主政：資訊股〕〔主辦：秘書室〕")
    assert fields == {"owner": "秘書室"} and text == "簡化流程。〔主政：資訊股〕"


@pytest.mark.parametrize(("note", "fields"), [
    ("每週二、四、秘書室", {"deadline": "每週二、四", "owner": "秘書室"}),
    ("戶政課、地政課／113年5月", {"owner": "戶政課、地政課", "deadline": "113年5月"}),
    ("暑假（7至8月）；圖書股", {"deadline": "暑假（7至8月）", "owner": "圖書股"}),
    ("114年3月31日（含）前，檔案室", {"deadline": "114年3月31日（含）前", "owner": "檔案室"}),
    ("颱風警報發布時／救災科", {"deadline": "颱風警報發布時", "owner": "救災科"}),
    ("受理後3日內、服務台", {"deadline": "受理後3日內", "owner": "服務台"}),
])
def test_an_unlabelled_note_is_a_unit_and_a_time_in_either_order(note, fields):
    assert inline_fields(f"辦理講習。﹝{note}﹞") == ("辦理講習。", fields)


def test_an_unlabelled_note_of_two_units_or_two_sentences_is_text():
    assert inline_fields("辦理講習。（戶政課／地政課）")[1] == {}
    assert inline_fields("辦理講習。（詳如附件，另行公告）")[1] == {}


@pytest.mark.parametrize(("text", "fields"), [
    ("辦理講習，提升知能。由人事室負責，時程為每半年。", {"owner": "人事室", "deadline": "每半年"}),
    ("辦理講習。完成期限為113年12月，由總務股辦理。", {"deadline": "113年12月", "owner": "總務股"}),
])
def test_a_closing_sentence_of_agent_and_labelled_time_is_a_note(text, fields):
    body, found = inline_fields(text)
    assert found == fields and body.endswith("。") and "由" not in body


def test_an_ordinary_closing_sentence_is_no_note():
    assert inline_fields("辦理講習。由志工協助引導民眾。")[1] == {}


@pytest.mark.parametrize(("header", "role"), [("主政單位", "owner"), ("承辦課股", "owner"), ("負責組室", "owner"),
                                              ("辦理單位(主/協)", "owner"), ("預定期日", "deadline")])
def test_a_word_of_taking_charge_then_unit_kinds_names_the_owner_column(header, role):
    assert header_role(header) == role


@pytest.mark.parametrize("text", ["戶政課(主)、地政課(協)", "秘書室主政、各課配合", "1999市民熱線中心", "展覽廳"])
def test_owner_roles_hotline_numbers_and_halls_are_units(text):
    assert is_owner(text)


@pytest.mark.parametrize("line", ["＋推廣線上繳費", "§ 簡化申辦流程", "》設置服務專線", "– 辦理意見調查", "▍建置預約系統",
                                  "﹡推動跨所申辦", "¶ 強化櫃台服務", "†加強志工訓練"])
def test_any_symbol_or_non_sentence_punctuation_before_text_leads_a_bullet(line):
    marker = parse_marker(line)
    assert marker is not None and marker.level == 6 and marker.rest[0] in "推簡設辦建強加"


@pytest.mark.parametrize("line", ["＋5%以上", "～113年12月", "）、總務股", "〃同上", "、總務股", "「便民」"])
def test_a_sign_before_a_number_a_closing_round_bracket_or_a_ditto_mark_leads_no_bullet(line):
    marker = parse_marker(line)
    assert marker is None or marker.level != 6


@pytest.mark.parametrize("colon", ["﹕", "︓", "︰", "∶"])
def test_any_colon_shaped_character_ends_a_metadata_label(colon):
    doc = Document("x.txt", [Paragraph(f"計畫名稱{colon}某某戶政事務所便民服務計畫")])
    assert labelled_values(doc) == {"title": "某某戶政事務所便民服務計畫"}


def test_an_unlabelled_note_splits_at_a_comma_before_an_enumeration_comma():
    assert inline_fields("辦理講習。（由戶政課、地政課負責，每季）")[1] == {"owner": "戶政課、地政課", "deadline": "每季"}


# -- classes read after the seventh wording (development data since its measurement); the examples
# are other members of each class, not the wording's own strings --------------------------------
@pytest.mark.parametrize("line", ["〈2〉受理申請", "﹝三﹞加強宣導", "⟨4⟩ 線上預約", "｛5｝公告周知"])
def test_an_ordinal_in_any_bracket_pair_is_a_list_marker(line):
    marker = parse_marker(line)
    assert marker is not None and marker.level == 5


@pytest.mark.parametrize("line", ["「3」號窗口", "《2》期刊", "『1』字"])
def test_an_ordinal_in_quotation_or_title_marks_is_no_list_marker(line):
    assert parse_marker(line) is None


@pytest.mark.parametrize(("title", "office"), [
    ("財政部關務署基隆關退稅組113年度提升服務品質執行計畫", "財政部關務署基隆關退稅組"),
    ("法務部矯正署臺南看守所112年度服務品質計畫", "法務部矯正署臺南看守所"),
    ("法務部矯正署宜蘭監獄推動111年度服務品質提升計畫", "法務部矯正署宜蘭監獄"),
    ("中華郵政股份有限公司臺中郵局分公司110年度服務計畫", "中華郵政股份有限公司臺中郵局分公司"),
])
def test_field_offices_of_national_agencies_and_company_branches_end_at_their_own_kind(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize(("office", "parent"), [
    ("法務部矯正署宜蘭監獄", "法務部矯正署"), ("衛生福利部中央健康保險署北區業務組", "衛生福利部中央健康保險署"),
    ("交通部公路局臺北區監理所", "交通部公路局"), ("台灣電力股份有限公司苗栗區營業處", "台灣電力股份有限公司"),
    ("經濟部國際貿易局", "經濟部"), ("法務部行政執行署臺北分署", "法務部行政執行署"), ("臺北市政府", None),
])
def test_a_field_office_is_under_its_agency_or_company(office, parent):
    from ingest.metadata import parent_agency_of

    assert parent_agency_of(office) == parent


@pytest.mark.parametrize("value", [
    "申請後5個工作天內", "颱風過後3日內", "開學前2週", "結案後辦理", "暑假（7至8月）", "年度（1月至12月）", "活動期間",
    "每週二、四", "每星期六", "第2週", "每月第3週", "112年9月末", "112年3月開始", "112-09", "2024-3", "例行性", "例行辦理",
    "112年6月30日（含）前", "112．6．30",
])
def test_deadlines_by_grammar_event_relative_named_periods_weekdays_and_ends(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["1-3", "20-30", "單一窗口", "到府服務", "提升服務品質", "志工服務團隊"])
def test_ranges_of_counts_and_measures_are_no_deadlines(value):
    assert not is_deadline(value)


@pytest.mark.parametrize("text", ["戶政課為主、各課為輔", "登記課、測量課共同辦理", "社會課會同民政課", "管理課協同各站"])
def test_lead_and_assist_and_joint_work_name_owners(text):
    assert is_owner(text)


@pytest.mark.parametrize("text", ["英語服務窗口", "單一窗口"])
def test_a_service_window_is_a_measure_not_an_owner(text):
    assert not is_owner(text)


@pytest.mark.parametrize("note", ["（主辦：總務課｜期限：每季）", "（主辦：總務課¦期限：每季）", "（主辦：總務課﹔期限：每季）"])
def test_any_comma_semicolon_solidus_or_vertical_line_separates_note_fields(note):
    assert inline_fields(f"辦理講習。{note}")[1] == {"owner": "總務課", "deadline": "每季"}


@pytest.mark.parametrize("tail", ["【期限】每季【承辦】總務課", "〔完成期限〕每季〔主辦〕總務課", "《期程》每季《承辦單位》總務課"])
def test_a_label_in_any_bracket_pair_before_its_value_is_a_field_label(tail):
    assert inline_fields(f"辦理講習，並檢討改進。{tail}") == ("辦理講習，並檢討改進。", {"deadline": "每季", "owner": "總務課"})


def test_a_units_role_aside_is_no_bracketed_label():
    text, fields = inline_fields("辦理講習。（戶政課（主辦）、地政課（協辦）／每季）")
    assert fields == {"owner": "戶政課（主辦）、地政課（協辦）", "deadline": "每季"}


@pytest.mark.parametrize("tail", ["※總務課負責；期程：每季", "＊由總務課辦理，期限為每季", "總務課負責，期程：每季"])
def test_a_closing_sentence_of_an_agent_and_a_label_after_a_note_mark_or_without_由(tail):
    assert inline_fields(f"辦理講習。{tail}") == ("辦理講習。", {"owner": "總務課", "deadline": "每季"})


@pytest.mark.parametrize("line", ["「承辦：總務課；期限：每季」", "〈主辦：總務課，期程：每季〉", "⟦總務課／每季⟧"])
def test_a_line_wholly_in_any_bracket_pair_is_read_for_fields(line):
    from ingest.fields import field_line

    assert field_line(line) == {"owner": "總務課", "deadline": "每季"}


@pytest.mark.parametrize("header", ["預期效果及指標", "預期效益/指標", "成效與衡量指標", "效益、指標"])
def test_an_outcome_joined_to_its_gauge_heads_the_benefit(header):
    assert header_role(header) == "benefit"


@pytest.mark.parametrize("line", ["本作業規範未規定事項，依相關法令辦理。", "本實施細則未規定之事項，依有關規定辦理。",
                                  "本程序未盡事宜，得隨時修正之。"])
def test_a_rule_of_any_kind_speaking_of_its_own_gaps_is_a_provision(line):
    assert non_measure_item(line) == "provision"


@pytest.mark.parametrize("line", ["w 推動線上申辦", "l 設置服務專線"])
def test_a_symbol_font_bullet_exported_as_a_lone_letter_leads_a_bullet(line):
    marker = parse_marker(line)
    assert marker is not None and marker.level == 6


@pytest.mark.parametrize("line", ["e化服務", "A 級", "iPad 借用"])
def test_a_latin_word_or_capital_is_no_bullet(line):
    marker = parse_marker(line)
    assert marker is None or marker.level != 6


@pytest.mark.parametrize("line", ["法規名稱 某某區公所112年度服務品質計畫", "法規名稱（112年修正）：某某區公所112年度服務品質計畫"])
def test_a_metadata_label_set_off_by_white_space_or_an_aside_before_its_colon(line):
    doc = Document("x.txt", [Paragraph(line)])
    assert labelled_values(doc)["title"] == "某某區公所112年度服務品質計畫"


def test_a_wrapped_note_goes_on_past_a_closing_bracket_that_opens_the_next_line():
    lines = [SourceLine("1. 辦理講習，並檢討改進。《實施", 1, 3), SourceLine("》每季《承辦》總務課", 2, 5)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 辦理講習，並檢討改進。《實施》每季《承辦》總務課"]


def test_a_prose_line_ending_in_one_bar_is_no_box_table():
    from ingest.readers.text import read_text

    doc = read_text("x.txt", "一、便民服務\n　1. 辦理講習，並檢討改進。「承辦：總務課｜\n　　期限：每季」\n")
    assert not any(type(b).__name__ == "PhysicalTable" for b in doc.blocks)


def test_a_title_wrapped_onto_a_short_line_is_joined_back():
    from ingest.metadata import plan_title

    doc = Document("x.pdf", [Paragraph("法務部矯正署臺南看守所中華民國112年度提升服務品質實施計"), Paragraph("畫"),
                             Paragraph("壹、計畫依據")])
    assert plan_title(doc) == "法務部矯正署臺南看守所中華民國112年度提升服務品質實施計畫"


@pytest.mark.parametrize(("title", "office", "service"), [
    ("某某地方檢察署民眾查詢作業程序", "某某地方檢察署", "民眾查詢"),
    ("某某戶政事務所到府服務實施作業規範", "某某戶政事務所", "到府服務"),
])
def test_a_one_service_rule_of_another_kind_names_its_office_and_service(title, office, service):
    assert office_from_title(title) == office
    assert service_of_title(title) == service


@pytest.mark.parametrize(("note", "fields"), [
    ("主辦/協辦單位：總務課／秘書室；期限：每季", {"owner": "總務課／秘書室", "deadline": "每季"}),
    ("預期效益／指標：縮短等候時間", {"benefit": "縮短等候時間"}),
    ("完成日期：112年6月底／承辦課室：總務課", {"deadline": "112年6月底", "owner": "總務課"}),
    ("完成日期：即時辦理／承辦課室：總務課", {"deadline": "即時辦理", "owner": "總務課"}),
])
def test_a_label_may_hold_a_solidus_unless_the_side_before_is_the_field_befores_value(note, fields):
    from ingest.fields import note_fields

    assert note_fields(note) == fields


# -- classes read after the eighth wording (development data since its measurement) ---------------
@pytest.mark.parametrize(("title", "office"), [
    ("臺中市政府交通局停車管理處提升服務品質實施計畫－112年度", "臺中市政府交通局停車管理處"),
    ("花蓮縣文化處暨所屬113年度服務品質執行計畫", "花蓮縣文化處"),
    ("高雄市政府衛生局暨所屬機關113年度服務品質執行計畫", "高雄市政府衛生局"),  # (a guard: read before too)
])
def test_an_agency_nested_twice_and_an_office_with_its_subordinates_end_at_the_office(title, office):
    assert office_from_title(title) == office


def test_fullwidth_letters_and_digits_number_items_as_their_ascii_forms():
    from ingest.markers import split_items

    assert parse_marker("Ｂ．受理申請").level == 5 and parse_marker("２．受理申請").level == 4
    assert split_items("Ａ．受理申請。 Ｂ．公告周知。 Ｃ．檢討改進。")[1] == ["受理申請。", "公告周知。", "檢討改進。"]


@pytest.mark.parametrize("text", ["辦理講習。●主辦單位：總務課　●完成時限：每季", "辦理講習。■承辦：總務課 ■期程：每季",
                                  "辦理講習。承辦單位為總務課，預定每季完成。", "辦理講習。（每季）（總務課）",
                                  "辦理講習。﹙總務課﹚﹙每季﹚"])
def test_bullets_between_labels_twin_notes_and_a_planned_time_state_the_fields(text):
    assert inline_fields(text) == ("辦理講習。", {"owner": "總務課", "deadline": "每季"})


def test_one_bracketed_unit_alone_is_an_aside_not_a_field():
    assert inline_fields("辦理講習（總務課）")[1] == {}


@pytest.mark.parametrize(("line", "title"), [("法規名稱｜某某區公所112年度服務品質計畫", "某某區公所112年度服務品質計畫"),
                                             ("法規名稱 Title：某某區公所112年度服務品質計畫", "某某區公所112年度服務品質計畫")])
def test_a_metadata_label_ended_by_a_vertical_line_or_glossed_in_english(line, title):
    assert labelled_values(Document("x.txt", [Paragraph(line)]))["title"] == title


def test_a_notes_first_label_may_hold_a_solidus_whole():
    from ingest.fields import field_line

    assert field_line("主/協辦單位：總務課") == {"owner": "總務課"}


@pytest.mark.parametrize("value", ["每季1次（3月、6月、9月、12月）", "每年2次（5月、11月）"])
def test_a_frequency_glossed_with_its_months_is_a_deadline(value):
    assert is_deadline(value)


@pytest.mark.parametrize("text", ["各課承辦人", "總務課經辦人"])
def test_the_officer_in_charge_names_an_owner(text):
    assert is_owner(text)


# -- classes read after the ninth wording (development data since its measurement) ----------------
@pytest.mark.parametrize(("title", "office"), [
    # a title is [office][year][plan]: what stands before the year is the office, of any kind
    ("某某市第一公有零售市場113年度提升服務品質實施計畫", "某某市第一公有零售市場"),
    ("某某縣某某鄉農會112年度為民服務計畫", "某某縣某某鄉農會"),
    ("某某區漁產運銷合作社推動111年度服務品質計畫", "某某區漁產運銷合作社"),  # (and the verb of carrying it out)
    ("國立某某科技大學執行110年度服務品質計畫", "國立某某科技大學"),  # schools are public bodies too
    ("112年度某某市立某某國民小學提升服務品質計畫", "某某市立某某國民小學"),
    ("某某部某某榮民之家提升服務品質實施計畫", "某某部某某榮民之家"),
    # a year in a bracketed tail dates the plan: the office ends before the plan's name
    ("某某戶政事務所提升服務品質實施計畫（113年1月至12月）", "某某戶政事務所"),
    ("某某監理站臨櫃服務規範〔103年修訂〕", "某某監理站"),
    ("某某分署「108年度提升為民服務品質」推動計畫", "某某分署"),  # (an opening bracket before the year)
    ("110年某某公所便民服務暨服務品質提升計畫", "某某公所"),  # (the plan's name opens with 便民服務)
])
def test_the_office_of_a_title_is_what_stands_before_its_year_or_plan_name(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize(("title", "office", "year"), [("某某國民小學112學年度服務品質計畫", "某某國民小學", 112),
                                                       ("某某戶政事務所提升服務品質實施計畫（113年1月至12月）", "某某戶政事務所", 113)])
def test_a_school_year_and_a_bracketed_period_give_the_plan_year(title, office, year):
    from ingest.metadata import extract_metadata

    meta = extract_metadata(Document("x.txt", [Paragraph(title)]))
    assert (meta.office, meta.year_roc) == (office, year)


@pytest.mark.parametrize(("cell", "items"), [
    ("1.1 設置服務台。 1.2 提供諮詢。", ["設置服務台。", "提供諮詢。"]),  # outline numbers under one parent
    ("2.1設置服務台。2.2提供諮詢。2.3定期檢討。", ["設置服務台。", "提供諮詢。", "定期檢討。"]),
    ("No.1 設置服務台。 No.2 提供諮詢。", ["設置服務台。", "提供諮詢。"]),  # the numero sign and its abbreviations
    ("#1 設置服務台。 #2 提供諮詢。", ["設置服務台。", "提供諮詢。"]), ("№1設置服務台。№2提供諮詢。", ["設置服務台。", "提供諮詢。"]),
])
def test_outline_and_numero_numbers_split_a_cell_into_items(cell, items):
    assert split_items(cell) == ("", items)


@pytest.mark.parametrize("text", ["效率提高1.5倍以上", "108.12.15）前完成"])
def test_a_decimal_quantity_or_a_wrapped_date_is_no_outline_number(text):
    assert split_items(text)[1] == [] and (parse_marker(text) is None or parse_marker(text).level == 6)


@pytest.mark.parametrize("text", ["教務處統籌、各處室執行", "資訊部門", "信用部、推廣部", "製冰廠", "健康中心護理師", "本會", "本校",
                                  "總務組督導、各組支援"])
def test_units_departments_works_posts_and_the_body_itself_are_owners(text):
    assert is_owner(text)


@pytest.mark.parametrize("text", ["本日", "本月", "本年度"])
def test_this_day_or_month_is_no_owner(text):
    assert not is_owner(text)


@pytest.mark.parametrize("value", ["次月5日前", "翌年1月底前", "每學年", "112學年度下學期", "第2學期", "3月26號前",
                                   "112年7月23日完竣", "每逢週三", "民102年3月", "112年9月上半月", "滾動式辦理", "終年辦理"])
def test_school_terms_the_next_period_spoken_days_and_standing_duties_are_deadlines(value):
    assert is_deadline(value)


@pytest.mark.parametrize(("note", "fields"), [
    ("期限｜每季　負責｜總務組", {"deadline": "每季", "owner": "總務組"}),  # labels ended by a vertical line
    ("完成期限 每季 承辦單位 總務組", {"deadline": "每季", "owner": "總務組"}),  # or, label-value pairs only, a space
    ("期限 每季 說明 另訂", {}),
])
def test_a_label_ended_by_a_vertical_line_or_a_space_names_its_field(note, fields):
    from ingest.fields import note_fields

    assert note_fields(note) == fields


@pytest.mark.parametrize("sentence", ["本項由總務股負責，應於每季完成", "本案由總務股辦理，須於每季完成", "由總務股負責，需於每季完成"])
def test_a_closing_sentence_with_its_subject_and_a_duty_to_finish_states_the_fields(sentence):
    from ingest.fields import clause_fields

    assert clause_fields(sentence) == {"owner": "總務股", "deadline": "每季"}


@pytest.mark.parametrize("line", ["〈法規名稱〉某某區公所112年度服務品質計畫", "《法規名稱》某某區公所112年度服務品質計畫",
                                  "「法規名稱」某某區公所112年度服務品質計畫"])
def test_a_metadata_label_in_any_bracket_pair(line):
    assert labelled_values(Document("x.txt", [Paragraph(line)]))["title"] == "某某區公所112年度服務品質計畫"


@pytest.mark.parametrize("line", ["Pg. 2", "pp. 3", "列印日：113/02/18", "本文件列印於民國116年12月2日11:52第3頁，計5頁",
                                  "本頁下載於2024/03/01 10:00"])
def test_page_abbreviations_and_print_statements_are_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize(("header", "role"), [("KPI", "benefit"), ("關鍵績效指標", "benefit"), ("執行部門", "owner"),
                                              ("權責部門", "owner")])
def test_a_key_indicator_is_a_benefit_and_a_department_an_owner(header, role):
    assert header_role(header) == role


@pytest.mark.parametrize(("heading", "front"), [("參、各項工作執行方式", False), ("肆、重點措施實施步驟", False),
                                                ("伍、執行方式", True), ("陸、計畫實施方式", True)])
def test_the_way_the_work_items_are_done_is_a_measure_chapter(heading, front):
    from ingest.narrative import is_front_matter

    assert is_front_matter(heading) is front


def test_a_number_wrapped_inside_a_note_runs_on_and_an_item_after_a_number_does_not():
    lines = [SourceLine("1. 整合服務台諮詢及引導服務，減少民眾往返奔波。（期程：1", 1, 3),
             SourceLine("12.11 承辦單位：總務組）", 2, 5), SourceLine("2. 設置意見信箱。●完成時限：99/01", 3, 3),
             SourceLine("3. 主動提供滿意度調查。", 4, 3)]
    joined = [ln.text for ln in join_wrapped_lines(lines)]
    assert joined == ["1. 整合服務台諮詢及引導服務，減少民眾往返奔波。（期程：112.11 承辦單位：總務組）",
                      "2. 設置意見信箱。●完成時限：99/01", "3. 主動提供滿意度調查。"]


@pytest.mark.parametrize(("cell", "items"), [("ㄅ、設置服務台。 ㄆ、提供諮詢。 ㄇ、定期檢討。", ["設置服務台。", "提供諮詢。", "定期檢討。"]),
                                             ("(ㄅ)設置服務台。(ㄆ)提供諮詢。", ["設置服務台。", "提供諮詢。"])])
def test_phonetic_symbols_number_items_in_their_dictionary_order(cell, items):
    assert split_items(cell) == ("", items)


@pytest.mark.parametrize("text", ["推廣股＋供銷部", "推廣股（聯絡人：陳○○）", "輔導組（承辦人 王小姐）、社工員", "保健組主導、輔導組支援",
                                  "研習推廣組、綜合業務組（會辦展覽推廣組）"])
def test_units_joined_by_a_plus_with_their_contact_or_a_co_organiser_are_owners(text):
    assert is_owner(text)


@pytest.mark.parametrize(("line", "fields"), [
    ("主辦單位(協辦)：總務組、秘書室", {"owner": "總務組、秘書室"}),  # a known label with a bracketed qualifier
    ("承辦單位：總務組（承辦人：王○○）", {"owner": "總務組（承辦人：王○○）"}),  # a colon inside the value's aside
    ("期限｜每逢週六負責｜總務組", {"deadline": "每逢週六", "owner": "總務組"}),  # a label glued to the value before it
    ("承辦：第一線服務人員｜期限：每季", {"owner": "第一線服務人員", "deadline": "每季"}),  # (a value before a bar is no label)
])
def test_a_qualified_label_an_aside_with_a_colon_and_a_glued_label(line, fields):
    from ingest.fields import field_line

    assert field_line(line) == fields


@pytest.mark.parametrize("line", ["[2/4]", "（3/5）", "〔1/2〕", "網址 https://law.example.gov.tw/LawContent.aspx?id=1"])
def test_a_bracketed_page_fraction_and_a_spaced_address_label_are_furniture(line):
    assert is_print_furniture(line)


def test_lines_of_labels_ended_by_bars_are_notes_not_a_table(tmp_path):
    from ingest import ingest_paths

    path = tmp_path / "plan.txt"
    path.write_text("某某區漁會112年度提升服務品質計畫\n參、服務品質提升作法\n一、會員服務\n到府服務：\n"
                    "• 設置服務台，提供諮詢。期限｜每季　負責｜總務股\n• 辦理滿意度調查。期限｜每月　負責｜推廣股\n", encoding="utf-8")
    rows, _ = ingest_paths([path])
    assert [(r.measure, r.deadline, r.owner) for r in rows] == [("設置服務台，提供諮詢。", "每季", "總務股"),
                                                              ("辦理滿意度調查。", "每月", "推廣股")]


@pytest.mark.parametrize("line", ["規章名稱　某某區公所112年度服務品質計畫", "法規標題：某某區公所112年度服務品質計畫",
                                  "計畫標題：某某區公所112年度服務品質計畫", "標題：某某區公所112年度服務品質計畫"])
def test_the_title_label_is_a_kind_of_document_and_a_word_for_its_name(line):
    assert labelled_values(Document("x.txt", [Paragraph(line)]))["title"] == "某某區公所112年度服務品質計畫"


# -- classes read after the tenth wording (development data since its measurement) ---------------
@pytest.mark.parametrize(("cell", "items"), [("1-1 設置服務台。 1-2 提供諮詢。", ["設置服務台。", "提供諮詢。"]),
                                             ("2－1 設置服務台。2－2 提供諮詢。", ["設置服務台。", "提供諮詢。"])])
def test_dashed_outline_numbers_split_a_cell(cell, items):
    assert split_items(cell) == ("", items)


@pytest.mark.parametrize("text", ["1-3月辦理", "每年1-2次"])
def test_a_range_of_months_or_counts_is_no_dashed_outline_number(text):
    assert split_items(text)[1] == [] and parse_marker(text) is None


@pytest.mark.parametrize("line", ["ˇ持續推動到府服務", "ˋ持續推動到府服務"])
def test_a_spacing_modifier_letter_leads_a_bullet(line):
    marker = parse_marker(line)
    assert marker is not None and marker.level == 6 and marker.rest == "持續推動到府服務"


@pytest.mark.parametrize(("sentence", "fields"), [
    ("由總務股於每月抄表日前完成", {"owner": "總務股", "deadline": "每月抄表日"}),  # agent and time in one clause
    ("由資訊處（總公司）在每兩週辦理", {"owner": "資訊處（總公司）", "deadline": "每兩週"}),
    ("由公共服務組（承辦：林專員）、公關室於年底前完成", {"owner": "公共服務組（承辦：林專員）、公關室", "deadline": "年底"}),
])
def test_one_clause_naming_the_agent_and_the_time(sentence, fields):
    from ingest.fields import clause_fields

    assert clause_fields(sentence) == fields


@pytest.mark.parametrize("value", ["逐案辦理", "隨案處理", "每案辦理"])
def test_case_by_case_is_a_deadline(value):
    assert is_deadline(value)


@pytest.mark.parametrize("line", ["頁2", "頁 12"])
def test_a_bare_page_label_is_furniture(line):
    assert is_print_furniture(line)


# -- classes read after the eleventh wording (development data since its measurement) ------------
@pytest.mark.parametrize("cell", ["1‧設置服務台。 2‧提供諮詢。", "1·設置服務台。 2·提供諮詢。", "1・設置服務台。 2・提供諮詢。"])
def test_a_number_stopped_by_a_dot_of_any_form_splits_a_cell(cell):
    assert split_items(cell) == ("", ["設置服務台。", "提供諮詢。"])


@pytest.mark.parametrize(("text", "owner"), [("各工務段", True), ("養護段、工務課", True), ("第一階段", False), ("尖峰時段", False)])
def test_a_section_of_a_works_administration_is_a_unit(text, owner):
    assert is_owner(text) is owner


@pytest.mark.parametrize("value", ["每逢連續假期", "每逢假日", "每10日"])
def test_whenever_an_event_comes_is_a_deadline(value):
    assert is_deadline(value)


@pytest.mark.parametrize(("line", "fields"), [("，由存匯組負責，每10日完成。", {"owner": "存匯組", "deadline": "每10日"}),
                                              ("、由總務股負責，受理後即時辦理完成", {"owner": "總務股", "deadline": "受理後即時辦理"})])
def test_a_closing_clause_cut_from_its_sentence_and_a_time_then_finishing(line, fields):
    from ingest.fields import field_line

    assert field_line(line) == fields


# -- classes read after the twelfth wording (development data since its measurement) ------------
@pytest.mark.parametrize("cell", ["<1>設置服務台。 <2>提供諮詢。", "i.設置服務台。 ii.提供諮詢。", "I. 設置服務台。 II. 提供諮詢。"])
def test_roman_numerals_in_letters_and_angle_signs_number_items(cell):
    assert split_items(cell) == ("", ["設置服務台。", "提供諮詢。"])


def test_a_letter_list_reaching_i_is_still_a_letter_list():
    cell = " ".join(f"{c}.第{n}項" for n, c in enumerate("abcdefghij", 1))
    assert len(split_items(cell)[1]) == 10


def test_angle_signs_around_a_number_are_no_html_tag():
    from ingest.normalize import html_fragments

    assert html_fragments("<p><1>設置<b>服務台</b></p><p><2>提供</p>") == ["<1>設置 服務台", "<2>提供"]  # (tags go, markers stay)


@pytest.mark.parametrize("value", ["年度第2、4季", "107年8月第1個工作日", "門診時間內", "109年12月18日前竣事", "至遲於102年11月底",
                                   "全天候", "99年3月10日前陳報"])
def test_more_deadline_forms(value):
    assert is_deadline(value)


@pytest.mark.parametrize(("line", "fields"), [
    ("【承辦：工商組（窗口：陳小姐）】【期程：每梯次結訓後1個月內】", {"owner": "工商組（窗口：陳小姐）", "deadline": "每梯次結訓後1個月內"}),
    ("【承辦：局內各組室、工商組】【期程：每季】", {"owner": "局內各組室、工商組", "deadline": "每季"}),
    ("＜稽核科、品質管理中心；每季＞", {"owner": "稽核科、品質管理中心", "deadline": "每季"}),
])
def test_a_line_of_bracketed_fields_and_angle_signs_as_brackets(line, fields):
    from ingest.fields import field_line

    assert field_line(line) == fields


@pytest.mark.parametrize(("sentence", "fields"), [
    ("本項工作由教育文化科主辦，預定於門診時間內完成", {"owner": "教育文化科", "deadline": "門診時間內"}),
    ("本項工作由財務組主辦，預定於109年12月18日前竣事完成", {"owner": "財務組", "deadline": "109年12月18日前竣事"}),
])
def test_this_work_and_the_planned_frame_name_owner_and_time(sentence, fields):
    from ingest.fields import clause_fields

    assert clause_fields(sentence) == fields


def test_a_contact_phone_after_a_unit():
    assert is_owner("契稅股、消費稅科（連絡電話：03-5518101轉212）")


@pytest.mark.parametrize("line", ["Page-2", "列印人員：網站使用者　列印日期：115年4月27日", "資料列印時間：102-4-1 15:38",
                                  "查詢日期：110/07/19", "第2頁，共計6頁", "國家科學及技術委員會主管法規查詢系統"])
def test_more_print_furniture(line):
    assert is_print_furniture(line)


def test_a_justified_law_label_and_a_hospital_campus():
    doc = Document("x.txt", [Paragraph("名　　稱：彰化縣立聯合醫院太平院區97年度提升服務品質實施方案"), Paragraph("發　　布：民國97年2月22日")])
    assert labelled_values(doc).get("title", "").startswith("彰化縣立聯合醫院太平院區")
    assert office_from_title("97年度彰化縣立聯合醫院太平院區提升服務品質實施方案") == "彰化縣立聯合醫院太平院區"


def test_a_fullwidth_at_sign_before_text_is_a_bullet():
    assert parse_marker("＠持續推動為民服務").level == 6


def test_a_closing_note_with_a_contact_aside_is_still_an_unlabelled_note():
    text, fields = inline_fields("並將結果公布於網站。＜投資組、工商組（窗口：陳小姐）；每期稅開徵前＞")
    assert text == "並將結果公布於網站。" and fields == {"owner": "投資組、工商組（窗口：陳小姐）", "deadline": "每期稅開徵前"}


# --- after the thirteenth wording: classes of forms, each tested with members the wording does not use


@pytest.mark.parametrize(("header", "role"), [
    ("辦理期間(月份)", "deadline"), ("達成目標（質化）", "benefit"), ("策略主軸(方向)", "section"),
    ("執行期間 (起訖)", "deadline"), ("預期成果(量化指標)", "benefit"), ("服務構面 (Dimension)", "section"),
])
def test_a_bracketed_qualifier_after_a_header_name_leaves_the_name_to_decide(header, role):
    assert header_role(header) == role


@pytest.mark.parametrize("value", ["110年3月1日啟用", "111年5月底前上線", "112年7月1日起試行", "113年2月15日前報府",
                                   "每年10月至翌年3月", "112年9月起至同年12月31日止", "110年6月上中旬", "109年8月杪",
                                   "逢雙月", "逢單週辦理", "每月第2個星期五", "週休二日", "國定假日及例假日", "夜間", "辦公時間內",
                                   "申請當日", "受理當天完成"])
def test_deadline_forms_of_events_years_ahead_and_days_of_the_week(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["日間照顧服務", "假日市集", "逢甲大學", "當日", "啟用", "夜間照明改善"])
def test_words_of_time_inside_a_measure_are_no_deadline(value):
    assert not is_deadline(value)


@pytest.mark.parametrize("value", ["總務課（電子信箱：abc@mail.gov.tw）", "服務台（LINE帳號：@svc123）", "秘書室（傳真：04-22223333）",
                                   "資訊股（E-mail：it@x.gov.tw）"])
def test_a_contact_address_after_a_unit(value):
    assert is_owner(value)


@pytest.mark.parametrize(("note", "fields"), [
    ("資訊室－110年5月1日啟用", {"owner": "資訊室", "deadline": "110年5月1日啟用"}),
    ("總務股—每季", {"owner": "總務股", "deadline": "每季"}),
    ("秘書室 - 逢雙月", {"owner": "秘書室", "deadline": "逢雙月"}),
])
def test_a_dash_between_unit_and_time_splits_an_unlabelled_note(note, fields):
    assert unlabelled_fields(note) == fields


def test_a_date_with_dashes_is_not_split_at_them():
    assert unlabelled_fields("總務課／110-2-9") == {"owner": "總務課", "deadline": "110-2-9"}


@pytest.mark.parametrize(("sentence", "fields"), [
    ("上述工作由總務股負責，期程：每季", {"owner": "總務股", "deadline": "每季"}),
    ("前開措施由資訊室負責，期程：110年6月底前", {"owner": "資訊室", "deadline": "110年6月底前"}),
])
def test_the_items_above_as_subject_name_owner_and_time(sentence, fields):
    from ingest.fields import clause_fields

    assert clause_fields(sentence) == fields


@pytest.mark.parametrize("line", ["Printed on: 2024/03/01", "Print Time 10:21", "Date printed 2023-11-05", "Export date：112-01-02",
                                  "第3頁（共7頁）", "第 1 頁 [共 2 頁]", "檔案產生時間：110/01/02 09:15"])
def test_print_furniture_in_english_and_a_page_total_as_an_aside(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["Printing 3 copies of the plan", "Print Date：", "第3頁說明"])
def test_no_print_furniture_without_its_value(line):
    assert not is_print_furniture(line)


@pytest.mark.parametrize("line", ["-> 建立服務台", "==> 推動線上申辦", "--> 設置意見箱"])
def test_an_arrow_drawn_in_ascii_is_a_bullet(line):
    from ingest.readers.text import normalise_list_lead

    assert normalise_list_lead(line).startswith("• ")


def test_a_bar_after_a_spaced_law_label_and_a_verb_of_promoting_after_the_office():
    doc = Document("x.txt", [Paragraph("法規名稱 | 臺南市新營區公所推行110年度服務品質實施計畫")])
    assert labelled_values(doc).get("title", "").startswith("臺南市新營區公所")
    assert office_from_title("臺南市新營區公所推行110年度服務品質實施計畫") == "臺南市新營區公所"
    assert office_from_title("南投縣竹山鎮衛生所推展111年度提升服務品質計畫") == "南投縣竹山鎮衛生所"


def test_a_dash_before_a_number_is_no_bullet_and_a_bullet_sign_inside_an_open_bracket_joins():
    from ingest.readers.text import normalise_list_lead

    assert normalise_list_lead("－110年5月1日啟用）") == "－110年5月1日啟用）"
    assert normalise_list_lead("－ 建立服務台") == "• 建立服務台"
    lines = [SourceLine("(3)擴大辦理網站常見問答集，縮短等候時間。（資訊室", 1, 4), SourceLine("• 每季", 2, 6)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["(3)擴大辦理網站常見問答集，縮短等候時間。（資訊室• 每季"]


@pytest.mark.parametrize("value", ["全隊官兵", "全體員警", "本所職員"])
def test_the_people_of_a_corps_as_owner(value):
    assert is_owner(value)


def test_a_semicolon_inside_one_unit_list_of_a_closing_clause():
    from ingest.fields import clause_fields

    assert clause_fields("由總務課、秘書室；人事室負責，期程：每季") == {"owner": "總務課、秘書室；人事室", "deadline": "每季"}
    assert clause_fields("由總務股負責；期限為每月") == {"owner": "總務股", "deadline": "每月"}


# --- after the fourteenth wording: classes of forms, each tested with members the wording does not use


@pytest.mark.parametrize("value", ["每日08:30至17:30", "上午8時至12時", "晚上6點半", "2年內分期辦理", "112年3月1日前建置",
                                   "110年9月30日驗收", "111年1月5日零時起", "隔週三下午", "每月逢1、16日", "開放日下午",
                                   "112年10月月中", "113年5月底前（以郵戳為憑）", "112年8月第2個週五"])
def test_deadline_forms_of_clock_times_stages_acceptance_and_dated_asides(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["3點建議", "1時", "驗收", "分年辦理", "辦理講習（視預算調整）"])
def test_clock_and_event_words_alone_make_no_deadline(value):
    assert not is_deadline(value)


@pytest.mark.parametrize("line", ["第3頁／總頁數8", "第2張，共6張", "共6張，第2張", "-3/8-", "※資料以系統公告為準，轉載時請註明出處。"])
def test_print_furniture_of_sheets_page_counts_and_a_disclaimer_with_advice(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["└─ 建立單一窗口", "├── 設置意見箱", "┗━ 推動線上申辦", "~ 提供到府服務"])
def test_a_tree_branch_and_a_spaced_tilde_lead_list_items(line):
    from ingest.readers.text import normalise_list_lead

    assert normalise_list_lead(line).startswith("• ")


@pytest.mark.parametrize("line", ["├──┼──┤", "~5月"])
def test_a_table_rule_and_a_range_sign_are_no_list_items(line):
    from ingest.readers.text import normalise_list_lead

    assert not normalise_list_lead(line).startswith("• ")


def test_steps_named_with_ordinals_are_item_markers():
    assert split_items("步驟1：受理申請。 步驟2：審核文件。 步驟3：核發證明。")[1] == ["受理申請。", "審核文件。", "核發證明。"]
    assert parse_marker("第二步：通知申請人").rest == "通知申請人"
    assert parse_marker("Step 3: 結案").level == 5


@pytest.mark.parametrize("value", ["服務台（24小時服務電話：02-2345-6789）", "客服組（線上客服：官網留言板）", "秘書室&人事室"])
def test_more_contacts_and_an_ampersand_between_units(value):
    assert is_owner(value)


def test_a_label_naming_opening_hours_takes_a_period_but_no_clock_hours():
    from ingest.fields import field_line

    assert field_line("營業時間：上午9時至下午5時") is None
    assert field_line("服務時段：每日08:30至17:30") is None
    assert field_line("服務時間：按月辦理") == {"deadline": "按月辦理"}
    assert field_line("辦理時程：每日08:30至17:30") == {"deadline": "每日08:30至17:30"}


# --- after the fifteenth wording: classes of forms, each tested with members the wording does not use


@pytest.mark.parametrize(("text", "items"), [
    ("PHASE 1：受理申請。PHASE 2：審核文件。", ["受理申請。", "審核文件。"]),  # an English word for a step, in any case
    ("stage1：公告。stage2：收件。stage3：結案。", ["公告。", "收件。", "結案。"]),
    ("【壹】受理申請。【貳】審核文件。【參】核發證明。", ["受理申請。", "審核文件。", "核發證明。"]),  # formal numerals in brackets
    ("〔壹〕公告　〔貳〕收件", ["公告", "收件"]),
])
def test_step_words_in_any_case_and_formal_numerals_in_brackets_are_item_markers(text, items):
    assert split_items(text)[1] == items


def test_a_formal_numeral_with_a_stop_is_still_a_chapter():
    assert parse_marker("貳、計畫目標").level == 1


@pytest.mark.parametrize(("header", "role"), [
    ("評核要素", "section"), ("年度主題", "section"), ("核心議題", "section"), ("推動綱要", "section"),  # theme, element
    ("工作項目概述", "actions"), ("重點工作描述", "actions"), ("措施簡述", "actions"),  # a measure's name + a describing word
    ("行動計畫", "actions"), ("執行階段", "actions"),  # plans of action, stages
    ("預定月份", "deadline"), ("執行起迄", "deadline"), ("完成年月", "deadline"),  # months, spans
])
def test_headers_of_themes_descriptions_stages_and_months(header, role):
    assert header_role(header) == role


def test_a_measure_name_with_no_describing_word_stays_the_measure():
    assert header_role("措施名稱") == "measure"
    assert header_role("時程說明") == "deadline"


@pytest.mark.parametrize("value", [
    "每週二至週四09:00-12:00", "週一至週五下午2時至5時",  # the hours of a range of days
    "每日傍晚6時至9時", "深夜11時前",  # parts of a day in words
    "收件後10個營業日內", "申請後7個日曆日內", "接獲報案後10分鐘內", "通報後半小時內",  # counts of days and minutes
    "每日（國定假日除外）", "全天（含國定假日）",  # a short period with what it includes
    "115年6月30日午休前", "115年5月31日前寄達", "每月10日前繳交", "116年1月起全面運作",  # close of work, delivery, going live
    "115年4月1日當天", "每月15日當日", "每月最後一個工作日", "115年12月最後3天",  # the period of a date, the last of a month
])
def test_deadline_forms_of_weekday_hours_dayparts_day_counts_and_dated_events(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["全面推動", "正式", "推動志工服務", "98年8月底前隨時辦理"])
def test_going_live_words_alone_make_no_deadline(value):
    assert not is_deadline(value)


@pytest.mark.parametrize("value", [
    "院長", "段長、場長",  # the head of an office of any kind
    "會議召集人", "機關發言人", "規費收費窗口", "聯絡窗口", "市民熱線", "加護病房", "特別門診", "護理師群",  # roles, windows, lines, wards, staffs
    "秘書室擬定，各課配合", "資訊室（督導）／各課（配合）", "社會課為主辦，民政課從旁配合", "甲組、乙組會同辦理",  # parts in the work
    "本局技術與行政同仁",  # kinds of staff sharing one head noun
    "本局轄下各分隊", "本處所屬各站",  # all the units under an office
    "人事室（Tel：02-2345-6789 分機12）", "社會課（行動電話：0912-345-678）", "民政課（IG：@abc_gov）",  # contacts
    "服務台（1999市民專線，全天候受理）",
])
def test_owner_forms_of_heads_roles_wards_parts_collectives_and_contacts(value):
    assert is_owner(value)


@pytest.mark.parametrize("value", ["弱勢族群", "提升服務品質", "推動志工服務", "四、秘書室"])
def test_no_owner_without_a_unit(value):
    assert not is_owner(value)


@pytest.mark.parametrize(("text", "fields"), [
    # the item as the subject, its label after it, `為` and the value
    ("設置服務台。本項工作完成時限為每季，負責單位為總務課。", {"deadline": "每季", "owner": "總務課"}),
    ("設置服務台。該措施之主辦單位為人事室，執行期程為115年6月底前。", {"owner": "人事室", "deadline": "115年6月底前"}),
    # an owner value holding a comma: units parted by it, or each with its part
    ("設置服務台。本案期限為每月，承辦單位為總務課,人事室。", {"deadline": "每月", "owner": "總務課,人事室"}),
    ("設置服務台。本項期程為每季，權責單位為秘書室主辦，人事室協辦。", {"deadline": "每季", "owner": "秘書室主辦，人事室協辦"}),
    # a bracket's comma parts no clauses
    ("設置服務台。本項期程為每季，權責單位為服務台（1999專線，全天候）。", {"deadline": "每季", "owner": "服務台（1999專線，全天候）"}),
])
def test_closing_sentences_with_the_item_as_subject_and_owners_holding_commas(text, fields):
    assert inline_fields(text)[1] == fields


@pytest.mark.parametrize(("text", "fields"), [
    ("設置服務台。（每季；總務課（權責）／人事室（配合）辦理）", {"deadline": "每季", "owner": "總務課（權責）／人事室（配合）"}),
    ("設置服務台。（每月；甲組、乙組會辦執行）", {"deadline": "每月", "owner": "甲組、乙組會辦"}),
    ("設置服務台。（每日09:00-12:00；總務課負責）", {"deadline": "每日09:00-12:00", "owner": "總務課"}),  # a clock's colon: no label
])
def test_a_note_verb_after_units_that_name_their_parts_is_the_notes(text, fields):
    assert inline_fields(text)[1] == fields


@pytest.mark.parametrize(("line", "fields"), [
    ("●承辦單位/總務課　●辦理期限/每季", {"owner": "總務課", "deadline": "每季"}),  # labels ended by a solidus
    ("※期程／115年6月底 ※主辦／人事室（分機：12）", {"deadline": "115年6月底", "owner": "人事室（分機：12）"}),
    ("〈主辦〉總務課 〈期程〉每季", {"owner": "總務課", "deadline": "每季"}),  # labels in bracket pairs before their values
    ("(負責) 人事室 (時程) 115年3月", {"owner": "人事室", "deadline": "115年3月"}),
])
def test_field_lines_with_solidus_labels_and_bracketed_labels(line, fields):
    from ingest.fields import field_line

    assert field_line(line) == fields


def test_a_label_pair_with_a_solidus_then_a_colon_is_one_label():
    from ingest.fields import field_line

    assert field_line("主辦/協辦單位：總務課；期限：每季") == {"owner": "總務課", "deadline": "每季"}


@pytest.mark.parametrize("line", [
    "〔第3頁，共7頁〕", "(第1頁/共2頁)", "頁次：3 共8頁", "頁碼 4（共9頁）",  # a page count in a bracket pair, a total after
    "2024-03-01 14:22", "115.12.02 08:15:30",  # a print's date and time alone
    "本法規條文網址：https://law.example.gov.tw/a?id=1", "某市政府法規檢索", "某部主管法令查詢系統",  # the source's address, its database
])
def test_print_furniture_of_bracketed_pages_stamps_addresses_and_databases(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["（一）加強法規查詢", "115年3月1日", "【推動策略】"])
def test_a_measure_a_date_or_a_bracketed_heading_is_no_furniture(line):
    assert not is_print_furniture(line)


def test_angle_signs_set_off_a_print_views_labels():
    doc = Document("x.txt", [Paragraph("<法規名稱>臺北市萬華區戶政事務所115年度為民服務實施計畫"), Paragraph("＜發布日期＞115.03.05")])
    assert labelled_values(doc) == {"title": "臺北市萬華區戶政事務所115年度為民服務實施計畫", "date": "115.03.05"}


@pytest.mark.parametrize("line", ["ー 設置服務台", "ｰ 受理申請", "﹒辦理講習"])
def test_a_letter_typed_as_a_dash_and_a_full_stop_lead_list_items(line):
    from ingest.readers.text import normalise_list_lead

    assert normalise_list_lead(line).startswith("• ")


@pytest.mark.parametrize("line", ["一般事業廢棄物", "．5公斤"])
def test_a_numeral_and_a_decimal_point_lead_no_list_items(line):
    from ingest.readers.text import normalise_list_lead

    assert not normalise_list_lead(line).startswith("• ")


@pytest.mark.parametrize(("title", "office", "service"), [
    ("新竹縣竹北市公所『急難救助』申辦指南", "新竹縣竹北市公所", "急難救助"),  # a guide's kind, the service in quotes
    ("臺北市萬華區戶政事務所櫃台服務工作守則", "臺北市萬華區戶政事務所", "櫃台服務"),
    ("臺中市政府農業局東勢林場森林遊樂區導覽服務指南", "臺中市政府農業局東勢林場", "森林遊樂區導覽"),  # a works of an agency
    ("桃園市政府環境保護局北區垃圾轉運站大型家具收運服務流程及注意事項", "桃園市政府環境保護局北區垃圾轉運站", "大型家具收運"),
])
def test_one_service_titles_of_guides_quoted_services_and_an_agencys_works(title, office, service):
    assert office_from_title(title) == office
    assert service_of_title(title) == service


@pytest.mark.parametrize("text", ["本要點未列事項，依相關法令辦理。", "本方案陳奉首長核定後公布實施。"])
def test_provisions_of_matters_left_open_and_approval(text):
    assert non_measure_item(text) == "provision"


@pytest.mark.parametrize("title", ["附錄及附圖", "相關附件", "附表與附件"])
def test_appendix_titles_joined_or_with_a_word_before(title):
    from ingest.narrative import is_appendix_title

    assert is_appendix_title(title)


def test_an_account_of_the_service_is_no_front_matter():
    from ingest.narrative import is_front_matter

    assert not is_front_matter("辦理程序說明")
    assert is_front_matter("計畫說明")


def test_a_wrapped_number_before_a_stop_is_no_item_marker():
    assert parse_marker("25）。") is None
    assert parse_marker("3）設置服務台").level == 5


def test_a_numbered_field_line_of_any_length_is_a_heading():
    from ingest.blocks import Heading
    from ingest.readers.text import classify_line

    line = "六、承辦單位：總務課、人事室、秘書室（聯絡電話：02-2345-6789轉123）、資訊室（電子信箱：it@example.gov.tw）"
    assert isinstance(classify_line(line), Heading)


def test_a_unit_glued_to_the_next_label_by_a_hard_wrap_stays_the_owners():
    from ingest.fields import note_fields

    assert note_fields("承辦單位：總務課、人事室會辦預期成效：提升行政效率。") == {"owner": "總務課、人事室會辦", "benefit": "提升行政效率。"}
    assert note_fields("主辦單位：秘書室、資訊室預期效益：縮短等候") == {"owner": "秘書室、資訊室", "benefit": "縮短等候"}


def test_a_label_pair_with_a_solidus_and_a_bracketed_qualifier_is_one_label():
    from ingest.fields import field_line

    assert field_line("主管/承辦單位(科室)：總務課") == {"owner": "總務課"}


# --- after the sixteenth wording: classes of forms, each tested with members the wording does not use

@pytest.mark.parametrize(("name", "role"), [
    ("措施期程", "deadline"), ("面向措施", "measure"),  # two names as long, the last one heads the compound
    ("申請截止", "deadline"), ("受理截至", "deadline"), ("契約到期", "deadline"),  # a deadline by its close
    ("承辦同仁", "owner"), ("業務承辦人", "owner"), ("業管", "owner"),  # staff nouns and the short 業管
    ("社會影響", "benefit"), ("預定達成值", "benefit"), ("績效達成度", "benefit"),  # impact and attainment
    ("辦理次序", "actions"), ("流程環節", "actions"),  # the order and links of a procedure
])
def test_header_classes_after_the_sixteenth_wording(name, role):
    assert header_role(name) == role


@pytest.mark.parametrize("line", ["丁）辦理說明會", "寅)受理申請", "«三» 公告周知", "《貳》加強宣導"])
def test_a_stem_closed_by_a_bracket_and_a_numeral_in_title_marks_are_item_markers(line):
    marker = parse_marker(line)
    assert marker is not None and marker.level == 5


def test_a_capital_v_typed_as_a_check_mark_is_a_bullet():
    assert parse_marker("V\t受理申請").level == 6
    assert parse_marker("Ｖ　公告周知").level == 6
    assert parse_marker("V 級") is None
    assert parse_marker("《12》月刊") is None  # (digits in title marks may name an issue)


@pytest.mark.parametrize("owner", [
    "秘書室幹事", "作戰參謀", "土木技士、水利技正", "業務副理", "申辦專櫃", "收件櫃臺",  # posts and counters
    "甲課受理，乙課審查", "乙課初審、丙課複核", "甲課承辦、乙室管考", "甲科指導、乙所執行",  # stages of the work
    "甲課辦理，乙課複核", "資訊科、研考科跨科合作",
    "總務課（地點：本所2樓）", "戶政課（通訊地址：中正路1號）", "服務台（臨櫃：2號窗口）",  # where to find it
    "諮詢專櫃（請先電話預約）", "社工科（可視訊會談）",  # how to reach it
])
def test_owner_classes_after_the_sixteenth_wording(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("deadline", [
    "售完為止", "至名額額滿為止", "跨季辦理",  # until a quota runs out, across a span
    "110年3月5日開標", "110年3月5日前結算", "110年3月5日前登錄系統",  # procurement, accounts, a system
    "110年3月5日基準", "110年3月5日辦理座談會", "110年3月擇日辦理", "110年3月起分梯辦理",
    "三、四月份申報期間", "1、2期作業期間",  # an event named with its numbered parts
])
def test_deadline_classes_after_the_sixteenth_wording(deadline):
    assert is_deadline(deadline)


@pytest.mark.parametrize(("text", "fields"), [
    ("設置服務台。| 社會課 | 每月 |", {"owner": "社會課", "deadline": "每月"}),  # a note framed by bars
    ("設置服務台。¦每季¦甲組、乙組¦", {"owner": "甲組、乙組", "deadline": "每季"}),
    ("設置服務台。（每年6月底前由總務股完竣）", {"owner": "總務股", "deadline": "每年6月底"}),  # the time, then its agent
    ("設置服務台。＊執行期程到每年12月，另由人事室管考。", {"owner": "人事室", "deadline": "每年12月"}),  # label 到 time; 另由
    ("設置服務台。※期限迄年底，並由甲科指導，乙所執行控管。", {"owner": "甲科指導，乙所執行", "deadline": "年底"}),  # across a comma
    ("設置服務台。｜甲科審查，乙所執行｜每季｜", {"owner": "甲科審查，乙所執行", "deadline": "每季"}),  # a unit's stage
])
def test_note_classes_after_the_sixteenth_wording(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)


def test_two_clauses_are_no_time_and_agent():
    from ingest.fields import time_and_agent

    assert time_and_agent("每季辦理，由各課室主辦") == {}
    assert time_and_agent("每月底前由總務股辦竣") == {"deadline": "每月底", "owner": "總務股"}


def test_a_label_glued_to_the_value_before_it_whatever_the_run_names():
    from ingest.fields import note_fields

    assert note_fields("主辦：總務課截止：每季") == {"owner": "總務課", "deadline": "每季"}
    assert note_fields("負責：各課室及所屬各站承辦人期限：每月") == {"owner": "各課室及所屬各站承辦人", "deadline": "每月"}
    assert note_fields("完成期限：長期辦理承辦單位：審查課") == {"deadline": "長期辦理", "owner": "審查課"}


@pytest.mark.parametrize("line", ["頁面 3/7", "第 3 頁（合計 9 頁）", "5／共8頁", "（第4頁，接次頁）", "第2頁 下頁續",
                                  "截取日期：2024年3月5日", "存取時間 113/5/1 09時10分", "[2024.03.05 下載]"])
def test_print_furniture_after_the_sixteenth_wording(line):
    assert is_print_furniture(line)


def test_a_note_framed_by_bars_after_a_sentence_is_prose_not_a_box_table():
    from ingest.blocks import PhysicalTable
    from ingest.readers.text import read_text

    # (after the sentence on its line, wrapped onto the next; on a line of its own after a sentence)
    text = "\n".join(["壹、實施項目", "一、設置服務台，提供諮詢。｜社會課｜每", "　月｜", "二、加強宣導。", "｜民政課｜每季｜"])
    assert not [b for b in read_text("x.txt", text).blocks if isinstance(b, PhysicalTable)]
    box = "\n".join(["┌──┬──┐", "│甲│乙│", "└──┴──┘"])
    assert [b for b in read_text("y.txt", box).blocks if isinstance(b, PhysicalTable)]


def test_a_head_line_ending_in_a_colon_is_no_title():
    from ingest.blocks import Heading
    from ingest.metadata import plan_title

    doc = Document("x.txt", [Paragraph("部分修正"), Paragraph("計畫內容："), Heading(1, "壹、依據")])
    assert plan_title(doc) == ""


@pytest.mark.parametrize(("title", "service"), [
    ("某市政府衛生局醫事人員執業登記審查原則", "醫事人員執業登記"),  # principles an office handles a matter by
    ("某區公所低收入戶申請作業說明", "低收入戶申請"),  # a note on carrying it out, its verb its own
])
def test_principles_and_notes_of_implementation_are_kinds_of_document(title, service):
    assert office_from_title(title) and service_of_title(title) == service


@pytest.mark.parametrize("line", ["三、四月份申報期間", "二、三級主管", "五、六、七年級"])
def test_numerals_listed_in_a_word_are_no_item_marker(line):
    assert parse_marker(line) is None
    assert parse_marker("三、辦理期程").level == 2


def test_a_provision_naming_who_settles_doubts_is_no_measure():
    assert non_measure_item("本要點如有疑義，由人事室負責解釋。") == "provision"
    assert non_measure_item("三、本須知適用上之爭議，由業務單位認定。") == "provision"


def test_work_across_sections_is_no_unit_and_a_project_is_part_of_the_kind():
    from ingest.fields import value_role

    assert not is_owner("甲組跨組") and is_owner("甲課、乙課跨課合作")
    assert unlabelled_fields("甲課、乙課跨課辦理／每月") == {"owner": "甲課、乙課跨課辦理", "deadline": "每月"}
    assert value_role("乙股跨股辦理") == "owner"
    assert service_of_title("某區公所113年度低收入戶訪視專案計畫") == "低收入戶訪視"


def test_a_line_that_is_only_a_note_framed_by_bars_states_fields():
    from ingest.fields import field_line

    assert field_line("¦ 民政課 ¦ 每半年 ¦") == {"owner": "民政課", "deadline": "每半年"}
    assert field_line("| 時程：每月 | 主辦：總務股 |") == {"deadline": "每月", "owner": "總務股"}
    assert field_line("｜服務台｜櫃檯｜") is None


def test_units_leading_and_assisting_and_the_end_of_the_dates_period():
    assert is_owner("資訊科領銜，秘書室協力") and is_owner("總務課（領銜）、人事室（協力）")
    assert is_deadline("110年3月2日至當季末") and is_deadline("本年度底") and is_deadline("110年3月2日17時前")
    assert inline_fields("設置服務台。本項由甲科領銜，乙科協力辦理，預計每月完成。") == (
        "設置服務台。", {"owner": "甲科領銜，乙科協力", "deadline": "每月"})


@pytest.mark.parametrize("text", ["本要點經首長核准後施行。", "本須知奉核可後實施。", "本計畫如有修訂，亦同。"])
def test_a_provision_of_approval_and_amendment_in_other_words_is_no_measure(text):
    assert non_measure_item(text) == "provision"


# --- after the seventeenth wording: classes of forms, each tested with members the wording does not use

@pytest.mark.parametrize("text, fields", [
    # a label ended by an equals sign, as by a colon (half- or fullwidth), in brackets or after the sentence
    ("設置服務台。（承辦單位=總務課，完成期限=每季）", {"owner": "總務課", "deadline": "每季"}),
    ("設置服務台。執行單位＝資訊股；辦理期程＝115年6月", {"owner": "資訊股", "deadline": "115年6月"}),
    # the agent charged by a verb of assigning, then the time (`指派X於Y執行完成`, `交由X在Y前辦理`)
    ("設置服務台。指派總務課於每年6月執行完成。", {"owner": "總務課", "deadline": "每年6月"}),
    ("設置服務台。交由資訊股在115年3月底前辦理。", {"owner": "資訊股", "deadline": "115年3月底"}),
    # a note with no labels after a dash: a unit, the time in brackets after it (or the other way round, or bare)
    ("設置服務台。—人事室、會計室（115年6月30日）", {"owner": "人事室、會計室", "deadline": "115年6月30日"}),
    ("設置服務台 － 每半年（秘書課）", {"deadline": "每半年", "owner": "秘書課"}),
    ("設置服務台。－總務股／每月", {"owner": "總務股", "deadline": "每月"}),
    # an agent clause in a note beside a time that ends in 前 itself: the second 前 is the frame's
    ("設置服務台。（資訊股執行；颱風季前前）", {"owner": "資訊股", "deadline": "颱風季前"}),
    # units taking turns, a head deciding, compiling and supplying, a support only when needed, first and second
    ("設置服務台。（甲課、乙課輪流辦理／每季）", {"owner": "甲課、乙課輪流", "deadline": "每季"}),
])
def test_note_classes_after_the_seventeenth_wording(text, fields):
    assert inline_fields(text) == ("設置服務台。" if "。" in text else "設置服務台", fields)


@pytest.mark.parametrize("owner", ["甲組、乙組輪班", "總務課召集，各課輪流承辦", "資訊股審核，課長核判", "研考科彙整，各科提供資料",
                                   "人事室負責，必要時由政風室支援", "甲課（正）、乙課（副）", "夜間舍監", "體育教練",
                                   "資訊股（客服語音請按5）", "服務台（現場抽號碼牌）", "社會課（下載「市民通」App）", "戶籍課（請洽各區辦公室）",
                                   "報名組（線上報名）"])
def test_owner_classes_after_the_seventeenth_wording(owner):
    assert is_owner(owner)
    assert not is_owner("現場抽號碼牌")


@pytest.mark.parametrize("name, role", [("預期助益", "benefit"), ("效益概述", "benefit"), ("成果描述", "benefit"),
                                        ("負責組別", "owner"), ("執行課別", "owner"), ("作法概述", "actions"),
                                        ("服務領域", "section"), ("品質維度", "section"), ("推動層次", "section")])
def test_header_classes_after_the_seventeenth_wording(name, role):
    assert header_role(name) == role


@pytest.mark.parametrize("text, items", [
    ("措施一：設置服務台。 措施二：簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("策略1、設置服務台。 策略2、簡化流程。 策略3、公布成果。", ["設置服務台。", "簡化流程。", "公布成果。"]),
    ("其一：設置服務台。 其二：簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("1:設置服務台。 2:簡化流程。", ["設置服務台。", "簡化流程。"]),
])
def test_item_markers_after_the_seventeenth_wording(text, items):
    assert split_items(text) == ("", items)
    assert parse_marker("時間8:30辦理") is None and parse_marker("比例1：3") is None


@pytest.mark.parametrize("line", ["共4頁之第1頁", "總5頁之第2頁", "第1面/共2面", "第3面", "頁5（共9）", "存檔時間：1130502", "轉存日期：2024-05-02",
                                  "1130502 下載", "20240502 擷取", "※請以本府公報為依據", "（本文轉載自某部網站，請以該部公告為依歸）"])
def test_print_furniture_after_the_seventeenth_wording(line):
    assert is_print_furniture(line)
    assert not is_print_furniture("頁面設計") and not is_print_furniture("第3面向")


@pytest.mark.parametrize("line", ["╳ 不得代收", "━ 設置服務台", "X 不得代收", "O\u3000設置服務台"])
def test_bullet_classes_after_the_seventeenth_wording(line):
    assert parse_marker(line).level == 6
    assert parse_marker("O 型") is None and parse_marker("3 × 4") is None and parse_marker("─────") is None


@pytest.mark.parametrize("title, service", [("臺北市大安區戶政事務所戶籍登記問與答", "戶籍登記"), ("臺北市大安區戶政事務所97年度戶籍登記簡章", "戶籍登記"),
                                            ("臺北市大安區戶政事務所跨域申辦承諾事項", "跨域申辦"),
                                            ("臺北市大安區戶政事務所戶籍登記申請須知", "戶籍登記")])
def test_documents_told_to_the_public_name_the_service_whole(title, service):
    assert service_of_title(title) == service


@pytest.mark.parametrize("deadline", ["115年3月起每月抽查", "115年12月期末考評", "115年6月30日前申請", "115年1月5日截止收件", "115年5月1日開幕當天",
                                      "115年2月起受理至額滿為止", "115年6月前提報成果"])
def test_deadline_classes_after_the_seventeenth_wording(deadline):
    assert is_deadline(deadline)
    assert not is_deadline("95年6月至12月經常辦理") and not is_deadline("受理申請")
    assert header_role("申請到期日") == "deadline"


@pytest.mark.parametrize("deadline", ["第一階段115年3月，第二階段115年9月", "期中（6月）、期末（12月）", "6月底前完成第1次、11月底前完成第2次",
                                      "115年3月1日隨稅單寄送", "115年國曆1月1日", "115年陰曆8月15日", "6月1日前後各1週"])
def test_milestones_calendars_and_windows_are_deadlines(deadline):
    assert is_deadline(deadline)
    assert not is_deadline("甲課、乙課") and not is_deadline("98年8月底前隨時辦理")


@pytest.mark.parametrize("owner", ["各服務據點", "所屬館舍", "戶籍資料收件區", "長者照護區", "木工工坊", "甲課審核後移送乙室", "甲組受理後轉交乙股",
                                   "新聞諮詢窗口"])
def test_places_of_service_and_referrals_are_units(owner):
    assert is_owner(owner)
    assert not is_owner("行政區") and not is_owner("轄區")


def test_a_bulleted_line_of_only_a_unit_and_its_time_closes_the_item():
    from ingest.fields import bare_note

    assert bare_note("人事室、會計室（115年6月30日）") == {"owner": "人事室、會計室", "deadline": "115年6月30日"}
    assert bare_note("設置服務台，簡化流程。") == {}


@pytest.mark.parametrize("line", ["內政部地政法規查詢", "國防部法規資訊網", "某市政府環保法令檢索"])
def test_a_law_database_named_by_its_subject_or_as_a_site_is_furniture(line):
    assert is_print_furniture(line)
    assert not is_print_furniture("強化地政法規查詢") and not is_print_furniture("加強法規查詢")


@pytest.mark.parametrize("name", ["工作重心", "推動方向", "服務焦點"])
def test_the_direction_or_focus_of_a_group_of_work_names_the_measure_column(name):
    assert header_role(name) == "measure"


def test_a_short_name_is_no_next_line_of_a_benefit():
    from ingest.readers.cell_lines import continue_fit

    assert continue_fit("benefit", "社區關懷據點訪視") == WRONG
    assert continue_fit("benefit", "並提升民眾滿意度。") == UNLIKELY


@pytest.mark.parametrize("text", ["本要點所需經費，由本所相關預算項下勻支。", "三、本計畫經費由各單位編列預算支應。"])
def test_a_provision_of_funding_is_no_measure(text):
    assert non_measure_item(text) == "provision"
    assert non_measure_item("爭取經費補助辦理講習。") is None


def test_a_chapter_explaining_the_chart_of_a_procedure_holds_the_content():
    from ingest.narrative import is_front_matter

    assert not is_front_matter("作業程序圖解說明") and not is_front_matter("辦理流程表說明")
    assert is_front_matter("計畫說明")


def test_a_deadline_of_its_own_after_a_closing_verb_is_a_second_deadline():
    assert not is_deadline("115年3月起分批辦理至額滿為止") and not is_deadline("115年3月起持續執行至額滿為止")
    assert is_deadline("115年3月起受理至額滿為止") and is_deadline("每月辦理1次") and is_deadline("115年3月起分批辦理")


@pytest.mark.parametrize("text, fields", [
    # the agent of a verb of assigning may be a run of units parted by a comma
    ("設置服務台。指派甲課彙整，各課提供資料於115年6月底前完成。", {"owner": "甲課彙整，各課提供資料", "deadline": "115年6月底"}),
    # a time with its own 前 and an aside after it, then the frame's 前
    ("設置服務台。（甲課辦理；6月底前（郵戳為憑）前）", {"owner": "甲課", "deadline": "6月底前（郵戳為憑）"}),
    ("設置服務台。交由乙室於6月30日前（以郵戳為準）前辦理完竣。", {"owner": "乙室", "deadline": "6月30日前（以郵戳為準）"}),
    # a bracketed aside of the day itself is the time's, not a frame's 前
    ("設置服務台。（甲課辦理；6月底（含）前）", {"owner": "甲課", "deadline": "6月底（含）前"}),
])
def test_frames_of_assigning_and_doubled_bounds_after_the_seventeenth_wording(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)


def test_a_name_with_a_frequency_word_inside_may_fill_a_measure_cell():
    assert fit("measure", "社區定期健康講座") > WRONG and fit("measure", "每月檢討") == WRONG


def test_a_line_a_wrap_cut_inside_a_bracket_is_no_furniture_and_a_long_framed_time_is_read():
    assert not is_print_furniture("完成期限：6月底前（以郵戳為準") and is_print_furniture("※本資料以公告為準")
    assert inline_fields("設置服務台。交由乙室於6月底前完成第1次、12月底前完成第2次前辦理完竣。") == (
        "設置服務台。", {"owner": "乙室", "deadline": "6月底前完成第1次、12月底前完成第2次"})


# --- after the eighteenth wording: classes of forms, each tested with members the wording does not use

@pytest.mark.parametrize("name, role", [
    # a table or list of a field, or the state it is in, after the word that names it
    ("進度表", "deadline"), ("期程一覽表", "deadline"), ("分工清單", "owner"), ("成效情況", "benefit"),
    # who gains (受益, 獲益, 效用), a word of describing in short after a way of doing (概要)
    ("預期獲益", "benefit"), ("服務效用", "benefit"), ("作法概要", "actions"),
    # the points a process passes; a division of the plan
    ("作業節點", "actions"), ("年度子題", "section"),
    # a plan or arrangement of the work told by a qualifier that names no field; a field's plan stays the field's
    ("細部安排", "actions"), ("執行構想", "actions"), ("時程規劃", "deadline"),
    # a word of closing or time, then the day of an act
    ("截止報名日", "deadline"), ("到期換證日", "deadline"),
])
def test_header_classes_after_the_eighteenth_wording(name, role):
    assert header_role(name) == role


@pytest.mark.parametrize("kind", ["施政藍圖", "服務綠皮書", "年度施政綱領"])
def test_papers_of_policy_and_guiding_lines_are_kinds_of_document(kind):
    from ingest.metadata import extract_metadata

    meta = extract_metadata(Document("x.txt", [Paragraph(f"臺中市北屯區戶政事務所115年度{kind}")]))
    assert (meta.office, meta.year_roc) == ("臺中市北屯區戶政事務所", 115)


@pytest.mark.parametrize("text, fields", [
    # a note of clauses, an agent's and a label's, after the sentence or in brackets
    ("設置服務台。（由總務課主辦，期程：每半年）", {"owner": "總務課", "deadline": "每半年"}),
    ("設置服務台。（由資訊股負責，完成日期：115年6月）", {"owner": "資訊股", "deadline": "115年6月"}),
    # a label cut to the one character that says the field, in brackets
    ("設置服務台。〔辦〕總務課〔限〕115年6月底", {"owner": "總務課", "deadline": "115年6月底"}),
    ("設置服務台。［主］資訊股［時］每季", {"owner": "資訊股", "deadline": "每季"}),
    # a time planned to be reached (達成), then its agent
    ("設置服務台。預計每季達成，資訊股負責。", {"deadline": "每季", "owner": "資訊股"}),
    # a label naming a table of the field (進度表)
    ("設置服務台。承辦：總務課／進度表：每季", {"owner": "總務課", "deadline": "每季"}),
])
def test_note_classes_after_the_eighteenth_wording(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)


@pytest.mark.parametrize("owner", [
    # officers titled by a duty, bodies that meet, booths, nurseries, vaults, a corner of a hall for a service
    "稽查官", "教官", "主管會議", "品管圈", "售票亭", "示範苗圃", "典藏庫", "申辦專區",
    # a head directing, watching, signing and issuing, screening and sending up, split by area, assigning a case,
    # shifts and rosters, staff sent in turn
    "隊長指揮，各分隊執行", "總務課辦理，會計室監督", "課長用印，承辦員核發", "服務台初篩，特殊案件報請本部",
    "甲隊與乙隊依路段分工", "社工組分案，社工員結案", "值班員早晚班輪替", "檢查員按週排班駐站", "各分局按季調派員警",
    # a unit's contact: registering, drawing lots, proving who one is, a bot, what to bring, a limit per person
    "服務台（需攜帶身分證）", "報名組（名額有限採抽籤）", "資訊股（須以工商憑證登入）", "客服組（線上客服機器人）",
    "閱覽室（現場登記，每人限借2冊）",
])
def test_owner_classes_after_the_eighteenth_wording(owner):
    assert is_owner(owner)
    assert not is_owner("器官") and not is_owner("設置政府資訊公開專區")


@pytest.mark.parametrize("text, items", [
    # an ordinal in words after 第 and a comma or an enumeration comma
    ("第一、設置服務台。 第二、簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("第一,設置服務台。 第二,簡化流程。 第三,公布成果。", ["設置服務台。", "簡化流程。", "公布成果。"]),
])
def test_item_markers_after_the_eighteenth_wording(text, items):
    assert split_items(text) == ("", items)
    assert parse_marker("第二、三季辦理") is None and parse_marker("第一、2次") is None


@pytest.mark.parametrize("line", ["∇ 不得代收", "Λ 設置服務台", "囗 設置服務台", "Ο\u3000設置服務台"])
def test_bullet_classes_after_the_eighteenth_wording(line):
    assert parse_marker(line).level == 6
    assert parse_marker("口罩發放") is None and parse_marker("Λ 型") is None


@pytest.mark.parametrize("line", ["全份共8頁，本頁為第3頁", "此頁係第4頁，總計9頁", "頁序 3/8", "出表日期：2024/05/02", "檔案產出時間：113.05.02",
                                  "印出日 1130502", "本頁為網頁版本，不具法律效力", "條文內容以行政院公報及各機關發布者為準，本站不負責"])
def test_print_furniture_after_the_eighteenth_wording(line):
    assert is_print_furniture(line)
    assert not is_print_furniture("本案為第2頁") and not is_print_furniture("為第一階段辦理") and not is_print_furniture("本計畫不作為考核依據")


@pytest.mark.parametrize("text, fields", [
    # a field's clause, then an agent whose units name their parts in clauses of their own (or the other way round)
    ("設置服務台。預計每季完成，甲組初審，特殊個案報請本部負責。", {"deadline": "每季", "owner": "甲組初審，特殊個案報請本部"}),
    ("設置服務台。預定115年6月底前完成，資訊股指揮，各分隊執行。", {"deadline": "115年6月底前", "owner": "資訊股指揮，各分隊"}),
    # the areas of a hall, each by its work, as the agent
    ("設置服務台。預計每月達成，收件、審查及發證各區負責。", {"deadline": "每月", "owner": "收件、審查及發證各區"}),
])
def test_a_field_then_an_agent_of_clauses_after_the_eighteenth_wording(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)


def test_a_bracketed_label_cut_from_its_value_by_a_wrap_runs_on():
    lines = [SourceLine("1. 設置服務台，每月辦理1次。〔辦〕總務課〔限〕", 1, 0), SourceLine("115年6月底", 2, 0)]
    joined = join_wrapped_lines(lines)
    assert len(joined) == 1 and inline_fields(joined[0].text)[1] == {"owner": "總務課", "deadline": "115年6月底"}
    # (the series may begin on a line before: `…〔辦〕總務課` / `、資訊股〔限〕` / `115年6月底`)
    lines = [SourceLine("1. 設置服務台，每月辦理1次。〔辦〕總務課", 1, 0), SourceLine("、資訊股〔限〕", 2, 0), SourceLine("115年6月底", 3, 0)]
    joined = join_wrapped_lines(lines)
    assert len(joined) == 1 and inline_fields(joined[0].text)[1] == {"owner": "總務課、資訊股", "deadline": "115年6月底"}
    # (a time in brackets closing an item is no label: the group title on the next line stands alone)
    lines = [SourceLine("─ 設置服務台，每月辦理1次。－總務課（端午連假期間）", 1, 0), SourceLine("文件證明驗證，以提升服務效率：", 2, 0)]
    assert len(join_wrapped_lines(lines)) == 2


@pytest.mark.parametrize("deadline", ["申請案件累計達100件後", "報名人數滿30人時", "經費支用超過8成時", "會員突破500戶當月"])
def test_a_time_told_by_a_threshold_reached_is_a_deadline(deadline):
    assert is_deadline(deadline)
    assert not is_deadline("滿意度達90%以上") and not is_deadline("處理時效縮短10%")


@pytest.mark.parametrize("line", ["公發布日=民國115年2月3日", "公發布日 ＝ 115年2月3日"])
def test_a_law_label_ended_by_an_equals_sign(line):
    doc = Document("x.txt", [Paragraph("法規名稱＝臺中市北屯區戶政事務所115年度便民服務計畫"), Paragraph(line)])
    values = labelled_values(doc)
    assert values["title"] == "臺中市北屯區戶政事務所115年度便民服務計畫" and "115年2月3日" in values["date"]


@pytest.mark.parametrize("deadline", ["115年3月1日起算14日內", "115年3月1日起連續5天", "115年3月1日期滿", "115年3月1日前線上公告",
                                      "115年3月1日第2梯報名", "115年3月1日（第3次會議）", "115年7月起分2梯次", "115年暑假期間"])
def test_a_span_from_a_date_or_its_act_is_a_deadline(deadline):
    assert is_deadline(deadline)
    assert not is_deadline("推動服務品質提升") and not is_deadline("115年起推動服務品質提升及流程簡化")


@pytest.mark.parametrize("title, service", [("臺中市北屯區戶政事務所戶籍謄本核發FAQ", "戶籍謄本核發"),
                                            ("臺中市北屯區戶政事務所戶籍謄本核發宣導單", "戶籍謄本核發"),
                                            # a place-kind character ending a common word is no office's end (現場, 會場, 網站)
                                            ("臺中市北屯區戶政事務所會場借用懶人包", "會場借用"),
                                            ("臺中市北屯區戶政事務所網站資料查詢Q&A", "網站資料查詢")])
def test_short_guides_for_the_public_are_kinds_of_document(title, service):
    assert office_from_title(title) == "臺中市北屯區戶政事務所"
    assert service_of_title(title) == service


@pytest.mark.parametrize("text", ["十、本要點如與中央法令牴觸者，從其規定。", "本方案規定與上級規定不符時，以上級規定為準。",
                                  "本計畫辦理成效納入年度獎懲評比。", "本計畫推動結果作為同仁考核之參考。"])
def test_a_provision_yielding_to_a_higher_rule_or_counting_in_appraisals_is_no_measure(text):
    assert non_measure_item(text) == "provision"
    assert non_measure_item("1.每季檢視服務，並納入年度考核。") is None


@pytest.mark.parametrize("text, fields", [
    # labels of names the readers do not know: each value told by what it is, one a unit, the other a time
    ("設置服務台。（負責者：總務課，完成於：每季）", {"owner": "總務課", "deadline": "每季"}),
    ("設置服務台。執掌者：資訊股／完成點：每半年", {"owner": "資訊股", "deadline": "每半年"}),
    ("設置服務台。〈誰〉總務課〈何時〉115年6月底前", {"owner": "總務課", "deadline": "115年6月底前"}),
])
def test_labels_of_unknown_names_take_the_kind_of_their_values(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)
    # (a contact's name and number are no unit and time)
    assert inline_fields("設置服務台。（窗口：陳小姐，電話：1234567）")[1] == {}


@pytest.mark.parametrize("text, fields", [
    # verbs of finishing the work of any kind close a time (辦妥, 竣事, 告竣, 完工, 就緒)
    ("設置服務台。預計每季辦妥，資訊股負責。", {"deadline": "每季", "owner": "資訊股"}),
    ("設置服務台。由總務股於每季前竣事。", {"owner": "總務股", "deadline": "每季"}),
    ("設置服務台。指派工務課於115年6月底前完工。", {"owner": "工務課", "deadline": "115年6月底"}),
])
def test_verbs_of_finishing_after_the_eighteenth_wording(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)


@pytest.mark.parametrize("text, fields", [
    # the value first, then 為 and its label; a label the value belongs to (歸屬); a bare 於 and the time before a verb of finishing
    ("設置服務台。總務課為主辦單位，於每季完成。", {"owner": "總務課", "deadline": "每季"}),
    ("設置服務台。資訊股擔任承辦單位，並於6月底前辦妥。", {"owner": "資訊股", "deadline": "6月底前"}),
    ("設置服務台。權責歸屬總務課，期限訂為每季。", {"owner": "總務課", "deadline": "每季"}),
])
def test_a_value_before_its_label_and_a_bare_time_of_finishing(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)
    assert inline_fields("設置服務台。本計畫為民服務重點。")[1] == {}


@pytest.mark.parametrize("text, number", [
    # the Greek alphabet as a series of ordinals, either case, with a stop or in brackets (no wording uses these members)
    ("γ．設置服務台", 3), ("（ε）設置服務台", 5), ("Β、設置服務台", 2),
    # a CJK numeral before a colon of any shape (`三：`, `四﹕`, `五∶`)
    ("三：設置服務台", 3), ("四﹕設置服務台", 4), ("五∶設置服務台", 5),
    # an outline number under a lettered part (`B.2`, `C－3`, `d-4`)
    ("B.2 設置服務台", 2), ("C－3設置服務台", 3), ("d-4 設置服務台", 4),
])
def test_markers_after_the_nineteenth_wording(text, number):
    marker = parse_marker(text)
    assert marker is not None and marker_number(marker) == number and marker.rest == "設置服務台"


def test_markers_after_the_nineteenth_wording_split_packed_items_and_leave_grades():
    assert split_items("γ．設置服務台。 δ．簡化流程。")[1] == []  # (a run must start at its first member)
    assert split_items("α．設置服務台。 β．簡化流程。")[1] == ["設置服務台。", "簡化流程。"]
    assert split_items("一﹕設置服務台。 二﹕簡化流程。")[1] == ["設置服務台。", "簡化流程。"]
    assert split_items("C-1設置服務台。 C-2簡化流程。")[1] == ["設置服務台。", "簡化流程。"]
    assert parse_marker("B-2級防護") is None and parse_marker("1-3月辦理") is None


@pytest.mark.parametrize("line", ["3頁/共8頁", "～第4頁～", "＝第2頁＝", "本頁下載：115.3.1", "本件輸出｜115/03/01",
                                  "匯出時間｜115/03/01 09:12", "列印日期 | 2026-03-01"])
def test_print_furniture_after_the_nineteenth_wording(line):
    # this page's number keeping its 頁 before the total, a page number with 第…頁 flanked by marks, the bare act after
    # what was put out, a vertical line ending a timestamp's label as a colon does
    assert is_print_furniture(line)
    assert not is_print_furniture("列印完成後送交總務課") and not is_print_furniture("本頁下載專區說明")


@pytest.mark.parametrize("deadline", [
    "截至115年8月31日止",  # the limit up to a date
    "115年9月起至寒假結束前", "115年3月1日起，為期10天", "115年3月1日起，按季滾動檢討",  # a span to an event; a duration; a rolled review
    "115年5月及翌年同月各辦理1次",  # the same month of the next year
    "警戒層級提升為二級後", "視申請件數分批辦理", "視天候狀況而定",  # a state turning; as a count or need warrants
    "115年3月1日前簽報局長核定", "115年3月1日前函送各區公所", "115年3月1日起逐步全面推行",  # the act by a date in a short phrase
    "寒、暑假營隊期間",  # an event with its parts listed
])
def test_deadlines_after_the_nineteenth_wording(deadline):
    assert is_deadline(deadline)
    assert not is_deadline("115年3月起推動服務品質提升") and not is_deadline("滿意度達90%以上")


@pytest.mark.parametrize("owner", [
    "維護承商", "電腦機房", "全體職工", "業務聯絡人", "工務段段長", "交通資訊服務站", "規費收受窗口", "品質改善圈",
    "客服員依班表排班", "巡查員二班制輪值", "值勤員每日輪值夜間巡查", "檢驗科採檢，檢驗室化驗", "甲課會同乙課辦理",
    "社工員評估後，轉介相關單位續處", "服務科主責，環保、消防單位協處", "值班員（可透過市民專線反映）", "社工員（提供英語及日語服務）",
])
def test_owners_after_the_nineteenth_wording(owner):
    assert is_owner(owner)
    assert not is_owner("配合推動輪流服務") and not is_owner("提供英語服務")


@pytest.mark.parametrize("text, fields", [
    # a request to a unit (請…彙整/填報/提報…), its time in a note after it
    ("設置服務台。請總務課填報執行成果（期程：115年6月底前）。", {"owner": "總務課", "deadline": "115年6月底前"}),
    ("設置服務台。煩請資訊股提報辦理進度（每季）。", {"owner": "資訊股", "deadline": "每季"}),
    # a label glued to its value with no colon (期程…, 時限…, 承辦單位…)
    ("設置服務台。（總務課負責，時限每季）", {"owner": "總務課", "deadline": "每季"}),
    ("設置服務台。（承辦單位資訊股／115年6月底前）", {"owner": "資訊股", "deadline": "115年6月底前"}),
])
def test_notes_after_the_nineteenth_wording(text, fields):
    assert inline_fields(text) == ("設置服務台。", fields)
    assert inline_fields("設置服務台。請民眾多加利用（洽詢：總機）。")[1] == {}


@pytest.mark.parametrize("line", ["發布日期—民國115年2月3日", "發布日期 – 115年2月3日"])
def test_a_law_label_set_off_by_a_dash(line):
    doc = Document("x.txt", [Paragraph("規章名稱―臺中市北屯區戶政事務所115年度便民服務計畫"), Paragraph(line)])
    values = labelled_values(doc)
    assert values["title"] == "臺中市北屯區戶政事務所115年度便民服務計畫" and "115年2月3日" in values["date"]


def test_a_law_label_between_bars_is_no_table_row():
    from ingest.readers.text import _label_between_bars

    assert _label_between_bars("|發布日期| 115年2月3日") and _label_between_bars("│條　　文│")
    assert not _label_between_bars("｜到府服務｜每月｜") and not _label_between_bars("｜一、看得見的服務｜")


def test_a_unit_whose_aside_a_line_break_cut_fills_one_owner_cell():
    from ingest.readers.cell_lines import FITS, continue_fit

    assert fit("owner", "社工員（提供英語") == FITS and continue_fit("owner", "及日語服務）") == FITS
    assert fit("owner", "加強宣導（提供英語") != FITS and continue_fit("owner", "提供英語服務") != FITS


def test_a_label_between_bars_is_no_title_line():
    doc = Document("x.txt", [Paragraph("法規名稱：臺中市北屯區戶政事務所115年度便民服務計畫"), Paragraph("｜主管機關｜臺中市政府民政局"),
                             Paragraph("類別：行政規則")])
    assert office_from_title(labelled_values(doc)["title"]) == "臺中市北屯區戶政事務所"
    from ingest.metadata import extract_metadata

    assert extract_metadata(doc).office == "臺中市北屯區戶政事務所"


@pytest.mark.parametrize("title, service", [("臺中市北屯區戶政事務所戶籍謄本核發申辦手冊", "戶籍謄本核發"),
                                            ("臺中市北屯區戶政事務所戶籍謄本核發服務簡介", "戶籍謄本核發"),
                                            ("臺中市北屯區戶政事務所戶籍謄本核發圖解說明", "戶籍謄本核發")])
def test_handbooks_briefs_and_guides_by_format_are_kinds_of_document(title, service):
    assert office_from_title(title) == "臺中市北屯區戶政事務所" and service_of_title(title) == service
    assert office_from_title("臺中市北屯區戶政事務所旅遊摺頁索取") == ""


@pytest.mark.parametrize("text", ["八、各項工作之辦理情形，應每月陳報研考單位。", "本計畫執行成果須於年底前提報管考系統。"])
def test_reporting_the_measures_progress_is_a_provision(text):
    assert non_measure_item(text) == "provision"
    assert non_measure_item("1.建立管考系統，每月填報執行情形。") is None


def test_a_word_holding_to_is_no_label_until_a_time():
    from ingest.fields import field_line

    # (到 inside a word, 報到, 到職, parts no label from its time; a known label does: 期限至6月底)
    assert field_line("（總務課統籌，期程新進人員到職當月）") == {"owner": "總務課", "deadline": "新進人員到職當月"}
    assert inline_fields("設置服務台。由總務課負責，期限至6月底。")[1] == {"owner": "總務課", "deadline": "6月底"}


def test_a_line_of_a_sentence_end_alone_runs_on():
    lines = [SourceLine("（三）設置服務台，每季辦理1次，並適時檢討改進", 1, 3), SourceLine("。", 2, 4)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["（三）設置服務台，每季辦理1次，並適時檢討改進。"]


def test_units_sharing_a_head_named_on_a_later_line_are_one_owner():
    from ingest.readers.cell_lines import Unit, _shared_heads

    units = [Unit("服務科主責，環保", 1), Unit("消防", 2), Unit("建管單位協處", 3), Unit("總務課", 4)]
    joined, at = _shared_heads(units, [0, 1, 2, 3])
    assert [u.text for u in joined] == ["服務科主責，環保、消防、建管單位協處", "總務課"] and at == [0, 3]
    alone = [Unit("每季辦理", 1), Unit("檢討", 2), Unit("總務課", 3)]
    assert [u.text for u in _shared_heads(alone, [0, 1, 2])[0]] == ["每季辦理", "檢討", "總務課"]


def test_a_run_of_units_before_a_note_keeps_its_parts():
    from ingest.fields import clause_fields

    assert clause_fields("資訊科負責，必要時由維修站支援（寒假期間）") == {"owner": "資訊科負責，必要時由維修站支援", "deadline": "寒假期間"}


@pytest.mark.parametrize(("sentence", "fields"), [
    # a unit handed the work by a verb of handing over (委由, 轉由, 改由), the verb stressed or the charge taken whole
    ("委由總務課確實辦理，期限為每季", {"owner": "總務課", "deadline": "每季"}),
    ("轉由資訊室切實執行，期程：6月底前", {"owner": "資訊室", "deadline": "6月底前"}),
    ("改由人事室全權負責，時程：每月", {"owner": "人事室", "deadline": "每月"}),
    ("由秘書室負全責，期限為年底前", {"owner": "秘書室", "deadline": "年底前"}),
    # a deadline's label glued to its time after the agent (a limit's word: 限期, 期限)
    ("由會計室負責，期限10月底前", {"owner": "會計室", "deadline": "10月底前"}),
])
def test_an_agent_handed_the_work_and_its_time(sentence, fields):
    from ingest.fields import clause_fields

    assert clause_fields(sentence) == fields


def test_a_note_of_one_label_a_unit_and_its_time_in_brackets():
    from ingest.fields import clause_fields

    assert clause_fields("經辦：總務課（每月10日前）") == {"owner": "總務課", "deadline": "每月10日前"}
    assert clause_fields("辦理：人事室（6月底前）") == {"owner": "人事室", "deadline": "6月底前"}
    assert clause_fields("經辦：總務課（承辦人王小明）") == {}  # an aside of the unit is no time
    # (a note of clauses with no colon is read by its clauses)
    assert inline_fields("設置服務台。〈委由總務課全權負責，限期6月底前〉")[1] == {"owner": "總務課", "deadline": "6月底前"}


def test_a_time_in_two_clauses_runs_on():
    from ingest.fields import clause_fields

    assert clause_fields("由總務課負責，期程至110年3月完成規劃，110年6月起全面實施") == {
        "owner": "總務課", "deadline": "110年3月完成規劃，110年6月起全面實施"}


@pytest.mark.parametrize("header", ["預定完成時間點", "辦理時刻", "完成時點"])
def test_a_point_in_time_names_a_deadline(header):
    assert header_role(header) == "deadline"


@pytest.mark.parametrize("line", ["5（全9頁）", "12［共30頁］", "PAGE：4／7", "本表產出於民國113年5月2日09:10"])
def test_page_numbers_and_print_stamps_of_other_shapes(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize(("line", "token"), [("~~ 設置服務台", "~~"), ("＞＞＞ 設置服務台", "＞＞＞"), ("◆◆ 設置服務台", "◆◆")])
def test_a_bullet_typed_twice_or_three_times_is_one_mark(line, token):
    mark = parse_marker(line)
    assert mark is not None and mark.level == 6 and mark.token == token and mark.rest == "設置服務台"


@pytest.mark.parametrize("line", ["第3頁，總共8頁", "第1頁、合計12頁", "本文由資料庫匯出，使用前應查證原件。", "本表係自系統下載，參考時請以正本為準"])
def test_page_totals_and_notes_of_an_exported_copy(line):
    assert is_print_furniture(line)


def test_a_sentence_handing_work_on_is_no_print_furniture():
    assert not is_print_furniture("本計畫由各科轉出，請依限辦理。")


@pytest.mark.parametrize(("line", "furniture"), [("某部法令資料查詢系統", True), ("某院法學資料庫", True), ("建置法學資料庫及推廣使用", False)])
def test_a_database_of_the_law_or_its_learning_is_print_furniture(line, furniture):
    assert is_print_furniture(line) is furniture


@pytest.mark.parametrize(("value", "deadline"), [("排定於5月1日開辦", True), ("定於113年3月2日揭牌", True), ("擬於10月底前上線", True),
                                                ("於服務台設置", False), ("在各區公所辦理", False)])
def test_a_time_set_for_it_is_a_deadline(value, deadline):
    assert is_deadline(value) is deadline


@pytest.mark.parametrize("line", ["URL：https://example.org/law?id=1", "Link https://example.org/a"])
def test_an_address_after_a_latin_label_is_print_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize(("cell", "items"), [
    ("任務一：設置服務台。 任務二：簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("事項1、設置服務台。 事項2、簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("作為一：設置服務台。 作為二：簡化流程。", ["設置服務台。", "簡化流程。"]),
])
def test_an_action_task_or_matter_with_its_ordinal_numbers_an_item(cell, items):
    assert split_items(cell) == ("", items)


@pytest.mark.parametrize("header", ["實施作法及分工", "推動流程和分工", "工作程序暨權責", "執行方式與分工"])
def test_a_way_of_doing_and_its_division_of_work_is_the_steps(header):
    assert header_role(header) == "actions"


@pytest.mark.parametrize("sentence", ["本項工作責由總務課主導，辦理期程：每季", "此項由總務課掌理，完成期限：每季"])
def test_a_unit_that_leads_the_work_is_its_agent(sentence):
    assert clause_fields(sentence) == {"owner": "總務課", "deadline": "每季"}


@pytest.mark.parametrize("note", ["【主辦】總務課【辦竣】每季", "〔承辦〕總務課〔達成〕每季"])
def test_a_verb_of_finishing_in_brackets_labels_the_time(note):
    assert clause_fields(note) == {"owner": "總務課", "deadline": "每季"}


@pytest.mark.parametrize("note", ["總務課、會計室，預定每季辦竣", "總務課、會計室，預計於每季完成"])
def test_a_bare_note_of_units_and_a_planned_time_takes_the_time_from_its_frame(note):
    assert unlabelled_fields(note) == {"owner": "總務課、會計室", "deadline": "每季"}


@pytest.mark.parametrize("text", ["設置服務台。－主辦：總務課；期限：每季－", "設置服務台。——負責：總務課，時間：每季——"])
def test_a_note_between_two_dashes_ends_before_the_closing_one(text):
    assert dash_note(text) == ("設置服務台。", {"owner": "總務課", "deadline": "每季"})


def test_a_dash_closing_a_note_is_no_part_of_its_last_value():
    assert note_fields("負責：總務課，期限：每季－") == {"owner": "總務課", "deadline": "每季"}


@pytest.mark.parametrize(("text", "cut"), [("設置服務台，並適時檢討改進。【負責】", True), ("設置服務台。〔辦竣〕", True),
                                           ("設置服務台【負責】", False)])
def test_a_note_s_first_label_after_its_sentence_may_end_a_line(text, cut):
    assert ends_in_bracketed_label(text) is cut


@pytest.mark.parametrize(("unit", "owner"), [("陳情回復專人", True), ("客服聯繫專人", True), ("專人", False)])
def test_one_designated_to_a_duty_is_a_unit(unit, owner):
    assert is_owner(unit) is owner


@pytest.mark.parametrize(("line", "token"), [("=> 設置服務台", "=>"), ("－＞ 設置服務台", "－＞"), ("--> 設置服務台", "-->"),
                                             ("〜 設置服務台", "〜"), ("~ 設置服務台", "~")])
def test_a_typed_arrow_or_a_lone_wave_dash_is_a_bullet(line, token):
    mark = parse_marker(line)
    assert mark is not None and mark.level == 6 and mark.token == token and mark.rest == "設置服務台"


def test_a_range_is_no_bullet():
    assert parse_marker("1～3月辦理") is None and parse_marker("~3月底") is None


@pytest.mark.parametrize("line", ["頁碼：2／總計5頁", "頁 3，共8頁", "頁序：4、全6頁"])
def test_a_page_label_then_the_total_after_a_slash_or_comma_is_print_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("value", ["自5月1日起受理申請", "從113年3月起實施", "6月30日前辦竣系統上線驗收", "最遲在6月30日前送出",
                                   "最晚於5月1日前完成報名", "到職滿6個月後", "開辦滿3年時"])
def test_a_date_the_act_starts_or_finishes_by_or_a_span_passed_is_a_deadline(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["自行車道維護", "自己辦理", "滿意度達90%", "於服務台設置"])
def test_no_date_no_deadline(value):
    assert not is_deadline(value)


@pytest.mark.parametrize("owner", ["資訊中心所有工作人員", "館員週末時段輪值", "護理師依病房兩班輪值", "櫃台人員分日夜兩班值勤",
                                   "資訊中心所有工作人員及志工"])
def test_all_staff_of_a_unit_and_shifts_by_count_or_time_slot_are_owners(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("value", ["所有民眾", "夜間時段", "所有設施"])
def test_people_served_or_a_time_slot_alone_is_no_owner(value):
    assert not is_owner(value)


@pytest.mark.parametrize("value", ["開學後第1、2週", "出院後第3及6個月", "結訓後第2週"])
def test_ordinals_of_a_span_after_an_event_are_a_deadline(value):
    assert is_deadline(value)


def test_a_note_that_is_one_time_whole_splits_into_no_unit_and_time():
    assert unlabelled_fields("開學後第1、2週") == {}
    assert inline_fields("設置服務台。經辦：總務課（出院後第3、6個月）")[1] == {"owner": "總務課", "deadline": "出院後第3、6個月"}


@pytest.mark.parametrize("header", ["服務願景", "經營理念", "核心理念", "組織價值"])
def test_the_value_vision_or_principle_measures_serve_is_a_section(header):
    assert header_role(header) == "section"


# -- classes read after the twenty-second wording (development data since its measurement) ----------------
@pytest.mark.parametrize(("cell", "items"), [
    ("項目一：設置服務台。 項目二：簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("細項1、設置服務台。 細項2、簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("工項一：設置服務台。 工項二：簡化流程。", ["設置服務台。", "簡化流程。"]),
])
def test_an_item_or_element_of_the_work_with_its_ordinal_numbers_an_item(cell, items):
    assert split_items(cell) == ("", items)


@pytest.mark.parametrize(("title", "office"), [
    ("某某戶政事務所推動卓越服務113年度實施計畫", "某某戶政事務所"),
    ("某某區公所精緻服務112年度執行方案", "某某區公所"),
    ("某某地政事務所優良服務111年度計畫", "某某地政事務所"),
])
def test_a_service_of_quality_named_by_its_worth_opens_the_plan_name(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize(("cell", "items"), [
    ("⑴、設置服務台。 ⑵、簡化流程。", ["設置服務台。", "簡化流程。"]),
    ("①．設置服務台。 ②．簡化流程。", ["設置服務台。", "簡化流程。"]),
])
def test_a_circled_or_parenthesised_number_with_a_stop_numbers_an_item(cell, items):
    assert split_items(cell) == ("", items)


@pytest.mark.parametrize("line", ["法規名稱 ┃ 某某區公所112年度服務品質計畫", "法規名稱║某某區公所112年度服務品質計畫"])
def test_a_box_drawing_vertical_line_ends_a_metadata_label(line):
    assert labelled_values(Document("x.txt", [Paragraph(line)]))["title"] == "某某區公所112年度服務品質計畫"


@pytest.mark.parametrize(("text", "fields"), [
    ("設置服務台。⇒總務股；每季", {"owner": "總務股", "deadline": "每季"}),
    ("設置服務台。➜每季（甲課）", {"deadline": "每季", "owner": "甲課"}),
])
def test_an_arrow_opens_a_bare_note_of_a_unit_and_a_time(text, fields):
    assert dash_note(text) == ("設置服務台。", fields)


@pytest.mark.parametrize("line", ["下載於：113/2/18", "匯出在 2024/1/2 10:00", "印製於 105/3/28 下午3:05"])
def test_the_act_of_printing_and_a_word_of_when_before_a_date_is_print_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize(("value", "owner"), [("分駐所巡佐", True), ("偵查隊刑警", True), ("交通組警官", True),
                                              ("甲組輪換值勤", True), ("服務台人員輪番受理", True), ("警察", False)])
def test_a_police_officer_by_branch_or_rank_and_units_taking_turns_are_owners(value, owner):
    assert is_owner(value) is owner


@pytest.mark.parametrize(("value", "owner"), [("山區檢查哨", True), ("路口崗哨", True), ("甲員週二至週六下午輪值", True),
                                              ("甲組星期一到星期三輪班", True), ("服務員上午", False)])
def test_a_guard_post_and_a_turn_by_days_of_the_week_are_owners(value, owner):
    assert is_owner(value) is owner


def test_a_bracket_after_the_second_of_two_clauses_glosses_that_clause():
    assert dash_note("設置服務台。→總務股；開學後1週（9月初）") == ("設置服務台。", {"owner": "總務股", "deadline": "開學後1週（9月初）"})


@pytest.mark.parametrize("line", ["某部法令共享平臺", "某署主管法規共享系統", "某會法規查詢平台"])
def test_a_law_system_or_platform_agencies_share_is_print_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["檔案下載：中華民國113年1月2日", "網頁輸出於 2024/1/2", "報表匯出：民國112年3月4日"])
def test_the_data_or_file_put_out_and_its_date_is_print_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("value", ["門診掛號處（請攜帶健保卡）", "新生報到處", "總務課（申辦可洽2樓）", "甲員分早晚輪班",
                                   "服務品質推動委員會召集人", "便民工作圈總幹事"])
def test_a_desk_by_its_work_an_aside_of_advice_and_a_post_in_a_task_force_are_owners(value):
    assert is_owner(value)


@pytest.mark.parametrize(("value", "owner"), [("外籍人士服務窗口", True), ("身障者服務窗口", True), ("新住民服務窗口", True),
                                              ("服務窗口", False), ("日語服務窗口", False)])
def test_a_window_named_by_whom_it_serves_is_an_owner(value, owner):
    assert is_owner(value) is owner


@pytest.mark.parametrize(("value", "deadline"), [("稻作收割完成後（每年7月）", True), ("寒假結束前（每年2月）", True),
                                                ("服務台（2樓）", False)])
def test_a_time_told_by_an_event_and_glossed_with_its_date_is_a_deadline(value, deadline):
    assert is_deadline(value) is deadline


@pytest.mark.parametrize(("clause", "deadline"), [("並於6月底前執行完竣", "6月底"), ("另在每學期開學日前辦理辦妥", "每學期開學日"),
                                                 ("並於5月3日前完成", "5月3日前")])
def test_a_before_and_a_verb_of_doing_ahead_of_the_finish_are_the_frames(clause, deadline):
    assert clause_fields("由總務股主責，" + clause)["deadline"] == deadline


@pytest.mark.parametrize(("text", "fields"), [("設置服務台。※總務股／每季", {"owner": "總務股", "deadline": "每季"}),
                                              ("設置服務台！†研考科／6月底前", {"owner": "研考科", "deadline": "6月底前"}),
                                              ("設置服務台。✱每月（秘書室）", {"owner": "秘書室", "deadline": "每月"})])
def test_a_reference_mark_after_a_sentence_opens_a_bare_note(text, fields):
    assert dash_note(text) == ("設置服務台。" if "。" in text else "設置服務台！", fields)


@pytest.mark.parametrize(("value", "deadline"), [("115年3月6日（星期五）前", True), ("3月2日(週一)止", True), ("5月1日（日）起", True),
                                                ("應變中心開設時", True), ("颱風警報解除之時", True), ("停班停課宣布當日", True),
                                                ("接獲通報後即時處理", True), ("收件後隨即辦理", True),
                                                ("總務課（一）課", False), ("網站公告資料", False)])
def test_a_weekday_gloss_an_act_starting_and_at_once_after_an_event_are_deadlines(value, deadline):
    assert is_deadline(value) is deadline


@pytest.mark.parametrize("line", ["法規名稱 → 某某所便民服務計畫", "法規名稱━━某某所便民服務計畫", "法規名稱 ═ 某某所便民服務計畫",
                                  "法規名稱 » 某某所便民服務計畫", "法規名稱 ＞ 某某所便民服務計畫", "法規名稱──某某所便民服務計畫"])
def test_a_rule_of_box_drawing_lines_or_a_pointer_ends_a_label(line):
    doc = Document("x.txt", [Paragraph(line)])
    assert labelled_values(doc) == {"title": "某某所便民服務計畫"}


@pytest.mark.parametrize(("text", "fields"), [("設置服務台。※總務課／115-3-2前完成", {"owner": "總務課", "deadline": "115-3-2前完成"}),
                                              ("設置服務台。—研考科／115－3－2前", {"owner": "研考科", "deadline": "115－3－2前"})])
def test_a_dash_inside_the_notes_date_opens_no_note(text, fields):
    assert dash_note(text) == ("設置服務台。", fields)


@pytest.mark.parametrize(("note", "fields"), [("總務課／寒假期間（1月至2月）", {"owner": "總務課", "deadline": "寒假期間（1月至2月）"}),
                                              ("研考科｜汛期結束後（每年11月）", {"owner": "研考科", "deadline": "汛期結束後（每年11月）"})])
def test_a_bracket_after_the_second_of_two_values_set_apart_by_a_slash_glosses_it(note, fields):
    from ingest.fields import bare_note
    assert bare_note(note) == fields


@pytest.mark.parametrize(("value", "owner"), [("教師會", True), ("社區發展協會", True), ("總務處、校友會", True),
                                              ("櫃台採輪班制，每日留守值班人員", True), ("服務中心實施輪休", True), ("採購案", False)])
def test_an_association_of_a_places_people_and_a_system_of_turns_adopted_are_owners(value, owner):
    assert is_owner(value) is owner


@pytest.mark.parametrize(("value", "owner"), [("服務台依來客時段派員輪值", True), ("志工依服務時段日夜輪班", True),
                                              ("巡查員依路段分組排定巡查", True), ("排定時程", False)])
def test_turns_by_a_rule_of_several_words_by_parts_of_the_day_or_scheduled_are_owners(value, owner):
    assert is_owner(value) is owner


@pytest.mark.parametrize("tail", ["三）前", "5)前完成"])
def test_a_numeral_closing_an_open_bracket_continues_the_wrapped_line(tail):
    lines = [SourceLine("1. 設置服務台。＊總務課／115年3月2日（星期", 1, 0), SourceLine(tail, 2, 0)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置服務台。＊總務課／115年3月2日（星期" + tail]


@pytest.mark.parametrize("line", ["下載日期及時間：2024/1/2 10:00", "匯出日期與時間｜113.1.2", "輸出日期時間：115年3月2日 9時5分"])
def test_a_print_stamp_labelled_by_both_its_date_and_its_time_is_print_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize(("value", "owner"), [("甲課研擬作業計畫，乙課配合辦理", True), ("乙課會勘現場", True), ("丙組稽查", True),
                                              ("甲隊派工，乙隊現場勘查", True), ("輔具評估室", True), ("外業測量分隊", True),
                                              ("甲站於汛期期間兩班12小時輪值", True), ("客服專責人", True), ("規劃辦理申辦措施", False)])
def test_a_units_stage_with_its_object_turns_in_a_period_and_one_charged_with_a_duty_are_owners(value, owner):
    assert is_owner(value) is owner


@pytest.mark.parametrize(("value", "owner"), [("附設進修學校", True), ("附設托嬰中心", True), ("客服聯繫人", True),
                                              ("陳情分案聯繫人", True), ("附設", False)])
def test_a_body_attached_to_the_office_and_a_contact_person_are_owners(value, owner):
    assert is_owner(value) is owner


@pytest.mark.parametrize(("title", "service"), [("臺北市大安區戶政事務所護照申請問答彙編", "護照申請"),
                                                ("臺北市大安區戶政事務所到府服務問答專輯", "到府服務")])
def test_questions_and_answers_bound_or_compiled_are_a_kind_of_document(title, service):
    assert service_of_title(title) == service


@pytest.mark.parametrize(("title", "office", "service"), [
    ("某縣衛生所戒菸門診服務手冊", "某縣衛生所", "戒菸門診"),
    ("某戶政事務所受理印鑑登記應注意事項", "某戶政事務所", "印鑑登記"),
    ("某市立高級中學受理學生之家住宿申請須知", "某市立高級中學", "學生之家住宿"),
    ("某區公所急難救助申請申請須知", "某區公所", "急難救助申請")])
def test_a_services_handbook_the_verb_of_taking_it_in_and_a_doubled_kind_word(title, office, service):
    assert (office_from_title(title), service_of_title(title)) == (office, service)


def test_a_於_in_an_aside_after_the_agent_is_no_time_of_the_frame():
    assert clause_fields("本項由總務課（異動請於前1日下午5時前告知）落實執行，時程為每季") == {
        "owner": "總務課（異動請於前1日下午5時前告知）", "deadline": "每季"}


@pytest.mark.parametrize(("heading", "front"), [("五、修正日期：115年3月2日", True), ("二、法規類別：行政", True),
                                                ("(三)生效日期：115年1月1日", True), ("三、發文字號", True), ("四、服務措施", False)])
def test_a_field_of_a_law_prints_header_numbered_as_a_chapter_is_front_matter(heading, front):
    from ingest.narrative import is_front_matter
    assert is_front_matter(heading) is front


@pytest.mark.parametrize("tail", ["－15前完成", "/15前", "—3—2"])
def test_a_dash_or_slash_between_the_digits_of_a_wrapped_date_continues_the_line(tail):
    lines = [SourceLine("1. 設置服務台。＊總務課／115－3", 1, 0), SourceLine(tail, 2, 0)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置服務台。＊總務課／115－3" + tail]


def test_a_dash_bullet_before_text_after_a_number_still_opens_an_item():
    lines = [SourceLine("－ 設置服務台，每年2", 1, 0), SourceLine("－ 建立預約服務。", 2, 0)]
    assert len(join_wrapped_lines(lines)) == 2


@pytest.mark.parametrize("line", ["分目1．設置服務台", "子目二：設置服務台", "作業3、設置服務台", "工作四：設置服務台"])
def test_an_item_named_as_a_part_or_a_job_of_the_work_is_numbered(line):
    marker = parse_marker(line)
    assert marker is not None and marker.rest == "設置服務台"


def test_items_named_as_parts_split_a_cell():
    assert split_items("分目1．設置服務台。 分目2．建立預約服務。") == ("", ["設置服務台。", "建立預約服務。"])


@pytest.mark.parametrize(("title", "office"), [
    ("某某市政府社會局落實『溫馨關懷、便捷服務』110年度計畫", "某某市政府社會局"),
    ("某某區公所推行《親民優質》112年度工作計畫", "某某區公所"),
    ("某某市政府地政處“暖心服務”110年度實施計畫", "某某市政府地政處")])
def test_a_slogan_quoted_between_the_office_and_the_year_ends_the_office(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize("office", ["法務部", "勞動部", "監察院"])
def test_a_ministry_or_a_branch_of_government_is_named_in_three_characters(office):
    assert office_from_title(f"{office}115年度提升服務品質實施計畫") == office
    assert office_from_title("本部115年度提升服務品質實施計畫") == ""


@pytest.mark.parametrize(("text", "deadline"), [
    ("設置服務台。—總務課，每季執行—", "每季"),
    ("設置服務台。－總務課，6月底前實施－", "6月底前"),
    ("設置服務台。－總務課，開學後1週內辦理－", "開學後1週內")])
def test_a_note_between_two_dashes_with_a_verb_of_doing_after_its_time(text, deadline):
    assert dash_note(text) == ("設置服務台。", {"owner": "總務課", "deadline": deadline})


@pytest.mark.parametrize("line", ["第2頁，共5頁。", "Page 2 / 5.", "第 2 頁／共 5 頁．"])
def test_a_page_stamp_closed_by_a_sentences_stop_is_print_furniture(line):
    assert is_print_furniture(line)
    assert not is_print_furniture("第二頁另行說明。")


@pytest.mark.parametrize("owner", ["綜合規劃司", "法制司、人事處"])
def test_a_ministrys_department_is_a_unit(owner):
    assert is_owner(owner)
    assert not is_owner("上司")


@pytest.mark.parametrize("owner", ["甲科擬定規則，乙課受理報名", "丙室會簽意見", "丁組協助輔導立案", "甲課辦理價購，乙股督導廠商",
                                   "甲隊到場採證", "乙組到府蒐證"])
def test_a_units_stage_of_drafting_taking_in_signing_or_helping_with_its_object(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("owner", ["甲站於夜間開放時段輪流駐守", "乙員依班表輪值，假日不打烊", "甲站於國定假日增派人員輪值",
                                   "甲組12小時分兩班待命"])
def test_turns_in_a_time_slot_on_days_off_with_no_rest_or_round_the_clock_in_shifts(owner):
    assert is_owner(owner)


def test_a_post_may_be_named_at_length():
    assert is_owner("市民網站留言板管理員")


@pytest.mark.parametrize("line", ["－總務課，每季辦理－", "－甲課、乙課，6月底前執行－"])
def test_a_note_on_its_own_line_set_off_by_two_dashes(line):
    from ingest.fields import bare_note
    fields = bare_note(line[1:])
    assert fields.get("owner") and fields.get("deadline") and not fields["deadline"].endswith(("辦理", "執行", "－"))


@pytest.mark.parametrize(("note", "fields"), [
    ("機關首長室秘書，每季", {"owner": "機關首長室秘書", "deadline": "每季"}),
    ("部門主管，6月底前", {"owner": "部門主管", "deadline": "6月底前"}),
    ("承辦單位總務課，期程每季", {"owner": "總務課", "deadline": "每季"})])
def test_a_word_naming_a_body_opening_a_unit_is_no_label(note, fields):
    assert unlabelled_fields(note) == fields


def test_a_units_clauses_hold_commas_and_the_time_closes_the_note():
    assert unlabelled_fields("甲課收件、乙課受理報名，丙室會勘、丁組，115年3月2日以前") == {
        "owner": "甲課收件、乙課受理報名，丙室會勘、丁組", "deadline": "115年3月2日以前"}


@pytest.mark.parametrize("owner", ["本所各課、股", "本府各局、處及秘書室", "各工區"])
def test_bare_kinds_of_unit_listed_after_a_collective(owner):
    assert is_owner(owner)


@pytest.mark.parametrize("owner", ["汛期期間乙站輪值到下午6點", "甲科延長開放時間輪值至晚上9時", "選舉期間甲課延長辦公時間輪值"])
def test_a_period_first_and_hours_extended_with_the_turn_till_a_clock_time(owner):
    assert is_owner(owner)


@pytest.mark.parametrize(("sentence", "deadline"), [
    ("本案由總務課負責，須於開學典禮前完成", "開學典禮前"),
    ("本項由甲課負責，應在受理後3日內到府完成", "受理後3日內到府"),
    ("本項由甲課負責，務必於自4月起每季辦理1次完成", "自4月起每季辦理1次")])
def test_a_modal_of_duty_and_a_finish_frame_the_time(sentence, deadline):
    assert clause_fields(sentence).get("deadline") == deadline


@pytest.mark.parametrize("value", ["校區年度消防總檢查前", "市場年度攤位總清查後10日內"])
def test_an_event_named_at_length_tells_a_time(value):
    assert is_deadline(value)


def test_a_lone_dash_wrapped_onto_its_own_line_closes_the_note_above():
    lines = [SourceLine("1. 設置服務台。－總務課，每季辦理", 1, 0), SourceLine("－", 2, 0), SourceLine("2. 建立預約服務。", 3, 0)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置服務台。－總務課，每季辦理－", "2. 建立預約服務。"]


def test_a_note_set_off_by_dashes_whose_time_holds_the_verb_of_doing_itself():
    from ingest.fields import bare_note
    assert bare_note("總務課，依工程進度辦理辦理－") == {"owner": "總務課", "deadline": "依工程進度辦理"}


@pytest.mark.parametrize(("title", "service"), [
    ("某戶政事務所印鑑登記常見問題集", "印鑑登記"), ("某區公所急難救助申請問題與解答", "急難救助申請"),
    ("某市政府衛生局家庭計畫諮詢申請須知", "家庭計畫諮詢"), ("某市政府工務局都市計畫書圖查詢常見問題集", "都市計畫書圖查詢")])
def test_questions_collected_are_a_kind_and_a_kinds_word_inside_the_service_is_the_services(title, service):
    assert service_of_title(title) == service


@pytest.mark.parametrize("header", ["處理日數", "所需工作天", "辦理天數"])
def test_a_count_of_days_the_work_takes_is_a_deadline_header(header):
    assert header_role(header) == "deadline"


def test_a_dash_alone_on_a_line_closes_the_note_wrapped_above_it_no_box_rule():
    from ingest.readers.text import read_text
    doc = read_text("x.txt", "一、便民服務\n　　設置服務台。\n　　－總務課，開學前1週執行\n　　　－\n　　二、預約服務\n")
    texts = [getattr(b, "text", None) for b in doc.blocks]
    assert "• 總務課，開學前1週執行－" in texts


@pytest.mark.parametrize("tail", ["以前", "為止", "起", "以內"])
def test_a_times_closing_word_alone_on_a_line_continues_the_line(tail):
    lines = [SourceLine("1. 設置服務台。〈期程〉115年3月2日（星期一）", 1, 0), SourceLine(tail, 2, 0)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置服務台。〈期程〉115年3月2日（星期一）" + tail]


def test_a_date_after_a_word_opening_a_time_continues_the_line():
    lines = [SourceLine("1. 設置服務台。主辦：總務課｜時限：至", 1, 0), SourceLine("民國115年3月2日止", 2, 2)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置服務台。主辦：總務課｜時限：至民國115年3月2日止"]


@pytest.mark.parametrize("value", ["115年3月起每季執行2次", "自115年7月起每半年舉辦1次"])
def test_a_span_from_a_date_done_so_often_is_a_deadline(value):
    assert is_deadline(value)
    assert not is_deadline("設置服務台起每季辦理1次")


def test_a_line_parting_units_or_fields_before_a_colon_is_no_title_but_the_note_the_wrap_cut():
    lines = [SourceLine("(2)設置服務台，每月1次。主辦：總務課、秘", 1, 4), SourceLine("書室、人事室｜時限：", 2, 6)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["(2)設置服務台，每月1次。主辦：總務課、秘書室、人事室｜時限："]


# --- after the thirtieth wording: structure, not lists (each tested with members the wording does not use) ---


@pytest.mark.parametrize(("cell", "items"), [
    ("執行策略1：設置服務台。執行策略2：辦理講習。", ["設置服務台。", "辦理講習。"]),
    ("具體推動措施一：簡化流程。具體推動措施二：推動線上申辦。", ["簡化流程。", "推動線上申辦。"]),
    ("推動事項1：設置服務台。 推動 事項2：辦理講習。", ["設置服務台。", "辦理講習。"]),  # (a wrap's space inside the word)
])
def test_a_worded_marker_of_any_word_running_from_one_splits_a_cell(cell, items):
    assert split_items(cell) == ("", items)


def test_a_worded_marker_seen_once_or_out_of_turn_splits_nothing():
    assert split_items("執行策略2：設置服務台。")[1] == []
    assert split_items("設置專線1：00至2：00服務")[1] == []


@pytest.mark.parametrize("line", ["第2頁，本件共4頁", "＝3＝（全5頁）", "〔第1頁／共2頁〕", "本頁為第2頁"])
def test_a_page_number_told_in_page_words_in_any_order_is_furniture(line):
    assert is_print_furniture(line)


@pytest.mark.parametrize("line", ["本計畫共3頁", "第2季至第3季", "印製宣導摺頁2000份"])
def test_page_words_among_other_words_are_no_furniture(line):
    assert not is_print_furniture(line)


@pytest.mark.parametrize("line", ["法規名稱‥‥某某局便民服務實施計畫", "法規名稱．．．某某局便民服務實施計畫", "法規名稱……某某局便民服務實施計畫"])
def test_dot_leaders_end_a_label(line):
    doc = Document("x.txt", [Paragraph(line, 1)])
    assert labelled_values(doc)["title"] == "某某局便民服務實施計畫"


@pytest.mark.parametrize(("line", "field"), [("(三)發文字號：某府字第1號", "發文字號：某府字第1號"), ("◇法規體系：某某局", "法規體系：某某局"),
                                             ("五、修正日期‥‥民國110年", "修正日期‥‥民國110年")])
def test_a_print_headers_field_numbered_or_bulleted_is_the_field(line, field):
    from ingest.narrative import print_field_line
    assert print_field_line(line) == field
    assert print_field_line("(三)設置服務台：每月1次") is None


@pytest.mark.parametrize(("title", "office"), [("中華郵政推動便民服務計畫（111年度）", "中華郵政"),
                                               ("某某農會精進服務112年度計畫", "某某農會")])
def test_an_office_of_a_kind_no_list_knows_ends_at_a_plan_verb(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize(("note", "fields"), [("時程：每半年（秘書室負責）", {"deadline": "每半年", "owner": "秘書室"}),
                                              ("期限：6月底前（總務股主辦）", {"deadline": "6月底前", "owner": "總務股"})])
def test_a_deadlines_aside_naming_its_unit_is_the_owner(note, fields):
    assert note_fields(note) == fields
    assert note_fields("完成期限：每季（第1次）") == {"deadline": "每季（第1次）"}


@pytest.mark.parametrize("value", ["收件當週回覆", "申請當月辦結", "受理當次核發"])
def test_the_same_unit_of_time_as_an_act_is_a_deadline(value):
    assert is_deadline(value)
    assert not is_deadline("當月")


@pytest.mark.parametrize(("title", "service"), [("某某區公所受理低收入戶證明申請處理要點", "低收入戶證明申請"),
                                                ("某某戶政事務所受理跨區換證審查須知", "跨區換證")])
def test_a_verb_of_handling_opens_any_document_kind(title, service):
    assert service_of_title(title) == service


# --- after the thirty-first wording: roles by structure and by value (members the wording does not use) ---


def test_a_header_naming_two_field_columns_is_one_whatever_its_text_columns_are_called():
    from ingest.columns import is_header_row
    assert is_header_row(["行動綱目", "執行節點次序", "辦結期限", "分工單位", "期待效果"])
    assert not is_header_row(["人員", "[時限]", "自111年7月15日生效"])  # a wrapped line of labels and values
    assert not is_header_row(["承辦]", "甲組、乙組合辦", "[時限]"])


@pytest.mark.parametrize(("header", "role"), [("預期改善比率", "benefit"), ("期待達成情形", "benefit"), ("預期完成日期", "deadline")])
def test_what_is_expected_of_the_work_is_its_benefit_unless_a_word_names_a_time(header, role):
    assert header_role(header) == role


def test_a_label_no_list_knows_takes_the_field_its_value_is():
    assert note_fields("承辦：總務課；應辦：收件後3日內") == {"owner": "總務課", "deadline": "收件後3日內"}
    assert note_fields("窗口：陳小姐，電話：1234567") == {}  # (a number alone is a contact's, no time)


def test_a_label_of_two_words_parted_by_a_solidus_is_one_label():
    assert note_fields("期限：每季；審核／承辦單位：總務課") == {"deadline": "每季", "owner": "總務課"}


def test_a_note_splits_at_its_strongest_separator_first():
    assert unlabelled_fields("甲組、乙組｜收件後3日內") == {"owner": "甲組、乙組", "deadline": "收件後3日內"}


@pytest.mark.parametrize("line", ["下載（2024/03/01，14:22）", "調閱時間：113.03.02－09:15"])
def test_a_print_stamp_with_any_mark_between_date_and_time_is_furniture(line):
    assert is_print_furniture(line)


def test_a_fragment_a_page_cut_left_joins_the_value_before_it():
    from ingest.fields import distinct_join
    assert distinct_join(["申訴書收受次日起40日", "內"]) == "申訴書收受次日起40日內"
    assert distinct_join(["每季", "每月"]) == "每季；每月"


def test_an_eras_name_before_a_bracketed_year_leaves_the_office():
    assert office_from_title("某某局推動服務創新計畫（民國110年）") == "某某局"


def test_a_time_set_by_a_word_of_duty_is_the_time_without_it():
    from ingest.fields import time_and_agent
    assert time_and_agent("須於收件後3日內由總務課辦竣") == {"deadline": "收件後3日內", "owner": "總務課"}


# --- after the thirty-second wording: frames and readings (members the wording does not use) ---


def test_a_field_named_on_a_column_of_sentences_goes_to_the_column_that_holds_it():
    from ingest.columns import roles_by_content
    header = ["工作名稱", "執行進度", "完成時間", "負責組室", "效益說明"]
    columns = [["線上預約", ""], ["（一）規劃預約系統，減少等候。", "（二）辦理教育訓練，提升知能。"],
               ["115年3月底前", "115年6月30日前"], ["資訊組", "人事室"], ["縮短等候時間。", "提升服務品質。"]]
    roles = roles_by_content(assign_roles(header), columns)
    assert roles[2] == "deadline" and roles[1] != "deadline" and roles[3] == "owner"


@pytest.mark.parametrize(("cell", "items"), [
    ("工作要點1 設置預約專線。 工作要點2 辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),
    ("辦法1 設置預約專線。 辦法2辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),
])
def test_a_worded_marker_set_off_by_a_space_or_by_its_digits_alone_splits_a_cell(cell, items):
    assert split_items(cell)[1] == items


@pytest.mark.parametrize("cell", ["每週1次檢查設備。每週2次清潔環境。", "每週1 次檢查設備。每週2 次清潔環境。"])
def test_a_number_counting_something_is_no_marker(cell):
    assert split_items(cell)[1] == []


def test_a_time_then_the_report_of_the_work_is_the_deadline():
    assert clause_fields("委由總務科辦理，115年6月底前陳報執行成果") == {"owner": "總務科", "deadline": "115年6月底前"}


@pytest.mark.parametrize(("text", "fields"), [
    ("加強宣導。〈期程：每月10日前〉由秘書室負責", {"deadline": "每月10日前", "owner": "秘書室"}),
    ("加強宣導。〔完成期限：115年5月〕研考科負責", {"deadline": "115年5月", "owner": "研考科"}),
])
def test_a_labelled_note_in_brackets_before_the_agent_is_read_out_of_its_frame(text, fields):
    assert inline_fields(text)[1] == fields


def test_work_handed_over_by_name_names_the_owner_whatever_its_kind():
    assert clause_fields("責成資訊安全官辦理") == {"owner": "資訊安全官"}
    assert clause_fields("由民眾自行辦理") == {}


@pytest.mark.parametrize("value", ["115年3月1日起試辦3個月", "115年9月起實施一年"])
def test_an_act_lasting_a_span_from_a_date_is_a_deadline(value):
    assert is_deadline(value)


@pytest.mark.parametrize("text", ["持續改進。■每季・總務股", "持續改進。▲總務股‧每季"])
def test_a_shape_after_the_sentence_opens_a_note_its_values_parted_by_a_middle_dot(text):
    assert inline_fields(text) == ("持續改進。", {"deadline": "每季", "owner": "總務股"})


@pytest.mark.parametrize(("header", "role"), [("預定完工日", "deadline"), ("辦竣日期", "deadline"), ("執行主體", "owner")])
def test_the_day_of_finishing_and_the_one_the_work_is_done_by_are_fields(header, role):
    assert header_role(header) == role


def test_a_line_a_printout_repeats_beside_its_furniture_is_furniture():
    from ingest.readers.text import running_heads
    lines = ["某某縣市法令彙編", "列印時間：115/3/2 10:01", "正文一", "某某縣市法令彙編", "列印時間：115/3/2 10:01",
             "正文二", "正文二"]
    assert running_heads(lines) == frozenset({"某某縣市法令彙編"})  # (正文二 repeats, but beside no furniture)


def test_a_table_copied_one_cell_per_paragraph_whose_header_names_two_times_is_read(tmp_path):
    from ingest import ingest_paths
    cells = ["工作名稱", "執行進度", "完成時間", "執行主體", "效益說明",
             "線上預約", "（一）規劃預約系統，減少民眾等候。", "115年3月底前", "資訊組", "縮短等候時間。",
             "（二）辦理預約操作教育訓練，提升同仁知能。", "115年6月30日前", "人事室", "提升服務品質。"]
    text = "某某市某某區公所115年度服務品質提升計畫\n\n壹、實施項目\n\n" + "\n\n".join(cells) + "\n"
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    rows, _ = ingest_paths([tmp_path / "plan.txt"])
    assert [(r.measure, r.deadline, r.owner) for r in rows] == [
        ("規劃預約系統，減少民眾等候。", "115年3月底前", "資訊組"), ("辦理預約操作教育訓練，提升同仁知能。", "115年6月30日前", "人事室")]


@pytest.mark.parametrize(("cell", "items"), [
    ("子：設置預約專線。 丑：辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),
    ("ㄅ、設置預約專線。 ㄆ、辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),
    ("Α）設置預約專線。 Β）辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),
])
def test_an_ordinal_of_any_series_lists_count_in_with_any_stop_splits_a_cell(cell, items):
    assert split_items(cell)[1] == items


def test_a_provision_taking_effect_from_a_day_in_any_verb_is_no_measure():
    assert non_measure_item("本要點自發布日起生效。") == "provision"


def test_a_division_slash_parts_labelled_fields_as_a_solidus_does():
    assert note_fields("承辦：甲課∕期限：每季") == {"owner": "甲課", "deadline": "每季"}


def test_a_value_holds_no_separator_stronger_than_the_one_it_was_parted_at():
    assert unlabelled_fields("每季‧甲課、乙課") == {"deadline": "每季", "owner": "甲課、乙課"}


def test_a_middle_dot_a_wrap_put_first_on_a_line_parts_the_marked_note_above():
    lines = [SourceLine("1. 設置預約專線。▲每季", 1, 0), SourceLine("‧總務股", 2, 5)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置預約專線。▲每季‧總務股"]


def test_a_bar_leading_the_lines_of_a_list_is_its_bullet_not_a_tables_border():
    from ingest.readers.text import bar_led_lists
    lines = ["推動作法：", "┃　設置預約專線。", "┃　辦理到府收件。", "其他說明"]
    assert bar_led_lists(lines) == frozenset({1, 2})
    table = ["┏━━━━━┓", "┃　設置預約專線。", "┃　辦理到府收件。", "┗━━━━━┛"]
    assert bar_led_lists(table) == frozenset()  # (rules above and below: a one-column box)


def test_a_labels_bracketed_qualifier_may_hold_a_separator():
    assert note_fields("期限：每季；負責單位（主辦、協辦）：甲課、乙課") == {"deadline": "每季", "owner": "甲課、乙課"}


# --- after the thirty-third wording: titles, counters, headers, notes and lists (members the wording does not use) ---
@pytest.mark.parametrize(("title", "office", "year"), [
    ("『115便民服務』某某市某某區公所推動計畫", "某某市某某區公所", 115),
    ("某某縣某某鄉戶政事務所2026為民服務實施計畫", "某某縣某某鄉戶政事務所", 2026),
])
def test_a_bare_year_before_the_plans_name_dates_it_and_a_slogan_heading_the_title_is_no_office(title, office, year):
    from ingest.metadata import year_of
    assert (office_from_title(title), year_of(title)) == (office, year)


def test_a_number_counting_something_is_no_bare_year():
    from ingest.metadata import year_of
    assert year_of("第12期服務品質提升計畫") is None


def test_a_labelled_value_quoted_whole_is_what_the_quotes_hold():
    doc = Document("x.txt", [Paragraph("法規名稱：『某某市某某區公所115年度服務品質提升計畫』", 1)])
    assert labelled_values(doc)["title"] == "某某市某某區公所115年度服務品質提升計畫"


def test_a_kinds_character_opening_a_common_word_ends_no_office():
    assert office_from_title("某某市立圖書館會計報表查詢服務要點") == "某某市立圖書館"


@pytest.mark.parametrize(("cell", "items"), [
    ("第1篇 設置預約專線。 第2篇 辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),
    ("第一段：設置預約專線。 第二段：辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),
    ("第1篇 設置預約專線。 第2篇辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),  # (a wrap joined one to its text)
])
def test_the_items_of_a_cell_counted_by_any_word_after_their_ordinal_split_it(cell, items):
    assert split_items(cell) == ("", items)


def test_an_ordinal_and_a_word_glued_to_the_text_count_something_not_items():
    assert split_items("第1季辦理講習。第2季辦理考核。")[1] == []
    assert parse_marker("第2個星期四前完成") is None  # (a wrapped line may open so)
    marker = parse_marker("第3篇　設置預約專線")
    assert (marker.level, marker_number(marker), marker.rest) == (5, 3, "設置預約專線")


@pytest.mark.parametrize(("header", "role"), [
    ("執行項目群", "measure"), ("辦理程序序", "actions"), ("成效評估標準", "benefit"), ("績效測量值", "benefit"),
    ("預定完成季", "deadline"), ("承辦課室暨聯絡電話", "owner"),
])
def test_a_header_with_a_group_order_standard_or_contact_tail_names_its_field(header, role):
    assert header_role(header) == role


def test_a_unit_in_brackets_before_a_labelled_time_is_the_owner():
    assert inline_fields("設置預約專線。〔研考科〕時限：每季") == ("設置預約專線。", {"owner": "研考科", "deadline": "每季"})


def test_two_closing_notes_each_one_field_may_pass_by_the_field_model(monkeypatch):
    import ingest.fields as fields
    known = {("夜間值勤台", "owner"), ("展期結束後10日內", "deadline")}
    monkeypatch.setattr(fields, "learned_field", lambda text, kind: (text, kind) in known)
    assert inline_fields("設置預約專線。〈夜間值勤台〉〈每季〉") == ("設置預約專線。", {"deadline": "每季", "owner": "夜間值勤台"})
    assert inline_fields("設置預約專線。〈夜間值勤台〉〈展期結束後10日內〉") == (
        "設置預約專線。", {"deadline": "展期結束後10日內", "owner": "夜間值勤台"})
    assert inline_fields("設置預約專線。〈含假日〉〈不含例假日〉")[1] == {}


def test_a_note_of_fields_alone_under_the_hanging_indent_joins_the_item_a_bare_label_line_does_not():
    lines = [SourceLine("1. 設置預約專線，提供服務。", 1, 2), SourceLine("〈研考科〉〈每季〉", 2, 5)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置預約專線，提供服務。〈研考科〉〈每季〉"]
    labelled = [SourceLine("1. 設置預約專線，提供服務。", 1, 2), SourceLine("完成期限：每季", 2, 5)]
    assert len(join_wrapped_lines(labelled)) == 2


def test_an_angle_sign_left_open_around_a_time_goes_on_at_the_next_line():
    lines = [SourceLine("1. 設置預約專線。＜研考科＞＜115年第2季", 1, 2), SourceLine("＞", 2, 5)]
    assert [ln.text for ln in join_wrapped_lines(lines)] == ["1. 設置預約專線。＜研考科＞＜115年第2季＞"]


def test_what_a_plan_encloses_and_the_staff_it_needs_are_no_measures():
    from ingest.narrative import is_appendix_title
    assert is_appendix_title("檢附文件清單") and is_appendix_title("檢附二：預約申請書")
    assert non_measure_item("本要點所需人員，由各課現職人員派兼。") == "provision"


def test_a_box_drawing_glyph_leading_a_list_is_its_bullet_a_one_item_list_too():
    from ingest.readers.text import bar_led_lists
    lines = ["線上預約：", "╶設置預約專線。", "╶辦理到府收件。", "到府收件：", "╶　提供到府收件。", "其他說明"]
    assert bar_led_lists(lines) == frozenset({1, 2, 4})
    assert bar_led_lists(["到府收件：", "╶　提供到府收件。"]) == frozenset()  # (one line and no run: no evidence)


# --- after the thirty-fourth wording: arrows, dashes, bracketed values and overdue work (members the wording does not use) ---
def test_an_arrow_parts_a_notes_unit_from_its_time_as_a_slash_does():
    assert unlabelled_fields("研考科⇒115年6月底前") == {"owner": "研考科", "deadline": "115年6月底前"}


def test_a_dash_between_the_office_and_its_year_is_no_part_of_the_office_a_colon_ends_a_label():
    from ingest.metadata import extract_metadata
    doc = Document("x.txt", [Paragraph("某某市立殯葬管理所—115年度便民服務實施計畫", 1), Paragraph("壹、計畫依據", 2)])
    meta = extract_metadata(doc)
    assert (meta.office, meta.year_roc) == ("某某市立殯葬管理所", 115)
    assert office_from_title("發文字號：115年3月2日府研字第1150001號公告") == ""


def test_a_label_with_its_value_in_brackets_and_no_sign_between():
    doc = Document("x.txt", [Paragraph("法規名稱〔某某市某某區公所115年度服務品質提升計畫〕", 1)])
    assert labelled_values(doc)["title"] == "某某市某某區公所115年度服務品質提升計畫"


def test_the_time_past_which_the_work_is_overdue_is_the_deadline_and_an_unknown_label_names_the_unit_beside_it():
    assert clause_fields("逾115年6月底仍未完成者簽報處理") == {"deadline": "115年6月底"}
    assert clause_fields("督導：研考科，逾每季終了未辦竣者列管") == {"deadline": "每季終了", "owner": "研考科"}
    assert clause_fields("督導：研考科") == {}  # (a label no list knows, alone: no field)


def test_a_print_stamp_may_put_its_word_of_printing_after_the_time():
    assert is_print_furniture("〔115/3/2 10:01 列印〕") and is_print_furniture("115/3/2 10:01 印製")
    assert not is_print_furniture("預定115/3/2 10:01 開放")


def test_a_url_set_off_by_any_sign_after_its_label_and_a_bracketed_page_letter_are_furniture():
    assert is_print_furniture("資料來源→https://law.example.gov.tw/detail?id=1")
    assert is_print_furniture("〔P12〕") and not is_print_furniture("P12 設置預約專線")


# --- after the thirty-fifth wording: markers of any shape, vertical lines of any form, frames of taking charge (members
# the wording does not use) ---
@pytest.mark.parametrize("cell, items", [
    ("¶1 設置預約專線。 ¶2 辦理到府收件。 ¶3 檢討流程。", ["設置預約專線。", "辦理到府收件。", "檢討流程。"]),  # a sign before it
    ("一。設置預約專線。 二。辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),  # a stop that ends sentences, in a run
    ("1.)設置預約專線。 2.)辦理到府收件。", ["設置預約專線。", "辦理到府收件。"]),  # two stops: the bracket is no item's
])
def test_items_in_one_cell_under_markers_of_any_shape_that_run_from_one(cell, items):
    assert split_items(cell) == ("", items)


def test_a_bare_number_or_a_shape_met_once_marks_no_item():
    assert split_items("每月 1 次辦理，每季 2 次檢討。") == ("每月 1 次辦理，每季 2 次檢討。", [])
    assert split_items("依¶3 規定辦理。") == ("依¶3 規定辦理。", [])


def test_lines_led_by_markers_of_any_shape_running_down_the_document_are_items_a_numbering_pattern_keeps_its_own():
    from ingest.markers import document_markers, learn_running_markers
    lines = ["¶1 設置預約專線。", "¶2 辦理到府收件。", "1.)檢討流程。", "2.)公布結果。", "1. 設置", "2. 辦理"]
    with document_markers():
        learn_running_markers(lines)
        markers = [parse_marker(line) for line in lines]
    assert [(m.level, m.token, m.rest) for m in markers[:4]] == [
        (5, "¶1", "設置預約專線。"), (5, "¶2", "辦理到府收件。"), (5, "1.)", "檢討流程。"), (5, "2.)", "公布結果。")]
    assert (markers[4].level, markers[4].token) == (4, "1.")


def test_a_slogan_quoted_between_the_office_and_the_name_of_a_plan_of_many_measures():
    # (a kind of two characters earlier in the name, 學院, ends no office before the last one, 處)
    assert office_from_title("某某大學理學院實驗農場管理處「以民為先」服務品質計畫（民國115年）") == "某某大學理學院實驗農場管理處"


def test_vertical_lines_of_any_form_part_a_notes_fields():
    assert inline_fields("設置預約專線。〔主辦研考科、秘書室∥時限115年6月底前〕") == (
        "設置預約專線。", {"owner": "研考科、秘書室", "deadline": "115年6月底前"})


def test_a_known_label_glued_to_a_value_names_its_field_whatever_the_value_beside_the_other_field():
    assert inline_fields("設置預約專線。「承辦單位園藝坊、茶會∥期限115年6月底前」") == (
        "設置預約專線。", {"owner": "園藝坊、茶會", "deadline": "115年6月底前"})


def test_a_name_then_a_verb_of_taking_charge_is_the_owner_beside_a_time_another_clause_states():
    assert clause_fields("園藝坊承辦，115年3月上、下旬前完成") == {"deadline": "115年3月上、下旬前", "owner": "園藝坊"}
    assert clause_fields("園藝坊承辦，配合辦理") == {}  # (no time beside it: no frame says who)
    assert dash_note("設置專線。—園藝坊承辦，115年6月底前完成—") == ("設置專線。", {"deadline": "115年6月底前", "owner": "園藝坊"})
    assert is_deadline("115年3月上、下旬") and is_deadline("115年3月上中旬")


def test_work_done_at_once_is_a_time_as_its_kin_are():
    assert is_deadline("即收即辦") and is_deadline("現場即辦") and is_deadline("隨到隨辦")


def test_a_span_counted_back_from_an_event_is_a_point_the_frames_bound_after_it_is_the_frames():
    assert clause_fields("研考科承辦，開訓前3日前完成") == {"owner": "研考科", "deadline": "開訓前3日"}
    assert clause_fields("研考科於結訓後5日內內辦理完畢") == {"owner": "研考科", "deadline": "結訓後5日內"}


def test_a_unit_opening_a_clause_of_its_time_and_finishing_names_the_owner_no_word_of_assigning_needed():
    assert clause_fields("研考科、秘書室於115年6月底前辦理完畢") == {"owner": "研考科、秘書室", "deadline": "115年6月底"}
    assert "owner" not in clause_fields("民眾於申請後3日內辦理完成")  # (the public is no unit)


def test_a_page_number_framed_by_bars_opens_no_box_table():
    from ingest.metadata import extract_metadata
    from ingest.readers.text import read_text
    doc = read_text("x.txt", "║3║\n\n║法規名稱║某某市某某所115年度服務品質提升計畫\n壹、計畫依據\n")
    meta = extract_metadata(doc)
    assert (meta.office, meta.year_roc) == ("某某市某某所", 115)


# --- after the thirty-sixth wording: titles dated in a tail, markers with a second stop (members the wording does not use) ---
def test_a_title_dated_by_a_bracketed_tail_after_a_kinds_word_of_more_characters_keeps_its_year():
    from ingest.metadata import clip_title, year_of
    title = "某某市某某所為民服務精進計畫書（115年度適用）"
    assert clip_title(title) == title and year_of(title) == 115
    assert office_from_title(title) == "某某市某某所"


def test_a_bare_year_in_the_bracketed_tail_closing_a_title_dates_it_a_small_number_does_not():
    from ingest.metadata import year_of
    assert year_of("某某市某某所便民服務施政方針（115）") == 115
    assert office_from_title("某某市某某所便民服務施政方針（115）") == "某某市某某所"
    assert year_of("某某市某某所便民服務計畫（3）") is None  # (a part's number, no year)


def test_a_second_stop_after_a_marker_a_pattern_read_is_the_markers():
    assert split_items("1）．設置預約專線。 2）．辦理到府收件。") == ("", ["設置預約專線。", "辦理到府收件。"])
    assert split_items("第一項：設置預約專線。 第二項：辦理到府收件。") == ("", ["設置預約專線。", "辦理到府收件。"])
    marker = parse_marker("1）．設置預約專線。")
    assert (marker.token, marker.rest) == ("1）．", "設置預約專線。")


# --- after the thirty-seventh wording: markers of other series and pairs, labels framed by one mark, a notes' template,
# times and units of other kinds (members the wording does not use) ---
def test_an_ordinal_between_the_marks_of_any_pair_quotation_marks_too_marks_items_that_run():
    assert split_items("‘1’設置預約專線。 ‘2’辦理到府收件。") == ("", ["設置預約專線。", "辦理到府收件。"])
    assert split_items("「一」設置預約專線。 「二」辦理到府收件。") == ("", ["設置預約專線。", "辦理到府收件。"])


def test_the_thousand_character_classics_order_numbers_items_as_the_stems_do():
    assert split_items("天．設置預約專線。 地．辦理到府收件。 玄．建置線上系統。") == (
        "", ["設置預約專線。", "辦理到府收件。", "建置線上系統。"])


def test_a_counter_of_two_characters_before_a_colon_marks_items_glued_to_its_text_it_does_not():
    assert split_items("第1子項：設置預約專線。 第2子項：辦理到府收件。") == ("", ["設置預約專線。", "辦理到府收件。"])  # (子: no branch)
    assert split_items("第1季辦理抽查 第2季辦理檢討") == ("第1季辦理抽查 第2季辦理檢討", [])


def test_a_mirror_named_reversed_is_the_other_half_of_its_pair():
    from ingest.normalize import bracket_partner
    assert bracket_partner("〝") == "〞" and bracket_partner("〞") == "〝"


def test_a_print_views_label_between_two_of_one_mark_or_in_a_reversed_pair_is_read():
    from ingest.metadata import extract_metadata
    from ingest.readers.text import read_text
    for label in ("＊法規名稱＊", "~法規名稱~", "〝法規名稱〞"):
        meta = extract_metadata(read_text("x.txt", f"{label}某某市某某所115年度服務品質提升計畫\n壹、計畫依據\n"))
        assert (meta.office, meta.year_roc) == ("某某市某某所", 115), label


def test_a_page_number_led_by_the_latin_word_or_its_abbreviation_is_furniture():
    assert is_print_furniture("Pg.3（共5頁）") and is_print_furniture("page 2 共3頁")
    assert not is_print_furniture("P3計畫")


def test_a_finishing_verb_every_notes_time_closes_with_is_the_templates():
    from ingest.fields import template_finish
    assert template_finish(["每季辦竣", "115年6月底前辦竣", "隨到隨辦辦竣"]) == "辦竣"
    assert template_finish(["每季辦竣", "115年6月底前辦竣", "隨到隨辦"]) is None  # (one time lacks it: the times' own)
    assert template_finish(["115年6月底前辦竣", "115年6月底前辦竣", "115年6月底前辦竣"]) is None  # (one time: no template shown)


def test_a_frames_bound_after_a_time_closed_by_its_own_or_counted_is_the_frames():
    from ingest.fields import bare_note
    assert bare_note("收件後3個工作天內前；研考科辦理") == {"deadline": "收件後3個工作天內", "owner": "研考科"}
    assert bare_note("上、下半年各2次前；研考科辦理") == {"deadline": "上、下半年各2次", "owner": "研考科"}
    assert bare_note("6月底前；研考科辦理") == {"deadline": "6月底前", "owner": "研考科"}  # (a single 前 stays the time's)


def test_a_date_keeps_its_dashes_and_dots_a_full_stop_between_two_values_parts_them():
    assert unlabelled_fields("園藝坊，115－6－30前") == {"owner": "園藝坊", "deadline": "115－6－30前"}
    assert unlabelled_fields("園藝坊．115年6月底前") == {"owner": "園藝坊", "deadline": "115年6月底前"}


def test_a_gloss_inside_a_units_name_is_no_list_mark():
    assert is_owner("樹木（喬木、灌木）養護股、研考科")


def test_times_of_other_kinds_are_times():
    assert is_deadline("115年度每月") and is_deadline("115年每季末週")  # (a year scoping a frequency, the last week of each)
    assert is_deadline("115年2月3日午前9時") and is_deadline("115年3月1日當日17時整以前")
    assert is_deadline("115年度春、秋季期間")


def test_units_of_other_kinds_are_units():
    assert is_owner("志工協會") and is_owner("社區自治會") and is_owner("研考科會辦秘書室")
    assert is_owner("二樓東側閱覽區參考諮詢組")


def test_a_provision_yielding_to_the_rules_as_changed_is_boilerplate():
    assert non_measure_item("八、本要點實施期間如遇法規異動，依新規定辦理。") == "provision"


# --- after the thirty-eighth wording: the sexagenary cycle, headers by their nature, a frame's bound the notes differ
# on, notes in small or slashed frames, banners repeated beside banners, more kinds of unit (members it does not use) ---
def test_the_sexagenary_cycle_numbers_items_in_a_cell_and_down_the_lines():
    from ingest.markers import running_styles
    assert split_items("甲子．設置預約專線。 乙丑．辦理到府收件。") == ("", ["設置預約專線。", "辦理到府收件。"])
    assert running_styles(["甲子．設置預約專線。", "乙丑．辦理到府收件。"]) == {"G．"}


def test_headers_named_by_the_work_and_its_nature_by_key_points_by_a_checked_outcome_or_a_quantified_indicator():
    assert header_role("服務業務類型") == "measure" and header_role("作業要點") == "actions"
    assert header_role("績效查核方法") == "benefit" and header_role("目標指標") == "benefit"
    assert header_role("評核指標") == "measure"  # (an indicator the evaluation scores stays a measure)


def test_a_frames_bound_is_the_times_own_where_other_notes_write_the_frame_without_one():
    from ingest.narrative import NarrativeReader
    def deadlines(notes: list[str]) -> list[str | None]:
        rows: list = []
        reader = NarrativeReader("measure", rows)
        for i, note in enumerate(notes, 1):
            reader.add(f"{i}. 設置預約專線。{note}", i, None, ["壹、措施"])
        reader.end_heading(["壹、措施"], 1, False)
        reader.finish()
        return [row.deadline for row in rows]
    # the template writes no bound: the one a note has is its time's
    assert deadlines(["＃由研考科於春節連假前辦理", "＃由研考科於115年6月第1週辦理", "＃由秘書室於每季辦理"]) == [
        "春節連假前", "115年6月第1週", "每季"]
    # every note has it: the notes as the grammar reads each (the template's bound is no evidence either way)
    notes = ["＃由研考科於春節連假前辦理", "＃由研考科於115年6月第1週前辦理", "＃由秘書室於每季前辦理"]
    assert deadlines(notes) == [inline_fields("設置預約專線。" + note)[1].get("deadline") for note in notes]


def test_a_note_in_small_brackets_or_between_wide_slashes_parts_at_any_semicolon_or_slash():
    assert inline_fields("設置預約專線。﹙研考科﹔115年6月底前﹚") == ("設置預約專線。", {"owner": "研考科", "deadline": "115年6月底前"})
    assert inline_fields("設置預約專線。∕研考科∕115年6月底前∕") == ("設置預約專線。", {"owner": "研考科", "deadline": "115年6月底前"})
    assert inline_fields("設置預約專線。於115/6/30") == ("設置預約專線。於115/6/30", {})  # (an ASCII slash: a date's)


def test_a_banner_repeated_beside_a_banner_at_every_page_is_furniture():
    from ingest.readers.text import running_heads
    page = ["匯出時刻：系統轉出", "某某署公告欄", "﹝{}﹞", "", "壹、措施"]
    lines = [line.format(n) for n in (1, 2) for line in page]
    assert running_heads(lines) == {"匯出時刻：系統轉出", "某某署公告欄"}


def test_more_kinds_of_unit_a_group_a_workshop_a_representative_an_operator_and_shares_of_the_work():
    assert is_owner("志工團體") and is_owner("陶藝工作坊") and is_owner("承商技術代表") and is_owner("場站營運業者")
    assert is_owner("研考科70%、秘書室30%") and not is_owner("滿意度90%")


# --- after the thirty-ninth wording: notes framed or led by signs of any form (every vertical line, an arrow typed with
# two signs), a verb of finishing as a label, a colon parting two values, times counted from an event's next day, units
# passed along arrows or named by their roster, print views' labels set off by pointers or justified in brackets ---
def test_a_note_framed_by_any_vertical_line_its_labels_glued_a_verb_of_finishing_labelling_the_time():
    for bar in "∥‖｜":
        assert inline_fields(f"設置預約專線。{bar}主辦研考科{bar}完成115年6月底前{bar}") == (
            "設置預約專線。", {"owner": "研考科", "deadline": "115年6月底前"})
    # (the label names the field though the value holds a time's word: a duty run before opening, its roster aside)
    assert inline_fields("設置預約專線。∥主辦開館前設備試運轉（機電人員甲、乙組輪替）∥完成每季∥")[1] == {
        "owner": "開館前設備試運轉（機電人員甲、乙組輪替）", "deadline": "每季"}


def test_a_note_after_an_arrow_typed_with_two_signs_and_a_colon_parting_a_time_from_a_unit():
    text, fields = inline_fields("設置預約專線。＝＞研考科負責，115年6月30日前辦結")
    assert text == "設置預約專線。" and fields["owner"] == "研考科" and fields["deadline"].startswith("115年6月30日")
    assert inline_fields("設置預約專線。〈115年6月底前：研考科〉") == ("設置預約專線。", {"deadline": "115年6月底前", "owner": "研考科"})
    assert inline_fields("設置預約專線。〈研考科：收件翌日起3日內〉")[1] == {"owner": "研考科", "deadline": "收件翌日起3日內"}
    assert inline_fields("設置預約專線。（承辦人：王小明）")[1] == {"owner": "王小明"}  # (a label before the colon names its value)
    assert inline_fields("設置預約專線。（負責：研考科＆時程：每季）")[1] == {"owner": "研考科", "deadline": "每季"}


def test_the_templates_bound_before_its_verb_is_shown_by_a_time_that_holds_its_own():
    from ingest.fields import template_finish
    assert template_finish(["6月底前前辦結", "每季前辦結", "收件後3日內前辦結"]) == "前辦結"
    assert template_finish(["6月底前辦結", "9月底前辦結", "年底前辦結"]) == "辦結"  # (no time shows the bound twice)


def test_times_counted_from_an_events_next_day_from_a_date_as_from_an_event_and_spans_to_an_events_day():
    assert is_deadline("收件翌日起算5個工作日內") and is_deadline("驗收合格次日起14日內")
    assert is_deadline("115年3月11日後第1個上班日") and is_deadline("115年3月1日起至驗收合格日止")
    assert not is_deadline("研考科次日")


def test_units_passed_along_arrows_an_institution_and_a_duty_named_by_its_roster():
    assert is_owner("甲組→乙組→丙組（依序會辦）") and is_owner("第三方檢驗機構")
    assert is_owner("夜間巡查（各分局依月份輪巡）") and not is_owner("申請案件（每月輪流）")


def test_plan_titles_with_service_then_its_betterment_and_a_bracketed_year_before_the_plans_name():
    from ingest.metadata import year_of
    assert office_from_title("113年度某某縣立兒童樂園服務精進暨滿意度提升計畫") == "某某縣立兒童樂園"
    title = "某某部某某管理中心（98）為民服務工作計畫書"
    assert office_from_title(title) == "某某部某某管理中心" and year_of(title) == 98


def test_a_print_views_labels_set_off_by_two_pointers_or_justified_in_brackets():
    doc = Document("x.txt", [Paragraph("法規名稱＞＞某某局提升服務品質實施計畫—115年度"), Paragraph("〔發　布〕中華民國115年2月9日")])
    values = labelled_values(doc)
    assert values["title"] == "某某局提升服務品質實施計畫—115年度" and values["date"] == "中華民國115年2月9日"
    # (hard-wrapped print text: a field of its own on each line, not the title run on)
    lines = [SourceLine("法規名稱＞＞某某局提升服務品質實施計畫—115年度", 1), SourceLine("〔發　布〕中華民國115年2月9日", 2)]
    assert [line.text for line in join_wrapped_lines(lines)] == [line.text for line in lines]


def test_arrows_a_wrap_put_at_a_lines_start_go_back_to_the_line_they_belong_to():
    from ingest.readers.text import _arrows_mended
    assert _arrows_mended(["設置預約專線，並適時檢討改進。＝", "　＞研考科負責，每季前辦結"]) == [
        "設置預約專線，並適時檢討改進。＝＞", "　研考科負責，每季前辦結"]
    assert _arrows_mended(["　＝＞研考科、秘書室、人事室、會計室、政風室、資訊室、甲組", "　→乙組→丙組（依序會辦）負責"]) == [
        "　＝＞研考科、秘書室、人事室、會計室、政風室、資訊室、甲組→", "　乙組→丙組（依序會辦）負責"]
    assert _arrows_mended(["注意事項", "→ 攜帶證件"]) == ["注意事項", "→ 攜帶證件"]  # (a short line over an arrow-led list)


def test_a_note_framed_by_bars_on_the_line_after_the_last_item_belongs_to_the_heading_above_the_list():
    from ingest.narrative import NarrativeReader
    from ingest.readers.text import normalise_list_lead
    rows: list = []
    reader = NarrativeReader("measure", rows)
    for n, line in enumerate(["第1項：受理預約申請。", "第2項：派員到府收件。", "∥主辦戶籍課∥完成每季∥"], 2):
        reader.add(normalise_list_lead(line), n, None, ["壹、措施", "(一)到府服務"])
    reader.end_heading(["壹、措施", "(一)到府服務"], 3, False)
    reader.finish()
    assert [(r.measure, r.actions, r.owner, r.deadline) for r in rows] == [
        ("到府服務", ["受理預約申請。", "派員到府收件。"], "戶籍課", "每季")]
