"""Paths → the files to ingest, listing every file and every folder it could not open.

Nothing under a folder goes unmentioned: a plan is read, anything else is reported as skipped
with its reason (a spreadsheet, an unreadable subfolder, a Word lock file). A symbolic link is
read only when it leads to a file inside the folder given: a link to a folder is not followed
(a loop would never end), and a link loop, a broken link or a link that leaves the folder is
listed as skipped with the reason, so one bad link never stops the run.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.formats import KNOWN_OTHER, unsupported_reason
from ingest.provenance import DECLARATION


@dataclass(frozen=True)
class Found:
    """A path to ingest, or one to list as skipped (`skipped` holds the reason)."""

    path: Path
    skipped: str | None = None
    in_folder: bool = False  # found by walking a folder (unknown suffixes are then not read as text)


def _skip_reason(entry: os.DirEntry) -> str | None:
    """Files in a folder that are not plans, known by their name alone."""
    name = entry.name
    if name == DECLARATION:
        return "declares the provenance of this folder's plans (published or invented), not a plan"
    if name.startswith("~$"):
        return "a Word/LibreOffice lock file (the document is open in an editor), not a plan"
    if name.startswith(".") or name in ("Thumbs.db", "desktop.ini"):
        return "a hidden or system file, not a plan"
    suffix = Path(name).suffix.lower()
    if suffix in KNOWN_OTHER:
        return unsupported_reason(suffix)
    return None


def follow_link(path: Path, root: Path) -> str | None:
    """Why the link at `path` is not read (None: it leads to a file inside `root`, a resolved
    folder)."""
    try:
        target = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        return f"a broken symbolic link (its target {os.readlink(path)} does not exist)"
    except (OSError, RuntimeError) as exc:  # ELOOP: a link that leads back to itself
        if getattr(exc, "errno", None) == errno.ELOOP or isinstance(exc, RuntimeError):
            return "a symbolic link loop (the link leads back to itself): not followed"
        return f"cannot follow the symbolic link: {exc.strerror or exc}"
    if not target.is_relative_to(root):
        return f"a symbolic link to {target}, outside the folder {root}: not followed"
    if target.is_dir():
        return "a link to a folder (not followed)"
    return None


def walk(folder: Path, root: Path | None = None) -> list[Found]:
    """Every file under `folder`, sorted by path; a folder that cannot be listed is reported;
    links are checked against `root` (the folder the walk started from, resolved)."""
    root = root or Path(os.path.realpath(folder))
    found: list[Found] = []
    try:
        with os.scandir(folder) as entries:
            listing = sorted(entries, key=lambda e: e.name)
    except OSError as exc:
        return [Found(folder, f"cannot list folder: {exc.strerror or exc}")]
    for entry in listing:
        path = Path(entry.path)
        try:
            is_link = entry.is_symlink()
            is_dir = not is_link and entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            found.append(Found(path, f"cannot read: {exc.strerror or exc}"))
            continue
        if is_link:
            reason = follow_link(path, root)
            found.append(Found(path, reason or _skip_reason(entry), in_folder=True))
        elif is_dir and entry.name.startswith("."):
            found.append(Found(path, "a hidden folder (.git, .cache …), not read"))
        elif is_dir:
            found.extend(walk(path, root))
        else:
            found.append(Found(path, _skip_reason(entry), in_folder=True))
    return found


def discover(paths: Iterable[str | Path | Found]) -> list[Found]:
    """The paths given, folders walked; every path appears, read or skipped. `Found` records
    (a caller's own discovery, e.g. after refusing duplicate names) pass through as they are."""
    found: list[Found] = []
    for raw in paths:
        if isinstance(raw, Found):
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend(walk(path))
        else:
            found.append(Found(path))
    return found
