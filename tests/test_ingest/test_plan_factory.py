"""The plan factory itself: deterministic, covers what the issue asks for, and its comparison
can fail (a round trip that cannot fail would prove nothing)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from plan_factory import compare_rows, random_plan, render
from plan_factory import vocabulary as V
from plan_factory.layout import PlanTable, expanded, physical_table, plan_blocks, plan_document
from plan_factory.render_html import table_page
from plan_factory.render_text import big5_text, law_database_text, tab_text

from ingest.record import MeasureRow, SourceRef

SEEDS = range(100)


@pytest.fixture(scope="module")
def plans():
    return [random_plan(s) for s in SEEDS]


def test_same_seed_same_plan_and_other_seeds_differ():
    assert random_plan(7) == random_plan(7)
    assert random_plan(7).expected_rows() != random_plan(8).expected_rows()


def test_plans_cover_the_shapes_the_issue_names(plans):
    rows = [r for p in plans for r in p.expected_rows()]
    measure_rows = [r for p in plans if p.grain == "measure" for r in p.expected_rows()]
    assert {p.grain for p in plans} == {"measure", "step"}
    assert {p.facet_layout for p in plans} == {"heading", "column", "row"}
    assert {len(r.actions) for r in measure_rows} >= {1, 2, 12}
    assert all(1 <= len(r.actions) <= 12 for r in measure_rows)
    assert {p.office.kind for p in plans} == set(V.OFFICE_TYPES)
    assert all(len(p.facets) == 4 for p in plans)
    assert any(p.extra_column for p in plans) and any(r.extra for r in rows)
    assert max(len("".join(r.actions)) for r in rows) > 400  # long cells
    step_rows = [r for p in plans if p.grain == "step" for r in p.expected_rows()]
    assert step_rows and all(r.actions == () and r.deadline and r.owner for r in step_rows)
    assert {len(r.section) for r in measure_rows} == {2, 3}  # with and without subsection headings


def test_every_word_of_the_vocabulary_is_big5(plans):
    for plan in plans[:20] + [random_plan(s, wording=w) for s in range(20) for w in ("heldout", "heldout2")]:
        data = big5_text(plan)
        assert data.decode("cp950") == tab_text(plan)
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")


@pytest.mark.parametrize("name", ["heldout", "heldout2"])
def test_heldout_wordings_share_no_office_kind_title_or_column_name_with_earlier_ones(name):
    prefix = "HELDOUT_" if name == "heldout" else "HELDOUT2_"
    earlier = ["", "HELDOUT_"][: 1 if name == "heldout" else 2]
    plans = [random_plan(s, wording=name) for s in SEEDS]
    assert {p.office.kind for p in plans} == set(getattr(V, prefix + "OFFICE_TYPES"))
    for other in earlier:
        assert not set(getattr(V, prefix + "OFFICE_TYPES")) & set(getattr(V, other + "OFFICE_TYPES"))
        assert not set(getattr(V, prefix + "TITLE_PATTERNS")) & set(getattr(V, other + "TITLE_PATTERNS"))
        assert not set(getattr(V, prefix + "NOTE_STYLES")) & set(getattr(V, other + "NOTE_STYLES"))
        for role, names in getattr(V, prefix + "HEADERS").items():
            assert not set(names) & set(getattr(V, other + "HEADERS")[role]), (other, role)
    assert random_plan(3, wording=name) != random_plan(3)


def test_first_heldout_wording_puts_the_year_before_the_office():
    assert any(p.title.startswith(str(p.year_roc)) for p in (random_plan(s, wording="heldout") for s in SEEDS))


def test_physical_spans_expand_back_to_the_grid(plans):
    """Rowspans and colspans written to DOCX/ODT/HTML/PDF describe the same grid the text layouts show."""
    for plan in plans:
        for table in (e for e in plan_document(plan) if isinstance(e, PlanTable)):
            physical = physical_table(table)
            grid, pending = [], {}
            for prow in physical.rows[1:]:
                row, cells = [], iter(prow.cells)
                while len(row) < table.width:
                    if pending.get(len(row), 0) > 0:
                        pending[len(row)] -= 1
                        row.append("")
                        continue
                    cell = next(cells)
                    for k in range(cell.colspan):
                        if cell.rowspan > 1:
                            pending[len(row)] = cell.rowspan - 1
                        row.append(cell.text if k == 0 else "")
                grid.append(row)
            assert grid == [cells for cells, _ in expanded(table)]


def test_spans_and_page_cuts_appear_in_the_renderings(plans):
    pages = [table_page(p) for p in plans[:30]]
    assert any('rowspan="' in page for page in pages) and any('colspan="' in page for page in pages)
    assert all("跳到主要內容區塊" in page and "<nav>" in page and "<footer>" in page for page in pages)
    texts = [tab_text(p) for p in plans[:30]]
    continuation = re.compile(r"^\t+[^\t]", re.M)  # a row whose first cells are empty: a cut row's rest
    assert sum(bool(continuation.search(t)) for t in texts) >= 10


def test_law_database_view_is_hard_wrapped_with_a_later_print_date(plans):
    plan = plans[0]
    text = law_database_text(plan)
    assert f"法規名稱：{plan.title}" in text and "公發布日：民國" in text
    printed = int(re.search(r"列印時間：(\d+)\.", text).group(1))
    assert printed > plan.year_roc
    body = text.split("法規內容：", 1)[1].splitlines()
    assert max(len(line) for line in body) <= 36
    assert any(line.startswith("　") for line in body)  # hanging indents


def test_pdf_repeats_the_header_on_every_page(tmp_path):
    from pypdf import PdfReader

    plan = max((random_plan(s) for s in range(40)), key=lambda p: sum(len("".join(r.actions)) for r in p.expected_rows()))
    reader = PdfReader(render(plan, "pdf-landscape", tmp_path))
    assert len(reader.pages) >= 2
    header = plan.headers["deadline"]
    assert sum(header in page.extract_text().replace(" ", "") for page in reader.pages) >= 2


def test_blocks_for_office_writers_carry_header_rows_and_spans(plans):
    plan = next(p for p in plans if p.grain == "step")
    tables = [b for b in plan_blocks(plan) if hasattr(b, "rows") and not hasattr(b, "header")]
    assert tables and all(t.rows[0].header for t in tables)
    assert any(c.rowspan > 1 for t in tables for r in t.rows for c in r.cells)


def _as_produced(plan) -> list[MeasureRow]:
    return [MeasureRow(row_id=str(i), plan_id="p", office=plan.office.name, parent_agency=None, year_roc=plan.year_roc,
                       year_ad=plan.year_ad, title=plan.title, source_file="f", source_sha256="", section=r.section,
                       measure=r.measure, actions=r.actions, deadline=r.deadline, owner=r.owner, benefit=r.benefit,
                       source=SourceRef("f")) for i, r in enumerate(plan.expected_rows())]


def test_comparison_passes_the_answer_key_and_fails_every_kind_of_damage():
    plan = random_plan(11)
    rows = _as_produced(plan)
    assert compare_rows(plan, rows).ok
    assert not compare_rows(plan, rows[1:]).ok  # a missed row
    assert compare_rows(plan, rows + [rows[0]]).rate < 1  # a junk (duplicate) row
    assert not compare_rows(plan, [replace(rows[0], owner="別的單位")] + rows[1:]).ok
    assert not compare_rows(plan, [replace(rows[0], section=rows[0].section[:-1])] + rows[1:]).ok
    assert not compare_rows(plan, [replace(rows[0], actions=rows[0].actions + ("多一項",))] + rows[1:]).ok
    assert not compare_rows(plan, [replace(r, office="首頁") for r in rows]).ok
    assert not compare_rows(plan, [replace(r, year_roc=plan.year_roc + 8) for r in rows]).ok
    whole = replace(rows[0], measure="".join(r.measure for r in rows), actions=())
    assert compare_rows(plan, [whole]).exact == 0


# -- text renderings (issue 18) ---------------------------------------------------------------
def test_text_renderings_draw_every_box_style_and_the_forms_the_issue_names(plans, tmp_path):
    from plan_factory import TEXT_LAYOUTS
    from plan_factory.render_law import boxed_law_text, bullet_text, numbered_law_text
    from plan_factory.render_web_text import web_lines, web_paragraphs

    assert {p.style.box for p in plans} == set(V.BOX_STYLES)
    assert {p.style.row_rules for p in plans} == {True, False}
    boxed = [boxed_law_text(p) for p in plans[:30]]
    assert all("法規名稱：" in t and "公發布日：" in t for t in boxed)
    inside = re.compile(r"^[│┃║｜|].*\n\n(?:列印時間|第 \d|PAGE).*\n(?:.*\n)?\n[│┃║｜|]", re.M)  # furniture inside a table
    assert sum(bool(inside.search(t)) for t in boxed) >= 5
    lines = [web_lines(p) for p in plans[:30]]
    assert any(re.search(r"^\S{1,6}[課室股科組]\n\S{1,6}[課室股科組]$", t, re.M) for t in lines)  # an owner's units a line each
    assert any("\n\n" not in t for t in lines) and all("\n\n" in web_paragraphs(p) for p in plans[:5])
    law = [numbered_law_text(p) for p in plans[:30]]
    assert any(re.search(r"^\u3000+\(一\).+\n\u3000+1[.、] ", t, re.M) for t in law)  # a measure heading over numbered actions
    bullets = [bullet_text(p) for p in plans[:30]]
    assert any("\n- " in t for t in bullets) and any("\n• " in t for t in bullets)
    assert set(TEXT_LAYOUTS) <= set(__import__("plan_factory").LAYOUTS)


def test_one_service_plans_are_titled_by_their_service_some_without_a_year(plans):
    from plan_factory import layout_plan

    services = [layout_plan(p, "bullets") for p in plans if p.style.one_service]
    assert len(services) >= 20
    assert all(len(s.expected_rows()) == 1 and s.expected_rows()[0].measure in s.title for s in services)
    assert any(str(s.year_roc) not in s.title for s in services)
    assert all(layout_plan(p, "tab") is p for p in plans)


def test_sections_that_are_not_measures_are_in_the_text_renderings_only(plans):
    from plan_factory.layout import text_document

    kinds = {m.kind for p in plans for m in p.non_measures}
    assert kinds == {"definitions", "evaluation", "appendix", "boilerplate"}
    plan = next(p for p in plans if len(p.non_measures) >= 3)
    text = "\n".join(getattr(e, "text", "") for e in text_document(plan))
    assert all(m.title in text or m.kind == "evaluation" for m in plan.non_measures)
    assert not any(m.title in tab_text(plan) for m in plan.non_measures if m.kind != "boilerplate")
