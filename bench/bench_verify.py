"""What verification and live reload cost (not a test): load time of one build with and
without the sha256 check of every file, and the per-interval check the server's watcher makes
(one readlink). Vectors are random 384-d (the model does not matter here).

    python bench/bench_verify.py [--rows 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_retrieval import synthetic_rows  # noqa: E402

from index.store import build_index, load_build, read_build_manifest, verify_build  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402
from ingest import ingest_paths  # noqa: E402


class RandomEmbedder:
    id, dim = "bench:random384", 384

    def __init__(self):
        self.rng = np.random.default_rng(1)

    def _vectors(self, n):
        v = self.rng.standard_normal((n, self.dim)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    def encode_passages(self, texts):
        return self._vectors(len(texts))

    encode_queries = encode_passages


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000])
    args = parser.parse_args()
    base, _ = ingest_paths(sorted((ROOT / "data" / "sample").glob("*.txt")))
    tokenizer = Tokenizer(extra_terms=SynonymTable.load().all_terms())
    results = []
    for n in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            index_dir = Path(tmp)
            stats = build_index(synthetic_rows(base, n), index_dir, RandomEmbedder(), tokenizer)
            build = stats.path
            manifest = read_build_manifest(build)
            size_mb = sum(r["bytes"] for r in manifest["files"].values()) / 1e6
            verify_all = best_of(lambda b=build, m=manifest: verify_build(b, m))
            verify_sizes = best_of(lambda b=build, m=manifest: verify_build(b, m, checksums=False))
            load_all = best_of(lambda b=build: load_build(b, None))
            link = index_dir / "current"
            reps = 10_000
            started = time.perf_counter()
            for _ in range(reps):
                os.readlink(link)
            readlink_us = (time.perf_counter() - started) / reps * 1e6
            results.append({"rows": n, "vectors": manifest["counts"]["vectors"], "build_mb": round(size_mb, 1),
                            "verify_sha256_s": round(verify_all, 3), "verify_sizes_counts_s": round(verify_sizes, 3),
                            "load_with_verification_s": round(load_all, 3), "reload_check_us": round(readlink_us, 2)})
            print(json.dumps(results[-1]))
    out = ROOT / "bench" / "results" / "verify.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                               "results": results}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
