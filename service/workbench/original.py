"""The original of a text or HTML plan as numbered lines, the cited row's lines marked, so a
citation (`第 71 行`) opens at the line (`/plans/ID/original?row=ROW#L71`) without JavaScript.

Lines are numbered as ingest numbered them: a text plan's `splitlines()` of the decoded file, an
HTML plan's source lines (BeautifulSoup's `sourceline`), shown as the text on each source line
(tags dropped by the standard library's HTML parser, scripts and styles skipped). A row's cited
lines run from its first line while the following lines hold the row's own text (most of their
character pairs occur in the row); blank lines inside the run are kept.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath

from ingest.pipeline import decode_text
from ingest.record import MeasureRow

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
MAX_CITED = 60  # lines one row may span
BELONGS = 0.5  # share of a line's character pairs found in the row for the line to be the row's


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    cited: bool


def has_line_view(path: PurePath) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES


class _TextPerLine(HTMLParser):
    """The text of an HTML document, kept on the source line it starts on."""

    SKIPPED = {"script", "style", "head", "title"}

    def __init__(self, count: int):
        super().__init__(convert_charrefs=True)
        self.lines = [""] * count
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in self.SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if self.skipping:
            return
        line = self.getpos()[0]
        for offset, part in enumerate(data.split("\n")):
            if line + offset - 1 < len(self.lines) and part.strip():
                self.lines[line + offset - 1] += " " + part.strip() if self.lines[line + offset - 1] else part.strip()


def source_lines(path: PurePath, data: bytes) -> list[str]:
    """The file's lines as ingest numbered them (HTML: the text on each source line); `data`:
    its bytes, as read (and checked against the manifest) by the caller."""
    text, _ = decode_text(path.name, data)
    if path.suffix.lower() in HTML_SUFFIXES:
        parser = _TextPerLine(text.count("\n") + 1)
        parser.feed(text)
        parser.close()
        return parser.lines
    return text.splitlines()


def _pairs(text: str) -> set[str]:
    folded = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


def cited_range(lines: list[str], row: MeasureRow) -> tuple[int, int] | None:
    """First and last line (1-based) of the row in `lines`, or None without a line citation."""
    start = row.source.line
    if start is None or not 1 <= start <= len(lines):
        return None
    own = _pairs(" ".join([row.measure, *row.actions, row.deadline or "", row.owner or "", row.benefit or "",
                           *(str(v) for v in row.extra.values())]))
    end, blanks = start, 0
    for number in range(start + 1, min(len(lines), start + MAX_CITED - 1) + 1):
        pairs = _pairs(lines[number - 1])
        if not pairs:
            blanks += 1
            if blanks > 1:
                break
            continue
        if len(pairs & own) / len(pairs) < BELONGS:
            break
        end, blanks = number, 0
    return start, end


def numbered_lines(path: PurePath, data: bytes, row: MeasureRow | None = None) -> list[Line]:
    lines = source_lines(path, data)
    cited = cited_range(lines, row) if row is not None else None
    first, last = cited or (0, -1)
    return [Line(n, text, first <= n <= last) for n, text in enumerate(lines, 1)]
