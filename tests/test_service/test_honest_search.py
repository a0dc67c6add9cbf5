"""Honest search through the API, the CLI and the page: nonsense matches nothing, `total`
counts rows above the floor, and every hit shows the fields that matched."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from service.cli import app


def test_nonsense_query_gives_no_results_in_the_api(client):
    body = client.get("/api/search", params={"q": "qwzx"}).json()
    assert body["hits"] == [] and body["total"] == 0 and body["facets"]["offices"] == []


def test_nonsense_query_gives_no_results_on_the_page(client):
    html = client.get("/", params={"q": "qwzx"}).text
    assert "沒有相符的措施" in html and 'class="hit"' not in html


def test_total_counts_rows_above_the_floor_and_facets_count_them(client):
    body = client.get("/api/search", params={"q": "電話禮貌測試", "k": 2}).json()
    assert len(body["hits"]) == 2 and body["total"] > 2
    assert sum(f["count"] for f in body["facets"]["offices"]) == body["total"]


def test_page_shows_the_count(client):
    html = client.get("/", params={"q": "電話禮貌測試"}).text
    assert "筆相符的措施" in html


def _politeness_hit(client):
    """安樂's 提升服務禮儀 row: 跨機關交互測試 is in its 5th action."""
    body = client.get("/api/search", params={"q": "每季跨機關交互測試", "k": 20}).json()
    return next(h for h in body["hits"] if h["measure"] == "提升服務禮儀")


def test_hit_payload_lists_a_match_in_the_fifth_action_with_spans(client):
    hit = _politeness_hit(client)
    action = next(m for m in hit["matches"] if m["field"] == "actions")
    assert action["index"] == 4
    start, end = action["spans"][0]
    assert hit["actions"][4][start:end] in {"每季", "跨機關", "交互", "測試", "跨機關交互測試"}


def test_row_page_highlights_a_late_action(client):
    hit = _politeness_hit(client)
    html = client.get(f"/rows/{hit['row_id']}", params={"q": "每季跨機關交互測試"}).text
    actions = html[html.index("<dt>推動作法</dt>"):html.index("</ol>", html.index("<dt>推動作法</dt>"))]
    assert "<mark>" in actions.split("<li>")[5]


def test_nonsense_query_in_the_cli_gives_total_zero(sample_index):
    result = CliRunner().invoke(app, ["search", "qwzx", "--json", "--index", str(sample_index)])
    body = json.loads(result.output)
    assert result.exit_code == 0 and body["total"] == 0 and body["hits"] == []


def test_a_row_found_by_meaning_alone_is_related_and_says_so_on_the_page(client):
    """毛小孩 is in no plan: no row states it, so nothing is counted; rows near it in meaning are
    listed apart as related (folded: the query is not about the corpus), each saying it is there
    by meaning (no shared word)."""
    body = client.get("/api/search", params={"q": "毛小孩"}).json()
    assert body["total"] == 0 and body["hits"] == [] and body["facets"]["offices"] == []
    assert body["related"] and all(h["matches"] == [] for h in body["related"])
    html = client.get("/", params={"q": "毛小孩"}).text
    # the null model finds 毛小孩's evidence no stronger than random queries': the rows are folded away
    assert "可能與計畫內容無關" in html and html.count("語意相近（高於平均") >= 1
    assert 'class="hit"' not in html.split('<details class="related">')[0]  # nothing counted above them
    words = client.get("/", params={"q": "電話禮貌測試"}).text
    assert "「電話禮貌測試」在措施" in words


def test_a_place_after_an_agency_restricts_and_the_page_repeats_the_words_as_typed(client):
    """臺北 is where 法務部行政執行署臺北分署 is; 稽核 stays 稽核 (OpenCC's round trip gives 稽覈)."""
    page = client.get("/", params={"q": "在臺北，有沒有機關建立內部稽核制度？"}).text
    assert "限臺北" in page and "法務部行政執行署臺北分署" in page
    assert "「建立內部稽核制度」" in page and "「稽核」在措施" in page and "稽覈" not in page
