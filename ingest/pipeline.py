"""Paths → rows + report. Readers differ by format; everything after them is shared."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.blocks import Document
from ingest.errors import IngestError
from ingest.grid import resolve_tables
from ingest.metadata import extract_metadata
from ingest.office_type import office_type
from ingest.record import MeasureRow, SourceRef, content_row_id, display_text
from ingest.rows import build_rows

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".pdf")


@dataclass
class FileReport:
    file: str
    rows: int = 0
    strategy_rows: int = 0
    warnings: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    format: str | None = None
    encoding: str | None = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when at least one file gave rows."""
        return any(f.rows for f in self.files)

    @property
    def errors(self) -> list[dict]:
        return [dict(e, file=f.file) for f in self.files for e in f.errors]

    def to_dict(self) -> dict:
        return {"files": [f.to_dict() for f in self.files],
                "rows": sum(f.rows for f in self.files),
                "strategy_rows": sum(f.strategy_rows for f in self.files),
                "errors": len(self.errors)}


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to ingest: the paths given, folders walked for supported suffixes, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            found.append(path)
    return found


def decode_text(file: str, data: bytes) -> tuple[str, str]:
    """Decode UTF-8 or Big5/CP950, detected by strict trial; junk is refused, not guessed."""
    if not data.strip():
        raise IngestError(file, "file is empty")
    if b"\x00" in data[:4096]:
        raise IngestError(file, "binary file (NUL bytes), not a text plan")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp950")
            encoding = "cp950"
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise IngestError(file, "text is neither UTF-8 nor Big5/CP950 (undecodable bytes)", line=line) from None
        if not re.search(r"[\u4e00-\u9fff]", text):
            line = data[: utf8_error.start].count(b"\n") + 1
            raise IngestError(file, "text is not UTF-8 and does not read as Big5/CP950 either", line=line) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(8, len(text) // 50):
        raise IngestError(file, "binary junk: too many control characters for a text plan")
    return text, encoding


def read_document(path: Path, data: bytes, report: FileReport) -> Document:
    """Choose the reader by content (magic bytes, markup), not only by suffix."""
    name = str(path)
    if data[:5] == b"%PDF-" or path.suffix.lower() == ".pdf":
        from ingest.readers.pdf import read_pdf

        report.format = "pdf"
        return read_pdf(name, data)
    text, report.encoding = decode_text(name, data)
    from ingest.readers.html import looks_like_html, read_html

    if looks_like_html(text):
        report.format = "html"
        return read_html(name, text)
    from ingest.readers.text import read_text

    report.format = "text"
    return read_text(name, text)


def rows_from_document(doc: Document, *, source_file: str, sha256: str,
                       office: str | None = None, year: int | None = None) -> tuple[list[MeasureRow], list[dict]]:
    doc.blocks = resolve_tables(doc.blocks)
    built = build_rows(doc)
    meta = extract_metadata(doc, office=office, year=year)
    warnings = list(doc.warnings) + built.warnings
    if not meta.office:
        warnings.append({"reason": "no office found in the title; pass --office"})
    if meta.year_roc is None:
        warnings.append({"reason": "no year found in the title; pass --year"})
    plan_id = sha256[:12]
    rows = []
    for position, draft in enumerate(built.rows):
        measure = draft.measure.strip()
        actions = tuple(a for a in (x.strip() for x in draft.actions) if a)
        text = display_text(measure, actions, draft.benefit)
        rows.append(MeasureRow(
            row_id=content_row_id(source_file, position, text), plan_id=plan_id, office=meta.office,
            parent_agency=meta.parent_agency, year_roc=meta.year_roc, year=meta.year, title=meta.title,
            source_file=source_file, source_sha256=sha256, section=tuple(draft.section), measure=measure,
            actions=actions, deadline=draft.deadline, owner=draft.owner, benefit=draft.benefit,
            extra=dict(draft.extra), text=text,
            source=SourceRef(source_file, draft.page, None if draft.page is not None else draft.line),
            kind=draft.kind, office_type=office_type(meta.office)))
    return rows, warnings


def ingest_file(path: Path, *, office: str | None = None, year: int | None = None) -> tuple[list[MeasureRow], FileReport]:
    """One file → its rows and report. Never raises for bad input: errors go in the report."""
    report = FileReport(str(path))
    try:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(str(path), f"cannot read file: {exc.strerror or exc}") from None
        doc = read_document(path, data, report)
        sha = hashlib.sha256(data).hexdigest()
        rows, warnings = rows_from_document(doc, source_file=path.name, sha256=sha, office=office, year=year)
        report.warnings.extend(warnings)
        if not rows:
            raise IngestError(str(path), "no recognisable measure rows (no measure table and no numbered items)")
    except IngestError as exc:
        report.errors.append(exc.as_dict())
        log.warning("%s", exc.message)
        return [], report
    report.rows = sum(1 for r in rows if r.kind == "measure")
    report.strategy_rows = len(rows) - report.rows
    return rows, report


def ingest_paths(paths: Iterable[str | Path], *, office: str | None = None, year: int | None = None,
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> tuple[list[MeasureRow], IngestReport]:
    """Ingest every file under `paths`; a bad file is reported and the others still ingest."""
    files = discover(paths)
    report = IngestReport()
    rows: list[MeasureRow] = []
    iterator: Iterable[Path] = progress(files) if progress else files
    for path in iterator:
        if not path.exists():
            report.files.append(FileReport(str(path), errors=[{"file": str(path), "page": None, "line": None,
                                                               "reason": "no such file"}]))
            continue
        file_rows, file_report = ingest_file(path, office=office, year=year)
        rows.extend(file_rows)
        report.files.append(file_report)
    return rows, report
