"""Upload plans from the page (`/admin/upload`) or the API (`POST /api/admin/upload`).

Off (404) unless `PLANSEARCH_ADMIN_TOKEN` is set. The token comes in the `X-Admin-Token`
header, `Authorization: Bearer …`, or the form field `token`, and is compared in constant
time. The request is refused above `upload_max_mb` before its body is parsed. File names
are reduced to a plain name (no folders, no leading dots, only word characters, `-._()`;
never folded, so `i1０_…` stays apart from `i10_…`), files are staged in
`INDEX_DIR/uploads/<random>/` (held by a lease while in use) and checked to resolve inside
it, then added with `index.corpus.add` (the same call as `plansearch add`) in a child process
(service/upload_build.py: the server's memory comes back after it), with the form's
office, year, provenance and keep-indexed choice. The staging folder is removed afterwards,
and any a killed server left behind is removed when a server starts (`remove_abandoned_uploads`);
the build keeps its own copy in `sources/`. The report names files as uploaded: no server path.
"""

from __future__ import annotations

import hmac
import logging
import os
import re
import shutil
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from index import corpus
from index.errors import IndexError_
from index.lock import BuildLease, IndexLocked, remove_if_unused
from ingest.pipeline import SUPPORTED_SUFFIXES, FileReport, IngestReport
from ingest.record import PROVENANCES
from service.errors import ApiError
from service.messages import PROVENANCE_LABELS, page_message, report_item_text
from service.settings import Settings
from service.upload_build import add_in_child

log = logging.getLogger(__name__)
router = APIRouter()

MAX_FILES = 50
_UNSAFE = re.compile(r"[^\w\-.()（）\[\] ]+")


UPLOADS = "uploads"


@dataclass(frozen=True)
class UploadOutcome:
    """What an upload did: the corpus report (or why nothing was added) and the HTTP status.
    `staging` is the server folder the files were written to: it never leaves the server."""

    status: int
    report: corpus.UpdateReport
    refused: list[FileReport]
    error: dict | None
    staging: Path

    def to_dict(self, served_build: str | None) -> dict:
        """The report as the API returns it and the page shows it: files named as uploaded."""
        data = self.report.to_dict()
        if data["build"]:
            data["build"].pop("path")
        data["served_build"] = served_build
        if self.error:
            data["error"] = self.error
        return without_paths(data, self.staging)


def without_paths(data, staging: Path):
    """`data` with the staging folder cut from every string (file names stay)."""
    prefix = str(staging) + os.sep
    if isinstance(data, dict):
        return {key: without_paths(value, staging) for key, value in data.items()}
    if isinstance(data, list):
        return [without_paths(value, staging) for value in data]
    return data.replace(prefix, "") if isinstance(data, str) else data


def remove_abandoned_uploads(index_dir: Path) -> list[str]:
    """Staging folders no upload holds (left by a server that was killed mid-upload): removed.
    Returns their names. A folder in use holds a lease (index.lock.BuildLease)."""
    removed = []
    folder = Path(index_dir) / UPLOADS
    for staging in sorted(folder.iterdir()) if folder.is_dir() else []:
        if staging.is_dir() and remove_if_unused(staging):
            removed.append(staging.name)
    if removed:
        log.warning("removed %d upload staging folder(s) left by an interrupted upload: %s", len(removed), ", ".join(removed))
    return removed


def safe_upload_name(raw: str | None) -> str | None:
    """A plain file name for an uploaded file, or None when its type is not a plan format.
    NFC only (no compatibility folding): `i1０_…` must not become `i10_…`, another plan's name."""
    name = unicodedata.normalize("NFC", raw or "").replace("\\", "/").split("/")[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip().lstrip(".").strip()
    name = _UNSAFE.sub("_", name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return None
    stem = Path(name).stem.strip(" .") or "upload"
    return stem[:120] + suffix


def _enabled(settings: Settings) -> None:
    if not settings.admin_token:
        raise HTTPException(404, "Not Found")


def _token_ok(settings: Settings, request: Request, form_token: str | None) -> bool:
    given = request.headers.get("x-admin-token") or form_token or ""
    auth = request.headers.get("authorization", "")
    if not given and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    return hmac.compare_digest(given.encode("utf-8"), settings.admin_token.encode("utf-8"))


def _limit(settings: Settings) -> int:
    return int(settings.upload_max_mb * 1024 * 1024)


def _too_large(settings: Settings) -> ApiError:
    return ApiError(413, "too_large", f"upload larger than {settings.upload_max_mb:g} MB (PLANSEARCH_UPLOAD_MAX_MB)")


async def _read_form(request: Request, settings: Settings):
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise ApiError(411, "length_required", "the upload must state its Content-Length")
    if int(length) > _limit(settings) + 64 * 1024:  # multipart framing on top of the files
        raise _too_large(settings)
    try:
        return await request.form(max_files=MAX_FILES, max_fields=20)
    except HTTPException as exc:  # too many files or fields, malformed multipart
        raise ApiError(400, "bad_upload", str(exc.detail)) from None


async def _stage(files: list[UploadFile], folder: Path, settings: Settings) -> tuple[list[Path], list[FileReport]]:
    """Write the files under `folder` (never outside it); refuse unknown types and repeated names."""
    staged, refused, total = [], [], 0
    for upload in files:
        name = safe_upload_name(upload.filename)
        if name is None:
            suffixes = ", ".join(SUPPORTED_SUFFIXES)
            refused.append(FileReport(upload.filename or "?", errors=[{
                "file": upload.filename, "page": None, "line": None, "code": "unsupported_upload",
                "values": {"suffixes": suffixes}, "reason": f"unsupported file type; plans are {suffixes}"}]))
            continue
        target = (folder / name).resolve()
        if target.parent != folder.resolve() or target.exists():
            refused.append(FileReport(name, errors=[{"file": name, "page": None, "line": None, "code": "same_upload_name",
                                                     "values": {}, "reason": "another uploaded file has the same name"}]))
            continue
        with target.open("wb") as handle:
            while chunk := await upload.read(1 << 20):
                total += len(chunk)
                if total > _limit(settings):
                    raise _too_large(settings)
                handle.write(chunk)
        staged.append(target)
    return staged, refused


@dataclass(frozen=True)
class UploadChoices:
    """What the form says about the files: office and year where a file lacks them, their
    provenance, and whether an indexed file of the same plan is kept (else replaced)."""

    office: str | None = None
    year: int | None = None
    provenance: str | None = None
    keep_indexed: bool = False

    @classmethod
    def from_form(cls, form) -> UploadChoices:
        def text(name: str) -> str | None:
            value = form.get(name)
            return value.strip() or None if isinstance(value, str) else None

        year = text("year")
        if year is not None and not (year.isdigit() and 1 <= int(year) <= 3000):
            raise ApiError(422, "validation_error", f"year: {year} is not a year", field="year")
        provenance = text("provenance")
        if provenance is not None and provenance not in PROVENANCES:
            raise ApiError(422, "validation_error",
                           f"provenance: unknown value {provenance!r}; use one of {', '.join(PROVENANCES)}", field="provenance")
        return cls(text("office"), int(year) if year else None, provenance, text("keep_indexed") in ("1", "true", "on"))


async def upload_plans(request: Request) -> UploadOutcome:
    """The library call behind both routes: token, limit, staging, `corpus.add`, reload."""
    settings: Settings = request.app.state.settings
    _enabled(settings)
    form = await _read_form(request, settings)
    token = form.get("token")
    if not _token_ok(settings, request, token if isinstance(token, str) else None):
        raise ApiError(401, "unauthorized", "admin token missing or wrong (X-Admin-Token header or the token field)")
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    if not files:
        raise ApiError(422, "validation_error", "files: no file uploaded", field="files")
    choices = UploadChoices.from_form(form)
    folder = settings.index_dir / UPLOADS / uuid.uuid4().hex
    folder.mkdir(parents=True)
    lease = BuildLease(folder)  # in use: a server starting meanwhile leaves it alone
    try:
        staged, refused = await _stage(files, folder, settings)
        if not staged:
            return UploadOutcome(422, corpus.UpdateReport("add", IngestReport(refused), None), refused,
                                 {"code": "nothing_to_index", "message": "no file of a supported type"}, folder)
        try:
            report = await run_in_threadpool(
                add_in_child, settings, staged, request.app.state.given_embedder, office=choices.office,
                year=choices.year, provenance=choices.provenance, keep_indexed=choices.keep_indexed)
        except IndexLocked as exc:
            raise ApiError(409, "index_busy", str(exc)) from None
        except corpus.NothingToIndex as exc:
            exc.report.files.extend(refused)
            return UploadOutcome(422, corpus.UpdateReport("add", exc.report, None), refused,
                                 {"code": "nothing_to_index", "message": str(exc)}, folder)
        except IndexError_ as exc:
            raise ApiError(503, "index_unavailable", str(exc)) from None
        report.ingest.files.extend(refused)
        live = getattr(request.app.state, "live", None)
        if live is not None and report.build is not None:
            await run_in_threadpool(live.check)  # serve the new build from the next request on
        return UploadOutcome(200, report, refused, None, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        lease.release()
        for upload in files:
            await upload.close()


@router.post("/api/admin/upload", summary="Add plan files (multipart `files`, admin token); returns the ingest report",
             responses={401: {"description": "token missing or wrong"}, 404: {"description": "uploads are off"},
                        409: {"description": "another writer holds the index"}, 413: {"description": "too large"},
                        422: {"description": "no file could be ingested; the report says why per file"}},
             openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                 "type": "object", "required": ["files"], "properties": {
                     "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                     "token": {"type": "string", "description": "admin token (or the X-Admin-Token header)"}}}}}}})
async def upload_api(request: Request):
    outcome = await upload_plans(request)
    return JSONResponse(outcome.to_dict(_served(request)), status_code=outcome.status)


def _served(request: Request) -> str | None:
    searcher = getattr(request.app.state, "searcher", None)
    return searcher.index.path.name if searcher is not None else None


def _page(request: Request, context: dict, status: int = 200) -> HTMLResponse:
    base = {"request": request, "report": None, "error": None, "max_mb": request.app.state.settings.upload_max_mb,
            "served_build": _served(request), "suffixes": SUPPORTED_SUFFIXES, "provenances": PROVENANCE_LABELS,
            "item_text": report_item_text}
    return request.app.state.templates.TemplateResponse(request, "admin_upload.html", {**base, **context}, status_code=status)


@router.get("/admin/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_form(request: Request):
    _enabled(request.app.state.settings)
    return _page(request, {})


@router.post("/admin/upload", response_class=HTMLResponse, include_in_schema=False)
async def upload_page(request: Request):
    """The same report as the API's, rendered in Chinese (codes, not the English reasons)."""
    try:
        outcome = await upload_plans(request)
    except ApiError as exc:
        return _page(request, {"error": page_message(exc)}, exc.status)
    return _page(request, {"report": outcome.to_dict(_served(request))}, outcome.status)
