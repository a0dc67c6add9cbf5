"""The sample ("demo") index: built from `data/sample` in seconds on a fresh clone, rebuilt when
the code or the sample plans change.

The slow step of a build is embedding: the sample's ~600 passages and the English bridge's
~1,700 domain words take 30 s on two quiet cores and minutes on a loaded machine. The
repository ships those vectors (`data/demo/embeddings.npz`, written by `make demo-index`), and a
demo build first seeds the index's embedding cache with them, so it embeds only the texts the
shipped file lacks. The index itself is always built by the running code (format changes need
no regeneration); a test fails, naming `make demo-index`, when the shipped vectors no longer
cover the demo's texts.

A demo index records a fingerprint (format version, embedder, code of `ingest/` and `index/`,
the sample files); `plansearch demo` rebuilds it when the fingerprint changed, and never
replaces an index that holds plans other than the sample's.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.embed import EmbeddingCache
from index.errors import IndexError_
from index.store import FORMAT_VERSION, current_build

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data" / "demo" / "embeddings.npz"
FINGERPRINT_FILE = "demo.json"
REGENERATE = "make demo-index"
_CODE = (ROOT / "ingest", ROOT / "index")


def cache_path(index_dir: Path) -> Path:
    """The embedding cache of an index folder (the store's layout)."""
    return index_dir / "cache" / "embeddings.sqlite"


def demo_paths(sample_dir: Path) -> list[Path]:
    """Every plan under the sample folder, subfolders (invented/) included, except pdf/: those
    PDFs are renderings of three of the text plans and would count them twice."""
    from ingest.discover import discover

    return [f.path for f in discover([sample_dir])
            if f.skipped is None and "pdf" not in f.path.relative_to(sample_dir).parts[:-1]]


# -- the shipped vectors ---------------------------------------------------------------------
@dataclass(frozen=True)
class ShippedVectors:
    """Vectors as the embedding cache keys them: `keys[i]` is the cache key (the embedder id,
    or `id|query` for query-role texts), `digests[i]` the sha256 of the text."""

    embedder: str
    keys: tuple[str, ...]
    digests: tuple[str, ...]
    vectors: np.ndarray

    @classmethod
    def load(cls, path: Path = SHIPPED) -> ShippedVectors | None:
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as data:
            return cls(str(data["embedder"]), tuple(str(k) for k in data["keys"]), tuple(str(d) for d in data["digests"]),
                       np.asarray(data["vectors"], dtype=np.float32))

    def save(self, path: Path = SHIPPED) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        order = sorted(range(len(self.digests)), key=lambda i: (self.keys[i], self.digests[i]))  # stable bytes
        with path.open("wb") as handle:
            np.savez_compressed(handle, embedder=np.array(self.embedder), keys=np.array([self.keys[i] for i in order]),
                                digests=np.array([self.digests[i] for i in order]),
                                vectors=self.vectors[order] if order else self.vectors)

    def table(self) -> dict[tuple[str, str], np.ndarray]:
        return {(k, d): self.vectors[i] for i, (k, d) in enumerate(zip(self.keys, self.digests, strict=True))}

    def seed(self, index_dir: Path) -> int:
        """Put the vectors into the index folder's embedding cache; returns how many."""
        by_key: dict[str, dict[str, np.ndarray]] = {}
        for i, (key, digest) in enumerate(zip(self.keys, self.digests, strict=True)):
            by_key.setdefault(key, {})[digest] = self.vectors[i]
        cache = EmbeddingCache(cache_path(index_dir))
        try:
            for key, items in by_key.items():
                cache.put_many(key, items)
        finally:
            cache.close()
        return len(self.digests)


@dataclass
class ReplayEmbedder:
    """An embedder that answers from vectors computed before (the shipped ones) and records
    every text a build asks for. Texts it lacks go to `fallback` (the real model) or, without
    one, are listed in `missing` and answered with zeros: a build replayed this way shows
    exactly which vectors the demo needs."""

    id: str
    dim: int
    known: dict[tuple[str, str], np.ndarray]
    fallback: object | None = None
    used: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    texts: dict[tuple[str, str], str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def _encode(self, texts: list[str], role: str) -> np.ndarray:
        key = self.id if role == "passage" else f"{self.id}|{role}"
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        unknown = [i for i, t in enumerate(texts) if (key, EmbeddingCache.digest(t)) not in self.known]
        if unknown and self.fallback is not None:
            encode = self.fallback.encode_passages if role == "passage" else self.fallback.encode_queries
            for i, vector in zip(unknown, encode([texts[i] for i in unknown]), strict=True):
                self.known[(key, EmbeddingCache.digest(texts[i]))] = np.asarray(vector, dtype=np.float32)
        elif unknown:
            self.missing.extend(texts[i] for i in unknown)
        for i, text in enumerate(texts):
            vector = self.known.get((key, EmbeddingCache.digest(text)))
            if vector is not None:
                out[i] = vector
                self.used[(key, EmbeddingCache.digest(text))] = vector
                self.texts[(key, EmbeddingCache.digest(text))] = text
        return out

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "passage")

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query")

    def shipped(self) -> ShippedVectors:
        keys, digests = zip(*self.used, strict=True) if self.used else ((), ())
        vectors = np.vstack(list(self.used.values())) if self.used else np.zeros((0, self.dim), np.float32)
        return ShippedVectors(self.id, tuple(keys), tuple(digests), vectors)


# -- building ---------------------------------------------------------------------------------
def build_demo(index_dir: Path, sample_dir: Path, embedder, tokenizer=None, progress=None, confirm: bool = True):
    """Sync the index folder to the sample plans (the one build `plansearch demo`, the shipped
    vectors' writer and their test all run). Returns the corpus UpdateReport."""
    from index import corpus
    from index.synonyms import SynonymTable
    from index.text import Tokenizer

    tokenizer = tokenizer or Tokenizer(extra_terms=SynonymTable.load().all_terms())
    return corpus.sync(demo_paths(sample_dir), index_dir, embedder, tokenizer, confirm=confirm, progress=progress)


def replay_demo_build(sample_dir: Path, embedder_id: str, shipped: ShippedVectors | None, fallback=None,
                      tokenizer=None) -> ReplayEmbedder:
    """Build the demo into a scratch folder with an empty cache, answering embeddings from the
    shipped vectors (and `fallback` for the rest): the result knows what the demo needs."""
    known = shipped.table() if shipped is not None and shipped.embedder == embedder_id else {}
    dim = shipped.vectors.shape[1] if shipped is not None and len(shipped.digests) else 384
    replay = ReplayEmbedder(embedder_id, int(getattr(fallback, "dim", dim)), known, fallback)
    with tempfile.TemporaryDirectory(prefix="plansearch-demo-") as scratch:
        build_demo(Path(scratch) / "index", sample_dir, replay, tokenizer)
    return replay


def write_shipped(sample_dir: Path, embedder, path: Path = SHIPPED) -> tuple[ShippedVectors, int]:
    """Regenerate the shipped vectors: exactly the texts the demo build embeds, the vectors
    already shipped reused, the rest computed by `embedder`. Returns them and how many were new."""
    old = ShippedVectors.load(path)
    known_before = len(old.table()) if old is not None and old.embedder == embedder.id else 0
    replay = replay_demo_build(sample_dir, embedder.id, old, fallback=embedder)
    shipped = replay.shipped()
    shipped.save(path)
    return shipped, max(0, len(replay.known) - known_before)


# -- the fingerprint of a demo index ----------------------------------------------------------
def _digest_files(digest, files: list[Path], base: Path) -> None:
    for path in sorted(files):
        digest.update(str(path.relative_to(base)).encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def fingerprint(sample_dir: Path, embedder_id: str) -> str:
    """What a demo index was built from: format version, embedder, the code that turns plans
    into an index (`ingest/`, `index/` and its data), the sample plans."""
    digest = hashlib.sha256(f"format {FORMAT_VERSION}\0embedder {embedder_id}\0".encode())
    for folder in _CODE:
        _digest_files(digest, [p for p in folder.rglob("*") if p.is_file() and p.suffix in (".py", ".txt", ".tsv", ".json")
                               and "__pycache__" not in p.parts], folder.parent)
    _digest_files(digest, demo_paths(sample_dir), sample_dir)
    return digest.hexdigest()[:16]


def record_fingerprint(index_dir: Path, value: str) -> None:
    (index_dir / FINGERPRINT_FILE).write_text(json.dumps({"fingerprint": value}), encoding="utf-8")


def holds_only_sample(index_dir: Path, sample_dir: Path) -> bool:
    """The current build holds sample plans and nothing else (a demo index), read from its
    manifest; False when it holds other plans or cannot be read (then it is never replaced)."""
    try:
        manifest = json.loads((current_build(index_dir) / "manifest.json").read_text(encoding="utf-8"))
    except (IndexError_, OSError, ValueError):
        return False
    files = {s.get("file") or s.get("source_file") for s in manifest.get("sources", [])}
    return bool(files) and files <= {p.name for p in demo_paths(sample_dir)}


def why_rebuild(index_dir: Path, sample_dir: Path, embedder_id: str) -> str | None:
    """Why `plansearch demo` must build before serving, or None to serve what is there."""
    if not (index_dir / "current").exists():
        return "no index yet"
    if not holds_only_sample(index_dir, sample_dir):
        return None
    try:
        stored = json.loads((index_dir / FINGERPRINT_FILE).read_text(encoding="utf-8")).get("fingerprint")
    except (OSError, ValueError):
        stored = None
    if stored != fingerprint(sample_dir, embedder_id):
        return "the code or the sample plans changed since the sample index was built"
    return None


def main() -> None:
    """`make demo-index`: rewrite data/demo/embeddings.npz for the current code and sample."""
    from index.embed import make_embedder
    from service.settings import Settings

    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    log.setLevel(logging.INFO)
    settings = Settings()
    embedder = make_embedder(settings.model, device=settings.device, threads=settings.threads)
    shipped, new = write_shipped(settings.sample_dir, embedder)
    log.info("wrote %d vectors (%d newly embedded) to %s", len(shipped.digests), new, SHIPPED.relative_to(ROOT))


if __name__ == "__main__":
    main()
