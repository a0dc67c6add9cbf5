"""Text normalisation and tokenisation (small pure functions).

Lexical matching runs on a *folded* copy of the text: NFKC (full/half width), lower case,
and OpenCC's character-level Traditional→Simplified (`t2s`, no phrase conversion such as
窗口→視窗). Folding both sides to Simplified makes 标准作业流程 and 標準作業流程 the same
tokens, and suits jieba, whose dictionary is mostly Simplified. Results are always shown
in the plan's own words; the folded copy is internal.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

STOPWORDS = frozenset(
    "的 之 及 與 和 並 或 等 於 为 為 以 其 而 则 則 也 亦 将 將 由 对 對 在 是 有 各 本 该 該 此 均 皆 "
    "了 着 着 所 把 被 让 讓 使 从 從 向 给 給 到 即 再 又 更 能 可 应 應 须 須 如 若 因 故 中 上 下 "
    "哪些 什么 什麼 哪 吗 嗎 呢 请问 請問 怎么 怎麼 如何 做 作 ".split()
) | frozenset(
    # English's closed classes (pronouns, determiners, auxiliaries and modals, prepositions,
    # conjunctions, question words, a few adverbs of degree and focus): a question's grammar, never
    # a word a row must state ("…for people who cannot travel": who, cannot).
    "i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers "
    "herself it its itself they them their theirs themselves who whom whose which what when where why how "
    "whoever whatever the a an this that these those some any each every either neither all both such "
    "am is are was were be been being have has had having do does did doing will would shall should can "
    "could may might must cannot of for to in on at by with from into onto upon about above below over "
    "under between among through during within without across along around against toward towards via "
    "per than near and or but nor so yet if because although though while whether unless since until as "
    "not also too very just only then there here still even please".split()
)
# Words too common in service plans to be evidence of a match on their own (folded below).
GENERIC_WORDS = (
    "服務 民眾 機關 單位 提供 辦理 設有 設置 推動 加強 相關 各項 業務 持續 定期 積極 主動 建立 提升 "
    "改善 執行 作業 措施 計畫 實施 方式 情形 工作 進行 透過 利用 以及 方便 便民 便利 需求 民眾的 有效 "
    "作為 作为 以及 進而 citizens office offices service services give through "
    # Framing verbs plans put before any measure, each the counterpart of one above (提升,
    # 執行, 加強): 提高 in 8 of the 21 sample plans, 落實 in 6, 強化 and 增進 in 4.
    "提高 落實 強化 增進 促進 確保").split()
_PUNCT_RE = re.compile(r"^[\W_]+$", re.UNICODE)
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD_RE = re.compile(r"[a-z][a-z\-]+")


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def fold(text: str) -> str:
    """Matching form: NFKC, lower case, Traditional → Simplified by character."""
    return _converter("t2s").convert(unicodedata.normalize("NFKC", text).lower())


GENERIC_TERMS = frozenset(fold(w) for w in GENERIC_WORDS)


def to_traditional(text: str) -> str:
    """Simplified → Traditional by character (for the embedder, which reads the plans' script)."""
    return _converter("s2t").convert(unicodedata.normalize("NFKC", text))


def is_mostly_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.7


class Tokenizer:
    """jieba with the domain user dictionary, over folded text. One instance per index:
    no module-level jieba state is touched."""

    def __init__(self, userdict: Path | None = DATA_DIR / "userdict.txt", extra_terms: tuple[str, ...] = (),
                 fold_scripts: bool = True):
        import logging

        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        self._pos = None
        self._pos_lock = threading.Lock()
        self._fold = fold if fold_scripts else (lambda text: unicodedata.normalize("NFKC", text).lower())
        terms: list[str] = list(extra_terms)
        if userdict and userdict.exists():
            for line in userdict.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    terms.append(line.split()[0])
        for term in terms:
            self._jieba.add_word(self._fold(term), freq=2000)

    def pos_tags(self, text: str) -> dict[str, str]:
        """Part-of-speech flag per word of folded text (n… nouns, v… verbs), same dictionary.
        The tagger reads the dictionary once, on first use."""
        if self._pos is None:
            with self._pos_lock:
                if self._pos is None:
                    import jieba.posseg

                    self._pos = jieba.posseg.POSTokenizer(self._jieba)
        return {pair.word: pair.flag for pair in self._pos.cut(fold(text))}

    def dictionary_frequency(self, word: str) -> int:
        """How often jieba's dictionary (with the domain terms) counts the folded word; 0 when
        it is not there (a word jieba's HMM made up from unknown characters)."""
        return self._jieba.FREQ.get(word, 0)

    def tokens(self, text: str) -> list[str]:
        """Search-mode jieba tokens of folded text, without stopwords and punctuation."""
        folded = self._fold(text)
        out = []
        for token in self._jieba.cut_for_search(folded):
            token = token.strip()
            if not token or token in STOPWORDS or _PUNCT_RE.match(token):
                continue
            if len(token) == 1 and _HAN_RE.match(token):
                continue
            out.append(token)
        return out


def longest_first(words) -> list[str]:
    """The words, longer before shorter and alphabetical within one length: a fixed order, where
    a set's own order follows each process's hash seed (and the first of two overlapping words
    replaced or matched decides what is left)."""
    return sorted(words, key=lambda w: (-len(w), w))


def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold, keeping for each folded character its offset in `text` (character by character
    only when folding changed the length, which CJK text rarely does)."""
    whole = fold(text)
    if len(whole) == len(text):
        return whole, list(range(len(text)))
    pieces, offsets = [], []
    for i, ch in enumerate(text):
        folded = fold(ch)
        pieces.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(pieces), offsets


def term_spans(text: str, terms) -> list[tuple[int, int]]:
    """Where the folded `terms` occur in `text`, as (start, end) offsets of the original text."""
    folded, offsets = folded_with_offsets(text)
    spans = []
    for term in longest_first({t for t in terms if t}):
        start = folded.find(term)
        while start >= 0:
            end = start + len(term)
            spans.append((offsets[start], offsets[end - 1] + 1))
            start = folded.find(term, end)
    return merge_spans(spans)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def char_bigrams(folded: str) -> list[str]:
    """Overlapping pairs of Han characters within each run, plus Latin words: a lexical field
    that does not depend on how jieba segments (到宅剪髮 → 到宅 宅剪 剪髮)."""
    grams = []
    for run in re.findall(r"[\u3400-\u9fff]+", folded):
        grams.extend(run[i:i + 2] for i in range(len(run) - 1))
    return grams + latin_words(folded)


def latin_words(text: str) -> list[str]:
    return _LATIN_WORD_RE.findall(text.lower())
