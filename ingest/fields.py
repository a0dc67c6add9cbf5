"""Reading field values: deadlines, packed values of several steps, text joined across rows."""

from __future__ import annotations

import re

from ingest.markers import parse_marker
from ingest.normalize import clean_cell, compact, html_fragments, squash_ws

SENTENCE_END = "。！？；;!?"
# A deadline is a date or a period, told by its grammar: a 民國/AD year with months and days
# (`113年12月底`, `110年4月-12月`, `97 年 2 、3 月`), a dotted date (`106.05`), a month
# (`6月`), a range of them, or a short phrase naming a frequency or a standing duty (`全年`,
# `每月`, `每季1次`, `經常性辦理`).
_YEAR = r"(?:(?:中華)?民國\s*)?[1-9]\d{1,3}\s*年度?"
_MONTH = r"\d{1,2}(?:\s*月?\s*[、,]\s*\d{1,2})*\s*(?:月份?|日)"  # `6月、12月`; `97 年 10 日`: OCR reads 月 as 日
_DAY = r"\d{1,2}\s*日"
# what may follow a date: one part of the period (`底`, `上半年`, `中旬`), then up to two ends (`前`, `止`)
_EDGE = (r"(?:\s*(?:[上下]半年|全年度?|第\s*[一二三四1-4]\s*季|[上中下]旬|年底|底|初|中))?"
         r"(?:\s*(?:以前|之前|為止|前|止|起|完成|辦理)){0,2}")
_QUARTER = r"第\s*[一二三四1-4]\s*季"
_POINT = (rf"(?:{_YEAR}(?:\s*(?:{_MONTH}(?:\s*{_DAY})?|{_QUARTER}))?|{_MONTH}(?:\s*{_DAY})?|{_QUARTER}"
          rf"|[1-9]\d{{1,3}}\s*[./／]\s*\d{{1,2}}(?:\s*[./／]\s*\d{{1,2}})?|(?:每年|每半年)\s*{_MONTH})")
_DATE_RE = re.compile(rf"^{_POINT}{_EDGE}(?:\s*(?:至|到|~|～|-|－|—|–|起至|迄)\s*{_POINT}{_EDGE})?$")
_FREQUENCY = ("辦理|持續|經常|隨時|每日|每月|每季|每週|每周|每年|每半年|全年|年底|年度|長期|即時|不定期|定期|常態|常年"
              "|按月|按季|按年|[上下]半年|即日起|視需要|依需要|隨到隨辦|隨辦")
_PERIOD_RE = re.compile(rf"^(?:[^\d\s]{{0,6}}(?:{_FREQUENCY})[^\d\s]{{0,4}}|(?:每|逐)[^\d\s]{{1,3}}\s*\d{{1,3}}\s*次(?:以上)?)$")
_DATE_PART = re.compile(r"^[\d、,~～\-年月日]+$")
# A unit that owns a measure, told by its suffix (…課 …室 …股 …科 …組 …中心, 各課室, 本所,
# 全體同仁); an owner cell is a run of them.
_UNIT_ROLE = re.compile(r"[（(](?:主辦|協辦|主協辦|主責|協助)[)）]")  # `照顧組（主辦）`: a unit and its part
_UNIT_RE = re.compile(r"^(?:[\u4e00-\u9fff()（）]{0,6}(?:課|室|股|科|組|中心|隊|單位|團隊|小組|人員|同仁|員工|委員會)"
                      r"|[\u4e00-\u9fff]{1,4}(?:所|處|局|館|院|署|府)|[\u4e00-\u9fff]{1,3}站|[\u4e00-\u9fff]{1,4}[台臺])$")
# (本所, 民事執行處, 護理站, 諮詢服務台; not …網站)
_UNIT_SEPARATORS = re.compile(r"[、,，/／及與和\s]+")


def is_deadline(text: str) -> bool:
    """True for a value a deadline column holds: `107年 4月`, `106.05`, `每季辦理`, `經常性辦理`."""
    value = squash_ws(text)
    return bool(_DATE_RE.match(value) or _PERIOD_RE.match(value))


def is_owner(text: str) -> bool:
    """True for a run of unit names (`登記課、測量課`, `各課室`, `本所`, `為民服務中心`)."""
    units = [u for u in _UNIT_SEPARATORS.split(_UNIT_ROLE.sub("", squash_ws(text))) if u]
    return 0 < len(units) <= 8 and all(_UNIT_RE.match(u) for u in units)


def join_text(previous: str, more: str) -> str:
    """Join text continued on the next row: mid-sentence text runs on, a new sentence or a
    numbered item is set off by a space."""
    if not previous:
        return more
    if not more:
        return previous
    if previous[-1] in SENTENCE_END or parse_marker(more):
        return f"{previous} {more}"
    return previous + more


def deadline_tokens(text: str) -> list[str]:
    """Deadlines listed in one cell (`97 年 1 月 持續辦理 持續辦理`), a date's parts kept together."""
    tokens: list[str] = []
    for token in text.split():
        if tokens and _DATE_PART.match(token) and _DATE_PART.match(tokens[-1].split()[-1]) and not tokens[-1].endswith(("月", "日")):
            tokens[-1] = f"{tokens[-1]} {token}"
        else:
            tokens.append(token)
    return tokens


def split_packed(cell: str, count: int, kind: str) -> list[str | None]:
    """Values for `count` steps packed in one cell, in the same order; shared when unsure."""
    whole = clean_cell(cell) or None
    if count <= 1 or not whole:
        return [whole] * max(count, 1)
    candidates = [html_fragments(cell)]
    if kind == "deadline":
        candidates.append(deadline_tokens(whole))
    elif kind == "owner":
        candidates.append(whole.split())
    elif kind == "benefit":
        candidates.append([p.strip() for p in re.split(r"(?<=[。！？])\s+", whole) if p.strip()])
    for values in candidates:
        if len(values) == count:
            return list(values)
    return [whole] * count


def distinct_join(values: list[str]) -> str | None:
    """Several rows' values for one field (deadlines of a measure's actions), each once."""
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return "；".join(seen) or None


_BRACKETS = {"）": "（(", ")": "（(", "】": "【", "〕": "〔"}


def trailing_note(text: str) -> tuple[int, str] | None:
    """(start, content) of the bracketed note that closes `text` (`…（完成期限：…）`), brackets
    inside it balanced (`（主辦：照顧組（主辦）、行政室（協辦））`); None unless it holds a colon."""
    text = text.rstrip()
    if not text or text[-1] not in _BRACKETS:
        return None
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        ch = text[at]
        if ch in _BRACKETS:
            depth += 1
        elif any(ch in opening for opening in _BRACKETS.values()):
            depth -= 1
            if depth == 0:
                content = text[at + 1:-1]
                return (at, content) if re.search(r"[:：]", content) else None
    return None


def _note_label(run: str, colon: int, header_role) -> tuple[int, str] | None:
    """(start, role) of the label ending at `colon`: the longest suffix of `run` that is a
    known header name exactly, else the longest whose role is known."""
    from ingest.columns import KNOWN_HEADERS

    names = {name: role for role, group in KNOWN_HEADERS.items() for name in group}
    for exact in (True, False):
        for n in range(len(run), 1, -1):
            label = run[-n:]
            role = names.get(label) if exact else header_role(label)
            if role in ("deadline", "owner", "benefit"):
                return colon - n, role
    return None


def note_fields(note: str) -> dict[str, str]:
    """The fields of a note's text (`完成期限：每季；承辦單位：典藏課`): {role: value}, or {} unless
    every label is a column header of a deadline, owner or benefit and the note starts with one."""
    from ingest.columns import header_role

    note = note.replace("：", ":")
    labels: list[tuple[int, int, str]] = []  # (label start, value start, role)
    for colon in (i for i, ch in enumerate(note) if ch == ":"):
        floor = labels[-1][1] if labels else 0
        run = re.search(r"[^；;，,／\s:]*$", note[floor:colon]).group()  # the label has no separator in it
        # a label is all that stands after the separator before its colon (`辦理時程：`, `主辦/協辦單位：`),
        # unless that leaves the field before it empty: then the separator was lost (`長期辦理承辦單位：`)
        whole = header_role(run) if run and (not labels or note[labels[-1][1]: colon - len(run)].strip(" ；;，,／")) else None
        found = (colon - len(run), whole) if whole in ("deadline", "owner", "benefit") else _note_label(run[-10:], colon, header_role)
        if found is None:
            return {}
        labels.append((found[0], colon + 1, found[1]))
    if not labels or note[: labels[0][0]].strip(" ；;，,／"):
        return {}
    fields: dict[str, str] = {}
    for k, (_, value_start, role) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else len(note)
        value = squash_ws(note[value_start:stop]).strip(" ；;，,／")
        if not value:
            return {}
        fields[role] = value
    return fields


def inline_fields(text: str) -> tuple[str, dict[str, str]]:
    """Fields a prose item names in a closing parenthesis, as web-page plans write them:
    `…（完成期限：每季；承辦單位：典藏課）` or `（主辦單位：典藏課，辦理期程：每季）` → the text
    without it, {deadline, owner}. Only a note whose every label is a known column header is
    read; any other stays text. A label is found before each colon (the longest known header
    ending there), so a separator lost in a hard wrap (`長期辦理承辦單位：`) does not matter."""
    note = trailing_note(text)
    if note is None:
        return text, {}
    fields = note_fields(note[1])
    if not fields:
        return text, {}
    return text[: note[0]].rstrip(), fields


_KIND_CHECK = {"deadline": is_deadline, "owner": is_owner}


def field_line(text: str) -> dict[str, str] | None:
    """The fields of a line that states only fields: `完成期限：每月`, `完成期限：每月；承辦單位：
    社會課`, `（完成期限：每月；承辦單位：社會課）`. A label that is not a column header's exact
    name (`服務時間：…`) counts only when its value is of the label's kind (a date, a unit)."""
    from ingest.columns import KNOWN_HEADERS

    line = squash_ws(text)
    if line[:1] in "（(【〔" and line[-1:] in ")）】〕":
        line = line[1:-1]
    fields = note_fields(line)
    if not fields:
        return None
    exact = {name for names in KNOWN_HEADERS.values() for name in names}
    label = compact(re.split(r"[:：]", line, maxsplit=1)[0])
    role, value = next(iter(fields.items()))  # the first label says whether the line is a field at all
    check = _KIND_CHECK.get(role)
    if check and label not in exact and not check(value):
        return None
    return fields
