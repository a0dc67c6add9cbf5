"""BM25 over jieba tokens, through bm25s (sparse matrices, saved as .npy arrays + JSON)."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class LexicalIndex:
    """A bm25s retriever plus the number of documents it holds (row order = index order)."""

    def __init__(self, retriever, size: int):
        self._retriever = retriever
        self.size = size
        self._vocab = retriever.vocab_dict

    @classmethod
    def build(cls, docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> LexicalIndex:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        retriever = bm25s.BM25(k1=k1, b=b, method="lucene")
        retriever.index([d if d else [""] for d in docs], show_progress=False)
        return cls(retriever, len(docs))

    def knows(self, token: str) -> bool:
        """Is the token in the index's vocabulary (does any row hold it)?"""
        return token in self._vocab

    def vocabulary(self) -> list[str]:
        """Every token some row holds."""
        return list(self._vocab)

    def _postings(self, token: str) -> np.ndarray:
        """The documents holding the token: its column of the index's sparse score matrix."""
        column = self._vocab.get(token)
        if column is None:
            return np.zeros(0, dtype=np.int64)
        indptr = self._retriever.scores["indptr"]
        return self._retriever.scores["indices"][indptr[column]:indptr[column + 1]]

    def docs_with(self, tokens: list[str] | set[str]) -> np.ndarray:
        """Positions of the documents holding any of the tokens (unknown tokens ignored), read
        from the postings: work in proportion to those documents, not to the corpus."""
        postings = [self._postings(t) for t in tokens]
        if not postings:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate(postings)).astype(np.int64)

    def token_ids(self, tokens: list[str]) -> list[int]:
        """The vocabulary ids of the known tokens, repeats kept (a repeated query token counts
        twice, as `scores` counts it): the coordinates of a sparse query vector."""
        return [self._vocab[t] for t in tokens if t in self._vocab]

    def row_weights(self):
        """The BM25 weight of every (row, token) as a row-major scipy CSR matrix: a row's
        sparse vector, whose inner product with a query's token counts is its `scores`."""
        from scipy.sparse import csc_matrix

        stored = self._retriever.scores
        matrix = csc_matrix((stored["data"], stored["indices"], stored["indptr"]),
                            shape=(self.size, len(stored["indptr"]) - 1))
        return matrix.tocsr()

    def doc_freq(self, token: str) -> int:
        """How many documents hold the token."""
        return len(self._postings(token))

    def scores(self, tokens: list[str], mask: np.ndarray | None = None) -> np.ndarray:
        """BM25 score of every document for the query tokens (unknown tokens ignored)."""
        known = [t for t in tokens if t in self._vocab]
        if not known or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        scores = np.asarray(self._retriever.get_scores(known), dtype=np.float32)
        if mask is not None:
            scores = np.where(mask, scores, 0.0).astype(np.float32)
        return scores

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> LexicalIndex:
        import bm25s

        retriever = bm25s.BM25.load(str(folder), show_progress=False, verbosity=0)
        return cls(retriever, size)
