"""Hybrid search: jieba BM25 (with domain synonyms) + dense e5 vectors, fused by weighted RRF.

`Searcher` is the interface the service talks to; another backend (a search cluster) can
stand behind the same methods.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from index.embed import Embedder
from index.fusion import convex_combination, reciprocal_rank_fusion
from index.store import LoadedIndex, load_index
from index.synonyms import SynonymTable
from index.text import ParsedQuery, Tokenizer, is_mostly_latin, parse_query, to_traditional
from ingest.office_type import office_type
from ingest.record import MeasureRow

log = logging.getLogger(__name__)

MODES = ("hybrid", "bm25", "dense")


@dataclass(frozen=True)
class Filters:
    """Row filters; empty means no restriction."""

    offices: tuple[str, ...] = ()
    parent_agencies: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    section: str | None = None
    kinds: tuple[str, ...] = ()
    office_types: tuple[str, ...] = ()

    def active(self) -> bool:
        return bool(self.offices or self.parent_agencies or self.year_from or self.year_to or self.section or self.kinds
                    or self.office_types)


@dataclass(frozen=True)
class Hit:
    """One ranked row: its id, fused score, and the rank each retriever gave it."""

    row_id: str
    score: float
    retrievers: dict[str, int]


@dataclass(frozen=True)
class SearchResult:
    query: str
    parsed: ParsedQuery
    hits: list[Hit]
    terms: tuple[str, ...] = field(default=())  # folded query terms, for highlighting


@dataclass(frozen=True)
class SearchSettings:
    bm25_weight: float = 1.0
    dense_weight: float = 0.3
    synonym_weight: float = 0.6
    rrf_k: float = 10.0
    fusion: str = "convex"  # "convex" (min-max score fusion) | "rrf"
    candidates: int = 100


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k best scores, best first (partial sort: O(n), not O(n log n))."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


class Searcher:
    """Search over one loaded index. Models load lazily; nothing is global."""

    def __init__(self, index: LoadedIndex, embedder: Embedder, tokenizer: Tokenizer | None = None,
                 synonyms: SynonymTable | None = None, settings: SearchSettings | None = None):
        self.index = index
        self.embedder = embedder
        self.synonyms = synonyms if synonyms is not None else SynonymTable.load()
        self.tokenizer = tokenizer or Tokenizer(extra_terms=self.synonyms.all_terms())
        self.settings = settings or SearchSettings()
        self.rows = index.rows
        self.by_id = {r.row_id: i for i, r in enumerate(self.rows)}
        self.unit_rows = index.unit_rows
        self.row_vectors = index.row_vectors
        self._encode_query = lru_cache(maxsize=1024)(self._encode_query_uncached)

    @classmethod
    def open(cls, index_dir: Path, embedder: Embedder, **kwargs) -> Searcher:
        return cls(load_index(index_dir, embedder.id), embedder, **kwargs)

    # -- filters ------------------------------------------------------------------
    def mask(self, filters: Filters | None) -> np.ndarray | None:
        """Boolean row mask for the filters (None when nothing is filtered), vectorised."""
        if filters is None or not filters.active():
            return None
        columns = self._columns
        keep = np.ones(len(self.rows), dtype=bool)
        if filters.offices:
            keep &= np.isin(columns["office"], list(filters.offices))
        if filters.parent_agencies:
            keep &= np.isin(columns["parent_agency"], list(filters.parent_agencies))
        for bound, keep_if in ((filters.year_from, np.greater_equal), (filters.year_to, np.less_equal)):
            if bound is not None:
                years = columns["year"] if bound > 1911 else columns["year_roc"]
                keep &= keep_if(years, bound) & (years > 0)
        if filters.section:
            keep &= np.array([filters.section in text for text in columns["section"]], dtype=bool)
        if filters.kinds:
            keep &= np.isin(columns["kind"], list(filters.kinds))
        if filters.office_types:
            keep &= np.isin(columns["office_type"], list(filters.office_types))
        return keep

    @cached_property
    def _columns(self) -> dict[str, np.ndarray]:
        rows = self.rows
        return {
            "office": np.array([r.office for r in rows], dtype=object),
            "parent_agency": np.array([r.parent_agency or "" for r in rows], dtype=object),
            "year": np.array([r.year or 0 for r in rows], dtype=np.int64),
            "year_roc": np.array([r.year_roc or 0 for r in rows], dtype=np.int64),
            "kind": np.array([r.kind for r in rows], dtype=object),
            "section": ["\x1f".join(r.section) for r in rows],
            "office_type": np.array([r.office_type or office_type(r.office) for r in rows], dtype=object),
        }

    @cached_property
    def offices(self) -> frozenset[str]:
        return frozenset(r.office for r in self.rows)

    @cached_property
    def office_types(self) -> frozenset[str]:
        return frozenset(self._columns["office_type"])

    @cached_property
    def parent_agencies(self) -> frozenset[str]:
        return frozenset(r.parent_agency for r in self.rows if r.parent_agency)

    # -- retrieval ----------------------------------------------------------------
    def query_terms(self, parsed: ParsedQuery) -> tuple[list[str], list[str]]:
        """The topic's tokens, and the synonym expansions' tokens (weighted lower)."""
        own = self.tokenizer.tokens(parsed.topic)
        expansions: list[str] = []
        for term in self.synonyms.expansions(parsed.topic):
            expansions.extend(t for t in self.tokenizer.tokens(term) if t not in own)
        return own, expansions

    def _bm25(self, own: list[str], expansions: list[str], mask: np.ndarray | None) -> np.ndarray:
        scores = self.index.lexical.scores(own, mask)
        if expansions:
            scores = scores + self.settings.synonym_weight * self.index.lexical.scores(expansions, mask)
        return scores

    def _encode_query_uncached(self, text: str) -> np.ndarray:
        return self.embedder.encode_queries([text])[0]

    def dense_text(self, parsed: ParsedQuery) -> str:
        topic = parsed.topic if not is_mostly_latin(parsed.topic) else parsed.original
        return to_traditional(topic)

    def search_many(self, queries: list[str], k: int = 10, filters: Filters | None = None,
                    mode: str = "hybrid") -> list[SearchResult]:
        """Batch search: every query against the same filters. `search()` wraps this."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
        mask = self.mask(filters)
        parsed_all = [parse_query(q) for q in queries]
        depth = self.settings.candidates
        dense_scored: list[dict[int, float]] = [{} for _ in queries]
        if mode in ("hybrid", "dense") and self.rows:
            vectors = np.vstack([self._encode_query(self.dense_text(p)) for p in parsed_all])
            allowed_units = None if mask is None else np.flatnonzero(mask[self.unit_rows])
            sims, ids = self.index.dense.search(vectors, depth * 3, allowed_units)
            dense_scored = [self._best_per_row(srow, irow, depth) for srow, irow in zip(sims, ids, strict=True)]
        results = []
        for qi, parsed in enumerate(parsed_all):
            scored: dict[str, dict[int, float]] = {}
            own_terms, expansion_terms = self.query_terms(parsed)
            if mode in ("hybrid", "bm25") and self.rows:
                scores = self._bm25(own_terms, expansion_terms, mask)
                scored["bm25"] = {int(i): float(scores[i]) for i in top_k(scores, depth) if scores[i] > 0}
            if mode in ("hybrid", "dense"):
                scored["dense"] = dense_scored[qi]
            weights = {"bm25": self.settings.bm25_weight, "dense": self.settings.dense_weight}
            if self.settings.fusion == "convex":
                fused = convex_combination(scored, weights)[:k]
            else:
                rankings = {name: sorted(by_doc, key=lambda d, b=by_doc: -b[d]) for name, by_doc in scored.items()}
                fused = reciprocal_rank_fusion(rankings, weights, self.settings.rrf_k)[:k]
            hits = [Hit(self.rows[i].row_id, round(score, 6), ranks) for i, score, ranks in fused]
            results.append(SearchResult(parsed.original, parsed, hits, tuple(own_terms + expansion_terms)))
        return results

    def _best_per_row(self, sims: np.ndarray, units: np.ndarray, depth: int) -> dict[int, float]:
        """Max-sim over a row's unit vectors, best rows first."""
        best: dict[int, float] = {}
        for sim, unit in zip(sims, units, strict=True):
            if unit >= 0:
                row = int(self.unit_rows[unit])
                if row not in best:
                    best[row] = float(sim)
                    if len(best) >= depth:
                        break
        return best

    def search(self, query: str, k: int = 10, filters: Filters | None = None, mode: str = "hybrid") -> SearchResult:
        return self.search_many([query], k, filters, mode)[0]

    # -- rows -----------------------------------------------------------------------
    def row(self, row_id: str) -> MeasureRow | None:
        position = self.by_id.get(row_id)
        return None if position is None else self.rows[position]

    def similar(self, row_id: str, k: int = 5, other_offices: bool = True) -> list[Hit]:
        """Rows doing the same thing, by passage vector; other offices' rows by default."""
        position = self.by_id.get(row_id)
        if position is None:
            return []
        source = self.rows[position]
        vector = self.row_vectors[position:position + 1]
        if other_offices:
            keep = self._columns["office"] != source.office
        else:
            keep = np.ones(len(self.rows), dtype=bool)
            keep[position] = False
        allowed = np.flatnonzero(keep[self.unit_rows])
        sims, units = self.index.dense.search(vector, (k + 1) * 4, allowed)
        best = self._best_per_row(sims[0], units[0], k + 1)
        best.pop(position, None)
        ranked = sorted(best, key=lambda r: -best[r])[:k]
        return [Hit(self.rows[r].row_id, round(best[r], 6), {"dense": n}) for n, r in enumerate(ranked, 1)]

    def facets(self, hits: list[Hit]) -> dict[str, list[dict]]:
        offices = Counter(self.rows[self.by_id[h.row_id]].office for h in hits)
        years = Counter(self.rows[self.by_id[h.row_id]].year_roc for h in hits)
        parents = Counter(self.rows[self.by_id[h.row_id]].parent_agency for h in hits)
        parents.pop(None, None)
        types = Counter(self._columns["office_type"][self.by_id[h.row_id]] for h in hits)
        return {"offices": [{"value": o, "count": c} for o, c in offices.most_common()],
                "office_types": [{"value": t, "count": c} for t, c in types.most_common()],
                "parent_agencies": [{"value": p, "count": c} for p, c in parents.most_common()],
                "years": [{"value": y, "count": c} for y, c in sorted(years.items(), key=lambda x: -(x[0] or 0))]}

    def plans(self) -> list[dict]:
        out: dict[str, dict] = {}
        for row in self.rows:
            plan = out.setdefault(row.plan_id, {"plan_id": row.plan_id, "office": row.office, "year": row.year_roc,
                                                "year_ad": row.year, "title": row.title,
                                                "source_file": row.source_file, "rows": 0, "strategy_rows": 0})
            plan["rows" if row.kind == "measure" else "strategy_rows"] += 1
        return sorted(out.values(), key=lambda p: (p["office"], p["year"] or 0))
