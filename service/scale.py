"""`plansearch serve` in one or several processes.

One worker: the app in this process (as before). N workers: uvicorn's supervisor forks N
processes on the one listening socket; each builds the app from the environment
(`app_from_environment`), loads the served build and follows `current` as one process does.
With the milvus backend they all search one Milvus; a Lite file is served to them (and to CLI
writers) by the `milvus-lite server` that `backend.serving` starts around them.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sys
from enum import Enum
from pathlib import Path

from service import backend
from service.settings import Settings

log = logging.getLogger(__name__)


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as PLANSEARCH_* variables (what a worker process reads back)."""
    out = {}
    for name, value in settings.model_dump().items():
        if value is None:
            continue
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, list | dict):
            value = json.dumps(value)
        elif isinstance(value, Path):
            value = str(value)
        out[f"PLANSEARCH_{name.upper()}"] = str(value)
    return out


def app_from_environment():
    """uvicorn's factory in each worker process: the app of the settings the parent exported."""
    from service.app import create_app

    return create_app(Settings())


def serve(settings: Settings, sock: socket.socket) -> None:
    """Serve on the bound socket with `settings.workers` processes, the backend prepared first."""
    import uvicorn

    # uvicorn re-raises the SIGTERM it caught once it has shut down; as SystemExit (not the
    # default action, which ends the process at once) the Lite server is stopped on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with backend.serving(settings) as served:
        if served.workers <= 1:
            from service.app import create_app

            uvicorn.Server(uvicorn.Config(create_app(served), log_level="warning")).run(sockets=[sock])
            return
        from uvicorn.supervisors import Multiprocess

        os.environ.update(settings_env(served))
        config = uvicorn.Config("service.scale:app_from_environment", factory=True, workers=served.workers,
                                log_level="warning")
        log.warning("serving with %s worker processes", served.workers)
        Multiprocess(config, sockets=[sock]).run()
