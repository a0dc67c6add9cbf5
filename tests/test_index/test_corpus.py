"""Corpus operations: add keeps the other plans, remove and sync do what they say, every build
keeps a copy of each source file, and the CLI is a thin layer over the same calls."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import FakeEmbedder, copied_as, sample_text_plans
from typer.testing import CliRunner

from index import corpus
from index.errors import IndexMismatch
from index.search import Searcher
from index.store import read_manifest
from service.cli import app

runner = CliRunner()
PLANS = sample_text_plans()


def files_in(index_dir: Path) -> set[str]:
    return {p.source_file for p in corpus.list_plans(index_dir)}


def indexed_rows(index_dir: Path, tokenizer) -> list:
    return Searcher.open(index_dir, FakeEmbedder(), tokenizer=tokenizer).rows


def test_add_keeps_every_other_plan(tmp_path, tokenizer):
    corpus.add(PLANS[:3], tmp_path, FakeEmbedder(), tokenizer)
    report = corpus.add([PLANS[4]], tmp_path, FakeEmbedder(), tokenizer)
    assert report.added_plans == [PLANS[4].name] and not report.removed_plans
    assert files_in(tmp_path) == {p.name for p in [*PLANS[:3], PLANS[4]]}
    rows = indexed_rows(tmp_path, tokenizer)
    assert {r.office for r in rows} == {"基隆市安樂地政事務所", "基隆市政府", "臺中縣龍井鄉戶政事務所", "法務部行政執行署臺北分署"}


def test_add_embeds_only_the_new_plan(tmp_path, tokenizer, sample_rows):
    from index.store import passage_units

    embedder = FakeEmbedder()
    first = corpus.add(PLANS[:2], tmp_path, embedder, tokenizer)
    second = corpus.add([PLANS[2]], tmp_path, embedder, tokenizer)
    known = {u for r in sample_rows if r.source_file in (PLANS[0].name, PLANS[1].name) for u in passage_units(r)}
    plan2_units = [u for r in sample_rows if r.source_file == PLANS[2].name for u in passage_units(r)]
    new_units = [u for u in plan2_units if u not in known]
    assert second.build.embedded == len(new_units) > 0
    assert second.build.reused == first.build.embedded + first.build.reused + len(plan2_units) - len(new_units)
    assert embedder.calls == first.build.embedded + second.build.embedded


def test_adding_plans_already_indexed_builds_nothing(tmp_path, tokenizer):
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    before = (tmp_path / "current").resolve()
    report = corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    assert report.build is None and report.unchanged_plans == sorted(p.name for p in PLANS[:2])
    assert (tmp_path / "current").resolve() == before


def test_add_replaces_a_changed_plan_of_the_same_name(tmp_path, tokenizer):
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    edited = tmp_path / "edit" / PLANS[0].name
    edited.parent.mkdir()
    edited.write_text(PLANS[0].read_text(encoding="utf-8").replace("延時領件服務。", "夜間延時領件服務。"), encoding="utf-8")
    report = corpus.add([edited], tmp_path, FakeEmbedder(), tokenizer)
    assert report.replaced_plans == [PLANS[0].name]
    rows = indexed_rows(tmp_path, tokenizer)
    assert any("夜間延時領件服務" in r.text for r in rows)
    assert not any("延時領件服務。" in r.actions and "夜間" not in r.text for r in rows if r.source_file == PLANS[0].name)
    assert sum(r.source_file == PLANS[1].name for r in rows) == 15


def test_remove_by_file_name_or_plan_id(tmp_path, tokenizer):
    corpus.add(PLANS, tmp_path, FakeEmbedder(), tokenizer)
    plan_id = next(p.plan_id for p in corpus.list_plans(tmp_path) if p.source_file == PLANS[1].name)
    report = corpus.remove([PLANS[0].name, plan_id], tmp_path, FakeEmbedder(), tokenizer)
    assert report.removed_plans == sorted([PLANS[0].name, PLANS[1].name])
    assert report.build.embedded == 0  # the other plans' vectors come from the cache
    assert files_in(tmp_path) == {p.name for p in PLANS[2:]}
    searcher = Searcher.open(tmp_path, FakeEmbedder(), tokenizer=tokenizer)
    hits = searcher.search("到府服務", k=100).hits
    assert all(searcher.row(h.row_id).office not in ("基隆市安樂地政事務所", "基隆市政府") for h in hits)


def test_remove_of_an_unknown_plan_changes_nothing(tmp_path, tokenizer):
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    before = (tmp_path / "current").resolve()
    with pytest.raises(corpus.UnknownPlan, match=r"not in the index.*nope\.txt.*plansearch plans"):
        corpus.remove([PLANS[0].name, "nope.txt"], tmp_path, FakeEmbedder(), tokenizer)
    assert (tmp_path / "current").resolve() == before and len(files_in(tmp_path)) == 2


def test_sync_without_confirmation_lists_removals_and_changes_nothing(tmp_path, tokenizer):
    corpus.add(PLANS, tmp_path, FakeEmbedder(), tokenizer)
    before = (tmp_path / "current").resolve()
    with pytest.raises(corpus.ConfirmationNeeded, match=r"would remove 4 plan\(s\).*--yes.*plansearch add") as info:
        corpus.sync([PLANS[0]], tmp_path, FakeEmbedder(), tokenizer)
    assert {p.source_file for p in info.value.removals} == {p.name for p in PLANS[1:]}
    assert (tmp_path / "current").resolve() == before and len(files_in(tmp_path)) == 5


def test_sync_confirmed_holds_exactly_the_given_plans(tmp_path, tokenizer):
    corpus.add(PLANS, tmp_path, FakeEmbedder(), tokenizer)
    report = corpus.sync(PLANS[3:], tmp_path, FakeEmbedder(), tokenizer, confirm=True)
    assert report.removed_plans == sorted(p.name for p in PLANS[:3])
    assert files_in(tmp_path) == {p.name for p in PLANS[3:]}
    assert {r.source_file for r in indexed_rows(tmp_path, tokenizer)} == {p.name for p in PLANS[3:]}


def test_sync_removing_nothing_needs_no_confirmation(tmp_path, tokenizer):
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    report = corpus.sync(PLANS[:3], tmp_path, FakeEmbedder(), tokenizer)
    assert report.added_plans == [PLANS[2].name] and not report.removed_plans


def test_every_build_keeps_a_byte_copy_of_each_source(tmp_path, tokenizer):
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    corpus.add([PLANS[2]], tmp_path, FakeEmbedder(), tokenizer)
    manifest = read_manifest(tmp_path)
    build = (tmp_path / "current").resolve()
    assert {p["source_file"]: p["copy"] for p in manifest["sources"]} == {p.name: f"sources/{p.name}" for p in PLANS[:3]}
    for plan in PLANS[:3]:
        assert (build / "sources" / plan.name).read_bytes() == plan.read_bytes()
    searcher = Searcher.open(tmp_path, FakeEmbedder(), tokenizer=tokenizer)
    plan_id = next(r.plan_id for r in searcher.rows if r.source_file == PLANS[0].name)
    assert searcher.source_path(plan_id) == build / "sources" / PLANS[0].name
    assert searcher.source_path("000000000000") is None


def test_editing_the_original_later_does_not_change_the_copy(tmp_path, tokenizer):
    original = tmp_path / PLANS[0].name
    shutil.copy(PLANS[0], original)
    corpus.add([original], tmp_path / "index", FakeEmbedder(), tokenizer)
    original.write_text("changed", encoding="utf-8")
    copy = (tmp_path / "index" / "current").resolve() / "sources" / PLANS[0].name
    assert copy.read_bytes() == PLANS[0].read_bytes()


def test_rows_from_jsonl_have_no_copy(tmp_path, tokenizer, sample_rows):
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text("".join(r.to_json() + "\n" for r in sample_rows if r.source_file == PLANS[0].name), encoding="utf-8")
    corpus.add([jsonl], tmp_path / "index", FakeEmbedder(), tokenizer)
    searcher = Searcher.open(tmp_path / "index", FakeEmbedder(), tokenizer=tokenizer)
    assert searcher.source_path(searcher.rows[0].plan_id) is None


def test_two_different_plans_given_under_one_name_are_both_kept(tmp_path, tokenizer):
    other = copied_as(PLANS[1], tmp_path / "other" / PLANS[0].name)
    report = corpus.add([PLANS[0], other], tmp_path / "index", FakeEmbedder(), tokenizer)
    second = PLANS[0].stem + " (2).txt"
    assert [(r.given, r.indexed_as) for r in report.renamed] == [(PLANS[0].name, second)]
    assert report.added_plans == sorted([PLANS[0].name, second]) and not report.ingest.errors
    rows = indexed_rows(tmp_path / "index", tokenizer)
    assert {r.source_file: r.office for r in rows} == {PLANS[0].name: "基隆市安樂地政事務所", second: "基隆市政府"}
    build = (tmp_path / "index" / "current").resolve()
    assert (build / "sources" / second).read_bytes() == PLANS[1].read_bytes()


def test_a_second_file_named_like_an_indexed_plan_does_not_double_its_rows(tmp_path, tokenizer):
    index_dir = tmp_path / "index"
    corpus.add(PLANS[:2], index_dir, FakeEmbedder(), tokenizer)
    other = copied_as(PLANS[2], tmp_path / "other" / PLANS[0].name)
    for operation in (corpus.add, lambda *a: corpus.sync(*a, confirm=True)):
        report = operation([PLANS[0], PLANS[1], other], index_dir, FakeEmbedder(), tokenizer)
        assert report.kept_plans == []
        rows = indexed_rows(index_dir, tokenizer)  # the other file is another plan (002): kept beside, never doubling 000
        assert sum(r.source_file == PLANS[0].name for r in rows) == 19
        assert sum(r.source_file == PLANS[0].stem + " (2).txt" for r in rows) == 42 and len(rows) == 76


def test_add_with_another_embedder_is_refused(tmp_path, tokenizer):
    corpus.add(PLANS[:1], tmp_path, FakeEmbedder("fake:a"), tokenizer)
    with pytest.raises(IndexMismatch, match=r"fake:a.*--model"):
        corpus.add(PLANS[1:2], tmp_path, FakeEmbedder("fake:b"), tokenizer)


def test_failed_file_in_add_keeps_its_previous_rows(tmp_path, tokenizer):
    broken = tmp_path / PLANS[0].name
    corpus.add(PLANS[:2], tmp_path / "index", FakeEmbedder(), tokenizer)
    broken.write_bytes(b"\xff\xfe\x00\x00garbage")
    report = corpus.add([broken, PLANS[2]], tmp_path / "index", FakeEmbedder(), tokenizer)
    assert report.kept_plans == [PLANS[0].name] and report.added_plans == [PLANS[2].name]
    assert sum(r.source_file == PLANS[0].name for r in indexed_rows(tmp_path / "index", tokenizer)) == 19


# -- the command line ---------------------------------------------------------------------

@pytest.fixture
def fake_model(monkeypatch):
    """The CLI builds its embedder by name; give it the fake one."""
    import index.embed

    monkeypatch.setattr(index.embed, "make_embedder", lambda *a, **k: FakeEmbedder())


def test_cli_add_remove_plans(tmp_path, fake_model):
    index = str(tmp_path / "index")
    assert runner.invoke(app, ["add", *map(str, PLANS[:2]), "--index", index]).exit_code == 0
    added = runner.invoke(app, ["add", str(PLANS[2]), "--index", index])
    assert added.exit_code == 0 and f"added: {PLANS[2].name}" in added.output and "indexed 76 rows" in added.output
    listed = runner.invoke(app, ["plans", "--index", index])
    assert "臺中縣龍井鄉戶政事務所  97年  42 rows" in listed.output and "3 plans, 76 rows" in listed.output
    removed = runner.invoke(app, ["remove", PLANS[0].name, "--index", index, "--json"])
    assert json.loads(removed.output)["removed_plans"] == [PLANS[0].name]
    as_json = json.loads(runner.invoke(app, ["plans", "--index", index, "--json"]).output)
    assert sorted(p["source_file"] for p in as_json["plans"]) == [PLANS[1].name, PLANS[2].name]


def test_cli_sync_and_index_need_yes_to_remove(tmp_path, fake_model):
    index = str(tmp_path / "index")
    runner.invoke(app, ["add", *map(str, PLANS), "--index", index])
    for command in ("sync", "index"):
        refused = runner.invoke(app, [command, str(PLANS[0]), "--index", index])
        assert refused.exit_code == 1
        assert f"would remove: {PLANS[1].name} (基隆市政府 97年, 15 rows)" in refused.output
        assert "rerun with --yes" in refused.output
        assert len(corpus.list_plans(Path(index))) == 5
    done = runner.invoke(app, ["sync", str(PLANS[0]), "--index", index, "--yes"])
    assert done.exit_code == 0 and "removed: " in done.output
    assert files_in(Path(index)) == {PLANS[0].name}


def test_cli_plans_on_an_empty_folder_says_how_to_add(tmp_path):
    result = runner.invoke(app, ["plans", "--index", str(tmp_path)])
    assert result.exit_code == 0 and "plansearch add" in result.output
