"""The frozen query sets (data/eval/README.md): each file is the one frozen, well formed, its
`offices` are the offices of its grade-2 rows, and every snippet occurs in a gold row of its plan.
Held-out 4 to 16 also carry `filter`, `answer_field`/`answers` and `via`, checked against `gold/`.
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
# held-out 4 (and 5 to 16) add off-topic, filtered, owner and deadline questions (data/eval/README.md)
KINDS4 = KINDS | {"offtopic", "filter-question", "owner-question", "deadline-question"}
# file -> the kinds it holds, every one of them at least once
KINDS_OF = {"heldout_queries.jsonl": KINDS, "heldout2_queries.jsonl": KINDS,
            "heldout3_queries.jsonl": KINDS, "heldout4_queries.jsonl": KINDS4,
            "heldout5_queries.jsonl": KINDS4, "heldout6_queries.jsonl": KINDS4,
            "heldout7_queries.jsonl": KINDS4, "heldout8_queries.jsonl": KINDS4,
            "heldout9_queries.jsonl": KINDS4, "heldout10_queries.jsonl": KINDS4,
            "heldout11_queries.jsonl": KINDS4, "heldout12_queries.jsonl": KINDS4,
            "heldout13_queries.jsonl": KINDS4, "heldout14_queries.jsonl": KINDS4,
            "heldout15_queries.jsonl": KINDS4, "heldout16_queries.jsonl": KINDS4,
            "heldout17_queries.jsonl": KINDS4, "heldout18_queries.jsonl": KINDS4,
            "heldout19_queries.jsonl": KINDS4, "heldout20_queries.jsonl": KINDS4,
            "heldout21_queries.jsonl": KINDS4,
            "heldout22_queries.jsonl": KINDS4,
            "heldout23_queries.jsonl": KINDS4,
            "heldout24_queries.jsonl": KINDS4,
            "heldout25_queries.jsonl": KINDS4,
            "heldout26_queries.jsonl": KINDS4,
            "heldout27_queries.jsonl": KINDS4}
# kinds whose answer is "no office": relevant and offices are empty
EMPTY_KINDS = {"none-question", "offtopic"}
FILTER_KEYS = {"office_type", "place", "year_roc", "parent_agency", "office"}
# file -> (SHA-256 when frozen, id prefix, number of queries)
FROZEN = {
    "heldout_queries.jsonl": ("cf8225a7dd68a761d32df2a7510e56200be0bf79941db4fec519fbaef58835d4", "H", 52),
    "heldout2_queries.jsonl": ("049f3652643a256511c137cbaf38379dcfa1f8d93c2c669018b8aa392095d5ae", "K", 54),
    "heldout3_queries.jsonl": ("a12896c66ad4a0d45f1ee41775b759b8e25f2612d5a66f9b703c752126a7eb20", "L", 64),
    "heldout4_queries.jsonl": ("a312bc0efa43e56a7dd94fca89e091e9d3764e26277151a17141d76d85c7af81", "M", 77),
    "heldout5_queries.jsonl": ("97645b3fd42e55d58b752c888532b031901af46cab90af66f28042925c12f4f9", "N", 81),
    "heldout6_queries.jsonl": ("15b5f5d1e651831c8f8e71b8a5c0f1729bef776ebcb250aac760d24ffef09e12", "P", 78),
    "heldout7_queries.jsonl": ("08a0baddadfb9491551a89456e59377ef106dfe2fd7276bddc0753d5d3b85f69", "Q", 78),
    "heldout8_queries.jsonl": ("2b4ceaba1cf16ef36fb927f700300722e734a273eec2f02c8b3e382f7a8f85e3", "R", 81),
    "heldout9_queries.jsonl": ("d056b7c856ad96ca1e6c40d541117da911cd0d42d1b448954b8e74ba5be2f940", "S", 81),
    "heldout10_queries.jsonl": ("3bbfb3309bcc8a417bcd5a28a1be5057fad23945794ef8f006abfeb338b60403", "T", 81),
    "heldout11_queries.jsonl": ("1d2c5a965dfa8df5075351543a30868f2497c77a9c7231a7024d432d35408e40", "U", 81),
    "heldout12_queries.jsonl": ("80d90f5c3fc709285921e6014d66e35f1568c93ccacf4740bbbedaebade541d1", "V", 81),
    "heldout13_queries.jsonl": ("31a2bfb52782b6dfc245b85f4b8be9772a83f6ffa8ced53897e540e7d8fd94bb", "W", 81),
    "heldout14_queries.jsonl": ("7986367f8da0256ace83aae0ab4fe6a7540dcd40e92973fdecc7776a46c11b0c", "X", 81),
    "heldout15_queries.jsonl": ("b9ef371da9c5d2df2ffed94bfa2d04d5066bd90a195d9c2dc0ac506bf7ee8724", "Y", 81),
    "heldout16_queries.jsonl": ("10501b05ebe461ca8bbd1404ba199e99d98605e68fbd98e9618f81ee5fce8d8d", "Z", 81),
    "heldout17_queries.jsonl": ("e1b43ef6f9748a8782097fb60f82c522512b02816e39301564c34331928fc0cc", "A", 81),
    "heldout18_queries.jsonl": ("12dc158d4103481c06090e40c122466906154817b0074fdd9d98c6570651960d", "B", 81),
    "heldout19_queries.jsonl": ("e26c230bad1aef84880d3e3871659f8462a7c63e1adb412f23416dc8be2e3b00", "C", 81),
    "heldout20_queries.jsonl": ("0a23861380df97fba88a6c0e67cb8ad48f1d183297b43a5377eed6f435fcdad6", "E", 81),
    "heldout21_queries.jsonl": ("b3f73c7478e76d0c7d3737177a03dd7c087e22413b8ccfb5c8a6a7bc8595f65b", "F", 81),
    "heldout22_queries.jsonl": ("b399ba2191fbb1adc45165d65d0b39814e19683a22bf727087fc8e9c1c452369", "G", 81),
    "heldout23_queries.jsonl": ("846dbb74f4019e95ada3c2084ef22af25479b46e2e073569535426f0af47dc7a", "H", 81),
    "heldout24_queries.jsonl": ("d11f6c8964427b6025443c7c435ed8aea0f80526fd7410c208850f4115e58ca5", "I", 81),
    "heldout25_queries.jsonl": ("c01c320ecc8ac8e4297e285a65b3869ed3a72f0228f5c7c29baaea5ce659100c", "J", 81),
    "heldout26_queries.jsonl": ("4bf7a22de5e436825a29effb83724663af07c92f326d92f8213c6999a408ef47", "K", 81),
    "heldout27_queries.jsonl": ("31ff9c15bbc64e8c276ed7a61c6b6f54b3bb832221e1ba5b5dc8ee5c73caa493", "L", 81),
}
SETS = pytest.mark.parametrize("name", sorted(FROZEN))
HELDOUT4 = "heldout4_queries.jsonl"
# the sets that carry held-out 4's fields (filter, answer_field, answers, via)
WITH_FIELDS = pytest.mark.parametrize("name", [HELDOUT4, "heldout5_queries.jsonl", "heldout6_queries.jsonl",
                                                "heldout7_queries.jsonl", "heldout8_queries.jsonl",
                                                "heldout9_queries.jsonl", "heldout10_queries.jsonl",
                                                "heldout11_queries.jsonl", "heldout12_queries.jsonl",
                                                "heldout13_queries.jsonl", "heldout14_queries.jsonl",
                                                "heldout15_queries.jsonl", "heldout16_queries.jsonl",
                                                "heldout17_queries.jsonl", "heldout18_queries.jsonl",
                                                "heldout19_queries.jsonl", "heldout20_queries.jsonl",
                                                "heldout21_queries.jsonl", "heldout22_queries.jsonl",
                                                "heldout23_queries.jsonl", "heldout24_queries.jsonl",
                                                "heldout25_queries.jsonl", "heldout26_queries.jsonl",
                                                "heldout27_queries.jsonl"])


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


def _plans() -> dict[str, dict]:
    """source file name -> the gold plan as written."""
    plans = {}
    for path in sorted((EVAL / "gold").glob("*.json")):
        plan = json.loads(path.read_text(encoding="utf-8"))
        plans[plan["source"]] = plan
    return plans


def _row_text(row: dict) -> str:
    return _norm("".join([row["measure"], *row["actions"], row["deadline"] or "", row["owner"] or "",
                          row["benefit"] or ""]))


def _in_filter(plan: dict, flt: dict) -> bool:
    """Whether a plan satisfies a filter-question's restriction as stated."""
    for key, value in flt.items():
        if key == "year_roc":
            if plan["year_roc"] != value:
                return False
        elif key == "parent_agency":
            if not plan["parent_agency"] or str(value) not in plan["parent_agency"]:
                return False
        elif str(value) not in plan["office"]:  # office_type, place, office: named in the office
            return False
    return True


@SETS
def test_file_is_the_frozen_one(name):
    assert hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == FROZEN[name][0], (
        f"data/eval/{name} changed: it is frozen (see data/eval/README.md)")


@SETS
def test_set_is_well_formed_with_every_kind(name):
    _, prefix, count = FROZEN[name]
    items = _items(name)
    assert [i["id"] for i in items] == [f"{prefix}{n:02d}" for n in range(1, count + 1)]
    assert {i["kind"] for i in items} == KINDS_OF[name]
    for item in items:
        assert item["query"].strip(), item["id"]
        if item["kind"] in EMPTY_KINDS:
            assert item["relevant"] == [] and item["offices"] == [], item["id"]
        elif item["kind"] == "filter-question" and not item["relevant"]:
            assert item["offices"] == [], item["id"]  # nothing within the restriction
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


# ---- held-out 4 to 16: the fields they add (filter, answer_field, answers, via) -------------------

@WITH_FIELDS
def test_heldout4_filters_are_known_and_hold_for_every_row(name):
    plans = _plans()
    items = _items(name)
    for item in items:
        if item["kind"] != "filter-question":
            assert "filter" not in item, item["id"]
            continue
        flt = item["filter"]
        assert isinstance(flt, dict) and flt and set(flt) <= FILTER_KEYS, item["id"]
        for rel in item["relevant"]:
            assert _in_filter(plans[rel["source"]], flt), (item["id"], rel["source"])
    assert sum(i["kind"] == "filter-question" and not i["relevant"] for i in items) >= 2


@WITH_FIELDS
def test_heldout4_answers_are_in_the_field_of_a_grade_two_row(name):
    plans = _plans()
    for item in _items(name):
        if item["kind"] not in ("owner-question", "deadline-question"):
            assert "answer_field" not in item and "answers" not in item, item["id"]
            continue
        field = item["answer_field"]
        assert field == item["kind"].split("-")[0], item["id"]
        values = [_norm(row[field]) for rel in item["relevant"] if rel["grade"] == 2
                  for row in plans[rel["source"]]["rows"]
                  if _norm(rel["snippet"]) in _row_text(row) and row[field]]
        assert values and item["answers"], item["id"]
        for answer in item["answers"]:
            assert any(_norm(answer) in value for value in values), (item["id"], answer)


@WITH_FIELDS
def test_heldout4_snippets_give_each_row_one_grade_and_via_names_a_section(name):
    plans = _plans()
    for item in _items(name):
        grades = {}  # (source, row id) -> grades of the snippets it contains
        for rel in item["relevant"]:
            assert rel.get("via", "section") == "section", item["id"]
            rows = [row for row in plans[rel["source"]]["rows"] if _norm(rel["snippet"]) in _row_text(row)]
            assert rows, (item["id"], rel["snippet"])
            if "via" in rel:
                assert all(row["section"] for row in rows), (item["id"], rel["snippet"])
            for row in rows:
                grades.setdefault((rel["source"], row["id"]), set()).add(rel["grade"])
        assert all(len(g) == 1 for g in grades.values()), (item["id"], grades)
