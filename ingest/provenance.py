"""Where a plan comes from: `published` (an office's real plan) or `invented` (written for the
demo and the tests).

A run sets it for every file (`--provenance`, the upload form), or a folder declares it for the
plans it holds with a file named DECLARATION whose first line that is not a comment is the
value (`data/sample/invented/` declares `invented`). Neither: `published`. A declaration is a
rule about a folder, so a new invented plan dropped into it is marked without a list of names.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ingest.errors import IngestError
from ingest.record import PROVENANCES, MeasureRow

DECLARATION = ".plansearch-provenance"


def _declared_in(folder: Path) -> str | None:
    path = folder / DECLARATION
    if not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(str(path), f"provenance declaration cannot be read ({exc})", code="provenance_unreadable") from None
    values = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not values or values[0] not in PROVENANCES:
        found = values[0] if values else ""
        raise IngestError(str(path), f"provenance declaration says {found!r}; use one of {', '.join(PROVENANCES)}",
                          code="provenance_invalid", values={"value": found, "choices": ", ".join(PROVENANCES)})
    return values[0]


def declared_provenance(path: Path) -> str | None:
    """The provenance the file's folder declares (DECLARATION beside it), or None."""
    return _declared_in(Path(path).absolute().parent)


def file_provenance(path: Path, given: str | None) -> str:
    """The provenance of one plan file: the run's (`given`), else its folder's, else published."""
    if given is not None:
        if given not in PROVENANCES:
            raise ValueError(f"provenance: unknown value {given!r}; use one of {', '.join(PROVENANCES)}")
        return given
    return declared_provenance(path) or "published"


def with_provenance(rows: list[MeasureRow], provenance: str) -> list[MeasureRow]:
    """The rows marked with `provenance` (ids unchanged: a plan's provenance is not its content)."""
    return [row if row.provenance == provenance else replace(row, provenance=provenance) for row in rows]
