"""Live reload: serve the newest good build, swapped in between requests.

A watcher thread reads the `current` symlink every `reload_interval` seconds (one `readlink`:
nothing a request pays for). When it names another build, the watcher takes a serving lease
on it, verifies and loads it, warms it up, and then replaces `state.searcher` with one
assignment. A request reads `state.searcher` once, so requests in flight finish on the build
they started with. The old build's lease is held for `grace` seconds more, then released
and unused builds are pruned (only when no writer is busy, and never a build another process
serves). A damaged or foreign new build is refused: the last good one keeps serving and
health reports the refusal; with no good build the routes answer 503 with the reason.

The served build is held in memory (index/store.py maps no file), so a file of it truncated,
changed or deleted on disk cannot crash the process. The watcher also notices that: every
interval it compares each file's size, change time and inode with what it loaded, checks a
changed file against the manifest, and health names a damaged file (`served_damage`) while
requests go on answering from the copy in memory.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.embed import EmbedderUnavailable
from index.errors import IndexError_
from index.lock import BuildLease, IndexLocked, WriterLock
from index.manifest import DIGEST, MANIFEST
from index.search import Searcher
from index.store import file_problem, lease_current, load_build, prune_builds

log = logging.getLogger(__name__)


def settle_heap() -> None:
    """Put what the served build allocated out of the cyclic collector's sight: its full
    collections walked every row object and paused requests (at 50 clients p99 0.9–1.2 s,
    0.6 s frozen; docs/speed.md). Unfreezing first lets a retired build's cycles be collected;
    reference counting frees the rest as before."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@dataclass(frozen=True)
class Refusal:
    """A build the server would not serve, and why."""

    build: str
    reason: str


class ServedFiles:
    """The files of the served build as they were when it loaded (size, change time, inode), to
    notice one truncated, changed or deleted underneath; `damage` maps each damaged file to why."""

    def __init__(self, build: Path, manifest: dict):
        self.build, self.records = build, manifest["files"]
        self.names = [*self.records, MANIFEST, DIGEST]
        self.seen = {name: self._stat(name) for name in self.names}
        self.own = {name: self._digest(name) for name in (MANIFEST, DIGEST)}  # the manifest checks the others
        self.damage: dict[str, str] = {}

    def _digest(self, name: str) -> str | None:
        try:
            return hashlib.sha256((self.build / name).read_bytes()).hexdigest()
        except OSError:
            return None

    def _stat(self, name: str) -> tuple[int, int, int] | None:
        try:
            info = os.stat(self.build / name)
        except OSError:
            return None
        return info.st_size, info.st_ctime_ns, info.st_ino

    def check(self) -> dict[str, str]:
        """Compare every file with what was loaded; a changed one is checked against the manifest
        (sha256) once. Returns the damage found so far (file → reason)."""
        for name in self.names:
            now = self._stat(name)
            if now == self.seen[name]:
                continue
            self.seen[name] = now
            problem = f"{name} is missing" if now is None else self._problem(name)
            if problem:
                if self.damage.get(name) != problem:
                    log.error("served build %s damaged on disk: %s; still serving the copy loaded in memory",
                              self.build.name, problem)
                self.damage[name] = problem
            else:
                self.damage.pop(name, None)
        return self.damage

    def _problem(self, name: str) -> str | None:
        if name in self.records:
            return file_problem(self.build, name, self.records[name])
        if self._digest(name) != self.own[name]:
            return f"{name} changed after the build was loaded"
        return None


class LiveIndex:
    """Holds the served Searcher on `state` (`state.searcher`, `state.load_error`) and keeps it
    on the newest good build."""

    def __init__(self, index_dir: Path, state, make_searcher: Callable[[object], Searcher], *, embedder_id: str | None,
                 interval: float = 1.0, grace: float = 30.0, warm_up: Callable[[Searcher], None] | None = None):
        self.index_dir = Path(index_dir)
        self.embedder_id = embedder_id
        self.state = state
        self.make_searcher = make_searcher
        self.interval = interval
        self.grace = grace
        self.warm_up = warm_up
        self.build: Path | None = None
        self.loaded_at: str | None = None
        self.refused: Refusal | None = None
        self.files: ServedFiles | None = None
        self._lease: BuildLease | None = None
        self._retiring: list[tuple[float, BuildLease]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._tried: str | None = None  # the link target last tried, loaded or refused
        self._checking = threading.Lock()  # the watcher and an upload may both ask for a check
        state.searcher = None
        state.load_error = None

    # -- checks ---------------------------------------------------------------------
    def _target(self) -> str | None:
        try:
            return os.readlink(self.index_dir / "current")
        except OSError:
            return None

    def check(self) -> bool:
        """Load and swap in `current` if it changed since the last check; True on a swap."""
        with self._checking:
            return self._check()

    def _check(self) -> bool:
        target = self._target()
        if target is None:
            if self.state.searcher is None:
                self.state.load_error = (f"no index at {self.index_dir}: build one with "
                                         f"`plansearch add PATH... --index {self.index_dir}`")
            return False
        if target == self._tried:
            return False
        self._tried = target
        lease = None
        try:
            build, lease = lease_current(self.index_dir)
            searcher = self.make_searcher(load_build(build, self.embedder_id, self.index_dir))
            if self.warm_up:
                self.warm_up(searcher)
        except (IndexError_, EmbedderUnavailable, OSError) as exc:
            if lease:
                lease.release()
            self._refuse(target, str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a build that breaks the loader is refused, never served half-loaded
            log.exception("loading build %s failed", target)
            if lease:
                lease.release()
            self._refuse(target, f"the build could not be loaded ({type(exc).__name__}: {exc})")
            return False
        self._swap(build, lease, searcher)
        return True

    def _refuse(self, target: str, reason: str) -> None:
        self.refused = Refusal(Path(target).name, reason)
        if self.state.searcher is None:
            self.state.load_error = reason
            log.error("index not loaded: %s", reason)
        else:
            log.error("new build %s refused, still serving %s: %s", Path(target).name, self.build.name, reason)

    def _swap(self, build: Path, lease: BuildLease, searcher: Searcher) -> None:
        old = self._lease
        self.state.searcher = searcher  # one assignment: requests read it once
        settle_heap()
        self.state.load_error = None
        self.build, self._lease = build, lease
        self.files = ServedFiles(build, searcher.index.manifest)
        self.loaded_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.refused = None
        if old is not None:
            self._retiring.append((time.monotonic() + self.grace, old))
        log.warning("serving build %s (%s rows)", build.name, len(searcher.rows))

    def retire(self, *, now: float | None = None) -> None:
        """Release leases of replaced builds past their grace time, then prune unused builds."""
        now = time.monotonic() if now is None else now
        due = [lease for at, lease in self._retiring if at <= now]
        if not due:
            return
        self._retiring = [(at, lease) for at, lease in self._retiring if at > now]
        for lease in due:
            lease.release()
        try:
            with WriterLock(self.index_dir, timeout=0, command="plansearch serve (pruning replaced builds)"):
                prune_builds(self.index_dir)
        except (IndexLocked, OSError) as exc:
            log.info("old builds not pruned now (%s); the next writer prunes them", exc)

    # -- watcher --------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="plansearch-reload", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.check()
                self.retire()
                self.check_served()
            except Exception:  # noqa: BLE001 - the watcher must outlive any one failed check
                log.exception("index reload check failed")

    def check_served(self) -> dict[str, str]:
        """Damage found on disk in the served build's files (file → reason); it keeps serving."""
        return self.files.check() if self.files is not None else {}

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for _, lease in self._retiring:
            lease.release()
        self._retiring = []
        if self._lease is not None:
            self._lease.release()
            self._lease = None

    def status(self) -> dict:
        damage = dict(self.files.damage) if self.files is not None else {}
        served_damage = None
        if damage:
            served_damage = {"build": self.build.name, "files": sorted(damage), "reasons": [damage[f] for f in sorted(damage)],
                             "message": (f"the served build {self.build.name} is damaged on disk ({'; '.join(damage.values())}); "
                                         f"requests are answered from the copy loaded in memory; rebuild it "
                                         f"(`plansearch sync PATH... --index {self.index_dir} --yes`) before the server restarts")}
        return {"build": self.build.name if self.build else None, "loaded_at": self.loaded_at,
                "refused": {"build": self.refused.build, "reason": self.refused.reason} if self.refused else None,
                "served_damage": served_damage}


def unavailable_page_text(load_error: str | None) -> str:
    """What a page says when no build is served: in Chinese, with the technical reason kept
    (it names the damaged file) so whoever runs the server can act on it."""
    if not load_error or load_error.startswith("no index at"):
        return "索引尚未建立，目前無法搜尋；請聯絡系統管理者加入計畫。"
    if "is damaged" in load_error:
        return f"索引檔案受損，暫時無法使用；請聯絡系統管理者重建索引。（技術說明：{load_error}）"
    return f"索引無法載入，暫時無法使用；請聯絡系統管理者。（技術說明：{load_error}）"
