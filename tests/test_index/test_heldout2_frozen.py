"""The second held-out query set is frozen, and its snippet labels point at real gold rows."""

import hashlib
import json
import re
import unicodedata
from pathlib import Path

EVAL = Path(__file__).parents[2] / "data" / "eval"
HELDOUT2 = EVAL / "heldout2_queries.jsonl"
FROZEN_SHA256 = "049f3652643a256511c137cbaf38379dcfa1f8d93c2c669018b8aa392095d5ae"
KINDS = {"keyword", "paraphrase", "simplified", "english", "office-question", "how-question",
         "yesno-question", "none-question"}


def _norm(text: str) -> str:
    """NFKC, HTML tags dropped, all whitespace removed (data/eval/README.md)."""
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _items():
    return [json.loads(line) for line in HELDOUT2.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold_rows():
    """source file name -> normalised texts of its gold rows (measure, actions, deadline, owner, benefit)."""
    rows = {}
    for path in sorted((EVAL / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rows[gold["source"]] = [
            _norm("".join([r["measure"], *r["actions"], r["deadline"] or "", r["owner"] or "", r["benefit"] or ""]))
            for r in gold["rows"]]
    return rows


def test_heldout2_file_is_the_frozen_one():
    assert hashlib.sha256(HELDOUT2.read_bytes()).hexdigest() == FROZEN_SHA256, (
        "data/eval/heldout2_queries.jsonl changed: it is frozen (see data/eval/README.md)")


def test_heldout2_has_every_kind_and_enough_queries():
    items = _items()
    assert len(items) >= 48
    assert KINDS <= {i["kind"] for i in items}
    assert len({i["id"] for i in items}) == len(items)
    assert all(not i["offices"] and not i["relevant"] for i in items if i["kind"] == "none-question")
    assert all(i["relevant"] for i in items if i["kind"] != "none-question")


def test_heldout2_offices_are_the_grade_two_offices():
    office_of = {}
    for path in (EVAL / "gold").glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        office_of[gold["source"]] = gold["office"]
    for item in _items():
        expected = {office_of[r["source"]] for r in item["relevant"] if r["grade"] == 2}
        assert set(item["offices"]) == expected, item["id"]


def test_heldout2_snippets_match_a_gold_row_of_their_plan():
    rows = _gold_rows()
    for item in _items():
        for rel in item["relevant"]:
            assert rel["grade"] in (1, 2), item["id"]
            assert rel["source"] in rows, (item["id"], rel["source"])
            snippet = _norm(rel["snippet"])
            assert snippet and any(snippet in text for text in rows[rel["source"]]), (item["id"], rel["snippet"])
