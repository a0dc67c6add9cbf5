"""The index folder: built aside, swapped in atomically, refused when it does not match.

Layout (open it with any tool):

    INDEX_DIR/current            symlink → builds/<build id>   (swapped with one rename)
    INDEX_DIR/builds/<id>/manifest.json  format version, embedder id and dim, corpus hash, counts,
                                         dense index type, build time, sources
    INDEX_DIR/builds/<id>/rows.jsonl     the MeasureRow records, one a line
    INDEX_DIR/builds/<id>/vectors.npy    unit vectors (a row's passage first, then its actions)
    INDEX_DIR/builds/<id>/unit_rows.npy  row position of every unit vector
    INDEX_DIR/builds/<id>/dense.faiss    FAISS index (ids = unit positions)
    INDEX_DIR/builds/<id>/bm25/          bm25s arrays + vocabulary
    INDEX_DIR/cache/embeddings.sqlite    vectors by (embedder, text hash), shared by builds
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from index.compact import share_repeated_strings
from index.dense import HNSW_FROM, DenseIndex
from index.embed import Embedder, EmbeddingCache, embed_passages_cached
from index.lexical import LexicalIndex
from index.text import Tokenizer
from ingest.record import MeasureRow

log = logging.getLogger(__name__)

FORMAT_VERSION = 5
MEASURE_WEIGHT = 2  # the measure's tokens count twice: a measure naming the topic beats a passing mention


class IndexError_(Exception):
    """Base of index errors (named to avoid shadowing the builtin)."""


class IndexNotFound(IndexError_):
    pass


class IndexMismatch(IndexError_):
    """The saved index was built with another embedder or format; the message says how to rebuild."""


def passage_text(row: MeasureRow) -> str:
    """What the embedder reads for a row: measure, actions and expected benefit (the
    section heading is left out: in step tables it is the broad measure shared by many rows)."""
    parts = [row.measure, "；".join(row.actions), row.benefit or ""]
    return "。".join(p for p in parts if p)[:480]


ACTION_VECTORS = True  # passage + action vectors: on the held-out queries passage-only ranked lower (docs/issue-11-i11-speed.md)


def passage_units(row: MeasureRow, action_vectors: bool | None = None) -> list[str]:
    """The texts embedded for a row: the whole passage, and with `action_vectors` (default
    ACTION_VECTORS) for rows with several actions also each action under its measure, so a long
    row is found by the one action a query is about (max-sim over the row's vectors). The
    passage alone halves the vectors and ranks as well on the dev queries, but lower on the
    held-out ones (Recall@10 0.900 vs 0.932), so actions stay in; see docs/issue-11-i11-speed.md."""
    units = [passage_text(row)]
    if (ACTION_VECTORS if action_vectors is None else action_vectors) and len(row.actions) > 1:
        units.extend(f"{row.measure}：{action}"[:300] for action in row.actions)
    return units


def lexical_tokens(tokenizer: Tokenizer, row: MeasureRow) -> list[str]:
    measure = tokenizer.tokens(row.measure)
    rest = tokenizer.tokens(" ".join([*row.actions, row.benefit or "", row.section[-1] if row.section else ""]))
    return measure * MEASURE_WEIGHT + rest


def corpus_hash(rows: list[MeasureRow]) -> str:
    return hashlib.sha256("\n".join(sorted(r.row_id for r in rows)).encode()).hexdigest()[:16]


@dataclass
class LoadedIndex:
    """Everything a Searcher needs, loaded from one build folder."""

    path: Path
    manifest: dict
    rows: list[MeasureRow]
    vectors: np.ndarray
    unit_rows: np.ndarray
    dense: DenseIndex
    lexical: LexicalIndex

    @property
    def row_vectors(self) -> np.ndarray:
        """One vector per row: its whole-passage unit, the first of the row's units."""
        _, first = np.unique(self.unit_rows, return_index=True)
        return self.vectors[first]


@dataclass
class BuildStats:
    rows: int
    embedded: int  # vectors computed by the model
    reused: int  # vectors found in the cache
    seconds: float
    path: Path


def build_index(rows: list[MeasureRow], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *,
                hnsw_threshold: int = HNSW_FROM, sources: list[dict] | None = None, progress=None) -> BuildStats:
    """Build into a fresh folder, then point `current` at it in one atomic rename.

    A build that fails or is killed half-way leaves `current` (and the index it names) as it was.
    """
    started = time.perf_counter()
    index_dir.mkdir(parents=True, exist_ok=True)
    builds = index_dir / "builds"
    builds.mkdir(exist_ok=True)
    _remove_stale_builds(index_dir)
    build_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    work = builds / f".tmp-{build_id}"
    work.mkdir()
    cache = EmbeddingCache(index_dir / "cache" / "embeddings.sqlite")
    try:
        units, unit_rows = [], []
        for position, row in enumerate(rows):
            for text in passage_units(row):
                units.append(text)
                unit_rows.append(position)
        vectors, embedded = embed_passages_cached(embedder, units, cache, progress)
        dense = DenseIndex.build(vectors, hnsw_threshold=hnsw_threshold)
        lexical = LexicalIndex.build([lexical_tokens(tokenizer, r) for r in rows])
        with (work / "rows.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(row.to_json() + "\n")
        np.save(work / "vectors.npy", vectors)
        np.save(work / "unit_rows.npy", np.asarray(unit_rows, dtype=np.int64))
        dense.save(work / "dense.faiss")
        lexical.save(work / "bm25")
        seconds = time.perf_counter() - started
        plans = {(r.source_file, r.source_sha256) for r in rows}
        manifest = {
            "format_version": FORMAT_VERSION,
            "embedder": {"id": embedder.id, "dim": int(vectors.shape[1]) if len(rows) else int(embedder.dim)},
            "corpus_hash": corpus_hash(rows),
            "counts": {"rows": len(rows), "vectors": len(units), "measure_rows": sum(r.kind == "measure" for r in rows),
                       "strategy_rows": sum(r.kind == "strategy" for r in rows), "plans": len(plans)},
            "dense_index": dense.kind,
            "lexical": {"library": "bm25s", "method": "lucene", "measure_weight": MEASURE_WEIGHT},
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "build_seconds": round(seconds, 3),
            "embedded_rows": embedded,
            "sources": sources or [{"file": f, "sha256": s} for f, s in sorted(plans)],
        }
        (work / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        final = builds / build_id
        work.rename(final)
        _swap_current(index_dir, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        cache.close()
    _prune_builds(index_dir, keep=final.name)
    return BuildStats(len(rows), embedded, len(units) - embedded, time.perf_counter() - started, final)


def _swap_current(index_dir: Path, target: Path) -> None:
    link = index_dir / "current"
    tmp_link = index_dir / f".current-{uuid.uuid4().hex[:6]}"
    os.symlink(os.path.relpath(target, index_dir), tmp_link)
    os.replace(tmp_link, link)


def _remove_stale_builds(index_dir: Path) -> None:
    for leftover in (index_dir / "builds").glob(".tmp-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in index_dir.glob(".current-*"):
        leftover.unlink(missing_ok=True)


def _prune_builds(index_dir: Path, keep: str) -> None:
    for build in (index_dir / "builds").iterdir():
        if build.is_dir() and build.name != keep and not build.name.startswith("."):
            shutil.rmtree(build, ignore_errors=True)


def current_build(index_dir: Path) -> Path:
    link = index_dir / "current"
    if not link.exists():
        raise IndexNotFound(f"no index at {index_dir}: build one with `plansearch index PATH... --index {index_dir}`")
    return link.resolve()


def read_manifest(index_dir: Path) -> dict:
    return json.loads((current_build(index_dir) / "manifest.json").read_text(encoding="utf-8"))


def read_rows(build: Path) -> list[MeasureRow]:
    with (build / "rows.jsonl").open(encoding="utf-8") as handle:
        return [MeasureRow.from_dict(share_repeated_strings(json.loads(line))) for line in handle if line.strip()]


def load_index(index_dir: Path, embedder_id: str | None) -> LoadedIndex:
    """Load the current build; refuse one made by another format or embedder."""
    build = current_build(index_dir)
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(
            f"index at {index_dir} has format {manifest.get('format_version')}, this version reads "
            f"{FORMAT_VERSION}: rebuild it with `plansearch index PATH... --index {index_dir}`")
    built_with = manifest.get("embedder", {}).get("id")
    if embedder_id is not None and built_with != embedder_id:
        raise IndexMismatch(
            f"index at {index_dir} was built with embedder {built_with!r} but this process uses "
            f"{embedder_id!r}: rebuild with `plansearch index PATH... --index {index_dir} --model <model>` "
            "using the same model, or start with the model the index was built with")
    rows = read_rows(build)
    vectors = np.load(build / "vectors.npy", mmap_mode="r")  # FAISS holds the working copy
    unit_rows = np.load(build / "unit_rows.npy")
    dense = DenseIndex.load(build / "dense.faiss", manifest["dense_index"])
    lexical = LexicalIndex.load(build / "bm25", len(rows))
    return LoadedIndex(build, manifest, rows, vectors, unit_rows, dense, lexical)
