"""The planner's workbench: draft and export, plan browser, compare, trend, peers — through the
API, the pages and the CLI, on small plans written here and on the demo corpus."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from conftest import INVENTED, REPO
from typer.testing import CliRunner

from index.search import Searcher
from ingest import ingest_paths
from ingest.record import MeasureRow, SourceRef
from service.cli import app
from service.workbench.export import COLUMNS, DATA_COLUMNS
from service.workbench.plans import original_url, source_label

sys.path.insert(0, str(REPO / "scripts"))
import make_invented_plans as invented  # noqa: E402
from make_invented_plans import Plan  # noqa: E402

runner = CliRunner()

# -- small plans written by the test ---------------------------------------------------------
SMALL = (
    Plan("a_111.txt", "測試市甲戶政事務所", 111, "txt",
         (("single_window", 0), ("phone", 0), ("training", 0)), (("hh_marriage", 0),)),
    Plan("a_112.md", "測試市甲戶政事務所", 112, "md",
         (("single_window", 0), ("phone", 1), ("online", 0)), (("hh_marriage", 0),)),
    Plan("b_112.html", "測試市乙戶政事務所", 112, "html",
         (("single_window", 1), ("satisfaction", 0)), (("hh_cross_county", 0),)),
    Plan("c_112.txt", "測試縣丙戶政事務所", 112, "txt",
         (("phone", 0), ("barrier_free", 0)), (("hh_cross_county", 1),)),
)


@pytest.fixture(scope="module")
def small(tmp_path_factory, embedder, tokenizer):
    """Four small plans (two years of one office, two peers), indexed, with copies of the
    sources kept where the store keeps them (`<build>/sources/<file>`)."""
    from fastapi.testclient import TestClient

    from index.store import current_build
    from index.update import update_index
    from service.app import create_app
    from service.settings import Settings

    folder = tmp_path_factory.mktemp("small-plans")
    for plan in SMALL:
        (folder / plan.file).write_text(invented.render(plan), encoding="utf-8")
    rows, report = ingest_paths([folder / p.file for p in SMALL])
    assert report.ok and not report.errors
    index = folder / "index"
    update_index([folder / p.file for p in SMALL], index, embedder, tokenizer)
    sources = current_build(index) / "sources"
    if not sources.exists():  # a store that keeps no copies yet: lay them out by the same contract
        sources.mkdir()
        for plan in SMALL:
            shutil.copy(folder / plan.file, sources / plan.file)
    searcher = Searcher.open(index, embedder, tokenizer=tokenizer)
    ids = {p.file: next(r.plan_id for r in rows if r.source_file == p.file) for p in SMALL}
    with TestClient(create_app(Settings(index_dir=index), searcher=searcher)) as client:
        yield {"client": client, "index": index, "plan": ids, "rows": rows, "searcher": searcher}


def _row(rows, file, measure):
    return next(r for r in rows if r.source_file == file and r.measure == measure)


# -- export ------------------------------------------------------------------------------------
def _read_odt(data: bytes) -> list[list[str]]:
    from odf import teletype
    from odf.opendocument import load
    from odf.table import TableCell, TableRow
    from odf.text import P

    document = load(io.BytesIO(data))
    return [["\n".join(teletype.extractText(p) for p in cell.getElementsByType(P)) for cell in row.getElementsByType(TableCell)]
            for row in document.getElementsByType(TableRow)]


def _read_docx(data: bytes) -> list[list[str]]:
    from docx import Document

    table = Document(io.BytesIO(data)).tables[0]
    return [[cell.text for cell in row.cells] for row in table.rows]


def _read_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).active
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def _read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "a UTF-8 BOM, so Excel reads the Chinese text"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


READERS = {"odt": _read_odt, "docx": _read_docx, "csv": _read_csv, "xlsx": _read_xlsx}


@pytest.mark.parametrize("fmt", ["odt", "docx", "csv", "xlsx"])
def test_export_by_ids_holds_the_rows_with_their_citation(small, fmt):
    first = _row(small["rows"], "a_111.txt", "電話禮貌測試")
    second = _row(small["rows"], "c_112.txt", "全國跨區申辦戶籍謄本")
    response = small["client"].get("/api/export", params={"ids": f"{first.row_id},{second.row_id}", "format": fmt})
    assert response.status_code == 200
    assert re.match(rf'attachment; filename=plansearch-\d{{8}}\.{fmt}$', response.headers["content-disposition"])
    table = READERS[fmt](response.content)
    assert table[0] == list(COLUMNS if fmt in ("odt", "docx") else DATA_COLUMNS)
    assert len(table) == 3
    one, two = table[1], table[2]
    assert one[:5] == ["電話禮貌測試", "1. 每月由專人以匿名方式辦理電話禮貌測試。\n2. 測試結果於主管會報檢討，成績列入平時考核。",
                       "每月辦理", "秘書室", "提升同仁電話禮貌與答詢正確性。"]
    assert one[5] == f"測試市甲戶政事務所〈{first.title}〉，111 年度，第 {first.source.line} 行", "出處: office and plan title, no file name"
    assert two[0] == "全國跨區申辦戶籍謄本" and two[5].startswith(f"測試縣丙戶政事務所〈{second.title}〉，112 年度，第 ")
    if fmt in ("csv", "xlsx"):
        assert one[6:] == ["測試市甲戶政事務所", "111", "a_111.txt", f"第 {first.source.line} 行", first.row_id, "機關公開計畫"]
    if fmt == "xlsx":
        from openpyxl import load_workbook

        year = load_workbook(io.BytesIO(response.content)).active.cell(row=2, column=DATA_COLUMNS.index("年度") + 1)
        assert year.value == 111 and year.data_type == "n", "the year is a number"


def test_export_a_search_result(small):
    response = small["client"].get("/api/export", params={"q": "跨縣市戶籍謄本", "k": 2, "format": "csv"})
    table = _read_csv(response.content)
    assert {row[0] for row in table[1:]} == {"戶籍謄本跨縣市核發", "全國跨區申辦戶籍謄本"}
    filtered = small["client"].get("/api/export", params={"q": "跨縣市戶籍謄本", "k": 1, "format": "csv", "office": "測試縣丙戶政事務所"})
    assert [row[0] for row in _read_csv(filtered.content)[1:]] == ["全國跨區申辦戶籍謄本"]


def test_export_errors_name_the_field(small):
    client = small["client"]
    bad = client.get("/api/export", params={"ids": "0123456789abcdef", "format": "pdf"}).json()["error"]
    assert (bad["status"], bad["field"]) == (422, "format") and "odt, docx, csv, xlsx" in bad["message"]
    missing = client.get("/api/export", params={"ids": "0123456789abcdef", "format": "odt"}).json()["error"]
    assert (missing["status"], missing["field"], missing["message"]) == (404, "ids", "no row with id '0123456789abcdef'")
    empty = client.get("/api/export", params={"ids": "nonsense", "format": "odt"}).json()["error"]
    assert (empty["status"], empty["field"]) == (422, "ids")


def test_export_command_writes_the_file(small, tmp_path):
    row = _row(small["rows"], "a_112.md", "推廣線上申辦服務")
    out = tmp_path / "draft.docx"
    result = runner.invoke(app, ["export", row.row_id, "--format", "docx", "--out", str(out), "--index", str(small["index"])])
    assert result.exit_code == 0, result.output
    assert "wrote 1 rows" in result.output
    assert _read_docx(out.read_bytes())[1][0] == "推廣線上申辦服務"


# -- draft -------------------------------------------------------------------------------------
def test_draft_lives_in_a_cookie_and_exports_from_its_page(small):
    from fastapi.testclient import TestClient

    client: TestClient = small["client"]
    client.cookies.clear()
    a = _row(small["rows"], "a_111.txt", "同仁專業教育訓練")
    b = _row(small["rows"], "b_112.html", "民眾滿意度調查")
    for row in (a, b):
        added = client.post("/draft/add", data={"row_id": row.row_id, "next": "/plans"}, follow_redirects=False)
        assert added.status_code == 303 and added.headers["location"] == "/plans"
    page = client.get("/draft").text
    assert "同仁專業教育訓練" in page and "民眾滿意度調查" in page and "草稿（2）" in page
    link = re.search(r'href="(/draft/export\?format=odt)"', page).group(1)
    assert [r[0] for r in _read_odt(client.get(link).content)[1:]] == ["同仁專業教育訓練", "民眾滿意度調查"]
    client.post("/draft/remove", data={"row_id": a.row_id})
    assert "同仁專業教育訓練" not in client.get("/draft").text
    shared = client.get("/draft", params={"ids": a.row_id}).text
    assert "分享的措施清單" in shared and "同仁專業教育訓練" in shared
    client.post("/draft/clear")
    assert "草稿是空的" in client.get("/draft").text


def test_draft_redirects_only_to_local_pages(small):
    row = small["rows"][0]
    response = small["client"].post("/draft/add", data={"row_id": row.row_id, "next": "//evil.example/x"}, follow_redirects=False)
    assert response.headers["location"] == "/draft"


def test_search_results_answers_and_row_pages_offer_the_draft(client):
    results = client.get("/", params={"q": "哪些機關提供到宅服務"}).text
    answer = results[results.index('class="answer"'):results.index('class="results"')]
    assert 'action="/draft/add"' in answer and 'action="/draft/add"' in results[results.index('class="results"'):]
    row_id = re.search(r'href="/rows/([0-9a-f]{16})', answer).group(1)
    assert 'action="/draft/add"' in client.get(f"/rows/{row_id}").text


# -- plan browser ------------------------------------------------------------------------------
def test_plans_api_lists_filters_and_sorts(demo_client):
    body = demo_client.get("/api/plans", params={"office_type": "戶政事務所", "sort": "year"}).json()
    assert [(p["office"], p["year_roc"]) for p in body["plans"]] == [
        ("臺中縣龍井鄉戶政事務所", 97), ("嘉禾市東區戶政事務所", 110), ("嘉禾市東區戶政事務所", 111), ("嘉禾市西區戶政事務所", 111),
        ("嘉禾市東區戶政事務所", 112), ("青山縣松林鄉戶政事務所", 112)]
    assert body["total"] == 6
    assert all(p["year_ad"] == p["year_roc"] + 1911 and "year" not in p for p in body["plans"]), "year_roc 民國, year_ad AD"
    every = demo_client.get("/api/plans").json()["plans"]
    assert len(every) == 5 + len(invented.PLANS)
    east = next(p for p in every if p["source_file"] == "i03_jiahe_east_household_112.html")
    assert (east["format"], east["rows"], east["office_type"]) == ("html", 9, "戶政事務所") and east["indexed_at"]
    bad = demo_client.get("/api/plans", params={"office_type": "不存在"}).json()["error"]
    assert (bad["status"], bad["field"]) == (422, "office_type")


def test_plan_api_gives_rows_by_section(small):
    body = small["client"].get(f"/api/plans/{small['plan']['a_111.txt']}").json()
    assert body["plan"]["office"] == "測試市甲戶政事務所" and body["plan"]["year_roc"] == 111
    sections = [(s["section"].split(" › ")[-1], [r["measure"] for r in s["rows"]]) for s in body["sections"]]
    assert sections == [("一、服務遞送", ["單一窗口全功能櫃台", "電話禮貌測試", "同仁專業教育訓練"]), ("二、專業服務", ["結婚登記假日服務"])]
    assert body["sections"][0]["rows"][0]["source_label"].startswith("測試市甲戶政事務所 · 111 年 · 第 ")
    missing = small["client"].get("/api/plans/ffffffffffff").json()["error"]
    assert (missing["status"], missing["code"]) == (404, "not_found")


def test_one_plan_record_for_the_manifest_and_the_service(small):
    """The manifest's listing (no rows loaded) and the served one (from the rows) are one record
    with the same values, and a plan survives the manifest's entry unchanged."""
    from index import corpus
    from ingest.record import Plan
    from service.workbench import plans

    served = {p.plan_id: p for p in plans.list_plans(small["searcher"])}
    listed = {p.plan_id: p for p in corpus.list_plans(small["index"])}
    assert len(listed) == len(SMALL) and served == listed
    for plan in listed.values():
        assert Plan.from_manifest(plan.to_manifest(), plan.indexed_at) == plan
        assert plan.year_ad == plan.year_roc + 1911 and plan.copy == f"sources/{plan.source_file}"
    assert set(next(iter(served.values())).to_dict()) >= {"plan_id", "office", "office_type", "parent_agency", "year_roc",
                                                          "year_ad", "title", "source_file", "format", "rows",
                                                          "strategy_rows", "indexed_at", "provenance"}


def test_one_unknown_plan_error_for_the_index_and_the_service(small):
    """One meaning, one class: the service's unknown plan is the index's, and one that escapes a
    route is a 404 naming the plan, not the 503 of an index that cannot serve."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from index import corpus
    from index.errors import IndexError_, UnknownPlan
    from service.errors import install_error_handlers
    from service.workbench import plans

    assert plans.UnknownPlan is corpus.UnknownPlan is UnknownPlan and issubclass(UnknownPlan, IndexError_)
    with pytest.raises(UnknownPlan, match="ffffffffffff") as caught:
        plans.find_plan(small["searcher"], "ffffffffffff")
    assert caught.value.plan_id == "ffffffffffff"
    bare = FastAPI()
    install_error_handlers(bare)
    bare.get("/api/plan")(lambda: plans.plan_rows(small["searcher"], "ffffffffffff"))
    error = TestClient(bare).get("/api/plan").json()["error"]
    assert (error["status"], error["code"], error["field"]) == (404, "not_found", "plan") and "ffffffffffff" in error["message"]


def test_plan_pages_list_plans_and_link_the_original(small):
    client = small["client"]
    listing = client.get("/plans", params={"year": "112", "sort": "office"}).text
    assert listing.count("<tr><td>") == 3 and "測試市乙戶政事務所" in listing and "共 3 份計畫" in listing
    plan_id = small["plan"]["a_112.md"]
    page = client.get(f"/plans/{plan_id}").text
    assert "<h2>參、具體執行措施 › 一、服務遞送</h2>" in page or "一、服務遞送</h2>" in page
    assert f'href="/plans/{plan_id}/original"' in page and "推廣線上申辦服務" in page
    assert f'href="/compare?a={small["plan"]["a_111.txt"]}&amp;b={plan_id}"' in page
    original = client.get(f"/plans/{plan_id}/original", params={"raw": "true"})
    assert original.status_code == 200 and original.headers["content-type"].startswith("text/plain")
    assert original.text == invented.render(SMALL[1])
    numbered = client.get(f"/plans/{plan_id}/original").text
    assert numbered.count('class="line') == len(invented.render(SMALL[1]).splitlines()) and 'id="L1"' in numbered
    html = client.get(f"/plans/{small['plan']['b_112.html']}/original", params={"raw": "true"})
    assert "sandbox" in html.headers["content-security-policy"]
    assert client.get("/plans/ffffffffffff/original").status_code == 404
    assert "找不到計畫 ffffffffffff。" in client.get("/plans/ffffffffffff").text


def test_pdf_rows_link_to_their_page():
    row = MeasureRow("0" * 16, "abcdefabcdef", "基隆市安樂地政事務所", None, 107, 2018, "t", "000.pdf", "", (), "m", (), None, None, None,
                     source=SourceRef("000.pdf", page=3))
    assert original_url(row) == "/plans/abcdefabcdef/original#page=3"
    assert source_label(row) == "基隆市安樂地政事務所 · 107 年 · 第 3 頁"


def test_plan_command_lists_and_shows_plans(small):
    listing = runner.invoke(app, ["plan", "--year", "111", "--index", str(small["index"])])
    assert listing.exit_code == 0 and "測試市甲戶政事務所（戶政事務所）111 年  4 項  txt  a_111.txt" in listing.output
    shown = runner.invoke(app, ["plan", "a_112.md", "--json", "--index", str(small["index"])])
    assert shown.exit_code == 0, shown.output
    body = json.loads(shown.output)
    assert [r["measure"] for s in body["sections"] for r in s["rows"]] == [
        "單一窗口全功能櫃台", "辦理電話服務品質抽測", "推廣線上申辦服務", "結婚登記假日服務"]
    missing = runner.invoke(app, ["plan", "nope.txt", "--index", str(small["index"])])
    assert missing.exit_code != 0


# -- compare -----------------------------------------------------------------------------------
def _expected_pairs(plan_a: Plan, plan_b: Plan) -> dict[str, set]:
    """What the spec says: same measure and wording → kept, same measure reworded → reworded."""
    a, b = dict((*plan_a.service, *plan_a.special)), dict((*plan_b.service, *plan_b.special))
    out = {"kept": set(), "reworded": set(), "only_a": set(), "only_b": set()}
    for key in a.keys() | b.keys():
        if key in a and key in b:
            out["kept" if a[key] == b[key] else "reworded"].add(invented.MEASURES[key][a[key]].measure)
        elif key in a:
            out["only_a"].add(invented.MEASURES[key][a[key]].measure)
        else:
            out["only_b"].add(invented.MEASURES[key][b[key]].measure)
    return out


def _found_pairs(body: dict) -> dict[str, set]:
    out = {"kept": set(), "reworded": set(), "only_a": set(), "only_b": set()}
    for pair in body["pairs"]:
        out[pair["status"]].add((pair["a"] or pair["b"])["measure"])
    return out


def test_compare_api_aligns_the_small_plans(small):
    body = small["client"].get("/api/compare", params={"a": small["plan"]["a_111.txt"], "b": small["plan"]["a_112.md"]}).json()
    assert _found_pairs(body) == _expected_pairs(SMALL[0], SMALL[1])
    reworded = next(p for p in body["pairs"] if p["status"] == "reworded")
    assert (reworded["a"]["measure"], reworded["b"]["measure"]) == ("電話禮貌測試", "辦理電話服務品質抽測")
    assert reworded["a"]["source_label"].startswith("測試市甲戶政事務所 · 111 年")
    assert re.search(r"/original\?row=[0-9a-f]{16}#L\d+$", reworded["b"]["original_url"])
    assert body["counts"] == {"kept": 2, "reworded": 1, "only_a": 1, "only_b": 1}


SAME_OFFICE = [(a, b) for i, a in enumerate(invented.PLANS) for b in invented.PLANS[i + 1:] if a.office == b.office]


@pytest.mark.parametrize(("plan_a", "plan_b"), SAME_OFFICE, ids=lambda p: p.file)
def test_compare_on_the_demo_corpus_matches_the_spec(demo_client, demo_searcher, plan_a, plan_b):
    ids = {p.source_file: p.plan_id for p in demo_searcher.rows}
    body = demo_client.get("/api/compare", params={"a": ids[plan_a.file], "b": ids[plan_b.file]}).json()
    assert _found_pairs(body) == _expected_pairs(plan_a, plan_b)


def test_compare_page_and_command(demo_client, demo_searcher, demo_index):
    ids = {p.source_file: p.plan_id for p in demo_searcher.rows}
    a, b = ids["i01_jiahe_east_household_110.txt"], ids["i02_jiahe_east_household_111.md"]
    page = demo_client.get("/compare", params={"a": a, "b": b}).text
    assert "沿用 5 項、改寫 2 項、僅 A 有 2 項、僅 B 有 2 項" in page
    row = re.search(r'<tr class="pair-reworded">(.*?)</tr>', page, re.S).group(1)
    assert "電話禮貌測試" in row and "辦理電話服務品質抽測" in row and row.count("出處：") == 2
    assert "請選擇兩份計畫。" in demo_client.get("/compare", params={"a": a}).text
    result = runner.invoke(app, ["compare", "i01_jiahe_east_household_110.txt", "i02_jiahe_east_household_111.md", "--json",
                                 "--index", str(demo_index)])
    assert result.exit_code == 0 and json.loads(result.output)["counts"] == {"kept": 5, "reworded": 2, "only_a": 2, "only_b": 2}
    unknown = runner.invoke(app, ["compare", "nope", b, "--index", str(demo_index)])
    assert unknown.exit_code != 0


# -- trend -------------------------------------------------------------------------------------
def _phone_offices(year: int) -> set[str]:
    return {p.office for p in invented.PLANS if p.year_roc == year and any(k == "phone" for k, _ in (*p.service, *p.special))}


def test_trend_counts_offices_per_year(demo_client):
    body = demo_client.get("/api/trend", params={"q": "電話禮貌測試"}).json()
    years = {y["year_roc"]: y for y in body["years"]}
    assert sorted(years) == [97, 105, 107, 110, 111, 112]
    assert all(y["year_ad"] == y["year_roc"] + 1911 and "year" not in y for y in body["years"])
    for year in (110, 111, 112):
        assert {o["office"] for o in years[year]["offices"]} == _phone_offices(year)
        assert years[year]["offices_with_plans"] == len({p.office for p in invented.PLANS if p.year_roc == year})
    assert [years[y]["count"] for y in (110, 111, 112)] == [1, 3, 6]
    typed = demo_client.get("/api/trend", params={"q": "電話禮貌測試", "office_type": "戶政事務所"}).json()
    assert {y["year_roc"]: y["count"] for y in typed["years"]} == {97: 1, 110: 1, 111: 2, 112: 2}


def test_trend_on_small_plans_cites_the_rows(small):
    body = small["client"].get("/api/trend", params={"q": "電話禮貌測試"}).json()
    assert [(y["year_roc"], y["count"], y["offices_with_plans"]) for y in body["years"]] == [(111, 1, 1), (112, 2, 3)]
    cited = {small["searcher"].row(rid).measure for y in body["years"] for o in y["offices"] for rid in o["row_ids"]}
    assert cited == {"電話禮貌測試", "辦理電話服務品質抽測"}


def test_trend_page_draws_an_svg_with_linked_points_and_a_table(demo_client):
    page = demo_client.get("/trend", params={"q": "電話禮貌測試"}).text
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert svg.count('<a href="#y') == 6 and 'aria-label="112 年：6 / 7 個機關"' in svg
    assert "style=" not in svg
    row = re.search(r'<tr id="y110">(.*?)</tr>', page, re.S).group(1)
    assert "嘉禾市東區戶政事務所" in row and re.search(r'href="/rows/[0-9a-f]{16}"', row)
    assert 'maxlength="200"' in page
    assert "請輸入搜尋文字。" in demo_client.get("/trend", params={"q": " "}).text


def test_trend_command(demo_index):
    result = runner.invoke(app, ["trend", "電話禮貌測試", "--index", str(demo_index)])
    assert result.exit_code == 0 and "112 年  6/7" in result.output and "110 年  1/3  嘉禾市東區戶政事務所" in result.output


# -- peers -------------------------------------------------------------------------------------
def test_peers_lists_what_peer_offices_do_and_this_plan_lacks(small):
    body = small["client"].get("/api/peers", params={"plan": small["plan"]["a_112.md"]}).json()
    assert body["office_type"] == "戶政事務所"
    assert {p["office"] for p in body["peers"]} == {"測試市乙戶政事務所", "測試縣丙戶政事務所"}
    assert [sorted(r["measure"] for r in g["rows"]) for g in body["groups"]] == [["全國跨區申辦戶籍謄本", "戶籍謄本跨縣市核發"]]
    assert body["groups"][0]["offices"] == ["測試市乙戶政事務所", "測試縣丙戶政事務所"]
    assert all(r["citation"] and r["original_url"] for r in body["groups"][0]["rows"])


def test_peers_on_the_demo_corpus(demo_client, demo_searcher, demo_index):
    ids = {p.source_file: p.plan_id for p in demo_searcher.rows}
    body = demo_client.get("/api/peers", params={"plan": ids["i03_jiahe_east_household_112.html"]}).json()
    labels = {frozenset(r["measure"] for r in g["rows"]) for g in body["groups"]}
    assert frozenset({"戶籍謄本跨縣市核發", "全國跨區申辦戶籍謄本"}) in labels
    assert frozenset({"新住民多語服務", "新住民關懷服務"}) in labels
    own = {m.measure for m in invented.plan_measures(invented.PLANS[2])}
    assert not any(r["measure"] in own for g in body["groups"] for r in g["rows"])
    assert all(len(g["offices"]) >= 2 and "嘉禾市東區戶政事務所" not in g["offices"] for g in body["groups"])
    page = demo_client.get("/peers", params={"plan": ids["i03_jiahe_east_household_112.html"]}).text
    assert "全國跨區申辦戶籍謄本" in page and "出處：" in page and "青山縣松林鄉戶政事務所 · 112 年" in page
    result = runner.invoke(app, ["peers", "i03_jiahe_east_household_112.html", "--index", str(demo_index)])
    assert result.exit_code == 0 and "戶籍謄本跨縣市核發" in result.output
    missing = demo_client.get("/api/peers", params={"plan": "ffffffffffff"}).json()["error"]
    assert (missing["status"], missing["field"]) == (404, "plan")


# -- search results like a search engine -------------------------------------------------------
def test_results_count_page_and_sort(demo_client):
    first = demo_client.get("/", params={"q": "電話禮貌測試", "k": 3}).text
    total = int(re.search(r"共 (\d+) 筆相符的措施", first).group(1))
    assert total > 3 and "第 1–3 筆（第 1 / " in first and 'rel="next"' in first
    second = demo_client.get("/", params={"q": "電話禮貌測試", "k": 3, "page": 2}).text
    assert "第 4–6 筆（第 2 / " in second and 'rel="prev"' in second
    by_year = demo_client.get("/", params={"q": "電話禮貌測試", "k": 20, "sort": "year"}).text
    matches = by_year.split('class="related"')[0]  # related rows are listed apart, in their own order
    years = [int(y) for y in re.findall(r'<p class="meta">[^・]+・(\d+) 年', matches)]
    assert years == sorted(years, reverse=True)
    assert "頁碼須為 1 到 100 的整數。" in demo_client.get("/", params={"q": "服務", "page": "x"}).text


def test_answer_markers_link_to_their_citations(client):
    html = client.get("/", params={"q": "哪些機關提供到宅服務"}).text
    assert '<a href="#cite-1" class="cite">[1]</a>' in html and 'id="cite-1"' in html


def test_year_filter_is_in_numeric_order_and_office_type_is_a_filter(demo_client):
    html = demo_client.get("/").text
    years = [int(y) for y in re.findall(r'<option value="(\d+)" >\1 年</option>', html)]
    assert years == sorted(years, reverse=True) and 97 in years and 112 in years
    typed = demo_client.get("/", params={"q": "電話禮貌測試", "office_type": "衛生所", "k": 50}).text
    offices = set(re.findall(r'<p class="meta">([^・]+)・', typed))
    assert offices == {"嘉禾市河濱區衛生所", "青山縣梅林鄉衛生所"}
    typed = demo_client.get("/api/search", params={"q": "電話禮貌測試", "office_type": "衛生所"}).json()
    facet = {f["value"]: f["count"] for f in typed["facets"]["office_types"]}
    assert facet["衛生所"] == typed["total"] and "戶政事務所" in facet, "the other types stay listed (disjunctive facets)"
    assert {f["value"] for f in typed["facets"]["offices"]} == {"嘉禾市河濱區衛生所", "青山縣梅林鄉衛生所"}
    every = demo_client.get("/api/search", params={"q": "電話禮貌測試", "k": 50}).json()["facets"]["office_types"]
    assert {"衛生所", "戶政事務所"} <= {f["value"] for f in every}


def test_page_errors_are_in_chinese_and_the_api_keeps_its_codes(client):
    page = client.get("/", params={"q": "服務", "office": "不存在的機關"}).text
    assert "索引中沒有機關「不存在的機關」。" in page
    api = client.get("/api/search", params={"q": "服務", "office": "不存在的機關"}).json()["error"]
    assert api["code"] == "validation_error" and api["message"] == "office: unknown office '不存在的機關'"
    assert "找不到此頁面。" in client.get("/no-such-page").text
    assert "「abc」不是有效的年度。" in client.get("/", params={"q": "服務", "year": "abc"}).text
    assert "每頁筆數須介於 1 到 100 之間。" in client.get("/", params={"q": "服務", "k": 0}).text
    assert client.post("/draft/add", data={}, follow_redirects=False).headers["location"] == "/draft"


def test_docs_work_offline_under_the_csp(client):
    docs = client.get("/docs")
    assert "cdn" not in docs.text.lower() and "<script>" not in docs.text
    scripts = re.findall(r'<script src="([^"]+)"', docs.text)
    assert scripts == ["/static/swagger-ui/swagger-ui-bundle.js", "/static/docs-init.js"]
    for asset in [*scripts, re.search(r'href="([^"]+\.css)"', docs.text).group(1)]:
        assert client.get(asset).status_code == 200
    assert "script-src" not in docs.headers["content-security-policy"] and "default-src 'self'" in docs.headers["content-security-policy"]
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/export", "/api/plans", "/api/plans/{plan_id}", "/api/compare", "/api/trend", "/api/peers"} <= set(paths)


def test_demo_indexes_the_invented_plans_but_not_the_pdf_renderings():
    from service.demo import demo_paths

    paths = demo_paths(REPO / "data" / "sample")
    assert len(paths) == 5 + len(invented.PLANS)
    assert not any(p.suffix == ".pdf" for p in paths) and sum(p.parent == INVENTED for p in paths) == len(invented.PLANS)


def test_sources_dir_contract_is_the_build_folder(small):
    from index.store import current_build

    assert (current_build(small["index"]) / "sources" / "a_111.txt").is_file()
    assert Path(small["searcher"].index.path).resolve() == current_build(small["index"])


# -- the draft as the start of next year's plan ------------------------------------------------
def _draft_rows(page: str) -> list[str]:
    return re.findall(r'<tr id="r-[0-9a-f]{16}"><td class="num">\d+</td><td><a href="/rows/[0-9a-f]{16}">([^<]+)</a>', page)


def test_the_draft_reorders_keeps_a_note_per_row_and_exports_both(small):
    client = small["client"]
    client.cookies.clear()
    rows = [_row(small["rows"], f, m) for f, m in (("a_111.txt", "同仁專業教育訓練"), ("b_112.html", "民眾滿意度調查"),
                                                   ("c_112.txt", "全國跨區申辦戶籍謄本"))]
    for row in rows:
        client.post("/draft/add", data={"row_id": row.row_id})
    moved = client.post("/draft/move", data={"row_id": rows[2].row_id, "direction": "up", "next": f"/draft#r-{rows[2].row_id}"},
                        follow_redirects=False)
    assert moved.headers["location"] == f"/draft#r-{rows[2].row_id}", "back at the moved row"
    client.post("/draft/move", data={"row_id": rows[0].row_id, "direction": "up"})  # already first: stays
    order = [rows[0], rows[2], rows[1]]
    assert _draft_rows(client.get("/draft").text) == [r.measure for r in order]
    client.post("/draft/note", data={"row_id": rows[1].row_id, "note": "  改由志工  協助辦理 "})
    page = client.get("/draft").text
    assert ">改由志工 協助辦理</textarea>" in page
    table = _read_csv(client.get("/draft/export", params={"format": "csv"}).content)
    assert table[0][-1] == "備註" and [r[0] for r in table[1:]] == [r.measure for r in order]
    assert [r[-1] for r in table[1:]] == ["", "", "改由志工 協助辦理"]
    odt = _read_odt(client.get("/draft/export", params={"format": "odt"}).content)
    assert odt[0][-1] == "備註" and odt[3][-1] == "改由志工 協助辦理"
    refused = client.post("/draft/note", data={"row_id": rows[0].row_id, "note": "字" * 201}, follow_redirects=False)
    assert refused.headers["location"] == f"/draft?notice=notes-full#r-{rows[0].row_id}"
    assert "備註未儲存" in client.get(refused.headers["location"]).text
    client.post("/draft/remove", data={"row_id": rows[1].row_id})
    assert "改由志工" not in client.get("/draft").text and "plansearch_notes" in client.cookies
    client.post("/draft/add", data={"row_id": rows[1].row_id})
    assert "改由志工" not in client.get("/draft").text, "a removed row's note goes with it"


def test_the_draft_groups_by_section_path(small):
    client = small["client"]
    client.cookies.clear()
    for file, measure in (("a_111.txt", "電話禮貌測試"), ("a_111.txt", "結婚登記假日服務"), ("b_112.html", "民眾滿意度調查")):
        client.post("/draft/add", data={"row_id": _row(small["rows"], file, measure).row_id})
    page = client.get("/draft", params={"group": "section"}).text
    headings = re.findall(r'<h2 class="draft-section">([^<]+)</h2>', page)
    rows = {r.row_id: r for r in small["rows"]}
    expected = list(dict.fromkeys(" › ".join(rows[i].section) for i in re.findall(r'<tr id="r-([0-9a-f]{16})"', page)))
    assert headings == expected and len(headings) == 2
    assert 'class="small move-up"' not in page, "reordering happens in the draft's own order"


def test_draft_cookie_helpers():
    from service.workbench import draft

    ids = ["a" * 16, "b" * 16, "c" * 16]
    assert draft.move(ids, "c" * 16, -1) == ["a" * 16, "c" * 16, "b" * 16]
    assert draft.move(ids, "a" * 16, -1) == ids and draft.move(ids, "c" * 16, 5) == ids
    assert draft.move(ids, "f" * 16, 1) == ids
    notes = draft.set_note({}, ids, "b" * 16, "改為每季")
    assert draft.decode_notes(draft.encode_notes(notes)) == {"b" * 16: "改為每季"}
    assert draft.decode_notes("not base64 json!") == {} and draft.decode_notes(None) == {}
    with pytest.raises(draft.NotesFull):
        draft.set_note({}, ids, "a" * 16, "字" * (draft.NOTE_CHARS + 1))
    many = {f"{n:016x}": "字" * draft.NOTE_CHARS for n in range(10)}
    with pytest.raises(draft.NotesFull):
        draft.encode_notes(many)


def test_section_weights_read_as_配分():
    from service.workbench.plans import section_label, section_part

    assert section_part("三、探查民意趨勢，建立顧客關係 (16%)") == "三、探查民意趨勢，建立顧客關係（配分 16%）"
    assert section_part("二、便捷服務程序（24％）") == "二、便捷服務程序（配分 24%）"
    assert section_part("一、服務遞送") == "一、服務遞送" and section_label(()) == "（未分節）"


def test_sample_pages_label_the_plan_weight(client):
    html = client.get("/", params={"q": "電話禮貌測試", "k": 50}).text
    assert "配分 " in html and not re.search(r"\(\d+%\)", html)


# -- compare: word differences and an export -----------------------------------------------------
def test_reworded_pairs_carry_their_word_differences(small):
    body = small["client"].get("/api/compare", params={"a": small["plan"]["a_111.txt"], "b": small["plan"]["a_112.md"]}).json()
    reworded = next(p for p in body["pairs"] if p["status"] == "reworded")
    pieces = reworded["diff"]
    assert "".join(d["text"] for d in pieces if d["kind"] != "added") == "\n".join([reworded["a"]["measure"], *reworded["a"]["actions"]])
    assert "".join(d["text"] for d in pieces if d["kind"] != "removed") == "\n".join([reworded["b"]["measure"], *reworded["b"]["actions"]])
    assert {d["kind"] for d in pieces} == {"same", "removed", "added"}
    assert all(p["diff"] == [] for p in body["pairs"] if p["status"] != "reworded")


def test_word_diff_joins_runs_of_one_kind():
    from service.workbench.compare import diff_text, word_diff

    assert diff_text(word_diff("每月辦理電話禮貌測試", "每季辦理電話禮貌測試")) == "[-每月-]{+每季+}辦理電話禮貌測試"
    assert diff_text(word_diff("相同", "相同")) == "相同"


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_comparison_exports_a_pair_a_line(small, fmt):
    from service.workbench.compare import COMPARISON_COLUMNS

    params = {"a": small["plan"]["a_111.txt"], "b": small["plan"]["a_112.md"], "format": fmt}
    response = small["client"].get("/api/compare/export", params=params)
    assert response.status_code == 200 and response.headers["content-disposition"].endswith(f".{fmt}")
    table = READERS[fmt](response.content)
    assert table[0] == list(COMPARISON_COLUMNS) and len(table) == 1 + 5
    reworded = next(line for line in table[1:] if line[0] == "改寫")
    assert (reworded[2], reworded[5]) == ("電話禮貌測試", "辦理電話服務品質抽測")
    assert "[-" in reworded[8] and "{+" in reworded[8] and reworded[4].startswith("測試市甲戶政事務所〈")
    assert {line[0] for line in table[1:]} == {"沿用", "改寫", "僅 A 有", "僅 B 有"}
    bad = small["client"].get("/api/compare/export", params={**params, "format": "pdf"}).json()["error"]
    assert (bad["status"], bad["field"]) == (422, "format")


def test_the_compare_page_marks_deleted_and_inserted_words(small):
    page = small["client"].get("/compare", params={"a": small["plan"]["a_111.txt"], "b": small["plan"]["a_112.md"]}).text
    diff = re.search(r'<td colspan="2" class="word-diff">(.*?)</td>', page, re.S).group(1)
    assert "<del>" in diff and "<ins>" in diff and "/api/compare/export?" in page


# -- trend: a proportional year axis ---------------------------------------------------------------
def test_trend_years_sit_on_a_proportional_axis(demo_client):
    svg = demo_client.get("/trend", params={"q": "電話禮貌測試"}).text
    bars = re.findall(r'<a href="#y(\d+)"[^>]*><rect x="([\d.]+)"', svg)
    x = {int(year): float(pos) for year, pos in bars}
    assert sorted(x) == [97, 105, 107, 110, 111, 112]
    step = (x[112] - x[97]) / (112 - 97)
    for year, pos in x.items():
        assert abs(pos - (x[97] + step * (year - 97))) < 0.2, year
    assert svg.count('y2="') > 15, "a tick for every year, with or without plans"


# -- the home page --------------------------------------------------------------------------------
def test_the_home_page_says_what_is_indexed_with_examples_that_answer(demo_client, demo_searcher):
    from service.workbench.plans import list_plans

    html = demo_client.get("/").text
    overview = html[html.index('class="overview"'):html.index("</section>", html.index('class="overview"'))]
    plans = list_plans(demo_searcher)
    assert f"共 <strong>{len(plans)}</strong> 份計畫" in overview
    assert f"來自 {len({p.office for p in plans})} 個機關" in overview and "民國 97–112 年" in overview
    examples = re.findall(r'<a class="example" href="/\?q=([^"]+)">', overview)
    assert len(examples) >= 3
    for example in examples:
        assert "共 " in demo_client.get("/?q=" + example).text, "every example finds rows"
