"""Ingest: plan files (text, HTML, PDF) → MeasureRow records.

Only `MeasureRow`, `IngestReport` and `IngestError` leave this package.
"""

from ingest.errors import IngestError
from ingest.pipeline import FileReport, IngestReport, ingest_paths
from ingest.record import MeasureRow, SourceRef

__all__ = ["FileReport", "IngestError", "IngestReport", "MeasureRow", "SourceRef", "ingest_paths"]
