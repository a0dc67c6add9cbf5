"""JSON shapes shared by the HTTP API and the CLI's --json (one shape, one place)."""

from __future__ import annotations

from index.present import highlight_words as highlight_terms
from index.search import Filters, Hit, Searcher, SearchResult
from index.text import term_spans
from service.answer import Answer


def hit_payload(searcher: Searcher, hit: Hit, terms: tuple[str, ...] = ()) -> dict:
    row = searcher.row(hit.row_id)
    data = {"row_id": hit.row_id, "score": hit.score, "retrievers": hit.retrievers}
    data.update(row.to_dict())
    marked = highlight_terms(terms)
    data["highlights"] = [list(span) for span in term_spans(row.text, marked)] if marked else []
    # Per field: {"field": "actions", "index": 6, "spans": [[3, 7]]} — the reason the row is here.
    data["matches"] = [{"field": m.field, "index": m.index, "spans": [list(s) for s in m.spans]} for m in hit.matches]
    # The judge's verdict and its evidence: which word (or equivalent, and from where) in which field.
    data["verdict"] = hit.verdict.value
    data["evidence"] = [e.to_dict() for e in hit.evidence]
    data["repeats"] = [_repeat(searcher, r) for r in hit.repeats]
    return data


def _repeat(searcher: Searcher, row_id: str) -> dict:
    row = searcher.row(row_id)
    return {"row_id": row_id, "office": row.office, "year_roc": row.year_roc}


FACET_POOL = 100


def faceted_search(searcher: Searcher, query: str, k: int, filters: Filters | None = None,
                   mode: str = "hybrid") -> tuple[SearchResult, dict, int]:
    """Search for the first k rows; `total` and the facets count every row the judge found to
    match (not only those shown). The hits carry no per-field matches: fill them with
    `searcher.with_matches` for the hits shown."""
    result = searcher.search(query, k=max(k, FACET_POOL), filters=filters, mode=mode, matches=False)
    return result, result.facets, result.total


def search_payload(searcher: Searcher, query: str, k: int, filters: Filters | None = None, mode: str = "hybrid") -> dict:
    result, facets, total = faceted_search(searcher, query, k, filters, mode)
    return {"query": result.query, "intent": result.parsed.intent.value, "topic": result.parsed.topic,
            "applied": list(result.parsed.filter_labels),
            "hits": [hit_payload(searcher, h, result.terms) for h in searcher.with_matches(result.hits[:k], result.terms)],
            "related": [hit_payload(searcher, h, result.terms) for h in searcher.with_matches(result.related, result.terms)],
            "facets": facets, "total": total}


def answer_payload(searcher: Searcher, answer: Answer) -> dict:
    data = answer.to_dict()
    data["hits"] = [hit_payload(searcher, h, answer.terms) for h in answer.hits]
    return data
