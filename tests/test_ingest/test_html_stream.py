"""The streaming HTML reader reads exactly what a BeautifulSoup tree walk read (differential test
on generated plan pages and on random tag soup), and refuses markup no plan is written in —
nesting past MAX_DEPTH, more than MAX_BLOCKS text blocks — naming the file and the line, while
the other files ingest."""

from __future__ import annotations

import random
from pathlib import Path

import html_reference
import pytest
from conftest import sample_text_plans
from plan_factory import random_plan
from plan_factory.render_html import narrative_page, table_page

from ingest import IngestError, ingest_paths
from ingest.readers import html as html_reader

SOUP_TAGS = ("div", "p", "td", "TD", "tr", "table", "th", "thead", "tbody", "tfoot", "br", "br/", "p/", "span", "b",
             "pre", "script", "style", "nav", "li", "ul", "h2", "body", "title", "head", "hr", "form", "textarea",
             "img", "o:p", "template", "rt", "caption", "center", "html")
SOUP_TEXTS = ("一、便民服務", "1. 到府服務。", "  ", "\n", "第二段\n  縮排", "&amp;", "x", "<!-- c -->", "<![CDATA[cd]]>",
              "<!DOCTYPE html>", "(一)項目", "首頁 > 便民服務", "<![if !supportLists]>", "<![endif]>", "&nbsp;", "&#150;",
              "&foo;", "- 項目", "\u3000全形縮排", "<?xml version='1.0'?>", "<", "a & b", "•", "&amp1.", "&#0;")
SPANS = (" rowspan='2'", ' colspan="3"', ' rowspan="2;"', " colspan=99999999", " rowspan=x", " ROWSPAN=2")


def tag_soup(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 80)):
        draw, tag = rng.random(), rng.choice(SOUP_TAGS)
        if draw < 0.35:
            span = rng.choice(SPANS) if tag.lower() in ("td", "th") and rng.random() < 0.4 else ""
            parts.append(f"<{tag}{span}>")
        elif draw < 0.6:
            parts.append(f"</{tag.rstrip('/')}>")
        else:
            parts.append(rng.choice(SOUP_TEXTS))
    return "".join(parts)


def _read_both(text: str) -> tuple:
    old, new = html_reference.read_html("page.html", text), html_reader.read_html("page.html", text)
    return (old.blocks, old.warnings, old.page_title), (new.blocks, new.warnings, new.page_title)


@pytest.mark.parametrize("wording", ["dev", "heldout", "heldout2"])
def test_generated_plan_pages_read_as_the_tree_walk_read_them(wording):
    for seed in range(12):
        plan = random_plan(seed, wording=wording)
        for page in (table_page(plan), narrative_page(plan)):
            old, new = _read_both(page)
            assert new == old, (wording, seed)


def test_random_tag_soup_reads_as_the_tree_walk_read_it():
    rng = random.Random(18)
    for case in range(800):
        text = tag_soup(rng)
        old, new = _read_both(text)
        assert new == old, (case, text)


def test_nesting_past_the_limit_is_refused_with_its_line_and_the_others_ingest(tmp_path):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>\n<h1>某市某區戶政事務所112年度提升服務品質執行計畫</h1>\n"
                    + "<div>x" * html_reader.MAX_DEPTH, encoding="utf-8")
    plan = sample_text_plans()[0]
    rows, report = ingest_paths([deep, plan])
    files = {Path(f.file).name: f for f in report.files}
    assert files["deep.html"].errors == [{"file": str(deep), "page": None, "line": 3, "reason": (
        f"HTML nests more than {html_reader.MAX_DEPTH} elements inside each other: not a page a plan is written in; refused")}]
    assert files[plan.name].rows == 19


def test_more_text_blocks_than_the_limit_is_refused_with_the_line(monkeypatch):
    monkeypatch.setattr(html_reader, "MAX_BLOCKS", 50)
    page = "<html><body>\n" + "".join(f"<p>第{k}段說明。</p>\n" for k in range(1, 61)) + "</body></html>"
    with pytest.raises(IngestError) as refused:
        html_reader.read_html("long.html", page)
    assert refused.value.line == 52  # the 51st paragraph
    assert refused.value.reason == "HTML page has more than 50 text blocks and table rows: not a page a plan is written in; refused"
    rows = "".join(f"<tr><td>措施{k}</td><td>1. 作法。</td></tr>\n" for k in range(60))
    with pytest.raises(IngestError, match="more than 50 text blocks and table rows"):
        html_reader.read_html("table.html", f"<table>\n<tr><th>實施要項</th><th>推動作法</th></tr>\n{rows}</table>")


def test_end_tags_of_elements_never_opened_and_unclosed_voids_read_as_text_runs():
    page = "<p>到府" + "</span>" * 5000 + "服務<br>" + "</br>" * 3 + "。</p>"
    assert [b.text for b in html_reader.read_html("p.html", page).blocks] == ["到府服務", "。"]
