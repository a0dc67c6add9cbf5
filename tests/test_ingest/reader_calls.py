"""Calls the reader-process tests run in children: in a module of their own, so a child
imports only this (the test module imports the CLI, seconds on a loaded machine, which
would count against the call's time limit)."""

from __future__ import annotations

import os
import time


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def die(sig: int) -> None:
    os.kill(os.getpid(), sig)


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def fail() -> None:
    raise ValueError("a bug in a reader")
