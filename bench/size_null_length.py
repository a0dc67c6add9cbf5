"""Sizing the null-length lever (docs/relevance.md, "Off-topic by a null model"): English null
queries drawn as the build draws them (index/null_model.py) but at the length of real English
questions instead of 1-3 words, and how many of the
spent sets' English questions and off-topic English queries their bars call about the corpus.

    .venv/bin/python bench/size_null_length.py [--index var/eval-index] [--seed 101] [--out FILE]

A measurement, not the product: the build's null model is unchanged. The frozen held-out set
newer than the spent ones (held-out 17, 18) is never read.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_relevance import SETS, open_sample_searcher  # noqa: E402

from index.evaluate import load_queries  # noqa: E402
from index.null_model import LONG_SIZES, NULL_SIZES, english_queries, english_words  # noqa: E402
from index.text import is_mostly_latin  # noqa: E402

SPENT = ["dev"] + [f"heldout{i}" for i in range(1, 17)]  # (the sizing of 2026-12-05 read 1-15)


def spent_english() -> tuple[list[str], list[str]]:
    """The spent sets' English questions and their off-topic English queries."""
    asked, offtopic = [], []
    for name in SPENT:
        for query in load_queries(ROOT / SETS[name]):
            if is_mostly_latin(query.query):
                (offtopic if query.kind == "offtopic" else asked).append(query.query)
    return asked, offtopic


def passing(profile: np.ndarray, coverage_bar: float, z_bar: float) -> float:
    return float(((profile[:, 0] > coverage_bar + 1e-9) | (profile[:, 1] >= z_bar)).mean()) if len(profile) else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--n", type=int, default=120)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    searcher = open_sample_searcher(args.index)
    rng = random.Random(args.seed)

    def profile(queries: list[str]) -> np.ndarray:
        return np.array([(c, z) for c, z, _ in searcher.profile(queries)], dtype=np.float64).reshape(-1, 2)

    asked, offtopic = spent_english()
    asked_profile, offtopic_profile = profile(asked), profile(offtopic)
    report = {"english_questions": len(asked), "offtopic_english": len(offtopic), "bars": {}}
    shipped = searcher.null.en
    candidates = {"shipped (1-3 words)": (shipped.coverage_bar, shipped.z_bar)}
    words = english_words()  # the build's own vocabulary and drawing (index/null_model.py), only the length changed
    for label, sizes in (("redrawn 1-3 words", NULL_SIZES), ("4-8 words", LONG_SIZES)):
        null = profile(english_queries(rng, args.n, words, sizes))
        candidates[label] = (float(np.quantile(null[:, 0], 0.95)), float(np.quantile(null[:, 1], 0.95)))
    for label, (coverage_bar, z_bar) in candidates.items():
        report["bars"][label] = {"coverage_bar": round(coverage_bar, 3), "z_bar": round(z_bar, 3),
                                 "questions_about_corpus": round(passing(asked_profile, coverage_bar, z_bar), 3),
                                 "offtopic_about_corpus": round(passing(offtopic_profile, coverage_bar, z_bar), 3)}
    text = json.dumps(report, ensure_ascii=False, indent=1)
    sys.stdout.write(text + "\n")
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
