"""The guard in conftest.py: under CI=true a skipped test is a failed test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).with_name("conftest.py")
PLUGINS = [Path(__file__).with_name("backends.py")]  # what the conftest loads by `pytest_plugins`


def _run(tmp_path: Path, ci: str) -> subprocess.CompletedProcess:
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"), encoding="utf-8")
    for plugin in PLUGINS:
        (tmp_path / plugin.name).write_text(plugin.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "test_probe.py").write_text(
        "import pytest\n\ndef test_needs_a_browser():\n    pytest.skip('chromium missing')\n\n"
        "def test_runs():\n    assert True\n", encoding="utf-8")
    env = dict(os.environ, CI=ci, PYTHONPATH=str(tmp_path))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_a_skip_fails_under_ci(tmp_path):
    result = _run(tmp_path, "true")
    assert result.returncode == 1
    assert "1 failed, 1 passed" in result.stdout
    assert "could not run and would have been skipped: Skipped: chromium missing" in result.stdout


def test_a_skip_is_a_skip_outside_ci(tmp_path):
    result = _run(tmp_path, "")
    assert result.returncode == 0
    assert "1 passed, 1 skipped" in result.stdout
