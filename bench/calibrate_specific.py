"""Choose `SearchSettings.specific_share` on the development query sets: the share of the
build's rows at most which may state a question's one naming word for the everyday words beside
it to be left out (每個月都會自己做電話禮貌測試 → 電話禮貌測試). For each value: nDCG@10 / R@10,
office-F1, false "none", claims, cited rows the gold grades 0, and off-topic queries with a
non-zero total.

    python bench/calibrate_specific.py [--index DIR] [--grid off,0.03,0.08] [--sets heldout9,heldout8,...]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_relevance as E  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--grid", default="off,0.03,0.08")
    parser.add_argument("--sets", default="heldout9,heldout8,heldout7,heldout6,heldout5")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    searcher = E.open_sample_searcher(args.index)
    table = {}
    for point in args.grid.split(","):
        share = None if point == "off" else float(point)
        searcher.settings = dataclasses.replace(searcher.settings, specific_share=share)
        searcher.judge.specific = searcher.specific if share is not None else None
        for name in args.sets.split(","):
            row = E.set_figures(searcher, name)
            table[f"{point} {name}"] = row
            print(f"{point:<7} {name:<9} " + json.dumps(row, ensure_ascii=False), flush=True)
    if args.out:
        args.out.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
