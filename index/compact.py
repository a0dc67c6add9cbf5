"""Rows held compactly after load: the strings every row of a plan repeats (office, title, file,
hash, section headings, deadline and owner phrases) kept once, not once per row.

Read from JSON, each row brings its own copy of each; at 100k rows that is most of the rows'
memory after the texts themselves.
"""

from __future__ import annotations

import sys

SHARED_FIELDS = ("plan_id", "office", "parent_agency", "title", "source_file", "source_sha256", "deadline", "owner", "kind")


def share_repeated_strings(data: dict) -> dict:
    """The row dict with its repeated strings interned (one object per distinct value)."""
    for name in SHARED_FIELDS:
        value = data.get(name)
        if isinstance(value, str):
            data[name] = sys.intern(value)
    if data.get("section"):
        data["section"] = [sys.intern(s) for s in data["section"]]
    source = data.get("source")
    if isinstance(source, dict) and isinstance(source.get("file"), str):
        source["file"] = sys.intern(source["file"])
    return data
