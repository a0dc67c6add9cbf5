"""The search resource: one request, one function, for `/api/search`, the search page and the
CLI (datasette's view: the JSON and the page are the same call; the page adds template data).

`search_request` validates the raw values (service.validation); `run_search` searches deep
enough to page through the rows the judge found to match (`total` counts every one of them,
exactly), sorts, cuts the requested page, fills the shown hits' per-field matches, keeps the
related rows apart, and counts facets disjunctively: each dimension is counted under every
filter except its own, so choosing one office keeps the other offices' counts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.search import Filters, Hit, Searcher, SearchResult
from service import validation
from service.payloads import hit_payload

DEPTH = 1000  # matching rows a search ranks for paging (total and facets count them all)
FACET_FILTERS = {"offices": ("offices",), "office_types": ("office_types",), "parent_agencies": ("parent_agencies",),
                 "years": ("year_from", "year_to"), "provenance": ("provenance",)}


@dataclass(frozen=True)
class SearchRequest:
    query: str
    k: int
    page: int
    sort: str
    mode: str
    filters: Filters


@dataclass(frozen=True)
class SearchPage:
    request: SearchRequest
    result: SearchResult  # the deep search: the matching rows (up to DEPTH), no per-field matches
    ranked: list[Hit]  # those rows in the requested order
    hits: list[Hit]  # the requested page's rows, with their per-field matches
    facets: dict[str, list[dict]]
    related: list[Hit]  # rows near the query that do not state it (never counted)

    @property
    def total(self) -> int:
        return self.result.total

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.k))

    @property
    def first(self) -> int:
        """1-based position of the page's first hit."""
        return (self.request.page - 1) * self.request.k + 1


def search_request(searcher: Searcher, limits: validation.Limits, *, q=None, k=None, page=None, sort=None, mode=None,
                   office=None, office_type=None, parent_agency=None, year_from=None, year_to=None,
                   section=None, provenance=None) -> SearchRequest:
    """Raw request values → a checked request (InvalidParameter names the first bad field)."""
    return SearchRequest(validation.query(q, limits), validation.k(k, limits), validation.page(page, limits),
                         validation.sort(sort), validation.mode(mode),
                         validation.filters(searcher, office=office, office_type=office_type, parent_agency=parent_agency,
                                            year_from=year_from, year_to=year_to, section=section, provenance=provenance))


def sort_hits(searcher: Searcher, hits: list[Hit], sort: str) -> list[Hit]:
    """Relevance order as ranked; by year (newest first) or office, ties kept in relevance order."""
    if sort == "year":
        return sorted(hits, key=lambda h: -(searcher.row(h.row_id).year_roc or 0))
    if sort == "office":
        return sorted(hits, key=lambda h: searcher.row(h.row_id).office)
    return list(hits)


def _deep(searcher: Searcher, request: SearchRequest, filters: Filters) -> SearchResult:
    return searcher.search(request.query, k=DEPTH, filters=filters, mode=request.mode, matches=False)


def disjunctive_facets(searcher: Searcher, request: SearchRequest, result: SearchResult) -> dict[str, list[dict]]:
    """Facet counts of the filtered rows; a dimension under a filter of its own is counted
    without that filter, so its other values stay visible with their counts. The chosen values
    keep the counts of the filtered search (the rows shown)."""
    facets = dict(result.facets)
    for dimension, fields in FACET_FILTERS.items():
        if any(getattr(request.filters, f) for f in fields):
            loosened = replace(request.filters, **{f: (None if f.startswith("year") else ()) for f in fields})
            chosen = {f["value"]: f["count"] for f in facets[dimension]}
            wider = _deep(searcher, request, loosened).facets[dimension]
            merged = [{**f, "count": chosen.get(f["value"], f["count"])} for f in wider]
            merged += [f for f in facets[dimension] if f["value"] not in {w["value"] for w in wider}]
            key = (lambda f: -(f["value"] or 0)) if dimension == "years" else (lambda f: -f["count"])
            facets[dimension] = sorted(merged, key=key)
    return facets


def run_search(searcher: Searcher, request: SearchRequest) -> SearchPage:
    result = _deep(searcher, request, request.filters)
    ranked = sort_hits(searcher, result.hits, request.sort)
    start = (request.page - 1) * request.k
    shown = searcher.with_matches(ranked[start:start + request.k], result.terms)
    related = searcher.with_matches(result.related, result.parsed.reach_words) if request.page == 1 else []
    return SearchPage(request, result, ranked, shown, disjunctive_facets(searcher, request, result), related)


def search_payload(searcher: Searcher, view: SearchPage) -> dict:
    """The JSON of /api/search and the CLI's --json."""
    result = view.result
    return {"query": result.query, "intent": result.parsed.intent.value, "topic": result.parsed.topic,
            "applied": list(result.parsed.filter_labels), "about_corpus": result.about_corpus,
            "total": view.total, "page": view.request.page, "pages": view.pages, "k": view.request.k,
            "sort": view.request.sort, "hits": [hit_payload(searcher, h, result.terms) for h in view.hits],
            "related": [hit_payload(searcher, h, result.parsed.reach_words) for h in view.related],
            "facets": view.facets}
