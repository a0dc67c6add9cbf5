"""Metadata sources (never a breadcrumb or a print date), column vocabulary, bad HTML per file."""

from __future__ import annotations

from conftest import sample_text_plans

from ingest import ingest_paths
from ingest.blocks import Document, Paragraph
from ingest.columns import assign_roles, header_role, is_header_row
from ingest.metadata import extract_metadata

PLAN = sample_text_plans()[0]
TABLE = """<table><tr><th>實施要項</th><th>推動作法</th><th>完成期限</th><th>承辦單位</th><th>預期效益</th></tr>
<tr><td{span}>一、便民服務</td><td>1. 提供到府服務。</td><td>112年6月</td><td>戶籍課</td><td>照顧長者。</td></tr>
<tr><td>2. 設置單一窗口。</td><td>112年12月</td><td>戶籍課</td><td>一處收件。</td></tr></table>"""


def _page(tmp_path, body: str, *, name: str = "plan.html", title: str = "") -> tuple[list, object]:
    path = tmp_path / name
    path.write_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>", encoding="utf-8")
    rows, report = ingest_paths([path, PLAN])
    assert report.files[1].rows == 19, "the next file still ingests"
    return rows, report.files[0]


def test_office_from_the_title_line_wins_and_report_names_the_source():
    doc = Document("x.txt", [Paragraph("基隆市安樂地政事務所 107年度提升為民服務品質實施計畫", 3)])
    meta = extract_metadata(doc)
    assert (meta.office, meta.year_roc, meta.year_ad) == ("基隆市安樂地政事務所", 107, 2018)
    assert meta.report()["office"] == {"value": "基隆市安樂地政事務所", "source": "title line"}


def test_breadcrumb_never_gives_the_office_but_the_publisher_label_does(tmp_path):
    body = ("<div class='breadcrumb'>首頁 &gt; 便民服務 &gt; 臺北市政府</div>"
            "<h1>提升服務品質執行計畫</h1><p>發布單位：臺北市信義區戶政事務所 發布日期：112-03-25</p>"
            "<h2>壹、具體措施</h2>" + TABLE.format(span=" rowspan='2'"))
    rows, report = _page(tmp_path, body, title="便民服務-臺北市政府全球資訊網")
    assert {(r.office, r.year_roc) for r in rows if r.source_file == "plan.html"} == {("臺北市信義區戶政事務所", 112)}
    assert report.metadata["office"]["source"] == "發布單位"
    assert report.metadata["year_roc"] == {"value": 112, "source": "發布日期"}


def test_page_title_then_file_name_are_the_last_sources(tmp_path):
    body = "<h2>壹、具體措施</h2>" + TABLE.format(span=" rowspan='2'")
    _, report = _page(tmp_path, body, title="臺中市大甲地政事務所113年度提升服務品質執行計畫-臺中市政府")
    assert report.metadata["office"] == {"value": "臺中市大甲地政事務所", "source": "page <title>"}
    _, report = _page(tmp_path, body, name="臺南市永康區公所114年度服務躍升執行計畫.html")
    assert report.metadata["office"] == {"value": "臺南市永康區公所", "source": "file name"}
    assert report.metadata["year_roc"] == {"value": 114, "source": "file name"}


def test_print_date_is_never_the_year():
    doc = Document("x.txt", [Paragraph("列印時間：115.10.18 10:23"), Paragraph("法規名稱：某某區公所提升服務品質執行計畫"),
                             Paragraph("執行期程：108 年 1 月 1 日起至 108 年 12 月 31 日止")])
    meta = extract_metadata(doc)
    assert (meta.office, meta.year_roc) == ("某某區公所", 108)
    assert meta.report()["year_roc"]["source"] == "執行期程"


def test_column_vocabulary_of_real_plans():
    assert [header_role(h) for h in ("工作要領", "工作重點", "業務單位", "具體作法", "預期目標", "評核項目", "次評核指標",
                                     "執行方法", "實施內容", "辦理方式", "主(協)辦單位", "構面")] == [
        "actions", "measure", "owner", "actions", "benefit", "measure", "measure",
        "actions", "actions", "actions", "owner", "section"]
    assert is_header_row(["工作重點", "工作要領", "執行期程", "業務單位", "預期目標"])


def test_header_with_a_qualifier_or_a_telling_head_noun():
    assert [header_role(h) for h in ("工作項目名稱", "預定期程", "完成時間", "執行機關", "績效目標", "執行事項")] == [
        "measure", "deadline", "deadline", "owner", "benefit", "actions"]
    assert header_role("備註") is None and header_role("經費來源") is None


def test_an_unnamed_first_column_left_of_the_actions_is_the_measure():
    assert assign_roles(["推動主軸", "推動作法", "完成期限", "承辦單位"]) == ["measure", "actions", "deadline", "owner"]
    assert assign_roles(["執行重點", "辦理事項", "完成期限"]) == ["measure", "actions", "deadline"]


def test_office_is_read_after_the_year_and_without_the_era_name():
    for title, office in (("106年度交通部公路總局三重監理站提升服務品質執行計畫", "交通部公路總局三重監理站"),
                          ("勞動部勞動力發展署三重就業中心民國112年度為民服務品質提升計畫", "勞動部勞動力發展署三重就業中心")):
        assert extract_metadata(Document("x.txt", [Paragraph(title)])).office == office


def test_unknown_columns_are_kept_in_extra(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# 某縣某鄉戶政事務所 113年度提升服務品質執行計畫\n\n## 壹、具體措施\n\n"
                    "| 構面 | 工作重點 | 工作要領 | 執行期程 | 主(協)辦單位 | 經費來源 |\n|---|---|---|---|---|---|\n"
                    "| 一、基礎服務 | 到宅服務 | 提供到宅服務。 | 113年12月 | 戶籍課 | 年度預算 |\n", encoding="utf-8")
    rows, _ = ingest_paths([path])
    assert assign_roles(["構面", "工作重點", "工作要領", "執行期程", "主(協)辦單位", "經費來源"]) == [
        "section", "measure", "actions", "deadline", "owner", "extra"]
    assert [(r.section[-1], r.measure, r.owner, r.extra) for r in rows] == [
        ("一、基礎服務", "到宅服務", "戶籍課", {"經費來源": "年度預算"})]


def test_malformed_rowspan_reads_its_leading_integer_with_a_warning(tmp_path):
    rows, report = _page(tmp_path, "<h1>某市某區戶政事務所112年度提升服務品質執行計畫</h1><h2>壹、具體措施</h2>"
                         + TABLE.format(span=' rowspan="2;"'))
    page_rows = [r for r in rows if r.source_file == "plan.html"]
    assert [(r.measure, r.section[-1]) for r in page_rows] == [("提供到府服務。", "一、便民服務"), ("設置單一窗口。", "一、便民服務")]
    assert any('rowspan="2;" read as 2' in w["reason"] and w["line"] for w in report.warnings)
    assert not report.errors


def test_absurd_colspan_is_capped_with_a_warning(tmp_path):
    rows, report = _page(tmp_path, "<h1>某市某區戶政事務所112年度提升服務品質執行計畫</h1><h2>壹、具體措施</h2>"
                         + TABLE.format(span=" rowspan='2'").replace("<td>2. 設置", "<td colspan='100000000'>2. 設置"))
    assert any("colspan=100000000 capped at 64" in w["reason"] and w["line"] for w in report.warnings)
    assert not report.errors and any("提供到府服務。" in r.text for r in rows if r.source_file == "plan.html")


def test_ten_thousand_nested_tags_read_without_recursion(tmp_path):
    deep = "<div>" * 10000 + "壹、具體措施" + "</div>" * 10000
    nested_cell = "<span>" * 10000 + "照顧長者。" + "</span>" * 10000
    body = "<h1>某市某區戶政事務所112年度提升服務品質執行計畫</h1>" + deep + TABLE.format(span=" rowspan='2'").replace("照顧長者。", nested_cell)
    rows, report = _page(tmp_path, body)
    page_rows = [r for r in rows if r.source_file == "plan.html"]
    assert [(r.measure, r.benefit) for r in page_rows] == [("提供到府服務。", "照顧長者。"), ("設置單一窗口。", "一處收件。")]
    assert page_rows[0].section[0] == "壹、具體措施" and not report.errors
