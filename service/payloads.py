"""JSON shapes shared by the HTTP API and the CLI's --json (one shape, one place)."""

from __future__ import annotations

from index.search import Hit, Searcher, SearchResult
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


def search_payload(searcher: Searcher, result: SearchResult, with_facets: bool = True) -> dict:
    payload = {"query": result.query, "intent": result.parsed.intent, "topic": result.parsed.topic,
               "hits": [hit_payload(searcher, h, result.terms) for h in result.hits]}
    if with_facets:
        payload["facets"] = searcher.facets(result.hits)
    return payload


def answer_payload(searcher: Searcher, answer: Answer, terms: tuple[str, ...] = ()) -> dict:
    data = answer.to_dict()
    data["hits"] = [hit_payload(searcher, h, terms) for h in answer.hits]
    return data
