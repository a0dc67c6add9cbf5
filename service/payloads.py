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
    return data


FACET_POOL = 100


def facet_pool(hits: list[Hit], k: int) -> list[Hit]:
    """The rows facets count: the page shown, plus further hits scoring at least half the best
    (a row matching only a generic word such as 服務 does not count for an office)."""
    if not hits:
        return []
    floor = 0.5 * hits[0].score
    return [h for i, h in enumerate(hits) if i < k or h.score >= floor]


def faceted_search(searcher: Searcher, query: str, k: int, filters: Filters | None = None,
                   mode: str = "hybrid") -> tuple[SearchResult, dict, int]:
    """Search deep enough to count facets: the result keeps all candidates (the page shows the
    first k), the facets and total count the facet pool."""
    result = searcher.search(query, k=max(k, FACET_POOL), filters=filters, mode=mode)
    pool = facet_pool(result.hits, k)
    return result, searcher.facets(pool), len(pool)


def search_payload(searcher: Searcher, query: str, k: int, filters: Filters | None = None, mode: str = "hybrid") -> dict:
    result, facets, total = faceted_search(searcher, query, k, filters, mode)
    return {"query": result.query, "intent": result.parsed.intent, "topic": result.parsed.topic,
            "hits": [hit_payload(searcher, h, result.terms) for h in result.hits[:k]], "facets": facets, "total": total}


def answer_payload(searcher: Searcher, answer: Answer) -> dict:
    data = answer.to_dict()
    data["hits"] = [hit_payload(searcher, h, answer.terms) for h in answer.hits]
    return data
