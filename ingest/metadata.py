"""Plan metadata: office, year (民國 and AD), title, parent agency."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.blocks import Document, Heading, Paragraph
from ingest.markers import parse_marker
from ingest.normalize import squash_ws

_TITLE_WORDS = ("計畫", "計劃", "方案")
_YEAR_RE = re.compile(r"(\d{2,4})\s*年度?")
_OFFICE_SUFFIX = ("地政事務所", "戶政事務所", "區公所", "鄉公所", "鎮公所", "市公所", "分署", "分局", "事務所",
                  "市政府", "縣政府", "政府", "公所", "處", "局", "署", "部", "會", "院", "所", "館", "中心")
_PARENT_RE = re.compile(r"^((?:[\u4e00-\u9fff]{1,3}[市縣])|(?:.+?部.+?署)|(?:.+?部))(.+)$")


@dataclass(frozen=True)
class PlanMeta:
    office: str
    parent_agency: str | None
    year_roc: int | None
    year: int | None
    title: str


def _candidate_titles(doc: Document) -> list[tuple[int, str]]:
    """Title lines: near the top, unnumbered, short, naming a plan and a year."""
    out = []
    for i, block in enumerate(doc.blocks[:12]):
        if isinstance(block, (Heading, Paragraph)):
            text = squash_ws(block.text)
            if parse_marker(text) or not any(w in text for w in _TITLE_WORDS) or len(text) > 60:
                continue
            if _YEAR_RE.search(text):
                out.append((i, text))
    return out


def _office_from_title(title: str) -> str:
    """The text before the year, when it reads as an office name (no quotes or punctuation)."""
    match = _YEAR_RE.search(title)
    office = squash_ws(title[: match.start()]) if match else ""
    if not office or re.search(r"[「」『』，,。：:；;（）()]", office) or not re.search(r"[\u4e00-\u9fff]{2}", office):
        return ""
    return office


def _years(value: int) -> tuple[int, int]:
    return (value - 1911, value) if value > 1911 else (value, value + 1911)


def parent_agency_of(office: str) -> str | None:
    """The agency above an office: 基隆市安樂地政事務所 → 基隆市政府, 法務部行政執行署臺北分署 →
    法務部行政執行署. A city or county government itself has none."""
    if not office or office.endswith(("市政府", "縣政府")):
        return None
    county = re.match(r"^([\u4e00-\u9fff]{1,3}[市縣])(?!政府)(.+)$", office)
    if county and not office.endswith(("部", "署")) and any(office.endswith(s) for s in ("所", "處", "局", "館", "中心", "公所")):
        return f"{county.group(1)}政府"
    ministry = re.match(r"^(.+?(?:部|委員會).*?署)(.+分署)$", office)
    if ministry:
        return ministry.group(1)
    ministry = re.match(r"^(.+?部)(.+(?:署|局))$", office)
    if ministry:
        return ministry.group(1)
    return None


def extract_metadata(doc: Document, *, office: str | None = None, year: int | None = None) -> PlanMeta:
    """Read office, year and title from the plan's title line; overrides win."""
    titles = _candidate_titles(doc)
    best = max(titles, key=lambda t: (len(_office_from_title(t[1])) > 0, -t[0]), default=None)
    title = best[1] if best else ""
    found_office = _office_from_title(title) if title else ""
    year_roc = ad = None
    if year is not None:
        year_roc, ad = _years(year)
    elif title:
        match = _YEAR_RE.search(title)
        if match:
            year_roc, ad = _years(int(match.group(1)))
    final_office = office or found_office
    return PlanMeta(final_office, parent_agency_of(final_office), year_roc, ad, title)
