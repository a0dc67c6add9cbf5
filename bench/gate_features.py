"""Would the claim gate separate statements from near misses better with evidence about the row?

    .venv/bin/python bench/gate_features.py [--index DIR] [--cache FILE] [--out FILE]

An experiment on spent query sets only (development data). For every candidate the words do not
call a match it records the gate's inputs as they were before it (`BASE`: what
`Searcher.gate_inputs` measured) and five candidate features:
- `row_null_z`: the query's similarity to the row against the row's similarities to the null
  model's random queries (a row near every query — a hub — earns less);
- `above_neighbours`: the similarity minus the row's mean similarity to its 10 nearest rows (CSLS's
  hubness term; kept, so now the product's own feature, read from the facts; named `row_knn` in
  `bench/results/gate_features.json`, written before it was);
- `lead`: the row's standing minus the best standing of the query's other candidates;
- `char_cover`: the IDF-weighted share of the topic's Han characters the row holds;
- `crowd`: how many other candidates stand within 0.5 of the row.
Then, as `scripts/train_claim_gate.py` does, it fits the gate with each set left out and reads
the threshold rule's curve, with and without each feature, on the training sets (dev, held-out
1–10) and on held-out 11–16 as a second development check.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relevance import SETS, open_sample_searcher  # noqa: E402
from train_claim_gate import SPENT, choose_threshold, fit, left_out_predictions  # noqa: E402

from index.claim_gate import FEATURES  # noqa: E402
from index.evaluate import load_queries, row_grade  # noqa: E402
from index.filters import Filters  # noqa: E402
from index.judge import RowView  # noqa: E402
from index.null_model import SHIPPED_QUERIES  # noqa: E402
from index.search import Mode, Searcher, _Query  # noqa: E402
from index.text import fold  # noqa: E402

EXTRA = ("row_null_z", "above_neighbours", "lead", "char_cover", "crowd")
BASE = tuple(name for name in FEATURES if name not in EXTRA)  # the gate's features before this experiment
_HAN = re.compile(r"[\u4e00-\u9fff]")
CHECK = "heldout11,heldout12,heldout13,heldout14,heldout15,heldout16"


def walked(searcher: Searcher, text: str) -> tuple[_Query, list]:
    """The query's state after the hybrid walk, and the gate's inputs for its candidates the words leave open."""
    parsed = searcher.parse(text)
    state = _Query(parsed, Filters().narrowed(parsed.filters))
    searcher._walk([state], Mode.HYBRID)
    return state, searcher._candidate_facts(state)


def row_profiles(searcher: Searcher) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All passage vectors, and each row's mean and spread of similarity to the null queries."""
    rows = searcher.store.passage_vectors(np.arange(len(searcher.rows)))
    shipped = json.loads(SHIPPED_QUERIES.read_text(encoding="utf-8"))
    texts = [t for key, group in shipped.items() if key.endswith("queries") for t in group]
    null = searcher.queries.encode_many(texts)
    sims = null.astype(np.float32) @ rows.T
    return rows, sims.mean(axis=0), sims.std(axis=0)


def char_weights(searcher: Searcher) -> tuple[list[set[str]], dict[str, float]]:
    """Each row's Han characters (its whole text as the judge reads it) and each character's IDF."""
    chars = []
    for row in searcher.rows:
        view = RowView.of(row)
        chars.append({c for c in "\n".join((view.context, *view.actions, view.benefit)) if _HAN.match(c)})
    df = Counter(c for s in chars for c in s)
    return chars, {c: math.log(len(chars) / n) for c, n in df.items()}


def char_cover(topic: str, chars: set[str], idf: dict[str, float]) -> float:
    """The IDF-weighted share of the topic's Han characters the row holds (a paraphrase shares
    characters with the row that states it even when no whole word is shared)."""
    own = {c for c in topic if _HAN.match(c)}
    total = sum(idf.get(c, math.log(1000)) for c in own)
    return sum(idf.get(c, 0.0) for c in own if c in chars) / total if total else 0.0


def collect(searcher: Searcher, sets: list[str]) -> dict[str, np.ndarray]:
    rows, null_mean, null_sd = row_profiles(searcher)
    base = [FEATURES.index(name) for name in BASE]
    chars, idf = char_weights(searcher)
    x, grade, group, kind, qid = [], [], [], [], []
    for n, name in enumerate(sets):
        for query in load_queries(ROOT / SETS[name]):
            state, facts = walked(searcher, query.query)
            zs = {p: j.z for p, j in state.judged.items() if j.z is not None}
            for position, fact in facts:
                sim = float(rows[position] @ state.vector) if state.vector is not None else 0.0
                others = [z for p, z in zs.items() if p != position]
                lead = (fact.z - max(others)) if fact.z is not None and others else 0.0
                crowd = sum(1 for z in others if fact.z is not None and z >= fact.z - 0.5)
                extra = [(sim - null_mean[position]) / max(null_sd[position], 1e-6), fact.above_neighbours, lead,
                         char_cover(fold(state.parsed.asked_topic), chars[position], idf), math.log1p(crowd)]
                x.append(np.concatenate([fact.vector()[base], extra]))
                grade.append(row_grade(query, searcher.rows[position])[0])
                group.append(n)
                kind.append(query.kind)
                qid.append(f"{name}:{query.id}")
    return {"x": np.array(x), "grade": np.array(grade), "group": np.array(group), "kind": np.array(kind), "qid": np.array(qid)}


def reading(data: dict[str, np.ndarray], columns: list[int], fitted_on: dict[str, np.ndarray] | None = None) -> dict:
    """The threshold rule's choice and what it promotes, with the gate reading `columns`: each
    set left out of the fit in turn, or (`fitted_on`) the gate fitted on the training sets."""
    part = {**data, "x": data["x"][:, columns]}
    if fitted_on is None:
        prob = left_out_predictions(part, 1.0)
    else:
        mean, scale, model = fit(fitted_on["x"][:, columns], fitted_on["grade"] == 2, 1.0)
        prob = model.predict_proba((part["x"] - mean) / scale)[:, 1]
    threshold, curve = choose_threshold(part, prob, 0.05)
    at = {p["threshold"]: p for p in curve}
    return {"threshold": threshold, "at_rule": at.get(round(threshold, 2)), "at_0.85": at.get(0.85), "at_0.75": at.get(0.75)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "gate_features.json")
    args = parser.parse_args()
    if args.cache is not None and args.cache.exists():
        data = {k: dict(np.load(args.cache / f"{k}.npz", allow_pickle=False)) for k in ("train", "check")}
    else:
        searcher = open_sample_searcher(args.index, claim_gate=False)
        data = {"train": collect(searcher, SPENT.split(",")), "check": collect(searcher, CHECK.split(","))}
        if args.cache is not None:
            args.cache.mkdir(parents=True, exist_ok=True)
            for k, v in data.items():
                np.savez(args.cache / f"{k}.npz", **v)
    base = list(range(data["train"]["x"].shape[1] - len(EXTRA)))
    variants = {"gate as shipped": base, **{f"+ {name}": base + [len(base) + i] for i, name in enumerate(EXTRA)},
                "+ all five": base + [len(base) + i for i in range(len(EXTRA))]}
    report = {name: {"train (each set left out)": reading(data["train"], cols),
                     "held-out 11-16 (fitted on train)": reading(data["check"], cols, data["train"])}
              for name, cols in variants.items()}
    for name, parts in report.items():
        sys.stdout.write(f"{name}: " + json.dumps(parts, ensure_ascii=False) + "\n")
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
