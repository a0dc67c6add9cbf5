"""The Milvus backend against the local one, on builds of the sample plans (fake embedder):
filters become expressions that keep exactly the rows the local mask keeps, dense and BM25
candidates are the local ones, every build is published before `current` names it and the
alias follows `current`, old collections go when their build's serving lease ends, and a
writer that cannot reach Milvus changes nothing."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from backends import need_milvus
from conftest import FakeEmbedder, sample_text_plans

from index import corpus
from index.candidates import LocalStore
from index.filters import Filters, RowTable
from index.lock import BuildLease
from index.milvus_lite import open_client, release_embedded
from index.milvus_store import MilvusStore, MilvusTarget, MilvusUnavailable, alias_target, expression
from index.publish import MilvusPublisher
from index.store import current_build, load_index
from ingest.record import PROVENANCES

PLANS = sample_text_plans()
QUERIES = ["到府服務", "單一窗口", "電話禮貌測試", "民眾滿意度調查", "服務台", "網路申辦", "志工", "陳情案件", "qwzx", "英語服務"]


@pytest.fixture(scope="module")
def built(tmp_path_factory, tokenizer):
    need_milvus()
    folder = tmp_path_factory.mktemp("milvus-store")
    target = MilvusTarget(str(folder / "m.db"), prefix="t")
    publisher = MilvusPublisher(target)
    corpus.add(PLANS, folder / "index", FakeEmbedder(), tokenizer, publisher=publisher)
    loaded = load_index(folder / "index", "fake:chars")
    local = LocalStore(loaded, RowTable(loaded.rows))
    milvus = MilvusStore(lambda: publisher.client, target, loaded.path.name, local)
    return folder / "index", target, publisher, loaded, local, milvus


def generated_filters(table: RowTable, count: int = 40, seed: int = 7) -> list[Filters]:
    """Random combinations of the build's own values (and values no row has, quotes included)."""
    rng = random.Random(seed)
    offices, types = sorted(table.offices), sorted(table.office_types)
    parents, years = sorted(table.parent_agencies), list(table.years_roc)
    sections = sorted({part for text in table.section for part in text.split("\x1f") if part})
    out = [Filters(offices=('沒有"這個\\機關',)), Filters(section="100%_不存在"), Filters(kinds=("strategy",)),
           Filters(provenance=("invented",)), Filters(provenance=("published",))]
    for _ in range(count):
        values = {}
        if rng.random() < 0.5:
            values["offices"] = tuple(rng.sample(offices, rng.randint(1, 2)))
        if rng.random() < 0.3:
            values["office_types"] = tuple(rng.sample(types, 1))
        if rng.random() < 0.3 and parents:
            values["parent_agencies"] = tuple(rng.sample(parents, 1))
        if rng.random() < 0.4 and years:
            values["year_from"] = rng.choice(years)
        if rng.random() < 0.4 and years:
            values["year_to"] = rng.choice(years) + 1911 * rng.randint(0, 1)  # typed as 民國 or AD
        if rng.random() < 0.2:
            values["provenance"] = tuple(rng.sample(PROVENANCES, rng.randint(1, 2)))
        if rng.random() < 0.3:
            section = rng.choice(sections)
            values["section"] = section[rng.randint(0, max(0, len(section) - 3)):][:4]
        out.append(Filters(**values))
    return out


def same_ranking(mine: dict[int, float], theirs: dict[int, float], tol: float) -> bool:
    """The same rows with the same scores, in the same order, up to float rounding: rows whose
    scores differ by less than `tol` may swap (also across the cut at the last place)."""
    if len(mine) != len(theirs):
        return False
    cut = min(mine.values(), default=0.0)
    if any(abs(mine[r] - theirs[r]) > tol for r in set(mine) & set(theirs)):
        return False
    if any(abs(score - cut) > tol for r, score in {**mine, **theirs}.items() if (r in mine) != (r in theirs)):
        return False
    order = list(theirs)
    return all(theirs[a] >= theirs[b] - tol and mine.get(a, cut) >= mine.get(b, cut) - tol for a, b in zip(order, order[1:], strict=False))


def test_filters_as_expressions_keep_the_rows_the_local_mask_keeps(built):
    _, _, publisher, loaded, local, milvus = built
    client = milvus.ready()
    for filters in generated_filters(local.table):
        where = " and ".join(p for p in ("passage == true", expression(filters, local.table)) if p)
        found = client.query(milvus.collection, filter=where, output_fields=["row"], limit=16384)
        mask = local.table.mask(filters)
        expected = list(range(local.table.size)) if mask is None else np.flatnonzero(mask).tolist()
        assert sorted(r["row"] for r in found) == expected, filters


def test_dense_and_bm25_candidates_are_the_local_ones(built, tokenizer):
    from index.search import Searcher

    _, _, _, loaded, local, milvus = built
    searcher = Searcher(loaded, FakeEmbedder(), tokenizer=tokenizer)
    filters = [None, *generated_filters(local.table, count=6, seed=3)]
    for query, where in itertools.product(QUERIES, filters):
        sparse = searcher.sparse_query(searcher.parse(query))
        mine, theirs = local.sparse([sparse], 50, where)[0], milvus.sparse([sparse], 50, where)[0]
        assert same_ranking(mine, theirs, 1e-4), (query, where)
        vector = FakeEmbedder().encode_queries([query])
        near, far = local.dense(vector, 30, where)[0], milvus.dense(vector, 30, where)[0]
        # FAISS holds float16 vectors, Milvus float32: scores differ by ~1e-3, so near-ties may swap
        assert same_ranking(near, far, 2e-3), (query, where)


def test_every_build_is_published_and_the_alias_follows_current(built, tokenizer):
    index_dir, target, publisher, *_ = built
    client = publisher.client
    first = current_build(index_dir).name
    assert alias_target(client, target) == target.collection(first)
    lease = BuildLease(index_dir / "builds" / first)  # a server still serving the first build
    corpus.remove([PLANS[0].name], index_dir, FakeEmbedder(), tokenizer, publisher=publisher)
    second = current_build(index_dir).name
    assert alias_target(client, target) == target.collection(second)
    assert client.has_collection(target.collection(first)), "a served build's collection was dropped"
    lease.release()
    corpus.add([PLANS[0]], index_dir, FakeEmbedder(), tokenizer, publisher=publisher)
    third = current_build(index_dir).name
    assert alias_target(client, target) == target.collection(third)
    assert not client.has_collection(target.collection(first)), "the unserved build's collection stayed"
    stats = client.get_collection_stats(target.collection(third))
    assert int(stats["row_count"]) == load_index(index_dir, "fake:chars").manifest["counts"]["vectors"]
    manifest = load_index(index_dir, "fake:chars").manifest
    assert manifest["published"]["collection"] == target.collection(third)


def test_a_writer_that_cannot_reach_milvus_changes_nothing(tmp_path, tokenizer):
    need_milvus()
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    before = current_build(tmp_path)
    dead = MilvusPublisher(MilvusTarget("http://127.0.0.1:19539", prefix="t", timeout=1.0))
    with pytest.raises(MilvusUnavailable, match="127.0.0.1:19539"):
        corpus.add([PLANS[2]], tmp_path, FakeEmbedder(), tokenizer, publisher=dead)
    assert current_build(tmp_path) == before
    assert not list((tmp_path / "builds").glob(".tmp-*"))


def test_a_lite_file_open_in_another_process_is_waited_for_then_refused(tmp_path):
    need_milvus()
    import subprocess
    import sys

    db = tmp_path / "busy.db"
    holder = subprocess.Popen([sys.executable, "-c", f"from pymilvus import MilvusClient; MilvusClient({str(db)!r}); "
                               "print('open', flush=True); import time; time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(MilvusUnavailable, match="open in another process"):
            open_client(MilvusTarget(str(db)), wait=0.5)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    client = open_client(MilvusTarget(str(db)), wait=5)  # free again: this process opens it
    assert client.list_collections() == []
    release_embedded(MilvusTarget(str(db)))


def test_unreachable_milvus_is_a_named_error_not_a_traceback(built):
    _, _, _, loaded, local, _ = built
    target = MilvusTarget("http://127.0.0.1:19538", prefix="t", timeout=1.0)
    store = MilvusStore(lambda: open_client(target), target, loaded.path.name, local)
    with pytest.raises(MilvusUnavailable, match="127.0.0.1:19538 did not answer"):
        store.dense(FakeEmbedder().encode_queries(["服務"]), 10, None)
    assert store.breaker._reason is not None  # the next requests are answered at once, for breaker.cool_s
    with pytest.raises(MilvusUnavailable, match="did not answer"):
        store.dense(FakeEmbedder().encode_queries(["服務"]), 10, None)
