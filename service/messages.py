"""Page messages in Traditional Chinese for the API's errors (the API keeps its English message
and error code; pages show these)."""

from __future__ import annotations

import re

from service.errors import ApiError

_RULES: tuple[tuple[str | None, re.Pattern, str], ...] = (
    ("q", re.compile(r"query is empty"), "請輸入搜尋文字。"),
    ("q", re.compile(r"query has (\d+) characters; at most (\d+)"), "查詢文字過長（{0} 字），最多 {1} 字。"),
    ("k", re.compile(r"between 1 and (\d+)"), "每頁筆數須介於 1 到 {0} 之間。"),
    ("office", re.compile(r"unknown office '(.*)'"), "索引中沒有機關「{0}」。"),
    ("office_type", re.compile(r"unknown office type '(.*)'"), "索引中沒有機關類型「{0}」。"),
    ("parent_agency", re.compile(r"unknown agency '(.*)'"), "索引中沒有上級機關「{0}」。"),
    ("year_from", re.compile(r"must not be after"), "起始年度不可晚於結束年度。"),
    (None, re.compile(r"(\S+) is not a year"), "「{0}」不是有效的年度。"),
    ("section", re.compile(r"section containing '(.*)'"), "沒有章節包含「{0}」。"),
    ("mode", re.compile(r"unknown mode"), "不支援的檢索方式。"),
    ("format", re.compile(r"unknown format '(.*)'"), "不支援的匯出格式「{0}」，請選擇 odt、docx、csv 或 xlsx。"),
    ("ids", re.compile(r"no row id"), "請先選擇要匯出的措施。"),
    ("ids", re.compile(r"no row with id '(.*?)'"), "找不到措施 {0}（索引可能已更新）。"),
    (None, re.compile(r"no plan with id '(.*)'"), "找不到計畫 {0}。"),
    ("sort", re.compile(r"unknown sort"), "不支援的排序方式。"),
    ("page", re.compile(r"page"), "頁碼須為正整數。"),
)


def page_message(error: ApiError) -> str:
    """The Chinese sentence a page shows for an API error."""
    if error.code == "index_unavailable":
        from service.live import unavailable_page_text

        return unavailable_page_text(error.message)
    for field, pattern, template in _RULES:
        if field is not None and field != error.field:
            continue
        match = pattern.search(error.message)
        if match:
            return template.format(*match.groups())
    return "請求有誤，請檢查輸入內容。"
