"""ONE row builder for every format: blocks → draft measure rows.

Tables come in three shapes, told apart by their content, not by the file:
- *measure* tables: one physical row per measure, numbered actions packed in a cell,
  rows continued after a page break with empty measure/deadline/owner cells;
- *step* tables: the measure cell spans many rows (rowspan, or empty on later rows and
  pages) and each numbered step has its own deadline/owner; steps may be packed several
  to a cell with their deadlines/owners/benefits listed in the same order;
- *wrapped* tables (OCR of a ruled table): every visual line is a physical row, so a
  logical row is rebuilt from many lines, and OCR ghost lines are dropped.
Narrative plans become rows from their numbered items under the measure chapters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.blocks import Document, Heading, Paragraph, Table
from ingest.columns import assign_roles, canonical_header, is_header_row
from ingest.markers import parse_marker, split_arabic, split_steps, strip_marker
from ingest.normalize import clean_cell, has_simplified_only, html_fragments, join_cjk, squash_ws

# Chapters that describe the plan rather than hold its measures.
SKIP_CHAPTER_WORDS = (
    "依據", "目標", "實施對象", "適用對象", "執行方式", "管制", "考核", "獎懲", "獎勵", "督導", "附件",
    "其他", "實施步驟", "執行期程", "努力方向", "現況", "簡介", "經費", "績效評估", "組織", "前言",
    "本計畫", "本執行計畫", "本實施計畫", "修正時亦同",
)
_SENTENCE_END = "。！？；;!?"
_DEADLINE_RE = re.compile(
    r"^(?:[1-9]\d{1,3}\s*年(?:\s*\d{1,2}(?:\s*[、,~～-]\s*\d{1,2})*\s*[月日])?(?:\s*\d{1,2}\s*日)?(?:\s*[前止底起])?"
    r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|[^\d\s]{0,4}(?:辦理|辨理|持續|經常|隨時|每月|每季|每週|每年|每半年|全年|年底|年度|長期|即時|不定期|定期)[^\d\s]{0,4})$"
)
_GHOST_TOKENS = re.compile(r"\S+")


@dataclass
class DraftRow:
    """A row before plan metadata is attached."""

    section: list[str]
    measure: str
    actions: list[str]
    deadline: str | None
    owner: str | None
    benefit: str | None
    line: int | None
    page: int | None
    extra: dict = field(default_factory=dict)
    kind: str = "measure"


@dataclass
class BuildResult:
    rows: list[DraftRow]
    warnings: list[dict]


def is_deadline(text: str) -> bool:
    return bool(_DEADLINE_RE.match(squash_ws(text)))


def _is_skip_chapter(text: str) -> bool:
    return any(word in text for word in SKIP_CHAPTER_WORDS)


def _section_text(text: str) -> str:
    return squash_ws(text).rstrip(":：").strip()


def _join(previous: str, more: str) -> str:
    """Join text continued after a page break: mid-sentence text runs on, a new sentence
    or a numbered item is set off by a space."""
    if not previous:
        return more
    if not more:
        return previous
    if previous[-1] in _SENTENCE_END or parse_marker(more):
        return f"{previous} {more}"
    return previous + more


def build_rows(doc: Document) -> BuildResult:
    """Turn a document's blocks into draft rows."""
    builder = _RowBuilder(doc)
    builder.run()
    return BuildResult(builder.rows, builder.warnings)


class _RowBuilder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.rows: list[DraftRow] = []
        self.warnings: list[dict] = []
        self.stack: list[tuple[int, str]] = []
        self.has_table = any(isinstance(b, Table) for b in doc.blocks)
        self.item: dict | None = None
        self.pool: list[Paragraph] = []

    # -- walking the blocks -------------------------------------------------------
    def run(self) -> None:
        for block in self.doc.blocks:
            if isinstance(block, Heading):
                self._flush()
                while self.stack and self.stack[-1][0] >= block.level:
                    self.stack.pop()
                self.stack.append((block.level, _section_text(block.text)))
            elif isinstance(block, Table):
                self._flush()
                self._table(block)
            elif isinstance(block, Paragraph):
                self._paragraph(block)
        self._flush()

    def _section(self) -> list[str]:
        return [text for _, text in self.stack]

    def _skipped(self) -> bool:
        return any(_is_skip_chapter(text) for level, text in self.stack if level <= 2) or not self.stack

    # -- narrative ----------------------------------------------------------------
    def _paragraph(self, para: Paragraph) -> None:
        if self._skipped():
            return
        marker = parse_marker(para.text)
        if marker and marker.level == 4:
            self._flush()
            self.item = {"text": marker.rest, "actions": [], "line": para.line, "page": para.page}
        elif marker and marker.level == 5 and self.item is not None:
            self.item["actions"].append(marker.rest)
        elif marker and marker.level <= 3:
            self._flush()
            self.item = {"text": marker.rest, "actions": [], "line": para.line, "page": para.page}
        elif self.item is not None:
            text = squash_ws(para.text)
            current = self.item["text"]
            if not self.item["actions"] and len(current) >= 20 and current[-1] not in _SENTENCE_END + "。":
                self.item["text"] = current + text
            else:
                self.item["actions"].append(text)
        else:
            self.pool.append(para)

    def _flush(self) -> None:
        kind = "strategy" if self.has_table else "measure"
        if self.item is not None:
            measure, actions = _narrative_measure(self.item["text"])
            actions += [strip_marker(a, (5,)) for a in self.item["actions"]]
            self.rows.append(DraftRow(self._section(), measure, actions, None, None, None,
                                      self.item["line"], self.item["page"], kind=kind))
            self.item = None
        if self.pool and not self.has_table and not self._skipped():
            texts = [squash_ws(p.text) for p in self.pool]
            self.rows.append(DraftRow(self._section(), texts[0], texts[1:], None, None, None,
                                      self.pool[0].line, self.pool[0].page, kind=kind))
        self.pool = []

    # -- tables -------------------------------------------------------------------
    def _table(self, table: Table) -> None:
        roles = assign_roles(table.header)
        physical = _physical_rows(table, roles)
        if not physical:
            self.warnings.append({"line": table.line, "page": table.page,
                                  "reason": "table has a header but no rows"})
            return
        caption = self._section()
        if _is_wrapped(physical):
            rows, warnings = _wrapped_rows(physical, caption)
        elif _is_step_table(physical):
            rows, warnings = _step_rows(physical, caption), []
        else:
            rows, warnings = _measure_rows(physical, caption), []
        self.rows.extend(rows)
        self.warnings.extend(warnings)


def _narrative_measure(text: str) -> tuple[str, list[str]]:
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


# -- physical rows ----------------------------------------------------------------
@dataclass
class _Physical:
    cells: dict[str, str]
    sections: list[str]
    extra: dict[str, str]
    line: int | None
    page: int | None

    def get(self, role: str) -> str:
        return self.cells.get(role, "")

    @property
    def continuation(self) -> bool:
        return not (self.get("measure").strip() or self.get("deadline").strip() or self.get("owner").strip())


_SEPARATOR_RE = re.compile(r"^[-–—=_\s]*$")
_HEADING2_RE = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、·．]")


def _physical_rows(table: Table, roles: list[str]) -> list[_Physical]:
    width = len(roles)
    out: list[_Physical] = []
    for row in table.rows:
        cells = list(row.cells)
        if all(_SEPARATOR_RE.match(c) for c in cells) or is_header_row(cells):
            continue
        if len(cells) < width:
            cells = [""] * (width - len(cells)) + cells
        elif len(cells) > width:
            cells = cells[: width - 1] + [" ".join(c for c in cells[width - 1:] if c.strip())]
        # A row shifted one cell right (empty first cell, measure heading in the actions column).
        if (len(roles) > 2 and not cells[0].strip() and roles[0] == "measure" and roles[1] == "actions"
                and _HEADING2_RE.match(cells[1].strip()) and parse_marker(cells[2].strip() or "x")):
            cells = cells[1:] + [""]
        mapped: dict[str, str] = {}
        sections: list[str] = []
        extra: dict[str, str] = {}
        for role, header, cell in zip(roles, table.header, cells, strict=True):
            if role == "section":
                sections.append(cell)
            elif role == "extra":
                if cell.strip():
                    extra[canonical_header(header)] = clean_cell(cell)
            else:
                mapped[role] = cell
        out.append(_Physical(mapped, sections, extra, row.line, row.page))
    return out


def _is_wrapped(rows: list[_Physical]) -> bool:
    """Each visual line came out as a row: action cells are short fragments of wrapped text."""
    lengths = sorted(len(clean_cell(r.get("actions"))) for r in rows if r.get("actions").strip())
    if len(rows) < 8 or not lengths:
        return False
    return lengths[len(lengths) // 2] <= 14


def _is_step_table(rows: list[_Physical]) -> bool:
    return any(not r.get("measure").strip() and not r.continuation for r in rows)


def _measure_rows(rows: list[_Physical], caption: list[str]) -> list[DraftRow]:
    merged: list[dict] = []
    for row in rows:
        if row.continuation and merged:
            last = merged[-1]
            for role in ("actions", "benefit"):
                last[role] = _join(last[role], clean_cell(row.get(role)))
            for key, value in row.extra.items():
                last["extra"][key] = _join(last["extra"].get(key, ""), value)
            continue
        merged.append({
            "measure": join_cjk(clean_cell(row.get("measure"))),
            "actions": clean_cell(row.get("actions")),
            "deadline": clean_cell(row.get("deadline")),
            "owner": clean_cell(row.get("owner")),
            "benefit": clean_cell(row.get("benefit")),
            "sections": [join_cjk(clean_cell(s)) for s in row.sections if s.strip()],
            "extra": dict(row.extra), "line": row.line, "page": row.page,
        })
    out = []
    for m in merged:
        prefix, items = split_arabic(m["actions"])
        actions = ([prefix] if prefix else []) + items if items else ([m["actions"]] if m["actions"] else [])
        if not m["measure"] and not actions:
            continue
        out.append(DraftRow(caption + m["sections"], m["measure"] or (actions[0] if actions else ""),
                            actions, m["deadline"] or None, m["owner"] or None, m["benefit"] or None,
                            m["line"], m["page"], m["extra"]))
    return out


def _step_level(rows: list[_Physical]) -> int:
    for row in rows:
        marker = parse_marker(clean_cell(row.get("actions")))
        if marker and marker.level in (3, 4):
            return marker.level
    return 4


def _split_packed(cell: str, count: int, kind: str) -> list[str | None]:
    """Values for `count` steps packed in one cell, in the same order; shared when unsure."""
    whole = clean_cell(cell) or None
    if count <= 1 or not whole:
        return [whole] * max(count, 1)
    candidates = [html_fragments(cell)]
    if kind == "deadline":
        candidates.append(_deadline_tokens(whole))
    elif kind == "owner":
        candidates.append(whole.split())
    elif kind == "benefit":
        candidates.append([p.strip() for p in re.split(r"(?<=[。！？])\s+", whole) if p.strip()])
    for values in candidates:
        if len(values) == count:
            return list(values)
    return [whole] * count


def _deadline_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    date_part = re.compile(r"^[\d、,~～\-年月日]+$")
    for token in text.split():
        if tokens and date_part.match(token) and date_part.match(tokens[-1].split()[-1]) and not tokens[-1].endswith(("月", "日")):
            tokens[-1] = f"{tokens[-1]} {token}"
        else:
            tokens.append(token)
    return tokens


def _step_rows(rows: list[_Physical], caption: list[str]) -> list[DraftRow]:
    level = _step_level(rows)
    group = ""
    sections: list[str] = []
    steps: list[DraftRow] = []
    for row in rows:
        if row.get("measure").strip():
            group = squash_ws(clean_cell(row.get("measure")))
        if any(s.strip() for s in row.sections):
            sections = [join_cjk(clean_cell(s)) for s in row.sections if s.strip()]
        fragments = html_fragments(row.get("actions"))
        text = " ".join(fragments)
        prefix, items = split_steps(text, level)
        if not items:
            if row.continuation and steps:
                steps[-1].measure = _join(steps[-1].measure, text)
                if clean_cell(row.get("benefit")):
                    steps[-1].benefit = _join(steps[-1].benefit or "", clean_cell(row.get("benefit")))
                continue
            items, prefix = ([text] if text else []), ""
        if prefix and steps:
            steps[-1].measure = _join(steps[-1].measure, prefix)
        elif prefix:
            items = [prefix] + items
        if not items:
            continue
        n = len(items)
        deadlines = _split_packed(row.get("deadline"), n, "deadline")
        owners = _split_packed(row.get("owner"), n, "owner")
        benefit_cell = row.get("benefit")
        if prefix and steps and len(html_fragments(benefit_cell)) == n + 1:
            benefit_cell = " ".join(f"<p>{f}</p>" for f in html_fragments(benefit_cell)[1:])
        benefits = _split_packed(benefit_cell, n, "benefit")
        for i, item in enumerate(items):
            section = caption + sections + ([group] if group else [])
            steps.append(DraftRow(section, item, [], deadlines[i], owners[i], benefits[i],
                                  row.line, row.page, dict(row.extra)))
    return steps


# -- wrapped (OCR) tables -----------------------------------------------------------
def _is_garbage(fragment: str) -> bool:
    """OCR ghost text: no CJK, Simplified-only characters in a Traditional plan, or a run of
    one- and two-character tokens."""
    text = fragment.strip()
    if not text:
        return True
    if not re.search(r"[\u3400-\u9fff]", text):
        return True
    if has_simplified_only(text):
        return True
    tokens = _GHOST_TOKENS.findall(text)
    return len(tokens) >= 3 and sum(len(t) for t in tokens) / len(tokens) <= 2


def _ocr_join(text: str) -> str:
    return re.sub(r"(?<=[\u3400-\u9fff（）()])\s+|\s+(?=[\u3400-\u9fff（）()])", "", squash_ws(text))


def _wrapped_rows(rows: list[_Physical], caption: list[str]) -> tuple[list[DraftRow], list[dict]]:
    out: list[dict] = []
    warnings: list[dict] = []
    section_values: list[str] = []
    current: dict | None = None

    def start(row: _Physical) -> dict:
        new = {"sections": list(section_values), "measure": "", "actions": "", "benefit": "",
               "deadlines": [], "owners": [], "line": row.line, "page": row.page}
        out.append(new)
        return new

    for row in rows:
        measure = clean_cell(row.get("measure"))
        deadline = clean_cell(row.get("deadline"))
        valid_deadline = bool(deadline) and is_deadline(deadline)
        opens = bool(parse_marker(measure)) and not _is_garbage(measure)
        if deadline and not valid_deadline and parse_marker(measure):
            warnings.append({"line": row.line, "page": row.page, "reason": "OCR ghost line dropped"})
            continue
        opened_section = False
        for i, cell in enumerate(row.sections):
            cell = clean_cell(cell)
            if _is_garbage(cell):
                continue
            while len(section_values) <= i:
                section_values.append("")
            if parse_marker(cell) and parse_marker(cell).level in (1, 2):
                section_values[i] = _ocr_join(cell)
                del section_values[i + 1:]
                opened_section = True
            else:
                section_values[i] = _ocr_join(section_values[i] + cell)
        action = clean_cell(row.get("actions"))
        action = "" if _is_garbage(action) else action
        action_marker = parse_marker(action)
        restarts = bool(action_marker and action_marker.level == 4 and action_marker.token.startswith("1")
                         and current and current["actions"])
        if current is None or opens or opened_section or restarts:
            current = start(row)
        current["sections"] = list(section_values)
        if measure and not _is_garbage(measure):
            current["measure"] = _ocr_join(current["measure"] + measure)
        if action:
            current["actions"] = _ocr_join(current["actions"] + action)
        benefit = clean_cell(row.get("benefit"))
        if benefit and not _is_garbage(benefit):
            current["benefit"] = _ocr_join(current["benefit"] + benefit)
        if valid_deadline:
            value = _ocr_join(deadline)
            if value not in current["deadlines"]:
                current["deadlines"].append(value)
            owner = _ocr_join(clean_cell(row.get("owner")))
            if owner and not _is_garbage(owner) and owner not in current["owners"]:
                current["owners"].append(owner)
    drafts = []
    for item in out:
        measure = strip_marker(item["measure"], (3, 4))
        prefix, actions = split_arabic(item["actions"], anywhere=True)
        if prefix:
            actions = [prefix] + actions
        if not measure and not actions:
            continue
        if not measure:
            warnings.append({"line": item["line"], "page": item["page"],
                             "reason": "OCR table row without a readable measure; kept its actions"})
        drafts.append(DraftRow(caption + [s for s in item["sections"] if s], measure or actions[0], actions,
                               "；".join(item["deadlines"]) or None, "；".join(item["owners"]) or None,
                               item["benefit"] or None, item["line"], item["page"]))
    return drafts, warnings


__all__ = ["BuildResult", "DraftRow", "build_rows", "is_deadline"]
