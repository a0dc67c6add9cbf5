"""Helpers for tests that need LibreOffice: skip where it is missing, FAIL under CI=true."""

from __future__ import annotations

import os

import pytest

from ingest.readers.office import DEBIAN_PACKAGE, find_soffice


def require_soffice() -> str:
    soffice = find_soffice()
    if soffice is None:
        message = f"LibreOffice (soffice) not found: install the Debian package {DEBIAN_PACKAGE} (scripts/setup.sh test)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return soffice
