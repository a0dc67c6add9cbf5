"""A restricted question's chance level (index/search.py `Searcher._z_bar`): the null model's
random queries' best standing over the rows the question may see, not over the whole build.
Checked against the query path itself: the same random queries searched under the same
restriction must give the same bar, on the local store and on Milvus."""

from __future__ import annotations

import numpy as np
import pytest

from index.filters import Filters
from index.judge import long_english
from index.null_model import band_queries

pytestmark = pytest.mark.both_backends

ONE_OFFICE = Filters(offices=frozenset({"基隆市安樂地政事務所"}))
TWO_OFFICES = Filters(offices=frozenset({"基隆市政府", "臺中縣龍井鄉戶政事務所"}))


def bar_of(searcher, query: str, filters: Filters) -> float:
    from index.search import _Query

    parsed = searcher.parse(query)
    state = _Query(parsed, filters.narrowed(parsed.filters))
    return searcher._z_bar(state, searcher.null.for_query(parsed))


@pytest.mark.parametrize("filters", [ONE_OFFICE, TWO_OFFICES], ids=["one office", "two offices"])
def test_the_bar_is_what_the_random_queries_reach_through_the_query_path_under_the_restriction(searcher, filters):
    zh = band_queries(searcher.tokenizer, lambda q: long_english(searcher.parse(q)), searcher.null.seed)["zh"]
    through_path = [result.strength[1] for result in searcher.search_many(zh, k=1, filters=filters, matches=False)]
    expected = min(searcher.null.zh.z_bar, float(np.quantile(through_path, searcher.null.zh.quantile)))
    assert bar_of(searcher, "電話禮貌", filters) == pytest.approx(expected, abs=1e-3)


def test_a_restriction_to_one_office_lowers_the_bar_and_no_restriction_keeps_the_builds(searcher):
    whole = searcher.null.zh.z_bar
    assert bar_of(searcher, "電話禮貌", Filters()) == whole
    assert bar_of(searcher, "電話禮貌", ONE_OFFICE) < whole - 0.2
    # a restriction that leaves every row is no restriction
    assert bar_of(searcher, "電話禮貌", Filters(year_from=1)) == whole


def test_english_questions_are_judged_by_their_own_bands_random_queries(searcher):
    assert bar_of(searcher, "telephone courtesy", Filters()) == searcher.null.en.z_bar
    assert bar_of(searcher, "telephone courtesy", ONE_OFFICE) <= searcher.null.en.z_bar


def test_the_build_stores_the_random_queries_vectors_and_an_older_build_gets_the_same(searcher):
    stored = searcher.index.null_vectors
    assert stored is not None and set(stored) == {"zh", "en", "en_long"}
    bands = band_queries(searcher.tokenizer, lambda q: long_english(searcher.parse(q)), searcher.null.seed)
    assert {band: len(v) for band, v in stored.items()} == {band: len(q) for band, q in bands.items()}
    computed = searcher.null_band_vectors(searcher.null.seed)  # what a build without them gets at first use
    for band in stored:  # the same queries embedded (float16 in the build; batches may differ in the last digits)
        cosine = np.sum(stored[band] * computed[band], axis=1) / (
            np.linalg.norm(stored[band], axis=1) * np.linalg.norm(computed[band], axis=1))
        assert cosine.min() > 0.99, (band, float(cosine.min()))
