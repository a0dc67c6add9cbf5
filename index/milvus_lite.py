"""Milvus Lite across processes: a Lite file (`*.db`, a folder) opens in ONE process at a time.

`plansearch serve` with a Lite file starts `milvus-lite server` for it (`LiteServer`) and
writes a record beside the file (`<file>.server.json`: address and pid). Every other process
with the same settings (the service's workers, `plansearch add/remove/sync/migrate/health`)
finds the record and goes through that server (`open_client`); with no server running, a
process opens the file itself (pymilvus runs Milvus Lite in-process) and a second process
waits for it to close. A record whose process is gone (kill -9) is ignored.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from index.milvus_store import MilvusTarget, MilvusUnavailable, client_errors, unavailable

log = logging.getLogger(__name__)

RECORD_SUFFIX = ".server.json"
# pymilvus pings an idle channel every 10 s; `milvus-lite server` keeps gRPC's default policy
# (no pings without calls) and answers them with GOAWAY (too_many_pings), dropping the channel.
# Pings only while a call is open work with Lite and with every Milvus server.
GRPC_OPTIONS = {"grpc.keepalive_permit_without_calls": 0}


def record_path(db: Path) -> Path:
    """Beside the Lite folder, not in it (the folder is Milvus Lite's own)."""
    return db.with_name(db.name + RECORD_SUFFIX)


def log_path(db: Path) -> Path:
    """What the server started by `serve` prints (requests it failed, its start and stop)."""
    return db.with_name(db.name + ".server.log")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _answers(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def running_server(db: Path) -> str | None:
    """The address of the `milvus-lite server` serving this file, or None (no record, or its
    process is gone)."""
    try:
        record = json.loads(record_path(db).read_text(encoding="utf-8"))
        pid, host, port = int(record["pid"]), str(record["host"]), int(record["port"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not _alive(pid) or not _answers(host, port):
        return None
    return f"http://{host}:{port}"


def open_here(db: Path) -> bool:
    """Has this process opened the Lite folder itself (pymilvus's in-process server)?"""
    from milvus_lite.server_manager import server_manager_instance

    return str(db) in server_manager_instance._servers  # noqa: SLF001 - the one place that knows


def held_elsewhere(db: Path) -> bool:
    """Is the Lite folder open in another process right now (its LOCK taken)?"""
    lock = db / "LOCK"
    if not lock.exists() or open_here(db):
        return False
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops a lock we may have taken
    return False


def open_client(target: MilvusTarget, wait: float = 0.0):
    """A pymilvus client for the target: the server's address for a server; for a Lite file
    the `milvus-lite server` serving it, else the file itself, waiting up to `wait` seconds
    while another process has it open."""
    from pymilvus import MilvusClient

    deadline = time.monotonic() + wait
    while True:
        uri = target.uri
        if target.is_lite:
            db = Path(target.uri).resolve()
            uri = running_server(db) or str(db)
            if uri == str(db) and held_elsewhere(db):
                if time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                raise MilvusUnavailable(f"Milvus Lite file {target.uri} is open in another process and no "
                                        f"`milvus-lite server` serves it ({record_path(db).name} names none): stop that "
                                        "process, or run `plansearch serve`, which serves the file to every process")
            db.parent.mkdir(parents=True, exist_ok=True)
        try:
            # dedicated: a client of its own (pymilvus shares one per address otherwise, and a
            # shared connection whose recovery failed while Milvus was down is handed out again)
            return MilvusClient(uri=uri, token=target.token, timeout=target.timeout, dedicated=True, grpc_options=GRPC_OPTIONS)
        except client_errors() as exc:
            if time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            raise unavailable(target, "connecting", exc) from exc


def release_embedded(target: MilvusTarget) -> None:
    """Close the Lite file this process opened itself (pymilvus keeps it open until exit)."""
    if target.is_lite:
        from milvus_lite.server_manager import server_manager_instance

        server_manager_instance.release_server(str(Path(target.uri).resolve()))


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _die_with_parent() -> None:
    """In the child: SIGTERM when the parent dies, so a killed `serve` leaves no server behind."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class LiteServer:
    """`milvus-lite server` for one Lite file, run by `plansearch serve` for as long as it
    serves. Reuses a server already serving the file (another `serve`)."""

    def __init__(self, db: Path, host: str = "127.0.0.1", port: int = 0, wait: float = 60.0):
        self.db = Path(db).resolve()
        self.host = host
        self.port = port
        self.wait = wait
        self.process: subprocess.Popen | None = None
        self.uri: str | None = None
        self._log = None

    def start(self) -> str:
        """Start (or find) the server; returns its address. Waits up to `wait` seconds for a
        process that has the file open to close it."""
        found = running_server(self.db)
        if found:
            log.warning("Milvus Lite file %s is served by %s already; using it", self.db, found)
            self.uri = found
            return found
        self.db.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.wait
        while held_elsewhere(self.db):
            if time.monotonic() >= deadline:
                raise MilvusUnavailable(f"Milvus Lite file {self.db} is open in another process; waited {self.wait:.0f} s")
            time.sleep(0.2)
        port = self.port or free_port(self.host)
        self._log = log_path(self.db).open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(self.db), "--host", self.host, "--port", str(port)],
            stdout=self._log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)  # noqa: PLW1509 - only prctl
        while not _answers(self.host, port):
            if self.process.poll() is not None:
                reason = log_path(self.db).read_text(encoding="utf-8", errors="replace").strip().splitlines()
                raise MilvusUnavailable(f"milvus-lite server for {self.db} exited ({reason[-1] if reason else 'no message'})")
            if time.monotonic() >= deadline:
                self.stop()
                raise MilvusUnavailable(f"milvus-lite server for {self.db} did not answer on {self.host}:{port} within {self.wait:.0f} s")
            time.sleep(0.1)
        self.port = port
        self.uri = f"http://{self.host}:{port}"
        tmp = record_path(self.db).with_suffix(".tmp")
        tmp.write_text(json.dumps({"host": self.host, "port": port, "pid": self.process.pid, "data_dir": str(self.db)}),
                       encoding="utf-8")
        os.replace(tmp, record_path(self.db))
        log.warning("Milvus Lite file %s served at %s (pid %s)", self.db, self.uri, self.process.pid)
        return self.uri

    def stop(self) -> None:
        """Stop the server this object started (gracefully: it drains requests and closes the
        file); a server found running is left alone."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        with contextlib.suppress(OSError, ValueError, KeyError):
            if json.loads(record_path(self.db).read_text(encoding="utf-8"))["pid"] == self.process.pid:
                record_path(self.db).unlink()
        self._log.close()
        self.process = None

    def __enter__(self) -> LiteServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
