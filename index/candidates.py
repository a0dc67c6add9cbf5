"""Candidates: the backend seam of the query path.

A `CandidateStore` answers four questions about one build, always under `Filters`:
- `dense`: the rows nearest to query vectors (max-sim over each row's unit vectors);
- `sparse`: the rows' BM25 scores for weighted token groups (our tokenisation and weighting,
  whatever the backend: the scores are the build's own BM25 arrays);
- `containing`: every row whose text holds a term as a substring (the judge's exact counts,
  not limited to the best-scored candidates: 到宅 in 到宅辦理戶籍登記 counts however jieba cut it);
- `passage_vectors`: rows' whole-passage vectors (dense feedback, similar rows, compare).

`LocalStore` is the default: FAISS + bm25s + a character-bigram index, all in this process.
`index.milvus_store.MilvusStore` keeps the same answers in a Milvus collection. Rows are
identified by their position in the build (rows.jsonl order) in every backend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Protocol

import numpy as np

from index.filters import Filters, RowTable
from index.fusion import rocchio
from index.lexical import LexicalIndex
from index.store import LoadedIndex
from index.text import fold


@dataclass(frozen=True)
class SparseQuery:
    """BM25 query: groups of (tokens, weight); a row's score is Σ weight · BM25(tokens)."""

    groups: tuple[tuple[tuple[str, ...], float], ...]

    def tokens(self) -> list[str]:
        return [t for tokens, _ in self.groups for t in tokens]


class CandidateStore(Protocol):
    """What the query path asks of a backend (see the module docstring)."""

    kind: str

    def dense(self, vectors: np.ndarray, depth: int, filters: Filters | None) -> list[dict[int, float]]: ...

    def sparse(self, queries: list[SparseQuery], depth: int, filters: Filters | None) -> list[dict[int, float]]: ...

    def containing(self, terms: Iterable[str], filters: Filters | None) -> np.ndarray: ...

    def passage_vectors(self, rows: np.ndarray) -> np.ndarray: ...


def feedback_dense(store: CandidateStore, vector: np.ndarray, found: dict[int, float], weight: float, rows: int,
                   depth: int, filters: Filters | None) -> dict[int, float]:
    """Dense feedback (Rocchio): the query vector moved toward the mean of its `rows` best rows in
    `found`, searched again; `found` as it was when the weight is 0 or nothing was found."""
    if weight <= 0 or not found:
        return found
    top = sorted(found, key=lambda r: -found[r])[:rows]
    moved = rocchio(vector, store.passage_vectors(np.asarray(top)), weight)
    return store.dense(moved[None, :], depth, filters)[0]


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k best scores, best first (partial sort: O(n), not O(n log n))."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


def best_per_row(sims: np.ndarray, units: np.ndarray, unit_rows: np.ndarray, depth: int) -> dict[int, float]:
    """Max-sim over a row's unit vectors (units arrive best first), the `depth` best rows."""
    best: dict[int, float] = {}
    for sim, unit in zip(sims, units, strict=True):
        if unit >= 0:
            row = int(unit_rows[unit])
            if row not in best:
                best[row] = float(sim)
                if len(best) >= depth:
                    break
    return best


def matchable_text(row) -> str:
    """The folded text a row may state a term in: section path, measure, actions and owner (the
    judge then says in which field, and whether it counts)."""
    parts = [*row.section, row.measure, *row.actions, row.owner or ""]
    return fold("\n".join(p for p in parts if p))


class SubstringIndex:
    """Which rows hold a term as a substring: postings of character bigrams, intersected, then
    checked against the folded text. Exact (not a BM25 top-k) and sublinear in the corpus."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        codes, rows = [], []
        for position, text in enumerate(texts):
            chars = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
            if len(chars) < 2:
                continue
            grams = np.unique(chars[:-1] * 0x110000 + chars[1:])
            codes.append(grams)
            rows.append(np.full(len(grams), position, dtype=np.int32))
        codes_all = np.concatenate(codes) if codes else np.zeros(0, np.int64)
        rows_all = np.concatenate(rows) if rows else np.zeros(0, np.int32)
        order = np.argsort(codes_all, kind="stable")
        self._codes, starts = np.unique(codes_all[order], return_index=True)
        self._starts = np.append(starts, len(order))
        self._rows = rows_all[order]

    def _postings(self, code: int) -> np.ndarray:
        at = int(np.searchsorted(self._codes, code))
        if at >= len(self._codes) or self._codes[at] != code:
            return np.zeros(0, dtype=np.int32)
        return self._rows[self._starts[at]:self._starts[at + 1]]

    def rows_with(self, term: str) -> np.ndarray:
        """Positions of the rows whose folded text contains `term` (folded), ascending."""
        if not term:
            return np.zeros(0, dtype=np.int64)
        if len(term) == 1:
            return np.array([i for i, text in enumerate(self.texts) if term in text], dtype=np.int64)
        chars = [ord(c) for c in term]
        postings = sorted((self._postings(a * 0x110000 + b) for a, b in zip(chars, chars[1:], strict=False)), key=len)
        found = postings[0]
        for more in postings[1:]:
            if not len(found):
                break
            found = np.intersect1d(found, more, assume_unique=True)
        if len(term) > 2:
            found = np.array([i for i in found if term in self.texts[i]], dtype=np.int64)
        return found.astype(np.int64)


class LocalStore:
    """The default backend: one build folder served from this process (FAISS, bm25s arrays,
    the rows' passage vectors in memory, a bigram substring index built on load)."""

    kind = "local"

    def __init__(self, index: LoadedIndex, table: RowTable):
        self.index = index
        self.table = table
        self.unit_rows = index.unit_rows
        self._mask = lru_cache(maxsize=64)(table.mask)

    @property
    def lexical(self) -> LexicalIndex:
        return self.index.lexical

    def mask(self, filters: Filters | None) -> np.ndarray | None:
        return self._mask(filters)

    def dense(self, vectors: np.ndarray, depth: int, filters: Filters | None) -> list[dict[int, float]]:
        if not len(self.index.rows):
            return [{} for _ in range(len(vectors))]
        mask = self.mask(filters)
        allowed = None if mask is None else np.flatnonzero(mask[self.unit_rows])
        sims, ids = self.index.dense.search(vectors, depth * 3, allowed)
        return [best_per_row(s, i, self.unit_rows, depth) for s, i in zip(sims, ids, strict=True)]

    def sparse(self, queries: list[SparseQuery], depth: int, filters: Filters | None) -> list[dict[int, float]]:
        mask = self.mask(filters)
        out = []
        for query in queries:
            scores = np.zeros(self.lexical.size, dtype=np.float32)
            for tokens, weight in query.groups:
                if tokens:
                    scores += weight * self.lexical.scores(list(tokens), mask)
            out.append({int(i): float(scores[i]) for i in top_k(scores, depth) if scores[i] > 0})
        return out

    def containing(self, terms: Iterable[str], filters: Filters | None) -> np.ndarray:
        found = [self.substrings.rows_with(t) for t in dict.fromkeys(terms)]
        rows = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
        mask = self.mask(filters)
        return rows if mask is None else rows[mask[rows]]

    @cached_property
    def substrings(self) -> SubstringIndex:
        return SubstringIndex([matchable_text(row) for row in self.index.rows])

    def passage_vectors(self, rows: np.ndarray) -> np.ndarray:
        return self.index.passages[np.asarray(rows, dtype=np.int64)]
