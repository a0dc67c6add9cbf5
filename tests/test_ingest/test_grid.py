"""Each grid repair on hand-built physical tables (ingest/grid.py)."""

from __future__ import annotations

from ingest.blocks import Cell, Heading, Paragraph, PhysicalRow, PhysicalTable, Table
from ingest.grid import (
    MAX_COLSPAN,
    MAX_ROWSPAN,
    banner_heading,
    expand_grid,
    expand_spans,
    find_header,
    is_repeated_header,
    join_cut_rows,
    join_page_cut_cells,
    join_wrapped_header,
    realign_shifted_row,
    resolve_tables,
    to_logical,
)

HEADER = ["實施要項", "推動作法", "完成期限", "承辦單位", "預期效益"]


def _row(*cells, page=None, line=None) -> PhysicalRow:
    return PhysicalRow([c if isinstance(c, Cell) else Cell(c) for c in cells], line, page)


def test_rowspan_positions_are_empty_and_marked_covered():
    table = PhysicalTable([_row(Cell("便民服務", rowspan=2), "1. 到府服務。"), _row("2. 單一窗口。")])
    grid = expand_grid(table)
    assert [r.cells for r in grid] == [["便民服務", "1. 到府服務。"], ["", "2. 單一窗口。"]]
    assert [r.covered for r in grid] == [[False, False], [True, False]]


def test_colspan_fills_the_row_and_absurd_spans_are_capped():
    table = PhysicalTable([_row(Cell("一、基礎服務", colspan=10**8)), _row(Cell("x", rowspan=10**9), "y")])
    grid = expand_spans(table)
    assert len(grid[0]) == MAX_COLSPAN and grid[0][0] == "一、基礎服務"
    assert MAX_ROWSPAN < 10**9


def test_header_wrapped_over_two_rows_is_joined():
    top = ["工作重點", "推動作法", "執行", "業務", "預期"]
    bottom = ["", "", "期程", "單位", "效益"]
    assert join_wrapped_header(top, bottom) == ["工作重點", "推動作法", "執行期程", "業務單位", "預期效益"]


def test_a_body_row_under_the_header_is_not_taken_for_its_second_line():
    assert join_wrapped_header(HEADER, ["到府服務", "1. 提供到府服務。", "112年6月", "戶籍課", "照顧長者。"]) is None
    assert join_wrapped_header(HEADER, ["", "(一)提供到府服務。", "", "", ""]) is None


def test_find_header_skips_rows_above_it_and_reports_two_physical_rows():
    rows = expand_grid(PhysicalTable([_row("安 **", "一面百17"), _row("實施要項", "推動作法", "執行", "承辦", "預期效益"),
                                      _row("", "", "期程", "單位", ""), _row("到府服務", "1. 到府。", "每月", "各課", "好。")]))
    at, header, taken = find_header(rows)
    assert (at, taken) == (1, 2)
    assert header == ["實施要項", "推動作法", "執行期程", "承辦單位", "預期效益"]


def test_header_repeated_with_letter_spacing_is_a_repeat_but_other_roles_are_not():
    assert is_repeated_header(["實 施 要 項", "推 動 作 法", "完 期 成 限", "承 辦 單 位", "預 期 效 益"], HEADER)
    assert not is_repeated_header(["評核指標", "檢核項目", "完成期限"], HEADER)


def test_repeated_headers_are_dropped_and_a_new_header_starts_a_new_table():
    table = PhysicalTable([_row(*HEADER), _row("A", "1. a。", "每月", "各課", "好。"), _row(*HEADER, page=2),
                           _row("B", "1. b。", "每月", "各課", "好。", page=2),
                           _row("評核指標", "檢核項目", "完成期限"), _row("C", "1. c。", "每季")])
    blocks = to_logical(table)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [[r.cells[0] for r in t.rows] for t in tables] == [["A", "B"], ["C"]]
    assert tables[1].header == ["評核指標", "檢核項目", "完成期限"]


def test_full_width_row_becomes_a_heading_inside_the_table():
    table = PhysicalTable([_row(*HEADER), _row(Cell("一、基礎服務", colspan=5)), _row("A", "1. a。", "每月", "各課", "好。")])
    blocks = to_logical(table)
    assert isinstance(blocks[0], Heading) and blocks[0].text == "一、基礎服務" and blocks[0].level == 2
    assert [r.cells[0] for r in blocks[1].rows] == ["A"] and len(blocks) == 2


def test_numbered_title_alone_in_a_tab_row_is_a_heading_but_a_measure_row_is_not():
    only_title = expand_grid(PhysicalTable([_row("二、服務遞送", "", "", "", "")]))[0]
    assert banner_heading(only_title, 5).text == "二、服務遞送"
    measure_row = expand_grid(PhysicalTable([_row("二、服務遞送", "1. 到府服務。", "每月", "", "")]))[0]
    assert banner_heading(measure_row, 5) is None
    unnumbered = expand_grid(PhysicalTable([_row("程透明度", "", "", "", "")]))[0]
    assert banner_heading(unnumbered, 5) is None


def test_group_cell_cut_by_a_page_break_is_joined_to_the_cell_above():
    rows = expand_grid(PhysicalTable([
        _row(Cell("(二)服務流", rowspan=2, cut=True), "1. a。", "每月", "各課", page=1), _row("2. b。", "每月", "各課", page=1),
        _row(Cell("程透明度", rowspan=1), "3. c。", "每季", "各課", page=2)]))
    joined = join_page_cut_cells(rows, ["measure", "actions", "deadline", "owner"])
    assert joined[0].cells[0] == "(二)服務流程透明度"
    assert joined[2].cells[0] == "" and joined[2].covered[0]


def test_new_group_at_the_top_of_a_page_stays_its_own_group():
    rows = expand_grid(PhysicalTable([
        _row(Cell("櫃台服務品質", rowspan=2), "1. a。", "每月", "各課", page=1), _row("2. b。", "每月", "各課", page=1),
        _row(Cell("弱勢族群關懷", rowspan=1), "1. c。", "每季", "各課", page=2)]))
    joined = join_page_cut_cells(rows, ["measure", "actions", "deadline", "owner"])
    assert [r.cells[0] for r in joined] == ["櫃台服務品質", "", "弱勢族群關懷"]


def test_row_cut_by_a_page_break_is_joined_when_every_cell_of_it_runs_on():
    rows = expand_grid(PhysicalTable([
        _row("到府服務", Cell("1. 提供行動不便民", cut=True), "每月", Cell("房屋稅科、地", cut=True), page=1),
        _row("", "眾到府服務。", "", "價稅科", page=2),
        _row("單一窗口", "1. 設置。", "每季", "各課", page=2)]))
    joined = join_cut_rows(rows)
    assert [r.cells for r in joined] == [["到府服務", "1. 提供行動不便民眾到府服務。", "每月", "房屋稅科、地價稅科"],
                                         ["單一窗口", "1. 設置。", "每季", "各課"]]


def test_row_at_the_top_of_a_page_with_its_own_measure_is_not_joined():
    rows = expand_grid(PhysicalTable([
        _row("到府服務", Cell("1. 提供。", cut=True), "每月", "各課", page=1),
        _row("單一窗口", "1. 設置。", "每季", "各課", page=2)]))
    assert len(join_cut_rows(rows)) == 2


def test_row_shifted_one_column_right_is_moved_back():
    roles = ["measure", "actions", "deadline", "owner", "benefit"]
    shifted = ["", "二·便捷服務程序", "1. 檢討單一窗口。", "107年 4月", "秘書室 執行科"]
    assert realign_shifted_row(shifted, roles) == ["二·便捷服務程序", "1. 檢討單一窗口。", "107年 4月", "秘書室 執行科", ""]
    continued = ["", "2. 檢討作業標準。", "107年 6月", "秘書室", "節省工時。"]
    assert realign_shifted_row(continued, roles) == continued


def test_table_without_header_is_read_as_text_and_caption_above_a_table_becomes_a_heading():
    blocks = resolve_tables([Paragraph("服務一致及正確"), PhysicalTable([_row(*HEADER), _row("A", "1. a。", "每月", "各課", "好。")]),
                             PhysicalTable([_row("一、基礎服務", "說明")])])
    assert isinstance(blocks[0], Heading) and blocks[0].text == "服務一致及正確"
    assert isinstance(blocks[1], Table)
    assert isinstance(blocks[2], Heading) and blocks[2].text == "一、基礎服務 說明"


def test_empty_remainder_of_a_cut_row_ends_the_check_for_that_page():
    rows = expand_grid(PhysicalTable([
        _row("A", Cell("4. 落實教育訓練。", cut=True), Cell("每年", cut=True), Cell("牌照課", cut=True), page=1),
        _row("", "", "", "", page=2),
        _row("", "5. 每月抽查。", "105年2月起", "駕照課", page=2)]))
    joined = join_cut_rows(rows)
    assert [r.cells[1] for r in joined] == ["4. 落實教育訓練。", "", "5. 每月抽查。"]
