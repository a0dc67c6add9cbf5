"""Kept for callers of the first version: `update_index` is `index.corpus.sync`, confirmed."""

from __future__ import annotations

from pathlib import Path

from index.corpus import NothingToIndex, UpdateReport, read_rows_jsonl, sync
from index.embed import Embedder
from index.text import Tokenizer

__all__ = ["NothingToIndex", "UpdateReport", "read_rows_jsonl", "update_index"]


def update_index(paths: list[str | Path], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, **options) -> UpdateReport:
    """Index exactly the plans under `paths` (files, folders, or rows.jsonl), removals confirmed."""
    return sync(paths, index_dir, embedder, tokenizer, confirm=True, **options)
