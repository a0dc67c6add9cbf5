"""Reading field values: deadlines, packed values of several steps, text joined across rows."""

from __future__ import annotations

import re

from ingest.markers import parse_marker
from ingest.normalize import clean_cell, html_fragments, squash_ws

SENTENCE_END = "。！？；;!?"
# A deadline is a date (年/月/日), or a short phrase naming a frequency or a standing duty.
_FREQUENCY = "辦理|持續|經常|隨時|每月|每季|每週|每年|每半年|全年|年底|年度|長期|即時|不定期|定期"
_DEADLINE_RE = re.compile(
    r"^(?:[1-9]\d{1,3}\s*年(?:\s*\d{1,2}(?:\s*[、,~～-]\s*\d{1,2})*\s*[月日])?(?:\s*\d{1,2}\s*日)?(?:\s*[前止底起])?"
    r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    rf"|[^\d\s]{{0,4}}(?:{_FREQUENCY})[^\d\s]{{0,4}})$"
)
_DATE_PART = re.compile(r"^[\d、,~～\-年月日]+$")


def is_deadline(text: str) -> bool:
    """True for a value a deadline column holds: `107年 4月`, `每季辦理`, `經常性辦理`."""
    return bool(_DEADLINE_RE.match(squash_ws(text)))


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


# a separator followed by a short label and a colon: `；承辦單位：`, `，辦理期程：`
_NOTE_PARTS = re.compile(r"[；;，,]\s*(?=[^；;，,：:]{2,10}[:：])")
_TRAILING_NOTE = re.compile(r"[（(]([^（）()]*[:：][^（）()]*)[)）]\s*$")


def inline_fields(text: str) -> tuple[str, dict[str, str]]:
    """Fields a prose item names in a closing parenthesis, as web-page plans write them:
    `…（完成期限：每季；承辦單位：典藏課）` or `（主辦單位：典藏課，辦理期程：每季）` → the text
    without it, {deadline, owner}. Only a
    note whose every label is a known column header is read; any other stays text."""
    from ingest.columns import header_role

    match = _TRAILING_NOTE.search(text)
    if match is None:
        return text, {}
    fields: dict[str, str] = {}
    for part in _NOTE_PARTS.split(match.group(1)):
        label, sep, value = part.replace("：", ":").partition(":")
        role = header_role(label)
        if not sep or role not in ("deadline", "owner", "benefit") or not value.strip():
            return text, {}
        fields[role] = squash_ws(value)
    return text[: match.start()].rstrip(), fields
