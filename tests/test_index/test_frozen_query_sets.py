"""The frozen query sets (data/eval/README.md): each file is the one frozen, well formed, its
`offices` are the offices of its grade-2 rows, and every snippet occurs in a gold row of its plan.
Tuning must not edit them silently (issue 8)."""

import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "data" / "eval"
KINDS = {"keyword", "paraphrase", "simplified", "english", "office-question", "how-question",
         "yesno-question", "none-question"}
# file -> (SHA-256 when frozen, id prefix, number of queries)
FROZEN = {
    "heldout_queries.jsonl": ("cf8225a7dd68a761d32df2a7510e56200be0bf79941db4fec519fbaef58835d4", "H", 52),
    "heldout2_queries.jsonl": ("049f3652643a256511c137cbaf38379dcfa1f8d93c2c669018b8aa392095d5ae", "K", 54),
    "heldout3_queries.jsonl": ("a12896c66ad4a0d45f1ee41775b759b8e25f2612d5a66f9b703c752126a7eb20", "L", 64),
}
SETS = pytest.mark.parametrize("name", sorted(FROZEN))


def _norm(text: str) -> str:
    """NFKC, HTML tags dropped, all whitespace removed (data/eval/README.md)."""
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _items(name: str) -> list[dict]:
    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold() -> dict[str, tuple[str, list[str]]]:
    """source file name -> (office, normalised texts of its gold rows)."""
    gold = {}
    for path in sorted((EVAL / "gold").glob("*.json")):
        plan = json.loads(path.read_text(encoding="utf-8"))
        gold[plan["source"]] = (plan["office"], [
            _norm("".join([r["measure"], *r["actions"], r["deadline"] or "", r["owner"] or "", r["benefit"] or ""]))
            for r in plan["rows"]])
    return gold


@SETS
def test_file_is_the_frozen_one(name):
    assert hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == FROZEN[name][0], (
        f"data/eval/{name} changed: it is frozen (see data/eval/README.md)")


@SETS
def test_set_is_well_formed_with_every_kind(name):
    _, prefix, count = FROZEN[name]
    items = _items(name)
    assert [i["id"] for i in items] == [f"{prefix}{n:02d}" for n in range(1, count + 1)]
    assert {i["kind"] for i in items} == KINDS
    for item in items:
        assert item["query"].strip(), item["id"]
        if item["kind"] == "none-question":
            assert item["relevant"] == [] and item["offices"] == [], item["id"]
        else:
            assert any(r["grade"] == 2 for r in item["relevant"]), item["id"]


@SETS
def test_offices_are_the_grade_two_offices(name):
    gold = _gold()
    for item in _items(name):
        expected = {gold[r["source"]][0] for r in item["relevant"] if r["grade"] == 2}
        assert set(item["offices"]) == expected and len(item["offices"]) == len(expected), item["id"]


@SETS
def test_snippets_match_a_gold_row_of_their_plan(name):
    gold = _gold()
    for item in _items(name):
        for rel in item["relevant"]:
            assert rel["grade"] in (1, 2), item["id"]
            assert rel["source"] in gold, (item["id"], rel["source"])
            snippet = _norm(rel["snippet"])
            assert snippet and any(snippet in text for text in gold[rel["source"]][1]), (item["id"], rel["snippet"])
