"""Both retrieval backends in the tests (a pytest plugin, loaded by tests/conftest.py).

`backend` is "local" everywhere; in a module marked `pytestmark = pytest.mark.both_backends`
every test that uses the sample `searcher`, `client` or `app_settings` runs twice: on the local
backend and on `milvus` (the sample index published to a Milvus Lite file, opened in this
process). Commands the test runs (CLI) read the same backend from the environment.
"""

from __future__ import annotations

import pytest

BACKENDS = ("local", "milvus")
PREFIX = "testps"


def milvus_available() -> bool:
    try:
        import milvus_lite  # noqa: F401
        import pymilvus  # noqa: F401
    except ImportError:
        return False
    return True


def need_milvus() -> None:
    """Skip without the `milvus` extra (a failure under CI=true: tests/conftest.py)."""
    if not milvus_available():
        pytest.skip("pymilvus and milvus-lite are not installed: pip install -e '.[milvus]'")


def milvus_settings(index_dir, uri, **extra):
    from service.settings import Settings

    return Settings(index_dir=index_dir, backend="milvus", milvus_uri=str(uri), milvus_prefix=PREFIX, **extra)


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", BACKENDS, indirect=True, scope="session")


@pytest.fixture(scope="session")
def backend(request) -> str:
    name = getattr(request, "param", "local")
    if name == "milvus":
        need_milvus()
    return name


@pytest.fixture(scope="session")
def milvus_sample(tmp_path_factory, sample_index):
    """The sample index's build published to a Lite file; the settings that serve it."""
    need_milvus()
    from index.publish import ensure_published
    from service.backend import publisher

    settings = milvus_settings(sample_index, tmp_path_factory.mktemp("milvus") / "sample.db")
    ensure_published(sample_index, publisher(settings))
    return settings


def open_sample_searcher(sample_index, embedder, tokenizer, backend: str, request):
    from index.search import Searcher
    from index.store import load_index
    from service.backend import candidate_store

    loaded = load_index(sample_index, embedder.id)
    store = candidate_store(request.getfixturevalue("milvus_sample"), loaded) if backend == "milvus" else None
    return Searcher(loaded, embedder, tokenizer=tokenizer, store=store)


def sample_settings(sample_index, backend: str, request):
    from service.settings import Settings

    return request.getfixturevalue("milvus_sample") if backend == "milvus" else Settings(index_dir=sample_index)


@pytest.fixture(autouse=True)
def backend_env(request, monkeypatch):
    """Commands a milvus test runs (CLI) read the backend from the environment, as in use."""
    if "backend" not in request.fixturenames or request.getfixturevalue("backend") != "milvus":
        return
    settings = request.getfixturevalue("milvus_sample")
    monkeypatch.setenv("PLANSEARCH_BACKEND", "milvus")
    monkeypatch.setenv("PLANSEARCH_MILVUS_URI", settings.milvus_uri)
    monkeypatch.setenv("PLANSEARCH_MILVUS_PREFIX", settings.milvus_prefix)
