"""The draft: a list of row ids kept in a cookie (or a URL), no accounts, and a note per row in
a second cookie.

Ids are 16 hex characters (content hashes); anything else in a cookie or URL is dropped, and the
list is capped so the cookie stays under browsers' 4 KB limit. Notes are JSON, base64url-encoded
(a cookie value holds no raw UTF-8); a note longer than NOTE_CHARS, or notes that together would
pass NOTES_BYTES encoded, are refused with NotesFull rather than cut.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from index.search import Searcher
from ingest.record import MeasureRow
from service.workbench.plans import section_label

COOKIE = "plansearch_draft"
NOTES_COOKIE = "plansearch_notes"
MAX_ROWS = 200  # 200 × 17 bytes ≈ 3.4 KB
NOTE_CHARS = 200
NOTES_BYTES = 3800  # encoded: about 900 Chinese characters over all notes
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


def move(ids: list[str], row_id: str, offset: int) -> list[str]:
    """The list with `row_id` moved `offset` places (−1 up, +1 down), kept inside the list."""
    if row_id not in ids:
        return list(ids)
    moved = [i for i in ids if i != row_id]
    moved.insert(max(0, min(len(moved), ids.index(row_id) + offset)), row_id)
    return moved


class NotesFull(ValueError):
    """A note too long, or more note text than the notes cookie holds."""


def decode_notes(value: str | None) -> dict[str, str]:
    """Notes from the cookie; a damaged cookie reads as no notes."""
    if not value:
        return {}
    try:
        data = json.loads(base64.urlsafe_b64decode(value.encode("ascii") + b"=" * (-len(value) % 4)))
    except (ValueError, binascii.Error, UnicodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and _ID.match(k) and isinstance(v, str) and v}


def encode_notes(notes: dict[str, str]) -> str:
    raw = json.dumps(notes, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    value = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    if len(value) > NOTES_BYTES:
        raise NotesFull(f"notes: together more than the {NOTES_BYTES} bytes a cookie holds")
    return value


def set_note(notes: dict[str, str], ids: list[str], row_id: str, text: str) -> dict[str, str]:
    """Notes with `row_id`'s note set (blank removes it); notes of rows no longer in the draft dropped."""
    text = " ".join(text.split())
    if len(text) > NOTE_CHARS:
        raise NotesFull(f"note: {len(text)} characters; at most {NOTE_CHARS}")
    kept = {i: n for i, n in notes.items() if i in ids and i != row_id}
    if text and row_id in ids:
        kept[row_id] = text
    return kept


def by_section(rows: list[MeasureRow]) -> list[tuple[str, list[MeasureRow]]]:
    """Rows grouped by their section path (groups in order of first appearance, rows in draft order)."""
    groups: dict[str, list[MeasureRow]] = {}
    for row in rows:
        groups.setdefault(section_label(row.section), []).append(row)
    return list(groups.items())
