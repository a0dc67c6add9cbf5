"""Concurrent queries share one embedding pass; the cache counts hits; errors reach every caller."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from index.query_batch import QueryEncoder


class Recorder:
    def __init__(self, fail: bool = False):
        self.calls: list[list[str]] = []
        self.fail = fail
        self.gate = threading.Event()

    def __call__(self, texts):
        self.gate.wait(5)
        self.calls.append(list(texts))
        if self.fail:
            raise RuntimeError("engine broke")
        return np.array([[float(len(t)), float(sum(map(ord, t)))] for t in texts], dtype=np.float32)


def test_concurrent_queries_are_embedded_together_and_each_gets_its_own_vector():
    engine = Recorder()
    encoder = QueryEncoder(engine, window_s=0.05)
    texts = [f"查詢{i}" for i in range(8)]
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(encoder.encode, t) for t in texts]
        engine.gate.set()
        vectors = [f.result() for f in futures]
    for text, vector in zip(texts, vectors, strict=True):
        assert vector.tolist() == [float(len(text)), float(sum(map(ord, text)))]
    assert sum(len(c) for c in engine.calls) == 8
    assert len(engine.calls) < 8  # batched: fewer passes than queries


def test_repeated_queries_hit_the_cache_and_are_counted():
    engine = Recorder()
    engine.gate.set()
    encoder = QueryEncoder(engine, window_s=0, cache_size=2)
    for text in ["a", "b", "a", "c", "b"]:  # capacity 2: "b" was evicted by "c" after "a" was used
        encoder.encode(text)
    stats = encoder.cache_stats()
    assert (stats.hits, stats.misses) == (1, 4)
    assert stats.hit_rate == pytest.approx(0.2)
    assert [t for call in engine.calls for t in call] == ["a", "b", "c", "b"]


def test_an_engine_error_reaches_every_waiting_caller():
    engine = Recorder(fail=True)
    encoder = QueryEncoder(engine, window_s=0.02)
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(encoder.encode, f"q{i}") for i in range(4)]
        engine.gate.set()
        for future in futures:
            with pytest.raises(RuntimeError, match="engine broke"):
                future.result()
    engine.fail = False
    assert encoder.encode("again").shape == (2,)  # the encoder is not left stuck
