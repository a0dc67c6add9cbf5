"""Every synonym group stands on plan evidence, checked against the sample corpus (issue 8):
rows of at least two plans where its variants are used for the same measure."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD

from index.synonyms import DEFAULT_SYNONYMS, SynonymTable
from index.text import fold


def gold_rows() -> dict[str, str]:
    """Gold row id → folded text of the row (measure, actions, benefit)."""
    out = {}
    for path in sorted(GOLD.glob("*.json")):
        for row in json.loads(path.read_text(encoding="utf-8"))["rows"]:
            out[row["id"]] = fold("".join([row["measure"], *row["actions"], row.get("benefit") or ""]))
    return out


ROWS = gold_rows()
TABLE = SynonymTable.load(DEFAULT_SYNONYMS)


@pytest.mark.parametrize("group, refs", list(zip(TABLE.groups, TABLE.evidence, strict=True)),
                         ids=[g[0] for g in TABLE.groups])
def test_group_evidence_holds_in_the_sample_plans(group, refs):
    assert refs, f"{group[0]}: no evidence rows"
    used = set()
    for ref in refs:
        row_id, _, term = ref.partition(":")
        assert row_id in ROWS, f"{ref}: no such gold row"
        assert fold(term) in group, f"{ref}: {term} is not a term of the group"
        assert fold(term) in ROWS[row_id], f"{ref}: the row does not use {term}"
        used.add(fold(term))
    assert used == set(group), f"{group[0]}: variants without evidence: {set(group) - used}"
    assert len({ref[:3] for ref in refs}) >= 2, f"{group[0]}: evidence from one plan only"


@pytest.mark.parametrize("phrase, terms", TABLE.english, ids=[p for p, _ in TABLE.english])
def test_english_entries_translate_into_terms_the_plans_use(phrase, terms):
    assert any(any(t in text for text in ROWS.values()) for t in terms), f"en:{phrase}: no plan uses {terms}"


def test_evidence_that_is_wrong_is_caught():
    bad = ("到宅服務:x", "000-r13:到府服務")
    with pytest.raises(AssertionError):
        test_group_evidence_holds_in_the_sample_plans(tuple(fold(t) for t in ("到宅服務", "到府服務")), bad)


def test_every_dictionary_term_occurs_in_a_sample_plan():
    from index.text import DATA_DIR

    terms = [line.split()[0] for line in (DATA_DIR / "userdict.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    missing = [t for t in terms if not any(fold(t) in text for text in ROWS.values())]
    assert not missing, f"userdict terms no plan uses: {missing}"
