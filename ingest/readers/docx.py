"""Word .docx: paragraphs and tables in body order, with the spans Word stores.

Read from the package's XML (lxml) rather than through python-docx: python-docx hides what this
reader needs (a `vMerge` continuation, `gridBefore`, `tblHeader`, the numbering Word draws) and
inflates members without a bound. Citations: a .docx has no pages (Word lays them out when it
prints), so `line` is the ordinal of the body paragraph or table row in the document, counting
from 1 (a cell's paragraphs share their row's number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from ingest.blocks import Block, Cell, Document, Heading, PhysicalRow, PhysicalTable
from ingest.errors import IngestError
from ingest.normalize import repair_radicals, squash_ws
from ingest.readers.numbering import LevelFormat, ListCounter, with_label
from ingest.readers.package import Package
from ingest.readers.text import classify_line

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_OFFICE_DOCUMENT = re.compile(r"/officeDocument$")
_HEADING_NAME = re.compile(r"^heading\s*(\d)$", re.I)


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(element: etree._Element | None, attr: str = "val") -> str | None:
    return None if element is None else element.get(_q(attr))


def _on(element: etree._Element | None) -> bool:
    """A Word on/off property: present and not switched off by val="0"/"false"."""
    return element is not None and _val(element) not in ("0", "false", "off")


@dataclass(frozen=True)
class StyleInfo:
    name: str
    based_on: str | None
    outline_level: int | None  # 0-based as Word stores it; 9 = body text
    num_id: str | None
    num_level: int | None


@dataclass
class Styles:
    by_id: dict[str, StyleInfo] = field(default_factory=dict)

    def _chain(self, style_id: str | None) -> Iterator[StyleInfo]:
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = style.based_on

    def heading_level(self, style_id: str | None) -> int | None:
        """1-based heading level of a paragraph style: its outline level, else a `heading N` name."""
        for style in self._chain(style_id):
            if style.outline_level is not None:
                return style.outline_level + 1 if style.outline_level < 9 else None
            match = _HEADING_NAME.match(style.name)
            if match:
                return int(match.group(1))
        return None

    def is_toc(self, style_id: str | None) -> bool:
        first = next(self._chain(style_id), None)
        return bool(first and re.match(r"^(toc|目錄)", first.name, re.I))

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        for style in self._chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.num_level or 0
        return None, None


def read_styles(package: Package) -> Styles:
    styles = Styles()
    if not package.has("word/styles.xml"):
        return styles
    for style in package.xml("word/styles.xml").iter(_q("style")):
        style_id = style.get(_q("styleId"))
        if not style_id:
            continue
        ppr = style.find(_q("pPr"))
        outline = _val(ppr.find(_q("outlineLvl"))) if ppr is not None else None
        num_pr = ppr.find(_q("numPr")) if ppr is not None else None
        styles.by_id[style_id] = StyleInfo(
            name=_val(style.find(_q("name"))) or style_id,
            based_on=_val(style.find(_q("basedOn"))),
            outline_level=int(outline) if outline and outline.isdigit() else None,
            num_id=_val(num_pr.find(_q("numId"))) if num_pr is not None else None,
            num_level=_int(_val(num_pr.find(_q("ilvl")))) if num_pr is not None else None)
    return styles


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass
class Numbering:
    """numbering.xml: each list (`numId`) → its level formats. Lists that share an abstract
    definition share their counters, as Word numbers them, unless one restarts (`startOverride`)."""

    formats: dict[str, dict[int, LevelFormat]] = field(default_factory=dict)
    counter_of: dict[str, str] = field(default_factory=dict)  # numId → the counter it advances
    counters: dict[str, ListCounter] = field(default_factory=dict)

    def label(self, num_id: str, level: int) -> str:
        if num_id not in self.formats or num_id == "0":
            return ""
        key = self.counter_of.get(num_id, num_id)
        return self.counters.setdefault(key, ListCounter()).label(level, self.formats[num_id])


def read_numbering(package: Package) -> Numbering:
    numbering = Numbering()
    if not package.has("word/numbering.xml"):
        return numbering
    root = package.xml("word/numbering.xml")
    abstract: dict[str, dict[int, LevelFormat]] = {}
    for node in root.iter(_q("abstractNum")):
        levels: dict[int, LevelFormat] = {}
        for lvl in node.iter(_q("lvl")):
            levels[_int(lvl.get(_q("ilvl")))] = _level_format(lvl)
        abstract[node.get(_q("abstractNumId")) or ""] = levels
    for num in root.iter(_q("num")):
        abstract_id = _val(num.find(_q("abstractNumId"))) or ""
        num_id = num.get(_q("numId")) or ""
        levels = dict(abstract.get(abstract_id, {}))
        restarts = any(o.find(_q("startOverride")) is not None or o.find(_q("lvl")) is not None
                       for o in num.iter(_q("lvlOverride")))
        numbering.counter_of[num_id] = num_id if restarts else f"abstract:{abstract_id}"
        for override in num.iter(_q("lvlOverride")):
            level = _int(override.get(_q("ilvl")))
            lvl = override.find(_q("lvl"))
            if lvl is not None:
                levels[level] = _level_format(lvl)
            start = override.find(_q("startOverride"))
            if start is not None and level in levels:
                base = levels[level]
                levels[level] = LevelFormat(base.fmt, base.text, _int(_val(start), 1), base.bullet)
        numbering.formats[num_id] = levels
    return numbering


def _level_format(lvl: etree._Element) -> LevelFormat:
    fmt = _val(lvl.find(_q("numFmt"))) or "decimal"
    text = _val(lvl.find(_q("lvlText")))
    return LevelFormat(fmt=fmt, text=text if text is not None else "%1.", start=_int(_val(lvl.find(_q("start"))), 1),
                       bullet=fmt == "bullet")


_SKIP_RUN_CONTENT = {_q("delText"), _q("instrText"), _q("del"), _q("footnoteReference"), _q("endnoteReference"),
                     f"{{{MC}}}Fallback", _q("pPr"), _q("rPr")}


def paragraph_text(p: etree._Element) -> str:
    """The visible text of a paragraph: runs, tabs and breaks; deleted text and field codes left out."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        for child in node:
            tag = child.tag
            if tag in _SKIP_RUN_CONTENT or not isinstance(tag, str):
                continue
            if tag == _q("t"):
                # text around an unexpanded entity reference (never resolved) is kept, the reference is not
                parts.append((child.text or "") + "".join(sub.tail or "" for sub in child))
            elif tag in (_q("tab"), _q("br"), _q("cr")):
                parts.append(" ")
            elif tag == _q("noBreakHyphen"):
                parts.append("-")
            elif tag == _q("sym"):
                char = child.get(_q("char"))
                if char and re.fullmatch(r"[0-9A-Fa-f]{4}", char) and int(char, 16) < 0xF000:
                    parts.append(chr(int(char, 16)))
            else:
                walk(child)

    walk(p)
    return squash_ws(repair_radicals("".join(parts)))


@dataclass
class _Reader:
    styles: Styles
    numbering: Numbering
    line: int = 0

    def next_line(self) -> int:
        self.line += 1
        return self.line

    def body(self, parent: etree._Element) -> Iterator[Block]:
        for child in _content(parent):
            if child.tag == _q("p"):
                block = self.paragraph(child)
                if block is not None:
                    yield block
            elif child.tag == _q("tbl"):
                yield from self.table(child)

    def paragraph(self, p: etree._Element) -> Block | None:
        line = self.next_line()
        ppr = p.find(_q("pPr"))
        style_id = _val(ppr.find(_q("pStyle"))) if ppr is not None else None
        if self.styles.is_toc(style_id):
            return None
        text = paragraph_text(p)
        label = self._label(ppr, style_id)
        if not text:
            return None
        text = with_label(label, text)
        outline = _val(ppr.find(_q("outlineLvl"))) if ppr is not None else None
        level = int(outline) + 1 if outline and outline.isdigit() and int(outline) < 9 else self.styles.heading_level(style_id)
        if level is not None:
            return Heading(level, text, line)
        return classify_line(text, line)

    def _label(self, ppr: etree._Element | None, style_id: str | None) -> str:
        num_pr = ppr.find(_q("numPr")) if ppr is not None else None
        num_id, level = self.styles.numbering(style_id)
        if num_pr is not None:
            num_id = _val(num_pr.find(_q("numId"))) or num_id
            level = _int(_val(num_pr.find(_q("ilvl"))), level or 0)
        return self.numbering.label(num_id, level or 0) if num_id else ""

    def table(self, tbl: etree._Element) -> Iterator[Block]:
        rows = [tr for tr in _content(tbl) if tr.tag == _q("tr")]
        cells = [[tc for tc in _content(tr) if tc.tag == _q("tc")] for tr in rows]
        if len(rows) == 1 and len(cells[0]) == 1 and cells[0][0].find(f".//{_q('tbl')}") is not None:
            # a one-cell frame around the real content (a layout table): read what it holds
            yield from self.body(cells[0][0])
            return
        yield self.physical_table(rows)

    def physical_table(self, rows: list[etree._Element]) -> PhysicalTable:
        grid: list[list[tuple[int, int, str, str | None]]] = []  # (column, colspan, text, vMerge)
        lines: list[int] = []
        headers: list[bool] = []
        for tr in rows:
            lines.append(self.next_line())
            trpr = tr.find(_q("trPr"))
            headers.append(trpr is not None and _on(trpr.find(_q("tblHeader"))))
            column = _int(_val(trpr.find(_q("gridBefore")))) if trpr is not None else 0
            row: list[tuple[int, int, str, str | None]] = []
            if column:
                row.append((0, column, "", None))
            for tc in _content(tr):
                if tc.tag != _q("tc"):
                    continue
                tcpr = tc.find(_q("tcPr"))
                span = max(1, _int(_val(tcpr.find(_q("gridSpan"))), 1)) if tcpr is not None else 1
                vmerge = tcpr.find(_q("vMerge")) if tcpr is not None else None
                state = None if vmerge is None else ("restart" if _val(vmerge) == "restart" else "continue")
                row.append((column, span, self.cell_text(tc), state))
                column += span
            grid.append(row)
        table = PhysicalTable(line=lines[0] if lines else None)
        for r, row in enumerate(grid):
            out: list[Cell] = []
            for column, span, text, state in row:
                if state == "continue" and _continues(grid, r, column):
                    continue  # covered by the restart cell above
                rowspan = 1
                if state == "restart":
                    while r + rowspan < len(grid) and _vmerge_at(grid[r + rowspan], column) == "continue":
                        rowspan += 1
                out.append(Cell(text, rowspan, span))
            table.rows.append(PhysicalRow(out, lines[r], None, headers[r]))
        return table

    def cell_text(self, tc: etree._Element) -> str:
        """A cell's paragraphs (numbering drawn) and any nested table, flattened row by row."""
        parts: list[str] = []
        for child in _content(tc):
            if child.tag == _q("p"):
                ppr = child.find(_q("pPr"))
                style_id = _val(ppr.find(_q("pStyle"))) if ppr is not None else None
                text = paragraph_text(child)
                label = self._label(ppr, style_id)
                if text:
                    parts.append(with_label(label, text))
            elif child.tag == _q("tbl"):
                for tr in _content(child):
                    if tr.tag == _q("tr"):
                        texts = [self.cell_text(inner) for inner in _content(tr) if inner.tag == _q("tc")]
                        parts.append(" ".join(t for t in texts if t))
        return squash_ws(" ".join(p for p in parts if p))


def _vmerge_at(row: list[tuple[int, int, str, str | None]], column: int) -> str | None:
    return next((state for col, _, _, state in row if col == column), None)


def _continues(grid: list[list[tuple[int, int, str, str | None]]], r: int, column: int) -> bool:
    """A continuation cell belongs to a merge only when the row above has a cell merged at that column."""
    return r > 0 and _vmerge_at(grid[r - 1], column) in ("restart", "continue")


def _content(parent: etree._Element) -> Iterator[etree._Element]:
    """Children, looking through content controls (`w:sdt`), custom XML and smart tags."""
    for child in parent:
        if child.tag == _q("sdt"):
            content = child.find(_q("sdtContent"))
            if content is not None:
                yield from _content(content)
        elif child.tag in (_q("customXml"), _q("smartTag")):
            yield from _content(child)
        else:
            yield child


def _main_part(package: Package) -> str:
    if package.has("_rels/.rels"):
        rels = package.xml("_rels/.rels")
        for rel in rels:
            if _REL_OFFICE_DOCUMENT.search(rel.get("Type", "")):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


class StrictOpenXml(IngestError):
    """Word's "Strict Open XML" flavour uses other namespaces; LibreOffice converts it."""


def read_docx(file: str, data: bytes) -> Document:
    package = Package(file, data)
    root = package.xml(_main_part(package))
    if W_STRICT in root.nsmap.values():
        raise StrictOpenXml(file, "a Strict Open XML .docx (read through LibreOffice)")
    body = root.find(_q("body"))
    doc = Document(file)
    if body is None:
        return doc
    reader = _Reader(read_styles(package), read_numbering(package))
    doc.blocks.extend(reader.body(body))
    return doc
