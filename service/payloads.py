"""JSON shapes shared by the HTTP API and the CLI's --json (one shape, one place)."""

from __future__ import annotations

from index.search import Filters, Hit, Searcher, SearchResult
from index.text import term_spans
from service.answer import GENERIC_TERMS, Answer


def highlight_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Terms worth marking: generic words (服務, 民眾…) only when nothing else matched."""
    specific = tuple(t for t in terms if t not in GENERIC_TERMS)
    return specific or terms


def hit_payload(searcher: Searcher, hit: Hit, terms: tuple[str, ...] = ()) -> dict:
    row = searcher.row(hit.row_id)
    data = {"row_id": hit.row_id, "score": hit.score, "retrievers": hit.retrievers}
    data.update(row.to_dict())
    marked = highlight_terms(terms)
    data["highlights"] = [list(span) for span in term_spans(row.text, marked)] if marked else []
    # Per field: {"field": "actions", "index": 6, "spans": [[3, 7]]} — the reason the row is here.
    data["matches"] = [{"field": m.field, "index": m.index, "spans": [list(s) for s in m.spans]} for m in hit.matches]
    return data


FACET_POOL = 100


def faceted_search(searcher: Searcher, query: str, k: int, filters: Filters | None = None,
                   mode: str = "hybrid") -> tuple[SearchResult, dict, int]:
    """Search deep enough to count facets: every candidate above the relevance floor (the page
    shows the first k); `total` and the facets count exactly those rows. The hits carry no
    per-field matches: fill them with `searcher.with_matches` for the hits shown."""
    result = searcher.search(query, k=max(k, FACET_POOL), filters=filters, mode=mode, matches=False)
    return result, searcher.facets(result.hits), result.total


def search_payload(searcher: Searcher, query: str, k: int, filters: Filters | None = None, mode: str = "hybrid") -> dict:
    result, facets, total = faceted_search(searcher, query, k, filters, mode)
    return {"query": result.query, "intent": result.parsed.intent, "topic": result.parsed.topic,
            "hits": [hit_payload(searcher, h, result.terms) for h in searcher.with_matches(result.hits[:k], result.terms)],
            "facets": facets, "total": total}


def answer_payload(searcher: Searcher, answer: Answer) -> dict:
    data = answer.to_dict()
    data["hits"] = [hit_payload(searcher, h, answer.terms) for h in answer.hits]
    return data
