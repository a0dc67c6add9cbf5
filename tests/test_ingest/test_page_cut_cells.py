"""Spanning cells of the seven-column indicator table cut by page breaks (issue 18, item 5):
columns nest left to right, so a new 實施要項 or 評核項目 at the top of a page starts a new
評核指標 however full the indicator's cell above was; a PDF cell's lines join across a number
the line break cut."""

from __future__ import annotations

from ingest.blocks import Cell, PhysicalRow, PhysicalTable
from ingest.grid import expand_grid, join_page_cut_cells
from ingest.readers.pdf import join_lines

ROLES = ["section", "section", "measure", "actions", "deadline", "owner", "benefit"]


def _row(*cells, page: int) -> PhysicalRow:
    return PhysicalRow([c if isinstance(c, Cell) else Cell(c) for c in cells], page=page)


def _indicator_rows(next_page_facet: Cell, next_page_part: Cell) -> list:
    """An indicator whose cell ends where page 1 does (text to its bottom: marked cut), then
    the first row of page 2 with a facet and a part of its own."""
    first = [Cell("壹、便民服務", rowspan=2), Cell("一、服務友善", rowspan=2),
             Cell("法令研討訓練：減少民眾往返奔波並依民眾反映意見修正", rowspan=2, cut=True), "1. 規劃辦理。", "每月", "各課",
             Cell("方便民眾查詢。", rowspan=2)]
    return expand_grid(PhysicalTable([
        _row(*first, page=1), _row("2. 定期檢討。", "每月", "各課", page=1),
        _row(next_page_facet, next_page_part, Cell("到府服務：提供全程整合服務", rowspan=1), "1. 擴大辦理。", "每季", "秘書室", "照顧弱勢。", page=2)]))


def test_a_new_facet_at_the_top_of_the_page_starts_a_new_indicator():
    rows = join_page_cut_cells(_indicator_rows(Cell("參、服務便捷", rowspan=1), Cell("一、服務成長", rowspan=1)), ROLES)
    assert [r.cells[2] for r in rows] == ["法令研討訓練：減少民眾往返奔波並依民眾反映意見修正", "", "到府服務：提供全程整合服務"]
    assert not rows[2].covered[2]


def test_a_cut_indicator_under_covered_facet_and_part_cells_runs_on():
    rows = expand_grid(PhysicalTable([
        _row(Cell("壹、便民服務", rowspan=3), Cell("一、服務友善", rowspan=3),
             Cell("法令研討訓練：減少民眾往返奔波並依民", rowspan=2, cut=True), "1. 規劃辦理。", "每月", "各課", Cell("效益。", rowspan=3),
             page=1),
        _row("2. 定期檢討。", "每月", "各課", page=1),
        _row(Cell("眾反映意見修正", rowspan=1), "3. 擴大辦理。", "每季", "各課", page=2)]))
    rows = join_page_cut_cells(rows, ROLES)
    assert rows[0].cells[2] == "法令研討訓練：減少民眾往返奔波並依民眾反映意見修正"
    assert rows[2].cells[2] == "" and rows[2].covered[2]


def test_a_facet_printed_again_on_the_new_page_does_not_start_a_new_group():
    rows = expand_grid(PhysicalTable([
        _row(Cell("壹、便民服務", rowspan=2), Cell("法令研討訓練：減少民眾往返奔波並依民", rowspan=2, cut=True), "1. 規劃辦理。",
             "每月", page=1),
        _row("2. 定期檢討。", "每月", page=1),
        _row(Cell("壹、便民服務", rowspan=1), Cell("眾反映意見修正", rowspan=1), "3. 擴大辦理。", "每季", page=2)]))
    rows = join_page_cut_cells(rows, ["section", "measure", "actions", "deadline"])
    assert rows[0].cells[1] == "法令研討訓練：減少民眾往返奔波並依民眾反映意見修正"


def test_a_number_cut_by_a_line_break_in_chinese_text_runs_on():
    assert join_lines(["103年1", "2月31日前"]) == "103年12月31日前"
    assert join_lines(["113年1", "2月至1", "2月"]) == "113年12月至12月"
    assert join_lines(["辦理第1", "2. 設置服務台。"]) == "辦理第1 2. 設置服務台。"  # a numbered item keeps its space
    assert join_lines(["version 1", "2 items"]) == "version 1 2 items"  # Latin text keeps its space


def test_a_group_cut_at_one_page_s_end_and_run_on_is_not_cut_at_the_next():
    """A row cut at page 1's foot runs on in page 2's first row (only a unit's last line there, the group cells empty
    and spanning the page); a new group at the top of page 3 is a row of its own, not more of that row."""
    from ingest.grid import join_cut_rows

    rows = expand_grid(PhysicalTable([
        _row(Cell("甲、服務友善", cut=True), Cell("臨櫃服務", cut=True), Cell("1. 規劃辦理。", cut=True), Cell("每月", cut=True),
             Cell("總務課、", cut=True), Cell("效益。", cut=True), page=1),
        _row(Cell("", rowspan=2), Cell("", rowspan=2), "", "", "秘書室", "", page=2),
        _row(Cell("2. 定期檢討。", cut=True), Cell("每季", cut=True), Cell("各課", cut=True), Cell("效益。", cut=True), page=2),
        _row(Cell("乙、服務便捷"), Cell("到府服務"), "1. 擴大辦理。", "每季", "秘書室", "照顧弱勢。", page=3)]))
    joined = join_cut_rows(rows)
    assert [r.cells[0] for r in joined] == ["甲、服務友善", "", "乙、服務便捷"]
    assert joined[0].cells[4] == "總務課、秘書室"
