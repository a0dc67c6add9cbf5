"""Physical table (cells with spans) → logical `Table`: the one normalisation every reader shares.

Spans are capped (a file may claim any span) and expanded in time linear in the cells produced.
"""

from __future__ import annotations

from ingest.blocks import Block, Heading, Paragraph, PhysicalTable, Table, TableRow
from ingest.columns import is_header_row

MAX_COLSPAN = 64
MAX_ROWSPAN = 1000


def expand_spans(table: PhysicalTable) -> list[list[str]]:
    """Every physical row as a full list of cells; a spanned position holds ""."""
    grid: list[list[str]] = []
    pending: dict[int, int] = {}  # column → rows still covered by a rowspan above
    for prow in table.rows:
        row: list[str] = []
        for cell in prow.cells:
            _fill_covered(row, pending)
            colspan = min(max(cell.colspan, 1), MAX_COLSPAN)
            rowspan = min(max(cell.rowspan, 1), MAX_ROWSPAN)
            for k in range(colspan):
                if rowspan > 1:
                    pending[len(row)] = rowspan - 1
                row.append(cell.text if k == 0 else "")
        _fill_covered(row, pending)
        grid.append(row)
    return grid


def _fill_covered(row: list[str], pending: dict[int, int]) -> None:
    """Append an empty cell for each position a rowspan from above still covers."""
    while pending.get(len(row), 0) > 0:
        pending[len(row)] -= 1
        row.append("")


def to_logical(table: PhysicalTable) -> list[Block]:
    """The logical table (header found by column roles), or its rows as text when it has none."""
    rows = expand_spans(table)
    header_at = next((i for i, cells in enumerate(rows) if is_header_row(cells)), None)
    if header_at is None:
        from ingest.readers.text import classify_line

        out: list[Block] = []
        for prow, cells in zip(table.rows, rows, strict=True):
            joined = " ".join(c for c in cells if c).strip()
            if joined:
                block = classify_line(joined, prow.line, prow.page)
                out.append(block if isinstance(block, Heading | Paragraph) else Paragraph(joined, prow.line, prow.page))
        return out
    body = [TableRow(cells, prow.line, prow.page) for prow, cells in zip(table.rows[header_at + 1:], rows[header_at + 1:], strict=True)]
    return [Table(rows[header_at], body, table.rows[header_at].line, table.rows[header_at].page)]


def resolve_tables(blocks: list[Block]) -> list[Block]:
    """Replace each `PhysicalTable` by its logical blocks; other blocks pass through."""
    out: list[Block] = []
    for block in blocks:
        out.extend(to_logical(block) if isinstance(block, PhysicalTable) else [block])
    return out
