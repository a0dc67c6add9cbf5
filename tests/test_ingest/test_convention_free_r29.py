"""Mechanisms of the round on the twenty-ninth wording that need no wording's convention named. Every example
is of no test wording: made-up offices of three characters, made-up units and times."""

from __future__ import annotations

import pytest

from ingest.metadata import office_from_title

# --- a title's office named in three characters ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "office"), [
    ("星象館113年度服務品質提升實施計畫", "星象館"),
    ("潮汐署推動親水服務114年度實施計畫", "潮汐署"),
    ("民國112年度琴藝會為民服務效能提升計畫", "琴藝會"),
    ("星象館服務品質提升實施計畫（113年版）", "星象館"),
])
def test_a_two_character_name_and_one_kind_word_is_the_title_office(title, office):
    assert office_from_title(title) == office


@pytest.mark.parametrize("title", [
    "服務處113年度服務品質提升實施計畫",  # a kind's word of its own, no name before it
    "本館113年度服務品質提升實施計畫",  # the plan speaking of itself
    "星象113年度服務品質提升實施計畫",  # no kind's word
])
def test_three_characters_without_a_name_and_a_kind_word_name_no_office(title):
    assert office_from_title(title) == ""
