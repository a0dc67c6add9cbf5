"""The sixth held-out wording is frozen: its constants are pinned by a SHA-256, every string is
CP950, and none of its measures, headers, units, owner forms or deadlines (nor office kinds and
names, titles, facets, chapters, note styles, list markers, bullets, law headers, print furniture,
non-measure sections or one-service forms) is one of the earlier wordings' (dev, heldout, heldout2,
heldout3, heldout4, heldout5) entries. It was written blind to the readers while the fifth was being
used to fix them, and is measured once after those fixes: the honest held-out figure."""

from __future__ import annotations

import pytest
from frozen_wording import (
    check_law_headers_and_print_furniture,
    check_list_markers,
    check_non_measure_sections,
    check_registered,
    check_shapes,
    check_unit_examples,
    const,
    earlier_entries,
    frozen_digest,
    strings,
    wording_entries,
    wording_names,
)
from plan_factory.model import WORDINGS

FROZEN_SHA256 = "2cd2e4d1de9283b6c7ad59b566a53ad3e28760db56ac06c62f5092baaa71df35"
PREFIX, NAME = "HELDOUT6_", "heldout6"
OWN = wording_entries(WORDINGS[NAME])
EARLIER = earlier_entries(NAME)


def test_the_sixth_heldout_wording_is_frozen():
    assert wording_names(PREFIX), f"no {PREFIX}* constants"
    assert frozen_digest(PREFIX) == FROZEN_SHA256, "frozen: see tests/plan_factory/vocabulary.py"


@pytest.mark.parametrize("name", wording_names(PREFIX))
def test_every_string_of_the_sixth_heldout_wording_is_cp950(name):
    for text in strings(const(PREFIX, name.removeprefix(PREFIX))):
        text.encode("cp950")  # raises UnicodeEncodeError on a character Big5 lacks


@pytest.mark.parametrize("kind", sorted(OWN))
def test_the_sixth_heldout_wording_shares_no_entry_with_earlier_wordings(kind):
    assert OWN[kind], kind
    assert not OWN[kind] & EARLIER, f"{kind}: {sorted(OWN[kind] & EARLIER)} already in an earlier wording"


def test_the_sixth_heldout_wording_is_the_one_the_bench_runs():
    check_registered(PREFIX, NAME)


def test_the_sixth_heldout_wording_has_the_shapes_and_sizes_of_the_fifth():
    check_shapes(PREFIX)


def test_the_unit_examples_are_units_of_the_office_types():
    check_unit_examples(PREFIX, ("科", "中心", "大隊", "小組", "廳", "館", "站", "市場", "員", "專員", "督導", "助理", "專線"))


def test_list_markers_number_by_their_sequence_rule():
    check_list_markers(PREFIX)


def test_law_headers_and_print_furniture_format():
    check_law_headers_and_print_furniture(PREFIX)


def test_non_measure_sections_hold_two_or_three_sentences():
    check_non_measure_sections(PREFIX)


def test_the_bench_reports_the_sixth_heldout_wording_first():
    from pathlib import Path

    bench = (Path(__file__).resolve().parents[2] / "bench" / "roundtrip.py").read_text(encoding="utf-8")
    assert '"--wordings", default="heldout6,' in bench
