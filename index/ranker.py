"""A second model that orders what the searcher's own model judged (issue 16: the adapted model
for ranking only).

An adapted model ranks better (held-out 26: R@10 0.898 → 0.935–0.976) but, trusted with claims,
promotes rows that do not state the question (docs/adapt.md). A `Ranker` keeps the two apart: the
searcher's model judges every row (verdicts, claim gate, null model), the ranker's vectors only
choose the order in which judged rows are shown and which more candidates the related list looks
at. Its build holds the same rows as the searcher's (the same files built with the ranking model).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from index.candidates import LocalStore
from index.embed import Embedder
from index.filters import RowTable
from index.query_batch import QueryEncoder
from index.store import LoadedIndex, load_index
from ingest.record import MeasureRow


class RankerMismatch(ValueError):
    """The ranker's build does not hold the searcher's rows in the searcher's order."""


@dataclass
class Ranker:
    index: LoadedIndex
    store: LocalStore
    queries: QueryEncoder
    model: str

    @classmethod
    def open(cls, index_dir: Path, embedder: Embedder, rows: list[MeasureRow], table: RowTable, *,
             cache_size: int = 1024) -> Ranker:
        """The ranking model's build of the same rows; a build of other rows is refused (its
        positions would name other rows)."""
        index = load_index(index_dir, embedder.id)
        check_same_rows(index, rows, index_dir)
        return cls(index, LocalStore(index, table), QueryEncoder(embedder.encode_queries, window_s=0.0, cache_size=cache_size),
                   embedder.id)


def check_same_rows(index: LoadedIndex, rows: list[MeasureRow], where: Path) -> None:
    ours = [r.row_id for r in index.rows]
    theirs = [r.row_id for r in rows]
    if ours != theirs:
        differ = next((n for n, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), min(len(ours), len(theirs)))
        raise RankerMismatch(f"{where}: the ranking build holds {len(ours)} rows, the served build {len(theirs)}; "
                             f"they differ from position {differ} (build both from the same plans)")
