"""Evaluation of answers (apart from the serving code): office-set F1 against each query's
`offices`, per kind, and how many claims cite a row that does not state the topic: a claim the
words made by the judge's statement test, a claim the claim gate made by the query's gold labels
(grade 2 = states it), since the statement test is lexical and fails every such claim by design."""

from __future__ import annotations

from index.evaluate import row_grade
from index.search import Searcher
from service.answer import Answer, Citation, ask, claim_supported


def office_f1(predicted: set[str], gold: set[str]) -> float:
    if not predicted and not gold:
        return 1.0
    if not predicted or not gold:
        return 0.0
    tp = len(predicted & gold)
    if tp == 0:
        return 0.0
    precision, recall = tp / len(predicted), tp / len(gold)
    return 2 * precision * recall / (precision + recall)


def answer_office_f1(searcher: Searcher, queries) -> dict:
    """Office-set F1 of the answers against each query's `offices` (none-questions: correct
    when no office is named), overall and per kind, and the claims whose cited row does not
    state the topic."""
    per_query = []
    claims = unsupported = by_model = 0
    for query in queries:
        answer = ask(searcher, query.query)
        predicted = {o.office for o in answer.offices}
        lacking = [c.n for c in answer.citations if not supported(searcher, answer, c, query)]
        claims += len(answer.citations)
        by_model += sum(c.basis == "model" for c in answer.citations)
        unsupported += len(lacking)
        per_query.append({"id": query.id, "kind": query.kind, "intent": answer.intent,
                          "f1": office_f1(predicted, set(query.offices)),
                          "extra": sorted(predicted - set(query.offices)),
                          "missing": sorted(set(query.offices) - predicted), "unsupported_claims": lacking})
    office_items = [p for p in per_query if p["kind"] == "office-question" or p["intent"] == "office"]
    kinds = sorted({p["kind"] for p in per_query})
    return {"office_questions": len(office_items), "office_questions_f1": _mean(office_items),
            "all": len(per_query), "all_f1": _mean(per_query),
            "by_kind": {k: {"n": sum(p["kind"] == k for p in per_query), "f1": _mean([p for p in per_query if p["kind"] == k])}
                        for k in kinds},
            "claims": claims, "unsupported_claims": unsupported, "model_claims": by_model,
            "unsupported_rate": round(unsupported / claims, 4) if claims else 0.0, "per_query": per_query}


def supported(searcher: Searcher, answer: Answer, citation: Citation, query) -> bool:
    """Does the cited row state the question (module docstring: the test depends on the claim's basis)?"""
    row = searcher.row(citation.row_id)
    if citation.basis == "model":
        return row is not None and row_grade(query, row)[0] == 2
    return claim_supported(searcher, answer, row)


def _mean(items: list[dict]) -> float:
    return round(sum(i["f1"] for i in items) / len(items), 4) if items else 0.0
