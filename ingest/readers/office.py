"""Legacy and foreign word-processor files (.doc, .rtf, .wps, Strict .docx) through LibreOffice.

LibreOffice's import filters are the best-kept free readers of these formats; a headless
`soffice --convert-to odt` turns the file into ODF, which the .odt reader then reads, so the
spans and header rows LibreOffice recovers reach the same grid step as every other format.
Each conversion gets a private profile (`-env:UserInstallation`) so it neither meets a running
LibreOffice nor leaves state behind, and a timeout so a file that hangs the filter only costs
that file.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ingest.blocks import Document
from ingest.errors import IngestError
from ingest.readers.odt import read_odt

log = logging.getLogger(__name__)

DEBIAN_PACKAGE = "libreoffice-writer-nogui"
DEFAULT_TIMEOUT_S = 180


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def convert(file: str, data: bytes, suffix: str, target: str = "odt", *, timeout_s: float = DEFAULT_TIMEOUT_S) -> bytes:
    """`data` (a file of type `suffix`) converted by LibreOffice to `target`; raises IngestError naming the file."""
    soffice = find_soffice()
    if soffice is None:
        raise IngestError(file, f"LibreOffice is needed to read {suffix or 'this'} files and was not found: "
                                f"install the Debian package {DEBIAN_PACKAGE} (apt-get install {DEBIAN_PACKAGE})")
    with tempfile.TemporaryDirectory(prefix="plansearch-lo-") as tmp:
        work = Path(tmp)
        source = work / f"input{suffix}"
        source.write_bytes(data)
        out_dir = work / "out"
        command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--nodefault", "--nologo", "--convert-to", target, "--outdir", str(out_dir), str(source)]
        run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               env=dict(os.environ, HOME=str(work)))
        try:
            stdout, stderr = run.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)  # soffice forks: end its whole session
            run.communicate()
            raise IngestError(file, f"LibreOffice did not finish converting it within {timeout_s:.0f} s") from None
        produced = out_dir / f"input.{target}"
        if not produced.is_file():
            detail = (stderr or stdout).decode("utf-8", "replace").strip().splitlines()
            log.debug("soffice failed on %s: %s", file, detail)
            raise IngestError(file, f"LibreOffice could not convert it to .{target} (damaged, password-protected or not a "
                                    f"text document){': ' + detail[-1] if detail else ''}")
        return produced.read_bytes()


def read_office(file: str, data: bytes, suffix: str, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> Document:
    """Convert with LibreOffice, then read the ODF with the .odt reader."""
    return read_odt(file, convert(file, data, suffix, "odt", timeout_s=timeout_s))
