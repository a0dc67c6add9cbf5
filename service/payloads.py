"""JSON shapes shared by the HTTP API and the CLI's --json (one shape, one place)."""

from __future__ import annotations

from index.present import highlight_words
from index.search import Hit, Searcher
from index.text import term_spans
from service.answer import Answer


def hit_payload(searcher: Searcher, hit: Hit, terms: tuple[str, ...] = ()) -> dict:
    row = searcher.row(hit.row_id)
    data = {"row_id": hit.row_id, "score": hit.score, "retrievers": hit.retrievers}
    data.update(row.to_dict())
    marked = highlight_words(terms)
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


def answer_payload(searcher: Searcher, answer: Answer) -> dict:
    data = answer.to_dict()
    data["hits"] = [hit_payload(searcher, h, answer.terms) for h in answer.hits]
    return data
