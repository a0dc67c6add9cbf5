"""/docs that works offline and under the page CSP: Swagger UI's files come from the
swagger-ui-bundle package (PyPI) instead of a CDN, and its start-up script is a static file
instead of the inline script FastAPI's default page carries (the CSP forbids inline scripts)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"


def install_docs(app: FastAPI) -> None:
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/static/swagger-ui", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> str:
        return ('<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>plansearch API 文件</title>'
                '<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css"></head><body>'
                '<div id="swagger-ui"></div><script src="/static/swagger-ui/swagger-ui-bundle.js"></script>'
                '<script src="/static/docs-init.js"></script></body></html>')
