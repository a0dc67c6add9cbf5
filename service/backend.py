"""Which backend serves retrieval, chosen from settings in one place.

`local` (default): FAISS + bm25s of the build folder in each process. `milvus`: each build is
also published to a Milvus collection (index/publish.py) and the workers ask Milvus for dense
and BM25 candidates (index/milvus_store.py). The app's searcher factory, the CLI writers and
health all come through here, so the rest of the service does not know which one serves.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.publish import MilvusPublisher
    from index.store import LoadedIndex
    from service.settings import Settings

log = logging.getLogger(__name__)


class Backend(StrEnum):
    """Retrieval backends; settings refuse any other value."""

    LOCAL = "local"
    MILVUS = "milvus"


def milvus_target(settings: Settings):
    from index.milvus_store import MilvusTarget

    uri = settings.milvus_uri
    if "://" not in uri:
        uri = str(Path(uri).expanduser().resolve())
    return MilvusTarget(uri, settings.milvus_token, settings.milvus_prefix, settings.milvus_timeout)


def candidate_store(settings: Settings, loaded: LoadedIndex):
    """The CandidateStore for one loaded build (None: the Searcher's own LocalStore). With
    milvus, Milvus is reached on first use (index/milvus_store.py `MilvusStore.ready`)."""
    if Backend(settings.backend) is Backend.LOCAL:
        return None
    from index.candidates import LocalStore
    from index.filters import RowTable
    from index.milvus_lite import open_client
    from index.milvus_store import MilvusStore

    target = milvus_target(settings)
    return MilvusStore(lambda: open_client(target, wait=settings.milvus_timeout), target, loaded.path.name,
                       LocalStore(loaded, RowTable(loaded.rows)))


def publisher(settings: Settings) -> MilvusPublisher | None:
    """What a writer (add, remove, sync, upload) passes to the build: None for local."""
    if Backend(settings.backend) is Backend.LOCAL:
        return None
    from index.publish import MilvusPublisher

    return MilvusPublisher(milvus_target(settings), wait=settings.lock_wait)


def status(searcher) -> dict:
    """Which backend serves the searcher, for /api/health. A backend that cannot serve now
    (Milvus down, the build not in it) raises its error: health answers 503 with the reason,
    as the search routes do, so a load balancer takes the worker out."""
    describe = getattr(searcher.store, "describe", None)
    if describe is None:
        return {"kind": searcher.store.kind}
    info = describe()
    if info.get("error"):
        from index.milvus_store import MilvusUnavailable

        raise MilvusUnavailable(info["error"])
    return info


@contextmanager
def serving(settings: Settings):
    """Around `serve`/`demo`: with milvus, a Lite file gets its `milvus-lite server` (workers and
    CLI writers all go through it) and the current build is published if Milvus lacks it.
    Yields the settings the workers use (the server's address in place of the file)."""
    if Backend(settings.backend) is Backend.LOCAL:
        yield settings
        return
    from index.errors import IndexNotFound
    from index.milvus_lite import LiteServer
    from index.publish import ensure_published

    target = milvus_target(settings)
    server = LiteServer(Path(target.uri), port=settings.milvus_lite_port, wait=settings.lock_wait) if target.is_lite else None
    try:
        uri = server.start() if server else target.uri
        served = settings.model_copy(update={"milvus_uri": uri})
        writer = publisher(served)
        try:
            migration = ensure_published(served.index_dir, writer, lock_timeout=settings.lock_wait)
            log.warning("milvus: build %s served from %s (alias %s)%s", migration.build, migration.collection,
                        migration.alias, ", copied now" if migration.copied else "")
        except IndexNotFound:
            pass  # no build yet: the first `add` publishes it
        finally:
            writer.close()
        yield served
    finally:
        if server:
            server.stop()
