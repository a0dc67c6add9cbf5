"""/docs that renders OpenAPI 3.1 offline under the page CSP, and an /openapi.json that states
the limits the library enforces.

Swagger UI 5 (3.1-capable; the swagger-ui-bundle package's 4.15.5 showed "Unable to render this
definition") comes from the fastapi-offline package's static files instead of a CDN; its start-up
script is a static file instead of the inline script FastAPI's default page carries (the CSP
forbids inline scripts). The schema's parameter limits (k, page, q's length, sort, mode, years,
formats) are written from service.validation's values for this app's settings, so the document
and the behaviour cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from index.search import MODES
from service import validation
from service.workbench.export import FORMATS

STATIC = Path(__file__).resolve().parent / "static"


def swagger_ui_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


def parameter_limits(limits: validation.Limits) -> dict[str, dict]:
    """JSON-schema constraints per query parameter name, from the validation's limits."""
    year = {"type": "integer", "minimum": validation.YEAR_MIN, "maximum": validation.YEAR_MAX}
    return {
        "q": {"type": "string", "minLength": 1, "maxLength": limits.max_query_chars},
        "k": {"type": "integer", "minimum": 1, "maximum": limits.max_k, "default": limits.default_k},
        "page": {"type": "integer", "minimum": 1, "maximum": limits.max_page, "default": 1},
        "sort": {"type": "string", "enum": list(validation.SORTS), "default": "relevance"},
        "mode": {"type": "string", "enum": list(MODES), "default": "hybrid"},
        "year_from": year, "year_to": year,
        "format": {"type": "string", "enum": list(FORMATS), "default": "odt"},
    }


def openapi_with_limits(app: FastAPI, limits: validation.Limits) -> dict:
    """FastAPI's schema with each known parameter's limits filled in (the search API's `sort`
    and the plan list's `sort` differ: only parameters whose description names the values
    of validation.SORTS get its enum)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        constraints = parameter_limits(limits)
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                for parameter in operation.get("parameters", []):
                    rule = constraints.get(parameter["name"])
                    if rule is None or parameter.get("in") != "query":
                        continue
                    if parameter["name"] == "sort" and path != "/api/search":
                        continue
                    if parameter["name"] == "k" and path.endswith("/similar"):
                        rule = {**rule, "default": 5}
                    parameter["schema"] = {**rule, "title": parameter.get("schema", {}).get("title", parameter["name"])}
        app.openapi_schema = schema
    return app.openapi_schema


def install_docs(app: FastAPI, limits: validation.Limits) -> None:
    app.mount("/static/swagger-ui", StaticFiles(directory=str(swagger_ui_dir())), name="swagger-ui")
    app.openapi = lambda: openapi_with_limits(app, limits)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> str:
        return ('<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>plansearch API 文件</title>'
                '<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css"></head><body>'
                '<div id="swagger-ui"></div><script src="/static/swagger-ui/swagger-ui-bundle.js"></script>'
                '<script src="/static/docs-init.js"></script></body></html>')
