"""The third held-out wording (issue 18: text renderings) is frozen: its constants are pinned by a
SHA-256, every string is CP950, and none of its measures, headers, units or deadlines (nor office
kinds, titles, facets or chapters) is one of the earlier wordings' entries."""

from __future__ import annotations

import re

import pytest
from frozen_wording import HEADER_ROLES, frozen_digest, header_names, strings, units, wording_names
from plan_factory import vocabulary as V

FROZEN_SHA256 = "4f85d2e406ddb710dfc2740200bac9f0fa517d9251a2c2b84af0e7a7a248d4ef"
EARLIER = {  # kind → (earlier entries, third held-out entries)
    "measure": (set(V.MEASURES) | set(V.HELDOUT_MEASURES) | set(V.HELDOUT2_MEASURES), set(V.HELDOUT3_MEASURES)),
    "header": (header_names(V.HEADERS) | header_names(V.HELDOUT_HEADERS) | header_names(V.HELDOUT2_HEADERS),
               header_names(V.HELDOUT3_HEADERS)),
    "unit": (units(V.OFFICE_TYPES) | units(V.HELDOUT_OFFICE_TYPES) | units(V.HELDOUT2_OFFICE_TYPES),
             units(V.HELDOUT3_OFFICE_TYPES)),
    "deadline": (set(V.DEADLINES + V.DEADLINE_DATED + V.HELDOUT_DEADLINES + V.HELDOUT_DEADLINE_DATED
                     + V.HELDOUT2_DEADLINES + V.HELDOUT2_DEADLINE_DATED),
                 set(V.HELDOUT3_DEADLINES + V.HELDOUT3_DEADLINE_DATED)),
    "office kind": (set(V.OFFICE_TYPES) | set(V.HELDOUT_OFFICE_TYPES) | set(V.HELDOUT2_OFFICE_TYPES),
                    set(V.HELDOUT3_OFFICE_TYPES)),
    "title": (set(V.TITLE_PATTERNS + V.HELDOUT_TITLE_PATTERNS + V.HELDOUT2_TITLE_PATTERNS), set(V.HELDOUT3_TITLE_PATTERNS)),
    "facet": ({f for s in V.FACET_SETS + V.HELDOUT_FACET_SETS + V.HELDOUT2_FACET_SETS for f in s},
              {f for s in V.HELDOUT3_FACET_SETS for f in s}),
    "chapter": (set(V.MEASURE_CHAPTERS + V.HELDOUT_MEASURE_CHAPTERS + V.HELDOUT2_MEASURE_CHAPTERS),
                set(V.HELDOUT3_MEASURE_CHAPTERS)),
    "note style": (set(V.NOTE_STYLES + V.HELDOUT_NOTE_STYLES + V.HELDOUT2_NOTE_STYLES), set(V.HELDOUT3_NOTE_STYLES)),
}
ALL_EARLIER = set().union(*(earlier for earlier, _ in EARLIER.values()))


def test_the_third_heldout_wording_is_frozen():
    assert wording_names("HELDOUT3_"), "no HELDOUT3_* constants"
    assert frozen_digest("HELDOUT3_") == FROZEN_SHA256, "frozen: see tests/plan_factory/vocabulary.py"


@pytest.mark.parametrize("name", wording_names("HELDOUT3_"))
def test_every_string_of_the_third_heldout_wording_is_cp950(name):
    for text in strings(getattr(V, name)):
        text.encode("cp950")  # raises UnicodeEncodeError on a character Big5 lacks


@pytest.mark.parametrize("kind", sorted(EARLIER))
def test_the_third_heldout_wording_shares_no_entry_with_earlier_wordings(kind):
    _, new = EARLIER[kind]
    assert not new & ALL_EARLIER, f"{kind}: {sorted(new & ALL_EARLIER)} already in an earlier wording"


def test_the_third_heldout_wording_has_the_shapes_and_sizes_of_the_second():
    assert len(V.HELDOUT3_OFFICE_TYPES) >= 4
    for kind, (pattern, office_units) in V.HELDOUT3_OFFICE_TYPES.items():
        assert len(office_units) >= 4, kind
        assert pattern.format(county="臺南市", place="永康")  # only {county} and {place}
    for pattern in V.HELDOUT3_TITLE_PATTERNS:
        assert "{office}" in pattern and "{year}" in pattern
        assert pattern.format(office="某機關", year=113)
    assert len(V.HELDOUT3_TITLE_PATTERNS) >= 3
    assert len(V.HELDOUT3_FACET_SETS) >= 2 and all(len(s) == 4 for s in V.HELDOUT3_FACET_SETS)
    assert len(V.HELDOUT3_MEASURE_CHAPTERS) >= 3
    assert len(V.HELDOUT3_MEASURES) >= 18 and len(set(V.HELDOUT3_MEASURES)) == len(V.HELDOUT3_MEASURES)
    assert tuple(V.HELDOUT3_HEADERS) == tuple(V.HEADERS) == HEADER_ROLES
    assert all(len(names) >= 2 for names in V.HELDOUT3_HEADERS.values())
    names = [n for names in V.HELDOUT3_HEADERS.values() for n in names]
    assert len(names) == len(set(names)), "a header name in two roles"
    for style in V.HELDOUT3_NOTE_STYLES:
        assert style.format(owner="甲課", deadline="全年度")
    for template in V.HELDOUT3_DEADLINE_DATED:
        # the generator passes a day only when "{day}" is in the pattern: no format spec on it
        assert ("day" in template) == ("{day}" in template)
        assert "{" not in template.format(year=113, month=6, day=30)


def test_the_unit_examples_are_units_of_the_office_types():
    all_units = units(V.HELDOUT3_OFFICE_TYPES)
    for form, examples in V.HELDOUT3_UNIT_SUFFIX_EXAMPLES.items():
        assert examples and set(examples) <= all_units, form
    for suffix in ("股", "科", "組", "中心", "室", "隊"):
        assert all(u.endswith(suffix) for u in V.HELDOUT3_UNIT_SUFFIX_EXAMPLES[suffix])


def test_list_markers_number_by_their_sequence_rule():
    for name, pattern in V.HELDOUT3_LIST_MARKERS.items():
        fields = set(re.findall(r"{(\w+)}", pattern))
        assert len(fields) == 1 and fields <= {"n", "cn", "c"}, name
        assert ("c" in fields) == (name in V.HELDOUT3_MARKER_SEQUENCES), name
        for n in range(1, 4):
            seq = V.HELDOUT3_MARKER_SEQUENCES.get(name, ("",) * 3)
            assert pattern.format(n=n, cn="一二三"[n - 1], c=seq[n - 1]).strip(), name
    assert all(len(seq) == 10 for seq in V.HELDOUT3_MARKER_SEQUENCES.values())
    assert "{n}." not in V.HELDOUT3_LIST_MARKERS.values() and "({n})" not in V.HELDOUT3_LIST_MARKERS.values()


def test_law_headers_and_print_furniture_format():
    kw = dict(title="某機關提升服務品質實施要點", year=113, month=5, day=2, word="府授研", number=1130012345,
              parent="臺南市政府", office="某機關", page=3, pages=12, hour=10, minute=21)
    for field in ("法規名稱", "公發布日", "修正日期", "發文字號", "法規體系", "法規內容"):
        assert field in V.HELDOUT3_LAW_HEADERS
    for formats in list(V.HELDOUT3_LAW_HEADERS.values()) + list(V.HELDOUT3_PRINT_FURNITURE.values()):
        for template in formats:
            assert "{" not in template.format(**kw)
    assert "第 3 頁 / 共 12 頁" in [t.format(**kw) for t in V.HELDOUT3_PRINT_FURNITURE["page"]]
    assert "列印時間：113/05/02 10:21" in [t.format(**kw) for t in V.HELDOUT3_PRINT_FURNITURE["printed"]]


def test_non_measure_sections_hold_two_or_three_sentences():
    titles = [title for title, _ in V.HELDOUT3_NON_MEASURE_SECTIONS]
    assert len(titles) == len(set(titles))
    assert {"名詞定義", "評核項目及配分", "考核基準", "附件", "附表", "參考法令"} <= set(titles)
    for title, sentences in V.HELDOUT3_NON_MEASURE_SECTIONS:
        assert 2 <= len(sentences) <= 3, title
        assert all(s.format(year=113).endswith("。") for s in sentences), title
