"""Ingest stays bounded on any file: links that loop or leave the folder are listed as skipped
and the run goes on; a PDF over the page limit is refused by name; long PDFs are read a pass of
pages at a time; warnings of a long file are one line per reason; a reader process past its
memory or time limit, killed or failing is that file's clear error while the others ingest."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

from conftest import sample_text_plans
from pdf_factory import long_pdf
from reader_calls import allocate, die, fail, sleep
from typer.testing import CliRunner

from ingest import ingest_paths
from ingest.isolated import ChildLimits, Outcome, ReaderProcesses
from ingest.parallel import ISOLATE_FROM_BYTES, needs_isolation
from ingest.pipeline import IngestLimits
from ingest.readers import pdf as pdf_reader
from service.cli import app

PLAN = sample_text_plans()[0]  # 000: 19 rows


def _by_name(report) -> dict:
    return {Path(f.file).name: f for f in report.files}


def test_a_link_loop_and_a_link_to_root_are_skipped_with_reasons_and_the_good_plan_ingests(tmp_path):
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_bytes(PLAN.read_bytes())
    os.symlink("loop.txt", folder / "loop.txt")  # a link to itself
    os.symlink("b.txt", folder / "a.txt")  # a → b → a
    os.symlink("a.txt", folder / "b.txt")
    os.symlink("/", folder / "root")
    os.symlink("..", folder / "sub" / "up")  # a folder link back up: never followed
    outside = tmp_path / "outside.txt"
    outside.write_bytes(PLAN.read_bytes())
    os.symlink(outside, folder / "outside.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    rows, report = ingest_paths([folder])
    files = _by_name(report)
    assert files["good.txt"].rows == 19 and {r.source_file for r in rows} == {"good.txt"}
    for name in ("loop.txt", "a.txt", "b.txt"):
        assert files[name].skipped == "a symbolic link loop (the link leads back to itself): not followed"
    assert files["root"].skipped == f"a symbolic link to /, outside the folder {folder.resolve()}: not followed"
    assert files["outside.txt"].skipped.startswith(f"a symbolic link to {outside.resolve()}, outside the folder")
    assert files["dangling.txt"].skipped == "a broken symbolic link (its target missing.txt does not exist)"
    assert files["up"].skipped == "a link to a folder (not followed)"
    assert not report.errors and report.to_dict()["skipped"] == 7


def test_the_cli_run_over_a_folder_with_a_link_loop_writes_the_good_plan_and_the_reasons(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "good.txt").write_bytes(PLAN.read_bytes())
    os.symlink("loop", folder / "loop")
    os.symlink("/", folder / "root")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"{folder / 'loop'}: skipped: a symbolic link loop" in result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {Path(f["file"]).name: (f["rows"], f["skipped"]) for f in report["files"]} == {
        "good.txt": (19, None), "loop": (0, "a symbolic link loop (the link leads back to itself): not followed"),
        "root": (0, f"a symbolic link to /, outside the folder {folder.resolve()}: not followed")}
    assert len((tmp_path / "out" / "rows.jsonl").read_text(encoding="utf-8").splitlines()) == 19


def test_a_link_to_a_plan_inside_the_folder_is_read(tmp_path):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "good.txt").write_bytes(PLAN.read_bytes())
    os.symlink("good.txt", tmp_path / "plans" / "alias.txt")
    rows, report = ingest_paths([tmp_path / "plans"])
    assert {f: r.rows for f, r in _by_name(report).items()} == {"alias.txt": 19, "good.txt": 19}


def test_a_pdf_over_the_page_limit_is_refused_before_reading_and_the_others_ingest(tmp_path):
    long = long_pdf(tmp_path / "long.pdf", 12)
    rows, report = ingest_paths([long, PLAN], limits=IngestLimits(max_pdf_pages=10))
    files = _by_name(report)
    assert files["long.pdf"].errors == [{"file": str(long), "page": None, "line": None,
                                         "reason": "PDF has 12 pages, over the 10 page limit (max_pdf_pages)"}]
    assert files[PLAN.name].rows == 19


def test_a_long_pdf_read_in_passes_gives_every_row_and_one_warning_per_reason(tmp_path, monkeypatch):
    long = long_pdf(tmp_path / "long.pdf", 7)
    opened: list[int] = []
    real_open = pdf_reader.open_pypdf

    def counting_open(file, data):
        opened.append(1)
        return real_open(file, data)

    monkeypatch.setattr(pdf_reader, "open_pypdf", counting_open)
    in_passes = pdf_reader.read_pdf(str(long), long.read_bytes(), pages_per_pass=3)
    assert len(opened) == 1 + 3  # the page count, then passes of pages 1–3, 4–6, 7
    monkeypatch.undo()
    assert in_passes == pdf_reader.read_pdf(str(long), long.read_bytes())  # one pass
    rows, report = ingest_paths([long])
    assert [r.measure for r in rows][:2] == ["措施1-1", "措施1-2"] and len(rows) == 7 * 18
    assert [r.measure for r in rows][-1] == "措施7-18"
    assert {r.source.page for r in rows} == set(range(1, 8))
    assert report.files[0].warnings == [
        {"page": 1, "reason": "font decoding differs between readers; used pypdf's text (pages 1–7)"}]


def test_page_ranges_name_runs_of_pages():
    assert pdf_reader.page_ranges([1, 2, 3, 7, 9, 10]) == "1–3, 7, 9–10"


# -- reader processes ------------------------------------------------------------------------
def test_reader_processes_report_memory_signals_exits_timeouts_and_errors_per_call():
    with ReaderProcesses(2, ChildLimits(memory_mb=256, timeout_s=2)) as children:
        children.submit("small", allocate, 16)
        children.submit("large", allocate, 1024)
        children.submit("killed", die, signal.SIGKILL)
        children.submit("slow", sleep, 60)
        children.submit("bug", fail)
        children.submit("exit", os._exit, 3)
        outcomes = {key: children.outcome(key) for key in ("small", "large", "killed", "slow", "bug", "exit")}
    assert outcomes["small"] == Outcome(16 * 1024 * 1024)
    assert outcomes["large"].failure == ("reading it needs more memory than a reader process may use "
                                         "(256 MB, memory_mb): refused")
    assert outcomes["killed"].failure == "the reader process was killed by SIGKILL (out of memory?) before it gave a result"
    assert outcomes["slow"].failure == ("reading it took longer than 2 s (file_timeout_s): "
                                        "the reader process was stopped")
    assert outcomes["bug"].failure == "the reader failed: ValueError: a bug in a reader"
    assert outcomes["exit"].failure == "the reader process exited with code 3 before it gave a result"


def test_a_file_whose_reader_passes_its_memory_limit_is_that_files_error_and_the_others_ingest(tmp_path):
    plan_pdf = long_pdf(tmp_path / "plan.pdf", 2)
    rows, report = ingest_paths([plan_pdf, PLAN], limits=IngestLimits(memory_mb=64))
    files = _by_name(report)
    assert files["plan.pdf"].errors == [{"file": str(plan_pdf), "page": None, "line": None, "reason": (
        "reading it needs more memory than a reader process may use (64 MB, memory_mb): refused")}]
    assert files[PLAN.name].rows == 19 and {r.source_file for r in rows} == {PLAN.name}
    rows, report = ingest_paths([plan_pdf], limits=IngestLimits())  # the default limit reads it
    assert len(rows) == 2 * 18 and not report.errors


def test_pdfs_and_large_files_are_read_in_a_child_small_text_here(tmp_path):
    disguised = tmp_path / "plan.txt"
    disguised.write_bytes(long_pdf(tmp_path / "plan.pdf", 1).read_bytes())  # a PDF under a text name
    large = tmp_path / "large.txt"
    large.write_bytes(PLAN.read_bytes() + b"\n" * ISOLATE_FROM_BYTES)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert needs_isolation(tmp_path / "plan.pdf") and needs_isolation(disguised) and needs_isolation(large)
    assert not needs_isolation(PLAN) and not needs_isolation(fifo) and not needs_isolation(tmp_path / "missing.pdf")
