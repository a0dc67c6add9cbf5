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


def test_hit_payload_lists_matched_fields_with_spans(client):
    body = client.get("/api/search", params={"q": "跨機關交互測試"}).json()
    top = body["hits"][0]
    action = next(m for m in top["matches"] if m["field"] == "actions")
    start, end = action["spans"][0]
    assert top["actions"][action["index"]][start:end] in {"跨機關", "交互", "測試", "跨機關交互測試"}


def test_row_page_highlights_a_late_action(client):
    body = client.get("/api/search", params={"q": "跨機關交互測試"}).json()
    html = client.get(f"/rows/{body['hits'][0]['row_id']}", params={"q": "跨機關交互測試"}).text
    assert "<mark>" in html[html.index("推動作法"):]


def test_nonsense_query_in_the_cli_gives_total_zero(sample_index):
    result = CliRunner().invoke(app, ["search", "qwzx", "--json", "--index", str(sample_index)])
    body = json.loads(result.output)
    assert result.exit_code == 0 and body["total"] == 0 and body["hits"] == []
