"""Plan files ingested in parallel processes (PDF layout analysis is CPU-bound Python: threads
would share one core through the GIL).

`ingest_paths` submits every file at once and then walks the files in order, so the caller's one
progress bar advances as each file's result comes back and rows keep the serial order. A few
small files run in this process: a worker pool costs about a second to start.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from ingest.pipeline import FileReport, IngestLimits, ingest_file
from ingest.record import MeasureRow

log = logging.getLogger(__name__)

SERIAL_BELOW_BYTES = 2_000_000  # less than this much input is faster without a pool
Result = tuple[list[MeasureRow], FileReport]


def default_workers(files) -> int:
    """All cores for enough work, one process for a little."""
    existing = [f for f in files if f.is_file()]
    size = sum(f.stat().st_size for f in existing)
    pdf_like = sum(f.suffix.lower() in (".pdf", ".docx", ".odt", ".doc", ".rtf") for f in existing)
    if len(existing) < 2 or (size < SERIAL_BELOW_BYTES and pdf_like < 2):
        return 1
    return max(1, min(len(existing), os.cpu_count() or 1))


@contextmanager
def file_results(jobs: dict[Path, dict], *, office: str | None = None, year: int | None = None,
                 limits: IngestLimits | None = None, workers: int | None = None) -> Iterator[Callable[[Path], Result]]:
    """Yields `result(path)`: that file's rows and report (`jobs` maps each path to its own
    `ingest_file` options), computed in a worker process when `workers` (default:
    `default_workers`) is above one."""
    limits = limits or IngestLimits()
    workers = default_workers(list(jobs)) if workers is None else workers

    def here(path: Path) -> Result:
        return ingest_file(path, office=office, year=year, limits=limits, **jobs[path])

    if workers <= 1:
        yield here
        return
    # forkserver: safe in a process that already runs threads (the web service's upload).
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        futures: dict[Path, Future] = {path: pool.submit(ingest_file, path, office=office, year=year, limits=limits, **options)
                                       for path, options in jobs.items()}

        def result(path: Path) -> Result:
            try:
                return futures[path].result()
            except BrokenProcessPool:
                log.error("%s: a reader process died; reading it here instead", path)
                return here(path)

        yield result
