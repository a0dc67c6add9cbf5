"""The index folder: built aside, swapped in atomically, refused when it does not match.

Layout (open it with any tool):

    INDEX_DIR/current            symlink → builds/<build id>   (swapped with one rename)
    INDEX_DIR/builds/<id>/manifest.json  format version, embedder id and dim, corpus hash, counts,
                                         dense index type and storage, build time, sources
    INDEX_DIR/builds/<id>/manifest.sha256  the manifest's own digest (index/manifest.py)
    INDEX_DIR/builds/<id>/rows.jsonl     the MeasureRow records, one a line
    INDEX_DIR/builds/<id>/vectors.npy    unit vectors (a row's passage first, then its actions)
    INDEX_DIR/builds/<id>/unit_rows.npy  row position of every unit vector
    INDEX_DIR/builds/<id>/dense.faiss    FAISS index (ids = unit positions; float16 vectors, float32 in older builds)
    INDEX_DIR/builds/<id>/bm25/          bm25s arrays + vocabulary
    INDEX_DIR/builds/<id>/bridge_terms.json, bridge_vectors.npy  the English bridge (index/bridge.py)
    INDEX_DIR/builds/<id>/moments.npz    mean and covariance of the rows' passage vectors (a query's standing), and each
                                         row's mean similarity to its nearest rows (the claim gate's neighbourhood), and
                                         the null model's random queries' vectors by band (a restricted question's bar)
    INDEX_DIR/builds/<id>/null_model.json  what random queries get from this build (index/null_model.py)
    INDEX_DIR/builds/<id>/sources/<source_file>  a copy of every plan file (citations open the original)
    INDEX_DIR/builds/<id>/.serving       lease file: every process serving the build holds a shared lock
    INDEX_DIR/cache/embeddings.sqlite    vectors by (embedder, text hash), shared by builds
    INDEX_DIR/writer.lock                one writer at a time; records the holder (pid, host, command, since)

The manifest records, for every file of a build, its size, sha256 and (where it holds rows or
vectors) its count; `load_build` checks the manifest's own digest and keys, then every file, and
refuses a damaged build naming the file (and the key). What a searcher needs is read into
memory: nothing of a served build is memory-mapped, so a file truncated underneath a server
cannot crash it (a read from a mapping of a truncated file is a SIGBUS).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import numpy as np

from index.bridge import VECTORS_FILE as BRIDGE_VECTORS
from index.bridge import TermBridge, domain_terms
from index.compact import share_repeated_strings
from index.dense import DENSE_STORAGE, HNSW_FROM, DenseIndex
from index.embed import Embedder, EmbeddingCache, embed_cached
from index.errors import IndexDamaged, IndexError_, IndexMismatch, IndexNotFound
from index.judge import NullModel, long_english
from index.lexical import LexicalIndex
from index.lock import LEASE_NAME, BuildLease, WriterLock, remove_if_unused
from index.manifest import DIGEST, MANIFEST, ManifestInvalid, check_digest, digest_line, validate
from index.text import Tokenizer, to_traditional
from ingest.record import MeasureRow, Plan

log = logging.getLogger(__name__)

# 9: the null model records the same evidence strength a query is judged by (its judged
# candidates' best coverage and standing); 8: row-vector moments and the null model (issue 16); 7: the manifest's own digest and schema,
# provenance; 6: per-file checksums and counts, source copies
FORMAT_VERSION = 9
MEASURE_WEIGHT = 2  # the measure's tokens count twice: a measure naming the topic beats a passing mention
SOURCES = "sources"
__all__ = ["IndexDamaged", "IndexError_", "IndexMismatch", "IndexNotFound"]


def passage_text(row: MeasureRow) -> str:
    """What the embedder reads for a row: measure, actions and expected benefit (the
    section heading is left out: in step tables it is the broad measure shared by many rows)."""
    parts = [row.measure, "；".join(row.actions), row.benefit or ""]
    return "。".join(p for p in parts if p)[:480]


ACTION_VECTORS = True  # passage + action vectors: on the held-out queries passage-only ranked lower (docs/speed.md)


def passage_units(row: MeasureRow, action_vectors: bool | None = None) -> list[str]:
    """The texts embedded for a row: the whole passage, and with `action_vectors` (default
    ACTION_VECTORS) for rows with several actions also each action under its measure, so a long
    row is found by the one action a query is about (max-sim over the row's vectors). The
    passage alone halves the vectors and ranks as well on the dev queries, but lower on the
    held-out ones (Recall@10 0.900 vs 0.932), so actions stay in; see docs/speed.md."""
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
    """Everything a Searcher needs, loaded from one build folder into memory."""

    path: Path
    manifest: dict
    rows: list[MeasureRow]
    passages: np.ndarray  # each row's passage vector (float32, row order); vectors.npy holds every unit's
    unit_rows: np.ndarray
    dense: DenseIndex
    lexical: LexicalIndex
    bridge: TermBridge | None = None  # None: a build from before the English bridge
    moments: tuple[np.ndarray, np.ndarray] | None = None  # mean and covariance of the rows' passage vectors
    null_model: NullModel | None = None  # what random queries get (None: an empty build)
    neighbourhood: np.ndarray | None = None  # each row's mean similarity to its nearest rows (None: an older build; the Searcher computes it at first use)
    null_vectors: dict[str, np.ndarray] | None = None  # the null queries' vectors by band (None: an older build; computed at first use)


class BuildPublisher(Protocol):
    """Another backend serving builds (index/publish.py): `publish` copies the finished build
    folder before `current` names it (what it returns goes into the manifest); `serve` points
    the backend at it once `current` does."""

    def publish(self, work: Path, build_id: str) -> dict: ...

    def serve(self, index_dir: Path, build_id: str) -> None: ...


@dataclass
class BuildStats:
    rows: int
    embedded: int  # vectors computed by the model
    reused: int  # vectors found in the cache
    seconds: float
    path: Path


_SAFE_NAME = re.compile(r"^[^/\\\x00]+$")


def is_safe_source_name(name: str) -> bool:
    """A plain file name: no folder part, not `.`/`..`, not hidden (copies stay in `sources/`)."""
    return bool(_SAFE_NAME.match(name)) and not name.startswith(".") and name == name.strip()


def plan_summaries(rows: list[MeasureRow]) -> list[dict]:
    """One record per plan for the manifest (what `plansearch plans` lists without loading rows)."""
    by_file: dict[str, list[MeasureRow]] = {}
    for row in rows:
        by_file.setdefault(row.source_file, []).append(row)
    return [Plan.of_rows(by_file[name]).to_manifest() for name in sorted(by_file)]


def _set_aside(path: Path, exc: Exception) -> None:
    aside = path.with_name(f"{path.name}.damaged-{datetime.now(UTC):%Y%m%dT%H%M%S%f}")
    log.warning("embedding cache %s cannot be read (%s): moved to %s, rebuilding it", path, exc, aside.name)
    for suffix in ("", "-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            extra.rename(Path(str(aside) + suffix))


def open_embedding_cache(path: Path) -> EmbeddingCache:
    """The embedding cache, or a fresh one when the file cannot be read: a damaged cache costs
    re-embedding, never the build. The unreadable file is kept aside for inspection."""
    try:
        cache = EmbeddingCache(path)
        cache.get_many("probe", ["probe"])
        return cache
    except sqlite3.DatabaseError as exc:
        _set_aside(path, exc)
        return EmbeddingCache(path)


def embed_with_cache(path: Path, embedder: Embedder, units: list[str], progress=None,
                     role: str = "passage") -> tuple[np.ndarray, int]:
    """Embed through the cache at `path` (as passages, or as queries: `role`); a cache found
    damaged half-way (a page the first probe did not touch) is set aside and the units
    embedded again into a fresh one."""
    cache = open_embedding_cache(path)
    try:
        return embed_cached(embedder, units, cache, progress, role=role)
    except sqlite3.DatabaseError as exc:
        cache.close()
        _set_aside(path, exc)
        cache = EmbeddingCache(path)
        return embed_cached(embedder, units, cache, progress, role=role)
    finally:
        cache.close()


def build_bridge(cache_path: Path, embedder: Embedder, lexical: LexicalIndex) -> TermBridge:
    """The English bridge of a build: its domain words embedded as queries (in the plans'
    Traditional script, which the model reads), through the embedding cache."""
    terms = domain_terms(lexical.vocabulary())
    vectors, _ = embed_with_cache(cache_path, embedder, [to_traditional(t) for t in terms], role="query")
    return TermBridge(tuple(terms), vectors)


def build_index(rows: list[MeasureRow], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *,
                hnsw_threshold: int = HNSW_FROM, source_copies: dict[str, Path] | None = None,
                lock: WriterLock | None = None, lock_timeout: float = 0.0, progress=None,
                dense_storage: str = DENSE_STORAGE, publisher: BuildPublisher | None = None) -> BuildStats:
    """Build into a fresh folder, then point `current` at it in one atomic rename.

    A build that fails or is killed half-way leaves `current` (and the index it names) as it was.
    `source_copies` maps a row's `source_file` to the file copied into `sources/`. The caller may
    hold the writer lock (`lock`); otherwise it is taken here, waiting up to `lock_timeout` s.
    `dense_storage` is how FAISS holds the vectors ("fp16", "float32": for comparisons);
    vectors.npy keeps them as float32 either way. `publisher` (another backend, e.g. Milvus)
    gets the finished folder before `current` names it and is told to serve it after.
    """
    if lock is None or not lock.held:
        with WriterLock(index_dir, timeout=lock_timeout) as own:
            return build_index(rows, index_dir, embedder, tokenizer, hnsw_threshold=hnsw_threshold,
                               source_copies=source_copies, lock=own, progress=progress, dense_storage=dense_storage,
                               publisher=publisher)
    started = time.perf_counter()
    builds = index_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(index_dir)
    build_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    work = builds / f".tmp-{build_id}"
    work.mkdir()
    try:
        units, unit_rows = [], []
        for position, row in enumerate(rows):
            for text in passage_units(row):
                units.append(text)
                unit_rows.append(position)
        vectors, embedded = embed_with_cache(index_dir / "cache" / "embeddings.sqlite", embedder, units, progress)
        dense = DenseIndex.build(vectors, hnsw_threshold=hnsw_threshold, storage=dense_storage)
        lexical = LexicalIndex.build([lexical_tokens(tokenizer, r) for r in rows])
        bridge = build_bridge(index_dir / "cache" / "embeddings.sqlite", embedder, lexical)
        unit_positions = np.asarray(unit_rows, dtype=np.int64)
        passages = np.asarray(vectors[np.searchsorted(unit_positions, np.arange(len(rows)))], dtype=np.float32)
        moments = row_moments(passages)
        neighbourhood = row_neighbourhood(passages, hnsw_threshold)  # exact where the dense index is
        null_model, null_vectors = calibrate_null_model(LoadedIndex(work, {}, rows, passages, unit_positions, dense, lexical, bridge, moments,
                                                      neighbourhood=neighbourhood),
                                          embedder, tokenizer, index_dir / "cache" / "embeddings.sqlite")
        with (work / "rows.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(row.to_json() + "\n")
        np.save(work / "vectors.npy", vectors)
        np.save(work / "unit_rows.npy", np.asarray(unit_rows, dtype=np.int64))
        dense.save(work / "dense.faiss")
        lexical.save(work / "bm25")
        bridge.save(work)
        np.savez(work / MOMENTS_FILE, mean=moments[0], covariance=moments[1], neighbourhood=neighbourhood,
                 **{f"null_{band}": v.astype(np.float16) for band, v in null_vectors.items()})
        if null_model is not None:
            null_model.save(work)
        plans = plan_summaries(rows)
        _copy_sources(work, plans, source_copies or {})
        published = publisher.publish(work, build_id) if publisher is not None else None
        manifest = {
            "format_version": FORMAT_VERSION,
            "embedder": {"id": embedder.id, "dim": int(vectors.shape[1]) if len(rows) else int(embedder.dim)},
            "corpus_hash": corpus_hash(rows),
            "counts": {"rows": len(rows), "vectors": len(units), "measure_rows": sum(r.kind == "measure" for r in rows),
                       "strategy_rows": sum(r.kind == "strategy" for r in rows), "plans": len(plans)},
            "dense_index": dense.kind,
            "dense_storage": dense.storage,  # informative: loading reads it from dense.faiss (older builds lack it)
            "lexical": {"library": "bm25s", "method": "lucene", "measure_weight": MEASURE_WEIGHT},
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "build_seconds": round(time.perf_counter() - started, 3),
            "embedded_rows": embedded,
            "sources": plans,
            **({"published": published} if published else {}),
            "files": _file_records(work, {"rows.jsonl": len(rows), "vectors.npy": len(units),
                                          "unit_rows.npy": len(units), "dense.faiss": len(units),
                                          BRIDGE_VECTORS: len(bridge.terms)}),
        }
        write_manifest(work, manifest)
        final = builds / build_id
        work.rename(final)
        _swap_current(index_dir, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    prune_builds(index_dir)
    if publisher is not None:
        publisher.serve(index_dir, build_id)
    return BuildStats(len(rows), embedded, len(units) - embedded, time.perf_counter() - started, final)


MOMENTS_FILE = "moments.npz"


def row_moments(passages: np.ndarray, chunk: int = 8192) -> tuple[np.ndarray, np.ndarray]:
    """Mean and covariance of the rows' passage vectors: a query's mean and spread of similarity
    over all rows are then `m·q` and `sqrt(qᵀCq)` (exactly what a scan of every row gives)
    without scanning the rows per query."""
    dim = passages.shape[1] if passages.ndim == 2 else 0
    total = np.zeros(dim, dtype=np.float64)
    outer = np.zeros((dim, dim), dtype=np.float64)
    for start in range(0, len(passages), chunk):
        block = np.asarray(passages[start:start + chunk], dtype=np.float64)
        total += block.sum(axis=0)
        outer += block.T @ block
    n = max(len(passages), 1)
    mean = total / n
    return mean.astype(np.float32), (outer / n - np.outer(mean, mean)).astype(np.float32)


NEIGHBOURS = 10  # the nearest rows a row's neighbourhood is read over (CSLS's k)


def row_neighbourhood(passages: np.ndarray, exact_up_to: int = HNSW_FROM, k: int = NEIGHBOURS) -> np.ndarray:
    """Each row's mean similarity to its `k` nearest other rows (passage vectors). A row in a
    crowd of near rows (a hub) stands near many queries by chance; the claim gate reads a
    query's similarity to a row above this level (the hubness term of CSLS, Conneau et al. 2018)
    rather than the similarity alone. Exact up to `exact_up_to` rows; beyond, an inverted file
    (FAISS IVF, 16 of 4·√n lists probed), which gives the same means on clustered vectors at a
    quarter of the exact search's time (50,000 rows: 14 s against 51 s, AMD EPYC, 2 shared cores)."""
    vectors = np.ascontiguousarray(passages, dtype=np.float32)
    n = len(vectors)
    if n < 2:
        return np.zeros(n, dtype=np.float32)
    sims, ids = _nearest_rows(vectors, min(k + 1, n), exact=n <= exact_up_to)
    other = (ids >= 0) & (ids != np.arange(n)[:, None])
    kept = other & (np.cumsum(other, axis=1) <= k)  # the k nearest rows other than the row itself
    return ((sims * kept).sum(axis=1) / np.maximum(kept.sum(axis=1), 1)).astype(np.float32)


def _nearest_rows(vectors: np.ndarray, k: int, exact: bool) -> tuple[np.ndarray, np.ndarray]:
    import faiss

    n, dim = vectors.shape
    if exact:
        index = faiss.IndexFlatIP(dim)
    else:
        lists = int(4 * np.sqrt(n))
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, lists, faiss.METRIC_INNER_PRODUCT)
        sample = np.random.default_rng(0).choice(n, min(n, 40 * lists), replace=False)
        index.train(vectors[np.sort(sample)])
        index.nprobe = 16
    index.add(vectors)
    return index.search(vectors, k)


def calibrate_null_model(loaded: LoadedIndex, embedder: Embedder, tokenizer: Tokenizer,
                         cache_path: Path) -> tuple[NullModel | None, dict[str, np.ndarray]]:
    """The build's null model (index/null_model.py) and its random queries' vectors by band
    (stored, so a restricted question's bar needs no parsing at query time). Its random queries are
    the same for every build, so their vectors come from the copy shipped for the bundled model
    (index/data/), else through the embedding cache. The query path is imported here, not at the
    top: it reads builds, this writes them."""
    if not loaded.rows:
        return None, {}
    from index.null_model import calibrate, shipped_vectors
    from index.search import Searcher

    shipped = shipped_vectors(embedder.id)
    cache = open_embedding_cache(cache_path)
    try:
        def encode(texts: list[str]) -> np.ndarray:
            missing = [t for t in dict.fromkeys(texts) if t not in shipped]
            fresh = dict(zip(missing, embed_cached(embedder, missing, cache, None, role="query")[0], strict=True)) if missing else {}
            return np.vstack([shipped[t] if t in shipped else fresh[t] for t in texts]).astype(np.float32)

        searcher = Searcher(loaded, _QueryEmbedder(embedder, encode), tokenizer=tokenizer)
        model = calibrate(searcher.profile, lambda query: long_english(searcher.parse(query)), tokenizer)
        return model, searcher.null_band_vectors(model.seed)
    finally:
        cache.close()


@dataclass
class _QueryEmbedder:
    """An embedder whose query side is `encode` (the shipped vectors, then the cache)."""

    inner: Embedder
    encode: object

    @property
    def id(self) -> str:
        return self.inner.id

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.encode(list(texts))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_passages(texts)


def _copy_sources(work: Path, plans: list[dict], copies: dict[str, Path]) -> None:
    """Copy each plan's original file into `sources/` (hard link when it is an older build's
    copy: same bytes, no extra disk). A plan without a file to copy keeps `copy: null`."""
    folder = work / SOURCES
    folder.mkdir()
    for plan in plans:
        name = plan["source_file"]
        original = copies.get(name)
        if original is None or not is_safe_source_name(name) or not Path(original).is_file():
            continue
        target = folder / name
        if Path(original).resolve().is_relative_to(work.parent.resolve()):
            try:
                os.link(original, target)  # an older build's copy: never edited in place
                plan["copy"] = f"{SOURCES}/{name}"
                continue
            except OSError:
                pass
        shutil.copy2(original, target)  # a user's file is copied: editing it later must not change the build
        plan["copy"] = f"{SOURCES}/{name}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_records(work: Path, counts: dict[str, int]) -> dict[str, dict]:
    """Size and sha256 of every file of the build (count where the file holds rows/vectors)."""
    records = {}
    for path in sorted(p for p in work.rglob("*") if p.is_file()):
        name = path.relative_to(work).as_posix()
        if name in (MANIFEST, DIGEST) or path.name == LEASE_NAME:
            continue
        records[name] = {"bytes": path.stat().st_size, "sha256": _sha256(path)}
        if name in counts:
            records[name]["count"] = counts[name]
    return records


def write_manifest(folder: Path, manifest: dict) -> None:
    """manifest.json and its digest (manifest.sha256), each flushed to disk."""
    raw = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    _write_durably(folder / MANIFEST, raw)
    _write_durably(folder / DIGEST, digest_line(raw))


def _write_durably(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


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


def prune_builds(index_dir: Path) -> list[str]:
    """Delete builds other than `current` that no process serves (call with the writer lock
    held); returns the names deleted. A build still served is kept for a later prune."""
    link = index_dir / "current"
    keep = link.resolve().name if link.exists() else None
    deleted = []
    for build in sorted((index_dir / "builds").iterdir()):
        if not build.is_dir() or build.name == keep or build.name.startswith("."):
            continue
        if remove_if_unused(build):
            deleted.append(build.name)
        else:
            log.info("build %s is still served; kept", build.name)
    return deleted


def current_build(index_dir: Path) -> Path:
    link = index_dir / "current"
    if not link.exists():
        if link.is_symlink():
            raise IndexNotFound(f"index at {index_dir}: `current` points to a build that is missing "
                                f"({os.readlink(link)}); rebuild with `plansearch sync PATH... --index {index_dir} --yes`")
        raise IndexNotFound(f"no index at {index_dir}: build one with `plansearch add PATH... --index {index_dir}`")
    return link.resolve()


def _damaged(build: Path, what: str, index_dir: Path | None = None) -> IndexDamaged:
    """A refusal naming the file, with the repair command for the index folder as it was given."""
    file = what.split(" ", 1)[0].rstrip(":") if what else None
    return IndexDamaged(f"index build {build.name} is damaged: {what}; rebuild it "
                        f"(`plansearch sync PATH... --index {index_dir or build.parent.parent} --yes`) or restore the folder",
                        build=build.name, file=file)


def _older_format(index_dir: Path, version) -> IndexMismatch:
    return IndexMismatch(f"index at {index_dir} has format {version}, this version reads {FORMAT_VERSION}: "
                         f"rebuild it with `plansearch sync PATH... --index {index_dir} --yes`")


def read_build_manifest(build: Path, index_dir: Path | None = None) -> dict:
    """The manifest of one build, checked against its own digest (manifest.sha256) and its
    schema (index/manifest.py); a missing, truncated, changed or foreign-format one is refused
    with one line naming the file (and the key)."""
    index_dir = index_dir or build.parent.parent
    try:
        raw = (build / MANIFEST).read_bytes()
    except FileNotFoundError:
        raise _damaged(build, f"{MANIFEST} is missing", index_dir) from None
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(build, f"{MANIFEST} is truncated or not JSON ({len(raw)} bytes; {exc})", index_dir) from None
    if not isinstance(manifest, dict):
        raise _damaged(build, f"{MANIFEST} does not hold a JSON object", index_dir)
    try:
        line = (build / DIGEST).read_bytes()
    except FileNotFoundError:
        if manifest.get("format_version") != FORMAT_VERSION:
            raise _older_format(index_dir, manifest.get("format_version")) from None
        raise _damaged(build, f"{DIGEST} is missing", index_dir) from None
    try:
        check_digest(raw, line)
        if manifest.get("format_version") != FORMAT_VERSION:
            raise _older_format(index_dir, manifest.get("format_version"))
        validate(raw)
    except ManifestInvalid as exc:
        raise _damaged(build, str(exc), index_dir) from None
    return manifest


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _npy_header(path: Path) -> tuple[tuple[int, ...], np.dtype, int] | None:
    """Shape, dtype and data offset of a .npy file, read from its header (no mapping)."""
    try:
        with path.open("rb") as handle:
            version = np.lib.format.read_magic(handle)
            read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, _, dtype = read(handle)
            return shape, dtype, handle.tell()
    except (ValueError, OSError, EOFError):
        return None


def _npy_length(path: Path) -> int | None:
    header = _npy_header(path)
    if header is None or not header[0]:
        return None
    shape, dtype, offset = header
    if path.stat().st_size < offset + int(np.prod(shape)) * dtype.itemsize:
        return None  # the header promises more data than the file holds
    return int(shape[0])


def verify_build(build: Path, manifest: dict, *, checksums: bool = True, index_dir: Path | None = None) -> None:
    """Every file the manifest lists is there with its size, count and sha256 (source copies
    included); the first that is not is named. Counts are checked before checksums so the
    message says what is missing."""
    for name, record in manifest["files"].items():
        problem = file_problem(build, name, record, checksums=checksums)
        if problem:
            raise _damaged(build, problem, index_dir)


def file_problem(build: Path, name: str, record: dict, *, checksums: bool = True) -> str | None:
    """What is wrong with one file of a build against its manifest record, or None."""
    path = build / name
    if not path.is_file():
        return f"{name} is missing"
    size = path.stat().st_size
    count = record.get("count")
    if count is not None and name.endswith(".jsonl"):
        found = _count_lines(path)
        if found != count:
            return f"{name} has {found} rows, the manifest records {count}"
    if count is not None and name.endswith(".npy"):
        found = _npy_length(path)
        if found is None:
            return f"{name} is truncated or unreadable ({size} of {record['bytes']} bytes)"
        if found != count:
            return f"{name} holds {found} vectors, the manifest records {count}"
    if size != record["bytes"]:
        return f"{name} has {size} bytes, the manifest records {record['bytes']} (truncated or changed)"
    if checksums and _sha256(path) != record["sha256"]:
        return f"{name} does not match its sha256 in the manifest (changed after the build)"
    return None


def read_manifest(index_dir: Path) -> dict:
    return read_build_manifest(current_build(index_dir), index_dir)


def read_rows(build: Path) -> list[MeasureRow]:
    with (build / "rows.jsonl").open(encoding="utf-8") as handle:
        return [MeasureRow.from_dict(share_repeated_strings(json.loads(line))) for line in handle if line.strip()]


def read_passages(path: Path, unit_rows: np.ndarray, rows: int, chunk: int = 8192) -> np.ndarray:
    """Each row's passage vector (its first unit) from vectors.npy, read with plain reads into
    memory: a server never maps a file that another process could truncate."""
    header = _npy_header(path)
    if header is None:
        raise ValueError(f"{path.name} has no readable header")
    shape, dtype, offset = header
    dim = shape[1]
    first = np.searchsorted(unit_rows, np.arange(rows))
    out = np.empty((rows, dim), dtype=np.float32)
    with path.open("rb") as handle:
        for start in range(0, rows, chunk):
            units = first[start:start + chunk]
            lo, hi = int(units[0]), int(units[-1]) + 1
            handle.seek(offset + lo * dim * dtype.itemsize)
            block = np.fromfile(handle, dtype=dtype, count=(hi - lo) * dim)
            if block.size != (hi - lo) * dim:
                raise ValueError(f"{path.name} ends before its vector {hi - 1}")
            out[start:start + len(units)] = block.reshape(hi - lo, dim)[units - lo]
    return out


def unit_vectors(build: Path) -> np.ndarray:
    """Every unit vector of a build (passages and actions), read into memory (benchmarks)."""
    return np.load(build / "vectors.npy")


def load_build(build: Path, embedder_id: str | None, index_dir: Path | None = None) -> LoadedIndex:
    """Load one build into memory after checking it; refuse one made by another format or
    embedder, or damaged. `index_dir` is the folder as the caller named it (for messages)."""
    index_dir = index_dir or build.parent.parent
    manifest = read_build_manifest(build, index_dir)
    built_with = manifest["embedder"]["id"]
    if embedder_id is not None and built_with != embedder_id:
        raise IndexMismatch(
            f"index at {index_dir} was built with embedder {built_with!r} but this process uses "
            f"{embedder_id!r}: rebuild with `plansearch sync PATH... --index {index_dir} --model <model> --yes` "
            "using the same model, or start with the model the index was built with")
    verify_build(build, manifest, index_dir=index_dir)
    try:
        rows = read_rows(build)
        unit_rows = np.load(build / "unit_rows.npy")
        passages = read_passages(build / "vectors.npy", unit_rows, len(rows))
        dense = DenseIndex.load(build / "dense.faiss", manifest["dense_index"])
        lexical = LexicalIndex.load(build / "bm25", len(rows))
        bridge = TermBridge.load(build)
        with np.load(build / MOMENTS_FILE) as stored:
            moments = (stored["mean"].astype(np.float32), stored["covariance"].astype(np.float32))
            neighbourhood = stored["neighbourhood"].astype(np.float32) if "neighbourhood" in stored else None
            null_vectors = {key.removeprefix("null_"): stored[key].astype(np.float32) for key in stored.files if key.startswith("null_")} or None
        null_model = NullModel.load(build)
    except (OSError, ValueError, RuntimeError, KeyError, TypeError) as exc:
        raise _damaged(build, f"a file could not be read ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})",
                       index_dir) from None
    if dense.size != manifest["counts"]["vectors"]:
        raise _damaged(build, f"dense.faiss holds {dense.size} vectors, the manifest records {manifest['counts']['vectors']}",
                       index_dir)
    return LoadedIndex(build, manifest, rows, passages, unit_rows, dense, lexical, bridge, moments, null_model, neighbourhood,
                       null_vectors)


def load_index(index_dir: Path, embedder_id: str | None) -> LoadedIndex:
    """Load the current build (see `load_build`)."""
    return load_build(current_build(index_dir), embedder_id, index_dir)


def lease_current(index_dir: Path) -> tuple[Path, BuildLease]:
    """Resolve `current` and take a serving lease on it, so no writer prunes it while it loads
    and serves; re-resolves if a swap happened in between."""
    for _ in range(5):
        build = current_build(index_dir)
        try:
            lease = BuildLease(build)
        except FileNotFoundError:
            continue
        if current_build(index_dir) == build:
            return build, lease
        lease.release()
    return build, BuildLease(build)


def read_source_copy(build: Path, manifest: dict, source_file: str) -> bytes | None:
    """The bytes of the build's copy of a plan's file, checked against the manifest (size and
    sha256) at each read: None when the build keeps no copy, IndexDamaged naming the file when
    the copy is gone or changed (never a truncated original served as if whole)."""
    copy = next((p.get("copy") for p in manifest.get("sources", []) if p.get("source_file") == source_file), None)
    if not copy:
        return None
    record = manifest["files"].get(copy, {})
    try:
        data = (build / copy).read_bytes()
    except OSError:
        raise _damaged(build, f"{copy} is missing") from None
    if len(data) != record.get("bytes") or hashlib.sha256(data).hexdigest() != record.get("sha256"):
        raise _damaged(build, f"{copy} has {len(data)} bytes or a sha256 the manifest does not record (truncated or changed)")
    return data


def source_path(build: Path, manifest: dict, source_file: str) -> Path | None:
    """The build's copy of a plan's original file, or None when the build holds no copy."""
    for plan in manifest.get("sources", []):
        if plan.get("source_file") == source_file and plan.get("copy"):
            path = build / plan["copy"]
            return path if path.is_file() else None
    return None
