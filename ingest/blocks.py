"""The format-neutral document model every reader emits and the row builder reads."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Heading:
    level: int
    text: str
    line: int | None = None
    page: int | None = None


@dataclass
class Paragraph:
    text: str
    line: int | None = None
    page: int | None = None


@dataclass
class TableRow:
    """A row of the logical grid. `covered[i]` is True where a span from the row above covers
    column i (the cell is "" and continues the value above, as an empty tab cell does)."""

    cells: list[str]
    line: int | None = None
    page: int | None = None
    covered: list[bool] = field(default_factory=list)


@dataclass
class Table:
    header: list[str]
    rows: list[TableRow] = field(default_factory=list)
    line: int | None = None
    page: int | None = None


@dataclass(frozen=True)
class Cell:
    """One physical cell as the file stores it, before spans are resolved."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    cut: bool = False  # paged formats: the text reaches the page's end and runs on in the next row


@dataclass
class PhysicalRow:
    cells: list[Cell]
    line: int | None = None
    page: int | None = None
    header: bool = False  # the format marks it a header row (docx tblHeader, odt header rows, <thead>/<th>)


@dataclass
class PhysicalTable:
    """A table as its reader saw it; `ingest.grid` turns it into the logical `Table`."""

    rows: list[PhysicalRow] = field(default_factory=list)
    line: int | None = None
    page: int | None = None


Block = Heading | Paragraph | Table | PhysicalTable


@dataclass
class Document:
    """An ordered list of blocks plus what the reader noticed on the way."""

    file: str
    blocks: list[Block] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    paged: bool = False
    page_title: str | None = None  # HTML <title>, DOCX/ODT document title: a metadata source
