"""HTTP details FastAPI leaves out: HEAD answered by every GET route (headers of the GET,
no body), and `Allow` on every 405 (see `service.errors`)."""

from __future__ import annotations

from fastapi import FastAPI


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


def allow_header(value: str) -> str:
    """The Allow value of a 405, with HEAD wherever GET is allowed (HeadAsGet serves it)."""
    methods = [m.strip() for m in value.split(",") if m.strip()]
    if "GET" in methods and "HEAD" not in methods:
        methods.append("HEAD")
    return ", ".join(methods)


def install_http_semantics(app: FastAPI) -> None:
    app.add_middleware(HeadAsGet)
