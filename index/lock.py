"""Locks on the index folder, all kernel `flock`s so a killed process never leaves one held.

- `WriterLock`: one writer at a time (`INDEX_DIR/writer.lock`). The file also records who holds
  it (pid, host, command, since), so a second writer is told whom it waits for; a record left
  behind by a process that was killed (the kernel released its lock, the record stayed) is
  reported as stale and taken over.
- `BuildLease`: a shared lock on `<build>/.serving`, held by every process serving that build.
  The pruner deletes an old build only when it can take that lock exclusively, i.e. when no
  process serves it. An upload's staging folder is leased the same way while the upload runs.

Why flock and not the `filelock` package: the holder record and the shared/exclusive pair for
leases need the file itself, and flock gives both with the standard library.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.errors import IndexError_

log = logging.getLogger(__name__)

LOCK_NAME = "writer.lock"
LEASE_NAME = ".serving"


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) the writer lock."""

    pid: int
    host: str
    command: str
    since: str

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host} (`{self.command}`) since {self.since}"

    @classmethod
    def me(cls, command: str | None = None) -> LockHolder:
        cmd = command or " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:200]
        return cls(os.getpid(), socket.gethostname(), cmd, datetime.now(UTC).isoformat(timespec="seconds"))


class IndexLocked(IndexError_):
    """Another writer holds the index folder; the message names it."""

    def __init__(self, message: str, holder: LockHolder | None):
        super().__init__(message)
        self.holder = holder


def _read_holder(fd: int) -> LockHolder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    if not raw.strip():
        return None
    try:
        data = json.loads(raw)
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["command"]), str(data["since"]))
    except (ValueError, KeyError, TypeError):
        return LockHolder(0, "?", raw[:80].decode("utf-8", "replace"), "?")


class WriterLock:
    """Exclusive writer lock on an index folder; waits up to `timeout` seconds, then refuses."""

    def __init__(self, index_dir: Path, *, timeout: float = 0.0, command: str | None = None, poll: float = 0.1):
        self.index_dir = Path(index_dir)
        self.path = self.index_dir / LOCK_NAME
        self.timeout = timeout
        self.command = command
        self.poll = poll
        self.stale: LockHolder | None = None  # a record left by a killed writer, found on acquiring
        self._fd: int | None = None

    def acquire(self) -> WriterLock:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _read_holder(fd)
                if time.monotonic() >= deadline:
                    os.close(fd)
                    who = holder.describe() if holder else "another process"
                    raise IndexLocked(
                        f"index at {self.index_dir} is being changed by {who}; waited {self.timeout:.0f} s — "
                        "try again when it has finished (or wait longer with --wait SECONDS)", holder) from None
                if not told:
                    log.warning("waiting for the index lock held by %s", holder.describe() if holder else "another process")
                    told = True
                time.sleep(self.poll)
        self.stale = _read_holder(fd)
        if self.stale is not None:
            log.warning("stale index lock of %s: that process is gone (killed?); taking over", self.stale.describe())
        me = LockHolder.me(self.command)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(asdict(me), ensure_ascii=False).encode(), 0)
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


class BuildLease:
    """A shared lock on a build, held while a process serves it (pruning skips the build)."""

    def __init__(self, build: Path):
        self.build = build
        self._fd: int | None = os.open(build / LEASE_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def remove_if_unused(folder: Path) -> bool:
    """Delete a leased folder (a build, an upload's staging) when no process holds its lease;
    True when it was deleted."""
    fd = try_claim_unused(folder)
    if fd is None:
        return False
    try:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        os.close(fd)
    return True


def try_claim_unused(build: Path) -> int | None:
    """An exclusive lock on the build's lease file when no process serves it (else None); the
    caller deletes the build and then closes the returned descriptor."""
    try:
        fd = os.open(build / LEASE_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd
