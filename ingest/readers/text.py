"""Plain text (as extracted from PDFs or pages, Markdown, law-database print views):
tab-separated or pipe tables, numbered headings, bullets, hard-wrapped lines."""

from __future__ import annotations

import re
import unicodedata

from ingest.blocks import Cell, Document, Heading, Paragraph, PhysicalRow, PhysicalTable
from ingest.fields import OPEN_MARKED_NOTE, bar_led_note, field_line
from ingest.markers import BULLET, BULLET_GLYPHS, LOOKALIKE_BULLET, LOOKALIKE_GLYPHS, learn_running_markers, parse_marker
from ingest.narrative import SourceLine, is_appendix_title, join_wrapped_lines, print_field_line
from ingest.normalize import ARROWS, MIDDLE_DOTS, OPEN_ANGLE, SOLIDI, bracket_partner, brackets, is_closing_bracket, repair_radicals, squash_ws
from ingest.readers.boxtable import VERTICALS, BoxTableReader, is_ascii_content, is_rule, starts_box_table
from ingest.readers.cell_lines import header_cells, split_cell_tables

_HEADING_MAX = 40
CHROME = ("跳到主要內容", "回首頁", "網站導覽", ":::", "Skip to")
# (a crumb is a name: no sentence's or clause's stop in it, nor an angle sign that opens, which makes the ＞ after it a
# bracket's close, `…。＜主辦＞甲課＜時限＞每季`)
_BREADCRUMB = re.compile(r"^(?:首頁|主選單|回首頁|Home)\s*[>＞/／›»]|(?:[^\s。，,；;！？<＜﹤]+\s*[>＞›»]\s*){2,}[^\s。，,；;！？<＜﹤]*$")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# (an arrow drawn in ASCII is a bullet: `=> `, `-> `, `==> `, `--> `)
_ASCII_ARROW = r"(?:={1,2}|-{1,2})>(?!>)"
# (a tree's branch drawn with box characters is a bullet too: `├─ `, `└── `, `┣━ `)
_TREE_BRANCH = r"[├└┣┗╠╚┠┖]\s*[─━═┄┈]*"
_LIST_LEAD = re.compile(rf"^[\s\u3000]*(?:{_TREE_BRANCH}\s*(?=[^\s\u2500-\u257f]))?"
                        rf"(?:{_ASCII_ARROW}\s*|[#>]+\s*|[-*+~](?:\s+|$)|[{re.escape(BULLET_GLYPHS)}]\s*|○(?!○)\s*|{LOOKALIKE_BULLET}\s*"
                        r"|[a-z][ \t]+(?=[^\x00-\x7f]))?")  # `-12月`, `~3月`, `○○公所` are no bullets (`v 每季…`: a
# symbol-font bullet exported as a letter, as markers.py reads it)


def classify_line(text: str, line: int | None = None, page: int | None = None) -> Heading | Paragraph:
    """Numbered short lines at the 壹、/一、/(一) levels are headings; all else is a paragraph.
    A `(一)` line that is a sentence of clauses (`（一）配合推動…，即時回應民眾需求。`) is an item."""
    marker = parse_marker(text)
    body = text.rstrip("：: ")
    # (and a `一、`/`一．` line the same way: a list item of clauses, `一．訂定…，維護民眾權益，每月1次。`)
    sentence = marker is not None and body.endswith("。") and (
        marker.level == 2 or (marker.level == 3 and bool(re.search(r"[，,；;]", body))))
    if marker and marker.level <= 3 and len(body) <= _HEADING_MAX and "。" not in body[:-1] and not sentence:
        return Heading(marker.level, text, line, page)
    if marker and marker.level <= 3 and "。" not in body[:-1] and not sentence and field_line(marker.rest):
        return Heading(marker.level, text, line, page)  # a numbered field of any length (`六、權責單位：甲組（FB：…）`)
    if not marker and is_appendix_title(text) and len(body) <= _HEADING_MAX:
        return Heading(1, text, line, page)  # `附件一：…申請表` opens an appendix
    return Paragraph(text, line, page)


def is_chrome(text: str) -> bool:
    """Site furniture: skip links, breadcrumbs (`首頁 > 便民服務 >`)."""
    return any(text.startswith(c) for c in CHROME) or bool(_BREADCRUMB.search(text))


_BR = re.compile(r"<br\s*/?>", re.I)


def cell_lines(cell: str) -> str:
    """A Markdown cell's `<br>` line breaks as `<p>` fragments, the form the assembler splits."""
    parts = [p.strip() for p in _BR.split(cell)]
    parts = [p for p in parts if p]
    return " ".join(f"<p>{p}</p>" for p in parts) if len(parts) > 1 else (parts[0] if parts else "")


def _labels_ended_by_bars(line: str) -> bool:
    """Every bar of the line ends a field's label (`…。期限｜每季　負責｜總務組`): a note, not a table row."""
    from ingest.columns import header_role

    parts = re.split(f"[{re.escape(VERTICALS)}]", line.strip())
    labels = [re.split(r"[\s。，,；;]", p.strip())[-1] for p in parts[:-1]]
    return len(parts) > 1 and all(header_role(lb) in ("deadline", "owner", "benefit") for lb in labels) and bool(parts[-1].strip())


# a short label set between two bars at the line's start, its value after them or on the lines below (`｜法規名稱｜…`,
# `|發布日期| 115年3月1日`, `｜條文｜`): no bar after it, as a table row would close its last cell
_BARRED_LABEL = re.compile(rf"^[{re.escape(VERTICALS)}][ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{{1,8}}[{re.escape(VERTICALS)}]"
                           rf"[^{re.escape(VERTICALS)}]*$")


def _label_between_bars(line: str) -> bool:
    return bool(_BARRED_LABEL.match(line.strip(" \u3000\t")))


_SENTENCE_ENDS = "。！？"


def _bar_note_line(line: str) -> bool:
    """Prose whose first bar stands after a sentence's end (`…，每季辦理1次。｜總務課｜每季｜`): a note framed by bars,
    not a table row (a row's cells start at its first bar)."""
    text = line.strip(" \u3000\t")
    first = next((i for i, ch in enumerate(text) if ch in VERTICALS), None)
    return bool(first) and text[first - 1] in _SENTENCE_ENDS


def split_cells(line: str) -> list[str] | None:
    """Cells of a table line: tab-separated (PDF extraction) or a Markdown pipe row."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [cell_lines(c) for c in stripped.strip("|").split("|")]
    return None


def normalise_list_lead(raw: str) -> str:
    """Drop Markdown/quote marks; a bullet in front of a numbering marker is dropped, a bullet
    alone becomes `• ` so the narrative reads it as a list item."""
    match = _LIST_LEAD.match(raw)
    lead = match.group() if match else ""
    rest = squash_ws(raw[len(lead):])
    numbered = parse_marker(raw.strip()) if lead.strip() else None
    if numbered and numbered.level < 6 and len(numbered.token) > len(lead.strip()):
        return squash_ws(raw)  # (a sign the lines number in turn, `※1…` `※2…`: the item's number, not a bullet)
    if not rest and re.fullmatch(r"[－—―─–]{1,2}", lead.strip()):
        return lead.strip()  # a dash alone, wrapped from the note it closes (`…每季辦理` / `－`): the narrative joins it
    if lead.strip() and all(unicodedata.category(ch) == "Pd" for ch in lead.strip()) and rest[:1].isdigit():
        return squash_ws(raw)  # a dash straight before a number is its sign or a range's (`－109年3月`), no bullet
    # (a Markdown heading or quote mark before a sentence, `# 設置…，…。`, leads a list item: headings hold no clauses)
    sentence_mark = re.fullmatch(r"#+|>+", lead.strip()) and re.search(r"[，。；]", rest)
    if len(lead.strip()) == 1 and bar_led_note(lead.strip() + rest):
        return squash_ws(raw)  # (a note framed by bars on a line of its own, `∥甲課∥每季∥`, `∥主辦甲課…`: its bar leads no list)
    if (any(ch in lead for ch in "-*+~○" + BULLET_GLYPHS) or (lead.strip()[:1] in LOOKALIKE_GLYPHS and len(lead.strip()) == 1)
            or re.fullmatch(r"[a-z]|" + _ASCII_ARROW, lead.strip()) or sentence_mark
            or re.match(_TREE_BRANCH, lead.strip())) \
            and rest and not parse_marker(rest):
        return f"{BULLET} {rest}"
    return rest


def pad_tab_rows(table: PhysicalTable, tab_rows: set[int]) -> None:
    """Tab rows shorter than the table lost their *leading* cells (text extraction drops the
    empty cells of a row continued from above): pad them on the left, so every reader that
    writes the same table (DOCX, ODT) holds the same cells. Markdown rows pad on the right."""
    width = max((len(r.cells) for r in table.rows), default=0)
    for i, row in enumerate(table.rows):
        missing = width - len(row.cells)
        if missing > 0:
            fill = [Cell("") for _ in range(missing)]
            row.cells = fill + row.cells if i in tab_rows else row.cells + fill


_OPENING, _CLOSING = (re.escape(side) for side in brackets(quoting=True))
_OPEN_ALL, _CLOSE_ALL = brackets(quoting=True)
_FURNITURE = re.compile(
    # a print or export's timestamp (列印時間, 印表時間, 列印日期, 輸出時間, 匯出日期), or the bare act as its
    # label with a date after it
    # (資料列印時間, 檔案產生時間)
    # (or the page captured or viewed: 擷取日期, 瀏覽時間, 存取日期)
    # (or the file converted or saved: 轉檔日期, 存檔時間, 轉存日期)
    # (or the report or file put out: 報表日期, 文件產出日, 印出時間)
    r"^(?:[\u4e00-\u9fff]{0,2}?(?:列印|印表|印製|下載|製表|輸出|匯出|產製|產生|查詢|檢索|擷取|截取|瀏覽|存取|截圖|轉檔|轉存|存檔|報表|產出|印出|出表)"
    # (a vertical line may end the label as a colon does: `產出時間｜…`, `列印日期 | …`)
    # (the label may name both, the date and the time: `列印日期時間：…`, `下載日期及時間：…`)
    # (or a solidus before the date, as a colon: `輸出時間／116-12-2`)
    rf"(?:日期(?:及|與|和)?時間|時間|日期|日|時)\s*(?:[:：﹕︰∶｜|¦]|[{SOLIDI}](?=\s*\d)|\s(?=\s*\d)).*"
    # (the bare act after what was put out: `本表列印：…`, `本頁下載：…`; or the act and a word of when, as
    # `printed on`: `列印於 113/2/18`, `下載於：…`, `匯出在 2024/1/2`; the data or file put out: `文件匯出：中華民國…`)
    r"|(?:本[\u4e00-\u9fff]{1,2}?|資料|文件|檔案|報表|網頁|頁面)?(?:列印|印表|印製|下載|製表|輸出|匯出|產製)\s*(?:於|在)?\s*[:：﹕︰∶｜|¦]?(?<=[:：﹕︰∶｜|¦於在])"
    r"\s*(?:中華)?(?:民國)?\s*\d.*"
    # the same label in English (`Print Date：105-03-28`, `Printed on: 2024/03/01`, `Export time 10:21`)
    r"|(?i:(?:date\s+)?(?:print(?:ed|ing)?|download(?:ed)?|export(?:ed)?|generated|retrieved)(?:\s+(?:date|time|on|at))?"
    r"\s*[:：]?\s*(?:\d{2,4}\s*[-/.／年]\s*\d{1,2}|\d{1,2}:\d{2}).*)"  # (a date or time follows)
    r"|(?:(?:共計|總計|[共總全計])\s*\d+\s*頁\s*[,，、/／]?\s*)?第\s*\d+\s*頁"  # 第2頁／共5頁
    r"(?:\s*[,，、/／]?\s*(?:共計|總計|總共|合計|[共總全計])\s*\d+\s*頁)?"
    r"|第\s*\d+\s*頁\s*[(（［\[]\s*(?:共計|總計|總共|合計|[共總全計])\s*\d+\s*頁\s*[)）］\]]"  # 第2頁(共4頁): the total as an aside
    # a page's note that the text goes on overleaf (`第2頁，續下頁`, `第3頁 接次頁`), a page of a total with 共
    # (`2／共4頁`), the date first and the act after it (`2024.01.02 列印`, `113/5/1下載`)
    r"|第\s*\d+\s*頁\s*[,，、]?\s*(?:續下頁|續次頁|接下頁|接次頁|下頁續|待續)"
    # (this page's number may keep its 頁: `2頁/共3頁`)
    r"|\d{1,3}\s*頁?\s*[/／]\s*(?:共計|總計|總共|合計|[共總全計])\s*\d{1,3}\s*頁"
    r"|(?:民國)?\s*\d{2,4}\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2})?\s*(?:列印|印製|下載|輸出|匯出|擷取|瀏覽|存取)"
    # (the date and time written compact, `202405021405列印`, `1130502 下載`)
    r"|\d{7,14}\s*(?:列印|印製|下載|輸出|匯出|擷取|瀏覽|存取|轉檔)"
    # a page of a total with the total first (`全3頁之第2頁`, `共4頁之第1頁`), and pages counted as sides (`第2面，共3面`)
    r"|(?:共計|總計|總共|[共總全計])\s*\d+\s*[頁面張]\s*之\s*第\s*\d+\s*[頁面張]"
    r"|(?:(?:共計|總計|[共總全計])\s*\d+\s*面\s*[,，、/／]?\s*)?第\s*\d+\s*面(?:\s*[,，、/／]?\s*(?:共計|總計|[共總全計])\s*\d+\s*面)?"
    # the total named as a count of pages (`第2頁／總頁數5`), and pages counted as sheets (`第2張，共4張`)
    r"|第\s*\d+\s*頁\s*[,，、/／]?\s*(?:總頁數|頁數)\s*[:：]?\s*\d+"
    r"|(?:(?:共計|總計|[共總全計])\s*\d+\s*張\s*[,，、/／]?\s*)?第\s*\d+\s*張(?:\s*[,，、/／]?\s*(?:共計|總計|[共總全計])\s*\d+\s*張)?"
    # a sentence stating the print (`本文件列印於民國116年12月2日11:52`), its page number after it
    # (or made: `本頁產生於…`, `本表產出於…`)
    r"|(?:本[\u4e00-\u9fff]{0,3})?(?:列印|印製|下載|輸出|匯出|產製|產生|產出|印出|生成)於\s*(?:民國)?\s*\d[\d\s年月日:：/.\-]{3,24}"
    r"(?:\s*[,，]?\s*第\s*\d+\s*頁(?:\s*[,，、/／]?\s*[共總全計]\s*\d+\s*頁)?)?"
    r"|第\s*\d+\s*[/／]\s*\d+\s*頁"  # 第2／4頁
    # (a bare page number, the total as an aside after it: `2（共4頁）`, `3［全5頁］`)
    r"|\d{1,3}\s*[(（［\[]\s*(?:共計|總計|總共|合計|[共總全計])\s*\d{1,3}\s*頁\s*[)）］\]]"
    # a sentence telling the page: the document's total and this page, either first (`本件共5頁，此為第2頁`, `本頁為第2頁，共5頁`)
    r"|(?:本件|本文件|本文|全份|本份|本頁|此頁)?\s*(?:(?:共計|總計|[共總全計])\s*\d+\s*頁\s*[,，、]?\s*)?(?:此|本頁|此頁|這)?\s*(?:為|是|係)\s*第\s*\d+\s*頁"
    r"(?:\s*[,，、]?\s*(?:共計|總計|[共總全計])\s*\d+\s*頁)?"
    r"|PAGE(?:\s+\d+)?|(?:PAGE|Page|Pg\.?|pp?\.|P\.?)\s*[-–:：#.]?\s*\d+(?:\s*(?:of|/|／)\s*\d+)?|[-–—－]\s*\d+\s*[-–—－]"  # PAGE 2, Page-2, P2, - 2 -
    r"|[Pp]\.\s*\d+(?:\s*[/／]\s*\d+)?|[Pp]\s*\d+\s*[/／]\s*\d+"  # P.2, P.2/7 (p., the page abbreviated)
    # a page number alone on its line in any bracket pair: (2), 〔2〕, 《2》
    rf"|[{_OPENING}]\s*(?:第\s*)?\d{{1,3}}\s*(?:頁\s*)?[{_CLOSING}]"  # (or 【第1頁】)
    # (the total after it, bare, as an aside or after a slash or comma: `頁碼：2（共3頁）`, `頁次 3 共8頁`, `頁碼：2／總計5頁`)
    # (the total's 頁 may go in brackets: `頁2（全3）`)
    r"|頁[次碼面序]?\s*[:：]?\s*\d+(?:\s*[/／]\s*\d+|\s*[/／,，、]?\s*[(（［\[]?\s*(?:共計|總計|[共總全計])\s*\d+\s*頁?\s*[)）］\]]?)?|列印日期\s*[:：].*"
    # a print's stamp alone, a date and a clock time (`102/4/1 9:05`, `2024-03-01 14:22:05`)
    r"|(?:民國)?\s*\d{2,4}\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?"
    # the print's source: its address after a short label (網址：, 連結：, 來源：) …
    # (網址：…, 網址 …, 法規查詢網址：…, URL：…; any sign setting the label off, 網頁出處＞…, 來源→…)
    r"|(?:(?:[\u4e00-\u9fff]{1,8}|(?i:url|link|web))\s*(?:[:：>＞→⇒｜|=＝]\s*|\s+))?https?://\S+"
    # … or its database, by any name for one (法規資料庫, 法規查詢系統, 主管法規查詢, 法令檢索系統)
    # (a bare 查詢 or 檢索 after an agency's name only, of any kind, `…技能檢定中心法規查詢`: `加強法規查詢` is a measure)
    # (or an agency's database of the law on a subject, or its site of them: `某委員會選舉法規查詢`, `某署法規資訊網`)
    # (the law's learning too, and its data searched: `某院法學資料檢索系統`, `法令資料查詢系統`; a system or platform
    # the agencies share: `某署主管法規共用系統`, `法令共享平臺`, `法規查詢平台`)
    r"|(?:資料來源\s*[:：]\s*)?(?:\S{0,16}(?:法規|法令|法學)(?:資料)?(?:資料庫|查詢系統|檢索系統|資訊網|資訊系統|查詢網|共用系統|共享系統|共享平[臺台]|查詢平[臺台])"
    r"|\S{0,16}(?:[部署局府會院處所館]|中心|主管)(?:法規|法令)(?:查詢|檢索)|\S{0,14}(?:委員會|[部署局府院])[\u4e00-\u9fff]{2,4}(?:法規|法令)(?:查詢|檢索))"
    r"(?:\s+[A-Za-z&.,()\s]+)?"
    # (an aside after it naming whose it is, in any bracket pair: `某市法規查詢系統（某局）`)
    rf"(?:\s*[{re.escape(_OPEN_ALL)}][^{re.escape(_OPEN_ALL + _CLOSE_ALL)}]{{1,16}}[{re.escape(_CLOSE_ALL)}])?"
    # the database's disclaimer: for reference only, the publisher's text prevails, ask someone when in doubt
    # (a clause of advice may follow: `…以系統顯示為準，引用時請查證最新公告。`)
    # (or names the source that prevails, `…請以原發布機關之公告為依據`, `係轉載`)
    r"|※?[^。]{0,20}僅供[^。]{0,4}參考[^。]{0,20}。?|※?[^。]{0,30}以[^。]{0,20}為(?:準|依據|依歸)(?:[，,][^。]{0,24})?。?"
    # (or says the printed or web copy is no basis in law: `此為網頁列印版本，不作為法律依據。`, `本頁僅為網頁版，不具法律效力`)
    r"|※?(?:此|本)?[^。，,]{0,12}(?:列印|網頁|版本|本頁)[^。，,]{0,12}[，,]\s*不(?:得)?(?:作為|做為|具|生)[^。]{0,6}(?:依據|憑據|效力)。?"
    # (or says the copy was put out by a system and asks the reader to check it before citing it: `本資料係由系統轉出，引用時請
    # 核對原發布之公文`, `本文由資料庫匯出，使用前應查證原件`)
    r"|※?[^。，,]{0,16}(?:轉出|轉載|匯出|產出|下載|擷取)[^。，,]{0,6}[，,]\s*(?:引用|使用|參考)[時前]?\s*(?:請|應|宜|須)[^。]{0,20}。?"
    r"|※?[^。]{0,16}(?:如有疑義|如有疑問|若有疑義|若有疑問)[，,]?\s*請(?:逕)?(?:洽|聯繫|聯絡)[^。]{0,12}。?"
    r"|https?://\S+)$")
_FURNITURE_LEAD = re.compile(r"^PAGE(?:\s+\d+)?\s+(?=\S)")  # a page field run on with the first line


def is_print_furniture(text: str) -> bool:
    """Page furniture of a printed or exported page, told by its grammar: page numbers
    (`第 2 頁／共 5 頁`, `PAGE 2`, `- 2 -`, `～3～`), a print timestamp (`列印時間：…`), a bare URL,
    or a line of several such fields set apart by wide spaces, the printer's name among them
    (`列印者：系統管理員　列印時間：116/11/28 16:03`)."""
    fields = [f for f in re.split(r"\u3000+|\s{2,}", text.strip()) if f]
    if len(fields) > 1 and all(_PRINTER.match(f) or _is_furniture_field(f) for f in fields):
        return True
    return _is_furniture_field(text)


def _is_furniture_field(text: str) -> bool:
    text = squash_ws(text)
    if len(text) > 2 and text[-1] in "。.．" and _is_furniture_field(text[:-1]):
        return True  # a stamp closed by a sentence's stop, as a page's footer is written (`第1頁，共3頁。`, `Page 2 / 5.`)
    if sum(ch in _OPEN_ALL for ch in text) > sum(ch in _CLOSE_ALL for ch in text):
        return False  # a bracket opened and not closed: a line a hard wrap cut (`完成年月：6月底前（以郵戳為準`), no furniture
    # (furniture is whole on its line)
    if len(text) > 2 and bracket_partner(text[0]) == text[-1] and not is_closing_bracket(text[0]) and _FURNITURE.match(text[1:-1].strip()):
        return True  # a field in any bracket pair (`【第2頁／共3頁】`, `〔列印日期：…〕`)
    return (bool(_FURNITURE.match(text)) or is_page_fraction(text) or _flanked_page_number(text)
            or is_page_counter(text) or is_date_time_stamp(text) or is_page_words(text))


# who printed the page: `列印者：王小明`, `印表人：系統管理員`
_PRINTER = re.compile(r"^(?:列印|印表|印製|下載|製表|輸出|匯出|產製)(?:者|人員|人|單位)\s*[:：]\s*\S{1,12}$")
_FLANKED = re.compile(r"^(\S)\s*(?:第\s*)?\d{1,3}(?:\s*[/／]\s*\d{1,3})?\s*(?:頁\s*)?(\S)$")  # (`- 2 -`, `-2/5-`, `─第2頁─`)


def _flanked_page_number(text: str) -> bool:
    """A page number between two marks of one kind (`- 2 -`, `～3～`, `— 4 —`): punctuation or
    symbols, the same on both sides."""
    match = _FLANKED.match(text)
    if not match:
        return False
    left, right = match.groups()
    kinds = {unicodedata.category(ch)[0] for ch in (left, right)}
    return kinds <= {"P", "S"} and (left == right or unicodedata.normalize("NFKC", left) == unicodedata.normalize("NFKC", right)
                                    or unicodedata.category(left) == unicodedata.category(right) == "Pd")


_FRACTION = re.compile(r"^(\d{1,3})\s*[/／]\s*(\d{1,3})\s*頁?$")


def is_page_fraction(text: str) -> bool:
    """`2/5`, `3/4頁`: a page of so many, the first no larger than the second (`106/4` is a
    year and month, `97/1` too)."""
    text = text.strip()
    if len(text) > 2 and bracket_partner(text[0]) == text[-1] and not is_closing_bracket(text[0]):
        text = text[1:-1].strip()  # (in any bracket pair: `[2/4]`, `（3/5）`)
    match = _FRACTION.match(text)
    return bool(match) and 0 < int(match.group(1)) <= int(match.group(2))


# the words a page's number is told in (第2頁, 共5頁, 本文共5頁, 此為第2頁, 頁次, 總頁數, 續下頁, 全3頁之第1頁)
_PAGE_WORDS = set("第頁共計總全本文件份此為之次碼數面張續下接待合是係這")


# a page's number led by the Latin word or its abbreviation (`P2（全4頁）`, `p.3 共5頁`, `Page 2，共3頁`)
_PAGE_ABBREVIATION = re.compile(r"^(?:page|pg|pp?)\.?\s*(?=\d)", re.I)


def is_page_words(text: str) -> bool:
    """A page's number told in page words, whatever their order and marks (`第3頁，本文共5頁`, `－2－（共3頁）`,
    `《第1頁，共3頁》`): one or two numbers (the first no larger), 頁 among the words, no word that is not a
    page word, and nothing else but marks and spaces."""
    text = _PAGE_ABBREVIATION.sub("", unicodedata.normalize("NFKC", text.strip()))
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if len(text) > 24 or "頁" not in text or not 1 <= len(numbers) <= 2 or numbers[0] > numbers[-1] or numbers[0] == 0:
        return False
    return all(ch.isdigit() or ch.isspace() or ch in _PAGE_WORDS or unicodedata.category(ch)[0] in "PS" for ch in text)


_CLAUSE_STOPS = "。，,；;！？!?、"
# a number, a separator, a number: what a page counter is, whatever words it is written in
_COUNTER = re.compile(r"^(\D{0,8}?)\s*(\d{1,3})\s*(\D{1,6}?)\s*(\d{1,3})\s*(\D{0,2})$")


def is_page_counter(text: str) -> bool:
    """A page of so many told by its shape, whatever its words (`頁次 3 of 5`, `Seite 3 von 5`,
    `第3頁（總頁數5）`): a label of letters or none, a number, a separator holding a word or a
    solidus, a number no smaller, then at most a closing sign. A unit after the second number
    (`1至3月`, `第1季至第3季`) makes it a span of time, no counter."""
    match = _COUNTER.match(unicodedata.normalize("NFKC", text.strip()))
    if not match:
        return False
    label, first, separator, total, tail = match.groups()
    if any(ch in _CLAUSE_STOPS for ch in label + separator) or any(ch.isalnum() for ch in tail) and not _unit_repeated(label, separator, tail):
        return False
    if not all(ch.isalpha() or ch.isspace() or unicodedata.category(ch)[0] in "PS" for ch in label + separator + tail):
        return False
    return (any(ch.isalpha() for ch in separator) or any(ch in SOLIDI for ch in separator)) and 0 < int(first) <= int(total)


def _unit_repeated(label: str, separator: str, tail: str) -> bool:
    """The word counted named with both numbers, a sign of no span between them (`第2頁．共5頁`, `頁2（合計4頁）`,
    `3張‧計7張`): each number counts the same things, one of the other; a dash or a word alone between them is a
    span (`第1季至第3季`)."""
    word = "".join(ch for ch in tail if ch.isalnum())
    signs = [ch for ch in separator if unicodedata.category(ch)[0] in "PS"]
    return bool(word) and (separator.strip().startswith(word) or label.strip().endswith(word)) and bool(signs) \
        and not any(unicodedata.category(ch) == "Pd" or ch in "~～〜" for ch in signs) and not re.search("[至到迄]", separator)


# a date (year, month, day in any of a date's separators) and a clock time after it, bare or as an aside
_DATE = r"(?:中華)?(?:民國)?\s*\d{2,4}\s*[/.\-年／]\s*\d{1,2}\s*[/.\-月／]\s*\d{1,2}\s*日?"
_CLOCK = (r"(?:[^\W\d_]{1,2}\s*)?\d{1,2}\s*(?:[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?|時\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)"
          r"(?:\s*[AaPp]\.?[Mm]\.?)?")
# (a mark of any kind may part the date from the time, `106.03.02－11:23`, `98/06/18，11:23`; date and time may stand in
# a bracket pair after the label, `列印（98/06/18，11:23）`)
_DATE_CLOCK = rf"{_DATE}\s*(?:[{_OPENING}]\s*{_CLOCK}\s*[{_CLOSING}]|[^\w\s]?\s*{_CLOCK})"
# (the word of printing may follow the time instead, `（112/11/24 13:14 印）`, `100/8/12 08:22 列印`)
_PRINTED_AFTER = r"(?:\s*(?:印|列印|印製|印出|產製|輸出|下載))?"
_DATE_TIME = re.compile(rf"^(\D{{0,12}}?)\s*(?:{_DATE_CLOCK}{_PRINTED_AFTER}|[{_OPENING}]\s*{_DATE_CLOCK}{_PRINTED_AFTER}\s*[{_CLOSING}])$")


def is_date_time_stamp(text: str) -> bool:
    """A print's stamp told by its shape: a label of any words or none (`〔列印〕`, `本資料列印日期：`,
    `Stand:`), then a date and a clock time, nothing after (`〔列印〕100/8/12 08:22`,
    `…民國109.07.27（17:47）`), or the word of printing after it (`（112/11/24 13:14 印）`). A plan's dates carry no
    clock time; a label holding a clause's stop is prose."""
    match = _DATE_TIME.match(unicodedata.normalize("NFKC", text.strip()))
    return bool(match) and not any(ch in _CLAUSE_STOPS for ch in match.group(1))


_BAR_LED = re.compile(rf"^[ \u3000\t]*[{re.escape(VERTICALS)}][ \u3000\t]+[^{re.escape(VERTICALS)}\s][^{re.escape(VERTICALS)}]*$")
# (or any box-drawing glyph alone at the line's start, the same one down the run, spaced or not: `╴　設置…`, `╞設置…`)
_BOX = "\u2500-\u257f"
_BOX_LED = re.compile(rf"^[ \u3000\t]*([{_BOX}])[ \u3000\t]*[\u4e00-\u9fff][^{_BOX}]*$")


def _led_by(line: str) -> str | None:
    """The glyph leading a line of a list led by a bar or a box-drawing glyph; None for any other line."""
    if _BAR_LED.match(line):
        return line.lstrip(" \u3000\t")[0]
    box = _BOX_LED.match(line)
    return box.group(1) if box else None


def bar_led_lists(lines: list[str]) -> frozenset[int]:
    """Lines of a list led by a vertical bar (`│　設置…`, one after another) or by one box-drawing glyph (`╴　設置…`,
    `╞設置…`): that glyph first and no other, in a run of two or more such lines (or of one, where such a run shows the
    glyph is the document's bullet) with no rule or table row beside the run. A box table's cells close with a bar or
    meet a rule; these do neither."""
    runs: list[tuple[str, int, int]] = []  # (glyph, first line, last line) of each run no rule or table row is beside
    i = 0
    while i < len(lines):
        glyph = _led_by(lines[i])
        if glyph is None:
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and _led_by(lines[end + 1]) == glyph:
            end += 1
        beside = [lines[j] for j in (i - 1, end + 1) if 0 <= j < len(lines)]
        if not any(is_rule(b) or (starts_box_table(b) and _led_by(b) is None) for b in beside):
            runs.append((glyph, i, end))
        i = end + 1
    # (a list of one item is led by the glyph too where a run of two or more shows the document's lists use it)
    bullets = {glyph for glyph, first, last in runs if last > first}
    return frozenset(k for glyph, first, last in runs if glyph in bullets for k in range(first, last + 1))


def running_heads(lines: list[str]) -> frozenset[str]:
    """Lines a printout repeats at every page beside its furniture (the database's banner,
    `○○法規資料檢索`, above `列印時間：…`): a short line met twice or more, each time next to a line of
    print furniture, is furniture too; and so, in turn, is one repeated beside such a line (a banner above a banner:
    `本文件於…自系統匯出` over `某署規章公告` over `﹝2﹞`)."""
    texts = [line.strip() for line in lines]
    furniture = [bool(text) and is_print_furniture(text) for text in texts]  # (read once, asked every round)
    heads: frozenset[str] = frozenset()
    while True:
        near: dict[str, list[bool]] = {}
        for i, text in enumerate(texts):
            if text and len(text) <= 30 and not furniture[i] and text not in heads:
                beside = [j for j in (i - 1, i + 1) if 0 <= j < len(texts)]
                near.setdefault(text, []).append(any(furniture[j] or texts[j] in heads for j in beside))
        found = frozenset(t for t, seen in near.items() if len(seen) >= 2 and all(seen))
        if not found:
            return heads
        heads |= found


def strip_furniture_lead(text: str) -> str:
    """`PAGE 中部地區巡防局…計畫` → the line without the page field run on with it."""
    stripped = text.lstrip(" \u3000")
    return _FURNITURE_LEAD.sub("", stripped) if _FURNITURE_LEAD.match(stripped) else text


_ARROW_CUT = re.compile(r"[=＝\-－]$")
_FULL_LINE = 20  # (characters: a line the wrap broke is a full one; an intro over a list is often shorter)


def _arrows_mended(lines: list[str]) -> list[str]:
    """Arrows a hard wrap put at a line's start, brought up to the line they belong to (each line keeps its number), so
    the line below is not read as a list the arrow leads: the head of an arrow typed with two signs (`…改進。＝` /
    `＞甲課負責…`), or an arrow between two names of a chain a full line broke (`…、甲組` / `→乙組→丙組（依序會辦）`; a
    line ending a sentence or a label, or itself led by an arrow, is no such line)."""
    out = list(lines)
    for i in range(len(out) - 1):
        above, below = out[i].rstrip(), out[i + 1].lstrip(" \u3000\t")
        head_cut = _ARROW_CUT.search(above) and below[:1] in ">＞" and below[1:2] not in ">＞" and below[1:].strip()
        chain_cut = (below[:1] and below[0] in ARROWS and below[1:2].strip() and len(above.strip()) >= _FULL_LINE
                     and re.search(r"[\u4e00-\u9fff]$", above) and above.lstrip(" \u3000\t")[:1] not in ARROWS)
        if head_cut or chain_cut:  # (the one sign at the line's start goes up)
            out[i] = above + below[0]
            out[i + 1] = out[i + 1][: len(out[i + 1]) - len(below)] + below[1:]
    return out


class _TextReader:
    """Reads the lines of a text file into blocks: tables (tab, pipe, box-drawn) and the
    prose between them, whose hard-wrapped lines are joined before markers are read."""

    def __init__(self, file: str, lines: list[str]):
        self.doc = Document(file)
        self.lines = lines
        self.table: PhysicalTable | None = None
        self.tab_rows: set[int] = set()
        self.pending: list[SourceLine] = []
        self.page_break = False  # blank lines after print furniture belong to the break
        self.running = running_heads(lines)
        self.bar_led = bar_led_lists(lines)

    def furniture(self, line: str) -> bool:
        return is_print_furniture(line) or line.strip() in self.running

    def flush_lines(self) -> None:
        for part in split_cell_tables(self.pending):  # tables copied one cell per line, then prose
            if isinstance(part, PhysicalTable):
                self.doc.blocks.append(part)
                continue
            for item in join_wrapped_lines(part):
                self.doc.blocks.append(classify_line(item.text, item.line))
        self.pending.clear()

    def close_table(self) -> None:
        if self.table is not None:
            pad_tab_rows(self.table, self.tab_rows)
        self.table = None

    def read(self) -> Document:
        i = 0
        while i < len(self.lines):
            number, line = i + 1, repair_radicals(self.lines[i])
            # (a page number framed by bars, `║1║`, opens no table: furniture, as `- 1 -` is)
            if starts_box_table(line) and not self._lone_bar(i) and i not in self.bar_led and not self.furniture(line):
                i = self.box_table(i)
                continue
            i += 1
            if self.furniture(line):
                while self.pending and not self.pending[-1].text:  # the break's blank lines
                    self.pending.pop()
                self.page_break = True
                continue
            if not line.strip():
                if not self.page_break:
                    self.pending.append(SourceLine("", number, 0))
                continue
            self.page_break = False
            if number - 1 in self.bar_led:  # (a bar leading the items of a list, no table's border: its bullet)
                line = f"{BULLET} " + line.lstrip(" \u3000\t")[1:].strip()
            self.line(number, strip_furniture_lead(line), self._next_line(i))
        self.close_table()
        self.flush_lines()
        return self.doc

    def _next_line(self, i: int) -> str:
        return next((ln for ln in self.lines[i:] if ln.strip()), "")

    def line(self, number: int, line: str, following: str = "") -> None:
        if _PIPE_SEPARATOR.match(line.strip()) and "|" in line:
            return
        cells = split_cells(line)
        if cells is not None and self.table is None and "\t" not in following and header_cells(line):
            cells = None  # a header line over cells copied one per line: read with the lines below
        if cells is not None:
            if self.table is None:
                self.flush_lines()
                self.table, self.tab_rows = PhysicalTable([], number), set()
                self.doc.blocks.append(self.table)
            if "\t" in line:
                self.tab_rows.add(len(self.table.rows))
            self.table.rows.append(PhysicalRow([Cell(c) for c in cells], number))
            return
        self.close_table()
        indent = len(line) - len(line.lstrip(" \u3000"))
        stripped = normalise_list_lead(line) if not (self._closes_angle_above(line) or self._parts_note_above(line)) else squash_ws(line)
        stripped = print_field_line(stripped) or stripped  # (a print header's field numbered or bulleted: the field)
        if stripped and not is_chrome(stripped):
            self.pending.append(SourceLine(stripped, number, indent))

    def _parts_note_above(self, line: str) -> bool:
        """The line opens with a middle dot and the line above a marked note it has not ended (`…。◇每季` /
        `‧總務股`): the dot parts the note's values, it is kept for the join to read (no bullet)."""
        return bool(self.pending) and line.lstrip(" \u3000")[:1] in MIDDLE_DOTS and bool(OPEN_MARKED_NOTE.search(self.pending[-1].text))

    def _closes_angle_above(self, line: str) -> bool:
        """The line opens with the angle sign closing a label the line above opened (`…。＜主辦` / `＞甲課…`): the
        bracket's other half, no bullet."""
        return bool(self.pending) and line.lstrip(" \u3000")[:1] in ">＞﹥" and bool(OPEN_ANGLE.search(self.pending[-1].text))

    def _lone_bar(self, i: int) -> bool:
        """A prose line that ends (or starts) with one bar, the lines around it no table's
        (`…。「承辦：育樂課｜` wrapped before `期限：…」`): a field separator, not a table."""
        line = self.lines[i]
        near = [self.lines[j] for j in (i - 1, i + 1) if 0 <= j < len(self.lines)]
        if is_rule(line):
            return False
        if _labels_ended_by_bars(line):
            return True  # (a list of such notes is no table either: every line's bars end labels)
        if any(is_rule(n) for n in near):
            return False
        if _label_between_bars(line):
            return True  # (a print view's label between bars, `｜法規名稱｜…`, no rule beside it: no table row)
        # a note framed by bars after a sentence (`…改進。｜總務課｜每季｜`), and the lines a hard wrap carries it on to
        if self._bar_note_start(i) or any(self._bar_note_start(j) and all(bars(self.lines[m]) for m in range(j + 1, i + 1))
                                          for j in range(max(0, i - 3), i)):
            return True
        return bars(line) == 1 and not any(starts_box_table(n) and not _labels_ended_by_bars(n) and not _bar_note_line(n) for n in near)

    def _bar_note_start(self, i: int) -> bool:
        """Line `i` opens a note framed by bars: after a sentence on it (`…。｜總務課｜每季｜`), or at its start when the
        line before is a sentence of prose without bars (a hard wrap put the note on a line of its own)."""
        line = self.lines[i].strip(" \u3000\t")
        if _bar_note_line(line):
            return True
        before = self.lines[i - 1].strip(" \u3000\t") if i > 0 else ""
        return bool(line) and line[0] in VERTICALS and bool(before) and before[-1] in _SENTENCE_ENDS and not any(ch in VERTICALS for ch in before)

    def box_table(self, start: int) -> int:
        """Read the box-drawn table starting at line `start`; returns the line after it.
        Blank lines and print furniture inside it (a page break) are skipped."""
        self.close_table()
        self.flush_lines()
        reader = BoxTableReader()
        i = end = start
        while i < len(self.lines):
            line = repair_radicals(self.lines[i])
            framed_page = bars(line) <= 2 and self.furniture(line)  # (`║2║` at a page break: a page number, no row)
            if not framed_page and (starts_box_table(line) or (reader.has_rules and is_ascii_content(line))):
                reader.add(i + 1, line)
                i = end = i + 1
                continue
            if not line.strip() or self.furniture(line):
                if line.strip():
                    reader.page_break()
                i += 1
                continue
            break
        self.doc.blocks.append(reader.table())
        return end


def bars(text: str) -> int:
    """How many of a box table's vertical lines `text` holds."""
    return sum(ch in VERTICALS for ch in text)


def read_text(file: str, text: str) -> Document:
    lines = _arrows_mended(text.splitlines())
    learn_running_markers(lines)  # (`項次1．` … `項次2．` down the lines: items, whatever the word)
    return _TextReader(file, lines).read()
