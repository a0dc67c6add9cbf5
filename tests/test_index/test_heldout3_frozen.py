"""The third held-out query set is frozen, well-formed, and its snippet labels point at real gold rows."""

import hashlib
import json
import re
import unicodedata
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "data" / "eval"
HELDOUT3 = EVAL / "heldout3_queries.jsonl"
FROZEN_SHA256 = "a12896c66ad4a0d45f1ee41775b759b8e25f2612d5a66f9b703c752126a7eb20"
KINDS = {"keyword", "paraphrase", "simplified", "english", "office-question", "how-question",
         "yesno-question", "none-question"}


def _norm(text: str) -> str:
    """NFKC, HTML tags dropped, all whitespace removed (data/eval/README.md)."""
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _items():
    return [json.loads(line) for line in HELDOUT3.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold():
    """source file name -> (office, normalised texts of its gold rows)."""
    gold = {}
    for path in sorted((EVAL / "gold").glob("*.json")):
        plan = json.loads(path.read_text(encoding="utf-8"))
        gold[plan["source"]] = (plan["office"], [
            _norm("".join([r["measure"], *r["actions"], r["deadline"] or "", r["owner"] or "", r["benefit"] or ""]))
            for r in plan["rows"]])
    return gold


def test_heldout3_file_is_the_frozen_one():
    assert hashlib.sha256(HELDOUT3.read_bytes()).hexdigest() == FROZEN_SHA256, (
        "data/eval/heldout3_queries.jsonl changed: it is frozen (see data/eval/README.md)")


def test_heldout3_is_well_formed():
    items = _items()
    assert [i["id"] for i in items] == [f"L{n:02d}" for n in range(1, 65)]
    assert len({i["id"] for i in items}) == len(items) == 64
    for item in items:
        assert set(item) == {"id", "query", "kind", "relevant", "offices"}, item["id"]
        assert item["kind"] in KINDS, item["id"]
        assert item["query"].strip(), item["id"]
        if item["kind"] == "none-question":
            assert item["relevant"] == [] and item["offices"] == [], item["id"]
        else:
            assert any(r["grade"] == 2 for r in item["relevant"]), item["id"]


def test_heldout3_offices_are_the_grade_two_offices():
    gold = _gold()
    for item in _items():
        expected = {gold[r["source"]][0] for r in item["relevant"] if r["grade"] == 2}
        assert set(item["offices"]) == expected and len(item["offices"]) == len(expected), item["id"]


def test_heldout3_snippets_match_a_gold_row_of_their_plan():
    gold = _gold()
    for item in _items():
        for rel in item["relevant"]:
            assert rel["grade"] in (1, 2), item["id"]
            assert rel["source"] in gold, (item["id"], rel["source"])
            snippet = _norm(rel["snippet"])
            assert snippet and any(snippet in text for text in gold[rel["source"]][1]), (item["id"], rel["snippet"])
