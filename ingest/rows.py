"""Blocks → draft rows. The steps live in modules named for them: `walk` (heading path and
chapters), `grid` (physical → logical table), `assemble` (one assembler for every table),
`ocr_repair` (tables whose rows are visual lines), `narrative` (numbered items), `fields`."""

from ingest.draft import BuildResult, DraftRow
from ingest.fields import is_deadline
from ingest.walk import build_rows

__all__ = ["BuildResult", "DraftRow", "build_rows", "is_deadline"]
