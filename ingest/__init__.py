"""Ingest: plan files (text, HTML, PDF, Word, ODF; .doc/.rtf through LibreOffice) → MeasureRow records.

Only `MeasureRow`, `IngestReport` and `IngestError` leave this package.
"""

from ingest.errors import IngestError
from ingest.pipeline import FileReport, IngestLimits, IngestReport, ingest_paths
from ingest.record import MeasureRow, SourceRef

__all__ = ["FileReport", "IngestError", "IngestLimits", "IngestReport", "MeasureRow", "SourceRef", "ingest_paths"]
