"""The Milvus backend: one collection per build, the served build behind an alias.

A build's collection (`<prefix>_<build id>`) holds one entity per unit vector of the build
(a row's passage, then its actions: what `vectors.npy` holds), with

- `dense`: the unit vector (FLOAT_VECTOR, inner product): dense candidates are the max-sim over
  a row's units, as `LocalStore` takes them;
- `sparse`: the row's BM25 weights (SPARSE_FLOAT_VECTOR, inner product) on the row's passage
  unit: the build's own bm25s arrays, so a query vector of Σ group weight × token counts scores
  exactly what our lexical index scores (Milvus's own BM25 keeps per-segment statistics);
- the row's filter fields (office, office_type, parent_agency, year_roc, kind, section,
  provenance), each with a scalar index, so `Filters` become boolean expressions.

Publishing (`publish_build`) writes the collection from a build folder (no embedding: the
vectors are in the build), flushes, indexes and loads it, and checks its count: only then is
it complete. `switch_alias` points `<prefix>_current` at a complete collection (one
`alter_alias`, the analogue of the `current` link) and drops the collections of builds that no
longer exist (a build folder is deleted only when no process holds its serving lease).

A worker searches the collection of the build it serves by name, never the alias: the rows are
read from that build's folder by position, and the alias may move on to the next build before
the worker does.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.candidates import SparseQuery, best_per_row
from index.dense import HNSW_FROM
from index.errors import IndexError_
from index.filters import Filters, RowTable, as_roc
from index.lexical import LexicalIndex
from ingest.office_type import office_type
from ingest.record import MeasureRow

log = logging.getLogger(__name__)

ALIAS_SUFFIX = "current"
# The fields a filter reads (RowTable's columns), each a VARCHAR; year_roc is an INT64.
SCALAR_FIELDS = ("office", "office_type", "parent_agency", "kind", "section", "provenance")
VARCHAR_MAX = {"office": 1024, "office_type": 256, "parent_agency": 1024, "kind": 64, "section": 65535, "provenance": 32}
# Milvus refuses a sparse vector without a nonzero weight: an action unit (and a row without
# tokens) carries this one coordinate, which no query vector has, so it scores 0 for every query.
PAD_TOKEN = 2**31 - 2
INSERT_BATCH = 2000


class MilvusUnavailable(IndexError_):
    """Milvus cannot be reached, or does not hold what the served build needs; the message
    says which server, what failed and what to do (the API answers 503 with it)."""

    code = "backend_unavailable"


@dataclass(frozen=True)
class MilvusTarget:
    """Where builds are published: `uri` is a Milvus Lite file (`*.db`) or a server
    (`http://host:19530`); `prefix` names the collections and the alias."""

    uri: str
    token: str = ""
    prefix: str = "plansearch"
    timeout: float = 5.0

    def __post_init__(self):
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,100}", self.prefix):
            raise ValueError(f"milvus prefix {self.prefix!r}: use letters, digits and _ (Milvus collection names), "
                             "starting with a letter or _")
        if not self.is_lite and "://" not in self.uri:
            raise ValueError(f"milvus uri {self.uri!r}: give a Milvus Lite file ending in .db or a server "
                             "address such as http://localhost:19530")

    @property
    def is_lite(self) -> bool:
        return "://" not in self.uri and self.uri.endswith(".db")

    @property
    def alias(self) -> str:
        return f"{self.prefix}_{ALIAS_SUFFIX}"

    def collection(self, build_id: str) -> str:
        """The collection of one build: the prefix and the build id (Milvus names allow letters,
        digits and _ only)."""
        return f"{self.prefix}_b{re.sub(r'[^0-9A-Za-z]', '_', build_id)}"

    def describe(self) -> str:
        return f"Milvus Lite file {self.uri}" if self.is_lite else f"Milvus at {self.uri}"


def client_errors() -> tuple[type[BaseException], ...]:
    """What pymilvus raises when a server is down or refuses (the gRPC error under it)."""
    import grpc
    from pymilvus.exceptions import MilvusException

    return (MilvusException, grpc.RpcError, ConnectionError, TimeoutError)


def unavailable(target: MilvusTarget, doing: str, exc: BaseException) -> MilvusUnavailable:
    detail = str(getattr(exc, "message", "") or exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
    return MilvusUnavailable(f"{target.describe()} did not answer while {doing} ({detail}); "
                             "check that Milvus is running and reachable (`plansearch health` says what serves)")


# -- the collection of a build -------------------------------------------------------------------

def row_fields(row: MeasureRow) -> dict:
    """A row's filter fields as stored on each of its units (the same values `RowTable` reads)."""
    return {"office": row.office, "office_type": row.office_type or office_type(row.office),
            "parent_agency": row.parent_agency or "", "kind": row.kind, "section": "\x1f".join(row.section),
            "year_roc": int(row.year_roc or 0), "provenance": row.provenance}


def schema(dim: int):
    from pymilvus import DataType, MilvusClient

    fields = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False,
                                        description="plansearch build: one entity per unit vector")
    fields.add_field("unit", DataType.INT64, is_primary=True, description="position in vectors.npy")
    fields.add_field("row", DataType.INT64, description="position of the row in rows.jsonl")
    fields.add_field("passage", DataType.BOOL, description="the row's passage unit (holds its BM25 weights)")
    fields.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    fields.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    for name in SCALAR_FIELDS:
        fields.add_field(name, DataType.VARCHAR, max_length=VARCHAR_MAX[name])
    fields.add_field("year_roc", DataType.INT64, description="民國 year (0: unknown)")
    return fields


def index_params(client, units: int):
    """FLAT up to HNSW_FROM units and HNSW above it, as the local build chooses; an inverted
    index on every filter field but `section` (a substring test scans it)."""
    params = client.prepare_index_params()
    if units > HNSW_FROM:
        params.add_index("dense", index_type="HNSW", metric_type="IP", params={"M": 32, "efConstruction": 80})
    else:
        params.add_index("dense", index_type="FLAT", metric_type="IP")
    params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
    for name in ("office", "office_type", "parent_agency", "kind", "year_roc", "passage", "provenance"):
        params.add_index(name, index_type="INVERTED")
    return params


@dataclass(frozen=True)
class Published:
    """A complete collection of one build."""

    collection: str
    units: int
    rows: int

    def to_dict(self) -> dict:
        return {"collection": self.collection, "units": self.units, "rows": self.rows}


def _read_rows(build: Path) -> list[MeasureRow]:
    with (build / "rows.jsonl").open(encoding="utf-8") as handle:
        return [MeasureRow.from_dict(json.loads(line)) for line in handle if line.strip()]


def _entities(rows: list[MeasureRow], vectors: np.ndarray, unit_rows: np.ndarray, weights, start: int, stop: int) -> list[dict]:
    out = []
    for unit in range(start, stop):
        position = int(unit_rows[unit])
        passage = unit == 0 or int(unit_rows[unit - 1]) != position
        sparse = {PAD_TOKEN: 1.0}
        if passage:
            lo, hi = weights.indptr[position], weights.indptr[position + 1]
            sparse = {int(t): float(w) for t, w in zip(weights.indices[lo:hi], weights.data[lo:hi], strict=True) if w} or sparse
        out.append({"unit": unit, "row": position, "passage": passage, "dense": np.asarray(vectors[unit], dtype=np.float32),
                    "sparse": sparse, **row_fields(rows[position])})
    return out


def publish_build(client, target: MilvusTarget, build: Path, build_id: str | None = None) -> Published:
    """Write one build folder (finished, or being finished by `build_index`) into its own
    collection: vectors and BM25 weights from the build's files, nothing embedded. A
    collection of that name left by an interrupted publish is dropped first. Returns once the
    collection is flushed, indexed, loaded and holds every unit."""
    build_id = build_id or build.name
    name = target.collection(build_id)
    rows = _read_rows(build)
    vectors = np.load(build / "vectors.npy", mmap_mode="r")
    unit_rows = np.load(build / "unit_rows.npy")
    weights = LexicalIndex.load(build / "bm25", len(rows)).row_weights() if rows else None
    dim = int(vectors.shape[1]) if vectors.ndim == 2 and vectors.shape[1] else 1
    started = time.perf_counter()
    try:
        if client.has_collection(name):
            client.drop_collection(name)
        client.create_collection(name, schema=schema(dim), properties={"plansearch.build": build_id})
        # Milvus Lite builds an index at once and lacks the call pymilvus polls to wait for it
        client.create_index(name, index_params(client, len(unit_rows)), sync=not target.is_lite)
        for start in range(0, len(unit_rows), INSERT_BATCH):
            stop = min(start + INSERT_BATCH, len(unit_rows))
            client.insert(name, _entities(rows, vectors, unit_rows, weights, start, stop))
        client.flush(name)
        client.load_collection(name)
        stored = int(client.get_collection_stats(name).get("row_count", -1))
    except client_errors() as exc:
        raise unavailable(target, f"publishing build {build_id}", exc) from exc
    if stored != len(unit_rows):
        raise MilvusUnavailable(f"collection {name} holds {stored} units after publishing, the build has {len(unit_rows)}; "
                                "it is not served (the alias stays where it was)")
    log.info("published build %s to %s as %s: %s units in %.1f s", build_id, target.describe(), name, stored,
             time.perf_counter() - started)
    return Published(name, len(unit_rows), len(rows))


def alias_target(client, target: MilvusTarget) -> str | None:
    """The collection the alias names, or None when there is no alias yet."""
    try:
        if target.alias not in _aliases(client):
            return None
        return client.describe_alias(target.alias).get("collection_name")
    except client_errors() as exc:
        raise unavailable(target, f"reading alias {target.alias}", exc) from exc


def _aliases(client) -> list[str]:
    found: list[str] = []
    for name in client.list_collections():
        found.extend(client.list_aliases(name).get("aliases", []))
    return found


def switch_alias(client, target: MilvusTarget, build_id: str) -> str:
    """Point the alias at the build's (complete) collection in one step; returns its name."""
    name = target.collection(build_id)
    try:
        if not client.has_collection(name):
            raise MilvusUnavailable(f"collection {name} of build {build_id} is not in {target.describe()}; "
                                    "publish it with `plansearch migrate --to milvus`")
        if alias_target(client, target) is None:
            client.create_alias(name, target.alias)
        else:
            client.alter_alias(name, target.alias)
    except client_errors() as exc:
        raise unavailable(target, f"switching alias {target.alias}", exc) from exc
    return name


def drop_unused(client, target: MilvusTarget, index_dir: Path) -> list[str]:
    """Drop this prefix's collections whose build folder is gone (pruned: no process served it)
    or never finished, except the one the alias names; returns the names dropped."""
    builds = index_dir / "builds"
    live = {target.collection(b.name) for b in builds.iterdir() if b.is_dir() and not b.name.startswith(".")} if builds.is_dir() else set()
    dropped = []
    try:
        keep = alias_target(client, target)
        for name in client.list_collections():
            if name.startswith(f"{target.prefix}_b") and name not in live and name != keep:
                client.drop_collection(name)
                dropped.append(name)
    except client_errors() as exc:
        log.warning("old collections not dropped now (%s); the next writer drops them", exc)
    return dropped


def has_complete(client, target: MilvusTarget, build_id: str, units: int) -> bool:
    """Does Milvus hold the build's collection with every unit (loaded)?"""
    name = target.collection(build_id)
    try:
        if not client.has_collection(name):
            return False
        client.load_collection(name)
        return int(client.get_collection_stats(name).get("row_count", -1)) == units
    except client_errors() as exc:
        raise unavailable(target, f"checking collection {name}", exc) from exc


# -- filters as expressions ------------------------------------------------------------------------

def quote(text: str) -> str:
    """A string literal of Milvus's expression language (double quotes, C escapes)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


def _any_of(field: str, values: tuple[str, ...]) -> str:
    return f"{field} in [{', '.join(quote(v) for v in values)}]"


def expression(filters: Filters | None, table: RowTable | None = None) -> str:
    """`Filters` as a boolean expression over the scalar fields ("" when nothing is filtered);
    the same rows `RowTable.mask` keeps. A section holding LIKE's wildcards (% or _) is matched
    through the row table instead (LIKE has no escape in every Milvus version)."""
    if filters is None or not filters.active():
        return ""
    parts = []
    if filters.offices:
        parts.append(_any_of("office", filters.offices))
    if filters.parent_agencies:
        parts.append(_any_of("parent_agency", filters.parent_agencies))
    if filters.year_from is not None:
        parts.append(f"(year_roc >= {as_roc(filters.year_from)} and year_roc > 0)")
    if filters.year_to is not None:
        parts.append(f"(year_roc <= {as_roc(filters.year_to)} and year_roc > 0)")
    if filters.section:
        if ("%" in filters.section or "_" in filters.section) and table is not None:
            rows = [i for i, text in enumerate(table.section) if filters.section in text]
            parts.append(f"row in [{', '.join(map(str, rows))}]" if rows else "row < 0")
        else:
            parts.append(f"section like {quote('%' + filters.section + '%')}")
    if filters.kinds:
        parts.append(_any_of("kind", filters.kinds))
    if filters.office_types:
        parts.append(_any_of("office_type", filters.office_types))
    if filters.provenance:
        parts.append(_any_of("provenance", filters.provenance))
    return " and ".join(parts)


# -- the query side --------------------------------------------------------------------------------

class Breaker:
    """After Milvus fails, answer "unavailable" at once for `cool_s` seconds instead of making
    every request wait out the client's timeout; then try again (recovery needs no restart)."""

    def __init__(self, cool_s: float = 1.0):
        self.cool_s = cool_s
        self._open_until = 0.0
        self._reason: MilvusUnavailable | None = None
        self._lock = threading.Lock()

    def check(self) -> None:
        with self._lock:
            if self._reason is not None and time.monotonic() < self._open_until:
                raise self._reason

    def trip(self, reason: MilvusUnavailable) -> None:
        with self._lock:
            self._reason, self._open_until = reason, time.monotonic() + self.cool_s

    def reset(self) -> None:
        with self._lock:
            self._reason = None


class MilvusStore:
    """`CandidateStore` over a build's collection: dense and sparse candidates from Milvus
    under filter expressions; `containing` and `passage_vectors` from the build folder every
    worker reads anyway (rows, vectors.npy memory-mapped), as `LocalStore` answers them.

    The client opens, and the collection is checked complete, on first use and again after a
    failure: a worker started while Milvus is down, or before the build was copied there,
    answers 503 with the reason and serves as soon as Milvus has it (no restart)."""

    kind = "milvus"

    def __init__(self, connect: Callable[[], object], target: MilvusTarget, build_id: str, local, *, sparse_margin: int = 10):
        self.connect = connect
        self.target = target
        self.build_id = build_id
        self.collection = target.collection(build_id)
        self.local = local  # a LocalStore of the same build (its FAISS index is not searched)
        self.unit_rows = local.unit_rows
        self.lexical: LexicalIndex = local.lexical
        self.sparse_margin = sparse_margin  # extra hits read past depth, so ties at the cut order as LocalStore's
        self.breaker = Breaker()
        self._client = None
        self._complete = False
        self._opening = threading.Lock()

    def ready(self):
        """The client, once the build's collection is known complete (else MilvusUnavailable)."""
        self.breaker.check()
        if self._complete:
            return self._client
        with self._opening:
            try:
                if self._client is None:
                    self._client = self.connect()
                if not has_complete(self._client, self.target, self.build_id, len(self.unit_rows)):
                    raise MilvusUnavailable(f"build {self.build_id} is not (completely) in {self.target.describe()} as "
                                            f"{self.collection}: copy it with `plansearch migrate --to milvus`")
                self._complete = True
            except MilvusUnavailable as exc:
                self.breaker.trip(exc)
                raise
        return self._client

    def _search(self, doing: str, **kwargs) -> list:
        client = self.ready()
        try:
            found = client.search(self.collection, timeout=self.target.timeout, **kwargs)
        except client_errors() as exc:
            failure = unavailable(self.target, doing, exc)
            self.breaker.trip(failure)
            self._reconnect_later(client)
            raise failure from exc
        self.breaker.reset()
        return found

    def _reconnect_later(self, client) -> None:
        """Drop a client that failed: the next request after the breaker's pause connects anew
        (and checks the collection again), so Milvus coming back is noticed without a restart."""
        with self._opening:
            if self._client is client:
                self._client, self._complete = None, False
        with contextlib.suppress(Exception):  # noqa: BLE001 - closing a broken channel may fail any way
            client.close()

    def _filter(self, filters: Filters | None, *more: str) -> str:
        return " and ".join(p for p in (*more, expression(filters, self.local.table)) if p)

    def dense(self, vectors: np.ndarray, depth: int, filters: Filters | None) -> list[dict[int, float]]:
        units = len(self.unit_rows)
        if not units or not len(vectors):
            return [{} for _ in range(len(vectors))]
        # 3 × depth units, then the best unit a row (max-sim), as LocalStore reads them. (A search
        # grouped by row returns depth hits but took longer in Milvus Lite 3.2: 222 vs 170 ms p50.)
        limit = min(depth * 3, units)
        found = self._search("searching dense candidates", data=[np.asarray(v, dtype=np.float32) for v in vectors],
                             anns_field="dense", limit=limit, filter=self._filter(filters), output_fields=[],
                             search_params={"metric_type": "IP", "params": {"ef": max(96, limit)}})
        out = []
        for hits in found:
            sims = np.array([h["distance"] for h in hits], dtype=np.float32)
            ids = np.array([h["unit"] for h in hits], dtype=np.int64)
            out.append(best_per_row(sims, ids, self.unit_rows, depth))
        return out

    def query_vector(self, query: SparseQuery) -> dict[int, float]:
        """Σ group weight × token counts over the known tokens: the inner product with a row's
        stored weights is LocalStore's score for the row."""
        vector: dict[int, float] = {}
        for tokens, weight in query.groups:
            for token in self.lexical.token_ids(list(tokens)):
                vector[token] = vector.get(token, 0.0) + weight
        return {t: w for t, w in vector.items() if w}

    def sparse(self, queries: list[SparseQuery], depth: int, filters: Filters | None) -> list[dict[int, float]]:
        vectors = [self.query_vector(q) for q in queries]
        asked = [i for i, v in enumerate(vectors) if v]
        out: list[dict[int, float]] = [{} for _ in queries]
        if not asked or not len(self.unit_rows):
            return out
        found = self._search("searching BM25 candidates", data=[vectors[i] for i in asked], anns_field="sparse",
                             limit=min(depth + self.sparse_margin, len(self.unit_rows)),
                             filter=self._filter(filters, "passage == true"), output_fields=[],
                             search_params={"metric_type": "IP"})
        for i, hits in zip(asked, found, strict=True):
            scored = sorted(((int(self.unit_rows[h["unit"]]), float(h["distance"])) for h in hits if h["distance"] > 0),
                            key=lambda pair: (-pair[1], pair[0]))  # ties by position, as LocalStore's stable sort
            out[i] = dict(scored[:depth])
        return out

    def containing(self, terms: Iterable[str], filters: Filters | None) -> np.ndarray:
        return self.local.containing(terms, filters)

    def passage_vectors(self, rows: np.ndarray) -> np.ndarray:
        return self.local.passage_vectors(rows)

    def describe(self) -> dict:
        """What health reports: the backend, where it is, the collection searched, the alias."""
        info = {"kind": self.kind, "uri": self.target.uri, "collection": self.collection, "alias": self.target.alias,
                "alias_collection": None, "error": None}
        try:
            info["alias_collection"] = alias_target(self.ready(), self.target)
        except MilvusUnavailable as exc:
            info["error"] = str(exc)
        return info


__all__ = ["MilvusStore", "MilvusTarget", "MilvusUnavailable", "Published", "expression", "publish_build", "switch_alias"]
