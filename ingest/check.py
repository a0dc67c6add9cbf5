"""Score produced rows against gold measure rows (see data/eval/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from ingest.normalize import fold
from ingest.record import MeasureRow


def _stem(name: str) -> str:
    return Path(name).stem


def row_haystack(row: MeasureRow) -> str:
    return fold(" ".join([row.measure, *row.actions, *row.section[-1:]]))


def action_coverage(gold_actions: list[str], haystack: str) -> float:
    """Share of the gold actions' characters found in the produced row (matching blocks)."""
    target = fold("".join(gold_actions))
    if not target:
        return 1.0
    matcher = SequenceMatcher(None, target, haystack, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / len(target)


def gold_matches(gold: dict, row: MeasureRow) -> bool:
    """A gold row counts when a produced row contains its measure and ≥90% of its action characters."""
    hay = row_haystack(row)
    return fold(gold["measure"]) in hay and action_coverage(gold.get("actions") or [], hay) >= 0.9


@dataclass
class PlanScore:
    plan: str
    gold_rows: int
    found: int
    produced: int
    unmatched: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    office_ok: bool = False
    year_ok: bool = False
    deadline_ok: int = 0
    owner_ok: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold_rows if self.gold_rows else 1.0

    @property
    def precision(self) -> float:
        return 1 - len(self.unmatched) / self.produced if self.produced else 0.0


def score_plan(gold: dict, rows: list[MeasureRow]) -> PlanScore:
    measures = [r for r in rows if r.kind == "measure"]
    score = PlanScore(gold["source"], len(gold["rows"]), 0, len(measures))
    matched_rows: set[str] = set()
    for g in gold["rows"]:
        hit = next((r for r in measures if gold_matches(g, r)), None)
        if hit is None:
            score.missed.append(f'{g["id"]} {g["measure"][:30]}')
            continue
        score.found += 1
        matched_rows.add(hit.row_id)
        score.deadline_ok += fold(hit.deadline or "") == fold(g.get("deadline") or "")
        score.owner_ok += fold(hit.owner or "") == fold(g.get("owner") or "")
    for r in measures:
        if r.row_id not in matched_rows and not any(gold_matches(g, r) for g in gold["rows"]):
            score.unmatched.append(r.measure[:40])
    if measures:
        score.office_ok = measures[0].office == gold["office"]
        score.year_ok = measures[0].year_roc == gold["year_roc"] and measures[0].year == gold["year"]
    return score


def load_gold(folder: str | Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def check_rows(rows: list[MeasureRow], gold_folder: str | Path) -> dict:
    """Per-plan and overall recall, precision and field accuracy; plans matched by file stem."""
    plans = []
    for gold in load_gold(gold_folder):
        plan_rows = [r for r in rows if _stem(r.source_file) == _stem(gold["source"])]
        if not plan_rows:
            continue
        plans.append(score_plan(gold, plan_rows))
    gold_total = sum(p.gold_rows for p in plans)
    found = sum(p.found for p in plans)
    produced = sum(p.produced for p in plans)
    unmatched = sum(len(p.unmatched) for p in plans)
    return {
        "plans": [{"plan": p.plan, "gold_rows": p.gold_rows, "found": p.found, "produced": p.produced,
                   "recall": round(p.recall, 4), "precision": round(p.precision, 4),
                   "office_ok": p.office_ok, "year_ok": p.year_ok,
                   "deadline_acc": round(p.deadline_ok / p.found, 4) if p.found else 0.0,
                   "owner_acc": round(p.owner_ok / p.found, 4) if p.found else 0.0,
                   "missed": p.missed, "unmatched": p.unmatched} for p in plans],
        "recall": round(found / gold_total, 4) if gold_total else 0.0,
        "precision": round(1 - unmatched / produced, 4) if produced else 0.0,
        "office_accuracy": round(sum(p.office_ok for p in plans) / len(plans), 4) if plans else 0.0,
        "year_accuracy": round(sum(p.year_ok for p in plans) / len(plans), 4) if plans else 0.0,
    }
