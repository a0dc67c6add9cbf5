"""The draft row every step of the row builder produces, before plan metadata is attached."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DraftRow:
    section: list[str]
    measure: str
    actions: list[str]
    deadline: str | None
    owner: str | None
    benefit: str | None
    line: int | None
    page: int | None
    extra: dict = field(default_factory=dict)
    kind: str = "measure"


@dataclass
class BuildResult:
    rows: list[DraftRow]
    warnings: list[dict]
