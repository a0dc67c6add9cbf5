"""The draft: a list of row ids kept in a cookie (or a URL), no accounts.

Ids are 16 hex characters (content hashes); anything else in a cookie or URL is dropped, and the
list is capped so the cookie stays under browsers' 4 KB limit.
"""

from __future__ import annotations

import re

from index.search import Searcher
from ingest.record import MeasureRow

COOKIE = "plansearch_draft"
MAX_ROWS = 200  # 200 × 17 bytes ≈ 3.4 KB
_ID = re.compile(r"^[0-9a-f]{16}$")


class UnknownRows(ValueError):
    """Row ids that no indexed row has."""

    def __init__(self, ids: list[str]):
        self.ids = ids
        super().__init__(f"no row with id {ids[0]!r}" + (f" (and {len(ids) - 1} more)" if len(ids) > 1 else ""))


def parse_ids(value: str | None) -> list[str]:
    """Ids from `a,b,c` (spaces and duplicates dropped, order kept), at most MAX_ROWS."""
    seen: list[str] = []
    for part in (value or "").replace(" ", ",").split(","):
        part = part.strip().lower()
        if _ID.match(part) and part not in seen:
            seen.append(part)
    return seen[:MAX_ROWS]


def format_ids(ids: list[str]) -> str:
    return ",".join(ids[:MAX_ROWS])


def add(ids: list[str], row_ids: list[str]) -> list[str]:
    return parse_ids(format_ids(ids + row_ids))


def remove(ids: list[str], row_ids: list[str]) -> list[str]:
    return [i for i in ids if i not in row_ids]


def resolve(searcher: Searcher, ids: list[str], *, strict: bool = True) -> list[MeasureRow]:
    """The rows for the ids, in the given order. Unknown ids raise (strict) or are dropped
    (a draft cookie kept across an index rebuild)."""
    missing = [i for i in ids if searcher.row(i) is None]
    if missing and strict:
        raise UnknownRows(missing)
    return [searcher.row(i) for i in ids if searcher.row(i) is not None]
