"""The English bridge: the plans' own domain words, embedded as queries, so an English query can
find the Chinese words it means without a hand-written translation list.

An English query holds no word a Chinese plan uses, so BM25 has nothing to score and only the
row vectors rank it. Embedded with the same multilingual model, `reading glasses` lands near
眼鏡 and `bilingual website` near 網站: the nearest domain words, when they stand far above the
rest, are added to the lexical side at the synonym weight. They only rank: they are not the
query's words for the relevance floor, for highlights or for what an answer claims.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.text import GENERIC_TERMS, STOPWORDS, fold

TERMS_FILE = "bridge_terms.json"
VECTORS_FILE = "bridge_vectors.npy"
_DOMAIN_WORD = re.compile(r"^[\u3400-\u9fff]{2,6}$")
_STOP = frozenset(fold(w) for w in STOPWORDS)


def domain_terms(vocabulary) -> list[str]:
    """The index's words worth bridging to: Han words of 2-6 characters, not generic or stop
    words (folded, as the lexical index holds them), in a stable order."""
    return sorted(t for t in vocabulary if _DOMAIN_WORD.match(t) and t not in GENERIC_TERMS and t not in _STOP)


@dataclass(frozen=True)
class TermBridge:
    """Domain words (folded) and their query-side vectors, row for row."""

    terms: tuple[str, ...]
    vectors: np.ndarray

    def nearest(self, query_vector: np.ndarray, n: int, min_z: float) -> list[str]:
        """The `n` words closest to the query that stand `min_z` standard deviations above the
        query's mean similarity to all words (e5 puts any two texts near 0.8: only the standing
        separates a translation from the crowd)."""
        if not self.terms or n <= 0:
            return []
        sims = np.asarray(self.vectors @ np.asarray(query_vector, dtype=np.float32), dtype=np.float64)
        spread = float(sims.std()) or 1.0
        z = (sims - float(sims.mean())) / spread
        best = np.argsort(-sims, kind="stable")[:n]
        return [self.terms[i] for i in best if z[i] >= min_z]

    def save(self, folder: Path) -> None:
        (folder / TERMS_FILE).write_text(json.dumps(list(self.terms), ensure_ascii=False), encoding="utf-8")
        np.save(folder / VECTORS_FILE, np.asarray(self.vectors, dtype=np.float32))

    @classmethod
    def load(cls, folder: Path) -> TermBridge | None:
        """The build's bridge, or None for a build made before it existed (the bridge is off)."""
        if not (folder / TERMS_FILE).exists():
            return None
        terms = tuple(json.loads((folder / TERMS_FILE).read_text(encoding="utf-8")))
        vectors = np.load(folder / VECTORS_FILE)  # into memory: a served file is never mapped (index/store.py)
        if len(terms) != len(vectors):
            raise ValueError(f"{TERMS_FILE} lists {len(terms)} words, {VECTORS_FILE} holds {len(vectors)} vectors")
        return cls(terms, vectors)
