"""Every value a person sends — query, k, page, sort, mode, years, filters, row ids — checked once,
here, for the API, the pages and the CLI alike.

A refused value raises `InvalidParameter` naming the field, with the English sentence the API
and the CLI print and the Chinese one the pages show. Limits live in `Limits` (from Settings and
the constants below); /openapi.json is written from the same values (service.docs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.search import MODES, Filters, Searcher
from ingest.record import PROVENANCES

SORTS = {"relevance": "相關度", "year": "年度（新到舊）", "office": "機關"}
MAX_PAGE = 100
YEAR_MIN, YEAR_MAX = 1, 3000  # 民國 or AD
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ROW_ID = re.compile(r"^[0-9a-f]{16}$")


class InvalidParameter(ValueError):
    """A request value refused: `field` names it, `message` says why in English (API, CLI),
    `text` in Traditional Chinese (pages)."""

    def __init__(self, field: str, message: str, text: str):
        self.field, self.message, self.text = field, message, text
        super().__init__(message)


@dataclass(frozen=True)
class Limits:
    max_query_chars: int = 200
    default_k: int = 10
    max_k: int = 100
    max_page: int = MAX_PAGE

    @classmethod
    def from_settings(cls, settings) -> Limits:
        return cls(settings.max_query_chars, settings.default_k, settings.max_k)


def query(value: str | None, limits: Limits, field: str = "q") -> str:
    """The query with control characters blanked and ends stripped; empty or over-long refused."""
    text = _CONTROL.sub(" ", value or "").strip()
    if not text:
        raise InvalidParameter(field, f"{field}: the query is empty", "請輸入搜尋文字。")
    if len(text) > limits.max_query_chars:
        raise InvalidParameter(field, f"{field}: the query has {len(text)} characters; at most {limits.max_query_chars} are allowed",
                               f"查詢文字過長（{len(text)} 字），最多 {limits.max_query_chars} 字。")
    return text


def _whole(value: int | str | None, field: str, text: str) -> int | None:
    """An int from an int or a string of digits (a form field); anything else refused."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
        return int(value)
    raise InvalidParameter(field, f"{field}: {value!r} is not a whole number", text)


def k(value: int | str | None, limits: Limits, field: str = "k") -> int:
    text = f"每頁筆數須介於 1 到 {limits.max_k} 之間。"
    number = _whole(value, field, text)
    number = limits.default_k if number is None else number
    if not 1 <= number <= limits.max_k:
        raise InvalidParameter(field, f"{field}: must be between 1 and {limits.max_k}, got {number}", text)
    return number


def page(value: int | str | None, limits: Limits) -> int:
    text = f"頁碼須為 1 到 {limits.max_page} 的整數。"
    number = _whole(value, "page", text)
    number = 1 if number is None else number
    if not 1 <= number <= limits.max_page:
        raise InvalidParameter("page", f"page: must be between 1 and {limits.max_page}, got {number}", text)
    return number


def sort(value: str | None) -> str:
    value = value or "relevance"
    if value not in SORTS:
        raise InvalidParameter("sort", f"sort: unknown sort {value!r}; use one of {', '.join(SORTS)}", f"不支援的排序方式「{value}」。")
    return value


def mode(value: str | None) -> str:
    value = value or "hybrid"
    if value not in MODES:
        raise InvalidParameter("mode", f"mode: unknown mode {value!r}; use one of {', '.join(MODES)}", "不支援的檢索方式。")
    return value


def year(value: int | str | None, field: str) -> int | None:
    text = f"「{value}」不是有效的年度。"
    number = _whole(value, field, text)
    if number is not None and not YEAR_MIN <= number <= YEAR_MAX:
        raise InvalidParameter(field, f"{field}: {number} is not a year (民國 or AD, {YEAR_MIN}–{YEAR_MAX})", text)
    return number


def year_range(year_from: int | str | None, year_to: int | str | None) -> tuple[int | None, int | None]:
    start, end = year(year_from, "year_from"), year(year_to, "year_to")
    if start is not None and end is not None and start > end:
        raise InvalidParameter("year_from", "year_from: must not be after year_to", "起始年度不可晚於結束年度。")
    return start, end


def row_id(value: str, field: str = "row_id") -> str:
    if not _ROW_ID.match(value or ""):
        raise InvalidParameter(field, f"{field}: {value!r} is not a row id (16 hex characters)", f"「{value}」不是措施編號。")
    return value


def row_ids(value: str | list[str] | None, field: str = "ids") -> list[str]:
    """Ids from `a,b,c` (or a list of such), each checked; duplicates dropped, order kept."""
    parts = value if isinstance(value, list) else [value or ""]
    found: list[str] = []
    for part in ",".join(parts).replace(" ", ",").split(","):
        part = part.strip().lower()
        if part and row_id(part, field) not in found:
            found.append(part)
    if not found:
        raise InvalidParameter(field, f"{field}: no row id in the list (16 hex characters each)", "請先選擇措施。")
    return found


def _known(values: list[str] | tuple[str, ...] | None, known, field: str, what: str, what_zh: str) -> tuple[str, ...]:
    chosen = tuple(v for v in (values or ()) if v)
    unknown = [v for v in chosen if v not in known]
    if unknown:
        raise InvalidParameter(field, f"{field}: unknown {what} {unknown[0]!r}", f"索引中沒有{what_zh}「{unknown[0]}」。")
    return chosen


def office_types(searcher: Searcher, values) -> tuple[str, ...]:
    return _known(values, searcher.office_types, "office_type", "office type", "機關類型")


def filters(searcher: Searcher, *, office=None, office_type=None, parent_agency=None, year_from=None, year_to=None,
            section: str | None = None, provenance=None) -> Filters:
    """Filters from request values; values no row has are refused, so a typo is not an empty page."""
    offices = _known(office, searcher.offices, "office", "office", "機關")
    parents = _known(parent_agency, searcher.parent_agencies, "parent_agency", "agency", "上級機關")
    start, end = year_range(year_from, year_to)
    section = (section or "").strip() or None
    if section and not any(section in s for r in searcher.rows for s in r.section):
        raise InvalidParameter("section", f"section: no row has a section containing {section!r}", f"沒有章節包含「{section}」。")
    return Filters(offices=offices, parent_agencies=parents, year_from=start, year_to=end, section=section,
                   office_types=office_types(searcher, office_type), provenance=provenances(provenance))


def provenances(values) -> tuple[str, ...]:
    """published (real plans) and/or invented (demo plans)."""
    chosen = tuple(v for v in (values or []) if v)
    unknown = [v for v in chosen if v not in PROVENANCES]
    if unknown:
        raise InvalidParameter("provenance", f"provenance: unknown value {unknown[0]!r}; use one of {', '.join(PROVENANCES)}",
                               f"資料性質只能是 {'、'.join(PROVENANCES)}。")
    return chosen
