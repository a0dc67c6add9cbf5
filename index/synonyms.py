"""Domain synonyms from an editable TSV: query expansion for words plans use differently."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from index.text import DATA_DIR, fold

DEFAULT_SYNONYMS = DATA_DIR / "synonyms.tsv"


@dataclass(frozen=True)
class SynonymTable:
    """Groups of equivalent terms (folded), and English phrases mapped to plan terms."""

    groups: tuple[tuple[str, ...], ...]
    english: tuple[tuple[str, tuple[str, ...]], ...]
    evidence: tuple[tuple[str, ...], ...] = ()  # per group: "row-id:term" references (the "@" field)

    @classmethod
    def load(cls, path: Path | None = DEFAULT_SYNONYMS) -> SynonymTable:
        if path is None:
            return cls((), ())
        groups, english, evidence = [], [], []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [t.strip() for t in line.split("\t") if t.strip()]
            terms = [t for t in fields if not t.startswith("@")]
            refs = tuple(r for f in fields if f.startswith("@") for r in f[1:].split())
            if line.startswith("en:"):
                phrase = terms[0][3:].strip().lower()
                if len(terms) < 2 or not phrase:
                    raise ValueError(f"{path}:{number}: an en: line needs a phrase and at least one term")
                english.append((phrase, tuple(fold(t) for t in terms[1:])))
            else:
                if len(terms) < 2:
                    raise ValueError(f"{path}:{number}: a synonym group needs at least two terms")
                groups.append(tuple(fold(t) for t in terms))
                evidence.append(refs)
        return cls(tuple(groups), tuple(english), tuple(evidence))

    def expansions(self, query: str) -> list[str]:
        """Terms to add for a query: the other members of every group it mentions."""
        folded = fold(query)
        lowered = query.lower()
        added: list[str] = []
        for group in self.groups:
            if any(term in folded for term in group):
                added.extend(t for t in group if t not in folded and t not in added)
        for phrase, terms in self.english:
            if re.search(rf"\b{re.escape(phrase)}(s|es)?\b", lowered):
                added.extend(t for t in terms if t not in added)
        return added

    def all_terms(self) -> tuple[str, ...]:
        return tuple(t for g in self.groups for t in g) + tuple(t for _, ts in self.english for t in ts)
