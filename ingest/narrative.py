"""Narrative plans: numbered items under the measure chapters become rows.

- Hard-wrapped lines (law-database print views, fixed-width exports) are joined before list
  markers are read: a line runs on when the line above does not end a sentence and this one
  opens no item, and it is indented under a hanging indent or the line above reaches the
  document's wrap width.
- Chapters that describe the plan rather than hold its measures (目的, 依據, 管制考核 …) are
  skipped by their whole heading, not by a word somewhere in them.
- A row comes only from a numbered or bulleted item, never from an unnumbered paragraph on
  its own. A numbered sub-heading ((一) level or deeper) with no items under it but body
  paragraphs is itself the item: its paragraphs make one row (measure = the first).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ingest.blocks import Document, Heading, Paragraph, Table
from ingest.draft import DraftRow
from ingest.fields import (
    FRAME_AFTER_TIME,
    OPEN_MARKED_NOTE,
    SENTENCE_END,
    bar_led_note,
    bare_note,
    closing_dash,
    ends_in_bracketed_label,
    field_line,
    inline_fields,
    template_finish,
)
from ingest.markers import parse_marker, strip_marker
from ingest.metadata import RULE_KINDS, plan_title, service_of_title
from ingest.normalize import LEADER_DOTS, MIDDLE_DOTS, OPEN_ANGLE, VERTICAL_LINES, brackets, is_closing_bracket, squash_ws

# Names of chapters that hold no measures. A heading is skipped when every part of it
# (split at 及/與/暨/和/、) is one of these or ends with one.
FRONT_MATTER = (
    "依據", "目的", "目標", "宗旨", "緣起", "前言", "背景", "說明", "現況", "簡介", "概況", "沿革",
    "實施對象", "適用對象", "對象", "實施範圍", "範圍", "期程", "執行期間", "實施期間",
    "執行方式", "實施方式", "實施步驟", "推動組織", "組織", "分工", "編組", "管制", "管考", "考核", "管制考核",
    "管制作為", "考核作業", "督導", "獎懲", "獎勵", "獎勵方式", "經費", "經費來源", "預算", "附則", "附件",
    "附表", "其他", "努力方向", "績效評估", "成效評估", "評估", "預期效益", "預期成效", "聯絡窗口",
    "申請方式", "申請程序", "申請資格", "受理方式", "聯絡方式", "參考法令", "相關法令", "法令依據",
)
_PARTS = re.compile(r"[及與暨和、,，]")
_HEADING_STRIP = re.compile(r"^(?:本|年度|計畫|計劃|執行|實施)+")


@dataclass(frozen=True)
class SourceLine:
    """One non-table line of a text file: its text (list lead normalised), number, and indent
    (leading spaces; a full-width space counts as one)."""

    text: str
    line: int | None
    indent: int = 0


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(line: SourceLine) -> tuple[int, int]:
    """(display columns, characters) a line takes, its indent included."""
    return display_width(line.text) + 2 * line.indent, len(line.text) + line.indent


def wrap_width(lines: list[SourceLine], measure: int = 0) -> int | None:
    """The width a hard-wrapped document breaks its lines at (measure 0: display columns,
    1: characters): the widest width that many lines reach (within two) and hardly any line
    passes. None when lines are not hard-wrapped."""
    sized = sorted(((_widths(ln)[measure], ln.text[-1] in "。！？!?】〕") for ln in lines if ln.text), reverse=True)
    floor = 40 if measure == 0 else 20
    long = sum(1 for w, _ in sized if w >= floor)
    for over, (width, _) in enumerate(sized):  # `over`: lines longer than this width (a few: a header)
        if width < floor or over > max(3, long // 10):
            return None
        # lines cut at the width end mid-sentence; whole sentences that happen to be as long do not count
        reach = sum(1 for w, ends in sized if width - 2 <= w <= width and not ends)
        if reach >= max(3, long // 8):  # many lines end at the wrap width, and hardly any line is longer
            return width
    return None


def join_wrapped_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """Join hard-wrapped continuation lines onto the line they continue; blank lines end a run."""
    widths = (wrap_width(lines, 0), wrap_width(lines, 1))
    out: list[SourceLine] = []
    previous: SourceLine | None = None  # the last physical line of out[-1]
    for ln in lines:
        if not ln.text:
            previous = None
            continue
        if previous is not None and out and _continues(previous, ln, widths, out[-1]):
            last = out[-1]
            out[-1] = SourceLine(_run_on(last.text, ln.text), last.line, last.indent)
        else:
            out.append(ln)
        previous = ln
    return out


_DATE_LINE = re.compile(r"^(?:中華)?民國\s*\d{2,3}\s*年\s*\d{1,2}\s*月")
# a label's value begun at the line's end, a few characters and no stop (`◆完成時程：中華` / `民國111年…`): the wrap cut it
_VALUE_BEGUN = re.compile(r"[:：]\s*[^\s:：。，,；;！？]{1,4}$")
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff()（）/／]{1,11}\s*[:：]")  # `主辦/協辦單位：`, not a note `（承辦單位：`
# a short label in a bracket pair opening a line, its characters maybe spaced to a width (`〔發　布〕…`, `【字號】…`)
_BRACKETED_FIELD = re.compile(rf"^[{re.escape(brackets(quoting=False)[0])}]\s*[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){{1,5}}\s*"
                              rf"[{re.escape(brackets(quoting=False)[1])}]\s*\S")
# a line opening with a label of any form: in a bracket pair, or set off by a colon, by one to three greater-than signs
# (`法規名稱＞＞…`) or by a vertical line of any kind (`網址︱…`); one under it opens a field of its own when its label is
# bracketed or set off by a colon or two pointers (a vertical line there may part two values a wrap ran on: `…落實｜完成：`)
_LINE_FIELD = re.compile(rf"{_BRACKETED_FIELD.pattern}|^[\u4e00-\u9fff]{{2,8}}\s*(?:[:：]|[>＞]{{2,3}})\s*\S")
_ANY_FIELD = re.compile(rf"{_BRACKETED_FIELD.pattern}|^[\u4e00-\u9fff]{{2,8}}\s*(?:[:：]|[>＞]{{1,3}}|[{re.escape(VERTICAL_LINES)}])\s*\S")


_SEPARATED = re.compile(r"[｜|¦│、；;]")
# the word closing a time, alone on a line: by, until, after, from or within it (以前, 為止, 以後, 起, 以內)
_TIME_END_ALONE = re.compile(r"(?:以前|之前|前|為止|止|以後|之後|起|以內|內)(?:完成|辦理)?[。]?")
# a note opened by a dash after a sentence's stop, no dash closing it yet (`…。－甲課，每季辦理`)
# (or on a line of its own, its dash read as a bullet: `－甲課，每季辦理` / `－`)
_OPEN_DASH_NOTE = re.compile(r"(?:[。！？]|^•?\s*)[－—―─–]{1,2}[^－—―─–]+$|^•\s*[^－—―─–]+$")


def _continues(above: SourceLine, line: SourceLine, widths: tuple[int | None, int | None], item: SourceLine) -> bool:
    if line.text[:1] in _CLOSING and _unclosed(item.text):
        return True  # the wrap fell inside a bracket (`《實施時間` / `》每月`): a closing bracket is no bullet
    if not above.text:
        return False
    if above.text[-1].isdigit() and line.text[:1].isdigit() and _unclosed(item.text):
        return True  # the wrap fell inside a number in a note (`（期程：1` / `12.11 承辦…`): no list item starts there
    if above.text[-1].isdigit() and re.match(r"[－—–\-~～/／.．]\s*\d", line.text):
        return True  # the wrap fell inside a date (`…／102－2` / `－28前完成`): a dash between digits is no bullet
    if re.search(r"\d[.．/／\-－]$", above.text) and re.match(r"\d{1,2}[.．/／\-－]\d", line.text):
        return True  # the wrap fell after a separator inside a dotted date (`…＜時限＞99.` / `11.15以前辦畢`): no outline number
    if re.fullmatch(r"[－—―─–]{1,2}", line.text) and _OPEN_DASH_NOTE.search(item.text):
        return True  # the wrap fell before the dash closing a note set off by a pair (`…。－甲課，每季辦理` / `－`)
    marker = parse_marker(line.text)
    if marker and marker.level == 6 and _unclosed(item.text):
        return True  # a bullet-like sign inside an open bracket (`（海巡志工團` / `－109年3月啟用）`) joins, not lists
    if marker and _unclosed(item.text) and marker.token.strip()[-1:] in "）)" and not re.search(r"[（(]", marker.token):
        return True  # (a numeral and the bracket it closes, `（星期` / `一）前`: the wrap fell inside a weekday's bracket)
    if marker and marker.token.strip() in MIDDLE_DOTS and OPEN_MARKED_NOTE.search(item.text) and above.text[-1] not in "。！？!?":
        return True  # (a middle dot parting a marked note's values, `…。◇每季` / `‧總務股`: the wrap fell before it, no bullet)
    if marker:
        return False
    if line.text[0] in "、，,；;）)」』" and above.text[-1] not in "。！？!?":
        return True  # no line starts with a list or clause separator: the wrap fell before it
    if _TIME_END_ALONE.fullmatch(line.text) and above.text[-1] not in "。！？!?":
        return True  # (nor with a time's closing word alone: `…99年10月5日（星期五）` / `以前`)
    if re.fullmatch(r"[。！？!?]+", line.text) and above.text[-1] not in "。！？!?":
        return True  # (nor with a sentence's end alone: `…並適時檢討改進` / `。`)
    if _unclosed(item.text):
        return True  # a bracket opened and not closed (a note `〔主辦：…；期程：` cut by the wrap): it goes on
    if is_closing_bracket(above.text[-1]) and ends_in_bracketed_label(item.text):
        return True  # a field's label in brackets cut from its value by the wrap (`…【責】總務課【期】` / `每季`; any pair,
        # `＜期＞` / `民國99年9月27日前上線`: a date line there is the label's value)
    if _DATE_LINE.match(line.text) and not re.search(r"(?:[:：]|迄|至|到|自|於|在)$", above.text) \
            and not _VALUE_BEGUN.search(above.text):
        return False  # `中華民國110年3月5日…函訂定` under a title: a line of its own
    if above.text[-1] in "。！？!?" and line.indent > item.indent and not _FIELD_LABEL.match(line.text) and _fields_alone(line.text):
        return True  # a note of fields alone under the hanging indent (`…。` / `＜甲課＞＜每季＞`): the wrap put the item's note there
    if above.text[-1] in "。！？!?":  # a sentence ends; a field's value (`預期效益：…。…`) runs on
        return line.indent > item.indent and bool(_FIELD_LABEL.match(item.text)) and not _FIELD_LABEL.match(line.text)
    if above.text[-1] in ")）】〕" and inline_fields(item.text + above.text)[1]:
        return False  # a closing note (完成期限：…；承辦單位：…) ends its item
    if line.text[-1] in "：:" and is_title_line(line.text) and inline_fields(item.text)[1] and not _SEPARATED.search(line.text):
        return False  # an item that stated its fields, then a title over the next list (`到府服務：`; a title parts no
        # units nor fields: `…管理員、甲室｜期限：` goes on with a note the wrap cut)
    if _label_cut(above, line, widths, item):
        return True  # a label begun at a full line's end after a field's separator (`…；預定` / `完成：…`): the wrap cut it
    if line.indent == item.indent and _FIELD_LABEL.match(line.text) and _FIELD_LABEL.match(item.text):
        return False  # a list of `label：value` lines (a print view's header, a measure's fields)
    if line.indent == item.indent and _LINE_FIELD.match(line.text) and _ANY_FIELD.match(item.text):
        return False  # (the labels set off by a bracket pair or a sign: `法規名稱＞＞…` / `〔發　布〕中華民國…`)
    have = _widths(above)
    full = _is_full(above, widths)
    if above.text[-1] in "：:；;":  # a title ends in a colon, a clause in a semicolon: run on only
        return full               # when the line is full (the wrap fell right after it)
    # under a hanging indent, but not after a short line (a heading over its indented body)
    if all(w is None for w in widths):
        long = len(above.text) >= 16  # no wrap width known: a wrapped line is not a short title
    else:
        long = any(w is not None and h >= 0.6 * w for w, h in zip(widths, have, strict=True))
    hanging = line.indent > item.indent and (parse_marker(item.text) is not None or bool(_FIELD_LABEL.match(item.text))) and long
    return hanging and not _heading_over_body(above, line, item) or full


# a label begun after a field's separator at a line's end, a few characters and no colon (`…受理櫃檯；預定`)
_LABEL_BEGUN = re.compile(r"[:：].*[；;｜|¦│∣／/]\s*[\u4e00-\u9fff]{1,4}$")


def _fields_alone(text: str) -> bool:
    """The line is a note of fields and nothing else (`＜甲課＞＜每季＞`, `（期限：每季；承辦：甲課）`); a line of a bare label
    and its value (`完成期限：每季`) is a line of its own, one of a list of them."""
    rest, fields = inline_fields("。" + text)
    return bool(fields) and rest.strip() == "。"


def _label_cut(above: SourceLine, line: SourceLine, widths: tuple[int | None, int | None], item: SourceLine) -> bool:
    """A full line ending a field's value, a separator and a few characters, over a line opening with a few characters
    and a colon (`…；預定` / `完成：開庭期日7日前`): the wrap cut one label in two, whatever its words."""
    return bool(_LABEL_BEGUN.search(item.text)) and bool(re.match(r"[\u4e00-\u9fff]{1,6}\s*[:：]", line.text)) \
        and _is_full(above, widths)


def _heading_over_body(above: SourceLine, line: SourceLine, item: SourceLine) -> bool:
    """A numbered name on a line of its own, no clause in it and short of the wrap, over a sentence indented under it
    (`(一)某某計畫報名` / `設置…，…。`): the writer ended the line, whatever its length; the body is no wrap of it."""
    return item.text == above.text and not re.search(r"[，,。；;：:！？]", item.text) \
        and bool(re.search(r"[，,。]", line.text)) and parse_marker(item.text) is not None


def _is_full(line: SourceLine, widths: tuple[int | None, int | None]) -> bool:
    """The line reaches the wrap width (within two): the wrap, not the writer, ended it."""
    return any(w is not None and h >= w - 2 for w, h in zip(widths, _widths(line), strict=True))


def _unclosed(text: str) -> bool:
    """True when `text` ends inside a bracket it opened (more opening than closing brackets of any
    pair, quotation marks too: `「承辦：…` cut by the wrap)."""
    # (or an angle sign typed as a bracket, opening what the wrap cut, `…。＜主辦`, `…＜108年度第3季內`: normalize.OPEN_ANGLE)
    return sum(ch in _OPENING for ch in text) > sum(ch in _CLOSING for ch in text) or bool(OPEN_ANGLE.search(text))


_OPENING, _CLOSING = brackets(quoting=True)


def _run_on(text: str, more: str) -> str:
    """A hard wrap breaks at a character count, mid-word or mid-number: no space is added."""
    return text + more


def chapter_title(text: str) -> str:
    """A heading without its marker, trailing colon and what follows a colon."""
    body = strip_marker(squash_ws(text))
    # (dot leaders end a label as a colon does: `法規內容……`, `修正日期‥‥中華民國…`)
    return re.split(rf"[:：]|[{LEADER_DOTS}]{{2,}}", body, maxsplit=1)[0].strip()


def is_front_matter(heading: str) -> bool:
    """True for a chapter that holds no measures, judged by its whole title:
    `計畫依據`, `管制考核與獎懲`, `為民服務業務現况簡介`, `附件:…`; not `執行策略及具體推動作法`."""
    title = chapter_title(heading)
    if not title:
        return False
    if _PRINT_FIELD.fullmatch(title):
        return True  # a field of a law print's header numbered as a chapter (`四、發文字號：…`): what stands under it too
    parts = [p.strip() for p in _PARTS.split(title) if p.strip()]
    return bool(parts) and all(_names_front_matter(p) or _names_front_matter(_HEADING_STRIP.sub("", p)) for p in parts)


# the fields of a law database's print header (法規名稱, 公發布日, 修正日期, 發文字號, 法規體系, 法規類別, 生效日期)
_PRINT_FIELD = re.compile(r"(?:法規|規章|法令)(?:名稱|標題|體系|類別|內容)|公?發布日期?|修正日期|發文字號|生效日期|施行日期|廢止日期")


# a print header's field on its line: its label and what ends a label (a colon, dot leaders, a bar)
_PRINT_FIELD_LINE = re.compile(rf"(?:{_PRINT_FIELD.pattern})\s*(?:[:：﹕︰∶｜|¦│┃║]|[{LEADER_DOTS}]{{2,}})")


def print_field_line(text: str) -> str | None:
    """A law print's header field whatever marker or bullet opens it (`(一)法規名稱：…`, `⊙發文字號：…`): the
    field without it, as the print header reads it; None for any other line."""
    marker = parse_marker(text)
    if marker is None:
        return None
    return marker.rest if _PRINT_FIELD_LINE.match(marker.rest) else None


def _names_front_matter(part: str) -> bool:
    if _MANNER_OF_WORK.search(part):
        return False  # the way the work items are done (`各項工作執行方式`): the measures, not the plan's method
    return bool(part) and any(part == name or part.endswith(name) for name in FRONT_MATTER)


# the words a chapter of measures is named by (`服務措施、期程暨主協辦單位`, `年度執行策略及工作分配`, `實施項目…`)
_MEASURE_CHAPTER = re.compile(r"措施|策略|作法|做法|要項|項目|工作重點|重點工作|推動事項|執行事項|工作事項")


def names_measures(heading: str) -> bool:
    """A chapter named for the measures it holds: under it, a part whose name ends like front matter (`二、效率管考`:
    a facet of the work, as `管制考核` would name a chapter of its own) is one of its parts, not a chapter of the plan's."""
    return bool(_MEASURE_CHAPTER.search(chapter_title(heading))) and not is_front_matter(heading)


# a manner (執行方式, 實施步驟) whose modifier names the work items or measures: how each is done
# (and an account of the work or service itself, `服務作業說明`, `辦理程序說明`: its items are the content)
_MANNER_OF_WORK = re.compile(r"(?:工作|措施|事項|項目|要項|重點|策略)(?:之|的)?(?:執行|實施|辦理|推動)(?:方式|步驟|作法|做法)$"
                             # (or of its chart: `服務流程圖說明`, `作業程序圖解說明`)
                             r"|(?:作業|服務|流程|程序|辦理)(?:圖解|圖表|圖|表)?(?:之|的)?說明$")


def is_closing_clause(heading: str) -> bool:
    """A chapter-numbered sentence (`捌、本計畫奉核定後實施，修正時亦同。`) is a provision,
    not a chapter title: nothing under it is a measure."""
    body = strip_marker(squash_ws(heading))
    return body.endswith("。")


# Items that are not measures, told by their grammar: a definition (`開放參與：指…`, `本計畫所稱
# 單一窗口，係指…`), an evaluation scheme's item (`基礎服務（30分）：…`), a legal provision
# (`本計畫如有未盡事宜，得隨時修正之。`).
_DEFINITION = re.compile(r"^(?:(?:本計畫|本要點|本方案|本須知)?所稱\S{1,12}?[，,]?\s*(?:係|是|乃|意)?指"
                         r"|[^，。：:]{1,12}[：:]\s*(?:係指|是指|意指|乃指|指(?![派定導示揮標出正引明稱])))")
_POINTS = re.compile(r"^[^，。]{1,24}[（(]\s*(?:配分\s*)?\d{1,3}\s*分\s*[)）]|配分\s*[：:]?\s*\d{1,3}\s*分"
                     r"|^[^，。]{1,24}[：:]\s*(?:占|佔)(?:總分|總成績)?(?:百分之[一二三四五六七八九十百]+|\d{1,3}\s*[%％])")  # a weight
# (the document speaks of itself by its kind: 本計畫, 本要點, 本作業規範 …)
_PROVISION = re.compile(rf"^本(?:[\u4e00-\u9fff]{{0,4}}?)(?:{'|'.join(RULE_KINDS)})[^。]{{0,30}}"
                        # (matters it leaves open, by any word for "not covered": 未盡, 未竟, 未及, 未列, 未載)
                        r"(?:未(?:盡|竟|及|列|載|規定)(?:之)?(?:事宜|事項)|核定後(?:發布|公布)?(?:實施|施行)|修正時亦同|公布後實施"
                        r"|發布日施行|自.{0,12}(?:施行|實施|生效)"  # (it takes effect from a day, in any verb: `自核定之日起實施`)
                        # (who settles doubts about it: `本要點如有疑義，由人事室負責解釋`, `本計畫執行之疑義，由…解釋`)
                        r"|(?:疑義|疑問|爭議)[^。]{0,20}(?:解釋|釋疑|釋示|認定)"
                        # (its approval and amendment in other words: `奉核後實施`, `經首長核准後施行`, `如有修正，亦同`)
                        r"|核(?:定|准|可)?後(?:發布|公布)?(?:實施|施行)|修(?:正|訂)[^。]{0,6}亦同"
                        # (the money it needs and where it comes from: `本計畫所需經費由年度預算支應`, `…經費由各單位編列預算勻支`)
                        r"|經費[^。]{0,16}(?:支應|勻支|編列|籌措|挹注|項下)"
                        # (the staff it needs and where they come from: `本計畫執行所需人力，由各處室現有員額調配`)
                        r"|(?:人力|人員|員額)[^。]{0,16}(?:調配|調派|調度|派兼|兼辦|現有員額|現職人員)"
                        # (it yields to a higher rule where they differ: `…如與上級機關規定不一致者，依上級機關規定辦理`, `…牴觸者，從其規定`;
                        # or to the rules as changed: `本計畫執行期間如遇法令變更，依新規定辦理`)
                        r"|(?:不一致|不符|牴觸|抵觸|衝突|變更|異動|修正|修訂)[^。]{0,4}[，,]?\s*(?:依|從|以)[^。]{0,12}(?:規定|為準)"
                        # (its results count in the staff's appraisal: `本計畫執行成果列為年度考績評核之參據`, `…成效納入獎懲參考`)
                        r"|(?:成果|成效|績效|結果)[^。]{0,4}(?:列為|作為|列入|納入)[^。]{0,10}(?:考績|考核|評核|獎懲|評比|敘獎))")
# The measures' progress reported on a schedule to whoever tracks it (`各項措施之執行情形，應按季填報管考系統。`,
# `本計畫執行成果須於年底前提報研考單位。`): a provision on the plan's control, no measure
_REPORTING = re.compile(rf"^(?:本[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(RULE_KINDS)}))?(?:之)?(?:各項|所列)?(?:措施|工作|項目|事項|計畫)?"
                        r"(?:之|的)?(?:執行|辦理|推動)(?:情形|成果|進度|成效)[^。]{0,16}(?:填報|陳報|提報|登錄|函報|彙報)"
                        r"[^。]{0,10}(?:管考|列管|研考|系統|單位)[^。]{0,6}。?$")
# Chapters that are not measures, by their whole title.
DEFINITION_CHAPTERS = ("名詞定義", "用詞定義", "名詞解釋", "用語定義", "名詞釋義", "定義")
EVALUATION_CHAPTERS = ("評核方式", "評分標準", "評核標準", "評分方式", "考評方式", "評分項目", "配分", "評分", "評核配分")
# (several kinds joined, `附件暨附表`, `附錄及附圖`; a word before the kind, `參考附錄`, `相關附件`)
# (or what is enclosed, 檢附: `檢附一：…申請表`, `檢附資料一覽`)
_APPENDIX = re.compile(r"^(?:[壹貳參叁肆伍陸柒捌玖拾一二三四五六七八九十]{1,2}\s*[、．.]\s*)?(?:(?:參考|相關|其他)?附(?:件|表|錄)|檢附(?:資料|文件)?)"
                       r"(?:\s*[暨及與和、]\s*附(?:件|表|錄|圖))*(?:一覽表?|清單|目錄)?"
                       r"\s*[\d一二三四五六七八九十]*(?:[-－]\d+)?(?:\s|[:：、.．(（]|$)")
NOT_MEASURES = {"definitions": "definitions", "evaluation": "an evaluation scheme", "appendix": "an appendix",
                "provision": "legal boilerplate"}
NOT_MEASURES_ZH = {"definitions": "名詞定義", "evaluation": "評核配分", "appendix": "附件", "provision": "法規條文"}


def non_measure_item(text: str) -> str | None:
    """The kind of an item that is not a measure (definitions, evaluation, provision), or None."""
    body = strip_marker(squash_ws(text), (1, 2, 3, 4, 5, 6))
    if _DEFINITION.match(body):
        return "definitions"
    if _POINTS.search(body):
        return "evaluation"
    if _PROVISION.match(body) or _REPORTING.match(body):
        return "provision"
    return None


def is_appendix_title(text: str) -> bool:
    """`附件一：…申請表`, `附表：…進度表`, `陸、附件:…`."""
    return bool(_APPENDIX.match(squash_ws(text)))


def non_measure_kind(heading: str, level: int) -> str | None:
    """The kind of a heading whose content is not measures: definitions, an evaluation
    scheme, an appendix, a provision (`捌、本計畫奉核定後實施。`); None for any other."""
    if is_appendix_title(heading):
        return "appendix"
    title = chapter_title(heading)
    parts = [p.strip() for p in _PARTS.split(title) if p.strip()]
    for kind, names in (("definitions", DEFINITION_CHAPTERS), ("evaluation", EVALUATION_CHAPTERS)):
        if parts and all(any(p == n or p.endswith(n) for n in names) for p in parts):
            return kind
    if any(p.endswith(("配分", "權重", "配分比例")) for p in parts) or re.fullmatch(r"(?:考核|評核|評分|考評)(?:基準|標準|辦法)", title):
        return "evaluation"  # `評核項目及配分`, `考核基準`: a scheme of points, not measures
    if level >= 2:  # a numbered definition or scheme item short enough to be read as a heading
        return non_measure_item(heading)
    return "provision" if is_closing_clause(heading) else None


def not_measures_warning(kind: str, text: str, line: int | None, page: int | None, count: int = 1) -> dict:
    what = NOT_MEASURES[kind]
    items = f"{count} items" if count > 1 else "1 item"
    return {"line": line, "page": page, "kind": kind, "code": "not_measures",
            "values": {"what": what, "what_zh": NOT_MEASURES_ZH[kind], "title": squash_ws(text)[:30], "count": count},
            "reason": f"not measures: {what} ({squash_ws(text)[:30]}), {items} skipped"}


@dataclass
class _Item:
    text: str
    line: int | None
    page: int | None
    token: str = ""  # the marker that opened it (a bullet glyph, `1.`, `(1)`)
    level: int = 0
    actions: list[str] = field(default_factory=list)
    after: dict[str, str] = field(default_factory=dict)  # fields stated on lines after it

    def own_fields(self) -> dict[str, str]:
        """Fields the item states itself, in a closing note on its text or last action."""
        return inline_fields(self.actions[-1] if self.actions else self.text)[1]

    @property
    def titled(self) -> bool:
        """`到府服務：設置…` or `到府服務：` over sub-items: the item names a measure."""
        text = inline_fields(self.text)[0]
        colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
        stop = text.find("。")
        return 0 < colon <= 20 and (stop < 0 or colon < stop)


@dataclass
class _Group:
    """What one heading (or an unnumbered title line over a list) holds: body paragraphs,
    list items, and fields stated on lines of their own."""

    section: list[str]
    heading_level: int | None = None
    title: tuple[str, int | None, int | None] | None = None  # an unnumbered title line over the list
    body: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # stated before any item
    leaf_body: bool = False

    @property
    def chapter_prose(self) -> bool:
        """Bare items right under a chapter (`陸、宣導方式` / `• 利用機關網站…`): no title, no
        measure name, no field anywhere. In a plan whose measures state their deadline or owner,
        such a list is the chapter's prose (how the plan is publicised, what to mind), not measures."""
        return (len(self.section) == 1 and self.title is None and not self.fields and bool(self.items)
                and all(not it.actions and not it.after and not it.own_fields() and not it.titled for it in self.items))

    @property
    def steps_shown(self) -> bool:
        """Two or more items, each stating its own fields: the plan writes one row per item."""
        return len(self.items) >= 2 and all(it.own_fields() or it.after for it in self.items)

    def fields_belong_to_title(self, plan_steps: bool) -> bool:
        """The fields stated here belong to the heading or title above the list, whose items
        are then its actions: no item states fields of its own, fields come only before the
        list or after its last item, no item names a measure, and (for a single item) the
        plan does not write its steps one per item."""
        if not self.items or any(it.own_fields() or it.titled for it in self.items):
            return False
        if any(it.after for it in self.items[:-1]) or not (self.items[-1].after or self.fields):
            return False
        return len(self.items) >= 2 or not plan_steps


class NarrativeReader:
    """Collects the numbered items, body paragraphs and field lines under each heading; at the
    end of the document each group becomes rows: one per item, or one for the heading or
    title line whose items are its actions (when the fields follow the whole list)."""

    def __init__(self, kind: str, rows: list[DraftRow]):
        self.kind = kind
        self.rows = rows  # shared with the table assembler, so rows stay in document order
        self.group = _Group([])
        self.closed: list[tuple[int, _Group]] = []  # (position in rows, group) until `finish`
        self.candidate: tuple[str, int | None, int | None] | None = None  # a line that may title a list
        self.warnings: list[dict] = []

    @property
    def item(self) -> _Item | None:
        return self.group.items[-1] if self.group.items else None

    def add(self, text: str, line: int | None, page: int | None, section: list[str]) -> None:
        text = squash_ws(text)
        marker = parse_marker(text)
        if self.candidate is not None:
            candidate, self.candidate = self.candidate, None
            if marker:  # the line titles the list that follows it
                self._close(section)
                self.group = _Group(list(section), self.group.heading_level, title=candidate)
            else:
                self._paragraph(*candidate)
        kind = non_measure_item(text)
        if kind is not None:
            self._skip(kind, text, line, page, section)
            return
        # (a note set off by a pair of dashes, the first read as a bullet, ends at the second: `—甲課承辦，6月底前完成—`)
        # (a note framed by bars keeps its first bar, read as a bullet's: `∥甲課∥每季∥`)
        rest = closing_dash(marker.rest, marker.token) if marker and marker.level == 6 and not bar_led_note(text) else text
        fields = field_line(rest) if not marker or marker.level == 6 else None
        if not fields and marker and marker.level == 6:
            # (a dash or bullet that sets off a note with no labels, `－總務課（每季）`, opens no item)
            fields = bare_note(marker.rest) or None
        if fields:
            target = self.item.after if self.item is not None else self.group.fields
            for role, value in fields.items():
                target.setdefault(role, value)
            return
        if marker and self.item is not None and marker.level in (5, 6) and _nested(marker, self.item):
            self.item.actions.append(marker.rest)
        elif marker:
            self.group.items.append(_Item(marker.rest, line, page, marker.token, marker.level))
        elif is_title_line(text):
            self.candidate = (text, line, page)
        else:
            self._paragraph(text, line, page)

    def _paragraph(self, text: str, line: int | None, page: int | None) -> None:
        if self.item is not None:
            self._continue(text)
        else:
            self.group.body.append((text, line, page))

    def _skip(self, kind: str, text: str, line: int | None, page: int | None, section: list[str]) -> None:
        last = self.warnings[-1] if self.warnings else None
        if last is not None and last.get("kind") == kind and last.get("section") == section:
            last["count"] += 1
            last.update(not_measures_warning(kind, last["text"], last["line"], last["page"], last["count"]))
            return
        warning = not_measures_warning(kind, text, line, page)
        self.warnings.append(warning | {"section": list(section), "text": text, "count": 1})

    def _continue(self, text: str) -> None:
        """An unnumbered paragraph under an item: the item's sentence run on (the item is prose
        cut mid-sentence, e.g. by a page break), or one more action (the item is a title or a
        whole sentence)."""
        item = self.item
        assert item is not None
        prose = any(mark in item.text for mark in "，,、；;")  # a title has no clauses
        if not item.actions and prose and item.text[-1] not in SENTENCE_END + "。：:":
            item.text += text
        else:
            item.actions.append(text)

    def flush(self, section: list[str]) -> None:
        """Close what is open (a table follows): its rows go before the table's."""
        self._close(section)
        self.group = _Group(list(section), self.group.heading_level)

    def _close(self, section: list[str]) -> None:
        if self.candidate is not None:
            self._paragraph(*self.candidate)
            self.candidate = None
        group = self.group
        group.section = list(section)
        if group.items or group.body or group.fields:
            self.closed.append((len(self.rows), group))

    def end_heading(self, section: list[str], level: int | None, leaf_body: bool) -> None:
        """Close the heading's content; `leaf_body`: a numbered sub-heading whose body
        paragraphs alone (no items) make one row. The next heading starts a new group."""
        self.group.heading_level = level
        self.group.leaf_body = leaf_body
        self._close(section)
        self.group = _Group([])

    def finish(self) -> None:
        """Turn every group into rows, in document order. A single item followed by fields is
        a step of its own when the plan writes its steps one per item elsewhere."""
        plan_steps = sum(g.steps_shown for _, g in self.closed) > 0
        plan_fields = self.kind == "strategy" or any(  # (a table plan's measures are in its tables, with their fields)
            g.fields or any(it.after or it.own_fields() for it in g.items) for _, g in self.closed)
        made: list[DraftRow] = []
        notes: list[tuple[DraftRow, str]] = []  # (an item's row, the text its note closes)
        for position, group in reversed(self.closed):
            if plan_fields and group.chapter_prose:
                continue
            self.rows[position:position] = rows = self._rows(group, plan_steps)
            made += rows
            if len(rows) == len(group.items) and not group.fields_belong_to_title(plan_steps):
                notes += [(row, item.actions[-1] if item.actions else item.text) for row, item in zip(rows, group.items, strict=True)]
        _without_template_finish(made)
        _bounds_of_the_times(notes)
        self.closed = []
        for warning in self.warnings:
            for key in ("section", "text", "count"):
                warning.pop(key, None)

    def _rows(self, group: _Group, plan_steps: bool) -> list[DraftRow]:
        section = list(group.section)
        if group.fields_belong_to_title(plan_steps) or (not group.items and group.body and group.fields):
            return [self._titled_row(group, section)]
        rows = []
        if group.title is not None:
            section = section + [group.title[0].rstrip("：:").strip()]
        for item in group.items:
            measure, actions, fields = item_fields(item.text, [strip_marker(a, (5, 6)) for a in item.actions])
            fields = item.after | fields
            rows.append(DraftRow(section, measure, actions, fields.get("deadline"), fields.get("owner"),
                                 fields.get("benefit"), item.line, item.page, kind=self.kind))
        if (not group.items and group.body and group.leaf_body and group.heading_level is not None
                and group.heading_level >= 3):
            texts = [t for t, _, _ in group.body]
            rows.append(DraftRow(section, texts[0], texts[1:], None, None, None, group.body[0][1], group.body[0][2],
                                 kind=self.kind))
        return rows

    def _titled_row(self, group: _Group, section: list[str]) -> DraftRow:
        """The heading or title line is the measure; body paragraphs and items its actions."""
        if group.title is not None:
            measure, line, page = group.title
        else:
            measure, section = section[-1] if section else "", section[:-1]
            line, page = (group.items[0].line, group.items[0].page) if group.items else group.body[0][1:]
        actions = [t for t, _, _ in group.body]
        for item in group.items:
            actions += [item.text] + [strip_marker(a, (5, 6)) for a in item.actions]
        fields = group.fields | (group.items[-1].after if group.items else {})
        return DraftRow(section, strip_marker(measure).rstrip("：:").strip(), actions, fields.get("deadline"),
                        fields.get("owner"), fields.get("benefit"), line, page, kind=self.kind)


def _without_template_finish(rows: list[DraftRow]) -> None:
    """The verb of finishing that every note's time closes with is the notes' template's (`→甲課，每季完成`): off the times."""
    verb = template_finish([row.deadline for row in rows if row.deadline])
    for row in rows:
        if verb and row.deadline:
            row.deadline = row.deadline[: -len(verb)].rstrip()


def _bounds_of_the_times(notes: list[tuple[DraftRow, str]]) -> None:
    """A frame's bound read off a note's time (`於X前辦理` → X) is the time's own where other notes of the document
    write the same frame without one (`於Y辦理`): the template is `於{time}辦理`, so X前 is the time. Where every
    such note has the bound, the template may write it (`於{time}前辦理`): the times stay as read."""
    bounded, bare = [], 0
    for row, text in notes:
        at = text.rfind(row.deadline) if row.deadline else -1
        if at < 0 or text[:at].rstrip()[-1:] not in ("於", "在"):
            continue  # (only the frame `於X…辦理` is compared: another note's shape says nothing of this one's)
        after = FRAME_AFTER_TIME.match(text, at + len(row.deadline))
        if after and after.group(1):
            bounded.append((row, after.group(1)))
        elif after and not row.deadline.endswith("前"):  # (a time read with a bound shows nothing of the template's)
            bare += 1
    if bare and bounded:
        for row, bound in bounded:
            row.deadline += bound


def _nested(marker, item: _Item) -> bool:
    """A `(1)` or bullet item under an open item is its sub-item when it is deeper: under a
    numbered item, or a bullet of another glyph than the open bullet's."""
    return marker.level > item.level or (marker.level == item.level == 6 and marker.token != item.token)


def is_title_line(text: str) -> bool:
    """An unnumbered line that can title the list below it: `到府服務：`, `【到府服務】`, or a
    short name with no punctuation."""
    text = squash_ws(text)
    if len(text) > 40 or "。" in text:
        return False
    if text.endswith(("：", ":")) or (text.startswith("【") and text.endswith("】")):
        return True
    return len(text) <= 20 and bool(re.search(r"[\u4e00-\u9fff]{2}", text)) and not re.search(r"[，,；;、：:！？!?()（）]", text)


def one_service_rows(doc: Document, rows: list[DraftRow]) -> list[DraftRow]:
    """A plan for one service (`某戶政事務所到府(院)服務實施計畫`, no measure table, no row with
    fields of its own) is one row: the service its title names, every item of its content
    chapters an action, its period and owner from the lines that state them (`四、實施期間：全年`,
    `承辦單位：戶籍課`). Any other plan's rows are returned as they are."""
    measures = [r for r in rows if r.kind == "measure"]
    if not measures or any(isinstance(b, Table) for b in doc.blocks) or any(r.deadline or r.owner for r in measures):
        return rows
    if len({tuple(r.section) for r in measures}) > 1:  # a plan of one service has one content chapter
        return rows
    service = service_of_title(plan_title(doc))
    if not service:
        return rows
    fields: dict[str, str] = {}
    for block in doc.blocks:
        if isinstance(block, Heading | Paragraph):
            for role, value in (field_line(strip_marker(squash_ws(block.text))) or {}).items():
                fields.setdefault(role, value)
    first = measures[0]
    actions = [text for r in measures for text in (r.measure, *r.actions) if text]
    return [DraftRow(first.section, service, actions, fields.get("deadline"), fields.get("owner"),
                     fields.get("benefit"), first.line, first.page, kind="measure")]


def item_fields(text: str, more: list[str]) -> tuple[str, list[str], dict[str, str]]:
    """Measure, actions and the fields a closing note names (on the item's last line)."""
    fields: dict[str, str] = {}
    if more:
        more = list(more)
        more[-1], fields = inline_fields(more[-1])
    else:
        text, fields = inline_fields(text)
    measure, actions = narrative_measure(text)
    return measure, actions + [a for a in more if a], fields


def narrative_measure(text: str) -> tuple[str, list[str]]:
    """Measure = a short title before a colon, else the first sentence; the rest is an action."""
    text = squash_ws(text)
    colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    stop = text.find("。")
    if 0 < colon <= 20 and (stop < 0 or colon < stop):
        head, rest = text[:colon].strip(), text[colon + 1:].strip()
    elif 0 <= stop < len(text) - 1:
        head, rest = text[: stop + 1], text[stop + 1:].strip()
    else:
        head, rest = text, ""
    return head, [rest] if rest else []


__all__ = ["FRONT_MATTER", "NarrativeReader", "SourceLine", "chapter_title", "is_appendix_title", "is_closing_clause",
           "is_front_matter", "join_wrapped_lines", "names_measures", "narrative_measure", "non_measure_item", "non_measure_kind",
           "not_measures_warning", "one_service_rows", "wrap_width"]
