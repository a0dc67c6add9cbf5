"""Publishing builds to Milvus: the build hook, and copying the current build across (migrate).

The build folder stays the source of truth and the writer lock still orders writers:

    build_index:  files written → publish (collection complete) → manifest → rename →
                  `current` swapped → old builds pruned → alias switched, unused collections dropped

so the collection of any build `current` names exists and is complete before a worker can load
the build, and the alias only ever names a complete collection. A writer killed anywhere leaves
at worst an unfinished collection no alias names (dropped by the next writer), or the alias one
build behind (put right by the next writer, `plansearch migrate --to milvus` or `serve`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from index.lock import WriterLock
from index.milvus_lite import open_client, release_embedded
from index.milvus_store import (
    MilvusTarget,
    MilvusUnavailable,
    alias_target,
    drop_unused,
    has_complete,
    publish_build,
    switch_alias,
)
from index.store import current_build, read_build_manifest, verify_build

log = logging.getLogger(__name__)


@dataclass
class MilvusPublisher:
    """`build_index(..., publisher=MilvusPublisher(target))`: every build is published to
    Milvus as it is built. The client opens on first use (a Lite file: through the running
    `milvus-lite server`, else in this process, waiting `wait` s for another to close it)."""

    target: MilvusTarget
    wait: float = 0.0
    _client: object = field(default=None, repr=False)

    @property
    def client(self):
        if self._client is None:
            self._client = open_client(self.target, self.wait)
        return self._client

    def publish(self, work: Path, build_id: str) -> dict:
        published = publish_build(self.client, self.target, work, build_id)
        return {"backend": "milvus", "prefix": self.target.prefix, "alias": self.target.alias, **published.to_dict()}

    def serve(self, index_dir: Path, build_id: str) -> None:
        """Point the alias at the build `current` now names; drop collections no build needs.
        A failure here leaves the build served by `current` and the alias one build behind:
        it is logged, and the next writer (or `migrate`) switches the alias."""
        try:
            switch_alias(self.client, self.target, build_id)
        except MilvusUnavailable as exc:
            log.warning("build %s is in, but alias %s was not switched: %s", build_id, self.target.alias, exc)
            return
        dropped = drop_unused(self.client, self.target, index_dir)
        if dropped:
            log.info("dropped collections of pruned builds: %s", ", ".join(dropped))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        release_embedded(self.target)


@dataclass(frozen=True)
class Migration:
    """What `migrate` did: the build, its collection, whether it had to be copied."""

    build: str
    collection: str
    copied: bool
    alias: str
    dropped: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"build": self.build, "collection": self.collection, "copied": self.copied, "alias": self.alias,
                "dropped": list(self.dropped)}


def ensure_published(index_dir: Path, publisher: MilvusPublisher, *, lock_timeout: float = 0.0) -> Migration:
    """Make Milvus serve the current build: copy it into its collection unless a complete one
    is there (no embedding: the vectors are in the build), then point the alias at it. Under
    the writer lock, so no build is swapped in meanwhile. `plansearch migrate --to milvus`,
    and `serve`/`demo` with the milvus backend, call this."""
    with WriterLock(index_dir, timeout=lock_timeout, command="plansearch migrate --to milvus"):
        build = current_build(index_dir)
        manifest = read_build_manifest(build)
        verify_build(build, manifest)
        target = publisher.target
        copied = not has_complete(publisher.client, target, build.name, int(manifest["counts"]["vectors"]))
        if copied:
            publish_build(publisher.client, target, build)
        name = target.collection(build.name)
        if alias_target(publisher.client, target) != name:
            switch_alias(publisher.client, target, build.name)
        dropped = drop_unused(publisher.client, target, index_dir)
    return Migration(build.name, name, copied, target.alias, tuple(dropped))


def back_to_local(index_dir: Path, publisher: MilvusPublisher | None, *, drop: bool = False,
                  lock_timeout: float = 0.0) -> dict:
    """`migrate --to local`: the local backend serves the build folder, which every milvus
    build also writes whole (FAISS, BM25 arrays, vectors), so nothing is copied back; the
    folder is verified (a damaged one is named), and with `drop` the prefix's collections
    and alias are removed from Milvus."""
    with WriterLock(index_dir, timeout=lock_timeout, command="plansearch migrate --to local"):
        build = current_build(index_dir)
        manifest = read_build_manifest(build)
        verify_build(build, manifest)
        dropped: list[str] = []
        if drop and publisher is not None:
            dropped = drop_prefix(publisher)
    return {"build": build.name, "rows": manifest["counts"]["rows"], "verified": True, "dropped": dropped}


def drop_prefix(publisher: MilvusPublisher) -> list[str]:
    """Remove the alias and every collection of the prefix."""
    from index.milvus_store import client_errors, unavailable

    client, target = publisher.client, publisher.target
    try:
        if alias_target(client, target) is not None:
            client.drop_alias(target.alias)
        dropped = [n for n in client.list_collections() if n.startswith(f"{target.prefix}_b")]
        for name in dropped:
            client.drop_collection(name)
    except client_errors() as exc:
        raise unavailable(target, "dropping collections", exc) from exc
    return dropped
