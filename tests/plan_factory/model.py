"""A random logical plan from a seed, and the rows a careful reader sees in it.

The logical plan is what every rendering shares: office, year, title, chapters, four 構面 with
their measures (1–12 numbered actions each) or their groups of steps (each step with its own
deadline and owner). `Plan.expected_rows()` is the answer key of the round trip.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from plan_factory import vocabulary as V

CN_NUMBERS = "一二三四五六七八九十"
CHAPTER_NUMBERS = "壹貳參肆伍陸柒捌玖拾"


@dataclass(frozen=True)
class Wording:
    """The vocabulary a plan is written in: the development one or a held-out one. The fields
    after `note_styles` serve the text renderings (issue 18); wordings written before them
    take the development values."""

    name: str
    office_types: dict
    title_patterns: tuple[str, ...]
    facet_sets: tuple[tuple[str, ...], ...]
    measure_chapters: tuple[str, ...]
    measures: tuple[str, ...]
    deadlines: tuple[str, ...]
    deadline_dated: tuple[str, ...]
    headers: dict
    note_styles: tuple[str, ...]
    shared_owners: tuple[str, ...] = ()  # owner forms drawn into some rows (empty: the office's units only)
    unit_forms: tuple[str, ...] = ()
    deadline_forms: tuple[str, ...] = ()
    list_markers: dict = field(default_factory=lambda: dict(V.LIST_MARKERS))
    marker_sequences: dict = field(default_factory=lambda: dict(V.MARKER_SEQUENCES))
    bullets: tuple[str, ...] = V.BULLETS
    law_headers: dict = field(default_factory=lambda: dict(V.LAW_HEADERS))
    law_doc_words: tuple[str, ...] = V.LAW_DOC_WORDS
    print_furniture: dict = field(default_factory=lambda: dict(V.PRINT_FURNITURE))
    non_measure_sections: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (title, sentences); () → the forms below
    definition_chapters: tuple[str, ...] = V.DEFINITION_CHAPTERS
    definitions: tuple[tuple[str, str], ...] = V.DEFINITIONS
    definition_forms: tuple[str, ...] = V.DEFINITION_FORMS
    evaluation_chapters: tuple[str, ...] = V.EVALUATION_CHAPTERS
    evaluation_headers: tuple[str, ...] = V.EVALUATION_HEADERS
    evaluation_criteria: tuple[str, ...] = V.EVALUATION_CRITERIA
    appendix_titles: tuple[str, ...] = V.APPENDIX_TITLES
    appendix_lines: tuple[str, ...] = V.APPENDIX_LINES
    boilerplate: tuple[str, ...] = V.BOILERPLATE
    service_titles: tuple[str, ...] = V.SERVICE_TITLES
    service_chapters: tuple[str, ...] = V.SERVICE_CHAPTERS
    service_front: tuple[tuple[str, str], ...] = V.SERVICE_FRONT
    service_fields: dict = field(default_factory=lambda: dict(V.SERVICE_FIELDS))


DEV = Wording("dev", V.OFFICE_TYPES, V.TITLE_PATTERNS, V.FACET_SETS, V.MEASURE_CHAPTERS, V.MEASURES, V.DEADLINES,
              V.DEADLINE_DATED, V.HEADERS, V.NOTE_STYLES, V.SHARED_OWNERS, V.UNIT_FORMS, V.DEADLINE_FORMS)
HELDOUT = Wording("heldout", V.HELDOUT_OFFICE_TYPES, V.HELDOUT_TITLE_PATTERNS, V.HELDOUT_FACET_SETS,
                  V.HELDOUT_MEASURE_CHAPTERS, V.HELDOUT_MEASURES, V.HELDOUT_DEADLINES, V.HELDOUT_DEADLINE_DATED,
                  V.HELDOUT_HEADERS, V.HELDOUT_NOTE_STYLES)
HELDOUT2 = Wording("heldout2", V.HELDOUT2_OFFICE_TYPES, V.HELDOUT2_TITLE_PATTERNS, V.HELDOUT2_FACET_SETS,
                   V.HELDOUT2_MEASURE_CHAPTERS, V.HELDOUT2_MEASURES, V.HELDOUT2_DEADLINES, V.HELDOUT2_DEADLINE_DATED,
                   V.HELDOUT2_HEADERS, V.HELDOUT2_NOTE_STYLES)
# The third held-out wording, written blind to the readers for the text renderings; its own units
# (joint and collective ones among them) stand in for the shared owner forms.
HELDOUT3 = Wording("heldout3", V.HELDOUT3_OFFICE_TYPES, V.HELDOUT3_TITLE_PATTERNS, V.HELDOUT3_FACET_SETS,
                   V.HELDOUT3_MEASURE_CHAPTERS, V.HELDOUT3_MEASURES, V.HELDOUT3_DEADLINES, V.HELDOUT3_DEADLINE_DATED,
                   V.HELDOUT3_HEADERS, V.HELDOUT3_NOTE_STYLES, list_markers=dict(V.HELDOUT3_LIST_MARKERS),
                   marker_sequences=dict(V.HELDOUT3_MARKER_SEQUENCES), bullets=V.HELDOUT3_BULLETS,
                   law_headers=dict(V.HELDOUT3_LAW_HEADERS), law_doc_words=V.HELDOUT3_LAW_DOC_WORDS,
                   print_furniture=dict(V.HELDOUT3_PRINT_FURNITURE), non_measure_sections=V.HELDOUT3_NON_MEASURE_SECTIONS)


def _full_wording(name: str, prefix: str) -> Wording:
    """A wording that writes every field (the fourth on): its constants are `{prefix}FIELD`."""
    def c(field_name: str):
        return getattr(V, prefix + field_name)

    return Wording(name, c("OFFICE_TYPES"), c("TITLE_PATTERNS"), c("FACET_SETS"), c("MEASURE_CHAPTERS"), c("MEASURES"),
                   c("DEADLINES"), c("DEADLINE_DATED"), c("HEADERS"), c("NOTE_STYLES"), c("SHARED_OWNERS"),
                   c("UNIT_FORMS"), c("DEADLINE_FORMS"), list_markers=dict(c("LIST_MARKERS")),
                   marker_sequences=dict(c("MARKER_SEQUENCES")), bullets=c("BULLETS"), law_headers=dict(c("LAW_HEADERS")),
                   law_doc_words=c("LAW_DOC_WORDS"), print_furniture=dict(c("PRINT_FURNITURE")),
                   non_measure_sections=c("NON_MEASURE_SECTIONS"), boilerplate=c("BOILERPLATE"),
                   service_titles=c("SERVICE_TITLES"), service_chapters=c("SERVICE_CHAPTERS"),
                   service_front=c("SERVICE_FRONT"), service_fields=dict(c("SERVICE_FIELDS")))


# The fourth held-out wording, written blind to the readers after the third had been used to fix
# them; besides its own units it writes shared owners, unit forms, deadline forms and one-service plans.
HELDOUT4 = _full_wording("heldout4", "HELDOUT4_")
# The fifth held-out wording, written blind to the readers while the fourth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT5 = _full_wording("heldout5", "HELDOUT5_")
# The sixth held-out wording, written blind to the readers while the fifth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT6 = _full_wording("heldout6", "HELDOUT6_")
# The seventh held-out wording, written blind to the readers while the sixth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT7 = _full_wording("heldout7", "HELDOUT7_")
# The eighth held-out wording, written blind to the readers while the seventh was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT8 = _full_wording("heldout8", "HELDOUT8_")
# The ninth held-out wording, written blind to the readers while the eighth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT9 = _full_wording("heldout9", "HELDOUT9_")
# The tenth held-out wording, written blind to the readers while the ninth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT10 = _full_wording("heldout10", "HELDOUT10_")
# The eleventh held-out wording, written blind to the readers while the tenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT11 = _full_wording("heldout11", "HELDOUT11_")
# The twelfth held-out wording, written blind to the readers while the eleventh was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT12 = _full_wording("heldout12", "HELDOUT12_")
# The thirteenth held-out wording, written blind to the readers while the twelfth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT13 = _full_wording("heldout13", "HELDOUT13_")
# The fourteenth held-out wording, written blind to the readers while the thirteenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT14 = _full_wording("heldout14", "HELDOUT14_")
# The fifteenth held-out wording, written blind to the readers while the fourteenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT15 = _full_wording("heldout15", "HELDOUT15_")
# The sixteenth held-out wording, written blind to the readers while the fifteenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT16 = _full_wording("heldout16", "HELDOUT16_")
# The seventeenth held-out wording, written blind to the readers while the sixteenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT17 = _full_wording("heldout17", "HELDOUT17_")
# The eighteenth held-out wording, written blind to the readers while the seventeenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT18 = _full_wording("heldout18", "HELDOUT18_")
# The nineteenth held-out wording, written blind to the readers while the eighteenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT19 = _full_wording("heldout19", "HELDOUT19_")
# The twentieth held-out wording, written blind to the readers while the nineteenth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT20 = _full_wording("heldout20", "HELDOUT20_")
# The twenty-first held-out wording, written blind to the readers while the twentieth was being used to fix
# them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT21 = _full_wording("heldout21", "HELDOUT21_")
# The twenty-second held-out wording, written blind to the readers while the twenty-first was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT22 = _full_wording("heldout22", "HELDOUT22_")
# The twenty-third held-out wording, written blind to the readers while the twenty-second was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT23 = _full_wording("heldout23", "HELDOUT23_")
# The twenty-fourth held-out wording, written blind to the readers while the twenty-third was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT24 = _full_wording("heldout24", "HELDOUT24_")
# The twenty-fifth held-out wording, written blind to the readers while the twenty-fourth was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT25 = _full_wording("heldout25", "HELDOUT25_")
# The twenty-sixth held-out wording, written blind to the readers while the twenty-fifth was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT26 = _full_wording("heldout26", "HELDOUT26_")
# The twenty-seventh held-out wording, written blind to the readers while the twenty-sixth was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT27 = _full_wording("heldout27", "HELDOUT27_")
# The twenty-eighth held-out wording, written blind to the readers while the twenty-seventh was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT28 = _full_wording("heldout28", "HELDOUT28_")
# The twenty-ninth held-out wording, written blind to the readers while the twenty-eighth was being used to
# fix them, and frozen before those fixes were merged: the honest held-out figure after them.
HELDOUT29 = _full_wording("heldout29", "HELDOUT29_")
# The thirtieth held-out wording, written blind to the readers after the twenty-ninth had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT30 = _full_wording("heldout30", "HELDOUT30_")
# The thirty-first held-out wording, written blind to the readers after the thirtieth had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT31 = _full_wording("heldout31", "HELDOUT31_")
# The thirty-second held-out wording, written blind to the readers after the thirty-first had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT32 = _full_wording("heldout32", "HELDOUT32_")
# The thirty-third held-out wording, written blind to the readers after the thirty-second had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT33 = _full_wording("heldout33", "HELDOUT33_")
# The thirty-fourth held-out wording, written blind to the readers after the thirty-third had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT34 = _full_wording("heldout34", "HELDOUT34_")
# The thirty-fifth held-out wording, written blind to the readers after the thirty-fourth had been
# frozen (to be measured as the next reader round's held-out figure), and frozen at once: the
# honest held-out figure of the round after it.
HELDOUT35 = _full_wording("heldout35", "HELDOUT35_")
# The thirty-sixth held-out wording, written blind to the readers after the thirty-fifth had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT36 = _full_wording("heldout36", "HELDOUT36_")
# The thirty-seventh held-out wording, written blind to the readers after the thirty-sixth had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT37 = _full_wording("heldout37", "HELDOUT37_")
# The thirty-eighth held-out wording, written blind to the readers after the thirty-seventh had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT38 = _full_wording("heldout38", "HELDOUT38_")
# The thirty-ninth held-out wording, written blind to the readers after the thirty-eighth had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT39 = _full_wording("heldout39", "HELDOUT39_")
# The fortieth held-out wording, written blind to the readers after the thirty-ninth had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT40 = _full_wording("heldout40", "HELDOUT40_")
# The forty-first held-out wording, written blind to the readers after the fortieth had been
# measured as a reader round's held-out figure, and frozen at once: the honest held-out figure
# of the next round.
HELDOUT41 = _full_wording("heldout41", "HELDOUT41_")
WORDINGS = {w.name: w for w in (DEV, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8,
                                HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15,
                                HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21,
                                HELDOUT22, HELDOUT23, HELDOUT24, HELDOUT25, HELDOUT26,
                                HELDOUT27, HELDOUT28, HELDOUT29, HELDOUT30, HELDOUT31, HELDOUT32,
                                HELDOUT33, HELDOUT34, HELDOUT35, HELDOUT36, HELDOUT37,
                                HELDOUT38, HELDOUT39, HELDOUT40, HELDOUT41)}
# What kind of section each titled non-measure section is (the answer key of the report check).
SECTION_KINDS = {"名詞定義": "definitions", "評核項目及配分": "evaluation", "考核基準": "evaluation", "附件": "appendix",
                 "附表": "appendix", **V.HELDOUT4_SECTION_KINDS,
                 **V.HELDOUT5_SECTION_KINDS, **V.HELDOUT6_SECTION_KINDS, **V.HELDOUT7_SECTION_KINDS,
                 **V.HELDOUT8_SECTION_KINDS, **V.HELDOUT9_SECTION_KINDS, **V.HELDOUT10_SECTION_KINDS,
                 **V.HELDOUT11_SECTION_KINDS, **V.HELDOUT12_SECTION_KINDS, **V.HELDOUT13_SECTION_KINDS,
                 **V.HELDOUT14_SECTION_KINDS, **V.HELDOUT15_SECTION_KINDS, **V.HELDOUT16_SECTION_KINDS,
                 **V.HELDOUT17_SECTION_KINDS, **V.HELDOUT18_SECTION_KINDS,
                 **V.HELDOUT19_SECTION_KINDS, **V.HELDOUT20_SECTION_KINDS, **V.HELDOUT21_SECTION_KINDS,
                 **V.HELDOUT22_SECTION_KINDS, **V.HELDOUT23_SECTION_KINDS, **V.HELDOUT24_SECTION_KINDS,
                 **V.HELDOUT25_SECTION_KINDS, **V.HELDOUT26_SECTION_KINDS, **V.HELDOUT27_SECTION_KINDS,
                 **V.HELDOUT28_SECTION_KINDS, **V.HELDOUT29_SECTION_KINDS, **V.HELDOUT30_SECTION_KINDS,
                 **V.HELDOUT31_SECTION_KINDS, **V.HELDOUT32_SECTION_KINDS,
                 **V.HELDOUT33_SECTION_KINDS, **V.HELDOUT34_SECTION_KINDS, **V.HELDOUT35_SECTION_KINDS,
                 **V.HELDOUT36_SECTION_KINDS, **V.HELDOUT37_SECTION_KINDS,
                 **V.HELDOUT38_SECTION_KINDS, **V.HELDOUT39_SECTION_KINDS,
                 **V.HELDOUT40_SECTION_KINDS, **V.HELDOUT41_SECTION_KINDS}


@dataclass(frozen=True)
class Office:
    name: str
    kind: str
    units: tuple[str, ...]
    parent: str


@dataclass(frozen=True)
class ExpectedRow:
    """One row of the answer key (the fields a MeasureRow must carry)."""

    section: tuple[str, ...]
    measure: str
    actions: tuple[str, ...]
    deadline: str | None
    owner: str | None
    benefit: str | None
    extra: tuple[tuple[str, str], ...] = ()


@dataclass
class Item:
    """A measure with its actions, or a step (actions empty) with its own deadline/owner."""

    measure: str
    actions: list[str]
    deadline: str
    owner: str
    benefit: str
    extra: dict[str, str] = field(default_factory=dict)
    checks: list[tuple[str, str]] = field(default_factory=list)  # indicator plans: (deadline, owner) per action


@dataclass
class Group:
    """A broad measure spanning several step rows (step tables)."""

    title: str
    steps: list[Item]


@dataclass
class Part:
    """What sits under one heading: measures (measure grain) or groups of steps (step grain)."""

    title: str | None  # subsection heading "(一)…", None when the facet holds the table directly
    items: list[Item] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)


@dataclass
class Facet:
    title: str  # "一、基礎服務"
    parts: list[Part]


@dataclass
class Chapter:
    title: str  # "壹、計畫依據"
    paragraphs: list[str]


@dataclass(frozen=True)
class TextStyle:
    """How the text renderings draw one plan (issue 18). Drawn with a generator of its own, so
    the plans the older layouts get stay what they were."""

    box: str  # a key of vocabulary.BOX_STYLES
    row_rules: bool  # a rule between table rows (False: rules only around the header and the table)
    wrap: int  # characters per line of hard-wrapped law text
    page_lines: int  # lines per printed page
    furniture: tuple[str, ...]  # print furniture at each page break (formats)
    list_marker: str  # law text: actions under a measure heading (a key of the wording's list markers)
    bullet: str
    owner_lines: bool  # web text: the units of an owner cell one per line
    field_lines: str  # law text: a measure's deadline/owner after its actions: "lines" | "one-line" | "note"
    law_header: tuple[str, ...]  # the print view's header lines (formats), 法規名稱 first, 法規內容 last
    run_on_title: bool  # the title line runs on with print furniture
    one_service: bool  # bullet layout: the plan written as one service's plan


@dataclass(frozen=True)
class NonMeasure:
    """A section a plan holds that is not a measure: definitions, an evaluation scheme, an
    appendix, boilerplate. It gives no row; the ingest report should name it."""

    kind: str  # "definitions" | "evaluation" | "appendix" | "boilerplate" | "other" (front matter such as 經費)
    title: str  # chapter title without its number; boilerplate: the sentence
    lines: tuple[str, ...] = ()  # numbered items (definitions) or plain lines (appendix)
    table: tuple[tuple[str, ...], ...] = ()  # header row + rows (evaluation scheme)


@dataclass
class Plan:
    seed: int
    office: Office
    year_roc: int
    title: str
    front: list[Chapter]
    measure_chapter: str
    facets: list[Facet]
    back: list[Chapter]
    grain: str  # "measure" (one row per measure, numbered actions) | "step" (one row per step)
    facet_layout: str  # "heading" | "column" (a spanning first column) | "row" (a full-width row)
    headers: dict[str, str]  # role → header text
    extra_column: str | None
    action_marker: str  # "1." | "1、" | "(1)"
    step_marker: str  # "1." | "(一)"
    published: tuple[int, int]  # month, day of 公發布日
    note_style: str = V.NOTE_STYLES[0]  # how prose closes an item with its deadline and owner
    wording: str = "dev"
    style: TextStyle | None = None  # the text renderings' choices (issue 18)
    non_measures: tuple[NonMeasure, ...] = ()  # drawn by the text renderings only
    service: tuple[str, Item] | None = None  # a one-service plan: (content chapter, its one measure)
    frame: str = "plan"  # "indicator": the evaluation frame's 7 columns (see `indicator_plan`)

    @property
    def year_ad(self) -> int:
        return self.year_roc + 1911

    def expected_rows(self) -> list[ExpectedRow]:
        if self.service is not None:
            chapter, item = self.service
            return [_expected((chapter,), replace(item, benefit=None))]
        rows = []
        for facet in self.facets:
            for part in facet.parts:
                path = (self.measure_chapter, facet.title) + ((part.title,) if part.title else ())
                for item in part.items:
                    rows.append(_expected(path, item))
                for group in part.groups:
                    rows.extend(_expected(path + (group.title,), step) for step in group.steps)
        return rows


def _expected(path: tuple[str, ...], item: Item) -> ExpectedRow:
    return ExpectedRow(path, item.measure, tuple(item.actions), item.deadline, item.owner, item.benefit,
                       tuple(sorted(item.extra.items())))


_LEGACY_MARKERS = {"1.": "{n}. ", "1、": "{n}、", "(1)": "({n})"}


def number_action(marker: str, n: int, wording: str = "dev") -> str:
    """The n-th action's number: `1.`, `1、`, `(1)`, or a named style of the wording's list markers."""
    if marker in _LEGACY_MARKERS:
        return _LEGACY_MARKERS[marker].format(n=n)
    words = WORDINGS[wording]
    sequence = words.marker_sequences.get(marker, ())
    return words.list_markers[marker].format(n=n, cn=cn(n), c=sequence[n - 1] if sequence else "")


def number_step(marker: str, n: int) -> str:
    return f"{n}. " if marker == "1." else f"({CN_NUMBERS[n - 1]})"


def cn(n: int) -> str:
    return CN_NUMBERS[n - 1] if n <= 10 else "十" + CN_NUMBERS[n - 11]


# -- generation ----------------------------------------------------------------------
def random_plan(seed: int, *, wording: str = "dev") -> Plan:
    """The logical plan of `seed` (deterministic) in a wording: "dev" (what the suite runs),
    "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
    "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
    "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
    "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31",
    "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38",
    "heldout39", "heldout40" or "heldout41" (bench only)."""
    words = WORDINGS[wording]
    rng = random.Random(seed)
    office = _office(rng, words)
    year = rng.randint(95, 114)
    title = rng.choice(words.title_patterns).format(office=office.name, year=year)
    grain = rng.choice(("measure", "step"))
    facet_layout = rng.choice(("heading", "heading", "column", "row"))
    with_parts = grain == "measure" and facet_layout == "heading" and rng.random() < 0.4
    extra_column = rng.choice(tuple(V.EXTRA_COLUMNS)) if rng.random() < 0.4 else None
    headers = {role: rng.choice(names) for role, names in words.headers.items()}
    if headers["group"] == headers["steps"]:
        headers["steps"] = "實施步驟"
    plan_state = _Vocab(rng, office, year, extra_column, words, random.Random(f"forms:{wording}:{seed}"))
    chapters = _chapters(rng, office, year)
    n_front = len(chapters[0])
    measure_chapter = f"{CHAPTER_NUMBERS[n_front]}、{rng.choice(words.measure_chapters)}"
    back = chapters[1]
    facet_names = rng.choice(words.facet_sets)
    facets = []
    for i, name in enumerate(facet_names, 1):
        if with_parts:
            subs = rng.sample(V.SUBSECTIONS, rng.randint(1, 3))
            parts = [Part(f"({cn(j)}){s}", items=plan_state.items(rng.randint(1, 4))) for j, s in enumerate(subs, 1)]
        elif grain == "measure":
            parts = [Part(None, items=plan_state.items(rng.randint(1, 5)))]
        else:
            parts = [Part(None, groups=[plan_state.group() for _ in range(rng.randint(1, 3))])]
        facets.append(Facet(f"{cn(i)}、{name}", parts))
    plan = Plan(seed, office, year, title, chapters[0], measure_chapter, facets, back, grain, facet_layout,
                headers, extra_column, rng.choice(("1.", "1.", "1、", "(1)")), rng.choice(("1.", "(一)")),
                (rng.randint(1, 3), rng.randint(1, 28)), rng.choice(words.note_styles), words.name)
    text_rng = random.Random(f"text:{wording}:{seed}")  # its own generator: the draws above stay as they were
    most = max((len(it.actions) for f in facets for p in f.parts for it in p.items), default=1)
    style = _text_style(text_rng, words, most)
    if words.list_markers != V.LIST_MARKERS:  # a wording with list markers of its own numbers its tables' actions too
        plan = replace(plan, action_marker=style.list_marker)
    return replace(plan, style=style, non_measures=_non_measures(text_rng, words, office, year))


def _text_style(rng: random.Random, words: Wording, most_actions: int) -> TextStyle:
    markers = [name for name in words.list_markers if len(words.marker_sequences.get(name, range(99))) >= most_actions]
    furniture = [rng.choice(words.print_furniture[kind]) for kind in words.print_furniture
                 if kind in ("page", "printed") or rng.random() < 0.3]
    header = [rng.choice(formats) for name, formats in words.law_headers.items()
              if name in ("法規名稱", "公發布日", "法規內容") or rng.random() < 0.6]
    return TextStyle(
        box=rng.choice(tuple(V.BOX_STYLES)), row_rules=rng.random() < 0.7, wrap=rng.choice((28, 32, 36)),
        page_lines=rng.randint(40, 60), furniture=tuple(rng.sample(furniture, len(furniture))),
        list_marker=rng.choice(markers), bullet=rng.choice(words.bullets), owner_lines=rng.random() < 0.5,
        field_lines=rng.choice(("lines", "one-line", "note")), law_header=tuple(header),
        run_on_title=rng.random() < 0.3, one_service=rng.random() < 0.3)


def _non_measures(rng: random.Random, words: Wording, office: Office, year: int) -> tuple[NonMeasure, ...]:
    if words.non_measure_sections:  # sections a wording writes as (title, sentences)
        chosen = rng.sample(words.non_measure_sections, rng.randint(2, min(4, len(words.non_measure_sections))))
        return tuple(NonMeasure(SECTION_KINDS.get(title, "other"), title, tuple(t.format(year=year) for t in texts))
                     for title, texts in chosen)
    out = []
    if rng.random() < 0.6:
        terms = rng.sample(words.definitions, rng.randint(1, min(3, len(words.definitions))))
        form = rng.choice(words.definition_forms)
        out.append(NonMeasure("definitions", rng.choice(words.definition_chapters),
                              tuple(form.format(term=t, text=x) for t, x in terms)))
    if rng.random() < 0.5:
        facets = rng.choice(words.facet_sets)
        points = [rng.choice((20, 25, 30)) for _ in facets]
        rows = tuple((f, f"{p}分", rng.choice(words.evaluation_criteria)) for f, p in zip(facets, points, strict=True))
        out.append(NonMeasure("evaluation", rng.choice(words.evaluation_chapters), table=(words.evaluation_headers, *rows)))
    if rng.random() < 0.4:
        out.append(NonMeasure("appendix", rng.choice(words.appendix_titles).format(office=office.name),
                              tuple(rng.sample(words.appendix_lines, min(2, len(words.appendix_lines))))))
    if rng.random() < 0.4:
        out.append(NonMeasure("boilerplate", rng.choice(words.boilerplate)))
    return tuple(out)


def service_plan(plan: Plan) -> Plan:
    """The plan written as one service's plan (`某戶政事務所到府服務實施計畫`): its first measure
    is the service, named in the title; its actions (or its group's steps) are the service's."""
    words = WORDINGS[plan.wording]
    rng = random.Random(f"service:{plan.wording}:{plan.seed}")
    part = plan.facets[0].parts[0]
    if part.items:
        item = part.items[0]
    else:
        group = part.groups[0]
        first = group.steps[0]
        item = Item(group.title.split("，")[0], [s.measure for s in group.steps], first.deadline, first.owner, first.benefit)
    title = rng.choice(words.service_titles).format(office=plan.office.name, service=item.measure, year=plan.year_roc)
    chapter = rng.choice(words.service_chapters)
    return replace(plan, title=title, service=(chapter, item))


def _office(rng: random.Random, wording: Wording) -> Office:
    kind = rng.choice(tuple(wording.office_types))
    pattern, units = wording.office_types[kind]
    county, place = rng.choice(V.COUNTIES), rng.choice(V.PLACES).rstrip("區")
    if kind == "分署":
        ministry, suffix = rng.choice(V.MINISTRIES)
        return Office(f"{ministry}{place}{suffix}", kind, units, ministry)
    if kind == "區公所" and not county.endswith("市"):
        pattern = "{county}{place}鄉公所"
    if kind == "國稅分局":  # 財政部臺中國稅局, not 財政部臺中市國稅局
        county = county[:-1]
    parent = {"監理站": "交通部公路總局", "醫院": "衛生福利部", "就業中心": "勞動部勞動力發展署",
              "國稅分局": f"財政部{county}國稅局", "地方檢察署": "臺灣高等檢察署", "監獄": "法務部矯正署",
              "健保業務組": "衛生福利部中央健康保險署", "林業保育分署": "農業部林業及自然保育署",
              "國家公園管理處": "內政部國家公園署", "港務分公司": "臺灣港務股份有限公司",
              "自來水營運所": "台灣自來水股份有限公司", "郵局": "中華郵政股份有限公司",
              "國民中學": f"{county}政府教育局", "國立大學": "教育部", "榮譽國民之家": "國軍退除役官兵輔導委員會",
              "生活美學館": "文化部", "海關": "財政部關務署", "移民服務站": "內政部移民署",
              "勞保辦事處": "勞動部勞工保險局", "區營業處": "台灣電力股份有限公司", "國立博物館": "文化部",
              "區農業改良場": "農業部", "航空站": "交通部民用航空局", "標準檢驗分局": "經濟部標準檢驗局",
              "國家風景區管理處": "交通部觀光署", "港務警察總隊": "內政部警政署", "銀行分行": "臺灣銀行股份有限公司",
              "工務段": "交通部公路局", "臺鐵車站": "國營臺灣鐵路股份有限公司",
              "職業訓練中心": "行政院勞工委員會職業訓練局", "林區管理處": "行政院農業委員會林務局",
              "農田水利會": "行政院農業委員會", "科學園區管理局": "國家科學及技術委員會",
              "聯合醫院院區": f"{county}政府衛生局",
              "動植物防疫檢疫分署": "農業部動植物防疫檢疫署", "生命禮儀管理處": f"{county}政府民政局",
              "岸巡隊": "海洋委員會海巡署", "法律扶助分會": "財團法人法律扶助基金會",
              "捷運車站": "臺北大眾捷運股份有限公司", "動物園": f"{county}政府教育局",
              "電信服務中心": "中華電信股份有限公司",
              "派出所": f"{county}政府警察局", "區管制中心": "衛生福利部疾病管制署", "運動中心": f"{county}政府體育局",
              "勞動檢查處": f"{county}政府勞動局", "市立美術館": f"{county}政府文化局", "河川分署": "經濟部水利署",
              "捐血中心": "財團法人台灣血液基金會",
              "垃圾焚化廠": f"{county}政府環境保護局", "工業區服務中心": "經濟部產業發展署", "公共運輸處": f"{county}政府交通局",
              "家庭暴力防治中心": f"{county}政府社會局", "警察廣播地區臺": "交通部警察廣播電臺",
              "養護工程分局": "交通部高速公路局", "療養院": "衛生福利部",
              "後備指揮部": "國防部全民防衛動員署後備指揮部", "住宅及都市更新中心": f"{county}政府都市發展局",
              "農糧分署": "農業部農糧署", "水土保持分署": "農業部農村發展及水土保持署", "國有財產分署": "財政部國有財產署",
              "航務中心": "交通部航港局", "衛生局": f"{county}政府",
              "選舉委員會": "中央選舉委員會", "領務辦事處": "外交部領事事務局", "客家事務局": f"{county}政府",
              "老人之家": "衛生福利部社會及家庭署", "區管理中心": "衛生福利部食品藥物管理署",
              "輔具資源中心": f"{county}政府社會局", "旅遊服務中心": "交通部觀光署",
              "行政執行分署": "法務部行政執行署", "動產質借處": f"{county}政府財政局", "氣象站": "交通部中央氣象署",
              "智慧財產服務處": "經濟部智慧財產局", "休閒農場": "國軍退除役官兵輔導委員會",
              "學生輔導諮商中心": f"{county}政府教育局",
              "看守所": "法務部矯正署", "幼兒園": f"{county}政府教育局", "水資源回收中心": f"{county}政府水利局",
              "新住民家庭服務中心": f"{county}政府社會局", "家畜疾病防治所": f"{county}政府",
              "毒品危害防制中心": f"{county}政府衛生局",
              "區調解委員會": f"{county}{place}區公所", "天文科學教育館": f"{county}政府教育局",
              "特殊教育學校": "教育部國民及學前教育署", "公共托育中心": f"{county}政府社會局",
              "少年輔導委員會": f"{county}政府警察局", "酒廠": "臺灣菸酒股份有限公司",
              "都會公園管理站": "內政部國土管理署", "糖業區處": "台灣糖業股份有限公司",
              "油品營業處": "臺灣中油股份有限公司", "社區大學": f"{county}政府教育局", "調查處": "法務部調查局",
              "教養院": "衛生福利部社會及家庭署"}.get(kind, f"{county}政府")
    return Office(pattern.format(county=county, place=place), kind, units, parent)


def _chapters(rng: random.Random, office: Office, year: int) -> tuple[list[Chapter], list[Chapter]]:
    def fill(template: str) -> str:
        return template.format(a=year - rng.randint(0, 2), m=rng.randint(1, 12), d=rng.randint(1, 28),
                               n=rng.randint(10**9, 10**10 - 1), parent=office.parent)

    front = [c for c in V.FRONT_CHAPTERS if c[0] == "計畫依據" or rng.random() < 0.7]
    back = [c for c in V.BACK_CHAPTERS if rng.random() < 0.7]
    numbered = [Chapter(f"{CHAPTER_NUMBERS[i + (i >= len(front))]}、{name}", [fill(t) for t in texts])
                for i, (name, texts) in enumerate(front + back)]
    return numbered[: len(front)], numbered[len(front):]


class _Vocab:
    """Draws measures, actions, steps without repeating a measure inside one plan."""

    def __init__(self, rng: random.Random, office: Office, year_roc: int, extra_column: str | None, wording: Wording,
                 forms: random.Random):
        self.rng, self.office, self.year_roc, self.extra_column = rng, office, year_roc, extra_column
        self.wording = wording
        self.forms = forms  # shared owners, other unit kinds, bare periods: a generator apart from `rng`
        self.measures = list(wording.measures)
        rng.shuffle(self.measures)
        self.used_sentences: set[str] = set()

    def _measure_name(self) -> str:
        if self.measures:
            return self.measures.pop()
        return f"{self.rng.choice(self.wording.measures)}{self.rng.choice(('精進', '優化', '推廣'))}"

    def sentence(self, *, long: bool = False) -> str:
        rng = self.rng
        for _ in range(20):
            quantity = rng.choice(V.QUANTITIES)
            parts = [f"{rng.choice(V.VERBS)}{rng.choice(V.OBJECTS)}", rng.choice(V.PURPOSES)]
            if quantity:
                parts.append(quantity)
            if long or rng.random() < 0.3:
                parts.append(rng.choice(V.CLAUSES))
            if long:
                parts.insert(1, f"{rng.choice(V.VERBS)}{rng.choice(V.OBJECTS)}")
            text = "，".join(parts) + "。"
            if text not in self.used_sentences:
                self.used_sentences.add(text)
                return text
        return text

    def deadline(self) -> str:
        rng = self.rng
        if rng.random() < 0.55:
            value = rng.choice(self.wording.deadlines)
        else:
            template = rng.choice(self.wording.deadline_dated)
            day = rng.randint(1, 28) if "{day}" in template else 0
            value = template.format(year=self.year_roc, month=rng.randint(1, 12), day=day)
        if self.wording.deadline_forms and self.forms.random() < 0.12:
            form = self.forms.choice(self.wording.deadline_forms)
            value = form.format(year=self.year_roc, month=self.forms.randint(1, 12), day=self.forms.randint(1, 28))
        return value

    def owner(self) -> str:
        units = self.rng.sample(self.office.units, self.rng.choice((1, 1, 1, 2, 3)))
        draw = self.forms.random()
        if self.wording.shared_owners and draw < 0.1:
            return self.forms.choice(self.wording.shared_owners)
        if self.wording.unit_forms and draw < 0.2:
            units[-1] = self.forms.choice(self.wording.unit_forms)
            units = list(dict.fromkeys(units))
        return "、".join(units)

    def extra(self) -> dict[str, str]:
        if not self.extra_column or self.rng.random() < 0.4:
            return {}
        return {self.extra_column: self.rng.choice(V.EXTRA_COLUMNS[self.extra_column])}

    def action_count(self) -> int:
        return self.rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12))

    def items(self, count: int) -> list[Item]:
        out = []
        for _ in range(count):
            n = self.action_count()
            actions = [self.sentence(long=self.rng.random() < 0.15) for _ in range(n)]
            benefit = self.rng.choice(V.BENEFITS)
            if self.rng.random() < 0.2:
                benefit += self.rng.choice(V.BENEFITS)
            out.append(Item(self._measure_name(), actions, self.deadline(), self.owner(), benefit, self.extra()))
        return out

    def group(self) -> Group:
        name = self._measure_name()
        title = f"{name}，{self.rng.choice(V.PURPOSES)}" if self.rng.random() < 0.5 else name
        steps = [Item(self.sentence(long=self.rng.random() < 0.2), [], self.deadline(), self.owner(),
                      self.rng.choice(V.BENEFITS), self.extra()) for _ in range(self.rng.randint(1, 6))]
        return Group(title, steps)


# -- the evaluation frame's indicator table ------------------------------------------------------
def indicator_plan(seed: int, *, wording: str = "dev") -> Plan:
    """A plan written in the evaluation frame's seven columns (as 基隆市政府 97 is):
    實施要項 / 評核項目 / 評核指標 / 檢核項目 / 完成期限 / 執行單位 / 預期效益. Each 構面 (實施要項)
    holds 1–3 評核項目, each of them 1–3 indicators (評核指標, the measure; often with a
    description after a colon, so its cell runs over several lines), each indicator 1–6 check
    items (檢核項目, the actions) on rows of their own with their own deadline and owner, and
    one 預期效益 spanning them. The indicator, 評核項目 and 實施要項 cells span their rows, so
    page breaks cut them. A row of the answer key is an indicator: its deadlines and owners
    each once, in order, joined with `；` (as the assembler lists a measure's rows)."""
    from ingest.fields import distinct_join

    words = WORDINGS[wording]
    rng = random.Random(seed * 7919 + 18)
    office = _office(rng, words)
    year = rng.randint(95, 114)
    title = rng.choice(words.title_patterns).format(office=office.name, year=year)
    headers = {"facet": rng.choice(("實施要項", "推動構面")), "part": rng.choice(("評核項目", "評核構面")),
               "measure": rng.choice(("評核指標", "次評核指標")), "actions": "檢核項目",
               "deadline": rng.choice(words.headers["deadline"]), "owner": rng.choice(words.headers["owner"]),
               "benefit": rng.choice(words.headers["benefit"])}
    state = _Vocab(rng, office, year, None, words, random.Random(f"forms:indicator:{wording}:{seed}"))
    front, back = _chapters(rng, office, year)
    measure_chapter = f"{CHAPTER_NUMBERS[len(front)]}、{rng.choice(words.measure_chapters)}"
    facets = []
    for i, name in enumerate(rng.choice(words.facet_sets), 1):
        subs = rng.sample(V.SUBSECTIONS, rng.randint(1, 3))
        parts = [Part(f"{cn(j)}、{s}", items=[_indicator(rng, state, distinct_join) for _ in range(rng.randint(1, 3))])
                 for j, s in enumerate(subs, 1)]
        facets.append(Facet(f"{CHAPTER_NUMBERS[i - 1]}、{name}", parts))
    return Plan(seed, office, year, title, front, measure_chapter, facets, back, "measure", "column", headers, None,
                rng.choice(("1.", "1、")), "1.", (rng.randint(1, 3), rng.randint(1, 28)), words.note_styles[0],
                words.name, frame="indicator")


def _indicator(rng: random.Random, state: _Vocab, distinct_join) -> Item:
    name = state._measure_name()
    measure = f"{name}：{rng.choice(V.PURPOSES)}{rng.choice(V.CLAUSES)}" if rng.random() < 0.5 else name
    checks = [state.sentence(long=rng.random() < 0.2) for _ in range(rng.choice((1, 2, 2, 3, 3, 4, 5, 6)))]
    deadline, owner = state.deadline(), rng.choice(("各單位", state.owner()))
    meta = []
    for _ in checks:
        if rng.random() < 0.3:
            deadline = state.deadline()
        if rng.random() < 0.15:
            owner = state.owner()
        meta.append((deadline, owner))
    benefit = "".join(rng.sample(V.BENEFITS, rng.choice((1, 1, 2, 3))))
    return Item(measure, checks, distinct_join([d for d, _ in meta]) or "", distinct_join([o for _, o in meta]) or "",
                benefit, {}, meta)
