"""Word's "single file web page" (.mht/.mhtml, often published under a .doc name): a MIME message
whose text/html part is the document. The stdlib `email` parser undoes the transfer encoding
(quoted-printable, base64) and the charset; the HTML reader does the rest. LibreOffice does not
read these (it shows the MIME source as text), so they do not go through it.
"""

from __future__ import annotations

import email
import email.policy
import re

from ingest.errors import IngestError

# Pages labelled Big5 are written by Windows in code page 950, a superset (e.g. 碁, 銹, ﹏)
_CHARSET_ALIASES = {"big5": "cp950", "x-x-big5": "cp950", "ms950": "cp950"}
_MIME_HEAD = re.compile(rb"^\s*(?:[\w-]+:[^\n]*\n)*?MIME-Version:\s*1\.0", re.I)


def looks_like_mhtml(data: bytes) -> bool:
    head = data[:2048]
    return bool(_MIME_HEAD.match(head)) and b"multipart/related" in head.lower()


def html_from_mhtml(file: str, data: bytes) -> str:
    """The first text/html part of a MIME web archive, decoded to text."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = (part.get_content_charset() or "utf-8").lower()
            charset = _CHARSET_ALIASES.get(charset, charset)
            try:
                return payload.decode(charset)
            except (LookupError, UnicodeDecodeError) as exc:  # unknown or wrong charset
                raise IngestError(file, f"web archive (.mht): its HTML part does not decode as {charset} ({exc})") from None
    raise IngestError(file, "web archive (.mht) without an HTML part")
