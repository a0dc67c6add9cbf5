"""What the frozen held-out wording tests (tests/test_ingest/test_heldout*_wording*_frozen.py)
share: a wording's constants by prefix, their SHA-256, and the entries each kind holds."""

from __future__ import annotations

import hashlib
import re

from plan_factory import vocabulary as V
from plan_factory.model import cn

HEADER_ROLES = ("facet", "measure", "group", "actions", "steps", "deadline", "owner", "benefit")


def wording_names(prefix: str) -> list[str]:
    """The vocabulary's constants of one wording (`HELDOUT3_` …), sorted."""
    return sorted(name for name in dir(V) if name.startswith(prefix))


def frozen_digest(prefix: str) -> str:
    text = "\n".join(f"{name}={getattr(V, name)!r}" for name in wording_names(prefix))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(k) + strings(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in strings(v)]
    return []


def units(office_types: dict) -> set[str]:
    return {unit for _, office_units in office_types.values() for unit in office_units}


def header_names(headers: dict) -> set[str]:
    return {name for names in headers.values() for name in names}


def rendered_markers(markers: dict, sequences: dict) -> set[str]:
    """The first three numbers of every list-marker style, as a plan writes them."""
    return {pattern.format(n=n, cn=cn(n), c=sequences.get(name, ("",) * 3)[n - 1]).strip()
            for name, pattern in markers.items() for n in range(1, 4)}


# -- the checks every wording written with all the text-rendering fields shares (fifth on) ------
def const(prefix: str, name: str):
    """A wording's constant: `const("HELDOUT5_", "MEASURES")` is V.HELDOUT5_MEASURES."""
    return getattr(V, prefix + name)


def wording_entries(words) -> dict[str, set[str]]:
    """A wording's entries by kind (a `plan_factory.model.Wording`): what must not repeat across wordings."""
    return {
        "measure": set(words.measures),
        "header": header_names(words.headers),
        "unit": units(words.office_types) | set(words.shared_owners) | set(words.unit_forms),
        "deadline": set(words.deadlines + words.deadline_dated + words.deadline_forms),
        "office kind": set(words.office_types),
        "office name": {pattern for pattern, _ in words.office_types.values()},
        "title": set(words.title_patterns + words.service_titles),
        "facet": {f for facets in words.facet_sets for f in facets},
        "chapter": set(words.measure_chapters + words.service_chapters),
        "note style": set(words.note_styles),
        "list marker": rendered_markers(words.list_markers, words.marker_sequences),
        "bullet": set(words.bullets),
        "law doc word": set(words.law_doc_words),
        "law header": {t for formats in words.law_headers.values() for t in formats},
        "print furniture": {t for formats in words.print_furniture.values() for t in formats},
        "non-measure section": {title for title, _ in words.non_measure_sections},
        "service front": ({name for name, _ in words.service_front}
                          | (set(strings(words.service_fields)) - set(words.service_fields))),
        "boilerplate": set(words.boilerplate),
    }


def earlier_entries(name: str) -> set[str]:
    """Every entry of the wordings registered before `name`, and what the factory writes in any
    wording (sub-sections, step numbers, the front and back chapters, definition and evaluation chapters)."""
    from plan_factory.model import WORDINGS

    order = list(WORDINGS)
    entries = (set(V.SUBSECTIONS) | {f"({c})" for c in "一二三"} | set(V.DEFINITION_CHAPTERS) | set(V.EVALUATION_CHAPTERS)
               | {chapter for chapter, _ in V.FRONT_CHAPTERS + V.BACK_CHAPTERS})
    for earlier in order[:order.index(name)]:
        entries |= set().union(*wording_entries(WORDINGS[earlier]).values())
    return entries


def check_shapes(prefix: str) -> None:
    """Sizes and placeholders the generator relies on."""
    assert len(const(prefix, "OFFICE_TYPES")) >= 4
    for kind, (pattern, office_units) in const(prefix, "OFFICE_TYPES").items():
        assert len(office_units) >= 4 and len(set(office_units)) == len(office_units), kind
        assert pattern.format(county="臺南市", place="永康")  # only {county} and {place}
    for pattern in const(prefix, "TITLE_PATTERNS"):
        assert "{office}" in pattern and "{year}" in pattern
        assert pattern.format(office="某機關", year=113)
    for pattern in const(prefix, "SERVICE_TITLES"):
        assert "{office}" in pattern and "{service}" in pattern
        assert "{" not in pattern.format(office="某機關", service="到府服務", year=113)
    assert len(const(prefix, "TITLE_PATTERNS")) >= 3
    assert len(const(prefix, "FACET_SETS")) >= 2 and all(len(s) == 4 for s in const(prefix, "FACET_SETS"))
    assert len(const(prefix, "MEASURE_CHAPTERS")) >= 3
    measures = const(prefix, "MEASURES")
    assert len(measures) >= 18 and len(set(measures)) == len(measures)
    headers = const(prefix, "HEADERS")
    assert tuple(headers) == tuple(V.HEADERS) == HEADER_ROLES
    assert all(len(names) >= 2 for names in headers.values())
    names = [n for names in headers.values() for n in names]
    assert len(names) == len(set(names)), "a header name in two roles"
    for style in const(prefix, "NOTE_STYLES"):
        assert style.format(owner="甲課", deadline="全年度")
    for template in const(prefix, "DEADLINE_DATED") + const(prefix, "DEADLINE_FORMS"):
        # the generator passes a day only when "{day}" is in the pattern: no format spec on it
        assert ("day" in template) == ("{day}" in template)
        assert "{" not in template.format(year=113, month=6, day=30)
    assert set(const(prefix, "SERVICE_FIELDS")) == {"deadline", "owner"}
    assert all(s.endswith("。") for s in const(prefix, "BOILERPLATE"))


def check_unit_examples(prefix: str, suffixes: tuple[str, ...]) -> None:
    all_units = units(const(prefix, "OFFICE_TYPES"))
    for form, examples in const(prefix, "UNIT_SUFFIX_EXAMPLES").items():
        assert examples and set(examples) <= all_units, form
    for suffix in suffixes:
        assert all(u.endswith(suffix) for u in const(prefix, "UNIT_SUFFIX_EXAMPLES")[suffix])
    assert not set(const(prefix, "SHARED_OWNERS") + const(prefix, "UNIT_FORMS")) & all_units


def check_list_markers(prefix: str) -> None:
    markers, sequences = const(prefix, "LIST_MARKERS"), const(prefix, "MARKER_SEQUENCES")
    for name, pattern in markers.items():
        fields = set(re.findall(r"{(\w+)}", pattern))
        assert len(fields) == 1 and fields <= {"n", "cn", "c"}, name
        assert ("c" in fields) == (name in sequences), name
        for n in range(1, 4):
            seq = sequences.get(name, ("",) * 3)
            assert pattern.format(n=n, cn="一二三"[n - 1], c=seq[n - 1]).strip(), name
    assert all(len(seq) == 10 for seq in sequences.values())
    # plans with more than ten actions need a style that numbers past ten
    assert set(markers) - set(sequences)


def check_law_headers_and_print_furniture(prefix: str) -> None:
    kw = dict(title="某機關提升服務品質實施要點", year=113, month=5, day=2, word="府社", number=1130012345,
              parent="臺南市政府", office="某機關", page=3, pages=12, hour=10, minute=21)
    law_headers, furniture = const(prefix, "LAW_HEADERS"), const(prefix, "PRINT_FURNITURE")
    for field in ("法規名稱", "公發布日", "修正日期", "發文字號", "法規體系", "法規內容"):
        assert field in law_headers
    assert list(law_headers)[0] == "法規名稱" and list(law_headers)[-1] == "法規內容"
    for formats in list(law_headers.values()) + list(furniture.values()):
        for template in formats:
            assert "{" not in template.format(**kw)
    assert {"page", "printed"} <= set(furniture)


def check_non_measure_sections(prefix: str) -> None:
    from plan_factory.model import SECTION_KINDS

    sections, kinds = const(prefix, "NON_MEASURE_SECTIONS"), const(prefix, "SECTION_KINDS")
    titles = [title for title, _ in sections]
    assert len(titles) == len(set(titles))
    assert set(kinds) <= set(titles)
    assert set(kinds.values()) == {"definitions", "evaluation", "appendix"}
    assert all(SECTION_KINDS[t] == kind for t, kind in kinds.items())
    for title, sentences in sections:
        assert 2 <= len(sentences) <= 3, title
        assert all(s.format(year=113).endswith("。") for s in sentences), title


def check_registered(prefix: str, name: str) -> None:
    """The wording the bench runs under `name` is built from these constants."""
    from plan_factory.model import WORDINGS

    words = WORDINGS[name]
    assert words.office_types is const(prefix, "OFFICE_TYPES") and words.measures is const(prefix, "MEASURES")
    assert words.shared_owners == const(prefix, "SHARED_OWNERS") and words.deadline_forms == const(prefix, "DEADLINE_FORMS")
    assert words.list_markers == const(prefix, "LIST_MARKERS") and words.bullets == const(prefix, "BULLETS")
    assert words.service_titles == const(prefix, "SERVICE_TITLES") and words.boilerplate == const(prefix, "BOILERPLATE")
