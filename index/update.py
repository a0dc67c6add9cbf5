"""Sync an index with a set of plan files: new and changed plans in, removed plans out,
unchanged rows not re-embedded (the embedding cache), and nothing lost when a file fails."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from index.dense import HNSW_FROM
from index.embed import Embedder
from index.store import BuildStats, IndexError_, build_index, current_build, read_rows
from index.text import Tokenizer
from ingest import IngestReport, MeasureRow, ingest_paths

log = logging.getLogger(__name__)


class NothingToIndex(IndexError_):
    """No file gave rows; the previous index is left as it was."""


@dataclass
class UpdateReport:
    ingest: IngestReport
    build: BuildStats | None
    added_plans: list[str] = field(default_factory=list)
    removed_plans: list[str] = field(default_factory=list)
    kept_plans: list[str] = field(default_factory=list)  # failed this time, previous rows kept

    def to_dict(self) -> dict:
        build = None
        if self.build:
            build = {"rows": self.build.rows, "embedded": self.build.embedded, "reused": self.build.reused,
                     "seconds": round(self.build.seconds, 3), "path": str(self.build.path)}
        return {"ingest": self.ingest.to_dict(), "build": build, "added_plans": self.added_plans,
                "removed_plans": self.removed_plans, "kept_plans": self.kept_plans}


def read_rows_jsonl(path: Path) -> list[MeasureRow]:
    with path.open(encoding="utf-8") as handle:
        return [MeasureRow.from_dict(json.loads(line)) for line in handle if line.strip()]


def update_index(paths: list[str | Path], index_dir: Path, embedder: Embedder, tokenizer: Tokenizer, *,
                 office: str | None = None, year: int | None = None, progress=None,
                 hnsw_threshold: int = HNSW_FROM) -> UpdateReport:
    """Index exactly the plans under `paths` (files, folders, or rows.jsonl from `plansearch ingest`)."""
    jsonl = [Path(p) for p in paths if str(p).endswith(".jsonl")]
    plan_paths = [p for p in paths if not str(p).endswith(".jsonl")]
    rows, report = ingest_paths(plan_paths, office=office, year=year, progress=progress) if plan_paths else ([], IngestReport())
    for path in jsonl:
        rows.extend(read_rows_jsonl(path))
    previous: list[MeasureRow] = []
    try:
        previous = read_rows(current_build(index_dir))
    except IndexError_:
        previous = []
    failed = {Path(f.file).name for f in report.files if f.errors}
    kept = [r for r in previous if r.source_file in failed]
    if not rows:
        raise NothingToIndex("nothing could be ingested: " + "; ".join(
            f"{e['file']}: {e['reason']}" for e in report.errors) if report.errors else "no plan files given")
    before = {r.source_file for r in previous}
    now = {r.source_file for r in rows}
    stats = build_index(rows + kept, index_dir, embedder, tokenizer, hnsw_threshold=hnsw_threshold, progress=progress)
    return UpdateReport(report, stats, sorted(now - before), sorted(before - now - failed), sorted({r.source_file for r in kept}))
