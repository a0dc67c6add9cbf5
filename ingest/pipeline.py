"""Paths → rows + report. Readers differ by format; everything after them is shared."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.blocks import Document
from ingest.discover import Found, discover
from ingest.errors import IngestError, UnsupportedFormat
from ingest.formats import KNOWN_OTHER, READ_SUFFIXES, Sniffed, sniff, unsupported_reason, utf16_encoding
from ingest.grid import resolve_tables
from ingest.markers import document_markers
from ingest.metadata import PlanMeta, extract_metadata
from ingest.office_type import office_type
from ingest.provenance import file_provenance, with_provenance
from ingest.record import MeasureRow, SourceRef, check_provenance, content_row_id, display_text
from ingest.rows import build_rows

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = READ_SUFFIXES
DEFAULT_MAX_FILE_MB = 50.0


@dataclass(frozen=True)
class IngestLimits:
    """Bounds on one file, so one oversized or hostile file costs only itself."""

    max_file_mb: float = DEFAULT_MAX_FILE_MB  # larger files are refused before reading (`--max-file-mb`)
    office_timeout_s: float = 180.0  # LibreOffice conversion of one .doc/.rtf/.wps
    max_pdf_pages: int = 10_000  # longer PDFs are refused before any page is read
    memory_mb: float = 2048.0  # address space of a reader process (ingest.isolated); more is that file's error
    file_timeout_s: float | None = 1800.0  # wall-clock time of a reader process


@dataclass
class FileReport:
    file: str
    rows: int = 0
    strategy_rows: int = 0
    warnings: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    format: str | None = None
    encoding: str | None = None
    skipped: str | None = None  # why the file was not read (a format we do not read, a folder we cannot list)
    metadata: dict = field(default_factory=dict)  # office/year_roc/title: {value, source}
    provenance: str | None = None  # published / invented (ingest.provenance), for files that gave rows

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
                "errors": len(self.errors),
                "skipped": sum(1 for f in self.files if f.skipped)}


def decode_text(file: str, data: bytes) -> tuple[str, str]:
    """Decode UTF-16 (BOM or NUL pattern), UTF-8 or Big5/CP950, detected by strict trial; junk is refused, not guessed."""
    if not data.strip():
        raise IngestError(file, "file is empty", code="empty_file")
    wide = utf16_encoding(data)
    if wide:
        try:
            text = data.decode(wide).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise IngestError(file, f"text looks like UTF-16 but does not decode ({exc.reason})", code="undecodable") from None
        return text, wide
    if b"\x00" in data[:4096]:
        raise IngestError(file, "binary file (NUL bytes), not a text plan", code="binary_file")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp950")
            encoding = "cp950"
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise IngestError(file, "text is neither UTF-8 nor Big5/CP950 (undecodable bytes)", line=line, code="undecodable") from None
        if not re.search(r"[\u4e00-\u9fff]", text):
            line = data[: utf8_error.start].count(b"\n") + 1
            raise IngestError(file, "text is not UTF-8 and does not read as Big5/CP950 either", line=line,
                              code="undecodable") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(8, len(text) // 50):
        raise IngestError(file, "binary junk: too many control characters for a text plan", code="binary_file")
    return text, encoding


def read_document(path: Path, data: bytes, report: FileReport, *, in_folder: bool = False,
                  limits: IngestLimits = IngestLimits()) -> Document:
    """Choose the reader by content (magic bytes, package contents, markup), not only by suffix."""
    name = str(path)
    sniffed = sniff(name, data, path.suffix.lower(), strict_suffix=in_folder)
    if sniffed.kind == "package":
        sniffed = _package_kind(path, data)
    report.format = sniffed.kind if sniffed.kind != "office" else sniffed.suffix.lstrip(".")
    if sniffed.kind == "pdf":
        from ingest.readers.pdf import read_pdf

        return read_pdf(name, data, max_pages=limits.max_pdf_pages)
    if sniffed.kind == "odt":
        from ingest.readers.odt import read_odt

        return read_odt(name, data)
    if sniffed.kind == "docx":
        from ingest.readers.docx import StrictOpenXml, read_docx

        try:
            return read_docx(name, data)
        except StrictOpenXml:
            sniffed = Sniffed("office", ".docx")  # LibreOffice reads Word's Strict flavour
    if sniffed.kind == "office":
        from ingest.readers.office import read_office

        return read_office(name, data, sniffed.suffix, timeout_s=limits.office_timeout_s)
    return _read_markup(name, data, sniffed, report)


def _package_kind(path: Path, data: bytes) -> Sniffed:
    """docx or odt by what the zip holds; a damaged zip under a spreadsheet/archive suffix is that kind."""
    from ingest.readers.package import package_kind

    try:
        return Sniffed(package_kind(str(path), data), path.suffix.lower())
    except UnsupportedFormat:
        raise
    except IngestError:
        if path.suffix.lower() in KNOWN_OTHER:  # a damaged .xlsx is still a spreadsheet: not ours to judge
            raise UnsupportedFormat(str(path), unsupported_reason(path.suffix.lower())) from None
        raise


def _read_markup(name: str, data: bytes, sniffed: Sniffed, report: FileReport) -> Document:
    """A web archive, an HTML page or plain text (UTF-8, UTF-16 or Big5)."""
    from ingest.readers.html import looks_like_html, read_html

    if sniffed.kind == "mhtml":
        from ingest.readers.mhtml import html_from_mhtml

        return read_html(name, html_from_mhtml(name, data))
    text, report.encoding = decode_text(name, data)
    if looks_like_html(text):
        report.format = "html"
        return read_html(name, text)
    from ingest.readers.text import read_text

    return read_text(name, text)


def read_bytes(path: Path, limits: IngestLimits) -> bytes:
    """The file's bytes, after checking without opening it that it is a regular file within the size limit."""
    name = str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise IngestError(name, f"cannot read file: {exc.strerror or exc}", code="cannot_read") from None
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(name, f"not a regular file ({_file_type(info.st_mode)}): refused without opening it",
                          code="not_regular_file")
    limit = int(limits.max_file_mb * 1024 * 1024)
    if info.st_size > limit:  # the CLI adds "raise it with --max-file-mb" (service.messages.CLI_ADVICE)
        size_mb = f"{info.st_size / 1024 / 1024:.1f}"
        raise IngestError(name, f"file is {size_mb} MB, over the {limits.max_file_mb:g} MB size limit (max_file_mb)",
                          code="file_too_large", values={"size_mb": size_mb, "limit_mb": f"{limits.max_file_mb:g}"})
    try:
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening it cannot hang
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise IngestError(name, "not a regular file: refused", code="not_regular_file")
            data = handle.read(limit + 1)  # the file may have grown since stat
    except OSError as exc:
        raise IngestError(name, f"cannot read file: {exc.strerror or exc}", code="cannot_read") from None
    if len(data) > limit:
        raise IngestError(name, f"file is over the {limits.max_file_mb:g} MB size limit (max_file_mb)", code="file_too_large",
                          values={"size_mb": f"> {limits.max_file_mb:g}", "limit_mb": f"{limits.max_file_mb:g}"})
    return data


def _file_type(mode: int) -> str:
    for test, label in ((stat.S_ISFIFO, "a FIFO / named pipe"), (stat.S_ISCHR, "a character device"),
                        (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return label
    return "not a plain file"


def rows_from_document(doc: Document, *, source_file: str, sha256: str,
                       office: str | None = None, year: int | None = None) -> tuple[list[MeasureRow], list[dict]]:
    rows, warnings, _ = document_rows(doc, source_file=source_file, sha256=sha256, office=office, year=year)
    return rows, warnings


def document_rows(doc: Document, *, source_file: str, sha256: str, office: str | None = None,
                  year: int | None = None) -> tuple[list[MeasureRow], list[dict], PlanMeta]:
    """A read document → its rows, warnings and metadata (with where each value came from)."""
    doc.blocks = resolve_tables(doc.blocks)
    built = build_rows(doc)
    meta = extract_metadata(doc, office=office, year=year)
    warnings = list(doc.warnings) + built.warnings
    if not meta.office:  # the CLI adds "pass --office", the upload page its own field (code, not reason)
        warnings.append({"reason": "no office found (title, 法規名稱, 發布單位, page title, file name)", "code": "no_office"})
    if meta.year_roc is None:
        warnings.append({"reason": "no year found (title, 發布日期, 執行期程, file name)", "code": "no_year"})
    plan_id = sha256[:12]
    rows = []
    for position, draft in enumerate(built.rows):
        measure = draft.measure.strip()
        actions = tuple(a for a in (x.strip() for x in draft.actions) if a)
        text = display_text(measure, actions, draft.benefit)
        rows.append(MeasureRow(
            row_id=content_row_id(source_file, position, text), plan_id=plan_id, office=meta.office,
            parent_agency=meta.parent_agency, year_roc=meta.year_roc, year_ad=meta.year_ad, title=meta.title,
            source_file=source_file, source_sha256=sha256, section=tuple(draft.section), measure=measure,
            actions=actions, deadline=draft.deadline, owner=draft.owner, benefit=draft.benefit,
            extra=dict(draft.extra), text=text,
            source=SourceRef(source_file, draft.page, None if draft.page is not None else draft.line),
            kind=draft.kind, office_type=office_type(meta.office)))
    return rows, warnings, meta


def ingest_file(path: Path, *, office: str | None = None, year: int | None = None, in_folder: bool = False,
                limits: IngestLimits = IngestLimits()) -> tuple[list[MeasureRow], FileReport]:
    """One file → its rows and report. Never raises for bad input: errors go in the report."""
    report = FileReport(str(path))
    try:
        with document_markers():  # (the worded markers its lines run in turn, learned by the reader)
            data = read_bytes(path, limits)
            doc = read_document(path, data, report, in_folder=in_folder, limits=limits)
            sha = hashlib.sha256(data).hexdigest()
            rows, warnings, meta = document_rows(doc, source_file=path.name, sha256=sha, office=office, year=year)
        report.warnings.extend(warnings)
        report.metadata = meta.report()
    except UnsupportedFormat as exc:
        report.skipped = exc.reason
        log.info("skipped %s", exc.message)
        return [], report
    except IngestError as exc:
        report.errors.append(exc.as_dict())
        log.warning("%s", exc.message)
        return [], report
    report.rows = sum(1 for r in rows if r.kind == "measure")
    report.strategy_rows = len(rows) - report.rows
    return rows, report


def ingest_paths(paths: Iterable[str | Path | Found], *, office: str | None = None, year: int | None = None,
                 progress: Callable[[Iterable], Iterable] | None = None,
                 limits: IngestLimits | None = None, workers: int | None = None,
                 provenance: str | None = None) -> tuple[list[MeasureRow], IngestReport]:
    """Ingest every file under `paths`, in child processes with a memory limit when there is
    enough work for several or a file may need much memory (ingest.parallel); a bad file is
    reported and the others still ingest; a file or folder that is not read is listed as
    skipped with its reason. Rows carry `provenance` when given, else what their folder
    declares (ingest.provenance)."""
    from ingest.parallel import file_results

    if provenance is not None:
        check_provenance(provenance)  # a wrong value is the caller's mistake: refused before any work
    found = discover(paths)
    report = IngestReport()
    rows: list[MeasureRow] = []
    jobs = {item.path: {"in_folder": item.in_folder} for item in found if not item.skipped and os.path.lexists(item.path)}
    with file_results(jobs, office=office, year=year, limits=limits, workers=workers) as result:
        iterator: Iterable = progress(found) if progress else found
        for item in iterator:
            path = item.path
            if item.skipped:
                log.info("skipped %s: %s", path, item.skipped)
                report.files.append(FileReport(str(path), skipped=item.skipped))
                continue
            if not os.path.lexists(path):
                report.files.append(FileReport(str(path), errors=[{"file": str(path), "page": None, "line": None,
                                                                   "reason": "no such file"}]))
                continue
            file_rows, file_report = result(path)
            rows.extend(_marked(file_rows, file_report, path, provenance))
            report.files.append(file_report)
    return rows, report


def _marked(rows: list[MeasureRow], report: FileReport, path: Path, given: str | None) -> list[MeasureRow]:
    """A file's rows with their provenance; a folder's unreadable declaration fails the file."""
    if not rows:
        return rows
    try:
        report.provenance = file_provenance(path, given)
    except IngestError as exc:
        report.errors.append(exc.as_dict())
        report.rows = report.strategy_rows = 0
        return []
    return with_provenance(rows, report.provenance)
