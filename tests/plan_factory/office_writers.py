"""Write a list of blocks as a real .docx or .odt, the way an office's word processor stores it.

Tables keep their physical shape: a spanning cell is one merged cell (docx `gridSpan` and
`vMerge`, odt `number-rows-spanned`/`number-columns-spanned` with `covered-table-cell`), and
rows marked `header=True` are repeated header rows (docx `tblHeader`, odt `table-header-rows`).
python-docx and odfpy write the packages (manifest, styles, relationships) so the files look
like what Word and LibreOffice produce, not like a hand-made zip a lenient reader happens to accept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.blocks import Block, Cell, Heading, Paragraph, PhysicalRow, PhysicalTable, Table


@dataclass(frozen=True)
class PlacedCell:
    row: int
    col: int
    cell: Cell


@dataclass(frozen=True)
class Layout:
    """Where each physical cell starts in the full grid, and the grid's size."""

    cells: list[PlacedCell]
    n_rows: int
    n_cols: int

    def starts(self) -> dict[tuple[int, int], Cell]:
        return {(p.row, p.col): p.cell for p in self.cells}

    def covered(self) -> set[tuple[int, int]]:
        """Positions inside a span other than its top-left cell."""
        out: set[tuple[int, int]] = set()
        for p in self.cells:
            for r in range(p.row, p.row + p.cell.rowspan):
                for c in range(p.col, p.col + p.cell.colspan):
                    if (r, c) != (p.row, p.col):
                        out.add((r, c))
        return out


def as_physical(block: Table | PhysicalTable) -> PhysicalTable:
    """A logical `Table` (text reader) as a physical one: its header row marked, no spans."""
    if isinstance(block, PhysicalTable):
        return block
    rows = [PhysicalRow([Cell(t) for t in block.header], header=True)]
    rows += [PhysicalRow([Cell(t) for t in r.cells]) for r in block.rows]
    return PhysicalTable(rows)


def layout(table: PhysicalTable) -> Layout:
    """Place cells left to right, skipping positions a rowspan from above still covers."""
    taken: set[tuple[int, int]] = set()
    placed: list[PlacedCell] = []
    n_rows = len(table.rows)
    for r, prow in enumerate(table.rows):
        c = 0
        for cell in prow.cells:
            while (r, c) in taken:
                c += 1
            rowspan = max(1, min(cell.rowspan, n_rows - r))
            colspan = max(1, cell.colspan)
            cell = Cell(cell.text, rowspan, colspan)
            placed.append(PlacedCell(r, c, cell))
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    taken.add((rr, cc))
            c += colspan
    n_cols = max((cc + 1 for _, cc in taken), default=0)
    return Layout(placed, n_rows, n_cols)


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else [""]


def write_docx(blocks: Iterable[Block], path: str | Path) -> Path:
    """Blocks → .docx: headings in Word's built-in `Heading N` styles, merged table cells."""
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=min(max(block.level, 1), 9))
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        elif isinstance(block, Table | PhysicalTable):
            table = as_physical(block)
            grid = layout(table)
            if not grid.n_rows or not grid.n_cols:
                continue
            out = document.add_table(rows=grid.n_rows, cols=grid.n_cols)
            out.style = "Table Grid"
            for placed in grid.cells:
                cell = placed.cell
                if cell.rowspan > 1 or cell.colspan > 1:
                    out.cell(placed.row, placed.col).merge(
                        out.cell(placed.row + cell.rowspan - 1, placed.col + cell.colspan - 1))
            for placed in grid.cells:
                target = out.cell(placed.row, placed.col)
                first, *rest = _lines(placed.cell.text)
                target.text = first
                for line in rest:
                    target.add_paragraph(line)
            for prow, tr in zip(table.rows, out.rows, strict=True):
                if prow.header:
                    tr._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    if document.element.body[-2].tag.endswith("}tbl"):
        document.add_paragraph()  # Word always ends the body with a paragraph; LibreOffice's .doc export drops a last table
    path = Path(path)
    document.save(str(path))
    return path


def write_odt(blocks: Iterable[Block], path: str | Path) -> Path:
    """Blocks → .odt: `text:h` with outline levels, spanning cells with covered cells."""
    from odf import table as odf_table
    from odf import text as odf_text
    from odf.opendocument import OpenDocumentText
    from odf.style import Style

    document = OpenDocumentText()
    heading_styles: dict[int, Style] = {}

    def heading_style(level: int) -> Style:
        if level not in heading_styles:
            style = Style(name=f"Heading_20_{level}", displayname=f"Heading {level}", family="paragraph",
                          defaultoutlinelevel=str(level))
            document.styles.addElement(style)
            heading_styles[level] = style
        return heading_styles[level]

    for number, block in enumerate(blocks):
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 10)
            document.text.addElement(odf_text.H(outlinelevel=level, stylename=heading_style(level), text=block.text))
        elif isinstance(block, Paragraph):
            document.text.addElement(odf_text.P(text=block.text))
        elif isinstance(block, Table | PhysicalTable):
            table = as_physical(block)
            grid = layout(table)
            if not grid.n_rows or not grid.n_cols:
                continue
            starts, covered = grid.starts(), grid.covered()
            out = odf_table.Table(name=f"Table{number + 1}")
            out.addElement(odf_table.TableColumn(numbercolumnsrepeated=grid.n_cols))
            header_group = None
            for r, prow in enumerate(table.rows):
                tr = odf_table.TableRow()
                for c in range(grid.n_cols):
                    if (r, c) in starts:
                        cell = starts[(r, c)]
                        attrs = {"valuetype": "string"}
                        if cell.rowspan > 1:
                            attrs["numberrowsspanned"] = cell.rowspan
                        if cell.colspan > 1:
                            attrs["numbercolumnsspanned"] = cell.colspan
                        tc = odf_table.TableCell(**attrs)
                        for line in _lines(cell.text):
                            tc.addElement(odf_text.P(text=line))
                        tr.addElement(tc)
                    elif (r, c) in covered:
                        tr.addElement(odf_table.CoveredTableCell())
                    else:
                        tr.addElement(odf_table.TableCell())
                if prow.header:
                    if header_group is None:
                        header_group = odf_table.TableHeaderRows()
                        out.addElement(header_group)
                    header_group.addElement(tr)
                else:
                    header_group = None
                    out.addElement(tr)
            document.text.addElement(out)
    path = Path(path)
    document.save(str(path))
    return path
