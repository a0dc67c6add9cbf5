"""The web pages: server-rendered, escaped, shareable URLs, security headers."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLE, FakeEmbedder

from service.workbench.plans import original_url


def test_search_page_is_traditional_chinese_and_accessible(client):
    html = client.get("/").text
    assert '<html lang="zh-Hant-TW">' in html
    assert '<label for="q">' in html and 'id="q"' in html
    assert 'href="#main"' in html


def test_question_shows_an_answer_with_citation_links(client):
    html = client.get("/", params={"q": "哪些機關提供到宅服務"}).text
    panel = html[html.index('class="answer"'):html.index("</section>")]
    assert "臺中縣龍井鄉戶政事務所" in panel and "基隆市安樂地政事務所" in panel
    links = re.findall(r'href="(/rows/[0-9a-f]{16})[^"]*"', panel)
    assert links
    row_page = client.get(links[0])
    assert row_page.status_code == 200 and "其他機關的類似措施" in row_page.text


def test_results_highlight_matched_words_and_cite_sources(client):
    html = client.get("/", params={"q": "單一窗口"}).text
    assert "<mark>單一窗口</mark>" in html
    source = re.search(r'出處：<a href="(/plans/[0-9a-f]{12}/original\?row=[0-9a-f]{16}#L61)" title="000_b2ab89f419355ba8.txt">([^<]+)</a>', html)
    assert source and source.group(2) == "基隆市安樂地政事務所 · 107 年 · 第 61 行"


@pytest.fixture(scope="module")
def with_originals(tmp_path_factory, tokenizer):
    """An index that keeps its source files (corpus.add copies them): a text plan and an HTML one."""
    from fastapi.testclient import TestClient

    from index import corpus
    from index.search import Searcher
    from service.app import create_app
    from service.settings import Settings

    index_dir = tmp_path_factory.mktemp("originals")
    corpus.add([SAMPLE / "000_b2ab89f419355ba8.txt", SAMPLE / "invented" / "i03_jiahe_east_household_112.html"], index_dir,
               FakeEmbedder(), tokenizer)
    searcher = Searcher.open(index_dir, FakeEmbedder(), tokenizer=tokenizer)
    with TestClient(create_app(Settings(index_dir=index_dir), searcher=searcher)) as client:
        yield client, searcher


def cited_lines(html: str) -> list[tuple[int, str]]:
    return [(int(n), text) for n, text in re.findall(r'<div id="L(\d+)" class="line cited">.*?<span class="text">(.*?)</span>', html)]


def test_a_text_citation_opens_the_original_at_its_lines_marked(with_originals):
    """第 71 行 → the original as numbered lines from line 71, the row's lines marked and no other."""
    client, searcher = with_originals
    row = next(r for r in searcher.rows if r.source_file.startswith("000_") and "到府服務。" in r.actions)
    url = original_url(row)
    assert url == f"/plans/{row.plan_id}/original?row={row.row_id}#L71"
    html = client.get(url.split("#")[0]).text
    cited = cited_lines(html)
    assert [n for n, _ in cited] == [71] and "到府服務" in cited[0][1] and "主動服務" in cited[0][1]
    assert 'href="#L71"' in html and "第 71 行" in html
    plain = client.get(f"/plans/{row.plan_id}/original").text
    assert not cited_lines(plain) and plain.count('class="line"') == len((SAMPLE / "000_b2ab89f419355ba8.txt").read_text(encoding="utf-8").splitlines())


def test_an_html_citation_shows_the_text_of_its_source_lines(with_originals):
    client, searcher = with_originals
    row = next(r for r in searcher.rows if r.source_file.endswith(".html") and r.measure == "單一窗口全功能櫃台")
    cited = cited_lines(client.get(original_url(row).split("#")[0]).text)
    assert [n for n, _ in cited] == [row.source.line]
    assert cited[0][1].startswith("單一窗口全功能櫃台 1. 設置全功能櫃台") and "&lt;td" not in cited[0][1]


def test_office_filter_and_facets_link_with_the_query(client):
    html = client.get("/", params={"q": "服務台", "office": "臺中縣龍井鄉戶政事務所"}).text
    assert "基隆市安樂地政事務所</a></h3>" not in html
    assert "office=%E8%87%BA" in html or "office=臺中縣" in html


def test_script_in_the_query_is_escaped(client):
    payload = '<script>alert("x")</script>'
    html = client.get("/", params={"q": payload}).text
    assert payload not in html
    assert "&lt;script&gt;" in html


def test_over_long_query_shows_the_error_on_the_page(client):
    response = client.get("/", params={"q": "字" * 201})
    assert response.status_code == 422 and "查詢文字過長（201 字），最多 200 字。" in response.text
    assert 'maxlength="200"' in response.text


def test_security_headers_on_pages(client):
    headers = client.get("/").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_unknown_row_page_is_an_html_404(client):
    response = client.get("/rows/ffffffffffffffff")
    assert response.status_code == 404 and "<html" in response.text
