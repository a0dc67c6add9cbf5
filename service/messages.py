"""Messages in the reader's language: page messages in Traditional Chinese for the API's errors
and the ingest report (the API keeps its English message and error code; pages show these),
and the command line's advice (flags), kept to the command line.

Ingest warnings and errors carry a `code` and `values` beside their English `reason`: the page
renders the code in Chinese, the CLI adds the flag that fixes it (CLI_ADVICE), and an item
without a code is shown with a Chinese lead and its technical reason in parentheses.
"""

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
    ("provenance", re.compile(r"unknown value '(.*?)'"), "資料性質須為「機關公開計畫」或「虛構示範」，不能是「{0}」。"),
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
    ("files", re.compile(r"no file uploaded"), "請選擇要上傳的計畫檔案。"),
)

# Errors whose code alone says what a page should (the upload's): no field, no values.
_BY_CODE = {
    "unauthorized": "管理權杖錯誤或未填寫，檔案未上傳。",
    "too_large": "上傳的檔案合計超過大小上限，檔案未上傳。",
    "length_required": "上傳請求未註明大小（Content-Length），檔案未上傳。",
    "bad_upload": "上傳內容的格式有誤（檔案或欄位過多，或不是表單上傳），檔案未上傳。",
    "index_busy": "索引正由其他作業更新中，請稍後再試。",
}


def page_message(error: ApiError) -> str:
    """The Chinese sentence a page shows for an API error."""
    if error.code == "index_unavailable":
        from service.live import unavailable_page_text

        return unavailable_page_text(error.message)
    if error.code in _BY_CODE:
        return _BY_CODE[error.code]
    for field, pattern, template in _RULES:
        if field is not None and field != error.field:
            continue
        match = pattern.search(error.message)
        if match:
            return template.format(*match.groups())
    return "請求有誤，請檢查輸入內容。"


# -- provenance ---------------------------------------------------------------------------
PROVENANCE_LABELS = {"published": "機關公開計畫", "invented": "虛構示範"}


# -- the ingest report ----------------------------------------------------------------------
# code → the Chinese sentence, formatted with the item's `values`.
INGEST_TEXT = {
    "no_office": "找不到機關名稱（標題、法規名稱、發布單位、網頁標題、檔名都沒有）；可在上傳表單填寫「機關」後重新上傳。",
    "no_year": "找不到計畫年度（標題、發布日期、執行期程、檔名都沒有）；可在上傳表單填寫「年度」後重新上傳。",
    "no_measures": "找不到可辨識的措施：沒有措施表格，措施章節下也沒有編號項目。",
    "header_only_table": "表格只有標題列，沒有內容。",
    "same_plan_given": "與同批檔案中的 {kept} 是同一份計畫（機關、年度、標題相同），只保留 {kept}。",
    "file_too_large": "檔案 {size_mb} MB，超過每檔 {limit_mb} MB 的上限。",
    "empty_file": "檔案是空的。",
    "binary_file": "這是二進位檔，不是文字計畫。",
    "undecodable": "文字不是 UTF-8、UTF-16 或 Big5 編碼，無法讀取。",
    "not_regular_file": "不是一般檔案，未讀取。",
    "cannot_read": "無法讀取檔案。",
    "unsupported_upload": "不支援的檔案類型；可上傳的計畫格式：{suffixes}。",
    "same_upload_name": "與另一個上傳的檔案同名，未讀取。",
    "provenance_invalid": "資料夾的資料性質宣告（.plansearch-provenance）寫的是「{value}」，須為 {choices} 之一。",
    "provenance_unreadable": "資料夾的資料性質宣告（.plansearch-provenance）無法讀取。",
}

# code → what the command line adds: the flag that fixes it (never shown on a page).
CLI_ADVICE = {
    "no_office": "pass --office",
    "no_year": "pass --year",
    "file_too_large": "raise it with --max-file-mb",
}


def report_item_text(item: dict, kind: str = "warning") -> str:
    """A warning or error of the ingest report in Chinese: by its code, else a Chinese lead
    with the technical reason kept in parentheses (it names the page, the part, the library)."""
    template = INGEST_TEXT.get(item.get("code") or "")
    if template is not None:
        try:
            return template.format(**(item.get("values") or {}))
        except (KeyError, IndexError):
            pass
    lead = "無法讀取此檔案" if kind == "error" else "讀取時的提醒"
    return f"{lead}（{item.get('reason', '')}）"


def invented_mark(provenance: str) -> str:
    """What a line of the command line's text output adds for a row or plan of an invented plan."""
    return "  [虛構示範 invented]" if provenance == "invented" else ""


def cli_reason(item: dict) -> str:
    """A warning or error of the ingest report for the command line: the reason, and the flag
    that fixes it where there is one."""
    advice = CLI_ADVICE.get(item.get("code") or "")
    return f"{item['reason']}; {advice}" if advice else item["reason"]
