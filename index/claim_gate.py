"""A learned claim gate: does a candidate the words do not settle state what was asked?

The judge (index/judge.py) calls a row a MATCH when it states every concept of the query in its
own words or an equivalent with evidence. A planner's paraphrase (我想在家就能辦戶籍), an English
question or a topic one plan names otherwise finds no such row, and the answer said "none" while
the gold labels hold rows that state it. The gate is the second opinion for those rows: a
logistic regression over what the query path already measured for the candidate — its dense
standing and its gap to the query's best, the IDF-weighted share of the query's concepts it holds,
its rank in each retriever and in the fusion, the judge's verdict, how strong the query's
evidence is overall (best coverage, best standing, lexical matches, the null model's call), and
how far the query's similarity to the row stands above the row's similarity to its own nearest
rows (a near miss is often a row in a crowd of near rows, which stands near many queries), and
the share of the query's character pairs the row holds (words jieba cut otherwise).

It is trained by `scripts/train_claim_gate.py` (scikit-learn) on the spent relevance query sets'
graded rows of the sample corpus (grade 2 = states it) and stored as numbers
(`data/claim_gate.json`): applying it needs numpy only. Its threshold was chosen on those sets'
predictions made while each set was left out of the fit, so that a promoted row is rarely one
the gold grades 0. A row it promotes is a MATCH whose evidence says so: semantic, source
"model", with the probability — never a claim that a word was found.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

GATE_PATH = Path(__file__).with_name("data") / "claim_gate.json"
ABSENT_RANK = 200  # the rank of a row a retriever did not bring (candidates are 100 deep)

FEATURES = ("z", "z_gap", "coverage", "fused_rank", "dense_rank", "bm25_rank", "related", "concepts",
            "english", "best_coverage", "best_z", "matches", "about_corpus", "z_x_coverage", "above_neighbours",
            "pair_coverage")


@dataclass(frozen=True)
class CandidateFacts:
    """What the query path measured for one candidate and its query (the gate's inputs)."""

    z: float | None
    coverage: float
    fused_rank: int  # 1-based
    dense_rank: int | None
    bm25_rank: int | None
    related: bool
    concepts: int
    english: bool
    best_coverage: float
    best_z: float
    matches: int  # rows the words alone call a match for this query
    about_corpus: bool
    # the query's similarity to the row minus the row's mean similarity to its nearest rows
    # (index/store.py row_neighbourhood): a row in a crowd of near rows is near many queries by chance
    above_neighbours: float = 0.0
    # the IDF-weighted share of the query's character pairs the row holds (Judge.pair_coverage):
    # the words' coverage as jieba cut them misses a word cut differently in the query and the row
    pair_coverage: float = 0.0

    def vector(self) -> np.ndarray:
        z = -1.0 if self.z is None else self.z
        gap = -5.0 if self.z is None else self.z - self.best_z
        values = {"z": z, "z_gap": gap, "coverage": self.coverage, "fused_rank": math.log1p(self.fused_rank),
                  "dense_rank": math.log1p(self.dense_rank or ABSENT_RANK), "bm25_rank": math.log1p(self.bm25_rank or ABSENT_RANK),
                  "related": float(self.related), "concepts": math.log1p(self.concepts), "english": float(self.english),
                  "best_coverage": self.best_coverage, "best_z": self.best_z, "matches": math.log1p(self.matches),
                  "about_corpus": float(self.about_corpus), "z_x_coverage": max(z, 0.0) * self.coverage,
                  "above_neighbours": self.above_neighbours, "pair_coverage": self.pair_coverage}
        return np.array([values[name] for name in FEATURES], dtype=np.float64)


@dataclass(frozen=True)
class ClaimGate:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    trained_on: tuple[str, ...]  # the query sets whose graded rows it was fitted on
    note: str = ""
    # a hidden layer (features × units, and its intercepts), rectified, before the logistic output: a gate that
    # reads the features together (`coef` then weighs the units); None for the logistic regression on the features
    hidden: np.ndarray | None = None
    hidden_intercept: np.ndarray | None = None

    def probability(self, facts: CandidateFacts) -> float:
        return float(self.probabilities(facts.vector()))

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """The probability for feature vectors (one, or one a line: the trainer's and the bench's lines)."""
        inputs = (x - self.mean) / self.scale
        if self.hidden is not None:
            inputs = np.maximum(inputs @ self.hidden + self.hidden_intercept, 0.0)
        return 1.0 / (1.0 + np.exp(-(inputs @ self.coef + self.intercept)))

    def states(self, facts: CandidateFacts) -> tuple[bool, float]:
        """(promote?, probability). Only a query that is about the corpus (the null model's call)
        and a row the retrievers brought near the top can be promoted."""
        p = self.probability(facts)
        return facts.about_corpus and facts.z is not None and p >= self.threshold, p

    def save(self, path: Path) -> None:
        data = {"features": list(FEATURES), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept, "threshold": self.threshold,
                "trained_on": list(self.trained_on), "note": self.note}
        if self.hidden is not None:
            data |= {"hidden": self.hidden.tolist(), "hidden_intercept": self.hidden_intercept.tolist()}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path = GATE_PATH) -> ClaimGate | None:
        """The shipped gate, or None when the file is absent (the words alone decide)."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path}: features {data['features']} differ from this code's {list(FEATURES)}; retrain it")
        return cls(np.array(data["mean"]), np.array(data["scale"]), np.array(data["coef"]), float(data["intercept"]),
                   float(data["threshold"]), tuple(data["trained_on"]), data.get("note", ""),
                   np.array(data["hidden"]) if "hidden" in data else None,
                   np.array(data["hidden_intercept"]) if "hidden_intercept" in data else None)
