"""Binding the listening socket before anything is printed, so a busy port is a clear error."""

from __future__ import annotations

import errno
import socket


class PortInUse(OSError):
    """The port is taken (or not ours to take); the message names the setting that changes it."""


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or `PortInUse` saying how to choose another port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(f"port {port} on {host} is already in use (another plansearch, or another program); "
                            f"choose another port with --port {port + 1} or PLANSEARCH_PORT={port + 1}") from None
        raise PortInUse(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                        "choose another address/port with --host/--port or PLANSEARCH_HOST/PLANSEARCH_PORT") from None
    sock.set_inheritable(True)
    return sock
