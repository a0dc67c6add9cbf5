"""The null model: what random everyday queries get from a build, so a real query's evidence is
judged against chance rather than against a fixed number.

At build time N random queries are drawn from general vocabulary (wordfreq's Chinese and English
word lists: nouns and verbs, one to three words a query — 手機 維修, 演唱會 門票 …; English also
at four to eight words, the length of planners' English questions, for the `en_long` bars) and run
through the same parse and judge as real queries. For each we record the best coverage any row
gets and the best dense standing (how many standard deviations the nearest row's similarity
stands above the query's mean over all rows). A real query with no match is *about the corpus*
only when it beats the null queries' `quantile` (95th percentile by default) on either signal;
`about_rate` is the share of random queries that still pass (the false-positive rate of
that call). A MATCH needs a row to state every concept, which the null queries rarely reach by
chance: `match_rate` says how rarely (a random query's chance of a non-zero total).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from index.judge import NullModel, NullThresholds
from index.text import DATA_DIR, GENERIC_TERMS, STOPWORDS, Tokenizer, fold, to_traditional

SEED = 16
ZH_QUERIES = 200
EN_QUERIES = 60  # of each English length: 1-3 words and 4-8 words
QUANTILE = 0.95
NULL_SIZES = (1, 2, 2, 2, 3)  # words a null query holds (one to three: 手機維修, 演唱會門票)
LONG_SIZES = (4, 5, 6, 7, 8)  # words a long English null query holds (planners' English questions: 4-9)
SHIPPED = DATA_DIR / "null_vectors.npz"  # the null queries' vectors for the bundled model (scripts/make_null_vectors.py)
SHIPPED_QUERIES = DATA_DIR / "null_queries.json"  # the null queries themselves (the same script; a test keeps it current)
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_EN = re.compile(r"^[a-z]{4,}$")


def null_queries(tokenizer: Tokenizer, seed: int = SEED, zh: int = ZH_QUERIES,
                 en: int = EN_QUERIES) -> tuple[list[str], list[str], list[str]]:
    """The null queries of (seed, zh, en), Chinese, English and long English: the shipped copy when
    it was drawn with them, else drawn.
    Every build uses the same queries, and drawing them loads jieba's part-of-speech model and
    wordfreq's word lists (~150 MB in an upload's build process, bench/bench_ingest_limits.py)."""
    if SHIPPED_QUERIES.exists():
        shipped = json.loads(SHIPPED_QUERIES.read_text(encoding="utf-8"))
        if (shipped["seed"], shipped["zh"], shipped["en"]) == (seed, zh, en) and "en_long_queries" in shipped:
            return list(shipped["zh_queries"]), list(shipped["en_queries"]), list(shipped["en_long_queries"])
    return draw_null_queries(tokenizer, seed, zh, en)


def save_shipped_queries(tokenizer: Tokenizer, path: Path = SHIPPED_QUERIES, seed: int = SEED) -> None:
    zh_queries, en_queries, en_long_queries = draw_null_queries(tokenizer, seed)
    record = {"seed": seed, "zh": ZH_QUERIES, "en": EN_QUERIES, "zh_queries": zh_queries, "en_queries": en_queries,
              "en_long_queries": en_long_queries}
    path.write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def draw_null_queries(tokenizer: Tokenizer, seed: int = SEED, zh: int = ZH_QUERIES,
                      en: int = EN_QUERIES) -> tuple[list[str], list[str], list[str]]:
    """Random everyday queries: Chinese (Traditional, as planners type), English, and English of
    a question's length. Each band draws from its own generator, so a change to one language's
    vocabulary leaves the other's queries (and bars) as they were."""
    from wordfreq import top_n_list, zipf_frequency

    chinese = [w for w in top_n_list("zh", 15000)
               if _HAN.match(w) and fold(w) not in GENERIC_TERMS and w not in STOPWORDS and 3.0 <= zipf_frequency(w, "zh") <= 5.5]
    tags = tokenizer.pos_tags(" ".join(chinese))
    chinese = [w for w in chinese if tags.get(fold(w), "x")[:1] in ("n", "v")]
    rng = random.Random(f"{seed}:zh")
    zh_queries = sorted({to_traditional("".join(rng.sample(chinese, rng.choice(NULL_SIZES)))) for _ in range(zh * 2)})
    rng.shuffle(zh_queries)
    words = english_words()
    bands = []
    for band, sizes in (("en", NULL_SIZES), ("en_long", LONG_SIZES)):
        rng = random.Random(f"{seed}:{band}")
        queries = english_queries(rng, en * 2, words, sizes)
        rng.shuffle(queries)
        bands.append(queries[:en])
    return zh_queries[:zh], bands[0], bands[1]


def english_words() -> list[str]:
    """The general English vocabulary null queries are drawn from (wordfreq's 8,000 commonest, stop words out)."""
    from wordfreq import top_n_list

    return [w for w in top_n_list("en", 8000) if _EN.match(w) and w not in STOPWORDS]


def english_queries(rng: random.Random, draws: int, words: list[str], sizes: tuple[int, ...] = NULL_SIZES) -> list[str]:
    """Random English queries of `sizes` words (`draws` draws, duplicates once, sorted)."""
    return sorted({" ".join(rng.sample(words, rng.choice(sizes))) for _ in range(draws)})


def thresholds(profiles: list[tuple[float, float, bool]], quantile: float = QUANTILE) -> NullThresholds:
    """Bars from the null queries' (best coverage, best standing, any match) profiles."""
    if not profiles:
        return NullThresholds(0, 1.0, float("inf"), 0.0, 0.0, quantile)
    cover = np.array([p[0] for p in profiles], dtype=np.float64)
    z = np.array([p[1] for p in profiles], dtype=np.float64)
    coverage_bar = float(np.quantile(cover, quantile))
    z_bar = float(np.quantile(z, quantile))
    about = [m or (c > coverage_bar + 1e-9) or (s >= z_bar) for c, s, m in profiles]
    return NullThresholds(len(profiles), round(coverage_bar, 4), round(z_bar, 4),
                          round(sum(p[2] for p in profiles) / len(profiles), 4), round(sum(about) / len(profiles), 4),
                          quantile, tuple(round(float(c), 4) for c in sorted(cover)), tuple(round(float(s), 4) for s in sorted(z)))


def calibrate(profile: Callable[[list[str]], list[tuple[float, float, bool]]], is_long: Callable[[str], bool],
              tokenizer: Tokenizer, quantile: float = QUANTILE, seed: int = SEED) -> NullModel:
    """The null model of a build; `profile` runs queries through the build's own query path and
    returns each one's (best coverage, best standing, any match); `is_long` says which English
    queries the query path judges against the long bars (index/judge.py `long_english`), so each
    null query lands in the band a real query of its length would."""
    bands = band_queries(tokenizer, is_long, seed)
    return NullModel(thresholds(profile(bands["zh"]), quantile), thresholds(profile(bands["en"]), quantile),
                     seed, thresholds(profile(bands["en_long"]), quantile))


def band_queries(tokenizer: Tokenizer, is_long: Callable[[str], bool], seed: int = SEED) -> dict[str, list[str]]:
    """The null queries of each band a real query is judged in (NullModel.band): Chinese, and the
    English ones by the length the query path reads in them, not the length they were drawn at."""
    zh, en, en_long = null_queries(tokenizer, seed)
    english = en + en_long
    long = [is_long(q) for q in english]
    return {"zh": zh, "en": [q for q, lg in zip(english, long, strict=True) if not lg],
            "en_long": [q for q, lg in zip(english, long, strict=True) if lg]}


def shipped_vectors(embedder_id: str, path: Path = SHIPPED) -> dict[str, np.ndarray]:
    """Query vectors shipped for the bundled model (the null queries and the words they need
    looked up), by text; empty for another embedder or when the file is absent."""
    if not path.exists():
        return {}
    with np.load(path, allow_pickle=False) as data:
        if str(data["embedder"]) != embedder_id:
            return {}
        return dict(zip((str(t) for t in data["texts"]), data["vectors"].astype(np.float32), strict=True))


def save_shipped(path: Path, embedder_id: str, vectors: dict[str, np.ndarray]) -> None:
    texts = sorted(vectors)
    np.savez_compressed(path, embedder=np.array(embedder_id), texts=np.array(texts),
                        vectors=np.vstack([vectors[t] for t in texts]).astype(np.float16))
