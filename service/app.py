"""`create_app(settings)`: the ASGI app, with the index loaded in `lifespan`."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from index.embed import Embedder, make_embedder
from index.search import Searcher
from index.store import load_index
from index.synonyms import SynonymTable
from index.text import Tokenizer
from service.admin import remove_abandoned_uploads
from service.admin import router as admin_router
from service.answer import ask
from service.api import router as api_router
from service.backend import candidate_store
from service.docs import install_docs
from service.errors import install_error_handlers
from service.http_semantics import install_http_semantics
from service.live import LiveIndex, settle_heap
from service.pages import router as pages_router
from service.settings import Settings
from service.templating import make_templates
from service.validation import Limits
from service.workbench.router import router as workbench_router

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS (those a response did not set itself) on the
    way out. Plain ASGI rather than `@app.middleware("http")`: that wrapper runs every request
    through a task group and memory streams, a measurable share of a search's time under load."""

    def __init__(self, app):
        self.app = app
        self.headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.headers if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def open_searcher(settings: Settings) -> Searcher:
    embedder = make_embedder(settings.model, device=settings.device, threads=settings.threads)
    loaded = load_index(settings.index_dir, embedder.id)
    return Searcher(loaded, embedder, settings=settings.search_settings(), store=candidate_store(settings, loaded))


def warm_up(searcher: Searcher) -> None:
    """Load models and taggers before a build is served, not on its first request."""
    ask(searcher, "哪些機關提供服務")


def create_app(settings: Settings | None = None, searcher: Searcher | None = None, embedder: Embedder | None = None) -> FastAPI:
    """Build the app. Pass `searcher` to serve an index already open and fixed (tests,
    benchmarks); otherwise the app serves `current` and follows new builds (`LiveIndex`).
    `embedder` replaces the one named by settings.model (tests)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Measured at 50 clients: 64 threads gave the lowest p99; 6 or 16 queue requests and
        # shrink the embedding batches (a third fewer requests/s).
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        live = None
        if searcher is not None:
            app.state.searcher, app.state.load_error = searcher, None
            app.state.embedder, app.state.tokenizer = searcher.embedder, searcher.tokenizer
            app.state.given_embedder = searcher.embedder
            settle_heap()
        else:
            remove_abandoned_uploads(settings.index_dir)  # staging a killed server left behind
            app.state.embedder = embedder or make_embedder(settings.model, device=settings.device, threads=settings.threads)
            app.state.given_embedder = embedder  # an upload's build process makes its own from settings unless one was given
            synonyms = SynonymTable.load()
            app.state.tokenizer = Tokenizer(extra_terms=synonyms.all_terms())

            def make_searcher(loaded) -> Searcher:
                return Searcher(loaded, app.state.embedder, tokenizer=app.state.tokenizer, synonyms=synonyms,
                                settings=settings.search_settings(), store=candidate_store(settings, loaded))

            live = LiveIndex(settings.index_dir, app.state, make_searcher, embedder_id=app.state.embedder.id,
                             interval=settings.reload_interval, warm_up=warm_up)
            live.check()
            live.start()
        app.state.live = live
        yield
        if live is not None:
            live.stop()
        app.state.searcher = None

    app = FastAPI(title="plansearch", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Search the measure rows of Taiwanese service-quality plans (提升服務品質執行計畫).")
    app.state.settings = settings
    app.state.templates = make_templates()
    app.state.searcher = searcher
    app.state.live = None
    install_error_handlers(app)
    install_http_semantics(app)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET"], allow_headers=["*"])

    app.add_middleware(SecurityHeaders)

    app.include_router(api_router)
    app.include_router(workbench_router)
    app.include_router(pages_router)
    app.include_router(admin_router)
    install_docs(app, Limits.from_settings(settings))
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    return app
