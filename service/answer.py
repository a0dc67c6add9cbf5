"""Answers to planners' questions, built from the judged hits, each claim cited.

An office is named only for a row the judge found to *state* the question's topic (a MATCH:
every concept in its measure, section path or one action, by its own words or an equivalent
with evidence). The answer says what the question restricted ("限戶政事務所"), answers owner
questions from the owner field, deadline questions from the deadline and how-questions from the
actions; a row without an office is cited with its plan title as 機關未載明. When no row states
the topic the answer says so plainly; near rows come apart, as `related`, never as the answer.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from dataclasses import field as dataclass_field

from index.judge import Evidence
from index.parse import Intent, echo_words, in_own_characters
from index.search import Filters, Hit, Searcher, SearchResult
from index.text import fold, is_mostly_latin, term_spans, to_traditional
from ingest.record import MeasureRow

MAX_CANDIDATES = 30
INVENTED_MARK = "（虛構示範）"  # after an invented office's name in the answer text
RELATED_SHOWN = 3
NO_OFFICE = "機關未載明"
_CLAUSE_SPLIT = re.compile(r"(?<=[。；;！？!?])|\n")


@dataclass(frozen=True)
class Citation:
    n: int
    row_id: str
    office: str
    year_roc: int | None
    section: list[str]
    measure: str
    quote: str
    matched: list[str]  # the words of the quote that match the question
    source: dict
    field: str = ""  # what the quote is: measure | actions | benefit | owner | deadline
    also_matched: list[str] = dataclass_field(default_factory=list)  # equivalents that matched ("也比對")
    provenance: str = "published"  # "invented": a demo plan, marked wherever the citation is shown
    basis: str = "words"  # "model": the claim gate (index/claim_gate.py) judged it; no word of the question was found


@dataclass(frozen=True)
class OfficeAnswer:
    office: str
    year_roc: int | None
    plan_title: str
    citations: list[str]
    provenance: str = "published"  # "invented": the office and its plan are invented (the answer says so)


@dataclass
class Answer:
    question: str
    intent: str
    topic: str
    answer: str
    offices: list[OfficeAnswer] = dataclass_field(default_factory=list)
    citations: list[Citation] = dataclass_field(default_factory=list)
    hits: list[Hit] = dataclass_field(default_factory=list)
    terms: tuple[str, ...] = ()  # the search's folded query words, for highlighting
    related: list[Citation] = dataclass_field(default_factory=list)  # near rows, not stating the topic
    echo: str = ""  # the topic as the answer repeats it (Traditional Chinese; English beside matched terms)
    applied: tuple[str, ...] = ()  # the question's own restrictions ("限戶政事務所")

    def to_dict(self) -> dict:
        return {"question": self.question, "intent": self.intent, "topic": self.topic, "echo": self.echo,
                "answer": self.answer, "applied": list(self.applied), "offices": [asdict(o) for o in self.offices],
                "citations": [asdict(c) for c in self.citations], "related": [asdict(c) for c in self.related]}


# -- quotes ------------------------------------------------------------------------------
def quote_for(text: str, terms: list[str], limit: int = 90) -> str:
    """The clause of `text` holding the most matched terms, trimmed around the first one."""
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(text) if c.strip()]
    best = max(clauses, key=lambda c: sum(t in fold(c) for t in terms), default=text)
    if len(best) <= limit:
        return best
    folded = fold(best)
    first = min((folded.find(t) for t in terms if t in folded), default=0)
    start = max(0, first - limit // 3)
    return best[start:start + limit]


def how_quote(row: MeasureRow, terms: list[str], limit: int = 160) -> str:
    """For how-questions: the actions that say how. The actions naming the topic, or all of
    them when the measure names it; the measure only for a row without actions."""
    naming = [a for a in row.actions if any(t in fold(a) for t in terms)]
    chosen = naming or list(row.actions)
    if not chosen:
        return quote_for(row.measure, terms)
    quote = "；".join(a.rstrip("。；; ") for a in dict.fromkeys(chosen))
    return quote if len(quote) <= limit else quote[:limit] + "…"


def stated_text(row: MeasureRow) -> str:
    """What a row states as its measure: the measure and its actions (not 預期效益)."""
    return "\n".join([row.measure, *row.actions])


def quote(intent: Intent, row: MeasureRow, evidence: tuple[Evidence, ...]) -> tuple[str, str]:
    """(quote, field) answering the question from this row: the owner or deadline field for
    owner/deadline questions, the actions for how-questions, else the clause stating the topic."""
    terms = [e.term for e in evidence if e.term]
    if intent is Intent.OWNER and row.owner:
        return f"{quote_for(row.measure, terms, 40)}（承辦：{row.owner}）", "owner"
    if intent is Intent.DEADLINE and row.deadline:
        return f"{quote_for(row.measure, terms, 40)}（完成期限：{row.deadline}）", "deadline"
    if intent is Intent.HOW:
        return how_quote(row, terms), "actions"
    in_actions = [row.actions[e.index] for e in evidence if e.field == "actions" and e.index is not None]
    if in_actions:
        return quote_for(in_actions[0], terms), "actions"
    if row.benefit and evidence and all(e.field == "benefit" for e in evidence):
        return quote_for(row.benefit, terms), "benefit"
    return quote_for(stated_text(row), terms), "measure"


def _citation(n: int, row: MeasureRow, hit: Hit | None, intent: Intent) -> Citation:
    evidence = hit.evidence if hit is not None else ()
    text, where = quote(intent, row, evidence)
    terms = [e.term for e in evidence if e.term]
    words = sorted({text[a:b] for a, b in term_spans(text, terms)})
    also = sorted({to_traditional(e.term) for e in evidence if e.source not in ("query", "model") and e.term})
    by_model = hit is not None and hit.by_model
    return Citation(n, row.row_id, row.office or NO_OFFICE, row.year_roc, list(row.section), row.measure, text, words,
                    asdict(row.source), where, also, row.provenance, "model" if by_model else "words")


# -- the answer --------------------------------------------------------------------------
def assemble(searcher: Searcher, result: SearchResult, max_offices: int = 20) -> Answer:
    """Cite the rows that state the topic (repeats of one measure count for each office); say
    "none" plainly otherwise."""
    parsed = result.parsed
    intent = parsed.intent
    citations: list[Citation] = []
    per_office: dict[str, list[str]] = {}
    office_meta: dict[str, tuple[int | None, str, str]] = {}
    seen: set[tuple[str, str]] = set()
    for hit in result.hits:
        for row in [searcher.row(hit.row_id), *(searcher.row(r) for r in hit.repeats)]:
            if row is None:
                continue
            citation = _citation(len(citations) + 1, row, hit, intent)
            office = citation.office if citation.office != NO_OFFICE else f"{NO_OFFICE}（{row.title}）"
            if (office, citation.quote) in seen:
                continue  # each quote once
            seen.add((office, citation.quote))
            citations.append(citation)
            per_office.setdefault(office, []).append(row.row_id)
            office_meta.setdefault(office, (row.year_roc, row.title, row.provenance))
    offices = [OfficeAnswer(o, *office_meta[o][:2], ids, office_meta[o][2]) for o, ids in list(per_office.items())[:max_offices]]
    related = [_citation(n, searcher.row(h.row_id), h, Intent.PLAIN) for n, h in enumerate(result.related[:RELATED_SHOWN], 1)]
    echo = echo_topic(parsed.asked_topic, citations, result.query)
    text = _answer_text(intent, echo, offices, citations, parsed.filter_labels)
    return Answer(result.query, intent.value, parsed.topic, text, offices, citations, result.hits, result.terms,
                  related, echo, parsed.filter_labels)


def echo_topic(topic: str, citations: list[Citation], question: str = "") -> str:
    """The topic in Traditional Chinese, in the characters the question used where it used them;
    an English topic with the Chinese words it matched."""
    if not is_mostly_latin(topic):
        return in_own_characters(to_traditional(echo_words(topic)), question)
    words = list(dict.fromkeys(w for c in citations for w in c.matched))
    return f"{topic}（{'、'.join(words)}）" if words else topic


def _refs(citations: list[Citation], office: OfficeAnswer) -> str:
    return "".join(f"[{c.n}]" for c in citations if c.row_id in office.citations)


def _answer_text(intent: Intent, echo: str, offices: list[OfficeAnswer], citations: list[Citation],
                 applied: tuple[str, ...]) -> str:
    scope = f"（{'；'.join(applied)}）" if applied else ""
    if not citations:
        prefix = "沒有。" if intent is Intent.YESNO else ""
        return f"{prefix}沒有機關的措施提到「{echo}」{scope}。"
    names = "、".join(f"{_named(o)}{_refs(citations, o)}" for o in offices)
    count = f"共 {len(offices)} 個機關的措施提到「{echo}」{scope}"
    invented = sum(o.provenance == "invented" for o in offices)
    note = f"其中 {invented} 個標示{INVENTED_MARK}的機關引自示範用的虛構計畫，並非真實機關。" if invented else ""
    by_model = [c.n for c in citations if c.basis == "model"]
    if by_model:
        refs = "".join(f"[{n}]" for n in by_model)
        note += f"引文{refs}未逐字提到「{echo}」，由判定模型依語意認定。"
    if intent is Intent.OFFICE:
        return f"{count}：{names}。{note}"
    if intent is Intent.YESNO:
        return f"有。{count}：{names}。{note}"
    if intent in (Intent.HOW, Intent.OWNER, Intent.DEADLINE):
        what = {Intent.HOW: "做法", Intent.OWNER: "承辦單位", Intent.DEADLINE: "完成期限"}[intent]
        lines = [f"「{echo}」的{what}{scope}，依機關："]
        for office in offices:
            quotes = "；".join(f"{c.quote}[{c.n}]" for c in citations if c.row_id in office.citations)
            lines.append(f"{_named(office)}：{quotes}")
        return "\n".join(lines + [note] if note else lines)
    best = citations[0]
    return f"最相關的措施是{best.office}的「{best.measure[:40]}」[{best.n}]；{count}：{names}。{note}"


def _named(office: OfficeAnswer) -> str:
    return office.office + (INVENTED_MARK if office.provenance == "invented" else "")


def ask(searcher: Searcher, question: str, filters: Filters | None = None, k: int = MAX_CANDIDATES) -> Answer:
    """Search, then assemble a cited answer for the question."""
    return assemble(searcher, searcher.search(question, k=k, filters=filters))


def claim_supported(searcher: Searcher, answer: Answer, row: MeasureRow | None) -> bool:
    """Does the cited row state the question's topic (the judge's statement test, run again on
    the row alone)? The evaluation's check of every claim."""
    if row is None:
        return False
    return searcher.judge.stated(searcher.parse(answer.question), searcher.by_id[row.row_id]) is not None
