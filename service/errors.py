"""One JSON error shape for every API error, mapped here and only here:

    {"error": {"status": 422, "code": "validation_error", "message": "q: the query is empty",
               "field": "q"}}
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from markupsafe import escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.embed import EmbedderUnavailable
from index.errors import IndexError_, UnknownPlan
from service.http_semantics import allowed_methods
from service.validation import InvalidParameter


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        self.status, self.code, self.message, self.field = status, code, message, field
        super().__init__(message)


def error_body(status: int, code: str, message: str, field: str | None = None) -> dict:
    return {"error": {"status": status, "code": code, "message": message, "field": field}}


PAGE_STATUS_TEXT = {"Not Found": "找不到此頁面。", "Method Not Allowed": "不支援此請求方式。",
                    "Internal Server Error": "伺服器發生錯誤，請稍後再試。"}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse(error_body(exc.status, exc.code, exc.message, exc.field), status_code=exc.status)

    @app.exception_handler(InvalidParameter)
    async def _invalid(request: Request, exc: InvalidParameter):
        return JSONResponse(error_body(422, "validation_error", exc.message, exc.field), status_code=422)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        field = str(first["loc"][-1]) if first.get("loc") else None
        return JSONResponse(error_body(422, "validation_error", f"{field}: {first['msg']}", field), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(request.app, request.scope)
        if not request.url.path.startswith("/api"):
            detail = PAGE_STATUS_TEXT.get(str(exc.detail), exc.detail)  # Starlette's English defaults, in Chinese
            page = (f'<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{exc.status_code}</title>'
                    f'</head><body><main><h1>{exc.status_code}</h1><p>{escape(str(detail))}</p>'
                    f'<p><a href="/">回搜尋頁</a></p></main></body></html>')
            return HTMLResponse(page, status_code=exc.status_code, headers=headers)
        return JSONResponse(error_body(exc.status_code, code, str(exc.detail)), status_code=exc.status_code, headers=headers)

    @app.exception_handler(IndexError_)
    async def _index(request: Request, exc: IndexError_):
        code = getattr(exc, "code", "index_unavailable")  # backend_unavailable: Milvus down or lacking the build
        if not request.url.path.startswith("/api"):
            page = (f'<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>503</title></head><body><main>'
                    f'<h1>503</h1><p>搜尋服務暫時無法使用，請稍後再試。（{escape(str(exc))}）</p></main></body></html>')
            return HTMLResponse(page, status_code=503, headers={"Retry-After": "5"})
        return JSONResponse(error_body(503, code, str(exc)), status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(UnknownPlan)  # an IndexError_, but the index is fine: the plan name is wrong
    async def _unknown_plan(request: Request, exc: UnknownPlan):
        if not request.url.path.startswith("/api"):
            return HTMLResponse(f'<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>404</title></head>'
                                f'<body><main><h1>404</h1><p>{escape(str(exc))}</p></main></body></html>', status_code=404)
        return JSONResponse(error_body(404, "not_found", str(exc), "plan"), status_code=404)

    @app.exception_handler(EmbedderUnavailable)
    async def _embedder(request: Request, exc: EmbedderUnavailable):
        return JSONResponse(error_body(503, "embedder_unavailable", str(exc)), status_code=503)
