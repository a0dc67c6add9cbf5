"""The records ingest hands on: a measure row of a service-quality plan, and the plan (Plan)
that every listing shows."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import PurePath

from ingest.metadata import ROC_OFFSET, parent_agency_of
from ingest.office_type import office_type


@dataclass(frozen=True)
class SourceRef:
    """Where a row came from: file, plus page (PDF) or first line (text/HTML)."""

    file: str
    page: int | None = None
    line: int | None = None

    def label(self) -> str:
        if self.page is not None:
            return f"{self.file} p.{self.page}"
        if self.line is not None:
            return f"{self.file} line {self.line}"
        return self.file


@dataclass(frozen=True)
class MeasureRow:
    """One measure row with its plan metadata and a citation back to the source.

    `kind` is "measure" for rows of the plan's measure table (or numbered items of a
    narrative plan) and "strategy" for numbered strategy text next to a table: both are
    searchable, only measures count as rows of the plan.
    """

    row_id: str
    plan_id: str
    office: str
    parent_agency: str | None
    year_roc: int | None  # 民國 year, the calendar the plans and their planners use
    year_ad: int | None  # the same year, Gregorian (year_roc + 1911)
    title: str
    source_file: str
    source_sha256: str
    section: tuple[str, ...]
    measure: str
    actions: tuple[str, ...]
    deadline: str | None
    owner: str | None
    benefit: str | None
    extra: dict = field(default_factory=dict, hash=False, compare=False)
    text: str = ""
    source: SourceRef = field(default_factory=lambda: SourceRef(""))
    kind: str = "measure"
    office_type: str = ""  # ingest.office_type.office_type(office); "" in rows written before it existed
    provenance: str = "published"  # PROVENANCES: a real plan, or one invented for the demo and tests

    def to_dict(self) -> dict:
        """Plain JSON-ready values, built field by field (`asdict`'s deep copy of every string
        was a tenth of a search request's time)."""
        data = {name: getattr(self, name) for name in _ROW_FIELDS}
        data["section"] = list(self.section)
        data["actions"] = list(self.actions)
        data["extra"] = copy.deepcopy(self.extra) if self.extra else {}
        data["source"] = asdict(self.source)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> MeasureRow:
        """Read a row written by to_dict (rows.jsonl); rows written before the Gregorian year was
        named `year_ad` carry it as `year`."""
        values = dict(data)
        if "year" in values:
            values["year_ad"] = values.pop("year")
        values["section"] = tuple(values.get("section") or ())
        values["actions"] = tuple(values.get("actions") or ())
        values["source"] = SourceRef(**values["source"])
        values["extra"] = dict(values.get("extra") or {})
        values["provenance"] = check_provenance(values.get("provenance") or "published")
        return cls(**values)


_ROW_FIELDS = tuple(f.name for f in fields(MeasureRow))

@dataclass(frozen=True)
class Plan:
    """One plan, as every listing shows it: the manifest's `sources` (what `plansearch plans`
    lists without loading rows), /plans and /api/plans, compare and peers. Its metadata is the
    metadata its rows carry; `rows` and `strategy_rows` count them. `copy` (the build's copy of
    the source) and `indexed_at` are known where a build's manifest is read, else None."""

    plan_id: str
    office: str
    office_type: str
    parent_agency: str | None
    year_roc: int | None  # 民國, the calendar the plans and their planners use
    year_ad: int | None  # the same year, Gregorian
    title: str
    source_file: str
    source_sha256: str
    rows: int  # measure rows
    strategy_rows: int
    provenance: str = "published"  # "invented": a demo plan (a badge on every page that shows it)
    copy: str | None = None  # `sources/<file>` in the build, None when no copy was kept
    indexed_at: str | None = None  # when the source entered the index

    @property
    def format(self) -> str:
        """The source file's suffix: txt, md, html, pdf …"""
        return PurePath(self.source_file).suffix.lstrip(".").lower() or "txt"

    @classmethod
    def of_rows(cls, rows: Sequence[MeasureRow], **known) -> Plan:
        """The plan of these rows (one plan's, the first row's metadata), counted by kind;
        `known` adds what rows do not say (copy, indexed_at)."""
        first = rows[0]
        measures = sum(r.kind == "measure" for r in rows)
        return cls(first.plan_id, first.office, first.office_type or office_type(first.office), first.parent_agency,
                   first.year_roc, first.year_ad, first.title, first.source_file, first.source_sha256,
                   measures, len(rows) - measures, first.provenance, **known)

    @classmethod
    def from_manifest(cls, data: dict, indexed_at: str | None = None) -> Plan:
        """A manifest's `sources` entry (index/manifest.py SourceRecord); office type, parent agency
        and the AD year follow from office and 民國 year as they do at ingest."""
        year_roc = data.get("year_roc")
        return cls(data["plan_id"], data["office"], office_type(data["office"]), parent_agency_of(data["office"]),
                   year_roc, year_roc + ROC_OFFSET if year_roc else None, data["title"], data["source_file"],
                   data["sha256"], data["rows"], data["strategy_rows"], data.get("provenance") or "published",
                   data.get("copy"), data.get("indexed_at") or indexed_at)

    def to_manifest(self) -> dict:
        """The manifest's `sources` entry: the keys index/manifest.py SourceRecord allows, no more."""
        return {"source_file": self.source_file, "plan_id": self.plan_id, "sha256": self.source_sha256,
                "office": self.office, "year_roc": self.year_roc, "title": self.title, "rows": self.rows,
                "strategy_rows": self.strategy_rows, "copy": self.copy, "provenance": self.provenance}

    def to_dict(self) -> dict:
        return asdict(self) | {"format": self.format}

    def label(self) -> str:
        """The plan in a line of a CLI report: file (office year, N rows)."""
        year = f" {self.year_roc}年" if self.year_roc else ""
        return f"{self.source_file} ({self.office or '?'}{year}, {self.rows} rows)"

# Where a plan comes from: "published" (an office's real plan) or "invented" (written for the
# demo and the tests; shown with a badge on every surface so it is never taken for a real plan).
PROVENANCES = ("published", "invented")


def check_provenance(value: str) -> str:
    """`value` when it is one of PROVENANCES, else a ValueError naming the choices."""
    if value not in PROVENANCES:
        raise ValueError(f"provenance: unknown value {value!r}; use one of {', '.join(PROVENANCES)}")
    return value


def display_text(measure: str, actions: tuple[str, ...] | list[str], benefit: str | None) -> str:
    """The row as shown to a reader: measure, numbered actions, expected benefit."""
    parts = [measure]
    if len(actions) == 1:
        parts.append(actions[0])
    else:
        parts.extend(f"{n}. {a}" for n, a in enumerate(actions, 1))
    if benefit:
        parts.append(f"預期效益：{benefit}")
    return "\n".join(p for p in parts if p)


def content_row_id(source_file: str, position: int, text: str) -> str:
    """Stable id: a hash of (source, position, text), so re-ingesting changes nothing."""
    digest = hashlib.sha256(f"{source_file}\x1f{position}\x1f{text}".encode()).hexdigest()
    return digest[:16]
