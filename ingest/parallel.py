"""Plan files ingested in child processes: in parallel (PDF layout analysis is CPU-bound
Python: threads would share one core through the GIL), and isolated (each child has a memory
limit, see `ingest.isolated`).

`file_results` starts the children in file order and the caller walks the files in order, so
its one progress bar advances as each file's result comes back and rows keep the serial order.
A file is read in a child when there is enough work for several processes, or when the file
alone may need much memory: a PDF (by its bytes, whatever its name) or any file over
`ISOLATE_FROM_BYTES`. A few small files run in this process: a child costs ~25 ms, the first
one about a second (the forkserver starting).
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.formats import PDF_MAGIC
from ingest.isolated import ChildLimits, ReaderProcesses
from ingest.pipeline import FileReport, IngestLimits, ingest_file
from ingest.record import MeasureRow

log = logging.getLogger(__name__)

SERIAL_BELOW_BYTES = 2_000_000  # less than this much input is faster without several processes
ISOLATE_FROM_BYTES = 1_000_000  # a file this large is read in a child even when alone
Result = tuple[list[MeasureRow], FileReport]


def default_workers(files) -> int:
    """All cores for enough work, one process for a little."""
    existing = [f for f in files if f.is_file()]
    size = sum(f.stat().st_size for f in existing)
    pdf_like = sum(f.suffix.lower() in (".pdf", ".docx", ".odt", ".doc", ".rtf") for f in existing)
    if len(existing) < 2 or (size < SERIAL_BELOW_BYTES and pdf_like < 2):
        return 1
    return max(1, min(len(existing), os.cpu_count() or 1))


def needs_isolation(path: Path) -> bool:
    """A PDF (its first bytes, or its name) or a file of ISOLATE_FROM_BYTES or more. Anything
    that is not a regular file stays here, where `read_bytes` refuses it without opening it."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return False
        if info.st_size >= ISOLATE_FROM_BYTES or path.suffix.lower() == ".pdf":
            return True
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        try:
            return os.read(fd, len(PDF_MAGIC)) == PDF_MAGIC
        finally:
            os.close(fd)
    except OSError:
        return False


def failed(path: Path, reason: str) -> Result:
    return [], FileReport(str(path), errors=[{"file": str(path), "page": None, "line": None, "reason": reason}])


@contextmanager
def file_results(jobs: dict[Path, dict], *, office: str | None = None, year: int | None = None,
                 limits: IngestLimits | None = None, workers: int | None = None) -> Iterator[Callable[[Path], Result]]:
    """Yields `result(path)`: that file's rows and report (`jobs` maps each path to its own
    `ingest_file` options), read in a child process when there is enough work for `workers`
    (default: `default_workers`) above one or when the file needs isolation."""
    limits = limits or IngestLimits()
    workers = default_workers(list(jobs)) if workers is None else workers
    isolated = {path for path in jobs if workers > 1 or needs_isolation(path)}

    def here(path: Path) -> Result:
        try:
            return ingest_file(path, office=office, year=year, limits=limits, **jobs[path])
        except Exception as exc:  # noqa: BLE001 - a reader's bug costs that file, not the run
            log.exception("%s: the reader failed", path)
            return failed(path, f"the reader failed: {type(exc).__name__}: {exc}")

    if not isolated:
        yield here
        return
    with ReaderProcesses(workers, ChildLimits(limits.memory_mb, limits.file_timeout_s)) as children:
        for path, options in jobs.items():
            if path in isolated:
                children.submit(path, ingest_file, path, office=office, year=year, limits=limits, **options)

        def result(path: Path) -> Result:
            if path not in isolated:
                return here(path)
            outcome = children.outcome(path)
            return failed(path, outcome.failure) if outcome.failure else outcome.value

        yield result
