"""One validation for every surface: the API and the CLI refuse the same inputs naming the same
field (API: 422 in the one error shape; CLI: one line, exit code 2); page and sort work; every
parameter the README documents is in /openapi.json with the limits the library enforces."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import REPO

from service import validation
from service.settings import Settings

SEARCH = "服務"
# (API path, API params, CLI arguments after the command, field named)
BAD = [
    ("/api/search", {"q": ""}, ["search", ""], "q"),
    ("/api/search", {"q": "   "}, ["search", "   "], "q"),
    ("/api/search", {"q": "字" * 201}, ["search", "字" * 201], "q"),
    ("/api/search", {"q": SEARCH, "k": 0}, ["search", SEARCH, "--k", "0"], "k"),
    ("/api/search", {"q": SEARCH, "k": -5}, ["search", SEARCH, "--k", "-5"], "k"),
    ("/api/search", {"q": SEARCH, "k": 101}, ["search", SEARCH, "--k", "101"], "k"),
    ("/api/search", {"q": SEARCH, "page": 0}, ["search", SEARCH, "--page", "0"], "page"),
    ("/api/search", {"q": SEARCH, "page": -1}, ["search", SEARCH, "--page", "-1"], "page"),
    ("/api/search", {"q": SEARCH, "page": 99999}, ["search", SEARCH, "--page", "99999"], "page"),
    ("/api/search", {"q": SEARCH, "sort": "price"}, ["search", SEARCH, "--sort", "price"], "sort"),
    ("/api/search", {"q": SEARCH, "mode": "magic"}, ["search", SEARCH, "--mode", "magic"], "mode"),
    ("/api/search", {"q": SEARCH, "office": "不存在的機關"}, ["search", SEARCH, "--office", "不存在的機關"], "office"),
    ("/api/search", {"q": SEARCH, "office_type": "太空站"}, ["search", SEARCH, "--office-type", "太空站"], "office_type"),
    ("/api/search", {"q": SEARCH, "year_from": 5000, "year_to": 5000}, ["search", SEARCH, "--year", "5000"], "year_from"),
    ("/api/search", {"q": SEARCH, "section": "沒有這一章"}, ["search", SEARCH, "--section", "沒有這一章"], "section"),
    ("/api/ask", {"q": ""}, ["ask", ""], "q"),
    ("/api/ask", {"q": "字" * 300}, ["ask", "字" * 300], "q"),
]


def run_cli(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    from service.cli import main

    monkeypatch.setattr(sys, "argv", ["plansearch", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return exit_info.value.code, capsys.readouterr().err


@pytest.mark.parametrize("path,params,cli,field", BAD, ids=[f"{c[0]}-{c[3]}-{n}" for n, c in enumerate(BAD)])
def test_the_cli_and_the_api_refuse_the_same_inputs(client, sample_index, monkeypatch, capsys, path, params, cli, field):
    response = client.get(path, params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["field"] == field and error["message"].startswith(f"{field}: ")
    code, err = run_cli(monkeypatch, capsys, *cli, "--index", str(sample_index), "--no-server")
    assert code == 2
    assert err.strip() == f"error: {error['message']}", "one line, the API's own message"


def test_a_page_that_is_not_a_number_is_refused_by_both(client, sample_index, monkeypatch, capsys):
    error = client.get("/api/search", params={"q": SEARCH, "page": "abc"}).json()["error"]
    assert (error["status"], error["field"]) == (422, "page")
    code, err = run_cli(monkeypatch, capsys, "search", SEARCH, "--page", "abc", "--index", str(sample_index))
    assert code == 2 and "--page" in err


def test_pages_follow_each_other_and_a_page_past_the_last_is_empty(client):
    whole = client.get("/api/search", params={"q": SEARCH, "k": 6}).json()
    first = client.get("/api/search", params={"q": SEARCH, "k": 3}).json()
    second = client.get("/api/search", params={"q": SEARCH, "k": 3, "page": 2}).json()
    assert [h["row_id"] for h in first["hits"] + second["hits"]] == [h["row_id"] for h in whole["hits"]]
    assert (first["page"], second["page"], first["total"]) == (1, 2, whole["total"])
    assert first["pages"] == -(-first["total"] // 3)
    past = client.get("/api/search", params={"q": SEARCH, "k": 3, "page": first["pages"] + 1}).json()
    assert past["hits"] == [] and past["total"] == first["total"]


@pytest.mark.parametrize("sort,key", [("year", lambda h: -h["year_roc"]), ("office", lambda h: h["office"])])
def test_sort_orders_every_page(client, sort, key):
    hits = []
    for page in (1, 2):
        body = client.get("/api/search", params={"q": SEARCH, "k": 5, "page": page, "sort": sort}).json()
        assert body["sort"] == sort
        hits += body["hits"]
    assert [key(h) for h in hits] == sorted(key(h) for h in hits)
    assert len({h["row_id"] for h in hits}) == 10, "the two pages hold different rows"


def readme_parameters() -> dict[str, set[str]]:
    """`GET /api/...?a=&b=` in the README's API table → {path: {a, b}}."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for path, query in re.findall(r"`GET (/api/[^?`\s]+)\?([^`]*)`", readme):
        names = {part.split("=")[0] for part in query.split("&") if part}
        found.setdefault(path, set()).update(names)
    return found


def test_every_parameter_the_readme_documents_is_in_the_schema(client):
    documented = readme_parameters()
    assert documented.get("/api/search", set()) >= {"q", "k", "page", "sort", "mode", "office", "year_from"}
    schema = client.get("/openapi.json").json()["paths"]
    for path, names in documented.items():
        assert path in schema, f"README documents {path}, the schema has no such path"
        declared = {p["name"] for p in schema[path]["get"].get("parameters", [])}
        assert names <= declared, f"{path}: README documents {sorted(names - declared)} that the schema lacks"


def test_the_schema_states_the_limits_the_library_enforces(client):
    settings = Settings()
    params = {p["name"]: p["schema"] for p in client.get("/openapi.json").json()["paths"]["/api/search"]["get"]["parameters"]}
    assert (params["k"]["minimum"], params["k"]["maximum"], params["k"]["default"]) == (1, settings.max_k, settings.default_k)
    assert (params["page"]["minimum"], params["page"]["maximum"]) == (1, validation.MAX_PAGE)
    assert params["q"]["maxLength"] == settings.max_query_chars
    assert params["sort"]["enum"] == list(validation.SORTS) and params["mode"]["enum"] == ["hybrid", "bm25", "dense"]
    limits = validation.Limits.from_settings(settings)
    with pytest.raises(validation.InvalidParameter):
        validation.k(params["k"]["maximum"] + 1, limits)
    assert validation.k(params["k"]["maximum"], limits) == settings.max_k
    with pytest.raises(validation.InvalidParameter):
        validation.page(params["page"]["maximum"] + 1, limits)


def test_ids_are_checked_once_for_every_route(client):
    assert client.get("/api/rows/not-an-id").json()["error"]["field"] == "row_id"
    assert client.get("/api/export", params={"ids": "zz,12", "format": "csv"}).json()["error"]["field"] == "ids"
    assert validation.row_ids("ABCDEF0123456789, abcdef0123456789") == ["abcdef0123456789"]
