"""Server-rendered pages (Jinja2): work without JavaScript, the query lives in the URL."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from index.present import highlight_words
from index.search import Searcher
from service.answer import MAX_CANDIDATES, assemble
from service.live import unavailable_page_text
from service.messages import PROVENANCE_LABELS
from service.overview import corpus_overview
from service.search_view import SearchPage, run_search, search_request
from service.templating import render
from service.validation import SORTS, InvalidParameter, Limits

router = APIRouter(include_in_schema=False)


def _searcher(request: Request) -> Searcher | None:
    return getattr(request.app.state, "searcher", None)


FACET_PARAMS = {"office_types": "office_type", "offices": "office", "years": "year"}


def page_url(params: dict[str, object], **changes) -> str:
    """`/?…` with the search page's parameters, some changed (None drops one; page resets)."""
    merged = {**params, "page": None, **changes}
    items = [(name, v) for name, value in merged.items() if value not in (None, "", [], ())
             for v in (value if isinstance(value, list | tuple) else [value])]
    return "/?" + urlencode(items)


def facet_links(view: SearchPage, params: dict[str, object]) -> dict[str, list[dict]]:
    """Each facet value with its count, whether it is the chosen one, and the URL choosing it
    (the other dimensions' filters kept: counts are disjunctive, see search_view)."""
    links = {}
    for dimension, name in FACET_PARAMS.items():
        chosen = params.get(name)
        chosen = {str(c) for c in (chosen if isinstance(chosen, list) else [chosen]) if c}
        links[dimension] = [{"value": f["value"], "count": f["count"], "selected": str(f["value"]) in chosen,
                             "url": page_url(params, **{name: f["value"]})}
                            for f in view.facets.get(dimension, []) if f["value"] is not None]
        links[dimension + "_clear"] = page_url(params, **{name: None}) if chosen else None
    return links


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str | None, Query()] = None,
                office: Annotated[list[str] | None, Query()] = None,
                year: Annotated[str | None, Query()] = None,
                office_type: Annotated[list[str] | None, Query()] = None,
                provenance: Annotated[list[str] | None, Query()] = None,
                k: Annotated[str | None, Query()] = None,
                page: Annotated[str | None, Query()] = None,
                sort: Annotated[str | None, Query()] = None):
    """The search page: the same request and search as /api/search (search_view), rendered,
    with the answer on page 1 of a question and what the index holds when nothing is asked."""
    settings = request.app.state.settings
    searcher = _searcher(request)
    params = {"q": q, "office": [o for o in (office or []) if o], "office_type": [t for t in (office_type or []) if t],
              "provenance": [p for p in (provenance or []) if p], "year": year or None,
              "sort": sort if sort in SORTS else None, "k": k or None}
    context = {"request": request, "q": q or "", "office": params["office"], "year": year or "",
               "office_type": params["office_type"], "sort": sort if sort in SORTS else "relevance",
               "provenance": params["provenance"], "provenances": PROVENANCE_LABELS,
               "sorts": SORTS, "page": 1, "pages": 1, "max_chars": settings.max_query_chars,
               "error": None, "answer": None, "hits": [], "facets": None, "terms": (), "total": 0,
               "plans": searcher.plans() if searcher else [], "types": sorted(searcher.office_types) if searcher else [],
               "unavailable": None, "draft_ids": (request.cookies.get("plansearch_draft") or "").split(","),
               "overview": None}
    if searcher is None:
        context["unavailable"] = unavailable_page_text(getattr(request.app.state, "load_error", None))
        return render(request, "index.html", context, status_code=503)
    if q is None:
        context["overview"] = corpus_overview(searcher)
        return render(request, "index.html", context)
    try:
        search = search_request(searcher, Limits.from_settings(settings), q=q, k=k, page=page, sort=sort,
                                office=office, office_type=office_type, year_from=year, year_to=year, provenance=provenance)
    except InvalidParameter as exc:
        context["error"] = exc.text
        return render(request, "index.html", context, status_code=422)
    view = run_search(searcher, search)
    context.update(hits=[(h, searcher.row(h.row_id)) for h in view.hits], terms=highlight_words(view.result.terms),
                   related=[(h, searcher.row(h.row_id)) for h in view.related], about_corpus=view.result.about_corpus,
                   applied=view.result.parsed.filter_labels, row_of=searcher.row,
                   facets=facet_links(view, params), total=view.total, parsed=view.result.parsed, page=search.page,
                   pages=view.pages, k=search.k, first=view.first,
                   pager={n: page_url(params, page=n) for n in range(1, view.pages + 1)},
                   export_ids=",".join(h.row_id for h in view.ranked[:settings.max_k]))
    if view.result.parsed.intent != "plain" and search.page == 1:
        context["answer"] = assemble(searcher, replace(view.result, hits=view.result.hits[:MAX_CANDIDATES]))
    return render(request, "index.html", context)


@router.get("/rows/{row_id}", response_class=HTMLResponse)
def row_page(request: Request, row_id: str):
    searcher = _searcher(request)
    if searcher is None:
        unavailable = unavailable_page_text(getattr(request.app.state, "load_error", None))
        return render(request, "index.html", {"request": request, "q": "", "unavailable": unavailable,
                                                                  "max_chars": request.app.state.settings.max_query_chars,
                                                                  "plans": [], "office": [], "year": ""}, status_code=503)
    row = searcher.row(row_id)
    if row is None:
        from starlette.exceptions import HTTPException

        raise HTTPException(404, f"找不到措施 {row_id}。")
    similar = [(h, searcher.row(h.row_id)) for h in searcher.similar(row_id, 5)]
    q = request.query_params.get("q", "")
    matches = searcher.field_matches(row, searcher.query_words(q)) if q.strip() else ()
    return render(request, "row.html", {"request": request, "row": row, "similar": similar,
                                                            "q": q, "matches": matches,
                                                            "in_draft": row_id in (request.cookies.get("plansearch_draft") or "")})
