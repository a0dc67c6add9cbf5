"""Upload from the page and the API: off without a configured token, refused without the
token, a size limit, file names that cannot leave the index folder, the ingest report
shown, the plans added and served at once, and everything escaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FakeEmbedder, sample_text_plans
from fastapi.testclient import TestClient

from index import corpus
from service.admin import safe_upload_name
from service.app import create_app
from service.settings import Settings

PLANS = sample_text_plans()
TOKEN = "s3cret-token"


def assert_error(response, status: int, code: str, contains: str = "") -> None:
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["code"] == code and contains in error["message"]


@pytest.fixture
def index_dir(tmp_path, tokenizer) -> Path:
    folder = tmp_path / "index"
    corpus.add(PLANS[:2], folder, FakeEmbedder(), tokenizer)
    return folder


def client_for(index_dir: Path, **settings) -> TestClient:
    return TestClient(create_app(Settings(index_dir=index_dir, reload_interval=3600, **settings), embedder=FakeEmbedder()))


def plan_file(plan: Path, name: str | None = None, content: bytes | None = None):
    return ("files", (name or plan.name, content if content is not None else plan.read_bytes(), "text/plain"))


def served_files(client) -> set[str]:
    return {p["source_file"] for p in client.get("/api/plans").json()["plans"]}


def test_upload_is_off_without_a_configured_token(index_dir):
    with client_for(index_dir) as client:
        assert_error(client.post("/api/admin/upload", files=[plan_file(PLANS[2])], headers={"X-Admin-Token": "x"}), 404, "not_found")
        page = client.get("/admin/upload")
        assert page.status_code == 404 and "text/html" in page.headers["content-type"]
        assert client.post("/admin/upload", files=[plan_file(PLANS[2])]).status_code == 404
    assert len(corpus.list_plans(index_dir)) == 2


@pytest.mark.parametrize("headers", [{"X-Admin-Token": TOKEN}, {"Authorization": f"Bearer {TOKEN}"}])
def test_upload_with_the_token_adds_the_plan_and_serves_it_at_once(index_dir, headers):
    with client_for(index_dir, admin_token=TOKEN) as client:
        response = client.post("/api/admin/upload", files=[plan_file(PLANS[2])], headers=headers)
        assert response.status_code == 200, response.text
        report = response.json()
        assert report["added_plans"] == [PLANS[2].name]
        assert [(Path(f["file"]).name, f["rows"], f["errors"]) for f in report["ingest"]["files"]] == [(PLANS[2].name, 42, [])]
        assert report["served_build"] == report["build"]["id"]
        assert served_files(client) == {p.name for p in PLANS[:3]}
        hits = client.get("/api/search", params={"q": "戶籍", "k": 20}).json()["hits"]
        assert "臺中縣龍井鄉戶政事務所" in {h["office"] for h in hits}
    build = (index_dir / "current").resolve()
    assert (build / "sources" / PLANS[2].name).read_bytes() == PLANS[2].read_bytes()
    assert not list((index_dir / "uploads").glob("*/*"))  # staging cleaned up


@pytest.mark.parametrize("headers,data", [({}, {}), ({"X-Admin-Token": "wrong"}, {}), ({}, {"token": "s3cret-tokeN"}),
                                          ({"Authorization": "Bearer "}, {})])
def test_upload_without_the_right_token_is_refused_and_changes_nothing(index_dir, headers, data):
    with client_for(index_dir, admin_token=TOKEN) as client:
        assert_error(client.post("/api/admin/upload", files=[plan_file(PLANS[2])], headers=headers, data=data),
                     401, "unauthorized", "admin token")
        page = client.post("/admin/upload", files=[plan_file(PLANS[2])], headers=headers, data=data)
        assert page.status_code == 401 and "管理權杖錯誤或未填寫" in page.text and "admin token" not in page.text
    assert len(corpus.list_plans(index_dir)) == 2


def test_upload_page_form_adds_the_plan_and_shows_the_report(index_dir):
    with client_for(index_dir, admin_token=TOKEN) as client:
        form = client.get("/admin/upload")
        assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text and 'name="token"' in form.text
        assert 'lang="zh-Hant-TW"' in form.text and "上傳計畫檔案" in form.text
        empty = ("files", ("empty.txt", b"", "text/plain"))
        page = client.post("/admin/upload", files=[plan_file(PLANS[2]), empty], data={"token": TOKEN})
        assert page.status_code == 200
        assert "匯入報告" in page.text and PLANS[2].name in page.text and "<td>42</td>" in page.text
        assert "錯誤" in page.text and "檔案是空的" in page.text and "新增計畫" in page.text
        assert "file is empty" not in page.text and str(index_dir) not in page.text
        assert served_files(client) == {p.name for p in PLANS[:3]}


@pytest.mark.parametrize("raw,expected", [
    ("../../outside.txt", "outside.txt"), ("..\\..\\windows.txt", "windows.txt"), ("/etc/cron.d/job.txt", "job.txt"),
    (".hidden.txt", "hidden.txt"), ("..", None), ("a/../../b.pdf", "b.pdf"), ("計畫 (1).txt", "計畫 (1).txt"),
    ("<script>alert(1)</script>.html", "script_.html"), ("plan.exe", None), ("nul\x00byte.txt", "nulbyte.txt"),
    (".txt", None), ("..pdf", None), ("-.pdf", "-.pdf"),
])
def test_upload_names_are_plain_file_names(raw, expected):
    assert safe_upload_name(raw) == expected


def test_upload_with_path_names_never_writes_outside_the_index_folder(index_dir, tmp_path):
    before = {p for p in tmp_path.rglob("*") if not p.is_relative_to(index_dir)}
    names = ["../../../outside.txt", "..\\..\\evil.txt", "/tmp/absolute.txt"]
    with client_for(index_dir, admin_token=TOKEN) as client:
        response = client.post("/api/admin/upload", headers={"X-Admin-Token": TOKEN},
                               files=[plan_file(plan, name) for plan, name in zip(PLANS[2:5], names, strict=True)])
        assert response.status_code == 200, response.text
        assert sorted(response.json()["added_plans"]) == ["absolute.txt", "evil.txt", "outside.txt"]
    after = {p for p in tmp_path.rglob("*") if not p.is_relative_to(index_dir)}
    assert after == before
    assert not Path("/tmp/absolute.txt").exists() or Path("/tmp/absolute.txt").read_bytes() != PLANS[4].read_bytes()
    copies = {p.name for p in ((index_dir / "current").resolve() / "sources").iterdir()}
    assert {"outside.txt", "evil.txt", "absolute.txt"} <= copies


def test_upload_over_the_size_limit_is_refused(index_dir):
    with client_for(index_dir, admin_token=TOKEN, upload_max_mb=0.001) as client:
        assert_error(client.post("/api/admin/upload", files=[plan_file(PLANS[2])], headers={"X-Admin-Token": TOKEN}),
                     413, "too_large", "PLANSEARCH_UPLOAD_MAX_MB")
    assert len(corpus.list_plans(index_dir)) == 2


def test_upload_of_only_bad_files_reports_each_and_keeps_the_index(index_dir):
    before = (index_dir / "current").resolve()
    files = [("files", ("empty.txt", b"", "text/plain")), ("files", ("tool.exe", b"MZ\x90\x00", "application/octet-stream"))]
    with client_for(index_dir, admin_token=TOKEN) as client:
        response = client.post("/api/admin/upload", files=files, headers={"X-Admin-Token": TOKEN})
        assert response.status_code == 422
        body = response.json()
        assert body["error"]["code"] == "nothing_to_index" and body["build"] is None
        reasons = {Path(f["file"]).name: f["errors"][0]["reason"] for f in body["ingest"]["files"]}
        assert reasons["empty.txt"] == "file is empty" and "unsupported file type" in reasons["tool.exe"]
        assert client.get("/api/health").json()["build"] == before.name
    assert (index_dir / "current").resolve() == before


def test_script_in_an_uploaded_plan_is_escaped_everywhere(index_dir):
    payload = "<script>alert('xss')</script><img src=x onerror=alert(2)>"
    text = PLANS[0].read_text(encoding="utf-8").replace("延時領件服務。", f"延時領件服務{payload}。")
    with client_for(index_dir, admin_token=TOKEN) as client:
        response = client.post("/admin/upload", data={"token": TOKEN},
                               files=[plan_file(PLANS[0], "<b>x</b>.txt", text.encode("utf-8"))])
        assert response.status_code == 200
        assert "<script>" not in response.text and "<b>x" not in response.text
        hits = client.get("/api/search", params={"q": "延時領件服務", "k": 100}).json()["hits"]
        row = next(h for h in hits if payload in h["text"])
        for page in (client.get("/", params={"q": "延時領件服務", "k": 100}), client.get(f"/rows/{row['row_id']}")):
            assert page.status_code == 200
            assert "<script>alert" not in page.text and "<img src=x" not in page.text
            assert "&lt;script&gt;" in page.text


# -- staging, reports without server paths, Chinese on the page (issue 19) ------------------------
def test_staging_left_by_a_killed_upload_is_removed_when_a_server_starts(index_dir):
    from index.lock import BuildLease

    abandoned = index_dir / "uploads" / "0123456789abcdef"
    abandoned.mkdir(parents=True)
    (abandoned / "plan.txt").write_bytes(PLANS[2].read_bytes())
    in_use = index_dir / "uploads" / "fedcba9876543210"  # another server's upload, still running
    in_use.mkdir()
    lease = BuildLease(in_use)
    try:
        with client_for(index_dir, admin_token=TOKEN) as client:
            assert client.get("/api/health").status_code == 200
            assert not abandoned.exists() and in_use.is_dir()
    finally:
        lease.release()


def test_the_upload_report_names_files_as_uploaded_never_a_server_path(index_dir):
    files = [plan_file(PLANS[2]), ("files", ("empty.txt", b"", "text/plain"))]
    with client_for(index_dir, admin_token=TOKEN) as client:
        response = client.post("/api/admin/upload", files=files, headers={"X-Admin-Token": TOKEN})
        body = response.text
        assert response.status_code == 200 and str(index_dir) not in body and "/uploads/" not in body
        report = response.json()
        assert [f["file"] for f in report["ingest"]["files"]] == [PLANS[2].name, "empty.txt"]
        assert "path" not in report["build"] and report["build"]["id"] == report["served_build"]
        page = client.post("/admin/upload", files=[plan_file(PLANS[3])], data={"token": TOKEN})
        assert page.status_code == 200 and str(index_dir) not in page.text and PLANS[3].name in page.text


def test_a_file_that_gives_no_rows_is_named_with_the_reason(index_dir):
    notes = ("files", ("notes.txt", "會議紀錄\n\n本次會議討論年度工作。\n".encode(), "text/plain"))
    with client_for(index_dir, admin_token=TOKEN) as client:
        response = client.post("/api/admin/upload", files=[notes], headers={"X-Admin-Token": TOKEN})
        assert response.status_code == 422
        message = response.json()["error"]["message"]
        assert message.startswith("nothing could be ingested: 0 rows from notes.txt: no recognisable measure rows")
        assert "no plan files given" not in message and str(index_dir) not in message
        page = client.post("/admin/upload", files=[notes], data={"token": TOKEN})
        assert page.status_code == 422 and "找不到可辨識的措施" in page.text and "no recognisable" not in page.text


def test_page_messages_are_chinese_and_keep_the_cli_advice_to_the_cli(index_dir, tmp_path):
    from typer.testing import CliRunner

    from service.cli import app

    nameless = tmp_path / "plan.txt"  # a measure table, but no office or year anywhere
    nameless.write_text("實施要項\t推動作法\t完成期限\n單一窗口\t1. 設置全功能櫃台\t全年\n電話禮貌測試\t1. 每月測試\t每月\n",
                        encoding="utf-8")
    with client_for(index_dir, admin_token=TOKEN) as client:
        page = client.post("/admin/upload", files=[plan_file(nameless)], data={"token": TOKEN}).text
        api = client.post("/api/admin/upload", files=[plan_file(nameless, "other.txt")], headers={"X-Admin-Token": TOKEN})
    assert "找不到機關名稱" in page and "找不到計畫年度" in page and "上傳表單填寫「機關」" in page
    assert "--office" not in page and "--year" not in page and "no office found" not in page
    warnings = api.json()["ingest"]["files"][0]["warnings"]
    assert {w["code"] for w in warnings} >= {"no_office", "no_year"} and all("--" not in w["reason"] for w in warnings)
    result = CliRunner().invoke(app, ["ingest", str(nameless), "--out", str(tmp_path / "out")])
    assert "no office found" in result.output and "pass --office" in result.output and "pass --year" in result.output


def test_the_form_sets_office_year_and_provenance(index_dir, tmp_path):
    nameless = tmp_path / "plan.txt"
    nameless.write_text("實施要項\t推動作法\t完成期限\n單一窗口\t1. 設置全功能櫃台\t全年\n電話禮貌測試\t1. 每月測試\t每月\n",
                        encoding="utf-8")
    with client_for(index_dir, admin_token=TOKEN) as client:
        response = client.post("/api/admin/upload", files=[plan_file(nameless)], headers={"X-Admin-Token": TOKEN},
                               data={"office": "測試市測試區公所", "year": "112", "provenance": "invented"})
        assert response.status_code == 200, response.text
        plans = {p["source_file"]: p for p in client.get("/api/plans").json()["plans"]}
        assert (plans["plan.txt"]["office"], plans["plan.txt"]["year_roc"], plans["plan.txt"]["provenance"]) == (
            "測試市測試區公所", 112, "invented")
        bad = client.post("/api/admin/upload", files=[plan_file(nameless)], headers={"X-Admin-Token": TOKEN},
                          data={"provenance": "rumour"})
        assert bad.status_code == 422 and bad.json()["error"]["field"] == "provenance"
        page = client.get("/admin/upload").text
        assert 'name="provenance"' in page and 'name="office"' in page and 'name="keep_indexed"' in page
