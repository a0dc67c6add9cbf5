"""Server-rendered pages (Jinja2): work without JavaScript, the query lives in the URL."""

from __future__ import annotations

import re
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
from service.live import unavailable_page_text
from service.messages import PROVENANCE_LABELS, page_message
from service.payloads import faceted_search, highlight_terms
from service.workbench.plans import original_url, source_label

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(include_in_schema=False)


def highlight(text: str, terms) -> Markup:
    """Escape `text` and wrap the matched terms in <mark>."""
    return mark_spans(text, term_spans(text, terms) if terms else [])


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


SORTS = {"relevance": "相關度", "year": "年度（新到舊）", "office": "機關"}


def sort_hits(searcher: Searcher, hits: list, sort: str) -> list:
    """Relevance order as ranked; by year (newest first) or office, ties kept in relevance order."""
    if sort == "year":
        return sorted(hits, key=lambda h: -(searcher.row(h.row_id).year_roc or 0))
    if sort == "office":
        return sorted(hits, key=lambda h: searcher.row(h.row_id).office)
    return list(hits)


def cite_links(text: str) -> Markup:
    """Escape the answer text and make each [n] a link to its citation below."""
    return Markup(re.sub(r"\[(\d+)\]", r'<a href="#cite-\1" class="cite">[\1]</a>', str(escape(text))))


TEMPLATES.env.filters.update(cite_links=cite_links, source_label=source_label, original_url=original_url)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str | None, Query()] = None,
                office: Annotated[list[str] | None, Query()] = None,
                year: Annotated[str | None, Query()] = None,
                office_type: Annotated[list[str] | None, Query()] = None,
                provenance: Annotated[list[str] | None, Query()] = None,
                k: Annotated[int | None, Query()] = None,
                page: Annotated[str | None, Query()] = None,
                sort: Annotated[str, Query()] = "relevance"):
    settings = request.app.state.settings
    searcher = _searcher(request)
    context = {"request": request, "q": q or "", "office": [o for o in (office or []) if o], "year": year or "",
               "office_type": [t for t in (office_type or []) if t], "sort": sort if sort in SORTS else "relevance",
               "provenance": [p for p in (provenance or []) if p], "provenances": PROVENANCE_LABELS,
               "sorts": SORTS, "page": 1, "pages": 1, "k": settings.default_k, "max_chars": settings.max_query_chars,
               "error": None, "answer": None, "hits": [], "facets": None, "terms": (), "total": 0,
               "plans": searcher.plans() if searcher else [], "types": sorted(searcher.office_types) if searcher else [],
               "unavailable": None, "draft_ids": (request.cookies.get("plansearch_draft") or "").split(",")}
    status = 200
    if searcher is None:
        context["unavailable"] = unavailable_page_text(getattr(request.app.state, "load_error", None))
        return TEMPLATES.TemplateResponse(request, "index.html", context, status_code=503)
    if q is not None:
        try:
            text = clean_query(q, settings)
            k = check_k(k, settings)
            if year and not year.isdigit():
                raise ApiError(422, "validation_error", f"year_from: {year} is not a year", field="year_from")
            if page and not page.isdigit() or page == "0":
                raise ApiError(422, "validation_error", "page: must be a positive integer", field="page")
            year_value = int(year) if year else None
            filters = build_filters(searcher, office, year_value, year_value, None, office_type=office_type,
                                    provenance=provenance)
            result, facets, total = faceted_search(searcher, text, k, filters)
            ranked = sort_hits(searcher, result.hits[:total], context["sort"])
            pages = max(1, -(-total // k))
            number = min(int(page or 1), pages)
            shown = searcher.with_matches(ranked[(number - 1) * k:number * k], result.terms)
            context.update(hits=[(h, searcher.row(h.row_id)) for h in shown], terms=highlight_terms(result.terms),
                           facets=facets, total=total, parsed=result.parsed, page=number, pages=pages, k=k,
                           first=(number - 1) * k + 1, export_ids=",".join(h.row_id for h in ranked[:settings.max_k]))
            if result.parsed.intent != "plain" and number == 1:
                answer = assemble(searcher, replace(result, hits=result.hits[:MAX_CANDIDATES]))
                context["answer"] = answer
        except ApiError as exc:
            context["error"] = page_message(exc)
            status = exc.status
    return TEMPLATES.TemplateResponse(request, "index.html", context, status_code=status)


@router.get("/rows/{row_id}", response_class=HTMLResponse)
def row_page(request: Request, row_id: str):
    searcher = _searcher(request)
    if searcher is None:
        unavailable = unavailable_page_text(getattr(request.app.state, "load_error", None))
        return TEMPLATES.TemplateResponse(request, "index.html", {"request": request, "q": "", "unavailable": unavailable,
                                                                  "max_chars": request.app.state.settings.max_query_chars,
                                                                  "plans": [], "office": [], "year": ""}, status_code=503)
    row = searcher.row(row_id)
    if row is None:
        from starlette.exceptions import HTTPException

        raise HTTPException(404, f"找不到措施 {row_id}。")
    similar = [(h, searcher.row(h.row_id)) for h in searcher.similar(row_id, 5)]
    q = request.query_params.get("q", "")
    matches = searcher.field_matches(row, searcher.query_words(q)) if q.strip() else ()
    return TEMPLATES.TemplateResponse(request, "row.html", {"request": request, "row": row, "similar": similar,
                                                            "q": q, "matches": matches,
                                                            "in_draft": row_id in (request.cookies.get("plansearch_draft") or "")})
