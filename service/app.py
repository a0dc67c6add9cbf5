"""`create_app(settings)`: the ASGI app, with the index loaded in `lifespan`."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from index.embed import EmbedderUnavailable, make_embedder
from index.search import Searcher
from index.store import IndexError_
from service.answer import ask
from service.api import router as api_router
from service.docs import install_docs
from service.errors import install_error_handlers
from service.pages import router as pages_router
from service.settings import Settings
from service.workbench.router import router as workbench_router

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def open_searcher(settings: Settings) -> Searcher:
    embedder = make_embedder(settings.model, device=settings.device, threads=settings.threads)
    return Searcher.open(settings.index_dir, embedder, settings=settings.search_settings())


def create_app(settings: Settings | None = None, searcher: Searcher | None = None) -> FastAPI:
    """Build the app. Pass `searcher` to serve an index already open (tests, benchmarks)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.load_error = None
        if searcher is not None:
            app.state.searcher = searcher
        else:
            try:
                app.state.searcher = open_searcher(settings)
                ask(app.state.searcher, "哪些機關提供服務")  # load models and taggers now, not on the first request
            except (IndexError_, EmbedderUnavailable) as exc:
                log.error("index not loaded: %s", exc)
                app.state.searcher = None
                app.state.load_error = str(exc)
        yield
        app.state.searcher = None

    app = FastAPI(title="plansearch", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Search the measure rows of Taiwanese service-quality plans (提升服務品質執行計畫).")
    app.state.settings = settings
    app.state.searcher = searcher
    install_error_handlers(app)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET"], allow_headers=["*"])

    @app.middleware("http")
    async def security_headers(request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.include_router(api_router)
    app.include_router(workbench_router)
    app.include_router(pages_router)
    install_docs(app)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    return app
