"""Server-rendered pages (Jinja2): work without JavaScript, the query lives in the URL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from index.search import Searcher
from index.text import term_spans
from service.answer import MAX_CANDIDATES, assemble
from service.api import build_filters, check_k, clean_query
from service.errors import ApiError
from service.payloads import faceted_search, highlight_terms

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(include_in_schema=False)


def highlight(text: str, terms) -> Markup:
    """Escape `text` and wrap the matched terms in <mark>."""
    spans = term_spans(text, terms) if terms else []
    out, last = [], 0
    for start, end in spans:
        out.append(escape(text[last:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def mark_spans(text: str, spans) -> Markup:
    """Escape `text` and wrap the given (start, end) spans in <mark>."""
    out, last = [], 0
    for start, end in spans:
        out.append(escape(text[last:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def mark_field(text: str, matches, field: str, index: int | None = None) -> Markup:
    """A row field with the spans the query matched in it (row page)."""
    spans = next((m.spans for m in matches if m.field == field and m.index == index), ())
    return mark_spans(text, spans)


TEMPLATES.env.filters["highlight"] = highlight
TEMPLATES.env.filters["mark_spans"] = mark_spans
TEMPLATES.env.filters["mark_field"] = mark_field


def _searcher(request: Request) -> Searcher | None:
    return getattr(request.app.state, "searcher", None)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str | None, Query()] = None,
                office: Annotated[list[str] | None, Query()] = None,
                year: Annotated[str | None, Query()] = None,
                k: Annotated[int | None, Query()] = None):
    settings = request.app.state.settings
    searcher = _searcher(request)
    context = {"request": request, "q": q or "", "office": [o for o in (office or []) if o], "year": year or "",
               "error": None, "answer": None, "hits": [], "facets": None, "terms": (), "total": 0,
               "plans": searcher.plans() if searcher else [], "unavailable": None}
    status = 200
    if searcher is None:
        context["unavailable"] = getattr(request.app.state, "load_error", None) or "索引尚未載入。"
        return TEMPLATES.TemplateResponse(request, "index.html", context, status_code=503)
    if q is not None:
        try:
            text = clean_query(q, settings)
            k = check_k(k, settings)
            year_value = int(year) if year else None
            filters = build_filters(searcher, office, year_value, year_value, None)
            result, facets, total = faceted_search(searcher, text, k, filters)
            context.update(hits=[(h, searcher.row(h.row_id)) for h in result.hits[:k]], terms=highlight_terms(result.terms),
                           facets=facets, total=total, parsed=result.parsed)
            if result.parsed.intent != "plain":
                answer = assemble(searcher, replace(result, hits=result.hits[:MAX_CANDIDATES]))
                context["answer"] = answer
        except ApiError as exc:
            context["error"] = exc.message
            status = exc.status
        except ValueError:
            context["error"] = "year: 年度必須是數字"
            status = 422
    return TEMPLATES.TemplateResponse(request, "index.html", context, status_code=status)


@router.get("/rows/{row_id}", response_class=HTMLResponse)
def row_page(request: Request, row_id: str):
    searcher = _searcher(request)
    if searcher is None:
        return TEMPLATES.TemplateResponse(request, "index.html", {"request": request, "q": "", "unavailable": "索引尚未載入。",
                                                                  "plans": [], "office": [], "year": ""}, status_code=503)
    row = searcher.row(row_id)
    if row is None:
        from starlette.exceptions import HTTPException

        raise HTTPException(404, f"找不到措施 {row_id}")
    similar = [(h, searcher.row(h.row_id)) for h in searcher.similar(row_id, 5)]
    q = request.query_params.get("q", "")
    matches = searcher.field_matches(row, searcher.query_words(q)) if q.strip() else ()
    return TEMPLATES.TemplateResponse(request, "row.html", {"request": request, "row": row, "similar": similar,
                                                            "q": q, "matches": matches})
