"""Parse: a query → what it asks (intent), what it restricts (filters) and what it is about
(concepts, each with its alternatives and their evidence).

A planner's question mixes three things: scaffolding (哪些機關…, 怎麼做), restrictions (戶政事務所,
基隆, 107年, 法務部) and the topic (到府服務). Restrictions become `Filters`, not topic words, and the
answer says what it applied ("限戶政事務所"); the topic becomes concepts that a row must state.
Owner questions (誰負責, 哪個單位承辦) are answered from the owner field, deadline questions (何時完成,
期限) from the deadline, how-questions from the actions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from index.equivalents import Alternative, Lexicon, Strength
from index.filters import Filters, RowTable, as_roc
from index.fusion import Choice
from index.text import GENERIC_TERMS, STOPWORDS, Tokenizer, fold, is_mostly_latin, latin_words, longest_first, to_traditional
from ingest.office_type import office_type


class Intent(Choice):
    PLAIN = "plain"
    OFFICE = "office"  # which offices …
    HOW = "how"  # how is … done
    YESNO = "yesno"  # is there any …
    OWNER = "owner"  # who (which unit) is in charge of …
    DEADLINE = "deadline"  # by when / how often …


@dataclass(frozen=True)
class Concept:
    """One thing the topic names. A row states it when it holds one of the EQUIVALENT-or-stronger
    alternatives (or, for a compound, all its `parts` in one clause)."""

    label: str  # folded, as the query wrote it
    alternatives: tuple[Alternative, ...]
    parts: tuple[str, ...] = ()  # a compound's words: all in one clause also state it (电子信箱 ← 電子郵件信箱)
    everyday: bool = False  # a word of everyday language (everyday_word): a row may state the query without it
    context: bool = False  # said only in a clause of reason or purpose (context_clauses): a row need not state it

    def terms(self, strongest: Strength = Strength.EQUIVALENT) -> tuple[str, ...]:
        """Folded terms at least as strong as `strongest` (OWN < EQUIVALENT < RELATED in reach)."""
        allowed = {Strength.OWN} | ({Strength.EQUIVALENT} if strongest is not Strength.OWN else set())
        if strongest is Strength.RELATED:
            allowed.add(Strength.RELATED)
        return tuple(a.term for a in self.alternatives if a.strength in allowed)

    def alternative(self, term: str) -> Alternative | None:
        return next((a for a in self.alternatives if a.term == term), None)


@dataclass(frozen=True)
class ParsedQuery:
    """The query as understood: `readings` are alternative topics (A 或 B); a row states the
    query when it states every concept of one reading."""

    original: str
    topic: str
    intent: Intent
    readings: tuple[tuple[Concept, ...], ...] = ()
    filters: Filters = field(default_factory=Filters)
    filter_labels: tuple[str, ...] = ()  # what the question restricted, as the answer says it
    english: bool = False
    context: tuple[str, ...] = ()  # the clauses of reason or purpose (context_clauses), as typed

    @property
    def asked_topic(self) -> str:
        """The topic without its context clauses: what an answer repeats (到宅服務, not
        到宅服務，讓長輩不用跑一趟)."""
        folded = [fold(c) for c in self.context]
        parts = [p for p in _CLAUSE_BREAK.split(self.topic) if p.strip()]
        asked = [p.strip() for p in parts if not any(fold(p.strip()) in f for f in folded)]
        return "，".join(asked) if asked and len(asked) < len(parts) else self.topic

    @property
    def concepts(self) -> tuple[Concept, ...]:
        """Every concept of every reading (for ranking and highlighting)."""
        return tuple(c for reading in self.readings for c in reading)

    @property
    def words(self) -> tuple[str, ...]:
        """The query's own folded words and their equivalents (highlighting, BM25)."""
        return tuple(dict.fromkeys(t for c in self.concepts for t in c.terms()))

    @property
    def reach_words(self) -> tuple[str, ...]:
        """The words and every alternative down to the RELATED ones: what a related row is
        highlighted by (the part 到宅 of 到宅服務, a 同義詞詞林 neighbour)."""
        return tuple(dict.fromkeys(t for c in self.concepts for t in c.terms(Strength.RELATED)))

    @property
    def dense_text(self) -> str:
        """What the embedder reads: the topic in the plans' script (an English query as typed)."""
        return self.original if self.english else to_traditional(self.topic)


# -- intents and scaffolding ---------------------------------------------------------------
# "Which": 哪 or 那 with an optional 一 / 幾 and a measure word (哪些, 哪個, 哪間, 哪幾個, 哪一家, 哪位 …),
# 有哪, 何. Chinese asks "which" with a measure word of the thing counted, so the set is the
# language's measure words for offices, units, people and kinds, not a list of questions seen.
_WHICH_WORD = r"(有)?(哪|那)(一|幾|几)?(些|個|个|間|间|家|位|所|種|种|類|类|項|项|處|处)"
_WHICH = rf"{_WHICH_WORD}|有哪|何"
_OWNER_Q = re.compile(
    r"(是)?(由)?(誰|什麼單位|什么单位|(哪|那)(一個|一个|幾個|几个|一類|一类|一種|一种|一位|個|个|一|幾|几|些|種|种|位|類|类)?\s*(單位|单位|課室|课室|科室|課|课|科|股|組|组|室|人員|人员|部門|部门))"
    r"\s*(來|来|在)?(負責|负责|承辦|承办|主辦|主办|辦理|办理|執行|执行|處理|处理)(的)?"
    r"|(承辦|主辦|負責|權責|執行|辦理)(單位|課室|人員)(是|為)?(誰|哪個|哪一個|哪些|什麼)?|誰負責|由誰"
    r"|(負責|负责|承辦|承办|主辦|主办)(了)?(哪些|什麼|什么|甚麼)(措施|業務|业务|工作|項目|项目)?"
    r"|who\s+(is\s+)?(in\s+charge|responsible|handles?)|which\s+(unit|section|division)", re.I)
# (Chinese asks "when" with a closed set of words: 何時, 什麼時候, 幾時, 幾月, 哪個月, 哪一天, 幾號,
# 哪一年, 什麼時間; the verb after it, with a result complement as often as not (建好, 辦完), is
# the frame's, not the topic's)
_WHEN = (r"何時|什麼時候|什么时候|什麼時間|什么时间|哪時|幾時|几时|多久|幾月份?|几月份?|(哪|那)一?(個|个)?月份?"
         r"|(哪|那)一?天|幾號|几号|(哪|那)一?年|何年")
_DEADLINE_Q = re.compile(
    rf"(預定|预定|預計|预计|打算)?\s*(在)?({_WHEN})(要|會|会|能|才|可以|可)?(以)?"
    r"([做辦办建弄寫写修裝装設设蓋盖訂订改][好完到]|完成|達成|达成|辦理|办理|辦|实施|實施|执行|執行|做|舉辦|举办|召開|召开"
    r"|開始|开始|開|开|進行|进行|檢討|检讨|上線|上线|上路|啟用|启用)?(一次)?"
    r"|完成期限|(的)?期限|期程|辦理時間|办理时间|頻率"
    r"|\bwhen\b|deadline|how\s+often", re.I)
# How many offices (有幾個機關, 多少單位, 五個機關之中有幾個; 這五份計畫當中): the offices are asked for,
# counted; the plans or offices named as the set counted in are the frame, not the topic.
_OFFICES_WORD = r"(機關|机关|單位|单位|機構|机构)"
_AMONG = (rf"(這|这)?\s*[0-9一二三四五六七八九十兩两]+\s*(份|個|个|間|间|家)\s*({_OFFICES_WORD}|計畫|計劃|计划)(書|书)?"
          r"\s*(之中|當中|当中|裡面|里面|裏面|裡|里|裏|中)?")
_HOW_MANY_OFFICES = (rf"(總共|总共|一共|共)?\s*(有)?\s*(幾|几|多少)\s*(個|个|間|间|家)?\s*{_OFFICES_WORD}"
                     rf"|{_AMONG}[，,、\s]*(總共|总共|一共|共)?\s*(有)?\s*(幾|几)\s*(個|个|間|间|家)")
_OFFICE_Q = re.compile(rf"({_WHICH})\s*\S{{0,8}}?(机关|機關|单位|單位|机构|機構|办公室|辦公室)|{_HOW_MANY_OFFICES}"
                       r"|which\s+(offices?|agencies|agency|units?|departments?)|what\s+(offices?|agencies)", re.I)
_HOW_Q = re.compile(r"怎么做|怎麼做|怎么|怎麼|怎樣|怎样|如何|做法|作法|办法|辦法|how\s+(do|does|to|can|should)|\bhow\b", re.I)
# (and the A-not-A question of habit or copula, 會不會 / 是不是; 能不能 / 要不要 ask what is done: 還能不能用)
_A_NOT_A = r"([會会是])不\1"
_YESNO_Q = re.compile(rf"有没有|有沒有|是否|{_A_NOT_A}|吗[?？]?$|嗎[?？]?$|^(do|does|is|are)\s+(any|there)", re.I)
# A question of how many or how often: a count asked with 幾 / 多少 and a measure word (a classifier
# of events, times, people, copies or kinds: 一年預計辦幾次, 要開幾場, 派幾人次, 上幾小時, 做幾份, 附幾張,
# 總共提供幾種), after its span, total and verb. The row states the measure with its figure; the
# figure is what is asked, not a word the row must hold. (Offices counted: _HOW_MANY_OFFICES.)
_COUNTED = (r"人次|場次|场次|梯次|小時|小时|個月|个月|次|場|场|天|件|份|張|张|種|种|個|个|項|项|位|名|本|條|条|處|处"
            r"|台|臺|部|套|組|组|批|則|则|篇|類|类|樣|样|筆|笔|週|周|年|人")
_HOW_MANY = (r"(一年|每年|一個月|一个月|每個?月|每个?月|每季|每半年|全年|一季)?\s*(總共|总共|一共|總計|总计|合計|合计)?\s*"
             r"(至少|最少|最多|起碼|起码)?\s*(要|會|会|預計|预计|預定|预定|打算|大概|大約|大约)?\s*"
             r"(辦理|办理|辦|办|開|开|做|舉辦|举办|召開|召开|進行|进行|派|上|訂|订|提供|準備|准备|製作|制作|印製|印制|設置|设置)?"
             rf"[滿满完足]?\s*(?<![哪那])(幾|几|多少)\s*({_COUNTED})(?!\s*{_OFFICES_WORD})")
# The plan as the place something is said (在計畫中提到, 市政府的計畫裡面): where, not what
_IN_THE_PLAN = r"(在)?(的)?(計畫|計劃|计划)(書|书)?(裡面|裏面|里面|裡頭|裡|裏|里|當中|当中|之中|中|內|内)"
# Words that say a plan mentions something (哪些機關提到…, 喊出「…」的口號): about the text, not its topic;
# a quoted phrase's kind after it (「多用網路、少用馬路」的口號) names the quote.
_MENTION = (r"(有)?(提到|提及|講到|讲到|說到|说到|寫到|写到|喊出|打出|(寫|写)(了|進了?|进了?|入|在)(計畫|計劃|计划)?(裡|里|中)?)(要)?"
            r"|(?<=[」』”])\s*的?(口號|口号|標語|标语|說法|说法|字眼|用語|用语)")
_SCAFFOLD = tuple(re.compile(p, re.I) for p in (
    r"^(请问|請問)", _OWNER_Q.pattern, _DEADLINE_Q.pattern,
    rf"({_WHICH_WORD}|有哪)\s*(机关|機關|单位|單位|机构|機構|办公室|辦公室)?",
    r"有没有|有沒有|是否", _A_NOT_A, _HOW_MANY, _HOW_MANY_OFFICES, _AMONG, _MENTION, _IN_THE_PLAN,
    r"(怎么|怎麼|怎樣|怎样|如何)(做到|做好|做|才能|能)?|的?做法|的?作法", r"[吗嗎呢][?？]?$", r"[?？!！。]+$",
    r"\bwhich\s+(offices?|agencies|agency|units?|departments?)\b", r"\bwhat\s+(offices?|agencies)\b",
    r"\bhow\s+(do|does|to|can|should)\b", r"^(do|does|is|are)\s+(any|there)\b", r"\b(offices?|agencies)\b",
))
# the verb between "which offices" and the topic, in either language (哪些機關提供…, which offices offer …)
_LEADING_VERB = re.compile(r"^\s*(提供|设有|設有|设置|設置|办理|辦理|推动|推動|有|的"
                           r"|(offers?|provides?|has|have|runs?|holds?|gives?|uses?)\b)\s*", re.I)
# what is left of "基隆的機關…" once the place is read as a restriction
_LEADING_OFFICES = re.compile(r"^[\s,，、]*(的)?(所屬|所属)?(各)?(機關|机关|單位|单位)(中|裡|里)?\s*")
_JOINING = "的中之裡裏里內内在有所"  # characters a cut restriction leaves at the topic's start (基隆的…, …內的…, 在…)
_LEADING_CONNECTOR = re.compile(rf"^[{_JOINING}]")
_TRAILING_CONNECTORS = re.compile(r"(的|之|中|裡|内|內)+$")
_LEADING_CONNECTORS_ONLY = re.compile(rf"[{_JOINING}当當]+")  # (之中, 當中: a place in the frame, not a word of the topic)


def intent_of(text: str) -> Intent:
    """What a question asks for, by its scaffolding (owner and deadline before office: 哪個單位
    負責 asks for the unit in charge, 哪些單位提供 for offices; 哪些戶政事務所 asks for offices of a kind)."""
    if _OWNER_Q.search(text):
        return Intent.OWNER
    if _DEADLINE_Q.search(text) and not _HOW_Q.search(text):
        return Intent.DEADLINE
    if _OFFICE_Q.search(text) or _office_kind_question().search(text):
        return Intent.OFFICE
    if _HOW_Q.search(text):
        return Intent.HOW
    if _YESNO_Q.search(text):
        return Intent.YESNO
    return Intent.PLAIN


# the joiners left between two pieces of scaffolding once both are gone (要辦幾場、派幾人次或上幾小時 → `、 或`)
# a two-character word asked as A-not-AB (滿不滿意, 清不清楚, 方不方便): the word itself is the topic
_A_NOT_AB = re.compile(r"([^\W\d能会會可要是有])不\1([\u4e00-\u9fff])")  # (not a modal: 能不能用 asks whether it works)
# A one-character A-not-A that ends a clause asks whether a quality holds (做得好不好, 連結對不對,
# 走道順不順): the quality asked about is not a topic word (nor the verb of its 得 complement)
_A_NOT_A_END = re.compile(r"(?:[\u4e00-\u9fff]得)?([^\W\d能会會可要是有])不\1(?![\u4e00-\u9fff])")
# A clause pointing back at the measure just named (…，這件事由哪些科室負責): the pointer is the frame's
_POINTER_BACK = re.compile(r"[,，、]?\s*(這|这|此)(件|項|项|個|个)?(事情|事|工作|業務|业务|措施)(是|歸|归|由|要)?\s*$")
_LEFT_JOINERS = re.compile(r"(?:(?<=\s)|^)[、，,或及和與与]+(?=\s|$)")
_LEADING_MODAL = re.compile(r"^\s*(會|会|能|可以|可|都有|有在|在)(?=\S)")


def in_own_characters(text: str, question: str) -> str:
    """`text` (cut from the folded question and turned back into Traditional characters) in the
    Traditional characters the question was typed in: OpenCC's round trip may pick a variant
    (稽核 → 稽覈, 民眾 → 民衆) the planner did not type. A Simplified character typed stays
    converted (满意度 → 滿意度). Character by character where folding kept the length."""
    own = question.strip()
    folded = fold(unicodedata.normalize("NFKC", own))
    if len(folded) != len(own):
        return text

    def restored(piece: str) -> str:
        start = folded.find(fold(piece))
        if start < 0 or len(fold(piece)) != len(piece):
            return piece
        typed = own[start:start + len(piece)]
        return "".join(t if fold(o) == o and to_traditional(o) != o else o for o, t in zip(typed, piece, strict=True))

    if fold(text) in folded:
        return restored(text)
    out = []
    for piece in re.split(r"([\s,，、]+)", text):
        if not piece.strip(" ,，、"):
            out.append(piece.replace(",", "，").strip() if "," in piece or "，" in piece else piece)
        else:
            out.append(restored(piece))
    return "".join(out)


def echo_words(topic: str) -> str:
    """The topic as an answer repeats it: without a leading modal and verb (會提供跨所申辦 → 跨所申辦),
    which the rows do not say; the topic itself, which the model reads, keeps them."""
    shorter = _LEADING_VERB.sub("", _LEADING_MODAL.sub("", topic))
    return shorter or topic


def strip_scaffolding(text: str, intent: Intent) -> str:
    topic = text
    counts = re.subn(_HOW_MANY, " ", topic)[1]
    for pattern in _SCAFFOLD:
        topic = pattern.sub(" ", topic)
    topic = _A_NOT_AB.sub(r"\1\2", re.sub(r"\s+", " ", topic)).strip()
    topic = _POINTER_BACK.sub("", _A_NOT_A_END.sub(" ", topic)).strip()
    if counts > 1:  # (the joiners of several counts asked: 要辦幾場、派幾人次或上幾小時)
        topic = _LEFT_JOINERS.sub("", topic).strip()
    while True:  # 有機關提供… → 提供… → …
        shorter = _LEADING_OFFICES.sub("", topic)
        if intent is not Intent.PLAIN:
            shorter = _LEADING_VERB.sub("", shorter)
        if shorter == topic or not shorter:
            return topic
        topic = shorter


# -- restrictions --------------------------------------------------------------------------
# How planners name a kind of office (ingest.office_type's labels): full names and short forms
# that only ever mean the office kind. A short form that is also a topic word (地政 of 地政規費)
# is not here.
OFFICE_TYPE_NAMES: dict[str, tuple[str, ...]] = {
    "戶政事務所": ("戶政事務所", "戶政所", "戶政機關", "戶政單位"),
    "地政事務所": ("地政事務所", "地政所", "地政機關", "地政單位"),
    "衛生所": ("衛生所", "健康服務中心", "衛生單位"),
    "鄉鎮市區公所": ("區公所", "鄉公所", "鎮公所", "市公所", "鄉鎮市區公所", "公所"),
    "行政執行分署": ("行政執行分署", "行政執行署", "分署"),
    "稅務機關": ("稅務局", "稅捐稽徵處", "稅捐稽徵局", "國稅局", "稅務機關", "稽徵所"),
    "縣市政府": ("縣市政府", "市政府", "縣政府"),
}


@cache
def _office_kind_question() -> re.Pattern:
    names = sorted({n for names in OFFICE_TYPE_NAMES.values() for n in names}, key=len, reverse=True)
    kinds = "|".join(map(re.escape, names))  # "which X" or "among X, which": 區公所中，哪幾個…
    english = "|".join(map(re.escape, longest_first(n for names in ENGLISH_KIND_NAMES.values() for n in names)))
    return re.compile(rf"({_WHICH})\s*\S{{0,8}}?({kinds})|({kinds})(中|裡|裏|里|之中|當中|当中)?[，,、\s]*({_WHICH_WORD})"
                      rf"|\b(which|what)\s+(\w+\s+){{0,3}}?({english})(s|es)?\b", re.I)


# Short names of a kind, unambiguous only after a place (龍井戶政, 安樂地政): never restrictions alone.
SHORT_KIND_NAMES: dict[str, tuple[str, ...]] = {"戶政事務所": ("戶政",), "地政事務所": ("地政",), "衛生所": ("衛生",),
                                                "稅務機關": ("稅務",)}
# Taiwan's counties and cities (a fact of geography, not of any plan): a place typed in a question
# restricts to offices there, and one the corpus has no office in restricts to nothing.
COUNTIES = ("基隆", "臺北", "新北", "桃園", "新竹", "苗栗", "臺中", "彰化", "南投", "雲林", "嘉義", "臺南", "高雄",
            "屏東", "宜蘭", "花蓮", "臺東", "澎湖", "金門", "連江")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# (the restrictions are read on folded text: Simplified characters)
_YEAR_RANGE = re.compile(r"(?:民国)?\s*(\d{2,4})\s*(?:年度?)?\s*(?:[-~～至到])\s*(\d{2,4})\s*年度?(?!\s*\d{1,2}\s*月)")
# (a four-digit number is a year when marked as one: 西元 before, 年 or 的計畫 after; 1999 of a
# hotline's number is not)
_YEAR_ONE = re.compile(r"(?:民国\s*(\d{2,3})\s*年?度?|(\d{2,3})\s*年度?|(?:西元|公元)\s*((?:19|20)\d{2})\s*年?度?"
                       r"|((?:19|20)\d{2})\s*(?:年度?|(?=的?计[画划])))(?!\s*\d{1,2}\s*月)(?:的?计[画划]中?|的)?")
_RECENT = re.compile(r"(?:最)?近\s*([0-9一二两三四五六七八九十])\s*年(?:来|内)?(?:的?计[画划]中?|的)?")
_ADMIN_SUFFIX = "市县乡镇区"


@dataclass(frozen=True)
class CorpusFacts:
    """What the parser knows of the corpus: offices, their kinds, places and parent agencies,
    and the plan years (to read 近三年)."""

    offices: tuple[str, ...]
    office_types: tuple[str, ...]
    parent_agencies: tuple[str, ...]
    years_roc: tuple[int, ...]
    parent_of: dict[str, str | None] = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, table: RowTable) -> CorpusFacts:
        parent_of = {str(o): (str(p) or None) for o, p in zip(table.office, table.parent_agency, strict=True)}
        return cls(tuple(sorted(table.offices)), tuple(sorted(table.office_types)), tuple(sorted(table.parent_agencies)),
                   table.years_roc, parent_of)

    @cached_property
    def office_names(self) -> list[tuple[str, str]]:
        """(folded name form, office) for every office, longest first: the full name, without its
        county (安樂地政事務所), with the county unsuffixed (基隆安樂地政事務所), and the place with a
        name of the office's kind (龍井戶政, 安樂地政所, 北區公所, 臺北分署)."""
        forms = []
        for office in self.offices:
            folded = fold(office)
            forms.append((folded, office))
            rest = folded
            for county in COUNTIES:
                for suffix in ("市", "縣"):
                    prefix = fold(county + suffix)
                    if folded.startswith(prefix) and len(folded) - len(prefix) >= 4:
                        rest = folded[len(prefix):]
                        forms += [(rest, office), (fold(county) + rest, office)]
            local = self._after_parent(office, rest)
            if local != rest and len(local) >= 3:
                rest = local  # a branch named after its place under its agency (…執行署臺北分署)
                forms.append((rest, office))
            kind = office_type(office)
            names = sorted((fold(n) for n in OFFICE_TYPE_NAMES.get(kind, ())), key=len, reverse=True)
            ending = next((n for n in names if rest.endswith(n)), None)
            if ending is None:
                continue
            core = rest[:-len(ending)]
            for place in {core, core.rstrip(_ADMIN_SUFFIX)} - {""}:
                if len(place) >= 2:
                    forms += [(place + fold(n), office) for n in (*OFFICE_TYPE_NAMES[kind], *SHORT_KIND_NAMES.get(kind, ()))]
        return sorted(set(forms), key=lambda f: -len(f[0]))

    @cached_property
    def office_forms(self) -> list[str]:
        """The folded name forms of `office_names`, each once, longest first."""
        return longest_first({form for form, _ in self.office_names})

    def _after_parent(self, office: str, folded_name: str) -> str:
        """The folded name without its parent agency's name before it (法務部行政執行署臺北分署 → 臺北分署)."""
        parent = fold(self.parent_of.get(office) or "")
        return folded_name[len(parent):] if parent and folded_name.startswith(parent) else folded_name

    @cached_property
    def places(self) -> dict[str, tuple[str, ...]]:
        """Folded place name (with and without 市/縣/鄉/區) → offices named after it: the county
        or city at the head of the name (臺中縣龍井鄉…) or after a parent agency's name
        (法務部行政執行署臺北分署 is in 臺北)."""
        by_place: dict[str, set[str]] = {}
        for office in self.offices:
            folded = fold(office)
            local = self._after_parent(office, folded)
            for county in COUNTIES:
                if folded.startswith(fold(county)) or local.startswith(fold(county)):
                    by_place.setdefault(fold(county), set()).add(office)
            for match in re.finditer(r"(?<=[市縣县])([\u3400-\u9fff]{1,3}?[鄉乡鎮镇區区])", folded):
                place = match.group(1)
                by_place.setdefault(place, set()).add(office)
                if len(place) >= 3:
                    by_place.setdefault(place[:-1], set()).add(office)
        return {p: tuple(sorted(o)) for p, o in by_place.items() if len(p) >= 2}


@dataclass
class _Restriction:
    offices: set[str] | None = None
    office_types: set[str] = field(default_factory=set)
    year_from: int | None = None
    year_to: int | None = None
    labels: list[str] = field(default_factory=list)

    def restrict_offices(self, offices: set[str]) -> None:
        self.offices = offices if self.offices is None else self.offices & offices

    def restrict_years(self, low: int, high: int) -> None:
        """From `low` to `high` (民國), said as a range (近一年 too: 限107–107年)."""
        self.year_from, self.year_to = low, high
        self.labels.append(f"限{low}–{high}年")

    def restrict_year(self, year: int) -> None:
        self.year_from = self.year_to = year
        self.labels.append(f"限{year}年")

    def restrict_recent(self, n: int, years_roc: tuple[int, ...]) -> None:
        """The last `n` plan years of the corpus (近三年, the past three years)."""
        latest = max(years_roc)
        self.restrict_years(latest - n + 1, latest)

    def as_filters(self) -> Filters:
        offices: tuple[str, ...] = ()
        if self.offices is not None:
            offices = tuple(sorted(self.offices)) or ("\x00",)  # a place with no office: nothing passes
        return Filters(offices=offices, office_types=tuple(sorted(self.office_types)), year_from=self.year_from,
                       year_to=self.year_to)


def read_restrictions(text: str, facts: CorpusFacts) -> tuple[str, Filters, tuple[str, ...]]:
    """The question's restrictions as filters (and how to say them), and the text without them."""
    folded, partners = _held_partners(fold(text), facts)
    found = _Restriction()
    folded = _parents(folded, facts, found)
    folded = _named_offices(folded, facts, found)
    folded = _office_types(folded, found)
    folded = _places(folded, facts, found)
    folded = _years(folded, facts, found)
    return _released(folded, partners), found.as_filters(), tuple(found.labels)


# Between two offices that are both asked about stands only a coordination (戶政事務所和地政事務所有
# 哪些…) or a "which" (機關中，哪些戶政所…). An office kind named after the subject and what it
# does is the measure's partner (機關有沒有跟稅務、戶政單位聯手; 區公所…免得民眾跑戶政所和國稅局):
# a topic word, not a restriction.
_NARROWING = rf"((中|里|之中|当中)?[\s,，、]*({_WHICH})\s*(是)?)?[\s,，、]*$"
_SUBJECT_JOIN = re.compile(rf"^[\s,，、]*(和|与|及|以及|或|或是|或者|跟|同|还有)?[\s,，、]*{_NARROWING}")
_GENERIC_NARROWED = re.compile(rf"^[\s,，、]*{_NARROWING}")  # (機關中，哪些戶政所; not 機關跟戶政所)
# (a generic head names the subject only as a noun of its own: 基隆的機關, 各單位, 哪些機關, 有沒有機關 —
# not inside a compound: 跨機關, 承辦單位, 行政機關)
_GENERIC_SUBJECT = re.compile(r"(?:^|(?<=[的各些个有属下\s,，、]))(?:机关|单位|机构)")
_PARTNER_MARK = 0xF0000  # (a private-use character per held mention: no restriction reads it)


def _held_partners(folded: str, facts: CorpusFacts) -> tuple[str, list[str]]:
    """The question with each office kind named as a partner, not a subject, held out of reach of
    the restrictions (a private-use character in its place), and the held mentions in order."""
    mentions = _office_mentions(folded, facts)
    partners: list[tuple[int, int]] = []
    subject_end, join = None, _SUBJECT_JOIN
    for start, end, is_kind in mentions:
        if subject_end is None or join.match(folded[subject_end:start]):
            subject_end, join = end, (_SUBJECT_JOIN if is_kind else _GENERIC_NARROWED)
        elif is_kind:
            partners.append((start, end))
    held = [folded[start:end] for start, end in partners]
    for i, (start, end) in reversed(list(enumerate(partners))):
        folded = folded[:start] + chr(_PARTNER_MARK + i) + folded[end:]
    return folded, held


def _office_mentions(folded: str, facts: CorpusFacts) -> list[tuple[int, int, bool]]:
    """Where the question names an office, a kind of office or a generic 機關/單位 (start, end,
    whether it is a kind), left to right, longest first where they overlap."""
    taken = [False] * len(folded)
    mentions: list[tuple[int, int, bool]] = []

    def claim(pattern: str, is_kind: bool) -> None:
        for match in re.finditer(pattern, folded):
            if match.end() > match.start() and not any(taken[match.start():match.end()]):
                taken[match.start():match.end()] = [True] * (match.end() - match.start())
                mentions.append((match.start(), match.end(), is_kind))

    for form in facts.office_forms:
        claim(re.escape(form), False)
    for name in _kind_forms():
        claim(re.escape(name), True)
    claim(_GENERIC_SUBJECT.pattern, False)
    return sorted(mentions)


@cache
def _kind_forms() -> list[str]:
    """Every name of an office kind, folded, longest first (read once, not per question)."""
    return longest_first({fold(n) for names in OFFICE_TYPE_NAMES.values() for n in names})


def _released(folded: str, held: list[str]) -> str:
    """The held partner mentions back in their places, as topic words."""
    for i, mention in enumerate(held):
        folded = folded.replace(chr(_PARTNER_MARK + i), mention)
    return folded


def _named_offices(folded: str, facts: CorpusFacts, found: _Restriction) -> str:
    named = set()
    for form, office in facts.office_names:
        if form in folded:
            named.add(office)
            folded = folded.replace(form, " ")
    if named:
        found.restrict_offices(named)
        found.labels.append("限" + "、".join(sorted(named)))
    return folded


def _office_types(folded: str, found: _Restriction) -> str:
    for label, names in OFFICE_TYPE_NAMES.items():
        for name in sorted(names, key=len, reverse=True):
            form = fold(name)
            if form in folded:
                found.office_types.add(label)
                folded = folded.replace(form, " ")
    if found.office_types:
        found.labels.append("限" + "、".join(sorted(found.office_types)))
    return folded


def _places(folded: str, facts: CorpusFacts, found: _Restriction) -> str:
    known = facts.places
    for place in longest_first(set(known) | {fold(c) for c in COUNTIES}):
        pattern = re.compile(rf"{re.escape(place)}[{_ADMIN_SUFFIX}]?(?:的|地区|一带)?")
        match = pattern.search(folded)
        if match is None:
            continue
        found.restrict_offices(set(known.get(place, ())))
        found.labels.append(f"限{to_traditional(place)}")
        folded = folded[:match.start()] + " " + folded[match.end():]
    return folded


def _parents(folded: str, facts: CorpusFacts, found: _Restriction) -> str:
    """An agency and the offices under it: 基隆市政府所屬機關, or a ministry named by its head
    (法務部 covers 法務部行政執行署臺北分署). Runs before named offices, so 基隆市政府所屬 is not
    read as the office 基隆市政府."""
    heads = {fold(p) for p in facts.parent_agencies}
    heads |= {m.group(0) for m in re.finditer(r"[\u3400-\u9fff]{1,6}?部", folded)}
    for head in longest_first(heads):
        # (the relation may come first: 隸屬基隆市政府的機關, 直屬於法務部的單位)
        match = re.search(rf"(隶属于?|直属于?)?{re.escape(head)}(所属|辖下|下属|以下|底下)?(?:(?<=[属于])的)?(各)?(机关|单位)?", folded)
        if match is None or (head in {fold(o) for o in facts.offices} and not match.group(1) and not match.group(2)):
            continue
        under = {o for o, p in facts.parent_of.items() if fold(p or "").startswith(head) or fold(o).startswith(head)}
        if not under:
            continue
        found.restrict_offices(under)
        found.labels.append(f"限{to_traditional(head)}所屬機關")
        folded = folded[:match.start()] + " " + folded[match.end():]
    return folded


def _years(folded: str, facts: CorpusFacts, found: _Restriction) -> str:
    recent = _RECENT.search(folded)
    if recent and facts.years_roc:
        found.restrict_recent(int(recent.group(1)) if recent.group(1).isdigit() else _CN_DIGITS.get(recent.group(1), 1),
                              facts.years_roc)
        return folded[:recent.start()] + " " + folded[recent.end():]
    span = _YEAR_RANGE.search(folded)
    if span:
        low, high = sorted(as_roc(int(y)) for y in span.groups())
        if 50 <= low <= 200 and 50 <= high <= 200:
            found.restrict_years(low, high)
            return folded[:span.start()] + " " + folded[span.end():]
    one = _YEAR_ONE.search(folded)
    if one:
        year = as_roc(int(next(g for g in one.groups() if g)))
        if 50 <= year <= 200:
            found.restrict_year(year)
            return folded[:one.start()] + " " + folded[one.end():]
    return folded


# -- restrictions in English ---------------------------------------------------------------
# The English names Taiwan's agencies give each office kind on their own English pages (a fact of
# the government's naming, as COUNTIES is of geography); a plural is read as the same kind.
ENGLISH_KIND_NAMES: dict[str, tuple[str, ...]] = {
    "戶政事務所": ("household registration office", "household registration service office"),
    "地政事務所": ("land office", "land administration office", "land registration office"),
    "衛生所": ("health center", "health centre", "health station", "public health center"),
    "鄉鎮市區公所": ("district office", "township office", "town office", "district administration office",
                "township administration office"),
    "行政執行分署": ("administrative enforcement branch", "enforcement branch", "administrative enforcement agency",
                "enforcement agency"),
    "稅務機關": ("tax bureau", "taxation bureau", "tax office", "revenue service"),
    "縣市政府": ("city government", "county government", "municipal government", "city hall"),
}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_EN_RECENT = re.compile(r"\b(?:in\s+)?(?:the\s+)?(?:last|past|recent)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
                        r"\s+years?\b", re.I)
_EN_YEAR_RANGE = re.compile(r"\b(?:from|between)?\s*((?:19|20)\d{2})\s*(?:-|–|to|and|through)\s*((?:19|20)\d{2})\b", re.I)
# (a four-digit number is a year when the sentence says so: in 2019, 2019's plan, ROC year 108;
# the 1999 of a hotline is not)
_EN_YEAR_ONE = re.compile(r"\b(?:in|for|during|since|of)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})(?:'s)?\s+(?:plans?|editions?)\b"
                          r"|\b(?:roc\s+)?year\s+(\d{2,3})\b", re.I)
_EN_PLACE_TAIL = r"(?:\s+(?:city|county|township|district|town|area))?"
_EN_PLACE_HEAD = r"(?:(?:in|at|of|from|around)\s+(?:the\s+)?)?"


def _without_english_function_ends(topic: str) -> str:
    """The English topic without the function words a cut restriction or frame leaves at its ends
    (does the … survey; … at the entrance of a): what the answer repeats."""
    def function_end(word: str) -> bool:
        bare = re.sub(r"[^\w]", "", word).lower()
        return not bare or bare in STOPWORDS

    words = topic.split()
    while words and function_end(words[0]):
        words.pop(0)
    while words and function_end(words[-1]):
        words.pop()
    return " ".join(words)


def read_english_restrictions(text: str, facts: CorpusFacts, place_names: dict[str, str]) -> tuple[str, Filters, tuple[str, ...]]:
    """An English question's restrictions (Which land offices in Keelung …, in 2019) as filters,
    said in the plans' words (限地政事務所), and the text without them. `place_names`: English name →
    folded place (facts.places and COUNTIES, named by the dictionary)."""
    found = _Restriction()
    rest = _english_office_kinds(text, found)
    rest = _english_places(rest, facts, place_names, found)
    rest = _english_years(rest, facts, found)
    return re.sub(r"\s+", " ", rest).strip(), found.as_filters(), tuple(found.labels)


def _english_office_kinds(text: str, found: _Restriction) -> str:
    """The kinds named, cut from the text; after which/what the kind leaves "offices", so the
    question keeps its frame (which land offices offer … → which offices offer …)."""
    for label, names in ENGLISH_KIND_NAMES.items():
        for name in longest_first(names):
            pattern = re.compile(rf"\b{re.escape(name)}(?:s|es)?\b", re.I)
            if pattern.search(text):
                found.office_types.add(label)
                asked = re.compile(rf"\b(which|what)(\s+(?:\w+\s+){{0,3}}?){re.escape(name)}(?:s|es)?\b", re.I)
                text = pattern.sub(" ", asked.sub(r"\1\2offices", text))
    if found.office_types:
        found.labels.append("限" + "、".join(sorted(found.office_types)))
    return text


def _english_places(text: str, facts: CorpusFacts, place_names: dict[str, str], found: _Restriction) -> str:
    for name in longest_first(place_names):
        pattern = re.compile(rf"\b{_EN_PLACE_HEAD}{re.escape(name)}{_EN_PLACE_TAIL}\b", re.I)
        if not pattern.search(text):
            continue
        place = place_names[name]
        found.restrict_offices(set(facts.places.get(place, ())))
        label = f"限{to_traditional(place)}"
        if label not in found.labels:
            found.labels.append(label)
        text = pattern.sub(" ", text)
    return text


def _english_years(text: str, facts: CorpusFacts, found: _Restriction) -> str:
    if (recent := _EN_RECENT.search(text)) and facts.years_roc:
        word = recent.group(1).lower()
        found.restrict_recent(int(word) if word.isdigit() else _EN_NUMBERS[word], facts.years_roc)
        return text[:recent.start()] + " " + text[recent.end():]
    if span := _EN_YEAR_RANGE.search(text):
        found.restrict_years(*sorted(as_roc(int(y)) for y in span.groups()))
        return text[:span.start()] + " " + text[span.end():]
    if one := _EN_YEAR_ONE.search(text):
        year = as_roc(int(next(g for g in one.groups() if g)))
        if 50 <= year <= 200:
            found.restrict_year(year)
            return text[:one.start()] + " " + text[one.end():]
    return text


# -- concepts ------------------------------------------------------------------------------
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_OR = re.compile(r"或|或是|或者|\bor\b")


class QueryParser:
    """Parse queries against one corpus (its facts) with one tokenizer and lexicon."""

    def __init__(self, facts: CorpusFacts, tokenizer: Tokenizer, lexicon: Lexicon, known: Callable[[str], bool],
                 corpus_word: Callable[[str], bool] = lambda token: False):
        """`known`: does a row hold the characters; `corpus_word`: is the token one the plans'
        own text was cut into (the lexical index's vocabulary)."""
        self.facts = facts
        self.tokenizer = tokenizer
        self.lexicon = lexicon
        self.known = known
        self.corpus_word = corpus_word

    def parse(self, query: str) -> ParsedQuery:
        text = unicodedata.normalize("NFKC", query).strip()
        intent = intent_of(text)
        english = is_mostly_latin(text)
        rest, filters, labels = (read_english_restrictions(text, self.facts, self.english_place_names) if english
                                 else read_restrictions(text, self.facts))
        topic = strip_scaffolding(rest if english else to_traditional(rest), intent)
        topic = self._without_connectors(topic).strip()
        topic = _LEADING_OFFICES.sub("", topic) or topic  # (在臺北，有沒有機關…: the office word after the cut place)
        topic = topic or strip_scaffolding(text, intent) or text
        if english:
            topic = _without_english_function_ends(topic) or topic
        readings = tuple(r for r in (self.concepts(part, english) for part in _OR.split(topic) if part.strip()) if r)
        if len(readings) > 1 and not all(readings):
            readings = (self.concepts(topic, english),)
        context = context_clauses(text) if not english and intent is not Intent.PLAIN else ()
        if context:
            readings = tuple(with_context(reading, text) for reading in readings)
        return ParsedQuery(query, topic, intent, readings, filters, labels, english, context)

    @cached_property
    def english_place_names(self) -> dict[str, str]:
        """English name → folded place, for the corpus's places and Taiwan's counties (CC-CEDICT's
        names; none when the dictionary is off)."""
        if not self.lexicon.use_dictionary:
            return {}
        places = set(self.facts.places) | {fold(c) for c in COUNTIES}
        names: dict[str, str] = {}
        for place in sorted(places, key=len):  # (a longer place's name wins: 臺中縣 over 臺中)
            for form in {place, place.rstrip(_ADMIN_SUFFIX)} - {""}:
                for name in self.lexicon.dictionary.place_names(form):
                    names[name] = place
        return names

    def _without_connectors(self, topic: str) -> str:
        """The topic without the joining characters a cut restriction leaves at its ends (的, 在,
        內 of 安樂地政事務所內的…), except a character that begins a word (所務會議, 內部,
        中央, 有效率: 在所務會議上 keeps 所)."""
        topic = topic.strip().lstrip(",，、 ")
        while _LEADING_CONNECTOR.match(topic) and not self._begins_word(topic):
            topic = topic[1:].lstrip(",，、 ")
        return _TRAILING_CONNECTORS.sub("", topic)

    def _begins_word(self, text: str) -> bool:
        tokens = self.tokenizer.tokens(text[:8])
        first = tokens[0] if tokens else ""
        return (len(first) >= 2 and fold(text).startswith(first) and not _LEADING_CONNECTORS_ONLY.fullmatch(first)
                and (self.corpus_word(first) or self.tokenizer.dictionary_frequency(first) >= RARE_IN_DICTIONARY))

    def _word_of(self, token: str) -> str:
        """The token, or what is left of a segmentation guess once the function characters at
        its ends are taken off: '' when nothing of two characters is left, the dictionary word
        left (會雙語 → 雙語), else the token as it was (為民服務). A question must not require 會跟
        of a row. Dictionary words stay (the domain terms count 2000), and so do the plans' own
        words (地政: 地 is also a particle); a plan that happens to hold the characters (…並找出…,
        cut 並 / 找出) does not make 並找 a word."""
        if (len(token) < 2 or not _HAN_RUN.fullmatch(token) or self.corpus_word(token)
                or self.tokenizer.dictionary_frequency(token) >= RARE_IN_DICTIONARY):
            return token
        word = without_function_ends(token)
        if not word:
            return ""
        return word if self.tokenizer.dictionary_frequency(word) >= RARE_IN_DICTIONARY else token

    def _generic_english(self, phrase: str) -> bool:
        """Does the English word stand only for words too common in the plans to be evidence
        (offer → 提供, run → 執行, service → 服務): a generic term itself, or every headword the
        dictionary gives it that a plan uses is one."""
        if fold(phrase) in GENERIC_TERMS:
            return True
        if not self.lexicon.use_dictionary:
            return False
        used = [h for h in self.lexicon.dictionary.headwords(phrase) if self.known(h)]
        return bool(used) and all(h in GENERIC_TERMS for h in used)

    def function_word(self, word: str) -> bool:
        """Is the word of Chinese's closed classes (a pronoun, preposition, conjunction or
        auxiliary by jieba's dictionary) and everyday language (everyday_word)? Such a word carries
        the question's grammar (自己, 可以, 除了, 其他, 因為), never a thing a row must state, as the
        English function words (index/text.py STOPWORDS). A recurrence (每月, 每年) is what a
        deadline states, and stays; rarer words jieba tags so (即時, 在家) stay too."""
        if _RECURRENCE.fullmatch(word) or not everyday_word(word):
            return False
        return self.tokenizer.pos_tags(word).get(word, "x")[:1] in FUNCTION_TAGS

    def concepts(self, topic: str, english: bool = False) -> tuple[Concept, ...]:
        """The things a topic names, all of which a row must state."""
        if english:
            phrases = self.lexicon.english_phrases(latin_words(topic))
            specific = [p for p in phrases if not self._generic_english(p)]  # (as 提供, 服務: only when nothing else)
            return tuple(Concept(p, tuple(self.lexicon.english_alternatives(p, self.known))) for p in specific or phrases)
        folded = fold(topic)
        cut = self.tokenizer.tokens(topic)
        tokens = [word for token in cut if token not in INTERROGATIVES and (word := self._word_of(token))
                  and not self.function_word(word)]
        specific = [t for t in tokens if t not in GENERIC_TERMS]
        runs = _uncovered_runs(folded, cut)
        concepts: list[Concept] = []
        covered: list[str] = []
        for group in self.lexicon.synonyms.groups:  # a curated phrase names one concept, whatever jieba cut
            present = [t for t in group if t in folded]
            if present and not any(p in c for p in present for c in covered):
                word = max(present, key=len)
                concepts.append(Concept(word, tuple(self.lexicon.alternatives(word, self.known))))
                covered.extend(present)
        # generic words (服務, 提供 …) only when the query has nothing else: 服務 alone is taken at its word
        for token in specific if (specific or runs or concepts) else tokens:
            if any(token in c or c in token for c in covered):
                continue
            if any(token != other and token in other for other in specific):
                continue  # 电话礼貌测试 keeps, 电话 / 礼貌 / 测试 go
            concepts.append(Concept(token, tuple(self.lexicon.alternatives(token, self.known)), _parts(token, tokens),
                                    everyday_word(token)))
            covered.append(token)
        for run in filter(None, map(without_function_ends, runs)):  # what jieba dropped (到宅 of 到宅剪髮服務)
            if not any(run in c for c in covered):  # must be stated too; 會跟 of 會跟鄰近 is no word
                concepts.append(Concept(run, tuple(self.lexicon.alternatives(run, self.known))))
        return _dedupe(concepts)


# Function characters: Chinese's closed classes, folded to Simplified as tokens are, by the side
# of a word they stand on. Before it: modal and auxiliary verbs, prepositions and conjunctions,
# adverbs of degree and scope, interrogatives and demonstratives; after it: the particles of
# aspect, manner and mood, measure words, and a modal or preposition waiting for its verb or
# object (and 來 of purpose: 用植栽來美化). A question's 會跟 / 並找 / 時要 / 哪間 / 替來 is one
# glued to its neighbour by jieba's HMM, not a word. (地 of 地政 is not a particle before a word:
# particles follow what they mark.)
LEADING_FUNCTION = frozenset("会要能可该应跟和与及并把被给让替在从对向于为且或就都也还又再才很最哪那这什几")
TRAILING_FUNCTION = frozenset("的地得了着著过来吗呢吧啊么个间些会要能可跟和与及并把被给让替在从对向于为就都也还又再才")
# jieba's part-of-speech flags of the closed classes: pronouns and demonstratives (r…), prepositions
# (p), conjunctions (c), auxiliaries (u…). Adverbs, numerals and localisers are left out: jieba tags
# content words so (第一線 m, 內部 f, 主動 b).
FUNCTION_TAGS = frozenset("rpcu")
_RECURRENCE = re.compile(r"每[年月季週周天日次]")
# Interrogatives ask; a row never states them (案件辦到哪裡): not concepts. They stay in the
# topic, whose wording the model reads.
INTERROGATIVES = frozenset({"哪里", "哪儿", "什么", "甚么", "为什么", "为何", "多少"})
# Dictionary counts (jieba's, folded) below which a token is not a dictionary word but a guess of
# its HMM or a stray entry (会站 3, 哪几个 3); words of the domain dictionary count 2000.
RARE_IN_DICTIONARY = 5


def without_function_ends(text: str) -> str:
    """`text` without the function characters at its ends; '' when fewer than two characters are left."""
    start, end = 0, len(text)
    while start < end and text[start] in LEADING_FUNCTION:
        start += 1
    while end > start and text[end - 1] in TRAILING_FUNCTION:
        end -= 1
    return text[start:end] if end - start >= 2 else ""


# Zipf frequency (wordfreq, general Chinese) from which a query word is everyday language: 要求
# 5.7, 處理 5.4, 可以 6.3, 完成 5.5 carry the asking, not the measure; 叫號機 2.9, 規費 3.1, 進度
# 4.1, 案件 5.0 name it. Chosen on the development query sets (bench/calibrate_everyday.py).
EVERYDAY_ZIPF = 5.3


@cache
def everyday_word(folded: str) -> bool:
    """Is the word so common in general Chinese that a question uses it to ask rather than to
    name the measure? Han words of two or more characters only."""
    from wordfreq import zipf_frequency

    return len(folded) >= 2 and bool(_HAN_RUN.fullmatch(folded)) and zipf_frequency(folded, "zh") >= EVERYDAY_ZIPF


def with_neighbours(parsed: ParsedQuery, neighbours: dict[str, list[str]]) -> ParsedQuery:
    """The concepts with the corpus's nearest words added as RELATED alternatives."""
    if not neighbours:
        return parsed

    def extend(concept: Concept) -> Concept:
        have = {a.term for a in concept.alternatives}
        extra = tuple(Alternative(t, Strength.RELATED, "corpus", "語意相近（內建模型）")
                      for t in neighbours.get(concept.label, []) if t not in have)
        return replace(concept, alternatives=concept.alternatives + extra) if extra else concept

    return replace(parsed, readings=tuple(tuple(extend(c) for c in reading) for reading in parsed.readings))


# A question's clauses: set apart by a comma or semicolon (not the enumeration comma 、 of a list)
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_ASKING = (_YESNO_Q, _OFFICE_Q, _HOW_Q, _OWNER_Q, _DEADLINE_Q, re.compile(rf"{_WHICH}|[吗嗎呢]$"))


def context_clauses(text: str) -> tuple[str, ...]:
    """The clauses of a question that do not ask but say why or for whom: those after the asking
    clause (`有沒有提供申辦範例，讓民眾照著填？`, `…到宅服務，因為長輩行動不便`) and any that opens
    with a word of reason or purpose (`為了讓民眾少跑，哪些機關…`). A clause before the question
    without one is its topic (`申請書表，可以線上下載嗎？`). () when no clause asks (by the
    scaffolding 有沒有…, 哪些機關…, …嗎) or every one does."""
    # (the question mark closes the sentence, not its last clause)
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(text.strip().rstrip("?？!！。 ")) if c.strip()]
    asks = [any(p.search(c) for p in _ASKING) or bool(_office_kind_question().search(c)) for c in clauses]
    if not any(asks) or all(asks):
        return ()
    last = max(i for i, a in enumerate(asks) if a)
    return tuple(c for i, c in enumerate(clauses) if not asks[i] and (i > last or _REASON.match(c)))


# a clause of reason or purpose opens with 因為 / 由於 / 為了 / 讓 / 使 / 以便 / 好讓 / 方便 / 以免 / 避免
_REASON = re.compile(r"^(?:因為|因为|由於|由于|為了|为了|好讓|好让|讓|让|使|以便|方便|以免|避免)")


def with_context(reading: tuple[Concept, ...], text: str) -> tuple[Concept, ...]:
    """The reading with the concepts said only in the question's context clauses (context_clauses)
    marked `context`: a row need not state them. As it was when that would leave none asked."""
    context = context_clauses(text)
    if not context:
        return reading
    asked = fold(text)
    for clause in context:
        asked = asked.replace(fold(clause), " ")
    flags = [c.label not in asked for c in reading]
    if all(flags):
        return reading
    return tuple(replace(c, context=True) if flag else c for c, flag in zip(reading, flags, strict=True))


def _uncovered_runs(folded: str, tokens: list[str]) -> list[str]:
    """Runs of two or more Han characters no token, generic word or stop word covers (words in
    `longest_first` order: 公民 before 民眾 in 洽公民眾 leaves no run, the other order leaves 洽公)."""
    rest = folded
    for word in longest_first(set(tokens) | GENERIC_TERMS | STOPWORDS):
        rest = rest.replace(word, " ")
    return _HAN_RUN.findall(rest)


def _parts(token: str, tokens: list[str]) -> tuple[str, ...]:
    """The shorter tokens that together spell `token` (cut_for_search gives both), else ()."""
    parts = [t for t in tokens if t != token and t in token]
    spelled: set[int] = set()
    for part in parts:
        start = token.find(part)
        spelled.update(range(start, start + len(part)))
    return tuple(parts) if len(parts) >= 2 and len(spelled) == len(token) else ()


def _dedupe(concepts: list[Concept]) -> tuple[Concept, ...]:
    seen: set[str] = set()
    out = []
    for concept in concepts:
        if concept.label not in seen:
            seen.add(concept.label)
            out.append(concept)
    return tuple(out)
