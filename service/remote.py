"""The CLI through a running server: `plansearch search/ask` ask the server when one serves the
same index folder (its model and index are warm: an answer in well under a second), else they
open the index themselves (seconds: the model and the index load in the process)."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from urllib.parse import urlencode

from index.errors import IndexError_
from index.store import current_build
from service.settings import Settings
from service.validation import InvalidParameter

log = logging.getLogger(__name__)
PROBE_TIMEOUT = 0.3  # seconds: a server that does not answer health this fast is treated as absent


class RemoteError(RuntimeError):
    """The server answered with an error other than a refused parameter."""


def running_server(settings: Settings) -> str | None:
    """The URL of a plansearch server at settings.host:port serving the current build of
    settings.index_dir, or None (no server, another index, or a build not yet swapped in)."""
    try:
        build = current_build(settings.index_dir).name
    except (IndexError_, OSError):
        return None
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "") else settings.host
    base = f"http://{host}:{settings.port}"
    try:
        with urllib.request.urlopen(f"{base}/api/health", timeout=PROBE_TIMEOUT) as response:
            health = json.loads(response.read())
    except (OSError, ValueError):
        return None
    return base if health.get("build") == build else None


def get_json(base: str, path: str, params: dict) -> dict:
    """GET base+path; a 422 becomes the InvalidParameter the library would have raised."""
    query = urlencode([(k, x) for k, v in params.items() if v not in (None, [], ()) for x in (v if isinstance(v, list) else [v])])
    try:
        with urllib.request.urlopen(f"{base}{path}?{query}", timeout=120) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as exc:
        try:
            error = json.loads(exc.read())["error"]
        except (ValueError, KeyError):
            raise RemoteError(f"the server at {base} answered {exc.code}") from None
        if exc.code == 422:
            raise InvalidParameter(error.get("field") or "", error["message"], error["message"]) from None
        raise RemoteError(f"the server at {base} answered {exc.code}: {error['message']}") from None
