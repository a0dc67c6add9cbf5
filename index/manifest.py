"""The manifest of a build checks itself: its own digest, then every key.

`manifest.json` says what a build holds (files with size, sha256 and count; plans; counts);
`manifest.sha256` beside it holds the sha256 of manifest.json's exact bytes in `sha256sum`'s
format (`sha256sum -c manifest.sha256` checks it by hand). Loading refuses a manifest whose
bytes do not match that digest, and then one whose keys or values are not what a build writes
(the schema below, strict: no missing, extra or mistyped key), naming the file and the key.
A flipped bit anywhere in either file is refused; none loads (tests/test_index/test_manifest.py).
"""

from __future__ import annotations

import hashlib
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MANIFEST = "manifest.json"
DIGEST = "manifest.sha256"
_DIGEST_LINE = re.compile(rf"^([0-9a-f]{{64}})  {re.escape(MANIFEST)}\n$")

Count = Annotated[int, Field(ge=0)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[str, Field(min_length=1, max_length=1000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class FileRecord(_Strict):
    bytes: Count
    sha256: Sha256
    count: Count | None = None


class SourceRecord(_Strict):
    source_file: Name
    plan_id: Name
    sha256: Name
    office: str
    year_roc: int | None
    title: str
    rows: Count
    strategy_rows: Count
    copy_: Annotated[Name | None, Field(alias="copy")]  # `copy` would shadow BaseModel.copy
    provenance: Literal["published", "invented"]


class EmbedderRecord(_Strict):
    id: Name
    dim: Annotated[int, Field(gt=0)]


class Counts(_Strict):
    rows: Count
    vectors: Count
    measure_rows: Count
    strategy_rows: Count
    plans: Count


class LexicalRecord(_Strict):
    library: Name
    method: Name
    measure_weight: Annotated[int, Field(gt=0)]


class ManifestSchema(_Strict):
    format_version: int
    embedder: EmbedderRecord
    corpus_hash: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]
    counts: Counts
    dense_index: Name
    dense_storage: Literal["fp16", "float32"]
    lexical: LexicalRecord
    built_at: Annotated[str, Field(pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")]
    build_seconds: Annotated[float, Field(ge=0)]
    embedded_rows: Count
    sources: list[SourceRecord]
    files: dict[Name, FileRecord]


REQUIRED_FILES = ("rows.jsonl", "vectors.npy", "unit_rows.npy", "dense.faiss")


class ManifestInvalid(ValueError):
    """What is wrong with a manifest, in one line naming the file and the key."""


def digest_line(raw: bytes) -> bytes:
    """The content of manifest.sha256 for manifest.json's bytes."""
    return f"{hashlib.sha256(raw).hexdigest()}  {MANIFEST}\n".encode("ascii")


def check_digest(raw: bytes, line: bytes) -> None:
    """Refuse manifest bytes that do not match the digest file's line."""
    match = _DIGEST_LINE.match(line.decode("ascii", "replace"))
    if match is None:
        raise ManifestInvalid(f"{DIGEST} does not hold a sha256 line for {MANIFEST} ({len(line)} bytes)")
    if match.group(1) != hashlib.sha256(raw).hexdigest():
        raise ManifestInvalid(f"{MANIFEST} does not match its digest in {DIGEST} (changed after the build)")


def _where(location: tuple) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def validate(raw: bytes) -> None:
    """Every key of the manifest is there, of its type and within its range; the plan list,
    counts and file list agree. Raises ManifestInvalid naming the first key that is not."""
    try:
        manifest = ManifestSchema.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ManifestInvalid(f"{MANIFEST}: key {_where(first['loc'])}: {first['msg']}"
                              + (f" ({len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else "")) from None
    for name in REQUIRED_FILES:
        if name not in manifest.files:
            raise ManifestInvalid(f"{MANIFEST}: key files: lacks {name}")
    if manifest.counts.plans != len(manifest.sources):
        raise ManifestInvalid(f"{MANIFEST}: key counts.plans: {manifest.counts.plans}, but sources lists {len(manifest.sources)} plans")
    if manifest.files["rows.jsonl"].count != manifest.counts.rows:
        raise ManifestInvalid(f"{MANIFEST}: key files.rows.jsonl.count: {manifest.files['rows.jsonl'].count}, "
                              f"but counts.rows is {manifest.counts.rows}")
    for number, source in enumerate(manifest.sources):
        if source.copy_ is not None and source.copy_ not in manifest.files:
            raise ManifestInvalid(f"{MANIFEST}: key sources[{number}].copy: {source.copy_} is not among files")
