"""Ingest in worker processes gives exactly the serial result: same rows in the same order,
same reports, a bad file reported while the others still ingest, one progress pass over the files."""

from __future__ import annotations

from pathlib import Path

from conftest import sample_text_plans

from ingest import ingest_paths
from ingest.parallel import default_workers


def test_parallel_ingest_equals_serial_and_reports_the_bad_file(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\xff\xfe\x00\x00garbage")
    files = [*sample_text_plans(), bad, empty, tmp_path / "missing.txt"]
    seen: list = []

    def progress(items):
        items = list(items)
        seen.extend(items)
        return items

    serial_rows, serial_report = ingest_paths(files, workers=1)
    rows, report = ingest_paths(files, workers=2, progress=progress)
    assert [r.row_id for r in rows] == [r.row_id for r in serial_rows]
    assert rows == serial_rows
    assert report.to_dict() == serial_report.to_dict()
    assert [getattr(item, "path", item) for item in seen] == files  # one progress pass, in the given order
    errors = {Path(e["file"]).name: e["reason"] for e in report.errors}
    assert set(errors) == {"broken.pdf", "empty.txt", "missing.txt"}
    assert errors["missing.txt"] == "no such file"
    assert sum(f.rows for f in report.files if not f.errors) == sum(r.kind == "measure" for r in rows) > 0


def test_a_little_work_stays_in_this_process(tmp_path):
    small = tmp_path / "a.txt"
    small.write_text("x", encoding="utf-8")
    assert default_workers([small]) == 1
    assert default_workers(sample_text_plans()) == 1  # five small text plans: a pool would cost more
