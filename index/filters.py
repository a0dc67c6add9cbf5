"""Row filters: what a request (or a question's own words) restricts the rows to.

`Filters` is the one record every backend reads: the local store turns it into a boolean row
mask over columns built once per build (`RowTable`); another backend turns it into its own
expression. Years are 民國 (ROC) years in `year_from`/`year_to` unless above 1911 (then AD),
as planners type both.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import cached_property

import numpy as np

from ingest.office_type import office_type
from ingest.record import ROC_OFFSET, MeasureRow


def as_roc(year: int) -> int:
    """A year typed either way, as a 民國 year (2018 → 107; 107 stays 107)."""
    return year - ROC_OFFSET if year > ROC_OFFSET else year


@dataclass(frozen=True)
class Filters:
    """Row filters; empty means no restriction. Tuples hold alternatives (any of them)."""

    offices: tuple[str, ...] = ()
    parent_agencies: tuple[str, ...] = ()
    year_from: int | None = None  # 民國 (an AD year, > 1911, is read as 民國 by as_roc)
    year_to: int | None = None  # 民國, as year_from
    section: str | None = None
    kinds: tuple[str, ...] = ()
    office_types: tuple[str, ...] = ()
    provenance: tuple[str, ...] = ()  # "published" / "invented" (ingest.record.PROVENANCES)

    def active(self) -> bool:
        return any(getattr(self, f.name) not in (None, (), "") for f in fields(self))

    def narrowed(self, other: Filters | None) -> Filters:
        """Both restrictions at once (a request's filters and a question's own): where both name
        alternatives of one kind the rows must satisfy both, so the sets intersect; years
        take the tighter bound. An empty intersection stays empty (nothing passes)."""
        if other is None or not other.active():
            return self
        values = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, tuple):
                values[f.name] = (tuple(v for v in mine if v in theirs) or ("\x00",)) if mine and theirs else (mine or theirs)
            elif f.name == "year_from":
                values[f.name] = max((y for y in (_roc(mine), _roc(theirs)) if y is not None), default=None)
            elif f.name == "year_to":
                values[f.name] = min((y for y in (_roc(mine), _roc(theirs)) if y is not None), default=None)
            else:
                values[f.name] = mine or theirs
        return replace(self, **values)


def _roc(year: int | None) -> int | None:
    return None if year is None else as_roc(year)


class RowTable:
    """The rows' filterable columns as arrays, built once per loaded build, so a filter is a
    vectorised mask rather than a pass over every row in Python."""

    def __init__(self, rows: list[MeasureRow]):
        self.size = len(rows)
        self.office = np.array([r.office for r in rows], dtype=object)
        self.parent_agency = np.array([r.parent_agency or "" for r in rows], dtype=object)
        self.year_roc = np.array([r.year_roc or 0 for r in rows], dtype=np.int64)
        self.kind = np.array([r.kind for r in rows], dtype=object)
        self.section = ["\x1f".join(r.section) for r in rows]
        self.office_type = np.array([r.office_type or office_type(r.office) for r in rows], dtype=object)
        self.provenance = np.array([r.provenance for r in rows], dtype=object)

    @cached_property
    def offices(self) -> frozenset[str]:
        return frozenset(self.office)

    @cached_property
    def office_types(self) -> frozenset[str]:
        return frozenset(self.office_type)

    @cached_property
    def parent_agencies(self) -> frozenset[str]:
        return frozenset(p for p in self.parent_agency if p)

    @cached_property
    def years_roc(self) -> tuple[int, ...]:
        return tuple(sorted({int(y) for y in self.year_roc if y > 0}))

    def mask(self, filters: Filters | None) -> np.ndarray | None:
        """Boolean row mask for the filters (None when nothing is filtered)."""
        if filters is None or not filters.active():
            return None
        keep = np.ones(self.size, dtype=bool)
        if filters.offices:
            keep &= np.isin(self.office, list(filters.offices))
        if filters.parent_agencies:
            keep &= np.isin(self.parent_agency, list(filters.parent_agencies))
        if filters.year_from is not None:
            keep &= (self.year_roc >= as_roc(filters.year_from)) & (self.year_roc > 0)
        if filters.year_to is not None:
            keep &= (self.year_roc <= as_roc(filters.year_to)) & (self.year_roc > 0)
        if filters.section:
            keep &= np.array([filters.section in text for text in self.section], dtype=bool)
        if filters.kinds:
            keep &= np.isin(self.kind, list(filters.kinds))
        if filters.office_types:
            keep &= np.isin(self.office_type, list(filters.office_types))
        if filters.provenance:
            keep &= np.isin(self.provenance, list(filters.provenance))
        return keep
