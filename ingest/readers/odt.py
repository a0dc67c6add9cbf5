"""OpenDocument text (.odt): headings, paragraphs, lists and tables in document order.

Read from content.xml with lxml (odfpy's reader builds a full object tree and inflates without
a bound; the few elements needed here are plain XML). Spans come from
`table:number-rows-spanned`/`number-columns-spanned`; `covered-table-cell`s are the positions
a span covers and are dropped; rows inside `table:table-header-rows` are header rows.
Like .docx, an .odt has no pages: `line` is the ordinal of the paragraph or table row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from ingest.blocks import Block, Cell, Document, Heading, PhysicalRow, PhysicalTable
from ingest.normalize import repair_radicals, squash_ws
from ingest.readers.numbering import ODF_FORMATS, LevelFormat, ListCounter, with_label
from ingest.readers.package import Package
from ingest.readers.text import classify_line

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
MAX_REPEAT = 1000  # number-rows-repeated is a count a file may set to anything
MAX_COLUMN_REPEAT = 64  # the grid caps spans at this width too


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


def _tb(tag: str) -> str:
    return f"{{{TABLE}}}{tag}"


def _int(value: str | None, default: int = 1) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


_SKIP = {_t("note"), f"{{{OFFICE}}}annotation", _t("tracked-changes"), _t("bookmark-ref"), _t("soft-page-break")}


def inline_text(node: etree._Element) -> str:
    """Text of a paragraph or heading: spans, links, spaces (`text:s c=3`), tabs and breaks."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            pass
        elif child.tag == _t("s"):
            parts.append(" " * min(_int(child.get(_t("c"))), 100))
        elif child.tag in (_t("tab"), _t("line-break")):
            parts.append(" ")
        elif child.tag.startswith(f"{{{TEXT}}}") or child.tag.startswith(f"{{{OFFICE}}}"):
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    return squash_ws(repair_radicals(text))


LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
_HEADING_NAME = re.compile(r"^heading\s*(\d{1,2})$", re.I)


def _level_format(level_style: etree._Element, level: int) -> LevelFormat:
    """One numbered level: LibreOffice's exact `num-list-format` (`%1%、`) when given, else
    prefix + the shown levels + suffix as ODF 1.2 describes them."""
    fmt = ODF_FORMATS.get(level_style.get(f"{{{STYLE}}}num-format") or "", "decimal")
    start = _int(level_style.get(_t("start-value")))
    exact = level_style.get(f"{{{LOEXT}}}num-list-format")
    if exact is not None:
        return LevelFormat(fmt, re.sub(r"%(\d)%", r"%\1", exact), start)
    prefix = level_style.get(f"{{{STYLE}}}num-prefix") or ""
    suffix = level_style.get(f"{{{STYLE}}}num-suffix") or ""
    shown = max(1, min(_int(level_style.get(_t("display-levels"))), level + 1))
    body = ".".join(f"%{k + 1}" for k in range(level + 1 - shown, level + 1))
    return LevelFormat(fmt, f"{prefix}{body}{suffix}", start)


@dataclass
class ListStyles:
    """Automatic and common list styles (name → 0-based level → format) and the outline style
    that numbers headings (`壹、` drawn by chapter numbering, not typed)."""

    formats: dict[str, dict[int, LevelFormat]] = field(default_factory=dict)
    paragraph_list: dict[str, str] = field(default_factory=dict)  # paragraph style → its list style
    outline: dict[int, LevelFormat] = field(default_factory=dict)
    paragraph_styles: dict[str, tuple[str | None, int | None, str]] = field(default_factory=dict)  # parent, level, name

    def add(self, root: etree._Element) -> None:
        for list_style in root.iter(_t("list-style")):
            levels: dict[int, LevelFormat] = {}
            for level_style in list_style:
                level = _int(level_style.get(_t("level"))) - 1
                if level_style.tag == _t("list-level-style-bullet"):
                    levels[level] = LevelFormat(bullet=True)
                elif level_style.tag == _t("list-level-style-number"):
                    levels[level] = _level_format(level_style, level)
            self.formats[list_style.get(f"{{{STYLE}}}name") or ""] = levels
        for outline in root.iter(_t("outline-style")):
            for level_style in outline.iter(_t("outline-level-style")):
                level = _int(level_style.get(_t("level"))) - 1
                numbered = _level_format(level_style, level)
                if numbered.fmt != "none":
                    self.outline[level] = numbered
        for style in root.iter(f"{{{STYLE}}}style"):
            name = style.get(f"{{{STYLE}}}name") or ""
            list_name = style.get(f"{{{STYLE}}}list-style-name")
            if list_name:
                self.paragraph_list[name] = list_name
            if style.get(f"{{{STYLE}}}family") == "paragraph":
                outline = style.get(f"{{{STYLE}}}default-outline-level")
                shown = style.get(f"{{{STYLE}}}display-name") or name.replace("_20_", " ")
                self.paragraph_styles[name] = (style.get(f"{{{STYLE}}}parent-style-name"),
                                               int(outline) if outline and outline.isdigit() else None, shown)

    def heading_level(self, style_name: str | None) -> int | None:
        """A `text:p` in a heading style is a heading even where the outline level was lost (an
        RTF or .doc import keeps the style `Heading 2` but not always its level)."""
        seen: set[str] = set()
        while style_name and style_name in self.paragraph_styles and style_name not in seen:
            seen.add(style_name)
            parent, outline, shown = self.paragraph_styles[style_name]
            if outline:
                return outline
            match = _HEADING_NAME.match(shown)
            if match:
                return int(match.group(1))
            style_name = parent
        return None


@dataclass
class _Reader:
    lists: ListStyles
    line: int = 0
    counters: dict[str, ListCounter] = field(default_factory=dict)
    outline_counter: ListCounter = field(default_factory=ListCounter)

    def next_line(self) -> int:
        self.line += 1
        return self.line

    def body(self, parent: etree._Element) -> Iterator[Block]:
        for child in parent:
            yield from self.element(child)

    def element(self, child: etree._Element) -> Iterator[Block]:
        tag = child.tag
        if tag == _t("h"):
            line = self.next_line()
            level = max(1, _int(child.get(_t("outline-level"))))
            label = self.outline_label(child, level)
            text = _clean(inline_text(child))
            if text:
                yield Heading(level, with_label(label, text), line)
        elif tag == _t("p"):
            line = self.next_line()
            text = _clean(inline_text(child))
            level = self.lists.heading_level(child.get(_t("style-name")))
            if text:
                yield Heading(level, text, line) if level else classify_line(text, line)
        elif tag == _t("list"):
            yield from self.list(child, child.get(_t("style-name")), 0)
        elif tag == _tb("table"):
            yield from self.table(child)
        elif tag in (_t("section"), f"{{{OFFICE}}}text"):
            yield from self.body(child)
        # tables of contents, sequence declarations, forms, frames: not plan content

    def outline_label(self, heading: etree._Element, level: int) -> str:
        """The chapter number LibreOffice/Word draws before a heading (outline numbering)."""
        if not self.lists.outline or heading.get(_t("is-list-header")) == "true" or heading.find(_t("number")) is not None:
            return ""
        if level - 1 not in self.lists.outline:
            return ""
        return self.outline_counter.label(level - 1, self.lists.outline)

    def list(self, node: etree._Element, style: str | None, depth: int) -> Iterator[Block]:
        style = node.get(_t("style-name")) or style
        counter_key = style or ""
        if node.get(_t("continue-numbering")) != "true" and depth == 0 and node.get(_t("continue-list")) is None:
            self.counters.pop(counter_key, None)
        for item in node:
            if item.tag not in (_t("list-item"), _t("list-header")):
                continue
            first = True
            for child in item:
                if child.tag == _t("list"):
                    yield from self.list(child, style, depth + 1)
                    continue
                if child.tag not in (_t("p"), _t("h")):
                    yield from self.element(child)
                    continue
                line = self.next_line()
                label = ""
                if first and item.tag == _t("list-item"):
                    paragraph_style = child.get(_t("style-name")) or ""
                    list_style = style or self.lists.paragraph_list.get(paragraph_style, "")
                    formats = self.lists.formats.get(list_style, {})
                    if formats:
                        label = self.counters.setdefault(counter_key, ListCounter()).label(depth, formats)
                first = False
                text = _clean(inline_text(child))
                if not text:
                    continue
                text = with_label(label, text)
                if child.tag == _t("h"):
                    yield Heading(max(1, _int(child.get(_t("outline-level")))), text, line)
                else:
                    yield classify_line(text, line)

    def table(self, node: etree._Element) -> Iterator[Block]:
        rows = list(_rows(node))
        if len(rows) == 1 and len([c for c in rows[0][0] if c.tag == _tb("table-cell")]) == 1:
            only = next(c for c in rows[0][0] if c.tag == _tb("table-cell"))
            if only.find(f".//{_tb('table')}") is not None:  # a one-cell frame around the real content
                yield from self.body(only)
                return
        table = PhysicalTable()
        for tr, header in rows:
            line = self.next_line()
            if table.line is None:
                table.line = line
            cells: list[Cell] = []
            for tc in tr:
                if tc.tag != _tb("table-cell"):
                    continue  # covered-table-cell: a position a span above or left covers
                text = self.cell_text(tc)
                repeat = min(_int(tc.get(_tb("number-columns-repeated"))), MAX_COLUMN_REPEAT)
                cell = Cell(text, _int(tc.get(_tb("number-rows-spanned"))), _int(tc.get(_tb("number-columns-spanned"))))
                cells.extend([cell] * repeat)
            table.rows.append(PhysicalRow(cells, line, None, header))
        yield table

    def cell_text(self, tc: etree._Element) -> str:
        """A cell's paragraphs and any nested table flattened row by row; they share the row's line."""
        parts: list[str] = []
        row_line = self.line
        blocks = list(self.body(tc))
        self.line = row_line
        for block in blocks:
            if isinstance(block, PhysicalTable):
                parts.extend(" ".join(c.text for c in row.cells if c.text) for row in block.rows)
            else:
                parts.append(block.text)
        return squash_ws(" ".join(p for p in parts if p))


def _rows(table: etree._Element, header: bool = False) -> Iterator[tuple[etree._Element, bool]]:
    """Rows in order, through header-row and row groups; repeated empty rows counted once."""
    for child in table:
        if child.tag == _tb("table-row"):
            repeat = min(_int(child.get(_tb("number-rows-repeated"))), MAX_REPEAT)
            has_text = any((t or "").strip() for t in child.itertext())
            for _ in range(repeat if has_text else 1):
                yield child, header
        elif child.tag == _tb("table-header-rows"):
            yield from _rows(child, True)
        elif child.tag in (_tb("table-rows"), _tb("table-row-group")):
            yield from _rows(child, header)


def read_odt(file: str, data: bytes) -> Document:
    package = Package(file, data)
    content = package.xml("content.xml")
    lists = ListStyles()
    if package.has("styles.xml"):
        lists.add(package.xml("styles.xml"))
    lists.add(content)
    doc = Document(file)
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is not None:
        doc.blocks.extend(_Reader(lists).body(body))
    return doc
