"""Two plans side by side: rows aligned by meaning, each pair kept / reworded / only in A / only in B.

Alignment is a one-to-one assignment (scipy's linear_sum_assignment, the Hungarian method) on
the centred similarity matrix: each row of A gets at most one row of B and the total similarity
is the largest possible, so two similar rows of A cannot both claim the same row of B. Assigned
pairs below MATCH_THRESHOLD are split into "only in A" and "only in B" (see similarity.py).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from scipy.optimize import linear_sum_assignment

from index.search import Searcher
from ingest.record import MeasureRow, Plan
from service.workbench.plans import find_plan, plan_rows
from service.workbench.similarity import KEPT_RATIO, MATCH_THRESHOLD, similarity_matrix, text_ratio

STATUSES = ("kept", "reworded", "only_a", "only_b")
STATUS_LABELS = {"kept": "沿用", "reworded": "改寫", "only_a": "僅 A 有", "only_b": "僅 B 有"}


@dataclass(frozen=True)
class Pair:
    status: str  # one of STATUSES
    a: MeasureRow | None
    b: MeasureRow | None
    similarity: float | None  # centred cosine of the pair (None for unpaired rows)


@dataclass(frozen=True)
class Comparison:
    plan_a: Plan
    plan_b: Plan
    pairs: list[Pair]

    def counts(self) -> dict[str, int]:
        return {s: sum(p.status == s for p in self.pairs) for s in STATUSES}


def align(sims, threshold: float = MATCH_THRESHOLD) -> list[tuple[int | None, int | None, float | None]]:
    """(index in A, index in B, similarity) for the one-to-one assignment; unmatched rows get None."""
    n_a, n_b = sims.shape
    matched: list[tuple[int | None, int | None, float | None]] = []
    used_a, used_b = set(), set()
    if n_a and n_b:
        for i, j in zip(*linear_sum_assignment(-sims), strict=True):
            if sims[i, j] >= threshold:
                matched.append((int(i), int(j), float(sims[i, j])))
                used_a.add(int(i))
                used_b.add(int(j))
    matched += [(i, None, None) for i in range(n_a) if i not in used_a]
    matched += [(None, j, None) for j in range(n_b) if j not in used_b]
    return matched


def compare_plans(searcher: Searcher, plan_a: str, plan_b: str, threshold: float = MATCH_THRESHOLD) -> Comparison:
    a_summary, b_summary = find_plan(searcher, plan_a), find_plan(searcher, plan_b)
    rows_a, rows_b = plan_rows(searcher, plan_a), plan_rows(searcher, plan_b)
    aligned = align(similarity_matrix(searcher, rows_a, rows_b), threshold)
    b_anchor = {j: i for i, j, _ in aligned if i is not None and j is not None}
    pairs = []
    for i, j, sim in sorted(aligned, key=lambda item: _sort_key(item, b_anchor)):
        a = rows_a[i] if i is not None else None
        b = rows_b[j] if j is not None else None
        if a is not None and b is not None:
            status = "kept" if text_ratio(a, b) >= KEPT_RATIO else "reworded"
        else:
            status = "only_a" if a is not None else "only_b"
        pairs.append(Pair(status, a, b, None if sim is None else round(sim, 4)))
    return Comparison(a_summary, b_summary, pairs)


def _sort_key(item, b_anchor: dict[int, int]) -> tuple[float, float]:
    """A's document order; a row only in B goes after the A row whose partner precedes it in B."""
    i, j, _ = item
    if i is not None:
        return (float(i), float(j if j is not None else -1))
    before = [a for b, a in b_anchor.items() if b < j]
    return (max(before) + 0.5 if before else -0.5, float(j))


@dataclass(frozen=True)
class Piece:
    """A run of words of a reworded pair: in both (`same`), only in A (`removed`), only in B (`added`)."""

    text: str
    kind: str


def pair_text(row: MeasureRow) -> str:
    """What a reader compares: the measure, then each action on its own line."""
    return "\n".join([row.measure, *row.actions])


def word_diff(a: str, b: str) -> tuple[Piece, ...]:
    """Word-level differences (jieba's words; difflib's longest matching blocks), adjacent
    words of one kind joined: 「每月」→「每季」 is one removed and one added piece."""
    import jieba

    words_a, words_b = jieba.lcut(a), jieba.lcut(b)
    pieces: list[Piece] = []

    def emit(text: str, kind: str) -> None:
        if not text:
            return
        if pieces and pieces[-1].kind == kind:
            pieces[-1] = Piece(pieces[-1].text + text, kind)
        else:
            pieces.append(Piece(text, kind))

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=words_a, b=words_b, autojunk=False).get_opcodes():
        if op == "equal":
            emit("".join(words_a[i1:i2]), "same")
        else:
            emit("".join(words_a[i1:i2]), "removed")
            emit("".join(words_b[j1:j2]), "added")
    return tuple(pieces)


def pair_diff(pair: Pair) -> tuple[Piece, ...]:
    """The word differences of a reworded pair (empty for the other statuses)."""
    if pair.status != "reworded" or pair.a is None or pair.b is None:
        return ()
    return word_diff(pair_text(pair.a), pair_text(pair.b))


def diff_text(pieces: tuple[Piece, ...]) -> str:
    """The differences in plain text, as exports carry them: [-removed-]{+added+}."""
    marks = {"same": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}
    return "".join(marks[p.kind].format(p.text) for p in pieces)


def comparison_payload(comparison: Comparison) -> dict:
    from service.workbench.payloads import row_ref

    return {"a": comparison.plan_a.to_dict(), "b": comparison.plan_b.to_dict(), "counts": comparison.counts(),
            "threshold": MATCH_THRESHOLD,
            "pairs": [{"status": p.status, "similarity": p.similarity,
                       "a": row_ref(p.a) if p.a else None, "b": row_ref(p.b) if p.b else None,
                       "diff": [{"text": d.text, "kind": d.kind} for d in pair_diff(p)]} for p in comparison.pairs]}


COMPARISON_COLUMNS = ("比較結果", "相似度", "計畫 A 實施要項", "計畫 A 推動作法", "計畫 A 出處", "計畫 B 實施要項", "計畫 B 推動作法",
                      "計畫 B 出處", "文字差異（[-僅 A-]{+僅 B+}）")


def comparison_table(comparison: Comparison) -> list[list]:
    """One line per pair, for the comparison's CSV/XLSX export."""
    from service.workbench.export import actions_text
    from service.workbench.plans import citation_text

    def side(row: MeasureRow | None) -> list[str]:
        return [row.measure, actions_text(row), citation_text(row)] if row else ["", "", ""]

    return [[STATUS_LABELS[p.status], p.similarity if p.similarity is not None else "", *side(p.a), *side(p.b),
             diff_text(pair_diff(p))] for p in comparison.pairs]
