"""Corpus operations on an index folder: add, remove, sync (exactly these plans) and list.

A plan is known by what it is — office, year and title (index/identity.py) — not by its file
name: the same plan given again in another file or format replaces the indexed one (or, told
so, is dropped) and the report says which was kept; a different plan whose file happens to be
named like an indexed one is kept beside it under a free name (`plan (2).txt`). Every
operation ingests first (slow, no lock), then takes the writer lock, reads the current build,
composes the new plan set and builds it aside (unchanged rows come from the embedding cache,
not the model), so two writers run one after the other and neither loses the other's plans.
A file that fails to ingest keeps its previous rows; an operation where nothing ingests leaves
the index as it was.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePath

from index.dense import HNSW_FROM
from index.embed import Embedder
from index.errors import IndexDamaged, IndexError_, IndexMismatch, IndexNotFound, UnknownPlan
from index.identity import plan_identity, plan_label
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
from ingest.pipeline import FileReport, IngestLimits
from ingest.provenance import with_provenance
from ingest.record import Plan, check_provenance, content_row_id

log = logging.getLogger(__name__)


class NothingToIndex(IndexError_):
    """No file gave rows; the previous index is left as it was. `report` says why, per file."""

    def __init__(self, message: str, report: IngestReport | None = None):
        super().__init__(message)
        self.report = report or IngestReport()


class ConfirmationNeeded(IndexError_):
    """`sync` would remove plans and was not confirmed; nothing was changed."""

    def __init__(self, index_dir: Path, removals: list[Plan]):
        self.removals = removals
        names = ", ".join(p.source_file for p in removals[:10]) + (" …" if len(removals) > 10 else "")
        super().__init__(f"sync would remove {len(removals)} plan(s) from {index_dir} that are not among the given "
                         f"files: {names}; rerun with --yes to remove them, or use `plansearch add` to keep them")


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
    same_plan: list[SamePlan] = field(default_factory=list)  # one plan in two files: which was kept
    renamed: list[Renamed] = field(default_factory=list)  # another plan already had the file's name

    def to_dict(self) -> dict:
        build = None
        if self.build:
            build = {"rows": self.build.rows, "embedded": self.build.embedded, "reused": self.build.reused,
                     "seconds": round(self.build.seconds, 3), "path": str(self.build.path), "id": self.build.path.name}
        return {"operation": self.operation, "ingest": self.ingest.to_dict(), "build": build,
                "added_plans": self.added_plans, "replaced_plans": self.replaced_plans,
                "removed_plans": self.removed_plans, "kept_plans": self.kept_plans,
                "unchanged_plans": self.unchanged_plans,
                "same_plan": [asdict(s) for s in self.same_plan], "renamed": [asdict(r) for r in self.renamed],
                "stale_lock": asdict(self.stale_lock) if self.stale_lock else None}


# Why one of two files of the same plan was kept (SamePlan.why).
NEWER_REPLACES = "newer"  # the file given now replaces the indexed one
INDEXED_KEPT = "indexed"  # told to keep the indexed file (`--keep-indexed`)
FIRST_GIVEN = "first"  # both given in one call: the first is kept


@dataclass(frozen=True)
class SamePlan:
    """One plan found in two files: `kept` stays indexed, `dropped` does not."""

    plan: str  # office, year and title in words
    kept: str
    dropped: str
    why: str  # NEWER_REPLACES | INDEXED_KEPT | FIRST_GIVEN

    def describe(self) -> str:
        how = {NEWER_REPLACES: "the newer file replaces the indexed one",
               INDEXED_KEPT: "the indexed file is kept (--keep-indexed)",
               FIRST_GIVEN: "both were given: the first is kept"}[self.why]
        return f"{self.dropped} and {self.kept} are the same plan ({self.plan}): {how}; indexed: {self.kept}"


@dataclass(frozen=True)
class Renamed:
    """A plan indexed under another name, because a different plan already has its file's name."""

    given: str
    indexed_as: str
    other_plan: str  # the plan that holds the name

    def describe(self) -> str:
        return (f"{self.given} is a different plan from {self.other_plan} of the same file name: "
                f"both kept, this one as {self.indexed_as}")


@dataclass(frozen=True)
class PlanRows:
    """One plan's rows in a corpus operation, as given now or as indexed, under the file name it
    is indexed as (its listing, counts and metadata, is ingest.record.Plan)."""

    name: str
    identity: str
    sha256: str
    rows: tuple[MeasureRow, ...]

    @classmethod
    def of(cls, rows: list[MeasureRow]) -> PlanRows:
        return cls(rows[0].source_file, plan_identity(rows[0]), rows[0].source_sha256, tuple(rows))

    @property
    def label(self) -> str:
        return plan_label(self.rows[0])

    @property
    def provenance(self) -> str:
        return self.rows[0].provenance

    def renamed(self, name: str) -> PlanRows:
        """The same plan under another file name: rows re-identified (a row id hashes its file name)."""
        rows = tuple(replace(r, source_file=name, row_id=content_row_id(name, position, r.text),
                             source=replace(r.source, file=name)) for position, r in enumerate(self.rows))
        return replace(self, name=name, rows=rows)


def plans_of(rows: list[MeasureRow] | tuple[MeasureRow, ...]) -> list[PlanRows]:
    """The rows grouped by plan file, in order."""
    grouped: dict[str, list[MeasureRow]] = {}
    for row in rows:
        grouped.setdefault(row.source_file, []).append(row)
    return [PlanRows.of(group) for group in grouped.values()]


def free_name(name: str, taken: set[str]) -> str:
    """`name`, or `stem (2).suffix`, `stem (3).suffix` … when it is taken."""
    path = PurePath(name)
    number = 2
    while name in taken:
        name = f"{path.stem} ({number}){path.suffix}"
        number += 1
    return name


@dataclass(frozen=True)
class Incoming:
    """Ingested plans (one each: a plan given twice is kept once) with the files to copy into
    the build."""

    plans: list[PlanRows]
    report: IngestReport
    copies: dict[str, Path]
    given: frozenset[str]  # every plan name the caller named, ingested or not
    same_plan: list[SamePlan]
    renamed: list[Renamed]

    @property
    def failed(self) -> set[str]:
        """Plans whose file failed this time (not those that gave rows under a free name)."""
        return {Path(f.file).name for f in self.report.files if f.errors} - {p.name for p in self.plans}


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


def read_rows_jsonl(path: Path) -> list[MeasureRow]:
    with path.open(encoding="utf-8") as handle:
        return [MeasureRow.from_dict(json.loads(line)) for line in handle if line.strip()]


def list_plans(index_dir: Path) -> list[Plan]:
    """The plans of the current build, from its manifest (no rows loaded); [] when none."""
    try:
        manifest = read_build_manifest(current_build(index_dir), index_dir)
    except IndexNotFound:
        return []
    return [Plan.from_manifest(p, manifest.get("built_at")) for p in manifest.get("sources", [])]


def _split(paths: list[str | Path]) -> tuple[list[Path], list[Path]]:
    jsonl = [Path(p) for p in paths if str(p).endswith(".jsonl")]
    return [Path(p) for p in paths if not str(p).endswith(".jsonl")], jsonl


def _ingest(paths: list[str | Path], office: str | None, year: int | None, progress,
            provenance: str | None = None, limits: IngestLimits | None = None) -> Incoming:
    if provenance is not None:
        check_provenance(provenance)
    plan_paths, jsonl = _split(paths)
    rows, report = (ingest_paths(plan_paths, office=office, year=year, progress=progress, provenance=provenance, limits=limits)
                    if plan_paths else ([], IngestReport()))
    plans, copies, same_plan, renamed = _one_each(rows, report)
    for path in jsonl:  # rows written by `ingest` carry their provenance; a given one overrides it
        rows_read = read_rows_jsonl(path)
        plans.extend(plans_of(with_provenance(rows_read, provenance) if provenance else rows_read))
    given = {Path(f.file).name for f in report.files if not f.skipped} | {p.name for p in plans}
    return Incoming(plans, report, copies, frozenset(given), same_plan, renamed)


def _files_with_rows(rows: list[MeasureRow], report: IngestReport):
    """Each file of the report that gave rows, with its rows (rows come in file order, so a
    file's rows are the next `rows + strategy_rows` of the list)."""
    offset = 0
    for file in report.files:
        count = file.rows + file.strategy_rows
        if count:
            yield file, rows[offset:offset + count]
        offset += count


def _one_each(rows: list[MeasureRow], report: IngestReport) -> tuple[list[PlanRows], dict[str, Path], list[SamePlan],
                                                                    list[Renamed]]:
    """The plans given, each once: a later file of a plan already given is dropped (a note in
    its report); a different plan whose file name was already given is kept under a free name."""
    plans: list[PlanRows] = []
    copies: dict[str, Path] = {}
    same_plan: list[SamePlan] = []
    renamed: list[Renamed] = []
    by_identity: dict[str, PlanRows] = {}
    for file, file_rows in _files_with_rows(rows, report):
        plan = PlanRows.of(file_rows)
        first = by_identity.get(plan.identity)
        if first is not None:
            same_plan.append(SamePlan(plan.label, first.name, Path(file.file).name, FIRST_GIVEN))
            file.warnings.append({"reason": f"the same plan as {first.name} given in this call; that file is kept",
                                  "code": "same_plan_given", "values": {"kept": first.name}})
            file.rows = file.strategy_rows = 0
            continue
        name = free_name(plan.name, {p.name for p in plans})
        if name != plan.name:
            holder = next(p for p in plans if p.name == plan.name)
            renamed.append(Renamed(plan.name, name, holder.label))
            plan = plan.renamed(name)
        plans.append(plan)
        by_identity[plan.identity] = plan
        copies[name] = Path(file.file)
    return plans, copies, same_plan, renamed


def _current(index_dir: Path, *, strict: bool) -> Current:
    """The current build's rows, verified: an operation never builds on a damaged build. With
    `strict=False` (sync) a damaged build is set aside and the sync rebuilds from the files."""
    try:
        build = current_build(index_dir)
    except IndexNotFound:
        return Current(None, None, [])
    try:
        manifest = read_build_manifest(build, index_dir)
        verify_build(build, manifest, index_dir=index_dir)
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
    """Why nothing was ingested, file by file: errors, files that gave 0 rows, files skipped."""
    reasons = [f"{e['file']}: {e['reason']}" for e in report.errors]
    for file in report.files:
        if file.skipped:
            reasons.append(f"{file.file}: skipped: {file.skipped}")
        elif not file.errors and not file.rows + file.strategy_rows:
            reasons.append(f"0 rows from {file.file}: {zero_rows_reason(file)}")
    if reasons:
        return NothingToIndex("nothing could be ingested: " + "; ".join(reasons), report)
    return NothingToIndex("no plan files given", report)


def zero_rows_reason(file: FileReport) -> str:
    """Why a file that was read gave no rows: its warnings (no measure table, the same plan
    given twice…), or that nothing was recognised."""
    return "; ".join(w["reason"] for w in file.warnings) or "no measure rows recognised"


@dataclass
class Composition:
    """The plans a build will hold, and what became of each plan given and indexed."""

    plans: dict[str, PlanRows] = field(default_factory=dict)
    given: dict[str, str] = field(default_factory=dict)  # name in the build → name as given, for plans given now
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # indexed plans neither kept nor given again
    same_plan: list[SamePlan] = field(default_factory=list)
    renamed: list[Renamed] = field(default_factory=list)

    @property
    def rows(self) -> list[MeasureRow]:
        return [row for plan in self.plans.values() for row in plan.rows]


def compose(indexed: list[PlanRows], keep: list[PlanRows], incoming: list[PlanRows], *, keep_indexed: bool = False) -> Composition:
    """The new plan set: the `keep` plans (add: every indexed plan; sync: those whose file
    failed) and the incoming ones. An incoming plan replaces the indexed files of the same plan
    (or, with `keep_indexed`, is dropped for them); a different plan holding its file name is
    kept, the incoming one indexed under a free name."""
    out = Composition({p.name: p for p in keep})
    same: dict[str, list[PlanRows]] = {}
    for plan in indexed:
        same.setdefault(plan.identity, []).append(plan)
    taken = {p.name for p in indexed} | {p.name for p in incoming}
    for plan in incoming:
        matches = same.get(plan.identity, [])
        others = [m for m in matches if m.name != plan.name]
        if others and keep_indexed:
            out.plans.update((other.name, other) for other in others)
            out.same_plan.append(SamePlan(plan.label, others[0].name, plan.name, INDEXED_KEPT))
            continue
        for match in matches:
            out.plans.pop(match.name, None)
        out.same_plan.extend(SamePlan(plan.label, plan.name, o.name, NEWER_REPLACES) for o in others)
        given = plan.name
        if given in out.plans:  # a different plan is indexed under this file name: keep both
            name = free_name(given, taken | set(out.plans))
            out.renamed.append(Renamed(given, name, out.plans[given].label))
            plan = plan.renamed(name)
            taken.add(name)
        out.plans[plan.name] = plan
        out.given[plan.name] = given
        if not matches:
            out.added.append(plan.name)
        elif not others and (matches[0].sha256, matches[0].provenance) == (plan.sha256, plan.provenance):
            out.unchanged.append(plan.name)
        else:
            out.replaced.append(plan.name)
    matched = {p.identity for p in incoming}
    out.removed = [p.name for p in indexed if p.identity not in matched and out.plans.get(p.name) is not p]
    return out


def add(paths: list[str | Path], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *,
        office: str | None = None, year: int | None = None, progress=None, lock_timeout: float = 0.0,
        hnsw_threshold: int = HNSW_FROM, provenance: str | None = None, keep_indexed: bool = False,
        publisher: BuildPublisher | None = None, limits: IngestLimits | None = None) -> UpdateReport:
    """New and changed plans in, every other plan kept. A plan already indexed in another file
    is replaced by the file given now (`keep_indexed`: the indexed file stays). `limits` bound
    each file's reader (default: IngestLimits())."""
    incoming = _ingest(paths, office, year, progress, provenance, limits)
    if not incoming.plans:
        raise _nothing(incoming.report)
    with WriterLock(index_dir, timeout=lock_timeout) as lock:
        current = _current(index_dir, strict=True)
        _check_embedder(current, embedder, index_dir)
        indexed = plans_of(current.rows)
        plan = compose(indexed, indexed, incoming.plans, keep_indexed=keep_indexed)
        report = UpdateReport("add", incoming.report, None, added_plans=sorted(plan.added),
                              replaced_plans=sorted(plan.replaced), kept_plans=sorted(incoming.failed & current.names),
                              unchanged_plans=sorted(plan.unchanged), stale_lock=lock.stale,
                              same_plan=incoming.same_plan + plan.same_plan, renamed=incoming.renamed + plan.renamed)
        if current.build is not None and not plan.added and not plan.replaced:
            return report  # every plan given is already indexed as it is: nothing to build
        report.build = build_index(plan.rows, index_dir, embedder, tokenizer, hnsw_threshold=hnsw_threshold,
                                   source_copies=_copies(plan, current, incoming), lock=lock, progress=progress,
                                   publisher=publisher)
        return report


def _copies(plan: Composition, current: Current, incoming: Incoming) -> dict[str, Path]:
    """Where each plan's file is: the file given now, else the current build's copy."""
    given = {name: incoming.copies[as_given] for name, as_given in plan.given.items() if as_given in incoming.copies}
    return {**current.copies(set(plan.plans) - set(plan.given)), **given}


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
        raise UnknownPlan(*unknown, message=f"not in the index at {index_dir}: {', '.join(unknown)} "
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


def sync_removals(paths: list[str | Path], index_dir: Path) -> list[Plan]:
    """The indexed plans a sync with these paths would remove (computed without ingesting)."""
    plan_paths, jsonl = _split(paths)
    given = {found.path.name for found in discover(plan_paths) if not found.skipped}
    for path in jsonl:
        given |= {r.source_file for r in read_rows_jsonl(path)}
    return [p for p in list_plans(index_dir) if p.source_file not in given]


def sync(paths: list[str | Path], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *, confirm: bool = False,
         office: str | None = None, year: int | None = None, progress=None, lock_timeout: float = 0.0,
         hnsw_threshold: int = HNSW_FROM, provenance: str | None = None, keep_indexed: bool = False,
         publisher: BuildPublisher | None = None, limits: IngestLimits | None = None) -> UpdateReport:
    """Make the index hold exactly the plans under `paths`. Removing plans needs `confirm`;
    without it `ConfirmationNeeded` lists them and nothing changes."""
    if not confirm and (removals := sync_removals(paths, index_dir)):
        raise ConfirmationNeeded(index_dir, removals)
    incoming = _ingest(paths, office, year, progress, provenance, limits)
    if not incoming.plans:
        raise _nothing(incoming.report)
    with WriterLock(index_dir, timeout=lock_timeout) as lock:
        current = _current(index_dir, strict=False)
        indexed = plans_of(current.rows)
        failed = [p for p in indexed if p.name in incoming.failed]
        plan = compose(indexed, failed, incoming.plans, keep_indexed=keep_indexed)
        removed = set(plan.removed)
        if removed and not confirm:  # another writer added plans, or a given file is another plan of an indexed name
            raise ConfirmationNeeded(index_dir, [p for p in list_plans(index_dir) if p.source_file in removed])
        report = UpdateReport("sync", incoming.report, None, added_plans=sorted(plan.added),
                              replaced_plans=sorted(plan.replaced), removed_plans=sorted(removed),
                              kept_plans=sorted(p.name for p in failed), unchanged_plans=sorted(plan.unchanged),
                              stale_lock=lock.stale, same_plan=incoming.same_plan + plan.same_plan,
                              renamed=incoming.renamed + plan.renamed)
        report.build = build_index(plan.rows, index_dir, embedder, tokenizer, hnsw_threshold=hnsw_threshold,
                                   source_copies=_copies(plan, current, incoming), lock=lock, progress=progress,
                                   publisher=publisher)
        return report


__all__ = ["ConfirmationNeeded", "NothingToIndex", "Plan", "Renamed", "SamePlan", "UnknownPlan", "UpdateReport",
           "add", "compose", "list_plans", "read_rows_jsonl", "remove", "sync", "sync_removals"]
