"""Score produced rows against gold measure rows (see data/eval/README.md), honestly.

- One to one: a produced row matches at most one gold row (an optimal assignment on a
  similarity matrix, scipy's `linear_sum_assignment`, rather than greedy first-fit), so one
  row holding a whole plan finds one gold row, not all of them.
- A pair counts only when the two rows say nearly the same thing: the Dice overlap of their
  characters (measure + actions, folded) is at least `MATCH_THRESHOLD`.
- Every produced measure row that is not paired is junk and counts against precision.
- Per-field accuracy over the found rows: measure, actions, deadline, owner, benefit and the
  section path (each element folded), plus whole-row exactness.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from ingest.normalize import fold
from ingest.record import MeasureRow

MATCH_THRESHOLD = 0.8
FIELDS = ("measure", "actions", "deadline", "owner", "benefit", "section")


@dataclass(frozen=True)
class GoldRow:
    id: str
    section: tuple[str, ...]
    measure: str
    actions: tuple[str, ...]
    deadline: str | None
    owner: str | None
    benefit: str | None

    @classmethod
    def from_dict(cls, data: dict) -> GoldRow:
        return cls(data.get("id", ""), tuple(data.get("section") or ()), data["measure"],
                   tuple(data.get("actions") or ()), data.get("deadline"), data.get("owner"), data.get("benefit"))


def row_text(row: GoldRow | MeasureRow) -> str:
    """What a row says (measure and actions), in comparison form."""
    return fold(row.measure + "".join(row.actions))


def dice(a: Counter, b: Counter, size_a: int, size_b: int) -> float:
    if not size_a or not size_b:
        return 0.0
    return 2 * sum((a & b).values()) / (size_a + size_b)


def pair_rows(gold_texts: list[str], produced_texts: list[str],
              threshold: float = MATCH_THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, produced index, similarity) with similarity ≥ threshold,
    chosen to maximise the total similarity."""
    if not gold_texts or not produced_texts:
        return []
    bags_g = [Counter(t) for t in gold_texts]
    bags_p = [Counter(t) for t in produced_texts]
    sim = np.array([[dice(g, p, len(tg), len(tp)) for p, tp in zip(bags_p, produced_texts, strict=True)]
                    for g, tg in zip(bags_g, gold_texts, strict=True)])
    rows, cols = linear_sum_assignment(sim, maximize=True)
    return [(int(i), int(j), float(sim[i, j])) for i, j in zip(rows, cols, strict=True) if sim[i, j] >= threshold]


def field_equal(name: str, gold: GoldRow, row: MeasureRow) -> bool:
    if name in ("actions", "section"):
        want, got = getattr(gold, name), getattr(row, name)
        return [fold(x) for x in want if fold(x)] == [fold(x) for x in got if fold(x)]
    return fold(getattr(gold, name) or "") == fold(getattr(row, name) or "")


@dataclass
class PlanScore:
    plan: str
    gold_rows: int
    found: int
    produced: int
    field_ok: dict[str, int] = field(default_factory=dict)
    exact: int = 0
    unmatched: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    office_ok: bool = False
    year_ok: bool = False

    @property
    def recall(self) -> float:
        return self.found / self.gold_rows if self.gold_rows else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.produced if self.produced else 0.0

    def accuracy(self, name: str) -> float:
        return round(self.field_ok.get(name, 0) / self.found, 4) if self.found else 0.0

    def to_dict(self) -> dict:
        return {"plan": self.plan, "gold_rows": self.gold_rows, "found": self.found, "produced": self.produced,
                "recall": round(self.recall, 4), "precision": round(self.precision, 4),
                "junk": self.produced - self.found, "exact": self.exact,
                "office_ok": self.office_ok, "year_ok": self.year_ok,
                "field_accuracy": {name: self.accuracy(name) for name in FIELDS},
                "deadline_acc": self.accuracy("deadline"), "owner_acc": self.accuracy("owner"),
                "missed": self.missed, "unmatched": self.unmatched}


def score_plan(gold: dict, rows: list[MeasureRow]) -> PlanScore:
    """Pair the plan's measure rows with its gold rows one to one and score the pairs."""
    golds = [GoldRow.from_dict(g) for g in gold["rows"]]
    measures = [r for r in rows if r.kind == "measure"]
    pairs = pair_rows([row_text(g) for g in golds], [row_text(r) for r in measures])
    score = PlanScore(gold["source"], len(golds), len(pairs), len(measures))
    for name in FIELDS:
        score.field_ok[name] = sum(field_equal(name, golds[i], measures[j]) for i, j, _ in pairs)
    score.exact = sum(all(field_equal(n, golds[i], measures[j]) for n in FIELDS) for i, j, _ in pairs)
    found_gold = {i for i, _, _ in pairs}
    found_rows = {j for _, j, _ in pairs}
    score.missed = [f"{g.id} {g.measure[:30]}" for i, g in enumerate(golds) if i not in found_gold]
    score.unmatched = [r.measure[:40] for j, r in enumerate(measures) if j not in found_rows]
    if measures:
        score.office_ok = measures[0].office == gold["office"]
        score.year_ok = measures[0].year_roc == gold["year_roc"] and measures[0].year_ad == gold["year_ad"]
    return score


def load_gold(folder: str | Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def check_rows(rows: list[MeasureRow], gold_folder: str | Path) -> dict:
    """Per-plan and overall recall, precision, junk rows and field accuracy; plans matched by file stem."""
    plans = []
    for gold in load_gold(gold_folder):
        plan_rows = [r for r in rows if Path(r.source_file).stem == Path(gold["source"]).stem]
        if plan_rows:
            plans.append(score_plan(gold, plan_rows))
    gold_total = sum(p.gold_rows for p in plans)
    found = sum(p.found for p in plans)
    produced = sum(p.produced for p in plans)
    return {
        "plans": [p.to_dict() for p in plans],
        "gold_rows": gold_total, "found": found, "produced": produced, "junk": produced - found,
        "exact": sum(p.exact for p in plans),
        "recall": round(found / gold_total, 4) if gold_total else 0.0,
        "precision": round(found / produced, 4) if produced else 0.0,
        "field_accuracy": {name: round(sum(p.field_ok.get(name, 0) for p in plans) / found, 4) if found else 0.0
                           for name in FIELDS},
        "office_accuracy": round(sum(p.office_ok for p in plans) / len(plans), 4) if plans else 0.0,
        "year_accuracy": round(sum(p.year_ok for p in plans) / len(plans), 4) if plans else 0.0,
        "match": f"one-to-one assignment, character Dice ≥ {MATCH_THRESHOLD} on measure + actions",
    }
