"""A learned second opinion on what a short value is: a deadline, an owner, a benefit, a measure
or an action.

The readers tell a deadline or an owner by grammar (`ingest.fields.is_deadline`, `is_owner`).
A closed grammar misses forms no plan seen so far used (`每日首班車至末班車`, `園區開放時間內`), and
each new wording brought some. Where the layout already says a value stands in a field's place
(a column of unknown name, the cell after the actions, the other half of a note whose first half
is a unit) and the grammar says nothing, this model's probability decides.

The model is character 1-3-gram TF-IDF with a multinomial logistic regression, trained by
`scripts/train_field_model.py` (scikit-learn) on field values of the plan generator's wordings
(invented text; the latest frozen held-out wording is never among them) and of the sample plans'
gold rows, and stored as arrays (`data/field_model.npz`): applying it needs numpy only. If the
file is absent, the readers use the grammar alone.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("data") / "field_model.npz"
# How sure the model must be before a value it alone recognises takes a field's place: the field
# is its best guess and more likely than not (the layout has already put the value in that place).
CONFIDENT = 0.5
_WHITE_SPACE = re.compile(r"\s\s+")


def prepare(text: str) -> str:
    """The text as the model reads it (training applies the same function): NFKC, lower case,
    runs of white space as one space."""
    return _WHITE_SPACE.sub(" ", unicodedata.normalize("NFKC", text).lower().strip())


@dataclass(frozen=True, eq=False)  # (compared and hashed by identity: `_best` memoises per model)
class FieldModel:
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray  # (classes,)
    classes: tuple[str, ...]
    trained_on: tuple[str, ...]  # the wordings and sources of its training spans

    def probabilities(self, text: str) -> dict[str, float]:
        """P(field | text) for each field the model knows."""
        counts: dict[int, int] = {}
        value = prepare(text)
        for n in (1, 2, 3):
            for i in range(len(value) - n + 1):
                index = self.vocabulary.get(value[i: i + n])
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
        if not counts:
            return dict.fromkeys(self.classes, 1.0 / len(self.classes))
        indices = np.fromiter(counts, dtype=np.int64)
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[indices]  # sublinear tf × idf
        weights /= math.sqrt(float(weights @ weights))
        scores = self.coef[:, indices] @ weights + self.intercept
        scores = np.exp(scores - scores.max())
        return dict(zip(self.classes, (scores / scores.sum()).tolist(), strict=True))


def load(path: Path) -> FieldModel:
    with np.load(path, allow_pickle=False) as arrays:
        grams = json.loads(str(arrays["vocabulary"]))
        meta = json.loads(str(arrays["meta"]))
        return FieldModel({g: i for i, g in enumerate(grams)}, arrays["idf"].astype(np.float64),
                          arrays["coef"].astype(np.float64), arrays["intercept"].astype(np.float64),
                          tuple(meta["classes"]), tuple(meta["trained_on"]))


@lru_cache(maxsize=1)
def bundled() -> FieldModel | None:
    """The model shipped with the package (read once: an immutable file), or None without it."""
    return load(MODEL_PATH) if MODEL_PATH.exists() else None


def learned_field(text: str, field: str) -> bool:
    """True when `field` (`deadline`, `owner`) is the model's best guess for `text`, at least
    CONFIDENT; False without the model."""
    model = bundled()
    if model is None or not text.strip() or len(text) > 60:
        return False
    best, probability = _best(model, text)
    return best == field and probability >= CONFIDENT


@lru_cache(maxsize=8192)
def _best(model: FieldModel, text: str) -> tuple[str, float]:
    """The model's best guess for `text` and its probability, once per text: a reader asks about
    the same value for several fields and places (cell_lines' decoder, note splits)."""
    probabilities = model.probabilities(text)
    best = max(probabilities, key=probabilities.get)
    return best, probabilities[best]
