"""The workbench over HTTP: JSON routes under /api and server-rendered pages (no JavaScript needed).

Every route is a thin layer over the library calls in this package; library errors become the
API's one JSON error shape, and the pages' messages are in Traditional Chinese.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path, PurePath
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from index.errors import IndexDamaged
from index.search import Filters, Searcher
from index.store import read_source_copy
from ingest.office_type import OFFICE_TYPES
from service.api import OfficeParam, YearFrom, YearTo, build_filters, check_k, clean_query, get_searcher, get_settings
from service.errors import ApiError
from service.messages import page_message
from service.payloads import faceted_search
from service.settings import Settings
from service.workbench import draft
from service.workbench.compare import STATUS_LABELS, compare_plans, comparison_payload
from service.workbench.export import FORMATS, UnknownFormat, export_filename, export_rows
from service.workbench.payloads import row_ref
from service.workbench.peers import peer_measures, peers_payload
from service.workbench.plans import (
    PLAN_SORTS,
    UnknownPlan,
    filter_plans,
    find_plan,
    list_plans,
    original_path,
    original_url,
    plan_rows,
    rows_by_section,
    source_label,
    where,
)
from service.workbench.trend import topic_trend, trend_svg

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))
TEMPLATES.env.filters.update(source_label=source_label, original_url=original_url, where=where)
TEMPLATES.env.globals.update(STATUS_LABELS=STATUS_LABELS, OFFICE_TYPES=OFFICE_TYPES)

api = APIRouter(prefix="/api", tags=["workbench"])
pages = APIRouter(include_in_schema=False)

TypeParam = Annotated[list[str] | None, Query(description="Only offices of these types (repeatable), e.g. 戶政事務所.")]


# -- shared steps ---------------------------------------------------------------------------
def _plan_or_404(searcher: Searcher, plan_id: str):
    try:
        return find_plan(searcher, plan_id)
    except UnknownPlan as exc:
        raise ApiError(404, "not_found", str(exc), field="plan") from None


def _office_types(searcher: Searcher, values: list[str] | None) -> tuple[str, ...]:
    types = tuple(v for v in (values or []) if v)
    unknown = [t for t in types if t not in searcher.office_types]
    if unknown:
        raise ApiError(422, "validation_error", f"office_type: unknown office type {unknown[0]!r}", field="office_type")
    return types


def _export_ids(searcher: Searcher, settings: Settings, ids: str | None, q: str | None, k: int | None,
                filters: Filters) -> list[str]:
    """The rows to export: the ids given, or the first k hits of the search q."""
    if ids:
        row_ids = draft.parse_ids(ids)
        if not row_ids:
            raise ApiError(422, "validation_error", "ids: no row id in the list (16 hex characters each)", field="ids")
        return row_ids
    if q:
        text = clean_query(q, settings)
        result, _, total = faceted_search(searcher, text, check_k(k, settings), filters)
        return [h.row_id for h in result.hits[:min(total, check_k(k, settings))]]
    raise ApiError(422, "validation_error", "ids: give ids=ID,ID or a query q", field="ids")


def _export_response(searcher: Searcher, row_ids: list[str], fmt: str, title: str) -> Response:
    if fmt not in FORMATS:
        raise ApiError(422, "validation_error", str(UnknownFormat(fmt)), field="format")
    try:
        rows = draft.resolve(searcher, row_ids)
    except draft.UnknownRows as exc:
        raise ApiError(404, "not_found", str(exc), field="ids") from None
    name = export_filename(fmt)
    return Response(export_rows(rows, fmt, title), media_type=FORMATS[fmt].media_type,
                    headers={"Content-Disposition": f"attachment; filename={name}"})


def _draft_ids(request: Request) -> list[str]:
    return draft.parse_ids(request.cookies.get(draft.COOKIE))


def _safe_next(value: str | None, fallback: str = "/draft") -> str:
    """Only local paths: `next` must not send the browser to another site."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return fallback


def _page(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    context = {"request": request, "error": None, **context}
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


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
               searcher: Searcher = Depends(get_searcher), settings: Settings = Depends(get_settings)) -> Response:
    filters = build_filters(searcher, office, year_from, year_to, None, office_type=office_type)
    row_ids = _export_ids(searcher, settings, ids, q, k, filters)
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
    plans = filter_plans(list_plans(searcher), office_types=_office_types(searcher, office_type), years=tuple(year or ()),
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


@api.get("/trend", summary="Per plan year, how many offices' plans state the topic, with their rows")
def trend_api(q: Annotated[str | None, Query(description="Topic, e.g. 電話禮貌測試.")] = None,
              office_type: TypeParam = None,
              searcher: Searcher = Depends(get_searcher), settings: Settings = Depends(get_settings)) -> dict:
    text = clean_query(q, settings)
    return topic_trend(searcher, text, Filters(office_types=_office_types(searcher, office_type))).to_dict()


@api.get("/peers", summary="Measures in several peer plans (same office type) with no counterpart in this plan")
def peers_api(plan: Annotated[str, Query(description="Plan id.")],
              min_offices: Annotated[int, Query(ge=1, le=20, description="Least number of peer offices per measure.")] = 2,
              searcher: Searcher = Depends(get_searcher)) -> dict:
    _plan_or_404(searcher, plan)
    return peers_payload(peer_measures(searcher, plan, min_offices=min_offices))


# -- pages ----------------------------------------------------------------------------------
def _error_page(request: Request, name: str, context: dict, error: ApiError) -> HTMLResponse:
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
        if year and not year.isdigit():
            raise ApiError(422, "validation_error", f"year_from: {year} is not a year", field="year_from")
        if sort not in PLAN_SORTS:
            raise ApiError(422, "validation_error", f"sort: unknown sort {sort!r}", field="sort")
        context["plans"] = filter_plans(everything, office_types=_office_types(searcher, office_type),
                                        years=(int(year),) if year else (), text=(q or "").strip(), sort=sort, descending=desc)
    except ApiError as exc:
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
def original_file(request: Request, plan_id: str):
    """The index's copy of the source file. HTML originals are sandboxed (no scripts, own origin)."""
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
            text = clean_query(q, settings)
            trend = topic_trend(searcher, text, Filters(office_types=_office_types(searcher, office_type)))
            context.update(trend=trend, chart=trend_svg(trend), rows={rid: searcher.row(rid) for p in trend.points
                                                                   for o in p.offices for rid in o.row_ids})
    except ApiError as exc:
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


@pages.get("/draft", response_class=HTMLResponse)
def draft_page(request: Request, ids: Annotated[str | None, Query()] = None):
    """The draft from the cookie, or a shared list from ?ids= (which the visitor can keep)."""
    shared = ids is not None
    row_ids = draft.parse_ids(ids) if shared else _draft_ids(request)
    context = {"rows": [], "shared": shared, "ids": draft.format_ids(row_ids), "formats": list(FORMATS)}
    try:
        searcher = _page_searcher(request)
        context["rows"] = draft.resolve(searcher, row_ids, strict=False)
        context["ids"] = draft.format_ids([r.row_id for r in context["rows"]])
    except ApiError as exc:
        return _error_page(request, "draft.html", context, exc)
    return _page(request, "draft.html", context)


def _set_draft(response: Response, ids: list[str]) -> Response:
    response.set_cookie(draft.COOKIE, draft.format_ids(ids), max_age=180 * 24 * 3600, httponly=True, samesite="lax")
    return response


@pages.post("/draft/add")
def draft_add(request: Request, row_id: Annotated[list[str] | None, Form()] = None, next: Annotated[str | None, Form()] = None):
    ids = draft.add(_draft_ids(request), draft.parse_ids(",".join(row_id or [])))
    return _set_draft(RedirectResponse(_safe_next(next), status_code=303), ids)


@pages.post("/draft/remove")
def draft_remove(request: Request, row_id: Annotated[list[str] | None, Form()] = None, next: Annotated[str | None, Form()] = None):
    ids = draft.remove(_draft_ids(request), draft.parse_ids(",".join(row_id or [])))
    return _set_draft(RedirectResponse(_safe_next(next), status_code=303), ids)


@pages.post("/draft/clear")
def draft_clear(next: Annotated[str | None, Form()] = None):
    return _set_draft(RedirectResponse(_safe_next(next), status_code=303), [])


router = APIRouter()
router.include_router(api)
router.include_router(pages)
