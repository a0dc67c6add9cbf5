"""HTTP details FastAPI leaves out: HEAD answered by every GET route (headers of the GET,
no body), and `Allow` on every 405 (see `service.errors`)."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.routing import Match


class HeadAsGet:
    """ASGI middleware: a HEAD request runs the GET route and its body is dropped, so every GET
    route (pages and API, present and future) answers HEAD with the same status and headers."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)


PROBED = ("GET", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(app, scope) -> str:
    """The Allow value of a 405: every method some route takes at this path (Starlette names
    only the first route's), with HEAD wherever GET is allowed (HeadAsGet serves it)."""
    methods = [m for m in PROBED if any(r.matches({**scope, "method": m})[0] == Match.FULL for r in app.router.routes)]
    if "GET" in methods:
        methods.insert(1, "HEAD")
    return ", ".join(methods)


def install_http_semantics(app: FastAPI) -> None:
    app.add_middleware(HeadAsGet)
