"""Answers to planners' questions, built from search hits, each claim cited.

A hit becomes a claim only when the row itself contains what it is cited for: the query is
split into *concepts* (a synonym group, or a content word of the query), and a row is cited
when it contains every noun concept (or, for a query without nouns, every concept), or when
it ranks in the top few and contains at least one. The quote shown is the clause of the row
that holds the matched words, cut from the row's own text.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from index.search import Filters, Hit, Searcher, SearchResult
from index.text import fold, is_mostly_latin, term_spans

# Words too common in service plans to carry a claim on their own (folded form).
GENERIC_TERMS = frozenset(fold(w) for w in (
    "服務 民眾 機關 單位 提供 辦理 設有 設置 推動 加強 相關 各項 業務 持續 定期 積極 主動 建立 提升 "
    "改善 執行 作業 措施 計畫 實施 方式 情形 工作 進行 透過 利用 以及 方便 便民 便利 需求 民眾的 有效 "
    "作為 作为 以及 進而 citizens office offices service services give through").split())
TOP_RANKS_FOR_PARTIAL = 3
MAX_CANDIDATES = 30
_CLAUSE_SPLIT = re.compile(r"(?<=[。；;！？!?])|\n")


@dataclass(frozen=True)
class Concept:
    label: str
    terms: tuple[str, ...]  # folded
    noun: bool


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


@dataclass(frozen=True)
class OfficeAnswer:
    office: str
    year: int | None
    plan_title: str
    citations: list[str]


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

    def to_dict(self) -> dict:
        return {"question": self.question, "intent": self.intent, "topic": self.topic, "answer": self.answer,
                "offices": [asdict(o) for o in self.offices], "citations": [asdict(c) for c in self.citations]}


def query_concepts(searcher: Searcher, topic: str) -> list[Concept]:
    """Concepts of a query: synonym groups it names, then its other content words."""
    folded = fold(topic)
    concepts: list[Concept] = []
    covered: list[str] = []
    for group in searcher.synonyms.groups:
        present = [t for t in group if t in folded]
        if present:
            concepts.append(Concept(present[0], group, True))
            covered.extend(present)
    for phrase, terms in searcher.synonyms.english:
        if re.search(rf"\b{re.escape(phrase)}\b", topic.lower()):
            concepts.append(Concept(phrase, terms, True))
    if is_mostly_latin(topic):
        return _dedupe(concepts)
    tokens = searcher.tokenizer.tokens(topic)
    kinds = searcher.tokenizer.pos_tags(folded)
    for token in tokens:
        if token in GENERIC_TERMS or any(token in c or c in token for c in covered):
            continue
        if any(token != other and token in other for other in tokens if other not in GENERIC_TERMS):
            continue  # 电话礼貌测试 keeps, 电话 / 礼貌 / 测试 go
        concepts.append(Concept(token, (token,), kinds.get(token, "n").startswith(("n", "eng"))))
        covered.append(token)
    return _dedupe(concepts)


def _dedupe(concepts: list[Concept]) -> list[Concept]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for c in concepts:
        if c.terms not in seen:
            seen.add(c.terms)
            out.append(c)
    return out


def matched_concepts(concepts: list[Concept], folded_text: str) -> list[tuple[Concept, str]]:
    out = []
    for concept in concepts:
        term = next((t for t in sorted(concept.terms, key=len, reverse=True) if t in folded_text), None)
        if term:
            out.append((concept, term))
    return out


def supports(concepts: list[Concept], matches: list[tuple[Concept, str]], rank: int, any_of: bool = False) -> bool:
    """Does a row support a claim about the query? See the module docstring. `any_of` is set
    for queries that join their topics with 或 / or: one of them is enough."""
    if not concepts or not matches:
        return False
    matched = {c.terms for c, _ in matches}
    required = [c for c in concepts if c.noun] or concepts
    found = sum(c.terms in matched for c in required)
    if found == len(required) or (any_of and found >= 1):
        return True
    return rank <= TOP_RANKS_FOR_PARTIAL and found * 2 >= len(required)


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


def assemble(searcher: Searcher, result: SearchResult, max_offices: int = 20) -> Answer:
    parsed = result.parsed
    concepts = query_concepts(searcher, parsed.topic)
    any_of = bool(re.search(r"或|\bor\b", parsed.topic))
    citations: list[Citation] = []
    per_office: dict[str, list[str]] = {}
    office_meta: dict[str, tuple[int | None, str]] = {}
    for rank, hit in enumerate(result.hits, 1):
        row = searcher.row(hit.row_id)
        if row is None:
            continue
        matches = matched_concepts(concepts, fold(row.text))
        if not supports(concepts, matches, rank, any_of):
            continue
        terms = [t for _, t in matches]
        quote = quote_for(row.text, terms)
        words = sorted({quote[a:b] for a, b in term_spans(quote, terms)})
        if not words:
            continue  # the claim must stand in the quoted words themselves
        citation = Citation(len(citations) + 1, row.row_id, row.office, row.year_roc, list(row.section), row.measure,
                            quote, words, asdict(row.source))
        citations.append(citation)
        per_office.setdefault(row.office, []).append(row.row_id)
        office_meta.setdefault(row.office, (row.year_roc, row.title))
    offices = [OfficeAnswer(o, office_meta[o][0], office_meta[o][1], ids) for o, ids in list(per_office.items())[:max_offices]]
    text = _answer_text(parsed.intent, parsed.topic, offices, citations)
    return Answer(result.query, parsed.intent, parsed.topic, text, offices, citations, result.hits, result.terms)


def _refs(citations: list[Citation], office: str) -> str:
    return "".join(f"[{c.n}]" for c in citations if c.office == office)


def _answer_text(intent: str, topic: str, offices: list[OfficeAnswer], citations: list[Citation]) -> str:
    if not citations:
        return f"沒有找到明確提到「{topic}」的措施。"
    names = "、".join(f"{o.office}{_refs(citations, o.office)}" for o in offices)
    if intent == "office":
        return f"共 {len(offices)} 個機關的計畫提到「{topic}」：{names}。"
    if intent == "yesno":
        return f"有。共 {len(offices)} 個機關的計畫提到「{topic}」：{names}。"
    if intent == "how":
        lines = [f"「{topic}」的做法，依機關："]
        for office in offices:
            quotes = "；".join(f"{c.quote}[{c.n}]" for c in citations if c.office == office.office)
            lines.append(f"{office.office}：{quotes}")
        return "\n".join(lines)
    best = citations[0]
    return (f"最相關的措施是{best.office}的「{best.measure[:40]}」[{best.n}]；"
            f"共 {len(offices)} 個機關提到「{topic}」：{names}。")


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
    """Office-set F1 of the answers against each query's `offices`: over the office
    questions (哪些機關…) and over all queries asked as questions."""
    per_query = []
    for query in queries:
        answer = ask(searcher, query.query)
        predicted = {o.office for o in answer.offices}
        per_query.append({"id": query.id, "kind": query.kind, "intent": answer.intent,
                          "f1": office_f1(predicted, set(query.offices)),
                          "extra": sorted(predicted - set(query.offices)),
                          "missing": sorted(set(query.offices) - predicted)})
    office_items = [p for p in per_query if p["kind"] == "office-question" or p["intent"] == "office"]
    mean = lambda items: round(sum(i["f1"] for i in items) / len(items), 4) if items else 0.0  # noqa: E731
    return {"office_questions": len(office_items), "office_questions_f1": mean(office_items),
            "all": len(per_query), "all_f1": mean(per_query), "per_query": per_query}
