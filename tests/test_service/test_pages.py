"""The web pages: server-rendered, escaped, shareable URLs, security headers."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.both_backends  # every test against local and against Milvus Lite


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
    source = re.search(r'出處：<a href="(/plans/[0-9a-f]{12}/original)" title="000_b2ab89f419355ba8.txt">([^<]+)</a>', html)
    assert source and source.group(2) == "基隆市安樂地政事務所 · 107 年 · 第 61 行"


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
