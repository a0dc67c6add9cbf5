"""File-level input: every file in a folder is listed (read, failed or skipped with a reason),
formats are known by content, UTF-16 decodes, FIFOs/devices/oversized files and zip bombs are
refused with that file's own message while the run goes on."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from conftest import sample_text_plans
from plan_factory.office_writers import write_docx, write_odt
from typer.testing import CliRunner

from ingest import IngestError, ingest_paths
from ingest.pipeline import IngestLimits
from ingest.readers.package import Package, PackageLimits
from ingest.readers.text import read_text
from service.cli import app

PLAN = sample_text_plans()[0]  # 000: 19 rows


def _by_name(report) -> dict:
    return {Path(f.file).name: f for f in report.files}


def test_folder_lists_every_file_and_says_why_one_is_skipped(tmp_path):
    (tmp_path / "plan.txt").write_bytes(PLAN.read_bytes())
    (tmp_path / "budget.xlsx").write_bytes(b"PK\x03\x04 not read")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "~$plan.docx").write_bytes(b"\x05lock")
    (tmp_path / "notes.log").write_text("執行紀錄", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "plan2.txt").write_bytes(PLAN.read_bytes())
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    rows, report = ingest_paths([tmp_path])
    files = _by_name(report)
    assert set(files) == {"plan.txt", "budget.xlsx", "photo.jpg", "~$plan.docx", "notes.log", "plan2.txt", ".git"}
    assert "hidden folder" in files[".git"].skipped
    assert files["plan.txt"].rows == 19 and files["plan2.txt"].rows == 19
    assert "Excel spreadsheet" in files["budget.xlsx"].skipped
    assert "image" in files["photo.jpg"].skipped
    assert "lock file" in files["~$plan.docx"].skipped
    assert ".log" in files["notes.log"].skipped  # text under an unknown suffix inside a folder is not guessed at
    assert all(not f.errors for f in report.files)
    assert report.to_dict()["skipped"] == 5


def test_found_records_from_a_callers_own_discovery_keep_their_meaning(tmp_path):
    from ingest.discover import discover

    (tmp_path / "plan.txt").write_bytes(PLAN.read_bytes())
    (tmp_path / "notes.log").write_text("執行紀錄", encoding="utf-8")
    found = discover([tmp_path])  # e.g. index/corpus.py refusing duplicate names before ingesting
    rows, report = ingest_paths(found)
    assert [(Path(f.file).name, f.rows, bool(f.skipped)) for f in report.files] == [("notes.log", 0, True), ("plan.txt", 19, False)]


def test_a_plan_under_an_unknown_suffix_in_a_folder_is_read_by_its_bytes(tmp_path):
    doc = read_text(str(PLAN), PLAN.read_text(encoding="utf-8"))
    write_odt(doc.blocks, tmp_path / "plan.bin")
    rows, report = ingest_paths([tmp_path])
    assert report.files[0].format == "odt" and report.files[0].rows == 19


def test_format_is_chosen_by_content_not_suffix(tmp_path):
    doc = read_text(str(PLAN), PLAN.read_text(encoding="utf-8"))
    docx_as_txt = write_docx(doc.blocks, tmp_path / "a.docx").rename(tmp_path / "a.txt")
    odt_as_docx = write_odt(doc.blocks, tmp_path / "b.odt").rename(tmp_path / "b.docx")
    rows, report = ingest_paths([docx_as_txt, odt_as_docx])
    assert [(f.format, f.rows) for f in report.files] == [("docx", 19), ("odt", 19)]


HTML_PLAN = ("<html><body><h1>某市某區戶政事務所112年度提升服務品質執行計畫</h1><h2>壹、具體措施</h2>"
             "<table><tr><th>實施要項</th><th>推動作法</th><th>完成期限</th><th>承辦單位</th></tr>"
             "<tr><td>到府服務</td><td>1. 提供行動不便民眾到府服務。</td><td>112年6月</td><td>戶籍課</td></tr></table></body></html>")


def test_word_html_saved_as_doc_is_read_as_html(tmp_path):
    path = tmp_path / "plan.doc"  # Word's "web page" saved under a .doc name, as sites publish it
    path.write_text(HTML_PLAN.replace("<html>", '<html xmlns:o="urn:schemas-microsoft-com:office:office">'), encoding="utf-8")
    rows, report = ingest_paths([path])
    assert report.files[0].format == "html"
    assert [(r.measure, r.deadline, r.owner) for r in rows] == [("到府服務", "112年6月", "戶籍課")]


def test_single_file_web_page_mht_is_read(tmp_path):
    import base64

    encoded = base64.encodebytes(HTML_PLAN.encode("cp950")).decode("ascii")
    path = tmp_path / "plan.doc"
    path.write_text('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="----=_NextPart_01"\n\n'
                    "------=_NextPart_01\nContent-Location: file:///C:/plan.htm\nContent-Transfer-Encoding: base64\n"
                    f'Content-Type: text/html; charset="big5"\n\n{encoded}\n------=_NextPart_01--\n', encoding="ascii")
    rows, report = ingest_paths([path])
    assert report.files[0].format == "mhtml", report.files[0].errors
    assert [(r.measure, r.deadline, r.owner) for r in rows] == [("到府服務", "112年6月", "戶籍課")]
    assert rows[0].office == "某市某區戶政事務所"


def test_zip_that_is_no_document_is_skipped_with_its_kind(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    (tmp_path / "sheet.docx").write_bytes(buffer.getvalue())
    _, report = ingest_paths([tmp_path / "sheet.docx"])
    assert "Excel workbook" in report.files[0].skipped


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "plan.txt").write_bytes(PLAN.read_bytes())
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden-plan.txt").write_bytes(PLAN.read_bytes())
    os.chmod(locked, 0)
    real_scandir = os.scandir

    def scandir(path):  # tests run as root, where chmod 000 does not stop reading
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    try:
        rows, report = ingest_paths([tmp_path])
    finally:
        os.chmod(locked, 0o755)
    files = _by_name(report)
    assert files["locked"].skipped == "cannot list folder: Permission denied"
    assert files["plan.txt"].rows == 19 and len(rows) == 19


def test_unreadable_file_names_the_file(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_bytes(PLAN.read_bytes())
    real_open = os.open

    def fake_open(file, *args, **kwargs):  # tests run as root, where chmod 000 does not stop reading
        if Path(str(file)) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    _, report = ingest_paths([locked, PLAN])
    assert report.files[0].errors[0]["reason"] == "cannot read file: Permission denied"
    assert report.files[1].rows == 19


def test_fifo_is_refused_without_opening_it(tmp_path):
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)  # opening it for reading would block forever: no writer
    rows, report = ingest_paths([tmp_path, PLAN])
    files = _by_name(report)
    assert files["plan.txt"].errors[0]["reason"] == "not a regular file (a FIFO / named pipe): refused without opening it"
    assert len(rows) == 19


def test_a_file_that_becomes_a_fifo_after_the_check_does_not_hang(tmp_path, monkeypatch):
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)
    regular = os.stat(PLAN)
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if Path(p) == fifo else real_stat(p, *a, **k))
    _, report = ingest_paths([fifo])
    assert report.files[0].errors[0]["reason"] == "not a regular file: refused"


def test_socket_is_refused(tmp_path):
    import socket

    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "plan.sock"))
        _, report = ingest_paths([tmp_path / "plan.sock"])
    assert report.files[0].errors[0]["reason"] == "not a regular file (a socket): refused without opening it"


def test_character_device_is_refused():
    _, report = ingest_paths(["/dev/null"])
    assert "a character device" in report.files[0].errors[0]["reason"]


def test_size_limit_names_the_setting(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(PLAN.read_bytes() * 40)
    rows, report = ingest_paths([big, PLAN], limits=IngestLimits(max_file_mb=0.1))
    reason = report.files[0].errors[0]["reason"]
    assert "over the 0.1 MB size limit" in reason and "max_file_mb" in reason
    assert report.files[1].rows == 19


def test_cli_prints_skipped_files_and_takes_the_size_limit(tmp_path):
    (tmp_path / "plan.txt").write_bytes(PLAN.read_bytes())
    (tmp_path / "budget.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--out", str(tmp_path / "out"), "--max-file-mb", "5"])
    assert result.exit_code == 0
    assert "budget.xls: skipped: an Excel spreadsheet, not a plan format" in result.output
    import json

    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {Path(f["file"]).name: f["skipped"] for f in report["files"]} == {
        "budget.xls": "an Excel spreadsheet, not a plan format this tool reads "
                      "(.txt .md .text .html .htm .mht .mhtml .pdf .docx .odt .doc .rtf .wps .dot)", "plan.txt": None}


def test_zip_bomb_is_bounded_by_what_it_inflates_to():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (8 * 1024 * 1024))  # 8 MB of zeros, a few KB packed
    package = Package("bomb.docx", buffer.getvalue(), PackageLimits(max_member_bytes=1024 * 1024))
    with pytest.raises(IngestError, match="inflates past 1 MB: refused as a zip bomb"):
        package.read("word/document.xml")


def test_zip_bomb_in_a_docx_is_that_files_error(tmp_path, monkeypatch):
    import ingest.readers.package as package_module

    monkeypatch.setattr(package_module.Package.__init__, "__defaults__", (PackageLimits(max_member_bytes=1024 * 1024),))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (4 * 1024 * 1024))
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(buffer.getvalue())
    rows, report = ingest_paths([bomb, PLAN])
    assert "zip bomb" in report.files[0].errors[0]["reason"] and len(rows) == 19


def test_malformed_docx_xml_names_the_part():
    from ingest.readers.docx import read_docx

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(IngestError, match="malformed XML in word/document.xml"):
        read_docx("broken.docx", buffer.getvalue())


def _docx_with(xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", xml)
    return buffer.getvalue()


BODY = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        '<w:p><w:r><w:t>前{}後</w:t></w:r></w:p></w:body></w:document>')


def test_external_entity_is_not_read():
    from ingest.readers.docx import read_docx

    xml = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/hostname">]>' + BODY.format("&x;")
    (paragraph,) = read_docx("xxe.docx", _docx_with(xml)).blocks
    assert paragraph.text == "前後"


def test_entity_expansion_bomb_is_not_expanded():
    from ingest.readers.docx import read_docx

    lol = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 9))
    xml = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e0 "AAAAAAAAAA">{lol}]>' + BODY.format("&e8;")
    try:
        blocks = read_docx("lol.docx", _docx_with(xml)).blocks
    except IngestError as exc:  # libxml2 may refuse the amplification outright
        assert "malformed XML in word/document.xml" in exc.reason
    else:
        assert [b.text for b in blocks] == ["前後"]


def test_deeply_nested_tables_in_a_docx_are_that_files_error(tmp_path):
    inner = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    for _ in range(10_000):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    deep = tmp_path / "deep.docx"
    deep.write_bytes(_docx_with(BODY.replace("<w:p><w:r><w:t>前{}後</w:t></w:r></w:p>", inner)))
    rows, report = ingest_paths([deep, PLAN])
    assert "malformed XML in word/document.xml: Excessive depth" in report.files[0].errors[0]["reason"]
    assert len(rows) == 19


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_plan_decodes_and_gives_the_same_rows(tmp_path, encoding):
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN.read_text(encoding="utf-8").encode(encoding))  # "utf-16" writes a BOM
    rows, report = ingest_paths([path])
    assert report.files[0].encoding.startswith("utf-16") and not report.files[0].errors
    assert len(rows) == 19 and rows[0].office == "基隆市安樂地政事務所"


def test_binary_with_nul_bytes_is_still_refused(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02\x00\x00\xff" * 500)
    _, report = ingest_paths([junk])
    assert "binary" in report.files[0].errors[0]["reason"]
