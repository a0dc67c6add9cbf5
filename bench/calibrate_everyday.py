"""Choose `index.parse.EVERYDAY_ZIPF` on the development query sets (never a frozen held-out set
that has not been measured): for each bar, office-F1, false "none", unsupported claims and the
off-topic rate per set, as bench/eval_relevance.py computes them.

    python bench/calibrate_everyday.py [--index DIR] [--bars 99,5.6,5.3,5.0] [--sets heldout4,heldout3,heldout2,heldout1,dev]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_relevance as E  # noqa: E402

from index import parse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--bars", default="99,5.6,5.3,5.0")
    parser.add_argument("--sets", default="heldout4,heldout3,heldout2,heldout1,dev")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    searcher = E.open_sample_searcher(args.index)
    table = {}
    for bar in (float(b) for b in args.bars.split(",")):
        parse.EVERYDAY_ZIPF = bar
        parse.everyday_word.cache_clear()
        for name in args.sets.split(","):
            queries = E.load_queries(Path(E.SETS[name]))
            raw = E.raw_items(Path(E.SETS[name]))
            overall = E.summarise(E.answer_figures(searcher, queries, raw))["ALL"]
            table[f"{bar:g} {name}"] = overall
            print(f"bar {bar:<4g} {name:<9} " + json.dumps(overall, ensure_ascii=False), flush=True)
    if args.out:
        args.out.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
