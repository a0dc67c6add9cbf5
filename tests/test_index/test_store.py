"""The index folder: atomic builds, refusal on mismatch, incremental updates, no lost rows."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, FakeEmbedder, sample_text_plans

from index.search import Filters, Searcher
from index.store import IndexMismatch, IndexNotFound, build_index, load_index, read_manifest
from index.update import NothingToIndex, update_index


def test_manifest_describes_the_build(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer)
    manifest = read_manifest(tmp_path)
    assert manifest["embedder"] == {"id": "fake:chars", "dim": 64}
    assert manifest["counts"]["rows"] == len(sample_rows)
    assert manifest["counts"]["plans"] == 5
    assert manifest["dense_index"] == "flat" and manifest["dense_storage"] == "fp16"
    assert {"format_version", "corpus_hash", "built_at", "build_seconds"} <= set(manifest)
    build = (tmp_path / "current").resolve()
    assert {p.name for p in build.iterdir()} >= {"manifest.json", "rows.jsonl", "vectors.npy", "dense.faiss", "bm25"}


def test_large_corpora_switch_to_hnsw(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer, hnsw_threshold=10)
    assert read_manifest(tmp_path)["dense_index"].startswith("hnsw")
    searcher = Searcher.open(tmp_path, FakeEmbedder(), tokenizer=tokenizer)
    assert searcher.search("到府服務", k=3).hits


def test_index_built_with_another_embedder_refuses_with_rebuild_hint(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder("fake:a"), tokenizer)
    with pytest.raises(IndexMismatch, match=r"fake:a.*fake:b.*plansearch sync"):
        load_index(tmp_path, "fake:b")


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexNotFound, match="plansearch add"):
        load_index(tmp_path / "nowhere", "fake:chars")


def test_reindexing_unchanged_rows_embeds_nothing(tmp_path, sample_rows, tokenizer):
    embedder = FakeEmbedder()
    first = build_index(sample_rows, tmp_path, embedder, tokenizer)
    second = build_index(sample_rows, tmp_path, embedder, tokenizer)
    assert first.embedded > 0 and second.embedded == 0 and second.reused == first.embedded


def test_removed_plan_never_comes_back(tmp_path, tokenizer):
    embedder = FakeEmbedder()
    plans = sample_text_plans()
    update_index(plans, tmp_path, embedder, tokenizer)
    report = update_index(plans[1:], tmp_path, embedder, tokenizer)
    assert report.removed_plans == [plans[0].name]
    searcher = Searcher.open(tmp_path, embedder, tokenizer=tokenizer)
    assert all(r.source_file != plans[0].name for r in searcher.rows)
    hits = searcher.search("到府服務", k=50).hits
    assert all(searcher.row(h.row_id).office != "基隆市安樂地政事務所" for h in hits)


@pytest.fixture
def plan_copies(tmp_path) -> list[Path]:
    """The sample plans copied into tmp_path, free to edit."""
    copies = [tmp_path / p.name for p in sample_text_plans()]
    for src, dst in zip(sample_text_plans(), copies, strict=True):
        shutil.copy(src, dst)
    return copies


def test_changed_plan_re_embeds_only_its_changed_rows(tmp_path, tokenizer, plan_copies):
    embedder = FakeEmbedder()
    plans = plan_copies
    index_dir = tmp_path / "index"
    update_index(plans, index_dir, embedder, tokenizer)
    plans[0].write_text(plans[0].read_text(encoding="utf-8").replace("延時領件服務。", "延長時間領件服務。"), encoding="utf-8")
    report = update_index(plans, index_dir, embedder, tokenizer)
    assert report.build.embedded == 2  # the edited row's passage and its one edited action


def test_failed_file_keeps_its_previous_rows(tmp_path, tokenizer, plan_copies):
    embedder = FakeEmbedder()
    plans = plan_copies
    index_dir = tmp_path / "index"
    update_index(plans, index_dir, embedder, tokenizer)
    plans[0].write_bytes(b"\xff\xfe\x00\x00garbage")
    report = update_index(plans, index_dir, embedder, tokenizer)
    assert report.kept_plans == [plans[0].name]
    assert report.ingest.files[0].errors
    rows = Searcher.open(index_dir, embedder, tokenizer=tokenizer).rows
    assert sum(r.source_file == plans[0].name for r in rows) == 19


def test_nothing_ingested_leaves_the_previous_index(tmp_path, tokenizer):
    embedder = FakeEmbedder()
    update_index(sample_text_plans(), tmp_path, embedder, tokenizer)
    before = (tmp_path / "current").resolve()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(NothingToIndex, match="empty.txt: file is empty"):
        update_index([empty], tmp_path, embedder, tokenizer)
    assert (tmp_path / "current").resolve() == before


class ExplodingEmbedder(FakeEmbedder):
    def encode_passages(self, texts):
        if self.calls > 50:
            raise RuntimeError("killed half-way")
        return super().encode_passages(texts)


def test_build_failing_half_way_leaves_previous_index_loadable(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows[:20], tmp_path, FakeEmbedder(), tokenizer)
    before = load_index(tmp_path, "fake:chars")
    with pytest.raises(RuntimeError, match="half-way"):
        build_index(sample_rows, tmp_path, ExplodingEmbedder(), tokenizer)
    after = load_index(tmp_path, "fake:chars")
    assert after.path == before.path and len(after.rows) == 20
    assert not list((tmp_path / "builds").glob(".tmp-*"))


def test_build_killed_by_a_signal_leaves_previous_index_unchanged(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows[:20], tmp_path, FakeEmbedder(), tokenizer)
    before = (tmp_path / "current").resolve()
    manifest_before = read_manifest(tmp_path)
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO / 'tests')!r})
        from conftest import FakeEmbedder, sample_text_plans
        from index.text import Tokenizer
        from index.update import update_index
        class Slow(FakeEmbedder):
            def encode_passages(self, texts):
                print("embedding", flush=True)
                time.sleep(30)
        update_index(sample_text_plans(), __import__("pathlib").Path({str(tmp_path)!r}), Slow(), Tokenizer())
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=REPO, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout.readline().strip() == "embedding"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert (tmp_path / "current").resolve() == before
    assert read_manifest(tmp_path) == manifest_before
    assert len(load_index(tmp_path, "fake:chars").rows) == 20


def test_filters_by_office_year_and_section(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer)
    searcher = Searcher.open(tmp_path, FakeEmbedder(), tokenizer=tokenizer)
    hits = searcher.search("服務", k=100, filters=Filters(offices=("基隆市政府",))).hits
    assert hits and {searcher.row(h.row_id).office for h in hits} == {"基隆市政府"}
    hits = searcher.search("服務", k=100, filters=Filters(year_from=105, year_to=107)).hits
    assert {searcher.row(h.row_id).year_roc for h in hits} <= {105, 107}
    hits = searcher.search("服務", k=100, filters=Filters(section="服務評價")).hits
    assert hits and all(any("服務評價" in s for s in searcher.row(h.row_id).section) for h in hits)


def test_rows_file_is_plain_jsonl(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer)
    lines = ((tmp_path / "current") / "rows.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["row_id"] == sample_rows[0].row_id
    assert Path(tmp_path / "current").is_symlink()
