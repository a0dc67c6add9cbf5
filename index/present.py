"""Present: what the user sees of the judged rows — the fields each query word was found in
(highlights), facet counts over every matching row, and rows repeating one measure collapsed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from index.filters import RowTable
from index.text import GENERIC_TERMS, fold, term_spans
from ingest.record import MeasureRow

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class FieldMatch:
    """Where the query's words occur in one field of a row: `field` is measure, actions,
    deadline, owner, benefit or section; `index` the action's (or heading's) position; spans
    are offsets in that text."""

    field: str
    index: int | None
    spans: tuple[tuple[int, int], ...]


def field_matches(row: MeasureRow, terms: tuple[str, ...]) -> tuple[FieldMatch, ...]:
    """Per-field spans of the query's words (specific ones; generic ones only when nothing else)."""
    marked = highlight_words(terms)
    if not marked:
        return ()
    fields: list[tuple[str, int | None, str]] = [("measure", None, row.measure)]
    fields += [("actions", i, a) for i, a in enumerate(row.actions)]
    fields += [(name, None, getattr(row, name) or "") for name in ("deadline", "owner", "benefit")]
    fields += [("section", i, s) for i, s in enumerate(row.section)]
    out = []
    for name, index, text in fields:
        spans = term_spans(text, marked) if text else []
        if spans:
            out.append(FieldMatch(name, index, tuple(spans)))
    return tuple(out)


def facets(table: RowTable, positions: np.ndarray | list[int]) -> dict[str, list[dict]]:
    """Counts by office, office type, parent agency, year (民國) and provenance over the given rows."""
    positions = np.asarray(positions, dtype=np.int64)
    years = Counter(int(y) or None for y in table.year_roc[positions])
    parents = Counter(p for p in table.parent_agency[positions] if p)
    return {"offices": _counts(table.office[positions]), "office_types": _counts(table.office_type[positions]),
            "parent_agencies": [{"value": p, "count": c} for p, c in parents.most_common()],
            "years": [{"value": y, "count": c} for y, c in sorted(years.items(), key=lambda x: -(x[0] or 0))],
            "provenance": _counts(table.provenance[positions])}


def _counts(values: np.ndarray) -> list[dict]:
    return [{"value": v, "count": c} for v, c in Counter(values).most_common()]


def measure_key(row: MeasureRow) -> str:
    """Rows of different offices repeating one measure word for word share this key."""
    return _PUNCT.sub("", fold(row.measure + "".join(row.actions)))


def collapse(positions: list[int], rows: list[MeasureRow]) -> dict[int, tuple[int, ...]]:
    """For rows repeating another shown row's measure (other offices, same words): the first
    row → the positions of the repeats, which are then not listed apart. Each still counts for
    its own office in answers, facets and trends."""
    first: dict[str, int] = {}
    repeats: dict[int, list[int]] = {}
    for position in positions:
        key = measure_key(rows[position])
        if key in first and rows[first[key]].office != rows[position].office:
            repeats.setdefault(first[key], []).append(position)
        else:
            first.setdefault(key, position)
    return {head: tuple(more) for head, more in repeats.items()}


def highlight_words(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Terms worth marking: generic words (服務, 民眾…) only when nothing else matched."""
    specific = tuple(t for t in terms if t not in GENERIC_TERMS)
    return specific or terms

