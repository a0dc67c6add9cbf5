"""Would the claim gate tell a row that states the topic from a related row with evidence of *where* the row holds it?

    .venv/bin/python bench/gate_row_evidence.py collect --index DIR --cache FILE
    .venv/bin/python bench/gate_row_evidence.py compare --cache FILE --out FILE

An experiment on spent query sets only (development data: dev and held-out 1–26; held-out 27 is
frozen and never read here). Session 22 found that no model class over the shipped features
promotes many more statements on unseen sets without also promoting rows the gold grades 1
(related: the row touches the topic, it does not state it). Those features say how near the row
stands and how much of the query it holds *anywhere*; none says whether the row is *named* for the
topic or only mentions it among other things. The candidates (rule: bench/results/gate_row_evidence_rule.txt):
- `measure_share`: the IDF-weighted share of the query's concepts the judge found in the row's
  measure or section heading (its name), not only in an action or the benefit;
- `measure_pairs`: the IDF-weighted share of the query's character pairs in the measure and section;
- `title_z`: the query's similarity to the measure's name alone (passage-embedded), standardised
  as the query's other similarities are;
- `title_lift`: that similarity minus the query's similarity to the whole row;
- `row_length`: the log of the row's characters (a long row mentions many things in passing).
The lines are the ones `scripts/train_claim_gate.py` fits the gate on, with the row's id kept.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relevance import SETS, open_sample_searcher  # noqa: E402
from gate_features import walked  # noqa: E402
from gate_model_class import CHECK, Candidate  # noqa: E402
from train_claim_gate import NEVER_PROMOTE, SPENT, choose_threshold  # noqa: E402

from index.evaluate import load_queries, row_grade  # noqa: E402

EXTRA = ("measure_share", "measure_pairs", "title_z", "title_lift", "row_length")


def _title(row) -> str:
    return row.measure or (row.section[-1] if row.section else "")


def do_collect(args) -> None:
    searcher = open_sample_searcher(args.index, claim_gate=False)
    titles = sorted({_title(r) for r in searcher.rows})
    title_vectors = searcher.embedder.encode_passages(titles)
    title_of = {t: i for i, t in enumerate(titles)}
    sets = SPENT.split(",") + CHECK
    x, extra, grade, group, kind, qid, rows = [], [], [], [], [], [], []
    for n, name in enumerate(sets):
        for query in load_queries(ROOT / SETS[name]):
            state, facts = walked(searcher, query.query)
            if not facts:
                continue
            parsed = state.parsed
            weights = searcher.concept_weights(parsed)
            total = sum(weights.get(c.label, 1.0) for c in parsed.concepts) or 1.0
            pairs = searcher.judge.query_pairs(parsed)
            pair_total = sum(pairs.weights) or 1.0
            positions = np.array([p for p, _ in facts])
            whole = searcher.store.passage_vectors(positions) @ state.vector
            title = title_vectors[[title_of[_title(searcher.rows[p])] for p in positions]] @ state.vector
            spread = np.std(whole) or 1.0
            for (position, f), w, t in zip(facts, whole, title, strict=True):
                judged = state.judged[position]
                named = {e.concept for e in judged.evidence if e.field in ("measure", "section")}
                view = searcher.judge.view(position)
                context = view.context
                row = searcher.rows[position]
                x.append(f.vector())
                extra.append([sum(weights.get(c, 1.0) for c in named) / total,
                              sum(wt for g, wt in zip(pairs.pairs, pairs.weights, strict=True) if g in context) / pair_total,
                              (t - float(np.mean(whole))) / spread, (t - w) / spread, math.log1p(len(row.text))])
                grade.append(row_grade(query, row)[0])
                group.append(n)
                kind.append(query.kind)
                qid.append(f"{name}:{query.id}")
                rows.append(row.row_id)
        print(name, len(grade), flush=True)
    np.savez(args.cache, x=np.array(x), extra=np.array(extra), grade=np.array(grade), group=np.array(group),
             kind=np.array(kind), qid=np.array(qid), row_id=np.array(rows), set_names=np.array(sets))


def _lines(cache: Path, features: tuple[str, ...]) -> tuple[dict, dict]:
    data = dict(np.load(cache, allow_pickle=False))
    chosen = [EXTRA.index(f) for f in features]
    data["x"] = np.hstack([data["x"], data["extra"][:, chosen]])
    training = [list(data["set_names"]).index(n) for n in SPENT.split(",")]
    keep = np.isin(data["group"], training)
    pick = lambda m: {k: v[m] for k, v in data.items() if k not in ("set_names", "extra")}  # noqa: E731
    return pick(keep), pick(~keep)


def run_candidate(cache: Path, features: tuple[str, ...], model: str = "LR") -> dict:
    """As the trainer judges the shipped gate: left-out threshold on the training sets, one fit, applied to 11–26."""
    train, check = _lines(cache, features)
    y = train["grade"] == 2
    prob = np.zeros(len(y))
    for g in np.unique(train["group"]):
        held = train["group"] == g
        prob[held] = Candidate(model).fit(train["x"][~held], y[~held]).predict(train["x"][held])
    threshold, curve = choose_threshold(train, prob, 0.05)
    applied = Candidate(model).fit(train["x"], y).predict(check["x"]) >= threshold
    never = np.isin(check["kind"], list(NEVER_PROMOTE))
    return {"features": list(features), "model": model, "threshold": threshold,
            "left_out": next(p for p in curve if p["threshold"] == threshold),
            "check": {"promoted": int(applied.sum()), "grade2": int((applied & (check["grade"] == 2)).sum()),
                      "grade1": int((applied & (check["grade"] == 1)).sum()),
                      "grade0": int((applied & (check["grade"] == 0)).sum()), "never_kinds": int((applied & never).sum()),
                      "queries_gaining": len(set(check["qid"][applied & (check["grade"] == 2)]))}}


def do_compare(args) -> None:
    report = {"candidates": []}
    for features in [(), *[(f,) for f in EXTRA], EXTRA]:
        for model in ("LR", "MLP"):
            result = run_candidate(args.cache, features, model)
            report["candidates"].append(result)
            print(json.dumps(result), flush=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--index", type=Path, required=True)
    c.add_argument("--cache", type=Path, required=True)
    m = sub.add_parser("compare")
    m.add_argument("--cache", type=Path, required=True)
    m.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    {"collect": do_collect, "compare": do_compare}[args.command](args)


if __name__ == "__main__":
    main()
