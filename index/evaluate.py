"""Retrieval evaluation on snippet-labelled queries (see data/eval/README.md).

The ranking scored is the one a reader sees: the rows judged to match, then the related rows
(`SearchResult.ranked`); "-nofloor" modes add the unrelated candidates after them.

A row is relevant to a query when its displayed text (folded: NFKC, no white space, no
tags) contains one of the query's snippets and the row comes from that snippet's plan
(file stems compared, so the PDF of a plan counts). Its grade is the highest such grade.
nDCG@10 and MRR (first grade-2 row) come from ranx; Recall@10 counts grade-2 *snippets*
covered by the top ten rows, which ranx cannot express.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from index.search import MODES, Searcher
from ingest.normalize import fold
from ingest.record import MeasureRow


@dataclass(frozen=True)
class Query:
    id: str
    query: str
    kind: str
    relevant: tuple[dict, ...]
    offices: tuple[str, ...]


def load_queries(path: str | Path) -> list[Query]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Query(d["id"], d["query"], d.get("kind", "plain"), tuple(d.get("relevant", [])),
                             tuple(d.get("offices", []))))
    return out


def _stem(name: str) -> str:
    return Path(name).stem


def row_grade(query: Query, row: MeasureRow, folded_text: str | None = None) -> tuple[int, list[str]]:
    """The row's grade for the query and the snippets it contains."""
    text = folded_text if folded_text is not None else fold(row.text)
    grade, found = 0, []
    for rel in query.relevant:
        if _stem(rel["source"]) == _stem(row.source_file) and fold(rel["snippet"]) in text:
            grade = max(grade, int(rel["grade"]))
            found.append(rel["snippet"])
    return grade, found


def qrels_for(queries: list[Query], rows: list[MeasureRow], min_grade: int = 1) -> dict[str, dict[str, int]]:
    folded = [fold(r.text) for r in rows]
    qrels: dict[str, dict[str, int]] = {}
    for q in queries:
        judged = {}
        for row, text in zip(rows, folded, strict=True):
            grade, _ = row_grade(q, row, text)
            if grade >= min_grade:
                judged[row.row_id] = grade
        qrels[q.id] = judged
    return qrels


def snippet_recall(query: Query, rows: list[MeasureRow]) -> float:
    """Share of the grade-2 snippets found in the given (top-10) rows."""
    wanted = [r for r in query.relevant if int(r["grade"]) == 2]
    if not wanted:
        return 1.0
    folded = [(r, fold(r.text)) for r in rows]
    hit = sum(1 for rel in wanted if any(_stem(rel["source"]) == _stem(r.source_file) and fold(rel["snippet"]) in t
                                         for r, t in folded))
    return hit / len(wanted)


def evaluate(searcher: Searcher, queries: list[Query], modes: tuple[str, ...] = (*MODES, "hybrid-nofloor"),
             k: int = 10) -> dict:
    """Metrics per mode, overall and per query kind, plus per-query detail."""
    from ranx import Qrels, Run
    from ranx import evaluate as ranx_evaluate

    queries = [q for q in queries if any(int(r["grade"]) == 2 for r in q.relevant)]  # none-questions: answers only
    qrels_all = qrels_for(queries, searcher.rows, 1)
    qrels_top = qrels_for(queries, searcher.rows, 2)
    report: dict = {"queries": len(queries), "modes": {}}
    for mode in modes:
        results = searcher.search_many([q.query for q in queries], k=k, mode=mode.removesuffix("-nofloor"),
                                       floor=not mode.endswith("-nofloor"))
        run_dict = {}
        per_query = []
        for q, result in zip(queries, results, strict=True):
            shown = result.ranked[:k]  # what a reader sees: the matches, then the related rows
            scores = {h.row_id: float(len(shown) - i) for i, h in enumerate(shown)}
            run_dict[q.id] = scores or {"__none__": 0.0}
            top_rows = [searcher.row(h.row_id) for h in shown]
            per_query.append({"id": q.id, "kind": q.kind, "query": q.query,
                              "recall@10": snippet_recall(q, top_rows),
                              "top": [(r.office, r.measure[:40], row_grade(q, r)[0]) for r in top_rows[:5]]})
        per_ndcg = _ranx_per_query(Qrels(qrels_all), Run(run_dict), f"ndcg@{k}", ranx_evaluate)
        per_mrr = _ranx_per_query(Qrels(qrels_top), Run(run_dict), "mrr", ranx_evaluate)
        for item in per_query:
            item["ndcg@10"] = per_ndcg[item["id"]]
            item["mrr"] = per_mrr[item["id"]]
        report["modes"][mode] = {"overall": _mean(per_query), "by_kind": _by_kind(per_query), "per_query": per_query}
    return report


def _ranx_per_query(qrels, run, metric: str, ranx_evaluate) -> dict[str, float]:
    scores = ranx_evaluate(qrels, run, metric, return_mean=False, make_comparable=True)
    return {qid: float(s) for qid, s in zip(qrels.keys(), scores, strict=True)}


def _mean(items: list[dict]) -> dict[str, float]:
    keys = ("ndcg@10", "recall@10", "mrr")
    return {key: round(sum(i[key] for i in items) / len(items), 4) if items else 0.0 for key in keys}


def _by_kind(items: list[dict]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        groups[item["kind"]].append(item)
    return {kind: _mean(group) | {"n": len(group)} for kind, group in sorted(groups.items())}


def format_table(report: dict) -> str:
    """A plain-text table: one line per mode overall, then per kind for each mode."""
    lines = [f"{'mode':<15} {'kind':<16} {'n':>3} {'nDCG@10':>8} {'R@10':>6} {'MRR':>6}"]
    for mode, data in report["modes"].items():
        o = data["overall"]
        lines.append(f"{mode:<15} {'ALL':<16} {report['queries']:>3} {o['ndcg@10']:>8.3f} {o['recall@10']:>6.3f} {o['mrr']:>6.3f}")
        for kind, m in data["by_kind"].items():
            lines.append(f"{mode:<15} {kind:<16} {m['n']:>3} {m['ndcg@10']:>8.3f} {m['recall@10']:>6.3f} {m['mrr']:>6.3f}")
    return "\n".join(lines)
