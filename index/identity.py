"""A plan is known by what it is — office, year and title — not by the name of its file.

The same plan as text and as PDF, or re-uploaded under another name, has one identity; two
different plans whose file names happen to fold to the same string (`i1０_…` and `i10_…`) have
two. The parts are compared in their matching form (`index.text.fold`: NFKC, so full- and
half-width letters, digits and punctuation agree; lower case; one script for 臺/台), with
whitespace removed. A plan lacking office, year or title cannot be told apart from another by
them: it keeps its file name as identity.
"""

from __future__ import annotations

import re

from index.text import fold
from ingest.record import MeasureRow

_SPACE = re.compile(r"\s+")


def _part(text: str) -> str:
    return _SPACE.sub("", fold(text))


def plan_identity(row: MeasureRow) -> str:
    """The identity of the plan `row` belongs to (see the module docstring)."""
    if row.office.strip() and row.year_roc and row.title.strip():
        return f"{_part(row.office)}|{row.year_roc}|{_part(row.title)}"
    return f"file:{row.source_file}"


def plan_label(row: MeasureRow) -> str:
    """The plan in words, for reports: office, year and title."""
    year = f" {row.year_roc} 年" if row.year_roc else ""
    return f"{row.office or '?'}{year}「{row.title or row.source_file}」"
