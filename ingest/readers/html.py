"""HTML pages: tables with rowspan/colspan expanded to a grid, site chrome dropped."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from ingest.blocks import Document, Table, TableRow
from ingest.columns import is_header_row
from ingest.normalize import repair_radicals, squash_ws
from ingest.readers.text import classify_line, promote_caption

_DROP_TAGS = ("script", "style", "nav", "header", "footer", "noscript", "form", "aside", "iframe")
_CHROME = ("跳到主要內容", "回首頁", "網站導覽", ":::", "Skip to")
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div", "table", "br", "dt", "dd", "section")


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return "<html" in head or "<body" in head or "<table" in head or head.lstrip().startswith("<!doctype html")


def _grid(table: Tag) -> list[tuple[list[str], int | None]]:
    """Expand rowspan/colspan so every row has all its cells (spanned cells repeated empty
    for rowspan, as a PDF table shows them, so the row builder sees one rule for both)."""
    grid: list[tuple[list[str], int | None]] = []
    pending: dict[int, int] = {}
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        row: list[str] = []
        col = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while pending.get(col, 0) > 0:
                row.append("")
                pending[col] -= 1
                col += 1
            text = squash_ws(cell.get_text(" ", strip=True))
            span = int(cell.get("colspan", 1) or 1)
            rowspan = int(cell.get("rowspan", 1) or 1)
            for k in range(span):
                row.append(text if k == 0 else "")
                if rowspan > 1:
                    pending[col] = rowspan - 1
                col += 1
        while pending.get(col, 0) > 0:
            row.append("")
            pending[col] -= 1
            col += 1
        grid.append((row, getattr(tr, "sourceline", None)))
    return grid


def read_html(file: str, text: str) -> Document:
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    doc = Document(file)
    body = soup.body or soup
    for node in body.find_all(["table", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div", "td"]):
        if node.name != "table" and node.find_parent("table") is not None:
            continue
        if node.name == "table":
            if node.find_parent("table") is not None:
                continue
            rows = _grid(node)
            header_at = next((i for i, (cells, _) in enumerate(rows) if is_header_row(cells)), None)
            if header_at is None:
                for cells, line in rows:
                    joined = squash_ws(" ".join(cells))
                    if joined:
                        doc.blocks.append(classify_line(joined, line))
                continue
            header, line = rows[header_at]
            promote_caption(doc.blocks, line)
            doc.blocks.append(Table(header, [TableRow(c, ln) for c, ln in rows[header_at + 1:]], line))
            continue
        if node.find(["table", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div"]):
            continue
        content = repair_radicals(squash_ws(node.get_text(" ", strip=True)))
        if not content or any(content.startswith(c) for c in _CHROME):
            continue
        doc.blocks.append(classify_line(content, getattr(node, "sourceline", None)))
    return doc
