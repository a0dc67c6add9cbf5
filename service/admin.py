"""Upload plans from the page (`/admin/upload`) or the API (`POST /api/admin/upload`).

Off (404) unless `PLANSEARCH_ADMIN_TOKEN` is set. The token comes in the `X-Admin-Token`
header, `Authorization: Bearer …`, or the form field `token`, and is compared in constant
time. The request is refused above `upload_max_mb` before its body is parsed. File names
are reduced to a plain name (no folders, no leading dots, only word characters, `-._()`),
files are staged in `INDEX_DIR/uploads/<random>/` and checked to resolve inside it, then
added with `index.corpus.add` (the same call as `plansearch add`); the staging folder is
removed afterwards, the build keeps its own copy in `sources/`.
"""

from __future__ import annotations

import hmac
import logging
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
from index.lock import IndexLocked
from ingest.pipeline import SUPPORTED_SUFFIXES, FileReport, IngestReport
from service.errors import ApiError
from service.settings import Settings

log = logging.getLogger(__name__)
router = APIRouter()

MAX_FILES = 50
_UNSAFE = re.compile(r"[^\w\-.()（）\[\] ]+")


@dataclass(frozen=True)
class UploadOutcome:
    """What an upload did: the corpus report (or why nothing was added) and the HTTP status."""

    status: int
    report: corpus.UpdateReport
    refused: list[FileReport]
    error: dict | None

    def to_dict(self, served_build: str | None) -> dict:
        data = self.report.to_dict()
        data["served_build"] = served_build
        if self.error:
            data["error"] = self.error
        return data


def safe_upload_name(raw: str | None) -> str | None:
    """A plain file name for an uploaded file, or None when its type is not a plan format."""
    name = unicodedata.normalize("NFKC", raw or "").replace("\\", "/").split("/")[-1]
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
    folder.mkdir(parents=True)
    for upload in files:
        name = safe_upload_name(upload.filename)
        if name is None:
            refused.append(FileReport(upload.filename or "?", errors=[{
                "file": upload.filename, "page": None, "line": None,
                "reason": f"unsupported file type; plans are {', '.join(SUPPORTED_SUFFIXES)}"}]))
            continue
        target = (folder / name).resolve()
        if target.parent != folder.resolve() or target.exists():
            refused.append(FileReport(name, errors=[{"file": name, "page": None, "line": None,
                                                     "reason": "another uploaded file has the same name"}]))
            continue
        with target.open("wb") as handle:
            while chunk := await upload.read(1 << 20):
                total += len(chunk)
                if total > _limit(settings):
                    raise _too_large(settings)
                handle.write(chunk)
        staged.append(target)
    return staged, refused


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
    folder = settings.index_dir / "uploads" / uuid.uuid4().hex
    try:
        staged, refused = await _stage(files, folder, settings)
        if not staged:
            return UploadOutcome(422, corpus.UpdateReport("add", IngestReport(refused), None), refused,
                                 {"code": "nothing_to_index", "message": "no file of a supported type"})
        try:
            report = await run_in_threadpool(
                corpus.add, staged, settings.index_dir, request.app.state.embedder, request.app.state.tokenizer,
                lock_timeout=min(settings.lock_wait, 30.0))
        except IndexLocked as exc:
            raise ApiError(409, "index_busy", str(exc)) from None
        except corpus.NothingToIndex as exc:
            exc.report.files.extend(refused)
            return UploadOutcome(422, corpus.UpdateReport("add", exc.report, None), refused,
                                 {"code": "nothing_to_index", "message": str(exc)})
        except IndexError_ as exc:
            raise ApiError(503, "index_unavailable", str(exc)) from None
        report.ingest.files.extend(refused)
        live = getattr(request.app.state, "live", None)
        if live is not None and report.build is not None:
            await run_in_threadpool(live.check)  # serve the new build from the next request on
        return UploadOutcome(200, report, refused, None)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
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
    base = {"request": request, "outcome": None, "error": None, "max_mb": request.app.state.settings.upload_max_mb,
            "served_build": _served(request), "suffixes": SUPPORTED_SUFFIXES}
    return request.app.state.templates.TemplateResponse(request, "admin_upload.html", {**base, **context}, status_code=status)


@router.get("/admin/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_form(request: Request):
    _enabled(request.app.state.settings)
    return _page(request, {})


@router.post("/admin/upload", response_class=HTMLResponse, include_in_schema=False)
async def upload_page(request: Request):
    try:
        outcome = await upload_plans(request)
    except ApiError as exc:
        return _page(request, {"error": exc.message}, exc.status)
    return _page(request, {"outcome": outcome}, outcome.status)


