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

from ingest.draft import DraftRow
from ingest.fields import SENTENCE_END, inline_fields
from ingest.markers import parse_marker, strip_marker
from ingest.normalize import squash_ws

# Names of chapters that hold no measures. A heading is skipped when every part of it
# (split at 及/與/暨/和/、) is one of these or ends with one.
FRONT_MATTER = (
    "依據", "目的", "目標", "宗旨", "緣起", "前言", "背景", "說明", "現況", "簡介", "概況", "沿革",
    "實施對象", "適用對象", "對象", "實施範圍", "範圍", "期程", "執行期間", "實施期間",
    "執行方式", "實施方式", "實施步驟", "推動組織", "組織", "分工", "編組", "管制", "管考", "考核", "管制考核",
    "管制作為", "考核作業", "督導", "獎懲", "獎勵", "獎勵方式", "經費", "經費來源", "預算", "附則", "附件",
    "附表", "其他", "努力方向", "績效評估", "成效評估", "評估", "預期效益", "預期成效", "聯絡窗口",
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
    1: characters): the widest width that at least three lines reach (within two). None when
    lines are not hard-wrapped."""
    widths = sorted((_widths(ln)[measure] for ln in lines if ln.text), reverse=True)
    floor = 40 if measure == 0 else 20
    for i, width in enumerate(widths):
        if width < floor:
            return None
        if i + 2 < len(widths) and widths[i + 2] >= width - 2:
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


_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff()（）]{2,8}\s*[:：]")


def _continues(above: SourceLine, line: SourceLine, widths: tuple[int | None, int | None], item: SourceLine) -> bool:
    if parse_marker(line.text) or not above.text or above.text[-1] in "。！？!?":
        return False
    if line.indent == item.indent and _FIELD_LABEL.match(line.text) and _FIELD_LABEL.match(item.text):
        return False  # a list of `label：value` lines (a print view's header, a measure's fields)
    have = _widths(above)
    full = any(w is not None and h >= w - 2 for w, h in zip(widths, have, strict=True))
    if above.text[-1] in "：:；;":  # a title ends in a colon, a clause in a semicolon: run on only
        return full               # when the line is full (the wrap fell right after it)
    # under a hanging indent, but not after a short line (a heading over its indented body)
    long = all(w is None for w in widths) or any(w is not None and h >= 0.6 * w for w, h in zip(widths, have, strict=True))
    hanging = line.indent > item.indent and parse_marker(item.text) is not None and long
    return hanging or full


def _run_on(text: str, more: str) -> str:
    """A hard wrap breaks at a character count, mid-word or mid-number: no space is added."""
    return text + more


def chapter_title(text: str) -> str:
    """A heading without its marker, trailing colon and what follows a colon."""
    body = strip_marker(squash_ws(text))
    return re.split(r"[:：]", body, maxsplit=1)[0].strip()


def is_front_matter(heading: str) -> bool:
    """True for a chapter that holds no measures, judged by its whole title:
    `計畫依據`, `管制考核與獎懲`, `為民服務業務現况簡介`, `附件:…`; not `執行策略及具體推動作法`."""
    title = chapter_title(heading)
    if not title:
        return False
    parts = [p.strip() for p in _PARTS.split(title) if p.strip()]
    return bool(parts) and all(_names_front_matter(p) or _names_front_matter(_HEADING_STRIP.sub("", p)) for p in parts)


def _names_front_matter(part: str) -> bool:
    return bool(part) and any(part == name or part.endswith(name) for name in FRONT_MATTER)


def is_closing_clause(heading: str) -> bool:
    """A chapter-numbered sentence (`捌、本計畫奉核定後實施，修正時亦同。`) is a provision,
    not a chapter title: nothing under it is a measure."""
    body = strip_marker(squash_ws(heading))
    return body.endswith("。")


@dataclass
class _Item:
    text: str
    line: int | None
    page: int | None
    actions: list[str] = field(default_factory=list)


class NarrativeReader:
    """Collects numbered items of the current chapter; `flush` turns the open item into a row."""

    def __init__(self, kind: str, rows: list[DraftRow]):
        self.kind = kind
        self.item: _Item | None = None
        self.rows = rows  # shared with the table assembler, so rows stay in document order
        self.body: list[tuple[str, int | None, int | None]] = []  # paragraphs before any item
        self.items_here = 0  # items under the current heading

    def add(self, text: str, line: int | None, page: int | None, section: list[str]) -> None:
        marker = parse_marker(text)
        if marker and marker.level in (5, 6) and self.item is not None:
            self.item.actions.append(marker.rest)
        elif marker:
            self.flush(section)
            self.item = _Item(marker.rest, line, page)
        elif self.item is not None:
            self._continue(squash_ws(text))
        else:
            self.body.append((squash_ws(text), line, page))

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
        """Close the open item (an item or heading follows)."""
        if self.item is None:
            return
        measure, actions, fields = item_fields(self.item.text, [strip_marker(a, (5, 6)) for a in self.item.actions])
        self.rows.append(DraftRow(list(section), measure, actions, fields.get("deadline"), fields.get("owner"),
                                  fields.get("benefit"), self.item.line, self.item.page, kind=self.kind))
        self.item = None
        self.items_here += 1

    def end_heading(self, section: list[str], level: int | None, leaf_body: bool) -> None:
        """Close the heading's content: its open item, or its body paragraphs as one item when
        `leaf_body` (a numbered sub-heading with no items of its own)."""
        self.flush(section)
        if self.body and leaf_body and level is not None and level >= 3 and not self.items_here:
            texts = [t for t, _, _ in self.body]
            self.rows.append(DraftRow(list(section), texts[0], texts[1:], None, None, None,
                                      self.body[0][1], self.body[0][2], kind=self.kind))
        self.body = []
        self.items_here = 0


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


__all__ = ["FRONT_MATTER", "NarrativeReader", "SourceLine", "chapter_title", "is_closing_clause",
           "is_front_matter", "join_wrapped_lines", "narrative_measure", "wrap_width"]
