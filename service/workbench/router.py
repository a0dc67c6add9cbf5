"""The workbench over HTTP: JSON routes under /api and server-rendered pages (no JavaScript needed).

Every route is a thin layer over the library calls in this package; library errors become the
API's one JSON error shape, and the pages' messages are in Traditional Chinese.
"""

from __future__ import annotations

import mimetypes
from pathlib import PurePath
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from index.errors import IndexDamaged, UnknownPlan
from index.search import Filters, Searcher
from index.store import read_source_copy
from ingest.errors import IngestError
from ingest.office_type import OFFICE_TYPES
from service import validation
from service.api import OfficeParam, YearFrom, YearTo, get_limits, get_searcher
from service.errors import ApiError
from service.messages import page_message
from service.search_view import run_search, search_request
from service.templating import render
from service.validation import InvalidParameter, Limits
from service.workbench import draft
from service.workbench.compare import COMPARISON_COLUMNS, compare_plans, comparison_payload, comparison_table
from service.workbench.export import FORMATS, TABLE_FORMATS, UnknownFormat, export_filename, export_rows, export_table
from service.workbench.original import has_line_view, numbered_lines
from service.workbench.payloads import row_ref
from service.workbench.peers import peer_measures, peers_payload
from service.workbench.plans import (
    PLAN_SORTS,
    filter_plans,
    find_plan,
    list_plans,
    original_path,
    plan_rows,
    rows_by_section,
)
from service.workbench.trend import topic_trend, trend_svg

api = APIRouter(prefix="/api", tags=["workbench"])
pages = APIRouter(include_in_schema=False)

TypeParam = Annotated[list[str] | None, Query(description="Only offices of these types (repeatable), e.g. 戶政事務所.")]


# -- shared steps ---------------------------------------------------------------------------
def _plan_or_404(searcher: Searcher, plan_id: str):
    try:
        return find_plan(searcher, plan_id)
    except UnknownPlan as exc:
        raise ApiError(404, "not_found", str(exc), field="plan") from None


def export_ids(searcher: Searcher, limits: Limits, ids: str | None, q: str | None, k: int | None, **filters) -> list[str]:
    """The rows to export: the ids given, or the first k hits of the search q (as /api/search
    ranks them)."""
    if ids:
        return validation.row_ids(ids)[:draft.MAX_ROWS]
    if q:
        view = run_search(searcher, search_request(searcher, limits, q=q, k=k, **filters))
        return [h.row_id for h in view.hits]
    raise InvalidParameter("ids", "ids: give ids=ID,ID or a query q", "請先選擇要匯出的措施。")


def _export_response(searcher: Searcher, row_ids: list[str], fmt: str, title: str, notes: dict[str, str] | None = None) -> Response:
    if fmt not in FORMATS:
        raise ApiError(422, "validation_error", str(UnknownFormat(fmt)), field="format")
    try:
        rows = draft.resolve(searcher, row_ids)
    except draft.UnknownRows as exc:
        raise ApiError(404, "not_found", str(exc), field="ids") from None
    name = export_filename(fmt)
    return Response(export_rows(rows, fmt, title, notes=notes), media_type=FORMATS[fmt].media_type,
                    headers={"Content-Disposition": f"attachment; filename={name}"})


def _draft_ids(request: Request) -> list[str]:
    return draft.parse_ids(request.cookies.get(draft.COOKIE))


def _safe_next(value: str | None, fallback: str = "/draft") -> str:
    """Only local paths: `next` must not send the browser to another site."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return fallback


def _page(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    return render(request, name, {"error": None, **context}, status)


def _page_searcher(request: Request) -> Searcher:
    searcher = getattr(request.app.state, "searcher", None)
    if searcher is None:
        raise ApiError(503, "index_unavailable", "the index is not loaded")
    return searcher


# -- API ------------------------------------------------------------------------------------
@api.get("/export", summary="The rows (ids, or a search's hits) as .odt, .docx, .csv or .xlsx")
def export_api(ids: Annotated[str | None, Query(description="Row ids, comma-separated.")] = None,
               q: Annotated[str | None, Query(description="Export this search's hits instead of ids.")] = None,
               k: Annotated[int | None, Query(description="Hits to export with q (1..max_k).")] = None,
               office: OfficeParam = None, year_from: YearFrom = None, year_to: YearTo = None, office_type: TypeParam = None,
               format: Annotated[str, Query(description="odt, docx, csv or xlsx.")] = "odt",
               searcher: Searcher = Depends(get_searcher), limits: Limits = Depends(get_limits)) -> Response:
    row_ids = export_ids(searcher, limits, ids, q, k, office=office, office_type=office_type, year_from=year_from, year_to=year_to)
    return _export_response(searcher, row_ids, format, f"參考措施：{q}" if q and not ids else "參考措施")


@api.get("/plans", summary="Every indexed plan: office, office type, year, title, rows, format, date indexed")
def plans_api(office_type: TypeParam = None,
              year: Annotated[list[int] | None, Query(description="Plan years (民國 or AD, repeatable).")] = None,
              q: Annotated[str | None, Query(description="Words in the office or title.")] = None,
              sort: Annotated[str, Query(description=f"One of {', '.join(PLAN_SORTS)}.")] = "office",
              desc: Annotated[bool, Query(description="Descending order.")] = False,
              searcher: Searcher = Depends(get_searcher)) -> dict:
    if sort not in PLAN_SORTS:
        raise ApiError(422, "validation_error", f"sort: unknown sort {sort!r}; use one of {', '.join(PLAN_SORTS)}", field="sort")
    plans = filter_plans(list_plans(searcher), office_types=validation.office_types(searcher, office_type),
                         years=tuple(validation.year(y, "year") for y in year or ()),
                         text=(q or "").strip(), sort=sort, descending=desc)
    return {"plans": [p.to_dict() for p in plans], "total": len(plans)}


@api.get("/plans/{plan_id}", summary="One plan: its metadata and its rows by section")
def plan_api(plan_id: str, searcher: Searcher = Depends(get_searcher)) -> dict:
    plan = _plan_or_404(searcher, plan_id)
    rows = plan_rows(searcher, plan_id, kinds=("measure", "strategy"))
    return {"plan": plan.to_dict(), "original_url": f"/plans/{plan_id}/original",
            "sections": [{"section": label, "rows": [row_ref(r) | {"kind": r.kind} for r in group]}
                         for label, group in rows_by_section(rows)]}


@api.get("/compare", summary="Two plans' rows aligned by meaning: kept, reworded, only in A, only in B")
def compare_api(a: Annotated[str, Query(description="Plan id A (e.g. the earlier year).")],
                b: Annotated[str, Query(description="Plan id B.")],
                searcher: Searcher = Depends(get_searcher)) -> dict:
    _plan_or_404(searcher, a)
    _plan_or_404(searcher, b)
    return comparison_payload(compare_plans(searcher, a, b))


@api.get("/compare/export", summary="Two plans' comparison as .csv or .xlsx (a pair a line, with the word differences)")
def compare_export_api(a: Annotated[str, Query(description="Plan id A.")], b: Annotated[str, Query(description="Plan id B.")],
                       format: Annotated[str, Query(description="csv or xlsx.")] = "xlsx",
                       searcher: Searcher = Depends(get_searcher)) -> Response:
    if format not in TABLE_FORMATS:
        raise InvalidParameter("format", f"format: unknown format {format!r}; use one of {', '.join(TABLE_FORMATS)}",
                               "比較結果可下載 CSV 或 XLSX。")
    comparison = compare_plans(searcher, _plan_or_404(searcher, a).plan_id, _plan_or_404(searcher, b).plan_id)
    data = export_table(COMPARISON_COLUMNS, comparison_table(comparison), format, "計畫比較")
    name = f"plansearch-compare-{a}-{b}.{format}"
    return Response(data, media_type=FORMATS[format].media_type, headers={"Content-Disposition": f"attachment; filename={name}"})


@api.get("/trend", summary="Per plan year, how many offices' plans state the topic, with their rows")
def trend_api(q: Annotated[str | None, Query(description="Topic, e.g. 電話禮貌測試.")] = None,
              office_type: TypeParam = None,
              searcher: Searcher = Depends(get_searcher), limits: Limits = Depends(get_limits)) -> dict:
    text = validation.query(q, limits)
    return topic_trend(searcher, text, Filters(office_types=validation.office_types(searcher, office_type))).to_dict()


@api.get("/peers", summary="Measures in several peer plans (same office type) with no counterpart in this plan")
def peers_api(plan: Annotated[str, Query(description="Plan id.")],
              min_offices: Annotated[int, Query(ge=1, le=20, description="Least number of peer offices per measure.")] = 2,
              searcher: Searcher = Depends(get_searcher)) -> dict:
    _plan_or_404(searcher, plan)
    return peers_payload(peer_measures(searcher, plan, min_offices=min_offices))


# -- pages ----------------------------------------------------------------------------------
def _error_page(request: Request, name: str, context: dict, error: ApiError | InvalidParameter) -> HTMLResponse:
    if isinstance(error, InvalidParameter):
        return _page(request, name, {**context, "error": error.text}, status=422)
    return _page(request, name, {**context, "error": page_message(error)}, status=error.status)


@pages.get("/plans", response_class=HTMLResponse)
def plans_page(request: Request, office_type: Annotated[list[str] | None, Query()] = None,
               year: Annotated[str | None, Query()] = None, q: Annotated[str | None, Query()] = None,
               sort: Annotated[str, Query()] = "office", desc: Annotated[bool, Query()] = False):
    context = {"plans": [], "all_types": [], "all_years": [], "office_type": office_type or [], "year": year or "",
               "q": q or "", "sort": sort, "desc": desc, "sorts": PLAN_SORTS}
    try:
        searcher = _page_searcher(request)
        everything = list_plans(searcher)
        context["all_types"] = sorted({p.office_type for p in everything}, key=OFFICE_TYPES.index)
        context["all_years"] = sorted({p.year_roc for p in everything if p.year_roc}, reverse=True)
        chosen_year = validation.year(year, "year")
        if sort not in PLAN_SORTS:
            raise InvalidParameter("sort", f"sort: unknown sort {sort!r}", "不支援的排序方式。")
        context["plans"] = filter_plans(everything, office_types=validation.office_types(searcher, office_type),
                                        years=(chosen_year,) if chosen_year else (), text=(q or "").strip(), sort=sort,
                                        descending=desc)
    except (ApiError, InvalidParameter) as exc:
        return _error_page(request, "plans.html", context, exc)
    return _page(request, "plans.html", context)


@pages.get("/plans/{plan_id}", response_class=HTMLResponse)
def plan_page(request: Request, plan_id: str):
    try:
        searcher = _page_searcher(request)
        plan = _plan_or_404(searcher, plan_id)
    except ApiError as exc:
        return _error_page(request, "plan.html", {"plan": None, "sections": []}, exc)
    rows = plan_rows(searcher, plan_id, kinds=("measure", "strategy"))
    has_original = original_path(searcher, plan) is not None
    others = [p for p in list_plans(searcher) if p.office == plan.office and p.plan_id != plan_id]
    return _page(request, "plan.html", {"plan": plan, "sections": rows_by_section(rows), "has_original": has_original,
                                        "same_office": others, "draft_ids": _draft_ids(request)})


@pages.get("/plans/{plan_id}/original")
def original_file(request: Request, plan_id: str, row: Annotated[str | None, Query()] = None,
                  raw: Annotated[bool, Query()] = False):
    """The index's copy of the source file. Text and HTML plans open as numbered lines with the
    cited row's lines marked (`?row=ID#L71`); `?raw=true` (and every other format) is the file
    itself, HTML originals sandboxed (no scripts, own origin)."""
    searcher = getattr(request.app.state, "searcher", None)
    if searcher is None:
        raise HTTPException(503, "索引尚未載入。")
    try:
        plan = find_plan(searcher, plan_id)
    except UnknownPlan:
        raise HTTPException(404, f"找不到計畫 {plan_id}。") from None
    try:  # read whole and checked: a copy truncated or deleted on disk is refused, never served cut short
        data = read_source_copy(searcher.index.path, searcher.index.manifest, plan.source_file)
    except IndexDamaged:
        raise HTTPException(503, f"{plan.source_file} 的原始檔已損壞或被移除，暫時無法開啟；請聯絡系統管理者重建索引。") from None
    if data is None:
        raise HTTPException(404, f"索引沒有保存 {plan.source_file} 的原始檔。")
    path = PurePath(plan.source_file)
    if has_line_view(path) and not raw:
        cited = searcher.row(row) if row else None
        cited = cited if cited is not None and cited.plan_id == plan_id else None
        try:
            lines = numbered_lines(path, data, cited)
        except IngestError as exc:
            raise HTTPException(404, f"無法讀取 {plan.source_file}：{exc.reason}") from None
        return _page(request, "original.html", {"plan": plan, "lines": lines, "cited": cited})
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if media.startswith("text/") or path.suffix.lower() in (".md", ".txt"):
        media = ("text/html" if path.suffix.lower() in (".html", ".htm") else "text/plain") + "; charset=utf-8"
    headers = {"Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
               "Content-Disposition": f"inline; filename*=UTF-8''{quote(path.name)}"}
    return Response(data, media_type=media, headers=headers)


def _plan_choices(searcher: Searcher | None) -> list:
    return list_plans(searcher) if searcher is not None else []


@pages.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, a: Annotated[str | None, Query()] = None, b: Annotated[str | None, Query()] = None):
    context = {"a": a or "", "b": b or "", "comparison": None, "choices": []}
    try:
        searcher = _page_searcher(request)
        context["choices"] = _plan_choices(searcher)
        if a and b:
            _plan_or_404(searcher, a)
            _plan_or_404(searcher, b)
            context["comparison"] = compare_plans(searcher, a, b)
        elif a or b:
            raise ApiError(422, "validation_error", "choose two plans", field="plan")
    except ApiError as exc:
        message = "請選擇兩份計畫。" if exc.message == "choose two plans" else page_message(exc)
        return _page(request, "compare.html", {**context, "error": message}, status=exc.status)
    return _page(request, "compare.html", context)


@pages.get("/trend", response_class=HTMLResponse)
def trend_page(request: Request, q: Annotated[str | None, Query()] = None,
               office_type: Annotated[list[str] | None, Query()] = None):
    settings = request.app.state.settings
    context = {"q": q or "", "trend": None, "chart": None, "office_type": office_type or [], "types": [],
               "max_chars": settings.max_query_chars}
    try:
        searcher = _page_searcher(request)
        context["types"] = sorted(searcher.office_types, key=OFFICE_TYPES.index)
        if q is not None:
            text = validation.query(q, Limits.from_settings(settings))
            trend = topic_trend(searcher, text, Filters(office_types=validation.office_types(searcher, office_type)))
            context.update(trend=trend, chart=trend_svg(trend), rows={rid: searcher.row(rid) for p in trend.points
                                                                   for o in p.offices for rid in o.row_ids})
    except (ApiError, InvalidParameter) as exc:
        return _error_page(request, "trend.html", context, exc)
    return _page(request, "trend.html", context)


@pages.get("/peers", response_class=HTMLResponse)
def peers_page(request: Request, plan: Annotated[str | None, Query()] = None):
    context = {"plan_id": plan or "", "report": None, "choices": []}
    try:
        searcher = _page_searcher(request)
        context["choices"] = _plan_choices(searcher)
        if plan:
            _plan_or_404(searcher, plan)
            context["report"] = peer_measures(searcher, plan)
    except ApiError as exc:
        return _error_page(request, "peers.html", context, exc)
    return _page(request, "peers.html", context)


# -- the draft (cookies: the ids in order, a note per row) ---------------------------------------
def _notes(request: Request) -> dict[str, str]:
    return draft.decode_notes(request.cookies.get(draft.NOTES_COOKIE))


@pages.get("/draft", response_class=HTMLResponse)
def draft_page(request: Request, ids: Annotated[str | None, Query()] = None, group: Annotated[str | None, Query()] = None,
               notice: Annotated[str | None, Query()] = None):
    """The draft from the cookie (reorder, remove, a note per row, grouped by section with
    ?group=section), or a shared list from ?ids= (which the visitor can keep)."""
    shared = ids is not None
    row_ids = draft.parse_ids(ids) if shared else _draft_ids(request)
    grouped = group == "section"
    context = {"rows": [], "groups": [], "shared": shared, "grouped": grouped, "ids": draft.format_ids(row_ids),
               "formats": list(FORMATS), "notes": {} if shared else _notes(request),
               "notice": DRAFT_NOTICES.get(notice or ""), "note_chars": draft.NOTE_CHARS}
    try:
        searcher = _page_searcher(request)
        rows = draft.resolve(searcher, row_ids, strict=False)
        context.update(rows=rows, ids=draft.format_ids([r.row_id for r in rows]),
                       groups=draft.by_section(rows) if grouped else [("", rows)])
    except ApiError as exc:
        return _error_page(request, "draft.html", context, exc)
    return _page(request, "draft.html", context)


DRAFT_NOTICES = {"notes-full": f"備註未儲存：每則備註最多 {draft.NOTE_CHARS} 字，全部備註合計約 900 字（瀏覽器 cookie 的容量）。"}


@pages.get("/draft/export")
def draft_export(request: Request, format: Annotated[str, Query()] = "odt", group: Annotated[str | None, Query()] = None):
    """The draft as a file, in the order shown, with its notes (the notes live in a cookie, so
    this is the draft page's own export; /api/export?ids= exports any list without notes)."""
    searcher = _page_searcher(request)
    ids = _draft_ids(request)
    if group == "section":
        ids = [r.row_id for _, rows in draft.by_section(draft.resolve(searcher, ids, strict=False)) for r in rows]
    return _export_response(searcher, [i for i in ids if searcher.row(i) is not None], format, "草稿", notes=_notes(request))


def _set_draft(response: Response, ids: list[str], notes: dict[str, str] | None = None) -> Response:
    response.set_cookie(draft.COOKIE, draft.format_ids(ids), max_age=180 * 24 * 3600, httponly=True, samesite="lax")
    if notes is not None:
        kept = {i: n for i, n in notes.items() if i in ids}
        response.set_cookie(draft.NOTES_COOKIE, draft.encode_notes(kept), max_age=180 * 24 * 3600, httponly=True, samesite="lax")
    return response


def _back(next: str | None) -> RedirectResponse:
    return RedirectResponse(_safe_next(next), status_code=303)


@pages.post("/draft/add")
def draft_add(request: Request, row_id: Annotated[list[str] | None, Form()] = None, next: Annotated[str | None, Form()] = None):
    ids = draft.add(_draft_ids(request), draft.parse_ids(",".join(row_id or [])))
    return _set_draft(_back(next), ids)


@pages.post("/draft/remove")
def draft_remove(request: Request, row_id: Annotated[list[str] | None, Form()] = None, next: Annotated[str | None, Form()] = None):
    ids = draft.remove(_draft_ids(request), draft.parse_ids(",".join(row_id or [])))
    return _set_draft(_back(next), ids, _notes(request))


@pages.post("/draft/move")
def draft_move(request: Request, row_id: Annotated[str, Form()], direction: Annotated[str, Form()],
               next: Annotated[str | None, Form()] = None):
    """Move a row one place up or down (a form per button: no JavaScript)."""
    offset = {"up": -1, "down": 1, "top": -draft.MAX_ROWS, "bottom": draft.MAX_ROWS}.get(direction, 0)
    return _set_draft(_back(next), draft.move(_draft_ids(request), row_id, offset))


@pages.post("/draft/note")
def draft_note(request: Request, row_id: Annotated[str, Form()], note: Annotated[str, Form()] = "",
               next: Annotated[str | None, Form()] = None):
    ids = _draft_ids(request)
    try:
        notes = draft.set_note(_notes(request), ids, row_id, note)
        return _set_draft(_back(next), ids, notes)
    except draft.NotesFull:
        return _back(f"/draft?notice=notes-full#r-{row_id}")


@pages.post("/draft/clear")
def draft_clear(next: Annotated[str | None, Form()] = None):
    return _set_draft(_back(next), [], {})


router = APIRouter()
router.include_router(api)
router.include_router(pages)
