"""What the frozen held-out wording tests (tests/test_ingest/test_heldout*_wording_frozen.py)
share: a wording's constants by prefix, their SHA-256, and the entries each kind holds."""

from __future__ import annotations

import hashlib

from plan_factory import vocabulary as V
from plan_factory.model import cn

HEADER_ROLES = ("facet", "measure", "group", "actions", "steps", "deadline", "owner", "benefit")


def wording_names(prefix: str) -> list[str]:
    """The vocabulary's constants of one wording (`HELDOUT3_` …), sorted."""
    return sorted(name for name in dir(V) if name.startswith(prefix))


def frozen_digest(prefix: str) -> str:
    text = "\n".join(f"{name}={getattr(V, name)!r}" for name in wording_names(prefix))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(k) + strings(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in strings(v)]
    return []


def units(office_types: dict) -> set[str]:
    return {unit for _, office_units in office_types.values() for unit in office_units}


def header_names(headers: dict) -> set[str]:
    return {name for names in headers.values() for name in names}


def rendered_markers(markers: dict, sequences: dict) -> set[str]:
    """The first three numbers of every list-marker style, as a plan writes them."""
    return {pattern.format(n=n, cn=cn(n), c=sequences.get(name, ("",) * 3)[n - 1]).strip()
            for name, pattern in markers.items() for n in range(1, 4)}
