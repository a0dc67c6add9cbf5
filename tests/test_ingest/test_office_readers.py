"""Word (.docx), ODF (.odt) and LibreOffice-converted (.doc .rtf) plans: spans, header rows,
headings and list numbering reach the blocks, and a plan in any of them gives its rows."""

from __future__ import annotations

import io
import zipfile

import pytest
from office_support import require_soffice
from plan_factory.office_writers import write_docx, write_odt

from ingest import ingest_paths
from ingest.blocks import Cell, Heading, Paragraph, PhysicalRow, PhysicalTable
from ingest.readers.docx import read_docx
from ingest.readers.numbering import chinese_counting
from ingest.readers.odt import read_odt

TITLE = "某市某區戶政事務所112年度提升服務品質執行計畫"
HEADER = ["實施要項", "推動作法", "完成期限", "承辦單位"]


def plan_blocks() -> list:
    """A plan whose table has a group cell spanning two rows, a repeated header row and a
    full-width note row."""
    table = PhysicalTable([
        PhysicalRow([Cell(h) for h in HEADER], header=True),
        PhysicalRow([Cell("一、便民服務", rowspan=2), Cell("1. 提供到府服務。"), Cell("112年6月"), Cell("戶籍課")]),
        PhysicalRow([Cell("2. 設置單一窗口。"), Cell("112年12月"), Cell("戶籍課")]),
        PhysicalRow([Cell(h) for h in HEADER], header=True),
        PhysicalRow([Cell("二、資訊公開"), Cell("1. 網站公開申辦流程。\n2. 每月更新。"), Cell("持續辦理"), Cell("各課")]),
    ])
    return [Paragraph(TITLE), Heading(1, "壹、具體措施"), table]


def _rows(rows):
    return [(r.measure, r.actions, r.deadline, r.owner, r.section[-1]) for r in rows]


EXPECTED = [("一、便民服務", ("提供到府服務。", "設置單一窗口。"), "112年6月；112年12月", "戶籍課", "壹、具體措施")]


@pytest.mark.parametrize("writer", [write_docx, write_odt], ids=["docx", "odt"])
def test_reader_keeps_spans_and_header_rows(tmp_path, writer):
    path = writer(plan_blocks(), tmp_path / ("plan.docx" if writer is write_docx else "plan.odt"))
    read = read_docx if writer is write_docx else read_odt
    doc = read(str(path), path.read_bytes())
    heading, table = doc.blocks[1], doc.blocks[2]
    assert isinstance(doc.blocks[0], Paragraph) and doc.blocks[0].text == TITLE
    assert isinstance(heading, Heading) and (heading.level, heading.text) == (1, "壹、具體措施")
    assert [r.header for r in table.rows] == [True, False, False, True, False]
    assert table.rows[1].cells[0] == Cell("一、便民服務", 2, 1)
    assert [c.text for c in table.rows[2].cells] == ["2. 設置單一窗口。", "112年12月", "戶籍課"]  # covered cell dropped
    assert table.rows[4].cells[1].text == "1. 網站公開申辦流程。 2. 每月更新。"  # a cell's paragraphs joined
    assert [r.line for r in table.rows] == [3, 4, 5, 6, 7]  # no pages: ordinal of paragraph / row


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_office_plan_gives_its_rows(tmp_path, suffix):
    path = tmp_path / f"plan{suffix}"
    (write_docx if suffix == ".docx" else write_odt)(plan_blocks(), path)
    rows, report = ingest_paths([path])
    assert report.files[0].format == suffix[1:] and not report.files[0].errors
    got = {(r.measure, r.section[-1]) for r in rows}
    assert ("提供到府服務。", "一、便民服務") in got or ("一、便民服務", "壹、具體措施") in got
    assert rows[0].office == "某市某區戶政事務所" and rows[0].year_roc == 112
    assert not any("實施要項" in r.measure for r in rows)  # the repeated header row is no row
    assert all(r.source.line is not None and r.source.page is None for r in rows)


def test_column_span_in_docx_and_odt(tmp_path):
    table = PhysicalTable([PhysicalRow([Cell("a"), Cell("b"), Cell("c")]),
                           PhysicalRow([Cell("wide", colspan=2), Cell("z")])])
    for writer, read, name in ((write_docx, read_docx, "t.docx"), (write_odt, read_odt, "t.odt")):
        path = writer([table], tmp_path / name)
        got = read(name, path.read_bytes()).blocks[0]
        assert got.rows[1].cells == [Cell("wide", 1, 2), Cell("z")], name


# --- .docx details Word writes that python-docx's writer does not: built as raw XML ---

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def raw_docx(body: str, numbering: str = "", styles: str = "") -> bytes:
    def part(root: str, inner: str) -> str:
        return f'<?xml version="1.0" encoding="UTF-8"?><w:{root} xmlns:w="{W_NS}">{inner}</w:{root}>'

    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {"document": f"<w:body>{body}</w:body>", "numbering": numbering, "styles": styles}
    present = [name for name, inner in parts.items() if inner]
    types = "".join(f'<Override PartName="/word/{n}.xml" ContentType="{main}.{n if n != "document" else "document.main"}+xml"/>'
                    for n in present)
    doc_rels = "".join(f'<Relationship Id="r{i}" Type="{rel}/{n}" Target="{n}.xml"/>' for i, n in enumerate(present) if n != "document")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships '
                   f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{doc_rels}</Relationships>')
        for name in present:
            z.writestr(f"word/{name}.xml", part(name, parts[name]))
    return buffer.getvalue()


def _p(text: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_auto_numbering_is_drawn_like_the_printed_page():
    numbering = ('<w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>')

    def item(text, level):
        return _p(text, f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr>')

    body = item("便民服務", 0) + item("到府服務", 1) + item("單一窗口", 1) + item("資訊公開", 0) + item("網站公開", 1)
    doc = read_docx("n.docx", raw_docx(body, numbering))
    assert [b.text for b in doc.blocks] == ["一、便民服務", "1. 到府服務", "2. 單一窗口", "二、資訊公開", "1. 網站公開"]


def test_docx_lists_of_one_definition_continue_unless_restarted():
    numbering = ('<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')

    def item(text, num):
        return _p(text, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')

    body = item("甲", 1) + _p("說明文字。") + item("乙", 2) + item("丙", 3) + item("丁", 3)
    doc = read_docx("c.docx", raw_docx(body, numbering))
    assert [b.text for b in doc.blocks] == ["1. 甲", "說明文字。", "2. 乙", "1. 丙", "2. 丁"]


def test_docx_heading_from_a_localised_style_id_and_outline_level():
    styles = ('<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="我的標題"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="子標題"/><w:basedOn w:val="a5"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>')
    body = (_p("目錄項 1", '<w:pStyle w:val="TOC1"/>') + _p("壹、計畫依據", '<w:pStyle w:val="1"/>')
            + _p("具體措施", '<w:pStyle w:val="a6"/>') + _p("本文。"))
    blocks = read_docx("s.docx", raw_docx(body, styles=styles)).blocks
    assert [(type(b).__name__, getattr(b, "level", None), b.text) for b in blocks] == [
        ("Heading", 1, "壹、計畫依據"), ("Heading", 2, "具體措施"), ("Paragraph", None, "本文。")]


def test_docx_vmerge_gridbefore_content_controls_and_deleted_text():
    def tc(text, props=""):
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text)}</w:tc>"

    rows = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + tc("實施要項") + tc("推動作法") + tc("承辦單位") + "</w:tr>"
            + "<w:tr>" + tc("便民", '<w:vMerge w:val="restart"/>') + tc("到府") + tc("戶籍課") + "</w:tr>"
            + "<w:tr>" + tc("", "<w:vMerge/>") + '<w:sdt><w:sdtContent>' + tc("窗口") + "</w:sdtContent></w:sdt>" + tc("各課") + "</w:tr>"
            + '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc("備註", '<w:gridSpan w:val="2"/>') + "</w:tr>")
    deleted = '<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>刪除</w:delText></w:r></w:del></w:p>'
    blocks = read_docx("m.docx", raw_docx(deleted + f"<w:tbl>{rows}</w:tbl>")).blocks
    assert blocks[0].text == "保留"
    table = blocks[1]
    assert [r.header for r in table.rows] == [True, False, False, False]
    assert table.rows[1].cells[0] == Cell("便民", 2, 1)
    assert [c.text for c in table.rows[2].cells] == ["窗口", "各課"]
    assert table.rows[3].cells == [Cell("", 1, 1), Cell("備註", 1, 2)]


def test_docx_nested_table_is_flattened_into_its_cell_and_a_frame_table_is_unwrapped():
    inner = "<w:tbl><w:tr><w:tc>" + _p("甲") + "</w:tc><w:tc>" + _p("乙") + "</w:tc></w:tr></w:tbl>"
    cell_with_table = "<w:tc>" + _p("說明") + inner + "</w:tc>"
    table = f"<w:tbl><w:tr><w:tc>{_p('項目')}</w:tc>{cell_with_table}</w:tr></w:tbl>"
    blocks = read_docx("n.docx", raw_docx(table)).blocks
    assert [c.text for c in blocks[0].rows[0].cells] == ["項目", "說明 甲 乙"]
    frame = f"<w:tbl><w:tr><w:tc>{_p('計畫')}{table}</w:tc></w:tr></w:tbl>"
    blocks = read_docx("f.docx", raw_docx(frame)).blocks
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "計畫" and isinstance(blocks[1], PhysicalTable)


def test_odt_list_numbering_and_repeated_rows():
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>
<text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="1"/></text:list-style>
</office:automatic-styles><office:body><office:text>
<text:list text:style-name="L1"><text:list-item><text:p>便民服務</text:p><text:list>
<text:list-item><text:p>到府<text:s text:c="2"/>服務</text:p></text:list-item><text:list-item><text:p>單一窗口</text:p></text:list-item></text:list>
</text:list-item><text:list-item><text:p>資訊公開</text:p></text:list-item></text:list>
<table:table><table:table-column table:number-columns-repeated="2"/>
<table:table-row table:number-rows-repeated="3"><table:table-cell><text:p>同</text:p></table:table-cell><table:table-cell/></table:table-row>
<table:table-row table:number-rows-repeated="100000"><table:table-cell/><table:table-cell/></table:table-row>
</table:table></office:text></office:body></office:document-content>"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    blocks = read_odt("l.odt", buffer.getvalue()).blocks
    assert [b.text for b in blocks[:4]] == ["一、便民服務", "(1) 到府 服務", "(2) 單一窗口", "二、資訊公開"]
    assert len(blocks[4].rows) == 4  # three repeated rows with text, the empty run counted once


def test_odt_heading_chapter_numbering_is_drawn():
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"><office:body><office:text>
<text:h text:outline-level="1">具體措施</text:h><text:h text:outline-level="2">便民服務</text:h>
<text:h text:outline-level="2">資訊公開</text:h><text:h text:outline-level="1">管制考核</text:h><text:h text:outline-level="2">考核</text:h>
</office:text></office:body></office:document-content>"""
    styles = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"><office:styles><text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" loext:num-list-format="%1%、" style:num-suffix="、" style:num-format="壹, 貳, 參, ..."/>
<text:outline-level-style text:level="2" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
</text:outline-style></office:styles></office:document-styles>"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
    blocks = read_odt("h.odt", buffer.getvalue()).blocks
    assert [(b.level, b.text) for b in blocks] == [(1, "壹、具體措施"), (2, "一、便民服務"), (2, "二、資訊公開"),
                                                   (1, "貳、管制考核"), (2, "一、考核")]


def test_odt_paragraph_in_a_heading_style_is_a_heading_even_without_its_level():
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">
<office:automatic-styles><style:style style:name="P3" style:family="paragraph" style:parent-style-name="Heading_20_2"/>
</office:automatic-styles><office:body><office:text><text:p text:style-name="P3">第一線服務機關</text:p>
<text:p>本所全體員工</text:p></office:text></office:body></office:document-content>"""
    styles = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:styles>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/></office:styles></office:document-styles>"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
    blocks = read_odt("h.odt", buffer.getvalue()).blocks
    assert blocks == [Heading(2, "第一線服務機關", 1), Paragraph("本所全體員工", 2)]


def test_numbered_list_in_a_doc_keeps_its_numbers(tmp_path):
    require_soffice()
    import docx

    from ingest.readers.office import convert

    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_heading("壹、具體措施", 1)
    for text in ("提供到府服務。", "設置單一窗口。"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("")
    document.save(str(tmp_path / "list.docx"))
    path = tmp_path / "list.doc"
    path.write_bytes(convert("list.docx", (tmp_path / "list.docx").read_bytes(), ".docx", "doc"))
    doc = read_odt("list.odt", convert(str(path), path.read_bytes(), ".doc", "odt"))
    assert [b.text for b in doc.blocks][-2:] == ["1. 提供到府服務。", "2. 設置單一窗口。"]


def test_chinese_counting_as_plans_number():
    assert [chinese_counting(n) for n in (1, 10, 11, 20, 21, 105)] == ["一", "十", "十一", "二十", "二十一", "一百零五"]


# --- LibreOffice: .doc and .rtf ---

RTF_PLAN = (r"{\rtf1\ansi\ansicpg950\deff0 {\fonttbl{\f0 PMingLiU;}}"
            "\n" + r"{\pard " + "".join(rf"\u{ord(c)}?" for c in TITLE) + r"\par}"
            "\n" + r"{\pard " + "".join(rf"\u{ord(c)}?" for c in "壹、具體措施") + r"\par}"
            "\n" + r"\trowd\trhdr\cellx2000\cellx5000\cellx7000\cellx9000 "
            + "".join(r"\pard\intbl " + "".join(rf"\u{ord(c)}?" for c in h) + r"\cell " for h in HEADER) + r"\row"
            "\n" + r"\trowd\cellx2000\cellx5000\cellx7000\cellx9000 "
            + "".join(r"\pard\intbl " + "".join(rf"\u{ord(c)}?" for c in t) + r"\cell "
                      for t in ("到宅服務", "1. 提供到宅服務。", "112年6月", "戶籍課")) + r"\row"
            "\n" + r"\pard\par}")


def test_rtf_plan_read_through_libreoffice(tmp_path):
    require_soffice()
    path = tmp_path / "plan.doc"  # an RTF under a .doc name, as offices often publish them
    path.write_text(RTF_PLAN, encoding="ascii")
    rows, report = ingest_paths([path])
    assert report.files[0].format == "rtf", report.files[0].errors
    assert [(r.measure, r.actions, r.deadline, r.owner) for r in rows] == [("到宅服務", ("提供到宅服務。",), "112年6月", "戶籍課")]
    assert rows[0].office == "某市某區戶政事務所"


def test_missing_libreoffice_names_the_debian_package(tmp_path, monkeypatch):
    import ingest.readers.office as office

    monkeypatch.setattr(office, "find_soffice", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    _, report = ingest_paths([path])
    reason = report.files[0].errors[0]["reason"]
    assert "libreoffice-writer-nogui" in reason and ".doc" in reason


def test_damaged_doc_gives_its_own_error_and_the_next_file_ingests(tmp_path):
    require_soffice()
    bad = tmp_path / "a_bad.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"garbage" * 100)
    good = write_odt(plan_blocks(), tmp_path / "b_good.odt")
    rows, report = ingest_paths([bad, good])
    # LibreOffice imports some junk as plain text: then the file gives no rows and says so in a
    # warning (a document without measure content is 0 rows and a warning, issue 7 item 3)
    problems = report.files[0].errors + report.files[0].warnings
    assert report.files[0].file.endswith("a_bad.doc") and report.files[0].rows == 0
    assert any("LibreOffice could not convert" in p["reason"] or "no recognisable measure rows" in p["reason"] for p in problems)
    assert report.files[1].rows > 0 and rows
