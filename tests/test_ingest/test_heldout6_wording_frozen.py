"""The sixth held-out wording is frozen: its constants are pinned by a SHA-256, every string is
CP950, and none of its measures, headers, units, owner forms or deadlines (nor office kinds and
names, titles, facets, chapters, note styles, list markers, bullets, law headers, print furniture,
non-measure sections or one-service forms) is one of the earlier wordings' (dev, heldout, heldout2,
heldout3, heldout4, heldout5) entries. It was written blind to the readers while the fifth was being
used to fix them, and is measured once after those fixes: the honest held-out figure."""

from __future__ import annotations

import re

import pytest
from frozen_wording import HEADER_ROLES, frozen_digest, header_names, rendered_markers, strings, units, wording_names
from plan_factory import vocabulary as V
from plan_factory.model import SECTION_KINDS, WORDINGS

FROZEN_SHA256 = "2cd2e4d1de9283b6c7ad59b566a53ad3e28760db56ac06c62f5092baaa71df35"
EARLIER_MARKERS = (rendered_markers(V.LIST_MARKERS, V.MARKER_SEQUENCES)
                   | rendered_markers(V.HELDOUT3_LIST_MARKERS, V.HELDOUT3_MARKER_SEQUENCES)
                   | rendered_markers(V.HELDOUT4_LIST_MARKERS, V.HELDOUT4_MARKER_SEQUENCES)
                   | rendered_markers(V.HELDOUT5_LIST_MARKERS, V.HELDOUT5_MARKER_SEQUENCES)
                   | {f"({c})" for c in "一二三"})  # the factory's step numbers
_OFFICES = (V.OFFICE_TYPES, V.HELDOUT_OFFICE_TYPES, V.HELDOUT2_OFFICE_TYPES, V.HELDOUT3_OFFICE_TYPES,
            V.HELDOUT4_OFFICE_TYPES, V.HELDOUT5_OFFICE_TYPES)
_HEADERS = (V.HEADERS, V.HELDOUT_HEADERS, V.HELDOUT2_HEADERS, V.HELDOUT3_HEADERS, V.HELDOUT4_HEADERS, V.HELDOUT5_HEADERS)
EARLIER = {  # kind → (earlier entries, sixth held-out entries)
    "measure": (set(V.MEASURES + V.HELDOUT_MEASURES + V.HELDOUT2_MEASURES + V.HELDOUT3_MEASURES + V.HELDOUT4_MEASURES
                    + V.HELDOUT5_MEASURES), set(V.HELDOUT6_MEASURES)),
    "header": (set().union(*(header_names(h) for h in _HEADERS)), header_names(V.HELDOUT6_HEADERS)),
    "unit": (set().union(*(units(t) for t in _OFFICES)) | set(V.SHARED_OWNERS + V.UNIT_FORMS + V.HELDOUT4_SHARED_OWNERS
                                                             + V.HELDOUT4_UNIT_FORMS + V.HELDOUT5_SHARED_OWNERS
                                                             + V.HELDOUT5_UNIT_FORMS),
             units(V.HELDOUT6_OFFICE_TYPES) | set(V.HELDOUT6_SHARED_OWNERS) | set(V.HELDOUT6_UNIT_FORMS)),
    "deadline": (set(V.DEADLINES + V.DEADLINE_DATED + V.DEADLINE_FORMS + V.HELDOUT_DEADLINES + V.HELDOUT_DEADLINE_DATED
                     + V.HELDOUT2_DEADLINES + V.HELDOUT2_DEADLINE_DATED + V.HELDOUT3_DEADLINES + V.HELDOUT3_DEADLINE_DATED
                     + V.HELDOUT4_DEADLINES + V.HELDOUT4_DEADLINE_DATED + V.HELDOUT4_DEADLINE_FORMS
                     + V.HELDOUT5_DEADLINES + V.HELDOUT5_DEADLINE_DATED + V.HELDOUT5_DEADLINE_FORMS),
                 set(V.HELDOUT6_DEADLINES + V.HELDOUT6_DEADLINE_DATED + V.HELDOUT6_DEADLINE_FORMS)),
    "office kind": (set().union(*(set(t) for t in _OFFICES)), set(V.HELDOUT6_OFFICE_TYPES)),
    "office name": ({pattern for types in _OFFICES for pattern, _ in types.values()},
                    {pattern for pattern, _ in V.HELDOUT6_OFFICE_TYPES.values()}),
    "title": (set(V.TITLE_PATTERNS + V.HELDOUT_TITLE_PATTERNS + V.HELDOUT2_TITLE_PATTERNS + V.HELDOUT3_TITLE_PATTERNS
                  + V.SERVICE_TITLES + V.HELDOUT4_TITLE_PATTERNS + V.HELDOUT4_SERVICE_TITLES + V.HELDOUT5_TITLE_PATTERNS
                  + V.HELDOUT5_SERVICE_TITLES),
              set(V.HELDOUT6_TITLE_PATTERNS + V.HELDOUT6_SERVICE_TITLES)),
    "facet": ({f for s in V.FACET_SETS + V.HELDOUT_FACET_SETS + V.HELDOUT2_FACET_SETS + V.HELDOUT3_FACET_SETS
               + V.HELDOUT4_FACET_SETS + V.HELDOUT5_FACET_SETS for f in s} | set(V.SUBSECTIONS),
              {f for s in V.HELDOUT6_FACET_SETS for f in s}),
    "chapter": (set(V.MEASURE_CHAPTERS + V.HELDOUT_MEASURE_CHAPTERS + V.HELDOUT2_MEASURE_CHAPTERS
                    + V.HELDOUT3_MEASURE_CHAPTERS + V.SERVICE_CHAPTERS + V.HELDOUT4_MEASURE_CHAPTERS
                    + V.HELDOUT4_SERVICE_CHAPTERS + V.HELDOUT5_MEASURE_CHAPTERS + V.HELDOUT5_SERVICE_CHAPTERS),
                set(V.HELDOUT6_MEASURE_CHAPTERS + V.HELDOUT6_SERVICE_CHAPTERS)),
    "note style": (set(V.NOTE_STYLES + V.HELDOUT_NOTE_STYLES + V.HELDOUT2_NOTE_STYLES + V.HELDOUT3_NOTE_STYLES
                       + V.HELDOUT4_NOTE_STYLES + V.HELDOUT5_NOTE_STYLES), set(V.HELDOUT6_NOTE_STYLES)),
    "list marker": (EARLIER_MARKERS, rendered_markers(V.HELDOUT6_LIST_MARKERS, V.HELDOUT6_MARKER_SEQUENCES)),
    "bullet": (set(V.BULLETS + V.HELDOUT3_BULLETS + V.HELDOUT4_BULLETS + V.HELDOUT5_BULLETS), set(V.HELDOUT6_BULLETS)),
    "law doc word": (set(V.LAW_DOC_WORDS + V.HELDOUT3_LAW_DOC_WORDS + V.HELDOUT4_LAW_DOC_WORDS + V.HELDOUT5_LAW_DOC_WORDS),
                     set(V.HELDOUT6_LAW_DOC_WORDS)),
    "law header": ({t for headers in (V.LAW_HEADERS, V.HELDOUT3_LAW_HEADERS, V.HELDOUT4_LAW_HEADERS, V.HELDOUT5_LAW_HEADERS)
                    for formats in headers.values() for t in formats},
                   {t for formats in V.HELDOUT6_LAW_HEADERS.values() for t in formats}),
    "print furniture": ({t for furniture in (V.PRINT_FURNITURE, V.HELDOUT3_PRINT_FURNITURE, V.HELDOUT4_PRINT_FURNITURE,
                                             V.HELDOUT5_PRINT_FURNITURE) for formats in furniture.values() for t in formats},
                        {t for formats in V.HELDOUT6_PRINT_FURNITURE.values() for t in formats}),
    "non-measure section": ({t for t, _ in V.HELDOUT3_NON_MEASURE_SECTIONS + V.HELDOUT4_NON_MEASURE_SECTIONS
                             + V.HELDOUT5_NON_MEASURE_SECTIONS}
                            | set(V.DEFINITION_CHAPTERS) | set(V.EVALUATION_CHAPTERS)
                            | {name for name, _ in V.FRONT_CHAPTERS + V.BACK_CHAPTERS},
                            {t for t, _ in V.HELDOUT6_NON_MEASURE_SECTIONS}),
    "service front": ({name for name, _ in V.SERVICE_FRONT + V.HELDOUT4_SERVICE_FRONT + V.HELDOUT5_SERVICE_FRONT}
                      | (set(strings(V.SERVICE_FIELDS)) - set(V.SERVICE_FIELDS))
                      | (set(strings(V.HELDOUT4_SERVICE_FIELDS)) - set(V.HELDOUT4_SERVICE_FIELDS))
                      | (set(strings(V.HELDOUT5_SERVICE_FIELDS)) - set(V.HELDOUT5_SERVICE_FIELDS)),
                      {name for name, _ in V.HELDOUT6_SERVICE_FRONT}
                      | (set(strings(V.HELDOUT6_SERVICE_FIELDS)) - set(V.HELDOUT6_SERVICE_FIELDS))),
    "boilerplate": (set(V.BOILERPLATE + V.HELDOUT4_BOILERPLATE + V.HELDOUT5_BOILERPLATE), set(V.HELDOUT6_BOILERPLATE)),
}
ALL_EARLIER = set().union(*(earlier for earlier, _ in EARLIER.values()))


def test_the_sixth_heldout_wording_is_frozen():
    assert wording_names("HELDOUT6_"), "no HELDOUT6_* constants"
    assert frozen_digest("HELDOUT6_") == FROZEN_SHA256, "frozen: see tests/plan_factory/vocabulary.py"


@pytest.mark.parametrize("name", wording_names("HELDOUT6_"))
def test_every_string_of_the_sixth_heldout_wording_is_cp950(name):
    for text in strings(getattr(V, name)):
        text.encode("cp950")  # raises UnicodeEncodeError on a character Big5 lacks


@pytest.mark.parametrize("kind", sorted(EARLIER))
def test_the_sixth_heldout_wording_shares_no_entry_with_earlier_wordings(kind):
    _, new = EARLIER[kind]
    assert new, kind
    assert not new & ALL_EARLIER, f"{kind}: {sorted(new & ALL_EARLIER)} already in an earlier wording"


def test_the_sixth_heldout_wording_is_the_one_the_bench_runs():
    words = WORDINGS["heldout6"]
    assert words.office_types is V.HELDOUT6_OFFICE_TYPES and words.measures is V.HELDOUT6_MEASURES
    assert words.shared_owners == V.HELDOUT6_SHARED_OWNERS and words.deadline_forms == V.HELDOUT6_DEADLINE_FORMS
    assert words.list_markers == V.HELDOUT6_LIST_MARKERS and words.bullets == V.HELDOUT6_BULLETS
    assert words.service_titles == V.HELDOUT6_SERVICE_TITLES and words.boilerplate == V.HELDOUT6_BOILERPLATE


def test_the_sixth_heldout_wording_has_the_shapes_and_sizes_of_the_fifth():
    assert len(V.HELDOUT6_OFFICE_TYPES) >= 4
    for kind, (pattern, office_units) in V.HELDOUT6_OFFICE_TYPES.items():
        assert len(office_units) >= 4 and len(set(office_units)) == len(office_units), kind
        assert pattern.format(county="臺南市", place="永康")  # only {county} and {place}
    for pattern in V.HELDOUT6_TITLE_PATTERNS:
        assert "{office}" in pattern and "{year}" in pattern
        assert pattern.format(office="某機關", year=113)
    for pattern in V.HELDOUT6_SERVICE_TITLES:
        assert "{office}" in pattern and "{service}" in pattern
        assert "{" not in pattern.format(office="某機關", service="到府服務", year=113)
    assert len(V.HELDOUT6_TITLE_PATTERNS) >= 3
    assert len(V.HELDOUT6_FACET_SETS) >= 2 and all(len(s) == 4 for s in V.HELDOUT6_FACET_SETS)
    assert len(V.HELDOUT6_MEASURE_CHAPTERS) >= 3
    assert len(V.HELDOUT6_MEASURES) >= 18 and len(set(V.HELDOUT6_MEASURES)) == len(V.HELDOUT6_MEASURES)
    assert tuple(V.HELDOUT6_HEADERS) == tuple(V.HEADERS) == HEADER_ROLES
    assert all(len(names) >= 2 for names in V.HELDOUT6_HEADERS.values())
    names = [n for names in V.HELDOUT6_HEADERS.values() for n in names]
    assert len(names) == len(set(names)), "a header name in two roles"
    for style in V.HELDOUT6_NOTE_STYLES:
        assert style.format(owner="甲課", deadline="全年度")
    for template in V.HELDOUT6_DEADLINE_DATED + V.HELDOUT6_DEADLINE_FORMS:
        # the generator passes a day only when "{day}" is in the pattern: no format spec on it
        assert ("day" in template) == ("{day}" in template)
        assert "{" not in template.format(year=113, month=6, day=30)
    assert set(V.HELDOUT6_SERVICE_FIELDS) == {"deadline", "owner"}
    assert all(s.endswith("。") for s in V.HELDOUT6_BOILERPLATE)


def test_the_unit_examples_are_units_of_the_office_types():
    all_units = units(V.HELDOUT6_OFFICE_TYPES)
    for form, examples in V.HELDOUT6_UNIT_SUFFIX_EXAMPLES.items():
        assert examples and set(examples) <= all_units, form
    for suffix in ("科", "中心", "大隊", "小組", "廳", "館", "站", "市場", "員", "專員", "督導", "助理", "專線"):
        assert all(u.endswith(suffix) for u in V.HELDOUT6_UNIT_SUFFIX_EXAMPLES[suffix])
    assert not set(V.HELDOUT6_SHARED_OWNERS + V.HELDOUT6_UNIT_FORMS) & all_units


def test_list_markers_number_by_their_sequence_rule():
    for name, pattern in V.HELDOUT6_LIST_MARKERS.items():
        fields = set(re.findall(r"{(\w+)}", pattern))
        assert len(fields) == 1 and fields <= {"n", "cn", "c"}, name
        assert ("c" in fields) == (name in V.HELDOUT6_MARKER_SEQUENCES), name
        for n in range(1, 4):
            seq = V.HELDOUT6_MARKER_SEQUENCES.get(name, ("",) * 3)
            assert pattern.format(n=n, cn="一二三"[n - 1], c=seq[n - 1]).strip(), name
    assert all(len(seq) == 10 for seq in V.HELDOUT6_MARKER_SEQUENCES.values())
    # plans with more than ten actions need a style that numbers past ten
    assert set(V.HELDOUT6_LIST_MARKERS) - set(V.HELDOUT6_MARKER_SEQUENCES)


def test_law_headers_and_print_furniture_format():
    kw = dict(title="某機關提升服務品質實施要點", year=113, month=5, day=2, word="府社", number=1130012345,
              parent="臺南市政府", office="某機關", page=3, pages=12, hour=10, minute=21)
    for field in ("法規名稱", "公發布日", "修正日期", "發文字號", "法規體系", "法規內容"):
        assert field in V.HELDOUT6_LAW_HEADERS
    assert list(V.HELDOUT6_LAW_HEADERS)[0] == "法規名稱" and list(V.HELDOUT6_LAW_HEADERS)[-1] == "法規內容"
    for formats in list(V.HELDOUT6_LAW_HEADERS.values()) + list(V.HELDOUT6_PRINT_FURNITURE.values()):
        for template in formats:
            assert "{" not in template.format(**kw)
    assert {"page", "printed"} <= set(V.HELDOUT6_PRINT_FURNITURE)
    earlier = {t for formats in list(V.PRINT_FURNITURE.values()) + list(V.HELDOUT3_PRINT_FURNITURE.values())
               + list(V.HELDOUT4_PRINT_FURNITURE.values()) + list(V.HELDOUT5_PRINT_FURNITURE.values()) for t in formats}
    assert not earlier & {t for formats in V.HELDOUT6_PRINT_FURNITURE.values() for t in formats}


def test_non_measure_sections_hold_two_or_three_sentences():
    titles = [title for title, _ in V.HELDOUT6_NON_MEASURE_SECTIONS]
    assert len(titles) == len(set(titles))
    assert set(V.HELDOUT6_SECTION_KINDS) <= set(titles)
    assert set(V.HELDOUT6_SECTION_KINDS.values()) == {"definitions", "evaluation", "appendix"}
    assert all(SECTION_KINDS[t] == kind for t, kind in V.HELDOUT6_SECTION_KINDS.items())
    for title, sentences in V.HELDOUT6_NON_MEASURE_SECTIONS:
        assert 2 <= len(sentences) <= 3, title
        assert all(s.format(year=113).endswith("。") for s in sentences), title


def test_the_bench_reports_the_sixth_heldout_wording_first():
    from pathlib import Path

    bench = (Path(__file__).resolve().parents[2] / "bench" / "roundtrip.py").read_text(encoding="utf-8")
    assert '"--wordings", default="heldout6,' in bench
