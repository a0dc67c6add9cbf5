"""Corpus operations on an index folder: add, remove, sync (exactly these plans) and list.

A plan is known by its file name (`MeasureRow.source_file`). Every operation ingests first
(slow, no lock), then takes the writer lock, reads the current build, composes the new row
set and builds it aside (unchanged rows come from the embedding cache, not the model), so two
writers run one after the other and neither loses the other's plans. A file that fails to
ingest keeps its previous rows; an operation where nothing ingests leaves the index as it was.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from index.dense import HNSW_FROM
from index.embed import Embedder
from index.errors import IndexDamaged, IndexError_, IndexMismatch, IndexNotFound
from index.lock import LockHolder, WriterLock
from index.store import (
    SOURCES,
    BuildPublisher,
    BuildStats,
    build_index,
    current_build,
    read_build_manifest,
    read_rows,
    verify_build,
)
from index.text import Tokenizer
from ingest import IngestReport, MeasureRow, ingest_paths
from ingest.discover import discover

log = logging.getLogger(__name__)


class NothingToIndex(IndexError_):
    """No file gave rows; the previous index is left as it was. `report` says why, per file."""

    def __init__(self, message: str, report: IngestReport | None = None):
        super().__init__(message)
        self.report = report or IngestReport()


class UnknownPlan(IndexError_):
    """`remove` named a plan the index does not hold; nothing was changed."""


class ConfirmationNeeded(IndexError_):
    """`sync` would remove plans and was not confirmed; nothing was changed."""

    def __init__(self, index_dir: Path, removals: list[PlanEntry]):
        self.removals = removals
        names = ", ".join(p.source_file for p in removals[:10]) + (" …" if len(removals) > 10 else "")
        super().__init__(f"sync would remove {len(removals)} plan(s) from {index_dir} that are not among the given "
                         f"files: {names}; rerun with --yes to remove them, or use `plansearch add` to keep them")


@dataclass(frozen=True)
class PlanEntry:
    """One indexed plan, as the manifest lists it."""

    source_file: str
    plan_id: str
    sha256: str
    office: str
    year_roc: int | None
    title: str
    rows: int
    strategy_rows: int
    copy: str | None

    @classmethod
    def from_manifest(cls, data: dict) -> PlanEntry:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})

    def label(self) -> str:
        year = f" {self.year_roc}年" if self.year_roc else ""
        return f"{self.source_file} ({self.office or '?'}{year}, {self.rows} rows)"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class UpdateReport:
    """What an operation did: the ingest report, the build, and the plans by fate."""

    operation: str
    ingest: IngestReport
    build: BuildStats | None
    added_plans: list[str] = field(default_factory=list)
    replaced_plans: list[str] = field(default_factory=list)  # same file name, new content
    removed_plans: list[str] = field(default_factory=list)
    kept_plans: list[str] = field(default_factory=list)  # failed this time, previous rows kept
    unchanged_plans: list[str] = field(default_factory=list)
    stale_lock: LockHolder | None = None

    def to_dict(self) -> dict:
        build = None
        if self.build:
            build = {"rows": self.build.rows, "embedded": self.build.embedded, "reused": self.build.reused,
                     "seconds": round(self.build.seconds, 3), "path": str(self.build.path), "id": self.build.path.name}
        return {"operation": self.operation, "ingest": self.ingest.to_dict(), "build": build,
                "added_plans": self.added_plans, "replaced_plans": self.replaced_plans,
                "removed_plans": self.removed_plans, "kept_plans": self.kept_plans,
                "unchanged_plans": self.unchanged_plans,
                "stale_lock": asdict(self.stale_lock) if self.stale_lock else None}


@dataclass(frozen=True)
class Incoming:
    """Ingested rows with the files to copy into the build."""

    rows: list[MeasureRow]
    report: IngestReport
    copies: dict[str, Path]
    given: frozenset[str]  # every plan name the caller named, ingested or not

    @property
    def failed(self) -> set[str]:
        """Plans whose file failed this time (a refused duplicate name does not count: the
        first file of that name gave rows)."""
        return {Path(f.file).name for f in self.report.files if f.errors} - {r.source_file for r in self.rows}


@dataclass(frozen=True)
class Current:
    """The build `current` names, and its rows (empty when there is none yet)."""

    build: Path | None
    manifest: dict | None
    rows: list[MeasureRow]

    @property
    def names(self) -> set[str]:
        return {r.source_file for r in self.rows}

    def copies(self, names: set[str]) -> dict[str, Path]:
        if self.build is None:
            return {}
        return {name: self.build / SOURCES / name for name in names if (self.build / SOURCES / name).is_file()}

    def sha(self) -> dict[str, str]:
        return {r.source_file: r.source_sha256 for r in self.rows}


def read_rows_jsonl(path: Path) -> list[MeasureRow]:
    with path.open(encoding="utf-8") as handle:
        return [MeasureRow.from_dict(json.loads(line)) for line in handle if line.strip()]


def list_plans(index_dir: Path) -> list[PlanEntry]:
    """The plans of the current build, from its manifest (no rows loaded); [] when none."""
    try:
        manifest = read_build_manifest(current_build(index_dir))
    except IndexNotFound:
        return []
    return [PlanEntry.from_manifest(p) for p in manifest.get("sources", [])]


def _split(paths: list[str | Path]) -> tuple[list[Path], list[Path]]:
    jsonl = [Path(p) for p in paths if str(p).endswith(".jsonl")]
    return [Path(p) for p in paths if not str(p).endswith(".jsonl")], jsonl


def _ingest(paths: list[str | Path], office: str | None, year: int | None, progress) -> Incoming:
    plan_paths, jsonl = _split(paths)
    rows, report = ingest_paths(plan_paths, office=office, year=year, progress=progress) if plan_paths else ([], IngestReport())
    rows = _refuse_repeated_names(rows, report)
    copies = {Path(f.file).name: Path(f.file) for f in report.files if not f.errors and f.rows + f.strategy_rows}
    for path in jsonl:
        rows.extend(read_rows_jsonl(path))
    given = {Path(f.file).name for f in report.files if not f.skipped} | {r.source_file for r in rows}
    return Incoming(rows, report, copies, frozenset(given))


def _refuse_repeated_names(rows: list[MeasureRow], report: IngestReport) -> list[MeasureRow]:
    """Plans are known by file name: a later file with a name already given is refused (its
    rows dropped, an error in its report). Rows come in file order, so each file's rows are
    the next `rows + strategy_rows` of the list."""
    kept: list[MeasureRow] = []
    first: dict[str, str] = {}
    offset = 0
    for file in report.files:
        count = file.rows + file.strategy_rows
        own = rows[offset:offset + count]
        offset += count
        name = Path(file.file).name
        if not count:
            continue
        if name in first:
            reason = f"another file given has the same name ({first[name]}); plans are known by file name"
            file.errors.append({"file": file.file, "page": None, "line": None, "reason": reason})
            file.rows = file.strategy_rows = 0
            continue
        first[name] = file.file
        kept.extend(own)
    return kept


def _current(index_dir: Path, *, strict: bool) -> Current:
    """The current build's rows, verified: an operation never builds on a damaged build. With
    `strict=False` (sync) a damaged build is set aside and the sync rebuilds from the files."""
    try:
        build = current_build(index_dir)
    except IndexNotFound:
        return Current(None, None, [])
    try:
        manifest = read_build_manifest(build)
        verify_build(build, manifest)
        return Current(build, manifest, read_rows(build))
    except (IndexDamaged, IndexMismatch) as exc:
        if strict:
            raise
        log.warning("current build not reused: %s", exc)
        return Current(None, None, [])


def _check_embedder(current: Current, embedder: Embedder, index_dir: Path) -> None:
    built_with = (current.manifest or {}).get("embedder", {}).get("id")
    if built_with and built_with != embedder.id:
        raise IndexMismatch(f"index at {index_dir} was built with embedder {built_with!r}, not {embedder.id!r}: "
                            f"add and remove with --model matching the index, or rebuild it with "
                            f"`plansearch sync PATH... --index {index_dir} --model <model> --yes`")


def _nothing(report: IngestReport) -> NothingToIndex:
    if report.errors:
        return NothingToIndex("nothing could be ingested: " + "; ".join(f"{e['file']}: {e['reason']}" for e in report.errors),
                              report)
    return NothingToIndex("no plan files given", report)


def add(paths: list[str | Path], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *,
        office: str | None = None, year: int | None = None, progress=None, lock_timeout: float = 0.0,
        hnsw_threshold: int = HNSW_FROM, publisher: BuildPublisher | None = None) -> UpdateReport:
    """New and changed plans in, every other plan kept."""
    incoming = _ingest(paths, office, year, progress)
    if not incoming.rows:
        raise _nothing(incoming.report)
    with WriterLock(index_dir, timeout=lock_timeout) as lock:
        current = _current(index_dir, strict=True)
        _check_embedder(current, embedder, index_dir)
        new_sha = {r.source_file: r.source_sha256 for r in incoming.rows}
        old_sha = current.sha()
        report = UpdateReport("add", incoming.report, None,
                              added_plans=sorted(set(new_sha) - set(old_sha)),
                              replaced_plans=sorted(n for n in new_sha if n in old_sha and old_sha[n] != new_sha[n]),
                              kept_plans=sorted(incoming.failed & current.names),
                              unchanged_plans=sorted(n for n in new_sha if old_sha.get(n) == new_sha[n]),
                              stale_lock=lock.stale)
        if current.build is not None and not report.added_plans and not report.replaced_plans:
            return report  # every plan given is already indexed as it is: nothing to build
        kept = [r for r in current.rows if r.source_file not in new_sha]
        copies = {**current.copies({r.source_file for r in kept}), **incoming.copies}
        report.build = build_index(kept + incoming.rows, index_dir, embedder, tokenizer, hnsw_threshold=hnsw_threshold,
                                   source_copies=copies, lock=lock, progress=progress, publisher=publisher)
        return report


def _match(targets: list[str], current: Current, index_dir: Path) -> set[str]:
    """File names of the plans the targets name (plan id, file name or a path to the file)."""
    by_id = {r.plan_id: r.source_file for r in current.rows}
    names = current.names
    chosen, unknown = set(), []
    for target in targets:
        if target in by_id:
            chosen.add(by_id[target])
        elif Path(target).name in names:
            chosen.add(Path(target).name)
        else:
            unknown.append(target)
    if unknown:
        raise UnknownPlan(f"not in the index at {index_dir}: {', '.join(unknown)} "
                          "(give a plan id or file name; `plansearch plans` lists them); nothing was removed")
    return chosen


def remove(targets: list[str], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *,
           progress=None, lock_timeout: float = 0.0, hnsw_threshold: int = HNSW_FROM, publisher: BuildPublisher | None = None) -> UpdateReport:
    """Take the named plans out; the others keep their rows (and vectors, from the cache)."""
    with WriterLock(index_dir, timeout=lock_timeout) as lock:
        current = _current(index_dir, strict=True)
        if current.build is None:
            raise IndexNotFound(f"no index at {index_dir}: nothing to remove")
        _check_embedder(current, embedder, index_dir)
        gone = _match(targets, current, index_dir)
        kept = [r for r in current.rows if r.source_file not in gone]
        report = UpdateReport("remove", IngestReport(), None, removed_plans=sorted(gone), stale_lock=lock.stale)
        report.build = build_index(kept, index_dir, embedder, tokenizer, hnsw_threshold=hnsw_threshold,
                                   source_copies=current.copies({r.source_file for r in kept}), lock=lock, progress=progress, publisher=publisher)
        return report


def sync_removals(paths: list[str | Path], index_dir: Path) -> list[PlanEntry]:
    """The indexed plans a sync with these paths would remove (computed without ingesting)."""
    plan_paths, jsonl = _split(paths)
    given = {found.path.name for found in discover(plan_paths) if not found.skipped}
    for path in jsonl:
        given |= {r.source_file for r in read_rows_jsonl(path)}
    return [p for p in list_plans(index_dir) if p.source_file not in given]


def sync(paths: list[str | Path], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *, confirm: bool = False,
         office: str | None = None, year: int | None = None, progress=None, lock_timeout: float = 0.0,
         hnsw_threshold: int = HNSW_FROM, publisher: BuildPublisher | None = None) -> UpdateReport:
    """Make the index hold exactly the plans under `paths`. Removing plans needs `confirm`;
    without it `ConfirmationNeeded` lists them and nothing changes."""
    if not confirm and (removals := sync_removals(paths, index_dir)):
        raise ConfirmationNeeded(index_dir, removals)
    incoming = _ingest(paths, office, year, progress)
    if not incoming.rows:
        raise _nothing(incoming.report)
    with WriterLock(index_dir, timeout=lock_timeout) as lock:
        current = _current(index_dir, strict=False)
        removed = current.names - incoming.given
        if removed and not confirm:  # another writer added plans while this one ingested
            raise ConfirmationNeeded(index_dir, [p for p in list_plans(index_dir) if p.source_file in removed])
        kept = [r for r in current.rows if r.source_file in incoming.failed]
        new_sha = {r.source_file: r.source_sha256 for r in incoming.rows}
        old_sha = current.sha()
        report = UpdateReport("sync", incoming.report, None,
                              added_plans=sorted(set(new_sha) - set(old_sha)),
                              replaced_plans=sorted(n for n in new_sha if n in old_sha and old_sha[n] != new_sha[n]),
                              removed_plans=sorted(removed),
                              kept_plans=sorted({r.source_file for r in kept}),
                              unchanged_plans=sorted(n for n in new_sha if old_sha.get(n) == new_sha[n]),
                              stale_lock=lock.stale)
        copies = {**current.copies({r.source_file for r in kept}), **incoming.copies}
        report.build = build_index(incoming.rows + kept, index_dir, embedder, tokenizer, hnsw_threshold=hnsw_threshold,
                                   source_copies=copies, lock=lock, progress=progress, publisher=publisher)
        return report


__all__ = ["ConfirmationNeeded", "NothingToIndex", "PlanEntry", "UnknownPlan", "UpdateReport",
           "add", "list_plans", "read_rows_jsonl", "remove", "sync", "sync_removals"]
