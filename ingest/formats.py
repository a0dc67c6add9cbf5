"""Which reader a file gets, by what its bytes are (magic numbers, package contents), not only its name.

A .doc saved as .docx, a .docx renamed .zip, an RTF named .doc, a UTF-16 .txt: each reaches the
reader that can read it. Files of kinds no reader takes are refused with a reason that names
the kind, and the report lists them as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.errors import UnsupportedFormat

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # MS Office 97-2003 (.doc .wps .xls .ppt), encrypted OOXML
ZIP_MAGIC = b"PK\x03\x04"
RTF_MAGIC = b"{\\rtf"
PDF_MAGIC = b"%PDF-"

TEXT_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".mht", ".mhtml")
OFFICE_SUFFIXES = (".doc", ".rtf", ".wps", ".dot")
READ_SUFFIXES = TEXT_SUFFIXES + (".pdf", ".docx", ".odt") + OFFICE_SUFFIXES

# Kinds a planner's folder often holds next to the plans, refused by name without being read.
KNOWN_OTHER = {
    ".xls": "an Excel spreadsheet", ".xlsx": "an Excel spreadsheet", ".xlsm": "an Excel spreadsheet",
    ".ods": "an ODF spreadsheet", ".csv": "a CSV table", ".ppt": "a PowerPoint presentation",
    ".pptx": "a PowerPoint presentation", ".odp": "an ODF presentation", ".jpg": "an image", ".jpeg": "an image",
    ".png": "an image", ".gif": "an image", ".tif": "an image", ".tiff": "an image", ".bmp": "an image",
    ".zip": "a zip archive (unpack it first)", ".rar": "a RAR archive (unpack it first)", ".7z": "a 7z archive (unpack it first)",
    ".exe": "a program", ".json": "a JSON file", ".xml": "an XML file", ".odg": "an ODF drawing",
    ".mp4": "a video", ".mp3": "an audio file", ".msg": "an Outlook message", ".eml": "an e-mail message",
}


@dataclass(frozen=True)
class Sniffed:
    """The format a file's bytes show: pdf, package (docx/odt, decided inside the zip), office, mhtml, text."""

    kind: str
    suffix: str


def unsupported_reason(suffix: str) -> str:
    what = KNOWN_OTHER.get(suffix) or f"a {suffix} file" if suffix else "a file without a suffix"
    return f"{what}, not a plan format this tool reads ({' '.join(READ_SUFFIXES)})"


def sniff(file: str, data: bytes, suffix: str, *, strict_suffix: bool = False) -> Sniffed:
    """The reader for `data`. `strict_suffix` (a file found in a folder): an unknown suffix is
    only read when the bytes show a format we read; text under an unknown suffix is skipped."""
    head = data[:8]
    if head.startswith(PDF_MAGIC):
        return Sniffed("pdf", suffix)
    if head.startswith(ZIP_MAGIC):
        return Sniffed("package", suffix)
    if head.startswith(OLE_MAGIC):
        if suffix in (".xls", ".ppt", ".msg"):
            raise UnsupportedFormat(file, unsupported_reason(suffix))
        return Sniffed("office", suffix if suffix in OFFICE_SUFFIXES else ".doc")
    if data.lstrip()[:5] == RTF_MAGIC:
        return Sniffed("office", ".rtf")
    from ingest.readers.mhtml import looks_like_mhtml

    if looks_like_mhtml(data):
        return Sniffed("mhtml", suffix)
    if suffix in KNOWN_OTHER or (strict_suffix and suffix not in READ_SUFFIXES):
        raise UnsupportedFormat(file, unsupported_reason(suffix))
    if suffix == ".pdf":
        return Sniffed("pdf", suffix)  # let the PDF reader say what is wrong with it
    if suffix in (".docx", ".odt"):
        from ingest.errors import IngestError

        raise IngestError(file, f"not a valid {suffix} file (it is not a zip package)")
    return Sniffed("text", suffix)


def utf16_encoding(data: bytes) -> str | None:
    """"utf-16" (BOM), "utf-16-le"/"utf-16-be" (NUL bytes on one side of each pair), or None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    # ASCII (newlines, digits, punctuation) in UTF-16 puts a NUL in every such pair, on one side only
    # (a CJK character may put a NUL on the other side, e.g. U+4E00, but far more rarely)
    if odd >= max(2, pairs // 20) and even * 8 <= odd:
        encoding = "utf-16-le"
    elif even >= max(2, pairs // 20) and odd * 8 <= even:
        encoding = "utf-16-be"
    else:
        return None
    end = len(sample) // 2 * 2
    try:
        text = sample[:end].decode(encoding)
    except UnicodeDecodeError:
        try:  # the sample may end inside a surrogate pair
            text = sample[: end - 2].decode(encoding)
        except UnicodeDecodeError:
            return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    return encoding if controls <= max(2, len(text) // 50) else None
