"""Calls run in child processes ("reader processes"), each with a memory limit.

A reader that needs more memory than the limit (a PDF whose stream parameters make a library
allocate gigabytes, a page layout no reader is bounded on) fails with `MemoryError` inside its
own process: the file gets one clear error and the others go on. A child killed outright (the
kernel's OOM killer, a crash in a C library) or running past its time limit is reported the
same way. The process that asked — the CLI, or the web service during an upload — keeps its
size, because what a reader allocated goes back to the system when the child exits.

The limit is on the child's address space (`RLIMIT_AS`): the kernel enforces it at the
allocation that would pass it, so nothing is allocated first and measured later. Children are
forked from a forkserver that imports the readers once (`PRELOAD`: ~25 ms a child here rather
than a second of imports); forkserver rather than fork because the web service runs threads.
"""

from __future__ import annotations

import logging
import multiprocessing
import resource
import signal
import sys
import time
import types
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

log = logging.getLogger(__name__)

PRELOAD = ("ingest.pipeline", "ingest.readers.pdf", "ingest.readers.html", "ingest.readers.text",
           "ingest.readers.docx", "ingest.readers.odt", "ingest.readers.office")


@dataclass(frozen=True)
class Outcome:
    """What a child gave back: the call's value, or why there is none (`failure`)."""

    value: object = None
    failure: str | None = None


@dataclass(frozen=True)
class ChildLimits:
    memory_mb: float | None  # address space of one child; None: not capped (a child that embeds: torch reserves more than it uses)
    timeout_s: float | None = None  # wall-clock time of one child
    what: str = "reader process"  # how messages name the child


def reader_context():
    """The forkserver context, its server importing the readers once when it starts, and what
    the main module imports: a child imports the main module again (`service.cli` pulls in
    numpy: ~0.9 s a child) unless the server it is forked from has those modules already."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([*main_module_imports(), *PRELOAD])
    return context


def main_module_imports() -> list[str]:
    """The main module by name (`python -m service.cli`) and the modules its names come from
    (a console script's `from service.cli import main`). Python 3.11's forkserver cannot
    preload a main module given by path."""
    main = sys.modules.get("__main__")
    if main is None:
        return []
    names: set[str] = set()
    by_name = getattr(getattr(main, "__spec__", None), "name", None)
    if by_name and not by_name.endswith("__main__"):
        names.add(by_name)
    for value in list(vars(main).values()):
        module = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        if isinstance(module, str) and module not in ("__main__", "__mp_main__", "builtins"):
            names.add(module)
    return sorted(names)


def _child_main(conn: Connection, memory_mb: float | None, func: Callable, args: tuple, kwargs: dict) -> None:
    """In the child: cap the address space, run the call, send ("ok", value) or why not."""
    if memory_mb is not None:
        limit = int(memory_mb * 1024 * 1024)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        message: tuple = ("ok", func(*args, **kwargs))
    except MemoryError:
        message = ("memory", None)
    except Exception as exc:  # noqa: BLE001 - whatever a reader raises becomes that call's failure
        log.exception("child process failed")
        message = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(message)
    except MemoryError:  # the value was too large to pickle within the limit
        conn.send(("memory", None))
    conn.close()


def failure_text(status: str, detail: object, limits: ChildLimits) -> str:
    if status == "memory":
        return (f"reading it needs more memory than a {limits.what} may use "
                f"({limits.memory_mb:g} MB, memory_mb): refused")
    if status == "timeout":
        return f"reading it took longer than {limits.timeout_s:g} s (file_timeout_s): the {limits.what} was stopped"
    if status == "signal":
        name = signal.Signals(detail).name if detail in signal.Signals._value2member_map_ else f"signal {detail}"
        cause = " (out of memory?)" if detail == signal.SIGKILL else ""
        return f"the {limits.what} was killed by {name}{cause} before it gave a result"
    if status == "exit":
        return f"the {limits.what} exited with code {detail} before it gave a result"
    return f"the {limits.what.removesuffix(' process')} failed: {detail}"


@dataclass
class _Running:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    started: float


@dataclass
class ReaderProcesses:
    """Calls submitted by key run in child processes, at most `workers` at once, started in
    the order given; `outcome(key)` waits for one. Use as a context manager: leaving it stops
    any child still running. `daemon=False` lets a child start reader processes of its own."""

    workers: int
    limits: ChildLimits
    daemon: bool = True
    queue: deque = field(default_factory=deque)
    running: dict[Hashable, _Running] = field(default_factory=dict)
    done: dict[Hashable, Outcome] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.context = reader_context()

    def __enter__(self) -> ReaderProcesses:
        return self

    def __exit__(self, *exc) -> None:
        for running in self.running.values():
            running.process.kill()
            running.process.join()
            running.conn.close()
        self.running.clear()
        self.queue.clear()

    def submit(self, key: Hashable, func: Callable, *args, **kwargs) -> None:
        self.queue.append((key, func, args, kwargs))

    def outcome(self, key: Hashable) -> Outcome:
        """The call's outcome, waiting for it (and starting queued calls meanwhile)."""
        while key not in self.done:
            self._start_queued()
            if key not in self.running and key not in self.done:
                raise KeyError(key)
            self._collect(self._wait())
        return self.done.pop(key)

    def _start_queued(self) -> None:
        while self.queue and len(self.running) < max(1, self.workers):
            key, func, args, kwargs = self.queue.popleft()
            reader, writer = self.context.Pipe(duplex=False)
            process = self.context.Process(target=_child_main, args=(writer, self.limits.memory_mb, func, args, kwargs),
                                           daemon=self.daemon)
            process.start()
            writer.close()
            self.running[key] = _Running(process, reader, time.monotonic())

    def _wait(self) -> list:
        timeout = None
        if self.limits.timeout_s is not None:
            first_deadline = min(r.started for r in self.running.values()) + self.limits.timeout_s
            timeout = max(0.0, first_deadline - time.monotonic())
        handles = [h for r in self.running.values() for h in (r.conn, r.process.sentinel)]
        return wait(handles, timeout)

    def _collect(self, ready: list) -> None:
        now = time.monotonic()
        for key, running in list(self.running.items()):
            if running.conn in ready or running.process.sentinel in ready:
                try:
                    status, value = running.conn.recv() if running.conn.poll() else self._death(running)
                except (EOFError, OSError):  # died without a word
                    status, value = self._death(running)
            elif self.limits.timeout_s is not None and now - running.started >= self.limits.timeout_s:
                running.process.kill()
                status, value = "timeout", None
            else:
                continue
            running.process.join(timeout=10)
            if running.process.is_alive():
                running.process.kill()
                running.process.join()
            running.conn.close()
            del self.running[key]
            if status == "ok":
                self.done[key] = Outcome(value)
            else:
                failure = failure_text(status, value, self.limits)
                log.warning("%s: %s", key, failure)
                self.done[key] = Outcome(failure=failure)

    @staticmethod
    def _death(running: _Running) -> tuple[str, int | None]:
        running.process.join(timeout=10)
        code = running.process.exitcode
        if code is not None and code < 0:
            return "signal", -code
        return "exit", code
