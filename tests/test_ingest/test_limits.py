"""Ingest stays bounded on any file: links that loop or leave the folder are listed as skipped
and the run goes on; a PDF over the page limit is refused by name; long PDFs are read a pass of
pages at a time; warnings of a long file are one line per reason."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import sample_text_plans
from pdf_factory import long_pdf

from ingest import ingest_paths
from ingest.pipeline import IngestLimits
from ingest.readers import pdf as pdf_reader

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
