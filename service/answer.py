"""Answers to planners' questions, built from search hits, each claim grounded and cited.

An office is named only when a cited row *states the whole topic*: the topic is split into
concepts (a synonym group naming the whole phrase, else each content word, and any run of
characters the segmenter dropped), and the row's measure or actions must contain every one.
One word of a compound (寵物 of 寵物美容服務) never suffices, and a 預期效益 slogan only
supports a claim the measure or actions already make (「主動關心服務到家」 is no 到宅服務).
When no row states the topic the answer says so plainly; the closest rows come separately,
as `related`, never as the answer.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from index.search import Filters, Hit, Searcher, SearchResult
from index.text import GENERIC_TERMS, STOPWORDS, fold, is_mostly_latin, term_spans, to_traditional
from ingest.record import MeasureRow

MAX_CANDIDATES = 30
INVENTED_MARK = "（虛構示範）"  # after an invented office's name in the answer text
RELATED_SHOWN = 3
_CLAUSE_SPLIT = re.compile(r"(?<=[。；;！？!?])|\n")
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


@dataclass(frozen=True)
class Concept:
    """One thing the topic names: any of `terms` (folded) in a row states it."""

    label: str
    terms: tuple[str, ...]
    parts: tuple[str, ...] = ()  # a compound's words: all in one clause also state it (电子信箱 ← 電子郵件信箱)


@dataclass(frozen=True)
class Citation:
    n: int
    row_id: str
    office: str
    year: int | None
    section: list[str]
    measure: str
    quote: str
    matched: list[str]  # the words of the quote that match the question
    source: dict
    provenance: str = "published"  # "invented": a demo plan, marked wherever the citation is shown


@dataclass(frozen=True)
class OfficeAnswer:
    office: str
    year: int | None
    plan_title: str
    citations: list[str]
    provenance: str = "published"  # "invented": the office and its plan are invented (the answer says so)


@dataclass
class Answer:
    question: str
    intent: str
    topic: str
    answer: str
    offices: list[OfficeAnswer] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    terms: tuple[str, ...] = ()  # the search's folded query terms, for highlighting
    related: list[Citation] = field(default_factory=list)  # closest rows when nothing states the topic
    echo: str = ""  # the topic as the answer repeats it (Traditional Chinese; English beside matched terms)

    def to_dict(self) -> dict:
        return {"question": self.question, "intent": self.intent, "topic": self.topic, "echo": self.echo,
                "answer": self.answer, "offices": [asdict(o) for o in self.offices],
                "citations": [asdict(c) for c in self.citations], "related": [asdict(c) for c in self.related]}


# -- the topic's concepts ----------------------------------------------------------------
def query_concepts(searcher: Searcher, topic: str) -> list[Concept]:
    """Concepts of a topic: synonym groups naming a phrase of it, then its other content
    words, then runs of two or more characters no token covered (jieba drops single
    characters: 到宅 of 到宅剪髮服務 would otherwise vanish). All must be stated."""
    folded = fold(topic)
    concepts: list[Concept] = []
    covered: list[str] = []
    for group in searcher.synonyms.groups:
        present = [t for t in group if t in folded]
        if present and not any(p in c for p in present for c in covered):
            concepts.append(Concept(max(present, key=len), group))
            covered.extend(present)
    for phrase, terms in searcher.synonyms.english:
        if re.search(rf"\b{re.escape(phrase)}(s|es)?\b", topic.lower()):
            concepts.append(Concept(phrase, terms))
    if is_mostly_latin(topic):
        return _dedupe(concepts)
    tokens = searcher.tokenizer.tokens(topic)
    for token in tokens:
        if token in GENERIC_TERMS or any(token in c or c in token for c in covered):
            continue
        if any(token != other and token in other for other in tokens if other not in GENERIC_TERMS):
            continue  # 电话礼貌测试 keeps, 电话 / 礼貌 / 测试 go
        concepts.append(Concept(token, (token,), _parts(token, tokens)))
        covered.append(token)
    rest = folded
    for word in sorted(set(tokens) | set(covered) | GENERIC_TERMS | STOPWORDS, key=len, reverse=True):
        rest = rest.replace(word, " ")
    for run in _HAN_RUN.findall(rest):
        concepts.append(Concept(run, (run,)))
    return _dedupe(concepts)


def _parts(token: str, tokens: list[str]) -> tuple[str, ...]:
    """The shorter tokens that together spell `token` (cut_for_search gives both), else ()."""
    parts = [t for t in tokens if t != token and t in token]
    spelled = set()
    for part in parts:
        start = token.find(part)
        spelled.update(range(start, start + len(part)))
    return tuple(parts) if len(parts) >= 2 and len(spelled) == len(token) else ()


def _dedupe(concepts: list[Concept]) -> list[Concept]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for c in concepts:
        if c.terms not in seen:
            seen.add(c.terms)
            out.append(c)
    return out


def stated_text(row: MeasureRow) -> str:
    """What a row states as its measure: the measure and its actions (not 預期效益)."""
    return "\n".join([row.measure, *row.actions])


def found_terms(concepts: list[Concept], text: str) -> list[str] | None:
    """The term of each concept found in `text` (folded; punctuation ignored as a fallback,
    so 哺集乳室 finds 哺集(乳)室), or None when a concept is missing."""
    folded = fold(text)
    bare = _PUNCT.sub("", folded)
    out = []
    for concept in concepts:
        ordered = sorted(concept.terms, key=len, reverse=True)
        term = next((t for t in ordered if t in folded), None)
        if term is None:
            term = next((t for t in ordered if _PUNCT.sub("", t) and _PUNCT.sub("", t) in bare), None)
        if term is None and concept.parts:
            clause = next((c for c in _CLAUSE_SPLIT.split(folded) if all(p in c for p in concept.parts)), None)
            term = concept.parts[0] if clause is not None else None
            if term is not None:
                out.extend(concept.parts[1:])
        if term is None:
            return None
        out.append(term)
    return out


def claim_lacks_topic_term(concepts: list[Concept], row: MeasureRow) -> bool:
    """The evaluation's check: does the cited row's measure/actions miss a concept of the topic?"""
    return not concepts or found_terms(concepts, stated_text(row)) is None


def topic_alternatives(searcher: Searcher, topic: str) -> list[list[Concept]]:
    """A topic joined by 或 / or names alternatives: a row stating any one of them answers."""
    parts = [p for p in re.split(r"或|\bor\b", topic) if p.strip()]
    alternatives = [query_concepts(searcher, p) for p in parts] if len(parts) > 1 else [query_concepts(searcher, topic)]
    return [a for a in alternatives if a]


def grounding(alternatives: list[list[Concept]], row: MeasureRow) -> list[str] | None:
    """The folded terms by which the row's measure/actions state the topic, or None."""
    for concepts in alternatives:
        terms = found_terms(concepts, stated_text(row))
        if terms is not None:
            return terms
    return None


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


def _citation(n: int, row: MeasureRow, quote: str, terms: list[str]) -> Citation:
    words = sorted({quote[a:b] for a, b in term_spans(quote, terms)})
    return Citation(n, row.row_id, row.office, row.year_roc, list(row.section), row.measure, quote, words,
                    asdict(row.source), row.provenance)


# -- the answer --------------------------------------------------------------------------
def assemble(searcher: Searcher, result: SearchResult, max_offices: int = 20) -> Answer:
    """Cite the hits whose measure/actions state the whole topic; say "none" plainly otherwise."""
    parsed = result.parsed
    alternatives = topic_alternatives(searcher, parsed.topic)
    citations: list[Citation] = []
    per_office: dict[str, list[str]] = {}
    office_meta: dict[str, tuple[int | None, str, str]] = {}
    seen_quotes: set[tuple[str, str]] = set()
    matched_terms: list[str] = []
    for hit in result.hits:
        row = searcher.row(hit.row_id)
        terms = grounding(alternatives, row) if row is not None else None
        if terms is None:
            continue
        quote = how_quote(row, terms) if parsed.intent == "how" else quote_for(stated_text(row), terms)
        if (row.office, quote) in seen_quotes:
            continue  # each quote once
        seen_quotes.add((row.office, quote))
        citations.append(_citation(len(citations) + 1, row, quote, terms))
        matched_terms.extend(t for t in terms if t not in matched_terms)
        per_office.setdefault(row.office, []).append(row.row_id)
        office_meta.setdefault(row.office, (row.year_roc, row.title, row.provenance))
    offices = [OfficeAnswer(o, *office_meta[o][:2], ids, office_meta[o][2]) for o, ids in list(per_office.items())[:max_offices]]
    related = [] if citations else _related(searcher, result.hits)
    echo = echo_topic(parsed.topic, citations)
    text = _answer_text(parsed.intent, echo, offices, citations)
    return Answer(result.query, parsed.intent, parsed.topic, text, offices, citations, result.hits, result.terms,
                  related, echo)


def _related(searcher: Searcher, hits: list[Hit]) -> list[Citation]:
    """The closest rows, offered beside a "none" answer (never as the answer)."""
    out = []
    for hit in hits[:RELATED_SHOWN]:
        row = searcher.row(hit.row_id)
        if row is not None:
            out.append(_citation(len(out) + 1, row, quote_for(stated_text(row), []), []))
    return out


def echo_topic(topic: str, citations: list[Citation]) -> str:
    """The topic in Traditional Chinese; an English topic with the Chinese words it matched."""
    if not is_mostly_latin(topic):
        return to_traditional(topic)
    words = list(dict.fromkeys(w for c in citations for w in c.matched))
    return f"{topic}（{'、'.join(words)}）" if words else topic


def _refs(citations: list[Citation], office: str) -> str:
    return "".join(f"[{c.n}]" for c in citations if c.office == office)


def _answer_text(intent: str, echo: str, offices: list[OfficeAnswer], citations: list[Citation]) -> str:
    if not citations:
        prefix = "沒有。" if intent == "yesno" else ""
        return f"{prefix}沒有機關的措施提到「{echo}」。"
    names = "、".join(f"{o.office}{INVENTED_MARK * (o.provenance == 'invented')}{_refs(citations, o.office)}" for o in offices)
    invented = sum(o.provenance == "invented" for o in offices)
    note = f"其中 {invented} 個標示{INVENTED_MARK}的機關引自示範用的虛構計畫，並非真實機關。" if invented else ""
    if intent == "office":
        return f"共 {len(offices)} 個機關的措施提到「{echo}」：{names}。{note}"
    if intent == "yesno":
        return f"有。共 {len(offices)} 個機關的措施提到「{echo}」：{names}。{note}"
    if intent == "how":
        lines = [f"「{echo}」的做法，依機關："]
        for office in offices:
            quotes = "；".join(f"{c.quote}[{c.n}]" for c in citations if c.office == office.office)
            lines.append(f"{office.office}{INVENTED_MARK * (office.provenance == 'invented')}：{quotes}")
        return "\n".join(lines + [note] if note else lines)
    best = citations[0]
    return (f"最相關的措施是{best.office}的「{best.measure[:40]}」[{best.n}]；"
            f"共 {len(offices)} 個機關的措施提到「{echo}」：{names}。{note}")


def ask(searcher: Searcher, question: str, filters: Filters | None = None, k: int = MAX_CANDIDATES) -> Answer:
    """Search, then assemble a cited answer for the question."""
    return assemble(searcher, searcher.search(question, k=k, filters=filters))


def office_f1(predicted: set[str], gold: set[str]) -> float:
    if not predicted and not gold:
        return 1.0
    if not predicted or not gold:
        return 0.0
    tp = len(predicted & gold)
    if tp == 0:
        return 0.0
    precision, recall = tp / len(predicted), tp / len(gold)
    return 2 * precision * recall / (precision + recall)


def answer_office_f1(searcher: Searcher, queries) -> dict:
    """Office-set F1 of the answers against each query's `offices` (none-questions: correct
    when no office is named), overall and per kind, and the share of claims whose cited row
    lacks a term of the topic."""
    per_query = []
    claims = unsupported = 0
    for query in queries:
        answer = ask(searcher, query.query)
        predicted = {o.office for o in answer.offices}
        alternatives = topic_alternatives(searcher, answer.topic)
        lacking = [c.n for c in answer.citations
                   if all(claim_lacks_topic_term(a, searcher.row(c.row_id)) for a in alternatives or [[]])]
        claims += len(answer.citations)
        unsupported += len(lacking)
        per_query.append({"id": query.id, "kind": query.kind, "intent": answer.intent,
                          "f1": office_f1(predicted, set(query.offices)),
                          "extra": sorted(predicted - set(query.offices)),
                          "missing": sorted(set(query.offices) - predicted), "unsupported_claims": lacking})
    office_items = [p for p in per_query if p["kind"] == "office-question" or p["intent"] == "office"]
    mean = lambda items: round(sum(i["f1"] for i in items) / len(items), 4) if items else 0.0  # noqa: E731
    kinds = sorted({p["kind"] for p in per_query})
    return {"office_questions": len(office_items), "office_questions_f1": mean(office_items),
            "all": len(per_query), "all_f1": mean(per_query),
            "by_kind": {k: {"n": sum(p["kind"] == k for p in per_query), "f1": mean([p for p in per_query if p["kind"] == k])}
                        for k in kinds},
            "claims": claims, "unsupported_claims": unsupported,
            "unsupported_rate": round(unsupported / claims, 4) if claims else 0.0, "per_query": per_query}
