"""Column headers → field roles, tolerant of the variants plans use.

Headers come letter-spaced (`完 成 期 限`), scrambled by extraction (`完 期 成 限`),
or shortened (`完期限`); matching is on characters, not on exact strings.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest.field_model import learned_field
from ingest.normalize import compact, join_cjk

KNOWN_HEADERS: dict[str, tuple[str, ...]] = {
    # columns above the measure: the 構面 / dimension a measure belongs to
    "section": ("構面", "推動構面", "評核構面", "服務構面", "策略構面", "面向", "推動面向", "類別", "項目類別"),
    "measure": ("實施要項", "具體措施", "執行策略", "評核項目", "評核指標", "次評核指標", "工作項目", "推動項目",
                "重點工作", "服務項目", "策略目標", "推動策略", "實施項目", "工作重點", "推動重點", "重點項目",
                "執行項目", "措施"),
    "actions": ("推動作法", "推動做法", "實施步驟", "執行方法", "檢核項目", "執行作法", "具體作法", "具體做法",
                "工作內容", "實施內容", "辦理方式", "推動措施", "實施方式", "執行內容", "辦理內容", "工作要領",
                "執行要領", "推動方式", "辦理事項", "執行重點", "執行步驟", "作法"),
    "deadline": ("完成期限", "執行期程", "辦理期程", "預定完成日期", "預定完成期限", "完成日期", "實施期程", "期限",
                 "辦理期限", "執行期限", "預定進度", "辦理時間", "實施時間", "期程", "時程"),
    "owner": ("承辦單位", "承辦機關單位", "執行單位", "主辦單位", "主協辦單位", "協辦單位", "負責單位", "主辦",
              "權責單位", "辦理單位", "業務單位", "業務承辦單位", "承辦機關", "執行機關", "主辦機關", "負責人員"),
    "benefit": ("預期效益", "預期成效", "預期目標", "效益", "預期績效", "績效指標", "衡量指標", "關鍵績效指標", "KPI"),
}
# The head noun a header ends with (Chinese compounds are head-final): 完成時間 → deadline,
# 執行機關 → owner, 績效目標 → benefit, 執行事項 → actions. Used after the names above.
HEAD_NOUNS: dict[str, tuple[str, ...]] = {
    "deadline": ("期限", "期程", "時程", "日期", "時間", "完成"),  # 預定完成: when it is done
    "owner": ("單位", "機關", "人員", "課室", "科室", "處室", "部門"),  # 承辦課室: the sections of an office
    "benefit": ("效益", "成效", "目標", "成果", "績效"),
    "actions": ("作法", "做法", "方式", "方法", "內容", "步驟", "事項", "要領", "程序"),
    "measure": ("項目", "策略", "重點", "要項", "指標", "措施", "工作"),
    "section": ("主軸", "構面", "面向"),
}
# Words that say what a column holds wherever they stand in its name (a header the lists above do
# not know: 辦理期間, 執行股室, 權責分工, 預期產出, 辦理流程, 策略主軸): time or period → deadline,
# a unit or a responsibility → owner, an outcome → benefit, a way of doing → actions, a work item
# → measure, an axis or dimension → section. The word that ends latest names the column (Chinese
# compounds are head-final: 時程規劃 is a time plan, 實施步驟及方法 a way).
MEANING_WORDS: dict[str, tuple[str, ...]] = {
    "deadline": ("期間", "期程", "時程", "日程", "日期", "進度", "期限", "時間", "時效", "時限", "期日",
                 "年月", "月份", "起訖", "起迄", "季別", "截止", "截至", "到期",
                 "截止日", "到期日", "屆期日",
                 "限期",  # (a time set as a limit: 限期, as 期限)
                 "天數", "日數", "工作天",  # (a count of days the work takes: 作業天數, 處理日數, 所需工作天)
                 "時點", "時間點", "時刻"),  # (a point in time: 完成時點, 預定時間點, 辦理時刻)  # (the day of closing: 受理截止日, 申請到期日)
    "owner": ("單位", "股室", "課室", "科室", "處室", "權責", "負責", "承辦", "主辦", "協辦", "主責", "分工",
              "機關", "人員", "窗口", "主政", "部門", "同仁", "承辦人", "經辦人", "職員", "業管",
              "主體"),  # (the one the work is done by: 辦理主體, 執行主體)
    "benefit": ("效益", "產出", "成果", "績效", "成效", "效果", "目標值", "指標", "影響", "達成標準", "達成度", "達成率", "達成值",
                "貢獻", "助益",  # (what a measure contributes or helps: 預期貢獻, 具體助益)
                "受益", "獲益", "效用"),  # (who gains and what: 民眾受益情形, 預期獲益, 服務效用)
    "actions": ("作法", "做法", "方式", "方法", "流程", "步驟", "程序", "內容", "作為", "說明", "細項", "要領",
                "事項", "措施內容", "階段", "行動方案", "行動計畫", "順序", "次序", "環節",
                "要點",  # (the key points of doing it: 辦理流程要點, 執行要點)
                "節點", "關鍵點"),  # (the points a process passes: 流程節點, 作業關鍵點)
    "measure": ("項目", "工作", "措施", "要項", "重點", "名稱", "策略",
                "業務",  # (the business or service a row is for: 業務項目, 業務性質別, 服務業務)
                "方針", "方向", "焦點", "重心"),  # (the direction or focus a group of work follows: 推動方針, 年度焦點, 策略方向)
    "section": ("構面", "面向", "主軸", "類別", "層面", "向度", "要素", "主題", "議題", "綱領", "綱要",
                "層次", "範疇", "領域", "維度",  # (a level, domain or dimension of the work: 服務層次, 改善範疇, 品質維度)
                "分項", "子題", "分類",  # (a division of the plan: 計畫分項, 年度子題, 服務分類)
                "價值", "願景", "理念"),  # (the value, vision or principle a group of measures serves: 核心價值, 服務願景, 經營理念)
}


def meaning_role(key: str) -> str | None:
    """The role the latest-ending meaning word of a header names (`辦理期間` → deadline)."""
    if not re.fullmatch(r"[\u4e00-\u9fff()（）/／、及與和]{2,10}", key):
        return None  # a header is a short name: no numbering, digits or sentence punctuation
    best: tuple[int, int, str] | None = None
    for role, words in MEANING_WORDS.items():
        for word in words:
            at = key.rfind(word)
            if at >= 0:
                found = (at + len(word), len(word), role)
                if best is None or found[:2] > best[:2]:
                    best = found
    if re.search(r"(?:完成|辦竣|完竣|竣事|完工|達成|辦妥|告竣|結案)(?:[日期月季]|月份|年度)$", key):
        return "deadline"  # the day (month, quarter) of finishing (`預排完成日`, `辦竣日`, `目標完成月`): the time it is done by
    if best is None:
        return None
    # the word heads the name: it ends it, or only a qualifier of a header follows (`時程規劃`, `構面別`)
    tail = key[best[0]:]
    if best[2] == "deadline" and re.fullmatch(r"[\u4e00-\u9fff]{2}日", tail):
        return "deadline"  # a word of time or closing, then the day of an act (`截止收件日`, `期限報名日`)
    if best[2] == "owner" and re.fullmatch(_UNIT_CHARS, tail):
        return "owner"  # a word of taking charge, then the kinds of unit (承辦科站, 主辦課室, 負責股)
    # (or a word of describing it in short: `內容摘述`, `作法概述`, `作為概要`)
    # (or a table or list of it: `時間表`, `進度一覽`, `分工清單`; or the state it is in: `受益情形`)
    # (or a group of it or its order: `策略群`, `步驟序`)
    # (or its nature or kind: `業務性質別`, `服務類型`)
    return best[2] if tail in ("", "別", "規劃", "說明", "名稱", "分配", "安排", "欄", "摘述", "概述", "簡述", "摘要", "概要", "描述",
                               "性質", "性質別", "類型", "型態",
                               "表", "一覽", "一覽表", "清單", "情形", "情況", "狀況", "群", "序") else None


# One-character unit nouns, as a header lists the kinds of unit that own a row (科站, 課股)
_UNIT_CHARS = r"[課股室科組隊站班處所局館中心]{1,3}"


# Action columns that list check items of an indicator (評核指標 → 檢核項目): never steps.
CHECK_ITEM_HEADERS = ("檢核項目", "檢核重點")


# A gauge of an outcome: an outcome word (效益 成效 成果 績效 產出 效果) followed by a word of measuring
# (指標 衡量 評估 評量; 成效指標, 預期成果指標, 績效衡量, 效益評估) names the column of what a measure is
# expected to achieve, the benefit. 指標 alone, or after a word of evaluating (評核指標, 考核指標), is the
# indicator the evaluation frame scores, a measure: the word before 指標 tells which (in Chinese the
# modifier comes first: an indicator *of outcome* is a benefit, an indicator *for assessment* a measure).
# (the outcome and its gauge may be joined: 預期效果及指標, 預期效益/指標, 成效與衡量)
# (or the standard it is measured by: 績效衡量基準, 成效評估標準; any word of measuring: 成效量測值)
# (or the way it is checked: 成效檢核方式, 績效查核方法, 成果檢視方式 — how the outcome is gauged, no way of doing the work)
# (or an indicator told as quantified or as a target: 量化指標, 目標指標 — the figure a measure is to reach)
_OUTCOME_GAUGE = re.compile(r"(?:效益|成效|成果|績效|產出|效果)(?:以及|[及與和暨、/／])?(?:衡量|評估|評量|量測|測量)?"
                            r"(?:指標|衡量|評估|評量|量測|測量|基準|標準|準則|檢核|查核|檢視|考核)(?:值|說明|方式|方法)?$"
                            r"|(?:量化|目標)指標(?:值)?$")


_DESCRIBING = ("說明", "描述", "內涵", "概述", "簡述", "概要", "摘要")
# an outcome and a word of describing it (`成效說明`, `效益概述`, `預期成果描述`): the outcome told, a benefit, not a way of doing
_OUTCOME_TOLD = re.compile(r"(?:效益|成效|成果|績效|效果|貢獻|助益)(?:說明|描述|概述|簡述|摘述|概要)$")
# a doer's word or none, then one unit noun and 別, the kind of unit (`辦理科別`, `組別`)
_UNIT_KIND = re.compile(r"^[\u4e00-\u9fff]{0,4}[課股室科組隊站班]別$")
_QUALIFIER = re.compile(r"\s*[(（][^()（）]{1,12}[)）]$")


# a way of doing joined to the division of the work or its charge (`辦理步驟與分工`, `推動流程和分工`, `工作程序暨權責`):
# the steps, each with who takes it; 分工 ends the name but the column holds the steps
_WAY_AND_SHARE = re.compile(r"(?:作法|做法|方式|方法|流程|步驟|程序|內容|作為|要領|事項)(?:與|及|和|暨|、)(?:分工|權責|分配)$")


_WITH_CONTACT = re.compile(r"(.+?)(?:及|與|暨|和|、|/|／)(?:聯絡)?(?:分機|電話|專線|信箱|方式|窗口電話)(?:號碼)?")
_EXPECTED = re.compile(r"(?:預期|期待|期望|預估)[\u4e00-\u9fff]{2,6}")
_PLANNING = re.compile(r"[\u4e00-\u9fff]{1,4}(?:規劃|安排|構想|設計|部署)")


@lru_cache(maxsize=65536)
def header_role(cell: str) -> str | None:
    """The role a header cell names, or None if it is not a known header. (Cached: a pure function of the text,
    asked of every label-like word of every note, many of them alike.)"""
    # a bracketed qualifier after the name (`執行期間(起迄)`, `達成目標(量化)`, `策略主軸(目標)`, an English
    # gloss) says how the column is filled, not what it is: the name before it decides, when it names a role
    named = _QUALIFIER.sub("", cell.strip())
    if named != cell.strip() and len(compact(named)) >= 2:
        role = header_role(named)
        if role:
            return role
    key = compact(cell)
    if not key or len(key) > 12:
        return None
    # a field joined to how to reach it (`服務窗口及分機號碼`, `承辦單位暨聯絡電話`): the field, its contact a detail of it
    reached = _WITH_CONTACT.fullmatch(key)
    if reached and len(reached.group(1)) >= 2:
        return header_role(reached.group(1))
    for role, names in KNOWN_HEADERS.items():
        if key in names:
            return role
    # a measure's name followed by a word of describing it (措施說明, 工作項目概述, 重點工作描述): the
    # description of the measure, its actions (head-final, as above)
    described = next((word for word in _DESCRIBING if key.endswith(word) and len(key) > len(word) + 1), None)
    if described and header_role(key[: -len(described)]) == "measure":
        return "actions"
    if _OUTCOME_GAUGE.search(key) or _OUTCOME_TOLD.search(key):
        return "benefit"
    if _UNIT_KIND.search(key):
        return "owner"  # the kind of unit by which rows are told apart (`辦理科別`, `負責組別`, `執行課別`)
    if _WAY_AND_SHARE.search(key):
        return "actions"  # the steps and who does each (`實施作法及分工`): the steps, the owner has its own column
    # a known name with a qualifier around it: 工作項目名稱, 預定期程, 承辦單位(人員)
    # (of two names as long, the one that ends it: 措施作法 is a way of doing, head-final)
    contained = [(len(name), key.rfind(name) + len(name), role) for role, names in KNOWN_HEADERS.items() for name in names
                 if len(name) >= 2 and name in key]
    if contained:
        return max(contained)[2]
    for role, nouns in HEAD_NOUNS.items():
        if len(key) >= 3 and key.endswith(nouns):
            return role
    role = meaning_role(key)
    if role:
        return role
    # a plan or arrangement of the work, told by a qualifier that names no field (`具體規劃`, `細部安排`, `執行構想`):
    # how it is done, the actions (a field's plan, `時程規劃`, is the field's: meaning_role above)
    if _PLANNING.fullmatch(key):
        return "actions"
    # what is expected of the work, whatever the noun (`預期改善幅度`, `期待達成情形`): an outcome, where no word above
    # named a time or a unit (`預期完成日期` is a deadline by its 日期)
    if _EXPECTED.fullmatch(key):
        return "benefit"
    best_role, best_score = None, 0.0
    letters = Counter(key)
    for role, name, name_letters in _KNOWN_LETTERS:
        common = sum((letters & name_letters).values())
        score = common / max(len(key), len(name))
        if score > best_score:
            best_role, best_score = role, score
    return best_role if best_score >= 0.74 else None


# the known headers' characters, counted once (header_role's last resort compares a scrambled header with each)
_KNOWN_LETTERS = tuple((role, name, Counter(name)) for role, names in KNOWN_HEADERS.items() for name in names)


def is_header_row(cells: list[str]) -> bool:
    """A row is a header when most of its cells are known headers, measure or actions among them,
    and none is a value (a sentence, a numbered item: a body row whose unit `各科室` or remark
    `新增項目` happens to end like a column name is no header)."""
    from ingest.markers import parse_marker

    filled = [c for c in cells if c.strip()]
    if len(filled) < 2 or any("。" in c or parse_marker(c.strip()) for c in filled):
        return False
    roles = [header_role(c) for c in filled]
    known = [r for r in roles if r]
    # (the text columns may go by names no list knows, `推動綱領 | 作業節次 | 限辦日期 | 承辦權責 | 期待成效`: a row naming
    # two kinds of field column is a header too, and the columns before the fields take their roles from where they stand)
    if len(known) < 0.6 * len(filled):
        return False
    if {"measure", "actions"} & set(known):
        return True
    # (three names at least, each words and at most a bracketed qualifier: a wrapped line of labels and values,
    # `人員 [時限] 自111年7月15日生效`, `承辦] 甲組、乙組合辦 [時限]`, is none)
    return len(set(known) & set(FIELD_ROLES)) >= 2 and len(filled) >= 3 and all(_HEADER_NAME.fullmatch(re.sub(r"\s+", "", c)) for c in filled)


_HEADER_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}(?:\s*[／/]\s*[\u4e00-\u9fff]{1,10})?(?:\s*[（(][^()（）]{1,8}[)）])?")


# The points column of an evaluation scheme (評核項目 / 配分 / 評分標準): not a measure table.
SCORE_HEADERS = ("配分", "分數", "得分", "權重", "比重", "配分比例", "分配比例", "評分")


def is_scoring_header(cells: list[str]) -> bool:
    """A header naming a points column beside a measure-like one: an evaluation scheme."""
    keys = [compact(c) for c in cells if c.strip()]
    scores = [k for k in keys if k in SCORE_HEADERS or (len(k) <= 4 and k.endswith(("配分", "分數", "權重", "比重")))]
    return bool(scores) and len(keys) >= 2 and any(header_role(c) in ("measure", "section") for c in cells if c.strip())


def is_check_item_column(header: str) -> bool:
    return compact(header) in CHECK_ITEM_HEADERS


def assign_roles(header: list[str]) -> list[str]:
    """Roles per column. Of several measure-like columns the last is the measure, the
    earlier ones are section levels (e.g. 實施要項 / 評核項目 / 評核指標). Unknown columns
    are kept as `extra`."""
    roles = [header_role(h) or "extra" for h in header]
    # fields follow the text they describe: a field-like name left of every measure and actions
    # column (`推動目標 | 服務項目 | 具體作為 | …`: a goal the measures serve) heads a group of them
    text_at = [i for i, r in enumerate(roles) if r in ("measure", "actions")]
    if text_at:
        roles = [("section" if r in ("deadline", "owner", "benefit") and i < text_at[0] else r) for i, r in enumerate(roles)]
    measure_cols = [i for i, r in enumerate(roles) if r == "measure"]
    if not measure_cols and "section" in roles and "actions" in roles:
        last = max(i for i, r in enumerate(roles) if r == "section")
        roles[last], measure_cols = "measure", [last]
    for i in measure_cols[:-1]:
        roles[i] = "section"
    if "measure" not in roles and roles.count("actions") >= 2:  # two action-like names: the left one is the measure
        roles[roles.index("actions")] = "measure"
    seen: set[str] = set()
    for i, role in enumerate(roles):
        if role in seen and role not in ("section", "extra"):
            roles[i] = "extra"
        seen.add(role)
    if "measure" not in roles and "actions" in roles:
        first_unknown = next((i for i, r in enumerate(roles[: roles.index("actions")]) if r == "extra"), None)
        if first_unknown is not None:  # plans put the measure first: an unnamed column left of the actions
            roles[first_unknown] = "measure"
        else:
            roles[roles.index("actions")] = "measure"
    return roles


TEXT_ROLES = ("section", "measure", "actions")
FIELD_ROLES = ("deadline", "owner", "benefit")


def positional_roles(roles: list[str]) -> list[str]:
    """Plans lay their text columns out the same way: 構面 and groups, then the measure, then
    its actions, then the fields (deadline, owner, benefit). When the header names of the
    columns before the first field do not say that (an unknown name such as `項目` or `策略`,
    or two action-like names), they take their roles from where they stand."""
    first_field = next((i for i, r in enumerate(roles) if r in FIELD_ROLES), None)
    if first_field is None or first_field < 2:
        return roles
    # a text column after the fields is a remark (`檢核方式`, `備註`), never the measure or its actions
    roles = roles[:first_field] + [("extra" if r in TEXT_ROLES else r) for r in roles[first_field:]]
    lead = roles[:first_field]
    valid = lead[-2:] == ["measure", "actions"] and all(r == "section" for r in lead[:-2])
    if valid or any(r not in (*TEXT_ROLES, "extra") for r in lead):
        return roles
    return ["section"] * (first_field - 2) + ["measure", "actions"] + roles[first_field:]


def roles_by_content(roles: list[str], columns: list[list[str]]) -> list[str]:
    """Header roles corrected by what the columns hold: a column of unknown name whose cells
    are dates or periods is the deadline, one of unit names the owner, one the field model reads as
    outcomes the benefit (when the header names no such column; by grammar or the field model); then
    the text columns by position
    (`positional_roles`)."""
    from ingest.fields import is_deadline, is_owner

    roles = _fields_by_content(list(roles), columns, {"deadline": is_deadline, "owner": is_owner})
    # (a benefit has no grammar: the field model alone tells a column of them, `預期改善幅度` a name no list knows)
    for role, kind in (("deadline", is_deadline), ("owner", is_owner), ("benefit", lambda _: False)):
        if role in roles:
            continue
        for i, cells in enumerate(columns):
            filled = [c for c in cells if c.strip()]
            # (by grammar, or where the grammar says nothing, by the field model)
            if roles[i] == "extra" and filled and sum(1 for c in filled if kind(c) or learned_field(c, role)) >= 0.8 * len(filled):
                roles[i] = role
                break
    return positional_roles(roles)


def _fields_by_content(roles: list[str], columns: list[list[str]], kinds: dict) -> list[str]:
    """A field's name on a column of sentences, beside a column that holds that field (`辦理進程`
    over the steps, `竣事期限` over the dates: both read as time): the column holding it takes the
    field, the other is text again (its role from where it stands)."""
    def share(cells: list[str], role: str) -> float:
        filled = [c for c in cells if c.strip()]
        return sum(1 for c in filled if kinds[role](c) or learned_field(c, role)) / len(filled) if filled else 0.0

    for role in kinds:
        if role not in roles:
            continue
        named = roles.index(role)
        if share(columns[named], role) > 0.2:
            continue
        holder = next((i for i, r in enumerate(roles) if r == "extra" and share(columns[i], role) >= 0.8), None)
        if holder is not None:
            roles[named], roles[holder] = "extra", role
    return roles


def canonical_header(cell: str) -> str:
    """The header as a reader would write it: letter spacing removed."""
    return join_cjk(cell)
