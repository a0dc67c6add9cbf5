"""Bad input gets one clear message (file, place, reason); the other files still ingest."""

from __future__ import annotations

from conftest import sample_text_plans
from typer.testing import CliRunner

from ingest import ingest_paths
from service.cli import app

PLAN = sample_text_plans()[0]


def _errors(report):
    return {f.file.rsplit("/", 1)[-1]: f.errors for f in report.files}


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _, report = ingest_paths([empty, PLAN])
    assert _errors(report)["empty.txt"][0]["reason"] == "file is empty"
    assert report.files[1].rows == 19


def test_binary_junk(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    _, report = ingest_paths([junk])
    assert "binary" in _errors(report)["junk.txt"][0]["reason"]


def test_undecodable_text_names_the_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("第一行\n第二行\n".encode() + b"\xff\xfe\xfa\x80\x81 broken\n")
    _, report = ingest_paths([bad])
    error = _errors(report)["bad.txt"][0]
    assert "UTF-8" in error["reason"] and error["line"] == 3


def test_big5_plan_is_detected_and_read(tmp_path):
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(PLAN.read_text(encoding="utf-8").replace("办", "辦").encode("cp950", errors="replace"))
    rows, report = ingest_paths([big5])
    assert report.files[0].encoding == "cp950"
    assert len(rows) == 19 and rows[0].office == "基隆市安樂地政事務所"


def test_plan_without_recognisable_rows_gives_no_rows_and_a_warning(tmp_path):
    prose = tmp_path / "prose.txt"
    prose.write_text("某某機關 110年度提升服務品質執行計畫\n\n壹、計畫目標\n\n一、持續提升服務品質。\n\n"
                     "本機關將持續努力提升服務品質。\n", encoding="utf-8")
    rows, report = ingest_paths([prose, PLAN])
    assert [r for r in rows if r.source_file == "prose.txt"] == []
    assert not _errors(report)["prose.txt"]
    assert any("no recognisable measure rows" in w["reason"] for w in report.files[0].warnings)
    assert report.files[1].rows == 19


def test_missing_office_is_warned_and_overridable(tmp_path):
    plan = tmp_path / "untitled.txt"
    plan.write_text("\n".join(PLAN.read_text(encoding="utf-8").splitlines()[3:]), encoding="utf-8")
    rows, report = ingest_paths([plan])
    from service.messages import cli_reason

    warning = next(w for w in report.files[0].warnings if w.get("code") == "no_office")
    assert "--office" not in warning["reason"] and cli_reason(warning).endswith("; pass --office")  # CLI advice: CLI only
    rows, _ = ingest_paths([plan], office="某某地政事務所", year=107)
    assert {(r.office, r.year_roc, r.year_ad) for r in rows} == {("某某地政事務所", 107, 2018)}


def test_html_table_with_rowspan_and_site_chrome(tmp_path):
    page = tmp_path / "plan.html"
    page.write_text("""<html><body><nav>跳到主要內容區塊 回首頁</nav>
<h1>某市某區戶政事務所112年度提升服務品質執行計畫</h1><h2>壹、具體措施</h2>
<table><tr><th>實施要項</th><th>推動作法</th><th>完成期限</th><th>承辦單位</th><th>預期效益</th></tr>
<tr><td rowspan="2">一、便民服務</td><td>1. 提供到府服務。</td><td>112年6月</td><td>戶籍課</td><td>照顧長者。</td></tr>
<tr><td>2. 設置單一窗口。</td><td>112年12月</td><td>戶籍課</td><td>一處收件。</td></tr>
</table><footer>網站導覽</footer></body></html>""", encoding="utf-8")
    rows, report = ingest_paths([page])
    assert report.files[0].format == "html"
    assert [(r.measure, r.section[-1], r.deadline) for r in rows] == [
        ("提供到府服務。", "一、便民服務", "112年6月"), ("設置單一窗口。", "一、便民服務", "112年12月")]
    assert rows[0].office == "某市某區戶政事務所" and rows[0].parent_agency == "某市政府"
    assert not any("跳到主要內容" in r.text for r in rows)


def test_cli_exit_code_is_nonzero_only_when_nothing_ingested(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    runner = CliRunner()
    partial = runner.invoke(app, ["ingest", str(empty), str(PLAN), "--out", str(tmp_path / "out1")])
    assert partial.exit_code == 0
    assert "empty.txt" in partial.output and "file is empty" in partial.output
    nothing = runner.invoke(app, ["ingest", str(empty), "--out", str(tmp_path / "out2")])
    assert nothing.exit_code == 1
    assert "nothing could be ingested" in nothing.output


def test_cli_writes_rows_and_report(tmp_path):
    import json

    result = CliRunner().invoke(app, ["ingest", str(PLAN), "--out", str(tmp_path)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 19
    assert set(rows[0]) >= {"row_id", "plan_id", "office", "parent_agency", "year_roc", "year_ad", "title", "source_file",
                            "source_sha256", "section", "measure", "actions", "deadline", "owner", "benefit", "extra",
                            "text", "source"}
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["files"][0]["rows"] == 19 and report["files"][0]["errors"] == []
    assert "year" not in rows[0], "the Gregorian year is year_ad; a bare `year` would be ambiguous"


def test_rows_written_with_the_old_year_key_still_load():
    """rows.jsonl written before the rename carry the Gregorian year as `year`: read as year_ad."""
    from ingest.record import MeasureRow

    row = ingest_paths([PLAN])[0][0]
    old = row.to_dict()
    old["year"] = old.pop("year_ad")
    assert MeasureRow.from_dict(old) == row and MeasureRow.from_dict(old).year_ad == row.year_ad
    assert MeasureRow.from_dict(row.to_dict()) == row


def test_narrative_plan_as_a_web_page_gives_the_same_rows(tmp_path):
    import html

    from conftest import GOLD

    from ingest.check import check_rows

    source = next(p for p in sample_text_plans() if p.name.startswith("003"))
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in source.read_text(encoding="utf-8").splitlines() if line.strip())
    page = tmp_path / f"{source.stem}.html"
    page.write_text(f"<!doctype html><html><body><div id='top'><a href='#c'>跳到主要內容區塊</a></div>"
                    f"<div class='content'>{body}</div></body></html>", encoding="utf-8")
    rows, report = ingest_paths([page])
    assert report.files[0].format == "html" and len(rows) == 26
    result = check_rows(rows, GOLD)
    assert result["recall"] == 1.0 and result["precision"] == 1.0
    assert rows[0].office == "臺南市北區區公所" and rows[0].source.line is not None


def test_markdown_plan_with_a_pipe_table(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("""# 某縣某鄉戶政事務所 113年度提升服務品質執行計畫

## 壹、具體措施

| 實施要項 | 推動作法 | 完成期限 | 承辦單位 | 預期效益 |
|---|---|---|---|---|
| 到宅服務 | 1. 提供行動不便民眾到宅服務。 2. 每月檢討一次。 | 113年12月 | 戶籍課 | 照顧弱勢。 |
| 單一窗口 | 1. 設置單一窗口。 | 持續辦理 | 各課 | 一處收件。 |
""", encoding="utf-8")
    rows, report = ingest_paths([plan])
    assert [(r.measure, len(r.actions), r.deadline, r.source.line) for r in rows] == [
        ("到宅服務", 2, "113年12月", 7), ("單一窗口", 1, "持續辦理", 8)]
    assert rows[0].office == "某縣某鄉戶政事務所" and rows[0].year_ad == 2024
