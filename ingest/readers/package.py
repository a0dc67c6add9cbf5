"""Zip packages (.docx, .odt): members read with a bound on what they inflate to, XML parsed safely.

A .docx of 40 KB can claim gigabytes once inflated (a zip bomb); the bound counts the bytes
actually inflated, not what the zip directory claims. lxml parses with entities, DTDs and the
network off, so an XML bomb or an external entity cannot expand either.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

from ingest.errors import IngestError, UnsupportedFormat

ZIP_MAGIC = b"PK\x03\x04"
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_ODF_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": "an ODF spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "an ODF presentation (.odp)",
    "application/vnd.oasis.opendocument.graphics": "an ODF drawing (.odg)",
}


@dataclass(frozen=True)
class PackageLimits:
    """How much a package may inflate to: per member, in all, and how many members it may hold."""

    max_member_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 512 * 1024 * 1024
    max_members: int = 10_000


class Package:
    """An opened zip package whose members are read within `PackageLimits`."""

    def __init__(self, file: str, data: bytes, limits: PackageLimits = PackageLimits()):
        self.file = file
        self.limits = limits
        self._read = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            names = self._zip.namelist()
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise IngestError(file, f"damaged zip package: {exc}") from None
        if len(names) > limits.max_members:
            raise IngestError(file, f"zip package holds {len(names)} members, more than the {limits.max_members} allowed")
        self.names = set(names)

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """A member's bytes; stops inflating as soon as a limit is passed."""
        if name not in self.names:
            raise IngestError(self.file, f"package has no {name}")
        cap = min(self.limits.max_member_bytes, self.limits.max_total_bytes - self._read)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(name) as member:
                while chunk := member.read(1 << 20):
                    size += len(chunk)
                    if size > cap:
                        raise IngestError(self.file, f"{name} inflates past {cap // (1024 * 1024)} MB: refused as a zip bomb")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            # RuntimeError: an encrypted member; NotImplementedError: an unknown compression method
            raise IngestError(self.file, f"cannot unpack {name}: {exc}") from None
        self._read += size
        return b"".join(chunks)

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.file, self.read(name), name)


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)


def parse_xml(file: str, data: bytes, part: str) -> etree._Element:
    """Parse one XML part; malformed XML names the part and the line."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise IngestError(file, f"malformed XML in {part}: {exc.msg}", line=exc.lineno) from None
    if root is None:
        raise IngestError(file, f"{part} is empty")
    return root


def package_kind(file: str, data: bytes) -> str:
    """"docx" or "odt" for a zip package by what it holds; anything else is refused by name."""
    package = Package(file, data)
    if package.has("mimetype"):
        mimetype = package.read("mimetype").decode("ascii", "replace").strip()
        if mimetype.startswith(ODT_MIMETYPE):
            return "odt"
        raise UnsupportedFormat(file, f"{_ODF_KINDS.get(mimetype, f'an ODF package of type {mimetype}')}, not a text document")
    if package.has("word/document.xml") or (package.has("[Content_Types].xml") and any(n.startswith("word/") for n in package.names)):
        return "docx"
    if any(n.startswith("xl/") for n in package.names):
        raise UnsupportedFormat(file, "an Excel workbook (.xlsx), not a text document")
    if any(n.startswith("ppt/") for n in package.names):
        raise UnsupportedFormat(file, "a PowerPoint presentation (.pptx), not a text document")
    raise UnsupportedFormat(file, "a zip archive, not a Word (.docx) or ODF (.odt) document; unpack it first")
