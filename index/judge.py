"""Judge: does a row state what was asked? Every candidate gets a verdict and its evidence.

- MATCH: the row states every concept of the query (one reading of it) by its own words or an
  EQUIVALENT alternative, in its measure, section path or one action (the measure and the
  section path are the context of every action, so 到府服務 in the measure and 行動不便 in an
  action state 行動不便民眾到府服務). Only matches are counted: `total`, facets, trends, answers.
- RELATED: not a match, but near it: the row holds every concept in some form (a RELATED word,
  the 預期效益, scattered clauses), or a share of them (IDF-weighted) of at least
  `related_coverage`, or its vector stands `related_z` deviations above the query's mean.
  Shown apart ("相關但未明確提到"), never counted.
- UNRELATED: neither; not shown.

Whether the query is about anything in the corpus at all is the null model's call
(index/null_model.py, `about_corpus`): random everyday queries (wordfreq word combinations) are
judged like real ones at build time; a query with no match must beat their 95th percentile of
best coverage or best dense standing. A query that does not is answered "none" and its related
rows are offered only as the nearest by meaning, folded away.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path

import numpy as np

from index.equivalents import Alternative, Strength
from index.parse import Concept, Intent, ParsedQuery
from index.text import char_bigrams, fold, to_traditional
from ingest.record import MeasureRow

NULL_MODEL_FILE = "null_model.json"
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_CLAUSE = re.compile(r"(?<=[。；;！？!?，,、])|\n")


class Verdict(Enum):
    MATCH = "match"
    RELATED = "related"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Evidence:
    """Why a row is judged as it is: one concept found in one field (by which word, from which
    source), or the row's semantic standing when no word says it."""

    concept: str  # the query's word (folded); "" for semantic evidence
    term: str  # the word found in the row (folded)
    field: str  # measure | actions | section | benefit | semantic
    index: int | None = None  # the action's position
    source: str = "query"  # query | synonyms | cilin | cc-cedict | corpus | model
    strength: str = Strength.OWN.value
    note: str = ""
    z: float | None = None  # semantic standing (standard deviations above the query's mean)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["concept"] = to_traditional(self.concept)
        data["term"] = to_traditional(self.term)
        return data


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    evidence: tuple[Evidence, ...] = ()
    coverage: float = 0.0  # IDF-weighted share of the concepts the row holds anywhere
    z: float | None = None


@dataclass(frozen=True)
class NullThresholds:
    """What random queries of one language reach, and the bars a real query must beat to be
    about the corpus (index/null_model.py)."""

    queries: int
    coverage_bar: float  # the null queries' `quantile` of best coverage: a query must exceed it …
    z_bar: float  # … or reach this best dense standing (their `quantile` of it)
    match_rate: float  # share of null queries with at least one MATCH row (lexical coincidences)
    about_rate: float  # share of null queries that pass these bars (the false-positive rate)
    quantile: float
    best_coverage: tuple[float, ...] = ()  # the measured distributions, sorted (for the docs)
    best_z: tuple[float, ...] = ()


# English questions hold 4-9 content words where English null queries of 1-3 words reach lower
# standings by chance: such a query is judged against null queries of its own length (`en_long`).
LONG_ENGLISH = 4


def long_english(parsed: ParsedQuery) -> bool:
    """An English query of LONG_ENGLISH concepts or more: a question rather than a word or two."""
    return parsed.english and max((len(reading) for reading in parsed.readings), default=0) >= LONG_ENGLISH


@dataclass(frozen=True)
class NullModel:
    zh: NullThresholds
    en: NullThresholds  # English queries of fewer than LONG_ENGLISH concepts
    seed: int = 0
    en_long: NullThresholds | None = None  # English queries of LONG_ENGLISH concepts or more (None: an older build)

    def band(self, parsed: ParsedQuery) -> str:
        """Which random queries a query is judged against: zh, en or en_long."""
        if not parsed.english:
            return "zh"
        return "en_long" if self.en_long is not None and long_english(parsed) else "en"

    def for_query(self, parsed: ParsedQuery) -> NullThresholds:
        return getattr(self, self.band(parsed))

    def save(self, folder: Path) -> None:
        (folder / NULL_MODEL_FILE).write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> NullModel | None:
        path = folder / NULL_MODEL_FILE
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        thresholds = {band: NullThresholds(**{k: tuple(v) if isinstance(v, list) else v for k, v in data[band].items()})
                      for band in ("zh", "en", "en_long") if data.get(band)}
        return cls(thresholds["zh"], thresholds["en"], data.get("seed", 0), thresholds.get("en_long"))


# Used when a build carries no null model (an empty corpus): nothing is related by its vector.
NO_NULL = NullModel(NullThresholds(0, 1.0, float("inf"), 0.0, 0.0, 0.95), NullThresholds(0, 1.0, float("inf"), 0.0, 0.0, 0.95))


@dataclass(frozen=True)
class QueryPairs:
    """A query's character pairs (of its concepts' folded labels) and each pair's weight."""

    pairs: tuple[str, ...]
    weights: tuple[float, ...]


def _pair_weight(rows: int, holding: int) -> float:
    """A character pair's inverse row frequency; `holding` 0 gives the weight of a pair no row holds."""
    return float(np.log((rows + 1) / (holding + 0.5)))


@dataclass
class RowView:
    """A row's folded fields, computed once per row and kept (the judge reads them often)."""

    context: str  # section path + measure: the context of every action
    measure: str
    section: str
    actions: tuple[str, ...]
    benefit: str
    owner: str

    @cached_property
    def text(self) -> str:
        """Every field a statement may rest on (section path, measure, actions, benefit)."""
        return "\n".join((self.context, *self.actions, self.benefit))

    @classmethod
    def of(cls, row: MeasureRow) -> RowView:
        section = fold("\n".join(row.section))
        measure = fold(row.measure)
        return cls(section + "\n" + measure, measure, section, tuple(fold(a) for a in row.actions), fold(row.benefit or ""),
                   fold(row.owner or ""))


def find(concept: Concept, text: str, *, related: bool = False) -> Alternative | None:
    """The strongest alternative of the concept that `text` (folded) holds: its own word or an
    EQUIVALENT (RELATED ones too with `related`); punctuation is ignored as a fallback (哺集乳室
    finds 哺集(乳)室), and a compound is found when all its parts are in one clause."""
    if not text:
        return None
    order = sorted(concept.alternatives, key=lambda a: (_RANK[a.strength], -len(a.term)))
    allowed = [a for a in order if related or a.strength is not Strength.RELATED]
    for alternative in allowed:
        if alternative.term in text:
            return alternative
    bare = _PUNCT.sub("", text)
    for alternative in allowed:
        core = _PUNCT.sub("", alternative.term)
        if core and core in bare:
            return alternative
    if concept.parts and any(all(p in clause for p in concept.parts) for clause in _CLAUSE.split(text)):
        return Alternative(concept.parts[0], Strength.OWN, "query", "＋".join(concept.parts))
    return None


_RANK = {Strength.OWN: 0, Strength.EQUIVALENT: 1, Strength.RELATED: 2}


def _evidence(concept: Concept, found: Alternative, field: str, index: int | None = None) -> Evidence:
    return Evidence(concept.label, found.term, field, index, found.source, found.strength.value, found.note)


def statement(reading: tuple[Concept, ...], view: RowView, within_action: bool = False,
              owner: bool = False, specific: Callable[[Concept], bool] | None = None) -> tuple[Evidence, ...] | None:
    """Evidence that the row states every concept of the reading, or None. A concept found in
    the section path or the measure holds for every action; the others must all be in one action
    (`within_action`) or anywhere in the actions. With `owner` (an owner question: 政風室負責哪些
    措施), the owner field states a concept too. `specific`: whether a word names a measure by
    itself (few rows state it), so everyday words beside it need not be stated (_named_part)."""
    evidence: list[Evidence] = []
    remaining: list[Concept] = []
    global_fields = [("measure", view.measure), ("section", view.section)] + ([("owner", view.owner)] if owner else [])
    reading = _named_part(reading, view, specific)
    for concept in reading:
        found = next(((name, f) for name, text in global_fields if (f := find(concept, text)) is not None), None)
        if found is not None:
            evidence.append(_evidence(concept, found[1], found[0]))
        else:
            remaining.append(concept)
    if not remaining:
        return tuple(evidence)
    if not within_action:
        found_any = [(c, next(((i, f) for i, a in enumerate(view.actions) if (f := find(c, a)) is not None), None)) for c in remaining]
        if all(hit is not None for _, hit in found_any):
            return tuple(evidence) + tuple(_evidence(c, hit[1], "actions", hit[0]) for c, hit in found_any)
    for index, action in enumerate(view.actions):
        inside = [(c, find(c, action)) for c in remaining]
        if all(found is not None for _, found in inside):
            return tuple(evidence) + tuple(_evidence(c, f, "actions", index) for c, f in inside)
    whole = view.context  # a compound's parts may straddle measure and section
    inside = [(c, find(c, whole)) for c in remaining]
    if all(found is not None for _, found in inside) and all(c.parts for c in remaining):
        return tuple(evidence) + tuple(_evidence(c, f, "measure") for c, f in inside)
    return None


def _named_part(reading: tuple[Concept, ...], view: RowView,
                specific: Callable[[Concept], bool] | None = None) -> tuple[Concept, ...]:
    """The concepts a row must state: every one, except that everyday words (要求, 處理, 可以 of
    市政府怎麼要求主動通知申請人) may be missing when the reading names its measure with at least
    two other words, or with one that few rows state (`specific`: 每個月都會自己做電話禮貌測試) —
    which the row must then state in full. A reading naming it by one common word needs all of
    them (想知道我的案子: 案子 alone would match every case)."""
    asked, named = _asked(reading), required(reading, specific)
    if named == asked:
        return asked
    whole = "\n".join((view.context, *view.actions))
    return tuple(c for c in asked if not c.everyday or find(c, whole) is not None)


def _asked(reading: tuple[Concept, ...]) -> tuple[Concept, ...]:
    return tuple(c for c in reading if not c.context) or reading  # (a clause that does not ask: never required)


def required(reading: tuple[Concept, ...], specific: Callable[[Concept], bool] | None = None) -> tuple[Concept, ...]:
    """The concepts every row that states the reading holds (_named_part): all that are asked, or
    only the named ones when they may stand without the everyday words beside them."""
    asked = _asked(reading)
    named = tuple(c for c in asked if not c.everyday)
    if not named or len(named) == len(asked):
        return asked
    if len(named) < 2 and not (specific is not None and specific(named[0])):
        return asked
    return named


def near_statement(reading: tuple[Concept, ...], view: RowView, weights: dict[str, float],
                   share: float) -> tuple[Evidence, ...] | None:
    """Evidence that the row nearly states a long question: three or more words name the measure
    (everyday words aside), the row holds the rarest of them (by IDF) and `share` of their
    weight in its measure, section path or actions (own words or EQUIVALENTs). The judge adds
    the row's standing by meaning as the other half of the evidence."""
    named = [c for c in reading if not c.everyday and not c.context]
    if len(named) < 3:
        return None
    rarest = max(named, key=lambda c: weights.get(c.label, 1.0))
    fields = [("measure", None, view.measure), ("section", None, view.section)]
    fields += [("actions", i, a) for i, a in enumerate(view.actions)]
    evidence: list[Evidence] = []
    held = 0.0
    for concept in named:
        found = next(((name, index, f) for name, index, text in fields if (f := find(concept, text)) is not None), None)
        if found is None:
            if concept is rarest:
                return None
            continue
        held += weights.get(concept.label, 1.0)
        evidence.append(_evidence(concept, found[2], found[0], found[1]))
    total = sum(weights.get(c.label, 1.0) for c in named) or 1.0
    return tuple(evidence) if held / total >= share - 1e-9 else None


def coverage(reading: tuple[Concept, ...], weights: dict[str, float], view: RowView) -> tuple[float, tuple[Evidence, ...]]:
    """IDF-weighted share of the concepts the row holds anywhere (benefit included), a RELATED
    alternative or a mention in the benefit counting half; with the evidence (one item per
    concept held, so a row holding every concept in some form has one per concept)."""
    total = sum(weights.get(c.label, 1.0) for c in reading) or 1.0
    held = 0.0
    evidence: list[Evidence] = []
    fields = [("measure", None, view.measure), ("section", None, view.section)]
    fields += [("actions", i, a) for i, a in enumerate(view.actions)] + [("benefit", None, view.benefit)]
    for concept in reading:
        best: tuple[float, Evidence] | None = None
        for name, index, text in fields:
            found = find(concept, text, related=True)
            if found is None:
                continue
            share = 0.5 if found.strength is Strength.RELATED or name == "benefit" else 1.0
            if best is None or share > best[0]:
                best = (share, _evidence(concept, found, name, index))
            if share == 1.0:
                break
        if best is not None:
            held += best[0] * weights.get(concept.label, 1.0)
            evidence.append(best[1])
    return held / total, tuple(evidence)


@dataclass
class Judge:
    """Verdicts for one build: the rows (folded once) and the bars a non-matching row must reach
    to be RELATED (`related_z`, `related_coverage`; bench/calibrate_judge.py chose them on the
    development queries: the strictest bars that keep their R@10)."""

    rows: list[MeasureRow]
    related_z: float = 1.5
    related_coverage: float = 0.34
    within_action: bool = False  # True: concepts not in the measure/section must share one action
    near_coverage: float | None = None  # near statements of long questions (near_statement); None: off
    near_z: float = 2.0
    specific: Callable[[Concept], bool] | None = None  # a word that names a measure by itself (_named_part)
    benefit_phrase: bool = True  # a phrase the 預期效益 holds word for word is stated (_phrase_in_benefit)
    _views: dict[int, RowView] = field(default_factory=dict)
    _pair_idf: dict[str, float] | None = None

    def view(self, position: int) -> RowView:
        view = self._views.get(position)
        if view is None:
            view = self._views[position] = RowView.of(self.rows[position])
        return view

    def query_pairs(self, parsed: ParsedQuery) -> QueryPairs:
        """The query's character pairs with their weights, once per query (`pair_coverage` reads
        them for each candidate)."""
        pairs = tuple(dict.fromkeys(g for c in parsed.concepts for g in char_bigrams(fold(c.label))))
        idf, absent = self.pair_idf(), _pair_weight(len(self.rows), 0)
        return QueryPairs(pairs, tuple(idf.get(g, absent) for g in pairs))

    def pair_coverage(self, pairs: QueryPairs, position: int) -> float:
        """The IDF-weighted share of the query's character pairs that the row holds anywhere: it
        reads what jieba cut differently in the query and the row (悠遊卡加值 → 悠游 | 卡加), which the
        concepts' coverage misses. A claim-gate input (index/claim_gate.py)."""
        total = sum(pairs.weights)
        if not total:
            return 0.0
        text = self.view(position).text
        return sum(w for g, w in zip(pairs.pairs, pairs.weights, strict=True) if g in text) / total

    def pair_idf(self) -> dict[str, float]:
        """Each character pair's inverse row frequency over this build (computed once; a pair no
        row holds weighs as the rarest)."""
        if self._pair_idf is None:
            frequency: dict[str, int] = {}
            for row in self.rows:  # not kept as views: those are for the rows a query meets
                for pair in set(char_bigrams(RowView.of(row).text)):
                    frequency[pair] = frequency.get(pair, 0) + 1
            self._pair_idf = {pair: _pair_weight(len(self.rows), count) for pair, count in frequency.items()}
        return self._pair_idf

    def judge(self, parsed: ParsedQuery, position: int, z: float | None, weights: dict[str, float],
              has_words: bool) -> Judgement:
        """The verdict on one row for the query, with its evidence."""
        stated = self.stated(parsed, position)
        if stated is not None:
            return Judgement(Verdict.MATCH, stated, 1.0, z)
        view = self.view(position)
        if not has_words:
            return Judgement(Verdict.UNRELATED, (), 0.0, z)
        near = self._near(parsed, view, weights, z)
        if near is not None:
            return near
        best_share, best_evidence, whole = 0.0, (), False
        for reading in parsed.readings:
            share, evidence = coverage(reading, weights, view)
            whole = whole or (bool(reading) and len(evidence) == len(reading))
            if share > best_share:
                best_share, best_evidence = share, evidence
        semantic = z is not None and z >= self.related_z
        # Related: every concept held in some form (a related word, the benefit, scattered
        # clauses), or a good share of them, or a vector standing out from the query's mean.
        if whole or best_share >= self.related_coverage - 1e-9 or semantic:
            extra = (Evidence("", "", "semantic", source="model", strength=Strength.RELATED.value, z=round(z, 2)),) if semantic else ()
            return Judgement(Verdict.RELATED, best_evidence + extra, best_share, z)
        return Judgement(Verdict.UNRELATED, best_evidence, best_share, z)

    def _near(self, parsed: ParsedQuery, view: RowView, weights: dict[str, float], z: float | None) -> Judgement | None:
        if self.near_coverage is None or z is None or z < self.near_z:
            return None
        for reading in parsed.readings:
            evidence = near_statement(reading, view, weights, self.near_coverage)
            if evidence is not None:
                note = "、".join(to_traditional(c.label) for c in reading
                                if not c.everyday and not c.context and c.label not in {e.concept for e in evidence})
                semantic = Evidence("", "", "semantic", source="model", strength=Strength.EQUIVALENT.value,
                                    note=f"未提到：{note}" if note else "", z=round(z, 2))
                return Judgement(Verdict.MATCH, evidence + (semantic,), 1.0, z)
        return None

    def stated(self, parsed: ParsedQuery, position: int) -> tuple[Evidence, ...] | None:
        """The evidence that the row states the query (one of its readings), or None."""
        view = self.view(position)
        owner = parsed.intent is Intent.OWNER
        for reading in parsed.readings:
            evidence = statement(reading, view, self.within_action, owner, self.specific)
            if evidence is not None:
                return evidence
        return self._phrase_in_benefit(parsed, view) if self.benefit_phrase else None

    @staticmethod
    def _phrase_in_benefit(parsed: ParsedQuery, view: RowView) -> tuple[Evidence, ...] | None:
        """A phrase of two or more named words that the row's 預期效益 holds word for word
        (因應轄區特性, 增進對政府施政之信賴感): the row states it, though not as its measure. One
        word in the benefit is not enough (便民 is in most benefits)."""
        phrase = _PUNCT.sub("", fold(parsed.asked_topic))
        named = [c for reading in parsed.readings[:1] for c in reading if not c.everyday and not c.context]
        if len(named) < 2 or not phrase or phrase not in _PUNCT.sub("", view.benefit):
            return None
        return (Evidence(phrase, phrase, "benefit"),)

    def matching(self, parsed: ParsedQuery, rows: np.ndarray) -> list[tuple[int, tuple[Evidence, ...]]]:
        """Of `rows` (candidates by substring), those that state the query, with the evidence."""
        stated = ((int(position), self.stated(parsed, int(position))) for position in rows)
        return [(position, evidence) for position, evidence in stated if evidence is not None]
