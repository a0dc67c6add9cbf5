"""Round-trip comparison: did ingesting a rendering give back the plan's rows exactly?

A row is exact when measure, actions (each, in order), deadline, owner, section path, office
and year are equal after NFKC with white space removed; section elements are compared without
their leading numbering (`一、`, `(一)`), because one logical heading is numbered differently by
layouts (a `(一)` heading in prose, a bare group cell in a table). Rows are matched as a
multiset, one to one; junk rows count against the rate.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ingest.check import pair_rows
from ingest.record import MeasureRow
from plan_factory.model import ExpectedRow, Plan

_MARKER = re.compile(r"^(?:[壹貳參叁肆伍陸柒捌玖拾]{1,2}\s*[、．.]|[一二三四五六七八九十]{1,3}\s*[、·．.]"
                     r"|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、])\s*")
FIELDS = ("measure", "actions", "deadline", "owner", "section", "benefit")


def canon(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def section_key(section: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(canon(_MARKER.sub("", s.strip())) for s in section if canon(s))


def field_values(row: ExpectedRow | MeasureRow) -> dict[str, object]:
    return {"measure": canon(row.measure), "actions": tuple(canon(a) for a in row.actions),
            "deadline": canon(row.deadline), "owner": canon(row.owner), "section": section_key(row.section),
            "benefit": canon(row.benefit)}


def exact_key(row: ExpectedRow | MeasureRow, office: str, year_roc: int | None) -> tuple:
    values = field_values(row)
    return (*(values[f] for f in FIELDS if f != "benefit"), canon(office), year_roc)


@dataclass
class RoundTrip:
    """The outcome for one plan in one layout."""

    expected: int
    produced: int
    exact: int
    field_ok: dict[str, int] = field(default_factory=dict)  # over paired rows
    paired: int = 0
    diffs: list[dict] = field(default_factory=list)  # expected vs produced, for the first misses
    error: str | None = None

    @property
    def rate(self) -> float:
        """Exact rows over max(expected, produced): junk rows cost as much as missed ones."""
        denominator = max(self.expected, self.produced)
        return self.exact / denominator if denominator else 1.0

    @property
    def ok(self) -> bool:
        return self.exact == self.expected == self.produced


def compare_rows(plan: Plan, produced: list[MeasureRow], *, max_diffs: int = 3,
                 with_benefit: bool = True) -> RoundTrip:
    expected = plan.expected_rows()
    produced = [r for r in produced if r.kind == "measure"]
    want = Counter(exact_key(r, plan.office.name, plan.year_roc) for r in expected)
    got = Counter(exact_key(r, r.office, r.year_roc) for r in produced)
    result = RoundTrip(len(expected), len(produced), sum((want & got).values()))
    pairs = pair_rows([_text(r) for r in expected], [_text(r) for r in produced])
    result.paired = len(pairs)
    for field_name in FIELDS:
        result.field_ok[field_name] = sum(field_values(expected[i])[field_name] == field_values(produced[j])[field_name]
                                          for i, j, _ in pairs)
    result.field_ok["office"] = sum(canon(produced[j].office) == canon(plan.office.name) for _, j, _ in pairs)
    result.field_ok["year_roc"] = sum(produced[j].year_roc == plan.year_roc for _, j, _ in pairs)
    missing = want - got
    for i, j, _ in pairs:
        if len(result.diffs) >= max_diffs:
            break
        key = exact_key(expected[i], plan.office.name, plan.year_roc)
        if missing[key] > 0 and exact_key(produced[j], produced[j].office, produced[j].year_roc) != key:
            result.diffs.append(_diff(plan, expected[i], produced[j], with_benefit))
    paired_expected = {i for i, _, _ in pairs}
    for i, row in enumerate(expected):
        if len(result.diffs) >= max_diffs:
            break
        if i not in paired_expected:
            result.diffs.append({"expected": _as_dict(row, plan.office.name, plan.year_roc), "produced": None})
    return result


def _text(row: ExpectedRow | MeasureRow) -> str:
    return canon(row.measure + "".join(row.actions))


def _as_dict(row: ExpectedRow | MeasureRow, office: str, year_roc: int | None) -> dict:
    return {"section": list(row.section), "measure": row.measure, "actions": list(row.actions),
            "deadline": row.deadline, "owner": row.owner, "benefit": row.benefit, "office": office, "year_roc": year_roc}


def _diff(plan: Plan, want: ExpectedRow, got: MeasureRow, with_benefit: bool) -> dict:
    a, b = _as_dict(want, plan.office.name, plan.year_roc), _as_dict(got, got.office, got.year_roc)
    keys = [k for k in a if k != "benefit" or with_benefit]
    differs = [k for k in keys if (section_key(a[k]) != section_key(b[k]) if k == "section"
                                   else [canon(x) for x in a[k]] != [canon(x) for x in b[k]] if k == "actions"
                                   else canon(str(a[k])) != canon(str(b[k])))]
    return {"fields": differs, "expected": {k: a[k] for k in differs} | {"measure": a["measure"]},
            "produced": {k: b[k] for k in differs} | {"measure": b["measure"]}}
