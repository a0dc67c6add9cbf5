"""PDFs: the sample renderings, PDFs we build ourselves (portrait and landscape), bad PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GOLD, SAMPLE
from pdf_factory import plan_pdf, scanned_pdf

from ingest import ingest_paths
from ingest.check import check_rows
from ingest.normalize import has_radicals

LONG = "<br/>".join(f"{i}. 第{i}項作法，持續推動便民服務並定期檢討改進。" for i in range(1, 40))
ROWS = [["建立標準作業流程", "1. 訂定各項申辦業務標準作業流程。 2. 每年檢討一次。", "經常辦理", "各課", "作業一致。"],
        ["到府服務", LONG, "經常辦理", "登記課", "照顧行動不便民眾。"],
        ["單一窗口", "1. 設置單一窗口。", "107年6月", "各課", "一處收件。"]]
TITLE = "測試市測試地政事務所 108年度提升服務品質執行計畫"


@pytest.fixture(scope="module")
def sample_pdf_rows():
    rows, report = ingest_paths(sorted((SAMPLE / "pdf").glob("*.pdf")))
    assert all(not f.errors for f in report.files)
    return rows


def test_sample_pdfs_recover_the_gold_rows(sample_pdf_rows):
    result = check_rows(sample_pdf_rows, GOLD)
    assert result["recall"] >= 0.95
    assert result["precision"] >= 0.95


def test_no_radical_code_points_survive(sample_pdf_rows):
    assert not [r.measure for r in sample_pdf_rows if has_radicals(r.text) or has_radicals(" ".join(r.section))]
    assert any("民眾" in r.text for r in sample_pdf_rows)


def test_row_split_across_pages_is_joined_and_cites_its_first_page(sample_pdf_rows):
    row = next(r for r in sample_pdf_rows if r.measure == "資訊透明公開")
    assert len(row.actions) == 5
    assert row.actions[1].startswith("製作申請書表填寫範例")
    assert row.source.page == 2 and row.source.line is None


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_built_pdf_with_row_across_pages(tmp_path, orientation):
    path = plan_pdf(tmp_path / f"plan-{orientation}.pdf", title=TITLE, rows=ROWS, orientation=orientation,
                    filler_paragraphs=10)
    rows, report = ingest_paths([path])
    assert [r.measure for r in rows] == ["建立標準作業流程", "到府服務", "單一窗口"]
    home = rows[1]
    assert len(home.actions) == 39 and home.actions[-1].startswith("第39項作法")
    assert (home.deadline, home.owner) == ("經常辦理", "登記課")
    assert rows[2].source.page == 2
    assert {(r.office, r.year_roc, r.year_ad) for r in rows} == {("測試市測試地政事務所", 108, 2019)}


def test_encrypted_pdf_names_the_file_and_the_reason(tmp_path):
    path = plan_pdf(tmp_path / "locked.pdf", title=TITLE, rows=ROWS[:1], encrypt="secret")
    rows, report = ingest_paths([path])
    assert rows == []
    error = report.files[0].errors[0]
    assert "encrypted" in error["reason"] and error["file"].endswith("locked.pdf")


def test_scanned_pdf_without_text_layer_says_so_with_the_page(tmp_path):
    rows, report = ingest_paths([scanned_pdf(tmp_path / "scan.pdf")])
    error = report.files[0].errors[0]
    assert "no text layer" in error["reason"] and error["page"] == 1


def test_corrupt_pdf_is_reported_and_other_files_still_ingest(tmp_path):
    good = plan_pdf(tmp_path / "good.pdf", title=TITLE, rows=ROWS[:1])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:300])
    rows, report = ingest_paths([broken, good])
    by_file = {Path(f.file).name: f for f in report.files}
    assert "corrupt" in by_file["broken.pdf"].errors[0]["reason"] or "no text layer" in by_file["broken.pdf"].errors[0]["reason"]
    assert by_file["good.pdf"].rows == 1 and rows[0].measure == "建立標準作業流程"
