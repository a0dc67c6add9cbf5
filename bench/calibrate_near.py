"""Choose the judge's near statements of long questions (`SearchSettings.near_coverage`,
`near_z`) on the development query sets: for each pair, nDCG@10 / R@10 and office-F1, false
"none", claims the statement test does not support (near claims), cited rows the gold grades 0,
and the off-topic queries with a non-zero total.

    python bench/calibrate_near.py [--index DIR] [--grid off,0.67:2,0.5:2,0.67:3] [--sets heldout5,heldout4,heldout3,heldout2,heldout1,dev]
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--grid", default="off,0.67:2,0.5:2,0.67:3")
    parser.add_argument("--sets", default="heldout5,heldout4,heldout3,heldout2,heldout1,dev")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    searcher = E.open_sample_searcher(args.index)
    table = {}
    for point in args.grid.split(","):
        coverage, z = (None, 2.0) if point == "off" else map(float, point.split(":"))
        searcher.judge.near_coverage, searcher.judge.near_z = coverage, z
        for name in args.sets.split(","):
            row = E.set_figures(searcher, name)
            table[f"{point} {name}"] = row
            print(f"{point:<7} {name:<9} " + json.dumps(row, ensure_ascii=False), flush=True)
    if args.out:
        args.out.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
