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


_TRAILING_NOTE = re.compile(r"[（(]([^（）()]*[:：][^（）()]*)[)）]\s*$")


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


def inline_fields(text: str) -> tuple[str, dict[str, str]]:
    """Fields a prose item names in a closing parenthesis, as web-page plans write them:
    `…（完成期限：每季；承辦單位：典藏課）` or `（主辦單位：典藏課，辦理期程：每季）` → the text
    without it, {deadline, owner}. Only a note whose every label is a known column header is
    read; any other stays text. A label is found before each colon (the longest known header
    ending there), so a separator lost in a hard wrap (`長期辦理承辦單位：`) does not matter."""
    from ingest.columns import header_role

    match = _TRAILING_NOTE.search(text)
    if match is None:
        return text, {}
    note = match.group(1).replace("：", ":")
    labels: list[tuple[int, int, str]] = []  # (label start, value start, role)
    for colon in (i for i, ch in enumerate(note) if ch == ":"):
        floor = labels[-1][1] if labels else 0
        run = re.search(r"[^；;，,\s:]*$", note[floor:colon]).group()  # the label has no separator in it
        found = _note_label(run[-10:], colon, header_role)
        if found is None:
            return text, {}
        labels.append((found[0], colon + 1, found[1]))
    if not labels or note[: labels[0][0]].strip(" ；;，,"):
        return text, {}
    fields: dict[str, str] = {}
    for k, (_, value_start, role) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else len(note)
        value = squash_ws(note[value_start:stop]).strip(" ；;，,")
        if not value:
            return text, {}
        fields[role] = value
    return text[: match.start()].rstrip(), fields
