"""Plans as text (issue 18): box-drawn tables, cells copied one per line or per paragraph,
numbered law text, bullet clauses, sections that are not measures, messy titles. Each test
feeds a hand-built file through `ingest_paths` and checks the rows, fields and report."""

from __future__ import annotations

import pytest

from ingest import ingest_paths
from ingest.blocks import Table
from ingest.columns import positional_roles, roles_by_content
from ingest.fields import field_line, is_deadline, is_owner
from ingest.grid import resolve_tables
from ingest.metadata import office_from_title, service_of_title
from ingest.readers.boxtable import is_rule
from ingest.readers.text import is_print_furniture, read_text

TITLE = "臺北市信義區戶政事務所112年度提升服務品質執行計畫"


def _ingest(tmp_path, text: str, name: str = "plan.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    rows, report = ingest_paths([path], workers=1)
    return [r for r in rows if r.kind == "measure"], report.files[0]


def _fields(rows):
    return [(r.measure, r.actions, r.deadline, r.owner) for r in rows]


# -- box-drawn tables ------------------------------------------------------------------------
BOX = {
    "light": "┌┬┐├┼┤└┴┘─│",
    "heavy": "┏┳┓┣╋┫┗┻┛━┃",
    "double": "╔╦╗╠╬╣╚╩╝═║",
    "full-width": "＋＋＋＋＋＋＋＋＋－｜",
    "ascii": "+++++++++-|",
}


def _box(style: str, rows: list[str]) -> str:
    """A box table from a template using ┌┬┐├┼┤└┴┘─│, redrawn in `style`."""
    return "\n".join(row.translate(str.maketrans(BOX["light"], BOX[style]))for row in rows)


MEASURE_TABLE = [
    "┌──────┬──────────┬────┬────┐",
    "│實施項目　　│具體作法　　　　　　│完成期限│承辦單位│",
    "├──────┼──────────┼────┼────┤",
    "│到府服務　　│1. 設置行動不便民眾到│每月　　│戶籍課、│",
    "│　　　　　　│府服務。　　　　　　│　　　　│資訊課　│",
    "│　　　　　　│2. 建立預約申辦服務。│　　　　│　　　　│",
    "├──────┼──────────┼────┼────┤",
    "│單一窗口服務│設置全功能櫃台，一處│113年12 │本所　　│",
    "│　　　　　　│收件全程服務。　　　│月底　　│　　　　│",
    "└──────┴──────────┴────┴────┘",
]
EXPECTED = [("到府服務", ("設置行動不便民眾到府服務。", "建立預約申辦服務。"), "每月", "戶籍課、資訊課"),
            ("單一窗口服務", ("設置全功能櫃台，一處收件全程服務。",), "113年12月底", "本所")]


@pytest.mark.parametrize("style", list(BOX))
def test_box_table_in_every_style_gives_its_rows_with_wrapped_cells_joined(tmp_path, style):
    rows, report = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + _box(style, MEASURE_TABLE) + "\n")
    assert _fields(rows) == EXPECTED
    assert {r.section for r in rows} == {("壹、推動作法",)}


def test_box_table_without_rules_between_rows_splits_where_a_column_starts_again(tmp_path):
    table = MEASURE_TABLE[:6] + MEASURE_TABLE[7:]
    assert sum(line.startswith("├") for line in table) == 1  # only the header rule is left
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(table) + "\n")
    assert _fields(rows) == EXPECTED


def test_box_table_cut_by_a_page_runs_on_across_the_print_furniture(tmp_path):
    cut = MEASURE_TABLE[:5] + ["", "列印時間：115.03.02 10:22", "第 2 頁／共 3 頁", ""] + MEASURE_TABLE[5:]
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(cut) + "\n")
    assert _fields(rows) == EXPECTED


def test_box_table_without_outer_borders_and_bottom_rule_still_reads(tmp_path):
    bare = [line.strip("│┌┐├┤└┘") for line in MEASURE_TABLE[:-1]]
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(bare) + "\n\n參、管制考核\n")
    assert _fields(rows) == EXPECTED


STEP_TABLE = [
    "┌──────┬──────────┬────┬────┐",
    "│推動策略　　│執行步驟　　　　　　│完成期限│承辦單位│",
    "├──────┴──────────┴────┴────┤",
    "│一、基礎服務　　　　　　　　　　　　　　　　　　　　│",
    "├──────┬──────────┬────┬────┤",
    "│到府服務，方│(一)受理申請。　　　│每月　　│戶籍課　│",
    "│便民眾查詢　├──────────┼────┼────┤",
    "│　　　　　　│(二)派員到府。　　　│110.06　│資訊課　│",
    "└──────┴──────────┴────┴────┘",
]


def test_box_table_spans_a_group_over_its_steps_and_a_full_width_row_is_a_heading(tmp_path):
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(STEP_TABLE) + "\n")
    assert [(r.section, r.measure, r.deadline, r.owner) for r in rows] == [
        (("壹、推動作法", "一、基礎服務", "到府服務，方便民眾查詢"), "受理申請。", "每月", "戶籍課"),
        (("壹、推動作法", "一、基礎服務", "到府服務，方便民眾查詢"), "派員到府。", "110.06", "資訊課")]


def test_a_rule_needs_its_junctions_and_a_bare_dash_line_is_no_table():
    assert is_rule("├──┼──┤") and is_rule("+----+----+") and is_rule("│    ├────┤")
    assert not is_rule("----------") and not is_rule("實施項目│具體作法")
    doc = read_text("x.txt", f"{TITLE}\n----------\n壹、推動作法\n")
    assert not any(isinstance(b, Table) for b in resolve_tables(doc.blocks))


# -- cells copied from a web page ------------------------------------------------------------
WEB_ROWS = ["到府服務", "1. 設置行動不便民眾到府服務。", "2. 建立預約申辦服務。", "每月", "戶籍課", "資訊課",
            "照顧弱勢民眾。", "單一窗口服務", "設置全功能櫃台，一處收件全程服務。", "113年12月底", "本所", "減少民眾往返奔波。"]
WEB_EXPECTED = [("到府服務", ("設置行動不便民眾到府服務。", "建立預約申辦服務。"), "每月", "戶籍課、資訊課"),
                ("單一窗口服務", ("設置全功能櫃台，一處收件全程服務。",), "113年12月底", "本所")]


@pytest.mark.parametrize("header", ["實施項目　具體作法　完成期限　承辦單位　預期效益", "實施項目\t具體作法\t完成期限\t承辦單位\t預期效益",
                                    "實施項目\n具體作法\n完成期限\n承辦單位\n預期效益"])
def test_cells_one_per_line_are_recovered_into_rows_by_what_they_hold(tmp_path, header):
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n{header}\n" + "\n".join(WEB_ROWS) + "\n貳、管制考核\n")
    assert _fields(rows) == WEB_EXPECTED
    assert [r.benefit for r in rows] == ["照顧弱勢民眾。", "減少民眾往返奔波。"]


def test_cells_one_per_paragraph_keep_a_cells_own_lines_together(tmp_path):
    cells = ["到府服務", "1. 設置行動不便民眾到府服務。\n2. 建立預約申辦服務。", "每月", "戶籍課\n資訊課", "照顧弱勢民眾。",
             "單一窗口服務", "設置全功能櫃台，一處收件全程服務。", "113年12月底", "本所", "減少民眾往返奔波。"]
    body = "\n\n".join(["實施項目 具體作法 完成期限 承辦單位 預期效益", *cells])
    rows, _ = _ingest(tmp_path, f"{TITLE}\n\n壹、推動作法\n\n{body}\n\n貳、管制考核\n")
    assert _fields(rows) == WEB_EXPECTED


def test_copied_step_table_spans_the_group_and_an_unknown_remark_column_is_found(tmp_path):
    cells = ["推動策略", "執行步驟", "完成期限", "承辦單位", "預期效益", "備註",  # 備註: no role the vocabulary knows
             "到府服務", "1. 受理申請。", "每月", "戶籍課", "照顧長者。", "新增項目",
             "2. 派員到府。", "110年6月", "資訊課", "減少奔波。", "單一窗口", "1. 設置櫃台。", "全年", "本所", "一處收件。"]
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(cells) + "\n")
    assert [(r.section[-1], r.measure, r.deadline, r.owner, r.extra) for r in rows] == [
        ("到府服務", "受理申請。", "每月", "戶籍課", {"備註": "新增項目"}),
        ("到府服務", "派員到府。", "110年6月", "資訊課", {}),
        ("單一窗口", "設置櫃台。", "全年", "本所", {})]


# -- numbered law text and bullet clauses ----------------------------------------------------
def test_numbered_items_under_a_measure_heading_are_its_actions_when_its_fields_follow_them(tmp_path):
    rows, _ = _ingest(tmp_path, f"""{TITLE}
壹、推動作法
一、基礎服務
（一）到府服務
1. 設置行動不便民眾到府服務。
2. 建立預約申辦服務。
完成期限：每月
承辦單位：戶籍課
（二）單一窗口服務
　　設置全功能櫃台，一處收件全程服務。
完成期限：113年12月底；承辦單位：本所
""")
    assert [(r.section, *f) for r, f in zip(rows, _fields(rows), strict=True)] == [
        (("壹、推動作法", "一、基礎服務"), *EXPECTED[0][:3], "戶籍課"),
        (("壹、推動作法", "一、基礎服務"), *EXPECTED[1])]


def test_items_each_followed_by_their_own_fields_are_steps(tmp_path):
    rows, _ = _ingest(tmp_path, f"""{TITLE}
壹、推動作法
一、基礎服務
（一）到府服務
1. 受理申請。
完成期限：每月
承辦單位：戶籍課
2. 派員到府。
完成期限：110年6月
承辦單位：資訊課
""")
    assert [(r.section[-1], r.measure, r.actions, r.deadline, r.owner) for r in rows] == [
        ("（一）到府服務", "受理申請。", (), "每月", "戶籍課"), ("（一）到府服務", "派員到府。", (), "110年6月", "資訊課")]


def test_a_title_line_over_bullet_clauses_is_the_measure(tmp_path):
    rows, _ = _ingest(tmp_path, f"""{TITLE}
壹、推動作法
一、基礎服務
到府服務：
- 設置行動不便民眾到府服務。
- 建立預約申辦服務。
- 完成期限：每月
- 承辦單位：戶籍課、資訊課
單一窗口服務：
- 設置全功能櫃台，一處收件全程服務。
- 完成期限：113年12月底
- 承辦單位：本所
""")
    assert _fields(rows) == EXPECTED


def test_a_one_service_plan_in_bullet_clauses_gives_its_row_and_its_office(tmp_path):
    rows, report = _ingest(tmp_path, """臺北市大安區戶政事務所到府(院)服務實施計畫
中華民國110年3月5日北市大戶字第1103000100號函訂定

一、目的：為照顧行動不便之民眾，提供便捷服務，特訂定本計畫。
二、服務對象：設籍本區之行動不便民眾。
三、服務內容：
- 初設戶籍登記。
- 國民身分證請領。
四、實施期間：全年
五、承辦單位：戶籍課
六、本計畫奉核定後實施，修正時亦同。
""")
    assert [(r.section, r.measure, r.actions, r.deadline, r.owner) for r in rows] == [
        (("三、服務內容",), "到府(院)服務", ("初設戶籍登記。", "國民身分證請領。"), "全年", "戶籍課")]
    assert (rows[0].office, rows[0].year_roc) == ("臺北市大安區戶政事務所", 110)
    assert report.metadata["year_roc"]["source"] == "date line"


def test_wrapped_field_values_and_lines_opening_with_a_separator_run_on(tmp_path):
    rows, _ = _ingest(tmp_path, f"""法規名稱：{TITLE}
公發布日：民國 112 年 03 月 25 日
法規內容：
壹、推動作法
　一、基礎服務
　　(一)到府服務
　　　1. 設置行動不便民眾到府服務，並結合民間資源及志工服
　　　　　務團隊，提供全程整合服務。
　　　2. 建立預約申辦服務，方便民眾查詢，每季辦理1次，並
　　　　　將結果公布於網站。
　　　　完成期限：每月；承辦單位：戶籍課、資訊課、秘書
　　　　　室
　　　　預期效益：提升服務品質，建立親切友善的機關形象。
　　　　　減少民眾往返奔波。
""")
    assert [(r.measure, r.owner, r.benefit) for r in rows] == [
        ("到府服務", "戶籍課、資訊課、秘書室", "提升服務品質，建立親切友善的機關形象。減少民眾往返奔波。")]
    assert len(rows[0].actions) == 2


# -- what is not a measure -------------------------------------------------------------------
def test_definitions_schemes_appendices_and_provisions_are_reported_not_rows(tmp_path):
    rows, report = _ingest(tmp_path, f"""{TITLE}
壹、名詞定義
一、開放參與：指政府透過多元管道，讓民眾參與政策形成。
貳、推動作法
一、基礎服務
1. 到府服務：提供行動不便民眾到府服務。（完成期限：每月；承辦單位：戶籍課）
2. 本計畫所稱單一窗口，係指民眾於一處櫃台即可申辦多項業務。
參、評核方式
評核項目\t配分\t評分標準
基礎服務\t30分\t依執行成果書面審查
肆、本計畫如有未盡事宜，得隨時修正補充之。
附件一：到府服務申請表
申請人姓名：＿＿＿＿
""")
    assert [(r.measure, r.deadline, r.owner) for r in rows] == [("到府服務", "每月", "戶籍課")]
    kinds = sorted((w["kind"], w["line"]) for w in report.warnings if "kind" in w)
    assert kinds == [("appendix", 12), ("definitions", 2), ("definitions", 7), ("evaluation", 8), ("evaluation", 9),
                     ("provision", 11)]
    assert all(w["reason"].startswith("not measures: ") for w in report.warnings if "kind" in w)


# -- fields and titles by what they are ------------------------------------------------------
@pytest.mark.parametrize("value", ["全年", "每月", "113年12月底", "106.05", "110年4月-12月", "97 年 2 、3 月", "110年上半年",
                                   "每季1次", "經常性辦理", "依實際需要辦理", "110年6月至12月", "112年12月31日前"])
def test_deadlines_by_their_grammar(value):
    assert is_deadline(value)


@pytest.mark.parametrize("value", ["到府服務", "設置服務台。", "新增項目", "1次", "書面檢核"])
def test_other_values_are_no_deadline(value):
    assert not is_deadline(value)


@pytest.mark.parametrize("value", ["登記課、測量課", "各課室", "本所", "全體同仁", "為民服務中心", "戶籍股", "研考組",
                                   "諮詢服務台", "各單位"])
def test_owners_by_their_unit_suffixes(value):
    assert is_owner(value)


@pytest.mark.parametrize("value", ["設置便利使用網站", "服務台設置", "新增項目", "年度預算", "到府服務"])
def test_other_values_are_no_owner(value):
    assert not is_owner(value)


def test_a_field_line_is_read_by_label_and_an_unknown_label_needs_a_value_of_its_kind():
    assert field_line("辦理時程：111年12月7日前") == {"deadline": "111年12月7日前"}
    assert field_line("（承辦單位：戶籍課；完成期限：每月）") == {"owner": "戶籍課", "deadline": "每月"}
    assert field_line("服務時間：上午8時至下午5時") is None
    assert field_line("到府服務：設置服務台") is None


@pytest.mark.parametrize(("title", "office"), [
    ("（廢）經濟部國際貿易局提升服務品質執行計畫", "經濟部國際貿易局"),
    ("停98年度嘉義縣三重稽徵所提升服務品質執行計畫", "嘉義縣三重稽徵所"),
    ("修正臺北市信義區公所112年度提升服務品質執行計畫", "臺北市信義區公所"),
    ("臺北市大安區戶政事務所到府(院)服務實施計畫", "臺北市大安區戶政事務所"),
    ("嘉義縣斗六地政事務所公文處理時效實施計畫", "嘉義縣斗六地政事務所"),
    ("交通部公路局岡山監理所設置便利使用網站實施計畫", "交通部公路局岡山監理所"),
])
def test_office_from_messy_titles(title, office):
    from ingest.metadata import without_status

    assert office_from_title(without_status(title)) == office


def test_a_plan_titled_by_one_service_names_it_and_a_quality_plan_does_not():
    assert service_of_title("臺北市大安區戶政事務所到府(院)服務實施計畫") == "到府(院)服務"
    assert service_of_title("臺中市政府警察局信義分局服務品質稽核實施計畫") == "服務品質稽核"
    assert service_of_title("臺北市信義區公所112年度提升服務品質執行計畫") == ""
    assert service_of_title("某機關民國110年度為民服務品質提升計畫") == ""


def test_a_run_on_first_line_with_a_page_field_gives_office_and_year(tmp_path):
    rows, report = _ingest(tmp_path, """PAGE 中部地區巡防局第四一岸巡大隊 103年度提升服務品質執行計畫 壹、計畫依據 一、行政院函頒
貳、推動作法
1. 到府服務：提供行動不便民眾到府服務。（完成期限：每月；承辦單位：勤務科）
""")
    assert {(r.office, r.year_roc) for r in rows} == {("中部地區巡防局第四一岸巡大隊", 103)}


@pytest.mark.parametrize("line", ["第 2 頁／共 5 頁", "PAGE 3", "- 4 -", "2/5", "列印時間：115.03.02 10:22", "Page 2 of 5",
                                  "https://law.moj.gov.tw/LawClass/LawAll.aspx"])
def test_print_furniture_by_its_grammar(line):
    assert is_print_furniture(line)


def test_column_roles_by_position_and_content():
    assert positional_roles(["extra", "measure", "actions", "deadline", "owner", "benefit"]) == \
        ["section", "measure", "actions", "deadline", "owner", "benefit"]
    assert positional_roles(["extra", "measure", "deadline", "owner", "benefit", "actions"]) == \
        ["measure", "actions", "deadline", "owner", "benefit", "extra"]
    roles = roles_by_content(["measure", "actions", "extra", "extra"],
                             [["到府服務"], ["1. 受理。"], ["每月"], ["戶籍課、資訊課"]])
    assert roles == ["measure", "actions", "deadline", "owner"]


# steps meeting with no rule and no gap between them, each beside a deadline of its own that wraps
MERGED_STEP_TABLE = [
    "┌──────┬──────────┬────┬────┐",
    "│推動策略　　│執行步驟　　　　　　│完成期限│承辦單位│",
    "├──────┼──────────┼────┼────┤",
    "│到府服務　　│1. 受理申請，並於收 │下學年度│戶籍課、│",
    "│　　　　　　│件後登錄系統，每月　│新生註冊│資訊課、│",
    "│　　　　　　│辦理1次。　　　　　 │日前　　│秘書室　│",
    "│　　　　　　│2. 派員到府。　　　 │115年3月│資訊課　│",
    "│　　　　　　│　　　　　　　　　　│2日前　 │　　　　│",
    "└──────┴──────────┴────┴────┘",
]


def test_merged_steps_each_beside_a_wrapped_deadline_of_its_own_are_rows(tmp_path):
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(MERGED_STEP_TABLE) + "\n")
    assert [(r.deadline, r.owner) for r in rows] == [("下學年度新生註冊日前", "戶籍課、資訊課、秘書室"), ("115年3月2日前", "資訊課")]


def test_items_of_one_cell_sharing_one_wrapped_deadline_stay_one_row(tmp_path):
    table = [line.replace("115年3月", "　　　　").replace("2日前　", "　　　　").replace("資訊課　", "　　　　") for line in MERGED_STEP_TABLE]
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(table) + "\n")
    assert [(r.deadline, r.owner) for r in rows] == [("下學年度新生註冊日前", "戶籍課、資訊課、秘書室")]


# the second step beside a deadline of its own that opens a span from its date: the two deadlines no one time
SPAN_STEP_TABLE = [
    "┌──────┬──────────┬────┬────┐",
    "│推動策略　　│執行步驟　　　　　　│完成期限│承辦單位│",
    "├──────┼──────────┼────┼────┤",
    "│到府服務　　│1. 受理申請，並於收 │每週一及│戶籍課　│",
    "│　　　　　　│件後登錄系統。　　　│週三上午│　　　　│",
    "│　　　　　　│2. 派員到府。　　　 │自115年 │資訊課　│",
    "│　　　　　　│　　　　　　　　　　│3月起按 │　　　　│",
    "│　　　　　　│　　　　　　　　　　│月辦理　│　　　　│",
    "└──────┴──────────┴────┴────┘",
]


def test_a_step_beside_a_deadline_opening_a_span_from_its_date_is_a_row(tmp_path):
    rows, _ = _ingest(tmp_path, f"{TITLE}\n壹、推動作法\n" + "\n".join(SPAN_STEP_TABLE) + "\n")
    assert [(r.deadline, r.owner) for r in rows] == [("每週一及週三上午", "戶籍課"), ("自115年3月起按月辦理", "資訊課")]


def test_deadline_lines_the_field_model_reads_whole_are_one_deadline(monkeypatch):
    import ingest.fields
    from ingest.readers.boxtable import _deadline_starts

    block = [(1, ["", "1. 設置服務台", "自115年3月", "甲課"]), (2, ["", "", "起每季辦理", ""]), (3, ["", "", "1次", ""])]
    monkeypatch.setattr(ingest.fields, "learned_field", lambda text, kind: kind == "deadline" and text == "自115年3月起每季辦理1次")
    assert _deadline_starts(block, 2, [0]) == []
