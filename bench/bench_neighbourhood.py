"""What the row neighbourhood (index/store.py `row_neighbourhood`, read by the claim gate) adds to
a build: seconds for the exact search and for the inverted file at corpus sizes, and how far the
inverted file's means are from the exact ones.

    .venv/bin/python bench/bench_neighbourhood.py [--sizes 10000,50000,100000] [--out FILE]

Vectors are synthetic (clustered: 500 centres plus noise, unit length, 384 dimensions like e5-small);
timings are one run each on whatever machine runs it (the JSON names it)."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.store import row_neighbourhood  # noqa: E402


def clustered(n: int, dim: int = 384, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((500, dim))
    vectors = (centres[rng.integers(0, 500, n)] + 0.6 * rng.standard_normal((n, dim))).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "neighbourhood.json")
    args = parser.parse_args()
    figures = []
    for n in map(int, args.sizes.split(",")):
        vectors = clustered(n)
        started = time.perf_counter()
        exact = row_neighbourhood(vectors, exact_up_to=n)
        exact_s = time.perf_counter() - started
        started = time.perf_counter()
        inverted = row_neighbourhood(vectors, exact_up_to=0)
        inverted_s = time.perf_counter() - started
        figures.append({"rows": n, "exact_s": round(exact_s, 1), "inverted_file_s": round(inverted_s, 1),
                        "mean_abs_difference": float(np.abs(exact - inverted).mean())})
        sys.stdout.write(json.dumps(figures[-1]) + "\n")
    args.out.write_text(json.dumps({"machine": f"{platform.machine()} {platform.processor()} Python {platform.python_version()}",
                                    "figures": figures}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
