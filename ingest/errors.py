"""Domain errors of ingest: each names the file, the place and what was wrong."""

from __future__ import annotations


class IngestError(Exception):
    """A file could not be ingested.

    `page` is set for PDFs, `line` for text and HTML, when the problem has a place. `code` and
    `values` say the same as `reason` for a reader in another language (the pages render them in
    Chinese, the CLI adds its own advice); `reason` stays the English message.
    """

    def __init__(self, file: str, reason: str, *, page: int | None = None, line: int | None = None,
                 code: str | None = None, values: dict | None = None):
        self.file = file
        self.reason = reason
        self.page = page
        self.line = line
        self.code = code
        self.values = dict(values or {})
        super().__init__(self.message)

    @property
    def where(self) -> str:
        if self.page is not None:
            return f"page {self.page}"
        if self.line is not None:
            return f"line {self.line}"
        return ""

    @property
    def message(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.file}{where}: {self.reason}"

    def as_dict(self) -> dict:
        data = {"file": self.file, "page": self.page, "line": self.line, "reason": self.reason}
        if self.code:
            data.update(code=self.code, values=self.values)
        return data


class UnsupportedFormat(IngestError):
    """A file of a kind we do not read (a spreadsheet, an image): listed in the report as skipped, with this reason."""
