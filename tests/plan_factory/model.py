"""A random logical plan from a seed, and the rows a careful reader sees in it.

The logical plan is what every rendering shares: office, year, title, chapters, four 構面 with
their measures (1–12 numbered actions each) or their groups of steps (each step with its own
deadline and owner). `Plan.expected_rows()` is the answer key of the round trip.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from plan_factory import vocabulary as V

CN_NUMBERS = "一二三四五六七八九十"
CHAPTER_NUMBERS = "壹貳參肆伍陸柒捌玖拾"


@dataclass(frozen=True)
class Wording:
    """The vocabulary a plan is written in: the development one or the held-out one."""

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


DEV = Wording("dev", V.OFFICE_TYPES, V.TITLE_PATTERNS, V.FACET_SETS, V.MEASURE_CHAPTERS, V.MEASURES, V.DEADLINES,
              V.DEADLINE_DATED, V.HEADERS, V.NOTE_STYLES)
HELDOUT = Wording("heldout", V.HELDOUT_OFFICE_TYPES, V.HELDOUT_TITLE_PATTERNS, V.HELDOUT_FACET_SETS,
                  V.HELDOUT_MEASURE_CHAPTERS, V.HELDOUT_MEASURES, V.HELDOUT_DEADLINES, V.HELDOUT_DEADLINE_DATED,
                  V.HELDOUT_HEADERS, V.HELDOUT_NOTE_STYLES)
HELDOUT2 = Wording("heldout2", V.HELDOUT2_OFFICE_TYPES, V.HELDOUT2_TITLE_PATTERNS, V.HELDOUT2_FACET_SETS,
                   V.HELDOUT2_MEASURE_CHAPTERS, V.HELDOUT2_MEASURES, V.HELDOUT2_DEADLINES, V.HELDOUT2_DEADLINE_DATED,
                   V.HELDOUT2_HEADERS, V.HELDOUT2_NOTE_STYLES)
WORDINGS = {w.name: w for w in (DEV, HELDOUT, HELDOUT2)}


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
    frame: str = "plan"  # "indicator": the evaluation frame's 7 columns (see `indicator_plan`)

    @property
    def year_ad(self) -> int:
        return self.year_roc + 1911

    def expected_rows(self) -> list[ExpectedRow]:
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


def number_action(marker: str, n: int) -> str:
    return {"1.": f"{n}. ", "1、": f"{n}、", "(1)": f"({n})"}[marker]


def number_step(marker: str, n: int) -> str:
    return f"{n}. " if marker == "1." else f"({CN_NUMBERS[n - 1]})"


def cn(n: int) -> str:
    return CN_NUMBERS[n - 1] if n <= 10 else "十" + CN_NUMBERS[n - 11]


# -- generation ----------------------------------------------------------------------
def random_plan(seed: int, *, wording: str = "dev") -> Plan:
    """The logical plan of `seed` (deterministic) in a wording: "dev" (what the suite runs),
    "heldout" or "heldout2" (bench only)."""
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
    plan_state = _Vocab(rng, office, year, extra_column, words)
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
    return Plan(seed, office, year, title, chapters[0], measure_chapter, facets, back, grain, facet_layout,
                headers, extra_column, rng.choice(("1.", "1.", "1、", "(1)")), rng.choice(("1.", "(一)")),
                (rng.randint(1, 3), rng.randint(1, 28)), rng.choice(words.note_styles), words.name)


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
              "國稅分局": f"財政部{county}國稅局"}.get(kind, f"{county}政府")
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

    def __init__(self, rng: random.Random, office: Office, year: int, extra_column: str | None, wording: Wording):
        self.rng, self.office, self.year, self.extra_column = rng, office, year, extra_column
        self.wording = wording
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
            return rng.choice(self.wording.deadlines)
        template = rng.choice(self.wording.deadline_dated)
        day = rng.randint(1, 28) if "{day}" in template else 0
        return template.format(year=self.year, month=rng.randint(1, 12), day=day)

    def owner(self) -> str:
        units = self.rng.sample(self.office.units, self.rng.choice((1, 1, 1, 2, 3)))
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
    state = _Vocab(rng, office, year, None, words)
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
                words.name, "indicator")


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
