"""Plan metadata: office, year (民國 and AD), title, parent agency, and where each came from.

Office, in this order: the plan's title line, `法規名稱:` (law-database views), `發布單位:` /
`發布機關:`, the page's <title>, the file name. Year: the title, `公發布日` / `發布日期`, `執行期程`,
the file name. A breadcrumb (`首頁 > 便民服務 >`) is site chrome the readers drop, and a print
date (`列印時間`) is no label read here, so neither can give a value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ingest.blocks import Document, Heading, Paragraph
from ingest.markers import parse_marker
from ingest.normalize import LEADER_DOTS, SOLIDI, bracket_partner, brackets, is_closing_bracket, squash_ws

ROC_OFFSET = 1911  # 民國 1 = AD 1912

# the kinds of document an office issues its plan as: 計畫, 方案, 要點, 須知 (a note of guidance, 作業須知),
# 規範 and 程序 (作業規範, 作業程序), and the names of regulations (中央法規標準法 §3: 規程 規則 細則 辦法 綱要
# 標準 準則) and 規定
RULE_KINDS = ("計畫", "計劃", "方案", "要點", "須知", "規範", "程序", "規定", "規程", "規則", "細則", "辦法", "綱要", "標準",
              "準則",
              # documents that guide or instruct (作業說明書, 服務指引, 申辦指南, 注意事項, 工作守則)
              # (matters to heed, with the modal of duty: 應注意事項)
              "說明書", "注意事項", "應注意事項", "指引", "指南", "守則",
              # principles an office handles a matter by (處理原則, 審查原則) and a note on carrying it out (實施說明, 作業說明)
              "原則", "實施說明", "作業說明", "申辦說明", "辦理說明", "處理說明", "執行說明",
              # documents that tell the public about one service: a brochure of its terms, a pledge, questions and answers
              # (報名簡章, 服務承諾, 常見問答集, 問與答; questions and answers bound or compiled, 問答手冊, 問答彙編, 問答專輯)
              # (or the questions alone, collected or compiled, the answers under them: 常見問題集, 常見問題彙編, 問題與解答)
              "簡章", "服務承諾", "承諾事項", "常見問答集", "常見問答", "問答集", "問與答", "問答手冊", "問答彙編", "問答專輯",
              "常見問題集", "常見問題彙編", "常見問題", "問題集", "問題與解答",
              # documents that set out a policy or a course for years ahead: a white (green, blue) paper, guiding lines,
              # a blueprint (為民服務白皮書, 行動綱領, 服務藍圖)
              # (or the course an office sets for its work, 工作方針, 施政方針)
              "白皮書", "綠皮書", "藍皮書", "綱領", "藍圖", "方針",
              # and short guides of one service for the public: questions and answers in letters, a summary pack, a leaflet, a
              # notice (申辦Q&A, FAQ, 懶人包, 宣導單, 公告; not a folded leaflet or a brief, 摺頁, 簡介: services hand those out,
              # `旅遊摺頁索取`)
              "Q&A", "Q＆A", "QA", "FAQ", "懶人包", "宣導單", "公告",
              # a handbook (指引手冊, 申辦手冊), a service's brief (服務簡介: a brief of the service, not one handed out), a
              # guide by its format (一頁式說明, 圖解說明, 簡要說明)
              "手冊", "服務簡介", "一頁式說明", "一頁式簡介", "圖解說明", "簡要說明",
              # a service's flow set out for the public (服務流程, 申辦流程, 作業流程)
              "流程")
# kinds told to the public that name the service whole, its verb with it (`…報名簡章` is the service 報名, `…登記申請服務承諾`
# 登記申請): no word before them is the kind's
_PUBLIC_KIND = "簡章|服務承諾|承諾事項|常見問答集|常見問答|問答集|問與答|問答手冊|問答彙編|問答專輯|常見問題集|常見問題彙編|常見問題|問題集|問題與解答"
_RULE_KIND = "|".join(RULE_KINDS)
_PLAN_KIND = "|".join(k for k in RULE_KINDS if k != "方案")  # (a 方案 stands alone: not after 執行/實施)
_TITLE_WORDS = RULE_KINDS
# kinds that hold the verb of what they govern (處理原則, 實施說明), and the others
# (any kind a verb of handling may open: 處理要點, 作業須知, 申辦流程, 審查程序, 受理規定)
_VERB_KIND = (rf"(?:處理|審查|作業|實施|辦理|執行|申辦|受理)(?:原則|說明|要點|須知|程序|流程|規定|規範|辦法|注意事項)"
              rf"|{_PUBLIC_KIND}")
_BARE_KIND = "|".join(k for k in RULE_KINDS if not re.fullmatch(_VERB_KIND, k))
# after an optional 民國, which office_from_title drops; a school counts by its academic year (112學年度)
_YEAR_RE = re.compile(r"(\d{2,4})\s*學?年度?")
_HEAD_BLOCKS = 30
_LABELS = {
    # a kind of document and a word for its name (法規名稱, 規章名稱, 法規標題, 計畫名稱); a bare 名稱： or 標題：
    # heads some print views
    "title": tuple(f"{kind}{word}" for kind in ("法規", "規章", "法令", "文件", "公文", *RULE_KINDS) for word in ("名稱", "標題"))
    + ("名稱", "標題"),
    "office": ("發布單位", "發布機關", "所屬機關", "主管機關", "訂定機關", "機關名稱", "發文機關"),
    # (or the bare verb, as a print view justifies a short label: `〔發　布〕中華民國…`)
    "date": ("公發布日期", "公發布日", "發布日期", "發布日", "公布日期", "訂定日期", "發文日期", "發布"),
    "period": ("執行期程", "實施期程", "計畫期程", "執行期間", "實施期間"),
}
_ALL_LABELS = "|".join(sorted((name for names in _LABELS.values() for name in names), key=len, reverse=True))
# `label：value`, or the label in brackets as print views set it off (`【法規名稱】value`, `[發布日期] value`)
# A colon is any colon-shaped character: ASCII, fullwidth, small (﹕) and the vertical presentation
# forms (︓ ︰) a text taken from vertical layout keeps, and the ratio sign ∶.
_COLON = "[:：﹕︓︰∶]"
# (an aside may stand between the label and its colon: `法規名稱（110年修正）：`, an English gloss
# `修正日期 Amended Date：`; a vertical line of any kind, a box-drawing one too, may end a label as a colon
# does: `法規名稱｜…`, `法規名稱 ┃ …`, `法規名稱║…`)
_GLOSS = r"[A-Za-z][A-Za-z .]{0,30}"
# a label may stand in any bracket pair (`【法規名稱】`, `〈發布日期〉`, `［法規名稱］`), told by Unicode class
# (the less-than and greater-than signs too, as plain text writes angle brackets: `＜法規名稱＞`, `<發布日期>`)
_LABEL_OPEN, _LABEL_CLOSE = (re.escape(side + signs) for side, signs in zip(brackets(quoting=True), ("<＜", ">＞"), strict=True))
# (an equals sign ends a label as a colon does: `法規名稱＝…`, `公發布日=…`; so do two or three greater-than signs, a
# pointer typed, `法規名稱＞＞…`, which one alone would read as the close of an angle bracket)
_RULE_MARKS, _POINTERS = "─━═", "→⇒➔›»▶►"
_BARS = "｜|¦│┃║"  # the vertical lines a print view sets a label off with (`產出時間｜…`, `│法規名稱│…`)
# (any sign of the mathematical or dash classes or a box-drawing line ends a label as a colon does, whatever sign
# a print view picks: `法規名稱 ＝ …`, `公發布日 ≈ …`, `法規名稱 ⊢ …`; told by Unicode class, not listed)
_SEPARATOR_SIGNS = re.escape("".join(chr(c) for c in range(0x21, 0x10000)
                                     if (unicodedata.category(chr(c)) in ("Sm", "Pd") or 0x2500 <= c <= 0x257F)
                                     and chr(c) not in "<>＜＞﹤﹥"))
_OPENING = brackets(quoting=True)[0]  # the opening halves of every bracket pair, quotation marks too
_LABEL_END = (rf"(?:\s*[>＞﹥]{{2,3}}(?!\s*$)|\s*[{_LABEL_CLOSE}]\s*{_COLON}?|\s*(?:[（(][^（）()]{{0,12}}[)）]\s*|{_GLOSS})?{_COLON}"
              rf"|\s*[{_BARS}](?!\s*$)|\s*[=＝≡≔](?!\s*$)"
              # (a solidus of any form too, as a print view sets a label off: `法規名稱／…`, `公發布日/…`)
              rf"|\s*[{SOLIDI}](?!\s*$)"
              # (dot leaders, `法規名稱……`)
              rf"|\s*[{LEADER_DOTS}]{{2,}}(?!\s*$)"
              # (a dash too, as a print view sets a label off: `法規名稱－…`, `公發布日 — …`; or a rule of one or two
              # box-drawing lines, `法規名稱──…`, `公發布日 ━ …`, or a pointer, `法規名稱 → …`, `公發布日 » …`)
              rf"|\s*(?:[－—–―]|[{_RULE_MARKS}]{{1,2}}|[{_POINTERS}]|[{_SEPARATOR_SIGNS}]{{1,2}})(?!\s*$)"
              # (or no sign: the value in a bracket pair straight after the label, `法規名稱【某局…計畫】`)
              rf"|(?=\s*[{re.escape(_OPENING)}]))")
_LABEL_RE = re.compile(rf"[{_LABEL_OPEN}]?\s*({_ALL_LABELS}){_LABEL_END}\s*(.+?)(?=\s*[{_LABEL_OPEN}]?\s*(?:{_ALL_LABELS}){_LABEL_END}|$)")
_DATE_RE = re.compile(r"(?:民國\s*)?(\d{2,4})\s*(?:年|[-/.]\s*\d{1,2}\s*[-/.])")
# The kinds of office a plan is written by: local offices, agencies and their field offices
# (…署…業務組, …署…監獄), and the branches of state-owned companies (…股份有限公司…分公司; the company
# itself is the parent, not the office).
# Schools (…大學, …國民中學, …國小) and homes (…榮譽國民之家, …教養院) are public bodies too.
_OFFICE_TAILS = (r"(?:事務所|公所|政府|分署|分局|監理所|監理站|稽徵所|服務站|服務處|分隊|大隊|中隊|醫院|院區|中心|監獄|分公司"
                 r"|大學|學院|中學|小學|國小|國中|高中|高職|學校|幼兒園|之家"
                 # (a one-character kind that opens a word is none: 處理, 校外, 會議, 會計, 所得, 組織, 室內, 科技, 館藏)
                 # (a works or a station by its kind: 焚化廠, 林場, 電臺)
                 # (nor one that ends a common word: 現場, 會場, 廣場, 賣場, 考場, 立場, 職場 (on site, a venue …), 網站)
                 r"|(?:局|署|處|部|會|院|所|館|(?<!網)站|隊|室|科|組|校|廠|(?<![現會廣賣考立職])場|臺)(?![理置分外內園務有得需織合技學議同報伍藏商地次灣計]))")
_OFFICE_TAIL = re.compile(_OFFICE_TAILS + "$")
_OFFICE_TAIL_ANY = re.compile(_OFFICE_TAILS)
_NOT_IN_OFFICE = re.compile(r"[「」『』，,。：:；;（）()>＞]")
# A law database marks a regulation's status before its name: （廢） 停 修正 訂定.
_STATUS = re.compile(r"^\s*(?:[（(【\[]\s*(?:廢止?|停止適用|停用|停|修正|訂定|增訂)\s*[)）】\]]"
                     r"|(?:廢止|停止適用|廢|停|修正|訂定|增訂)(?=[\u4e00-\u9fff\d]))\s*")
_PLAN_WORD = re.compile(_RULE_KIND)
_BARE_PLAN = re.compile(rf"(?:執行|實施|工作|作業)?(?:{_PLAN_KIND})")
_TITLE_MAX = 60
# A plan's date line under its title: `中華民國110年3月5日…函訂定`.
_DATE_LINE = re.compile(r"^(?:中華)?民國\s*(\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# Names of plans that hold many measures (as opposed to a plan for one service).
_GENERIC_PLAN = re.compile(r"(?:提升|精進|加強)?(?:為民)?服務(?:品質|效能|躍升)?(?:提升|工作)?")  # the name of a plan of many measures


@dataclass(frozen=True)
class PlanMeta:
    """What the reader found in one document, with where each value came from (`sources`, for
    report.json), before any row exists. Not the listing record (ingest.record.Plan): that one
    is made from the rows and counts them, after ingest; this one is what makes the rows."""

    office: str
    parent_agency: str | None
    year_roc: int | None  # 民國
    year_ad: int | None  # Gregorian
    title: str
    sources: dict[str, str | None] = field(default_factory=dict, compare=False)

    def report(self) -> dict:
        """For report.json: each value with the place it was read from."""
        return {"office": {"value": self.office or None, "source": self.sources.get("office")},
                "year_roc": {"value": self.year_roc, "source": self.sources.get("year_roc")},
                "title": {"value": self.title or None, "source": self.sources.get("title")}}


def _head_texts(doc: Document) -> list[tuple[int, str]]:
    return [(i, _spaced_label(squash_ws(b.text))) for i, b in enumerate(doc.blocks[:_HEAD_BLOCKS])
            if isinstance(b, Heading | Paragraph)]


# a label opening a line and set off from its value by white space alone (`法規名稱 某所…計畫`, `◎發布日期 110年…`)
# (not a gloss; a bar, a closing bracket or angle, a rule or a pointer is a colon: `法規名稱 ＞ …`, `法規名稱 ── …`)
_SPACED_LABEL = re.compile(rf"^(\W?\s*(?:{_ALL_LABELS}))\s+"
                           rf"(?=[^\s:：｜|¦│┃║{_LABEL_CLOSE}{_RULE_MARKS}{_POINTERS}－—–―{_SEPARATOR_SIGNS}])(?!{_GLOSS}{_COLON})")


# a label justified to the width of longer ones by spaces between its characters (`名　　稱：`, `發 布 日：`)
_JUSTIFIED_LABEL = re.compile(rf"^(\W?\s*)((?:[\u4e00-\u9fff]\s+){{1,4}}[\u4e00-\u9fff])\s*(?={_COLON}|[{_LABEL_CLOSE}])")


# a label set between two of one mark, whatever the mark (`‥法規名稱‥`, `＊發布日期＊`, `~法規名稱~`): the second ends it
# (where the reader read the first as a bullet, `• 法規名稱＊…`, the mark is not known: any mark that opens nothing)
_FRAMED_LABEL = re.compile(rf"^(?:•|([^\w\s]))\s*({_ALL_LABELS})\s*(?(1)\1|[^\w\s:：{re.escape(_OPENING)}<＜])\s*(?=\S)")


def _spaced_label(text: str) -> str:
    text = _FRAMED_LABEL.sub(r"\2：", text, count=1)
    text = _JUSTIFIED_LABEL.sub(lambda m: m.group(1) + re.sub(r"\s+", "", m.group(2)), text, count=1)
    return _SPACED_LABEL.sub(r"\1：", text, count=1)


def labelled_values(doc: Document) -> dict[str, str]:
    """`label：value` pairs near the top (several may share a line), first value per kind."""
    found: dict[str, str] = {}
    for _, text in _head_texts(doc):
        for match in _LABEL_RE.finditer(text):
            kind = next(k for k, names in _LABELS.items() if match.group(1) in names)
            found.setdefault(kind, _unquoted(squash_ws(match.group(2))))
    return found


def _unquoted(value: str) -> str:
    """A value quoted or bracketed whole (`法規名稱：「某局…計畫」`, `法規名稱【某局…計畫】`): what the pair holds."""
    return value[1:-1].strip() if len(value) > 2 and value[0] in _OPENING and _bracketed(value) else value


def clip_title(text: str) -> str:
    """A title line run on with what follows it (`…103年度…計畫 壹、計畫依據 一、…`): up to its
    plan word (a short tail such as `（修正）` stays)."""
    match = _PLAN_WORD.search(text)
    if re.search(rf"(?:{_RULE_KIND})\s*$", text):
        return text  # (a kind's word inside the service's name, `…都市計畫書圖查詢須知`, the title ending in a kind: whole)
    # (a bracketed tail of any length is the title's: `…計畫（99年1月至12月）`; also after a character or two completing
    # the kind's word, `…計畫書（99年度適用）`)
    tail = text[match.end():].strip() if match else ""
    if match is None or len(tail) <= 8 or any(_bracketed(tail[k:]) and re.fullmatch(r"[\u4e00-\u9fff]*", tail[:k]) for k in range(3)):
        return text
    return text[: match.end()]


def _bracketed(text: str) -> bool:
    """`text` is one bracketed group, in any bracket pair."""
    return len(text) > 2 and bracket_partner(text[0]) == text[-1] and not is_closing_bracket(text[0]) \
        and text[-1] not in text[1:-1]


def without_status(title: str) -> str:
    """`（廢）經濟部國際貿易局…計畫`, `停…`, `修正…` → the plan's name, when what follows the
    status reads as an office's plan."""
    rest = _STATUS.sub("", title, count=1)
    return rest if rest != title and office_from_title(rest) else title


def _candidate_titles(doc: Document) -> list[tuple[int, str]]:
    """Title lines: near the top, unnumbered, unlabelled, short, naming a plan and a year or
    an office (a plan for one service is often titled without its year)."""
    out = []
    lines = _title_lines(_head_texts(doc)[:12])
    front = _front_lines(lines)
    for i, text in lines:
        text = without_status(clip_title(text))
        if re.search(r"[，。；]", text):  # a sentence, not a title
            continue
        if re.search(rf"{_COLON}\s*$", text):  # a label that opens what follows (`方案內容：`, `條文如下：`), not a title
            continue
        if _BARRED_LABEL.match(text) or _signed_label(text):  # a label and its value (`｜法規體系｜某局`, `法規體系∥某局`): a print view's field
            continue
        if _BRACKETED_LABEL.match(text):  # (or a label of any name in a bracket pair, `〔字號〕某府…號公告`: a field too)
            continue
        if parse_marker(text) or len(text) > _TITLE_MAX or _LABEL_RE.search(text):
            continue
        if not any(w in text for w in _TITLE_WORDS) and not (i in front and _office_then_year(text)):
            continue
        if (_year_match(text) or office_from_title(text)) and not re.search(r"[>＞›»]", text):
            out.append((i, text))
    return out


# a short word opening a line, set off from what follows by a sign of the separator classes (`法規體系∥…`, `法規體系／…`)
_SIGNED_LABEL = re.compile(rf"^\W?\s*([\u4e00-\u9fff]{{2,6}})\s*(?:[{_SEPARATOR_SIGNS}]|[{_BARS}{SOLIDI}])\s*(?=\S)")


def _signed_label(text: str) -> bool:
    """A line opening with a label of any name and a separator sign (`法規體系∥某府／某局`): a field, no title; not an
    office's name before its plan's (`某局／…計畫`: the word ends like an office, or a year and a plan's kind follow)."""
    label = _SIGNED_LABEL.match(text)
    if label and _YEAR_RE.match(text[label.end():]) and _PLAN_WORD.search(text[label.end():]):
        return False  # (a name, the sign, then a year and a plan's kind: a title, `某公墓－113年度…實施方案`)
    return bool(label) and not _OFFICE_TAIL_ANY.search(label.group(1))


def _front_lines(lines: list[tuple[int, str]]) -> set[int]:
    """The lines before the document's first numbered line: its front matter, where the title stands."""
    front = set()
    for i, text in lines:
        if parse_marker(text):
            break
        front.add(i)
    return front


def _office_then_year(text: str) -> bool:
    """A front line naming an office by its kind's word and a year, with the plan's name after the
    office, is a title whatever word it ends in (…局推動優質便民服務99年度實施要領): the structure, not
    the document's kind, tells it (a word for the kind no list holds)."""
    office = office_from_title(text)
    return bool(_year_match(text) and office and _OFFICE_TAIL_ANY.search(office) and len(text) > len(office) + 4)


# a short label between bars at a line's start (`｜法規體系｜…`, `|發布日期|…`)
_BRACKETED_LABEL = re.compile(rf"^[{_LABEL_OPEN}]\s*[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){{1,5}}\s*[{_LABEL_CLOSE}]\s*(?=\S)")
_BARRED_LABEL = re.compile(r"^[｜|¦│]\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8}[｜|¦│]")


def _title_lines(heads: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Head lines, a title wrapped onto a short next line joined back (`…實施計` / `畫`: a long
    centred title breaks where the line is full, mid-word)."""
    out = []
    for k, (i, text) in enumerate(heads):
        after = heads[k + 1][1] if k + 1 < len(heads) else ""
        joined = text + after
        if (after and len(after) <= 8 and not parse_marker(after) and not _PLAN_WORD.search(text) and not re.search(_COLON, after)
                and _PLAN_WORD.search(joined[len(text) - 3:])):
            out.append((i, joined))  # (the plan word straddles the break, or stands on the short line)
        else:
            out.append((i, text))
    return out


def _office_prefix(text: str, leave: int = 0) -> str:
    """The longest start of `text` ending like an office name (`…戶政事務所` of `…戶政事務所到府(院)服務`),
    leaving at least `leave` characters after it (the name of the service a plan is for)."""
    # (a kind's word straight after another's names no office of its own: `…地政局國小新生…` is the bureau, then a
    # service of the schools; an office has a name before its kind)
    ends = [(len(m.group()) > 1, m.end()) for m in _OFFICE_TAIL_ANY.finditer(text)
            if m.end() <= len(text) - leave and not _NOT_IN_OFFICE.search(text[: m.end()])
            and not (m.start() > 0 and _OFFICE_TAIL.search(text[: m.start()]) and len(m.group()) <= 2 and m.group() in _SCHOOL_KINDS)]
    # a kind of two or more characters (事務所, 分局) ends an office more surely than one (處 of 處理)
    end = max(ends)[1] if ends else 0
    # an agency under a government is named after it (`…市政府社會局`, `…縣政府地政處`): a 局/處/署 two to
    # four characters after 政府 (not 處理, 局部) ends the office
    nested = _NESTED_AGENCY.match(text[end - 2:]) if text[end - 2: end] == "政府" else None
    if nested and end - 2 + nested.end() <= len(text) - leave:
        end += nested.end() - 2
        # … and a works or station of that agency after it (`…政府環境保護局龍井垃圾焚化廠`, `…局東勢林場`)
        works = _AGENCY_WORKS.match(text[end:])
        if works and end + works.end() <= len(text) - leave:
            end += works.end()
    return text[:end]


# the kinds of school an abbreviation names (國小, 國中, 高中): a school has its own name before them
_SCHOOL_KINDS = ("國小", "國中", "高中", "高職")


_AGENCY_WORKS = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:廠|場|臺|站|館|隊)(?![理置分外內園務有得需織合技學議同報伍藏商地次灣])")


# (an agency may stand under another: 市政府工務局建築管理處)
_NESTED_AGENCY = re.compile(r"政府(?:[\u4e00-\u9fff]{2,4}?[局處署](?![理部分置])|[\u4e00-\u9fff]{2,8}?委員會){1,2}")


_AND_SUBORDINATES = re.compile(r"(?:暨|及|與|和)所屬(?:各)?(?:機關|單位|機構|各級機關)?$")
_PLAN_NAME = re.compile(rf"提升|為民服務|服務躍升|服務品質|年度|(?:執行|實施|工作|作業)?(?:{_PLAN_KIND})|方案|(?:作業)?流程(?:說明)?$")
# The words that open the name of a service-quality plan; they never stand inside an office's name
# (unlike 標準 of 標準檢驗局), so a title's office ends before them wherever the year stands.
# (…便民服務暨服務品質提升計畫); a service of quality named by its worth (優質服務, 卓越服務, 精緻服務); 服務 before the
# verb of bettering it opens the name (`…樂園服務精進…`: the office ends before 服務)
_QUALITY_PLAN = re.compile(r"提升|精進|為民服務|便民服務|服務(?:躍升|品質|精進|提升)|(?:優質|優良|卓越|精緻|精進)服務")
# a year written bare, with no 年, set before the plan's name (`「112優質服務」…`, `2023為民服務…`): a year only in that place
_BARE_YEAR = re.compile(rf"(?<![\d.．/／\-－])(\d{{2,4}})(?![\d.．/／])\s*(?={_QUALITY_PLAN.pattern})")
# The office, then the verb of carrying out the plan (`…鎮公所推動112年度…`, `…大學執行101年度…`).
_PLAN_VERB = re.compile(r"(?:執行|推動|推展|推行|施行|辦理|實施|落實|訂定)$")  # (…服務中心推展107年度…)


def _office_name(text: str) -> str:
    """The office a title names before its year or plan name: that text less its era name, the
    verb of carrying out the plan and `暨所屬`. A title is [office][year][plan], so what stands there
    is the office even when its kind is none `_OFFICE_TAILS` knows (…生活美學館, …農會, …大學)."""
    text = squash_ws(text).rstrip(" " + _OPENING)  # `…分署「108年度提升…」推動計畫`
    text = text.rstrip(" －—―–-")  # (a dash setting the office off from its year: `某公墓－113年度…`; a colon ends a label)
    text = re.sub(r"(?:中華)?民國$", "", text).strip()
    return _AND_SUBORDINATES.sub("", _PLAN_VERB.sub("", text)).strip()


# What a plan sets out to do, between its office and its year: a verb of carrying out opening it
# (`…局推動優質便民…`, `…所推廣…`) or a service it ends in (`…局貼心好服務`); no office holds either
_PLAN_VERBS = "推動|推廣|推展|推行|執行|施行|實施|落實|辦理|精進|強化|深化|加強|打造|營造"
_PLAN_SUBJECT = re.compile(rf"^(?:{_PLAN_VERBS})[\u4e00-\u9fff]{{0,10}}$|^[\u4e00-\u9fff]{{0,10}}服務$")
_PLAN_VERB_ANY = re.compile(_PLAN_VERBS)


def _before_plan_subject(text: str) -> str:
    """`…公路局推動優質` → `…公路局`: the office ends at its last kind's word when what follows it up
    to the year names what the plan does, whatever the words (the title's template unknown). Before a year
    only: a plan for one service names the service there (`…事務所到府服務作業須知`)."""
    if _OFFICE_TAIL.search(text):
        return text
    office = _office_prefix(text)
    rest = text[len(office):]
    if office and rest and not _OFFICE_TAIL_ANY.search(rest) and _PLAN_SUBJECT.match(rest):
        return office
    at_last_kind = _before_subject_at_last_kind(text)
    return at_last_kind if at_last_kind != text else _before_plan_verb(text)


def _before_plan_verb(text: str) -> str:
    """`中央銀行推動優質` → `中央銀行`: an office of a kind no tail knows ends where a verb of carrying out the
    plan opens what stands before the year (the title is [office][what the plan does][year])."""
    for match in _PLAN_VERB_ANY.finditer(text):
        if match.start() >= 2 and _PLAN_SUBJECT.match(text[match.start():]) and not _OFFICE_TAIL_ANY.search(text[match.start():]):
            return text[: match.start()]
    return text


def _before_subject_at_last_kind(text: str) -> str:
    """`…政府研究發展考核委員會強化` → `…委員會`: where a longer kind (政府) stands earlier and an office of any
    kind's word follows it, the office ends at the last kind's word that leaves a plan's subject after it."""
    for match in reversed(list(_OFFICE_TAIL_ANY.finditer(text))):
        rest = text[match.end():]
        if rest and not _NOT_IN_OFFICE.search(text[: match.end()]) and (_PLAN_SUBJECT.match(rest) or _MODIFIER.fullmatch(rest)):
            return text[: match.end()]
    return text


# a word of one to four characters between an office and its plan's name modifies the plan (`…委員會全面提升…`,
# `…局持續精進…`), whatever the word: no office's name goes on so briefly past its kind's word
_MODIFIER = re.compile(r"[\u4e00-\u9fff]{1,4}")


def office_from_title(title: str) -> str:
    """The office a title names: the text before the year, or (when the title opens with the year,
    has none, or holds it in a bracketed tail: `…服務規範（103年修訂）`) the text before the plan's name."""
    match = _year_match(title)
    before = title[: match.start()] if match else ""
    if match and before.strip() and all(ch in _QUOTING for ch in before.strip()):  # the year opens a quoted slogan
        close = title.find(bracket_partner(before.strip()[-1]), match.end())  # that heads the title (`「112優質服務」某中心推動方案`):
        if close > 0:  # the office follows the slogan
            return office_from_title(title[close + 1:])
    if match is None or _in_bracketed_tail(re.sub(r"(?:中華)?民國\s*$", "", before)):  # (`…計畫（民國97年）`: the era's name too)
        office = _office_before_plan(before or title)
    else:
        before = _before_slogan(before)
        quality = _QUALITY_PLAN.search(before)  # (`…之家提升服務品質實施計畫－99年度`)
        # (what the plan sets out to do may stand between the office and its year: `…局推動優質便民服務110年度…`)
        office = (_before_plan_subject(_office_name(before[: quality.start()] if quality else before))
                  or _office_before_plan(title[match.end():]))
    taking = re.search(r"受理|辦理", office)  # (`…高級中學受理兒童之家志工招募…`: no office takes a service in its name)
    if taking and _OFFICE_TAIL.search(office[: taking.start()]):
        office = office[: taking.start()]
    if (not office or _NOT_IN_OFFICE.search(office) or not re.search(r"[\u4e00-\u9fff]{2}", office)
            or len(office) < 4 and not _named_by_one_kind(office) or office[0] in "本該各"):  # `本所`: the plan speaking of itself
        return ""
    return office


_QUOTING = "".join(o for o in brackets(quoting=True)[0] if o not in brackets(quoting=False)[0])


def _before_slogan(before: str) -> str:
    """The text before a slogan the plan is named by, quoted between the office and the year
    (`…處推動「貼心便民、效率服務」99年度…`, `…局落實『溫馨便捷』110年度…`): no office holds quotes."""
    closing = {**{o: bracket_partner(o) for o in _QUOTING}, "“": "”", "‘": "’"}
    opening = next((i for i, ch in enumerate(before) if ch in closing and closing[ch] in before[i:]), None)
    return before if opening is None else before[:opening]


def _named_by_one_kind(office: str) -> bool:
    """A three-character office is a two-character name and a one-character kind's word (法務部, 監察院,
    國史館, 海巡署): the kind closes the title's office slot as a longer name's does, whatever the kind."""
    tail = _OFFICE_TAIL.search(office)
    return re.fullmatch(r"[\u4e00-\u9fff]{3}", office) is not None and tail is not None and tail.start() == 2


def _in_bracketed_tail(before: str) -> bool:
    """The text before a year ends with a plan's name and an opening bracket: the year dates the
    plan in a tail (`…實施計畫（99年1月至12月）`, `…服務規範（103年修訂）`)."""
    before = before.rstrip()
    return bool(before) and before[-1] in _OPENING and bool(re.search(rf"(?:{_RULE_KIND})\s*$", before[:-1]))


def _office_before_plan(text: str) -> str:
    """The office of a title with no year before the plan's name (`106年度交通部公路總局三重監理站提升…`
    after its year, `某戶政事務所到府服務實施計畫`): the text before the plan's name, ending like an office."""
    name = min((m for m in (_QUALITY_PLAN.search(text), _PLAN_NAME.search(text)) if m), key=lambda m: m.start(), default=None)
    office = _office_name(text[: name.start()]) if name else ""
    if name is not None and not _BARE_PLAN.fullmatch(name.group()) and (slogan := _before_slogan(text[: name.start()])):
        # (a slogan a plan of many measures is named by may stand quoted between the office and the plan's name, as
        # before a year: `…管理處「以客為尊」服務品質計畫`; a quoted service before a bare plan word is read below)
        office = _office_name(slogan)
    if name is not None and _BARE_PLAN.fullmatch(name.group()):  # `…監理所設置便利使用網站實施計畫`: a
        # service's name stands between office and 計畫 (a verb of carrying it out alone, `…公所推動計畫`, is none)
        return _office_prefix(office, leave=0 if _PLAN_VERB.search(squash_ws(text[: name.start()])) else 1)
    if not _OFFICE_TAIL.search(office):  # `…分署生態旅遊導覽便民服務方案`: the service's name, then the
        at_last_kind = _before_subject_at_last_kind(office)  # plan's; an office of a kind no tail knows stays whole
        return at_last_kind if at_last_kind != office else _office_prefix(office) or _before_plan_verb(office)
    return office


def _kind_at_end(rest: str) -> re.Match | None:
    """The document's kind closing what follows the office in a one-service title (`…申辦須知及流程`)."""
    # (the public it serves may open the kind, or 便民, what the guide is for: `…便民服務指引`)
    return re.search(rf"(?:(?:暨|及|與|和)?(?:{_VERB_KIND}|(?:民眾|市民|鄉親|申請人|便民)?"
                     rf"(?:標準|實施|執行|工作|推動|作業|申辦|申請|專案)*(?:服務(?=流程|指引|指南|說明書|守則|手冊)"
                     rf"|{_BARE_KIND}|流程說明|流程)))+$", rest)


def _closing_aside(text: str) -> int | None:
    """Where an aside in any bracket pair closing `text` opens (`…規定（對外版）`, `…程序〔民眾適用〕`); None if none."""
    if not text or not is_closing_bracket(text[-1]):
        return None
    opening = bracket_partner(text[-1])
    at = text.rfind(opening)
    return at if 0 < at and len(text) - at <= 12 else None


def service_of_title(title: str) -> str:
    """The one service a plan's title names (`某戶政事務所到府(院)服務實施計畫` → `到府(院)服務`);
    "" for a plan of many measures (`…提升服務品質執行計畫`)."""
    title = without_status(clip_title(squash_ws(title)))
    office = office_from_title(title)
    if not office or office not in title:
        return ""
    rest = title[title.index(office) + len(office):].strip()
    rest = re.sub(r"^(?:中華)?(?:民國)?\s*\d{2,4}\s*年度?", "", rest).strip()
    # `…公所辦理公有場地租借實施要點`, `…漁會受理冰塊預購應注意事項`: the verb of doing or taking it in is not the service
    rest = re.sub(r"^(?:辦理|受理|推動|執行|實施)(?=.{2})", "", rest)
    # (a kind may be compound: 標準作業程序, 作業規範, 服務流程說明, 作業流程)
    # (or several joined, `服務流程暨注意事項`; 服務 before a kind of guide is the guide's, `服務指引`, `服務流程`)
    # (a kind that holds its own verb first, whole: `…承租申請實施說明` is the service 承租申請, `…資訊處理原則` 資訊)
    # (a handbook of the service, `…講座服務手冊`, as its guide; a word of the kind doubled is the service's own last word
    # once, `…轉介申請申請作業須知` is the service 轉介申請)
    # (a kind for the public reading it, `…民眾申辦手冊`, `…市民辦理須知`: the readers named are the kind's)
    kind = _kind_at_end(rest)
    if not kind and (aside := _closing_aside(rest)) and (kind := _kind_at_end(rest[: aside].rstrip())):
        rest = rest[: aside].rstrip()  # (an aside after the kind names the document's version or readers: `…作業規定（對外版）`)
    if kind:
        # (two verbs of applying in a row, `…申請申辦指引`: the first the service's, as a word doubled is)
        doubled = re.match(r"(申請|申辦|作業|服務)\1", kind.group()) or re.match(r"(申請|申辦)(?=申請|申辦)", kind.group())
        rest = (rest[: kind.start()] + (doubled.group(1) if doubled else "")).strip()
    # a service named in quotes (`…102年度「驗傷陪同」執行計畫`): the name within them
    quoted = re.fullmatch(r"([「『“《〈])(.+)([」』”》〉])", rest)
    if quoted and bracket_partner(quoted.group(1)) == quoted.group(3):
        rest = quoted.group(2).strip()
    # `…求職登記服務服務計畫`: a 服務計畫 (service plan) for a service whose name ends in 服務 itself
    rest = re.sub(r"(服務)服務$", r"\1", rest)
    if not rest or len(rest) > 20 or _GENERIC_PLAN.fullmatch(re.sub(r"[「」『』]", "", rest)) or re.search(r"[，,。；;：:]", rest):
        return ""
    return rest


def plan_title(doc: Document) -> str:
    """The plan's title as metadata reads it (title line, else 法規名稱)."""
    titles = _candidate_titles(doc)
    best = max(titles, key=lambda t: (len(office_from_title(t[1])) > 0, -t[0]), default=None)
    return best[1] if best else without_status(labelled_values(doc).get("title", ""))


def date_line_year(doc: Document) -> int | None:
    """The year of a date line near the top (`中華民國110年3月5日…函訂定`)."""
    for _, text in _head_texts(doc)[:12]:
        match = _DATE_LINE.match(text)
        if match:
            return int(match.group(1))
    return None


def office_from_label(value: str) -> str:
    """A `發布單位：` value when it names one office (not a list, not a sentence)."""
    value = squash_ws(value).split(" ")[0]
    if not value or re.search(r"[，,。；;、]", value) or len(value) > 30 or not _OFFICE_TAIL.search(value):
        return ""
    return value


# a bare year bracketed: in the tail closing a title, as an edition is dated (`…工作方針（108）`), or between the
# office and its plan's name (`…中心（98）為民服務…`)
_BRACKETED_YEAR = re.compile(rf"(?<=[（(［\[〔【])\s*(\d{{2,4}})\s*[)）］\]〕】]\s*(?:$|(?={_QUALITY_PLAN.pattern}))")


def _year_match(title: str) -> re.Match | None:
    """Where a title states its year: `…112年度…`, or a bare year before the plan's name."""
    match = _YEAR_RE.search(title)
    if match:
        return match
    bare = _BARE_YEAR.search(title) or _BRACKETED_YEAR.search(title)
    value = int(bare.group(1)) if bare else 0
    return bare if 50 <= value <= 200 or 1950 <= value <= 2100 else None


def year_of(text: str) -> int | None:
    match = _year_match(text)
    return int(match.group(1)) if match else None


def year_of_date(text: str) -> int | None:
    """The year of `民國 96 年 03 月 25 日`, `96-03-25`, `2007/03/25`."""
    match = _DATE_RE.search(text)
    return int(match.group(1)) if match else None


def _years(value: int) -> tuple[int, int]:
    return (value - ROC_OFFSET, value) if value > ROC_OFFSET else (value, value + ROC_OFFSET)


def parent_agency_of(office: str) -> str | None:
    """The agency above an office: 基隆市安樂地政事務所 → 基隆市政府, 法務部行政執行署臺北分署 →
    法務部行政執行署, 法務部矯正署臺中監獄 → 法務部矯正署. A city or county government itself has none."""
    if not office or office.endswith(("市政府", "縣政府")):
        return None
    county = re.match(r"^([\u4e00-\u9fff]{1,3}[市縣])(?!政府)(.+)$", office)
    if county and not office.endswith(("部", "署")) and any(office.endswith(s) for s in ("所", "處", "局", "館", "中心", "公所")):
        return f"{county.group(1)}政府"
    # a field office is named after its agency (…部…署朴子業務組, …部…局三重監理站) or its company
    # (…股份有限公司…分公司); an agency after its ministry (經濟部國際貿易局)
    for parent in (r"^(.+?(?:部|委員會).*?[署局])(.+)$", r"^(.+?股份有限公司)(.+)$", r"^(.+?部)(.+(?:署|局))$"):
        match = re.match(parent, office)
        if match:
            return match.group(1)
    return None


def _first(candidates: list[tuple[str | int | None, str]]) -> tuple[str | int | None, str | None]:
    return next(((value, source) for value, source in candidates if value), (None, None))


def extract_metadata(doc: Document, *, office: str | None = None, year: int | None = None) -> PlanMeta:
    """Office, year and title from the sources in the module docstring's order; overrides win."""
    titles = _candidate_titles(doc)
    best = max(titles, key=lambda t: (len(office_from_title(t[1])) > 0, -t[0]), default=None)
    labels = labelled_values(doc)
    if "title" in labels:
        labels["title"] = without_status(labels["title"])
    page_title = re.split(r"\s*[-－|｜_]\s*(?=[^-－|｜_]*$)", doc.page_title or "")[0] if doc.page_title else ""
    stem = Path(doc.file).stem if doc.file else ""
    title, title_source = _first([(best[1] if best else "", "title line"), (labels.get("title", ""), "法規名稱"),
                                  (page_title if office_from_title(page_title) else "", "page <title>")])
    found_office, office_source = _first([
        (office or "", "--office"),
        (office_from_title(best[1]) if best else "", "title line"),
        (office_from_title(labels.get("title", "")), "法規名稱"),
        (office_from_label(labels.get("office", "")), "發布單位"),
        (office_from_title(page_title), "page <title>"),
        (office_from_title(stem), "file name"),
    ])
    found_year, year_source = _first([
        (year, "--year"),
        (year_of(best[1]) if best else None, "title line"),
        (year_of(labels.get("title", "")), "法規名稱"),
        (year_of_date(labels.get("date", "")), "發布日期"),
        (year_of_date(labels.get("period", "")), "執行期程"),
        (date_line_year(doc), "date line"),
        (year_of(page_title) if office_from_title(page_title) else None, "page <title>"),
        (year_of(stem) if any(w in stem for w in _TITLE_WORDS) else None, "file name"),
    ])
    year_roc = ad = None
    if found_year:
        year_roc, ad = _years(int(found_year))
    final_office = str(found_office or "")
    return PlanMeta(final_office, parent_agency_of(final_office), year_roc, ad, str(title or ""),
                    {"office": office_source, "year_roc": year_source, "title": title_source})
