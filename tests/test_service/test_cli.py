"""The CLI is a thin layer: same library calls, same JSON shapes, one-line errors."""

from __future__ import annotations

import json

import pytest
from conftest import REPO, sample_text_plans
from typer.testing import CliRunner

from service.cli import app
from service.settings import Settings

runner = CliRunner()


def test_search_json_has_the_api_shape(client, sample_index):
    result = runner.invoke(app, ["search", "到府服務", "--k", "3", "--json", "--index", str(sample_index)])
    assert result.exit_code == 0, result.output
    cli = json.loads(result.output)
    api = client.get("/api/search", params={"q": "到府服務", "k": 3}).json()
    assert [h["row_id"] for h in cli["hits"]] == [h["row_id"] for h in api["hits"]]
    assert set(cli["hits"][0]) == set(api["hits"][0])
    assert cli["hits"][0]["office"] == "基隆市安樂地政事務所"


def test_ask_prints_the_answer_and_its_citations(sample_index):
    result = runner.invoke(app, ["ask", "哪些機關提供到宅服務", "--index", str(sample_index)])
    assert result.exit_code == 0
    assert "臺中縣龍井鄉戶政事務所" in result.output and "[1]" in result.output
    assert "002_7b3773051555cd8e.txt line" in result.output


def test_index_then_search_from_the_command_line(tmp_path):
    index = tmp_path / "index"
    (tmp_path / "budget.xlsx").write_bytes(b"PK\x03\x04")
    built = runner.invoke(app, ["index", *map(str, sample_text_plans()[:2]), str(tmp_path / "budget.xlsx"), "--index", str(index)])
    assert built.exit_code == 0, built.output
    assert "indexed 34 rows" in built.output
    assert "budget.xlsx: an Excel spreadsheet, not a plan format" in built.output  # nothing skipped without a line
    again = runner.invoke(app, ["index", *map(str, sample_text_plans()[:2]), "--index", str(index), "--json"])
    assert json.loads(again.output)["build"]["embedded"] == 0


def test_ingest_check_reports_recall_per_plan():
    result = runner.invoke(app, ["ingest-check", *map(str, sample_text_plans()), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["recall"] >= 0.95 and len(report["plans"]) == 5


def run_main(monkeypatch, *args: str) -> int:
    """Run the installed entry point (with its error mapping) and return the exit code."""
    import sys

    from service.cli import main

    monkeypatch.setattr(sys, "argv", ["plansearch", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return exit_info.value.code


def test_loading_an_index_of_another_model_is_a_one_line_error(sample_index, monkeypatch, capsys):
    code = run_main(monkeypatch, "search", "服務", "--index", str(sample_index), "--model", "no-such-model-folder")
    assert code == 1
    assert capsys.readouterr().err.startswith("error: ")


def test_every_setting_has_a_description():
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} is undocumented"


def test_every_command_and_setting_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        assert f"plansearch {name}" in readme, f"command {name} missing from README"
    for name in Settings.model_fields:
        assert f"PLANSEARCH_{name.upper()}" in readme, f"setting {name} missing from README"
