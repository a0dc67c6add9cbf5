"""The one assembler: the grain of a table comes from column roles and spans, not text length."""

from __future__ import annotations

from ingest.assemble import assemble_table, map_roles, table_grain
from ingest.blocks import Table, TableRow
from ingest.columns import assign_roles
from ingest.ocr_repair import is_wrapped_table

HEADER = ["實施要項", "推動作法", "完成期限", "承辦單位", "預期效益"]


def _table(rows, header=HEADER) -> Table:
    return Table(header, [TableRow(list(r), n) for n, r in enumerate(rows, 10)])


def _grain(table: Table) -> str:
    roles = assign_roles(table.header)
    return table_grain(map_roles(table, roles), roles, table.header)


def test_measure_rows_with_numbered_actions_whatever_their_length():
    long = "提供行動不便民眾到府服務，" * 20
    table = _table([["到府服務", f"1. {long} 2. 每季檢討。", "每月", "戶籍課", "照顧長者。"],
                    ["單一窗口", "(1)設置全功能櫃台。(2)簡化流程。", "每季", "各課", "一處收件。"]])
    rows, _ = assemble_table(table, ["壹、具體措施"])
    assert _grain(table) == "measure"
    assert [(r.measure, len(r.actions), r.deadline) for r in rows] == [("到府服務", 2, "每月"), ("單一窗口", 2, "每季")]


def test_spanning_measure_with_steps_of_their_own_gives_one_row_per_step():
    table = _table([["一、便民服務", "(一)到府服務。", "112年6月", "戶籍課", "照顧長者。"],
                    ["", "(二)單一窗口。", "112年12月", "各課", "一處收件。"]])
    rows, _ = assemble_table(table, ["壹、具體措施"])
    assert _grain(table) == "step"
    assert [(r.section, r.measure, r.deadline) for r in rows] == [
        (["壹、具體措施", "一、便民服務"], "到府服務。", "112年6月"), (["壹、具體措施", "一、便民服務"], "單一窗口。", "112年12月")]


def test_a_table_with_one_step_per_group_follows_the_documents_grain():
    table = _table([["一、便民服務", "(一)到府服務。", "112年6月", "戶籍課", "照顧長者。"]])
    assert _grain(table) == "measure"
    rows, _ = assemble_table(table, [], document_grain="step")
    assert [(r.section, r.measure) for r in rows] == [(["一、便民服務"], "到府服務。")]


def test_check_items_of_an_indicator_are_actions_not_steps():
    header = ["評核指標", "檢核項目", "完成期限", "執行單位"]
    table = _table([["(一)服務場所便利性", "1. 推動辦公室整頓。", "經常辦理", "各單位"],
                    ["", "2. 服務標示清楚。", "97年10月", "各單位"]], header)
    rows, _ = assemble_table(table, [], document_grain="step")
    assert [(r.measure, r.actions, r.deadline) for r in rows] == [
        ("(一)服務場所便利性", ["推動辦公室整頓。", "服務標示清楚。"], "經常辦理；97年10月")]


def test_packed_steps_need_one_deadline_each():
    packed = _table([["一、提升服務品質", "(一)訂定計畫。 (二)美化櫃台。", "97 年 1 月 持續辦理", "研考人員 總務人員", "好。"]])
    assert _grain(packed) == "step"
    wrapped_date = _table([["志工服務", "1. 擴大辦理。 2. 每季檢討。", "107年12 月底前", "秘書室", "好。"]])
    assert _grain(wrapped_date) == "measure"


def test_row_continued_without_measure_deadline_or_owner_joins_the_row_above():
    table = _table([["設置便利使用網站", "1. 建置網站。 2. 透過最新消息公告新推動之便", "經常辦理", "各課", "提升參與"],
                    ["", "民服務、活動。", "", "", "性。"]])
    (row,), _ = assemble_table(table, [])
    assert row.actions == ["建置網站。", "透過最新消息公告新推動之便民服務、活動。"] and row.benefit == "提升參與性。"


def test_visual_line_rows_are_told_from_ordinary_rows_by_their_shape():
    roles_header = ["實施要項", "評核指標", "檢核項目", "完成期限", "執行單位"]
    wrapped = _table([["壹、便民", "(一)服務", "1. 推動辦公室(整理、", "經常辦理", "各單位"],
                      ["標準服", "場所便利", "整頓、清掃、清潔)", "", ""],
                      ["務", "性", "2. 單位(機關)內外環", "97年10月", "各單位"],
                      ["", "", "境規劃具特色並符", "", ""], ["", "", "合民眾需求", "", ""]], roles_header)
    ordinary = _table([["建立業務標準作業流程", "訂定各項申辦業務標準作業流程。", "經常辦理", "各課", "維持一致性。"],
                       ["服務及時性", "1. 抽查案件。 2. 掌握公文時效。", "經常辦理", "各課", "避免逾期。"],
                       ["提供專業服務", "1. 派員參加課程。", "經常辦理", "各課", "提升知能。"],
                       ["", "並定期辦理研討。", "", "", ""]])
    assert is_wrapped_table(map_roles(wrapped, assign_roles(wrapped.header)))
    assert not is_wrapped_table(map_roles(ordinary, assign_roles(ordinary.header)))


def test_page_cut_row_with_an_owner_fragment_is_no_step():
    table = _table([["行動申辦", "1. 設置櫃台。", "長期辦理", "綜合規劃科、秘書", "好。"],
                    ["", "2. 每季檢討。", "", "室", ""]])
    assert _grain(table) == "measure"
    (row,), _ = assemble_table(table, [])
    assert (row.actions, row.owner) == (["設置櫃台。", "每季檢討。"], "綜合規劃科、秘書室")
