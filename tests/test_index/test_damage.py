"""Verified on load: each damaged file is refused with a message naming it; the CLI prints one
line, the server keeps serving the last good build (or answers 503 with the reason), never a
500 or a wrong result. A damaged embedding cache is rebuilt."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from conftest import FakeEmbedder, sample_text_plans
from fastapi.testclient import TestClient

from index import corpus
from index.errors import IndexDamaged
from index.store import build_index, load_index
from service.app import create_app
from service.settings import Settings

PLANS = sample_text_plans()


def cut_lines(path: Path, n: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-n]), encoding="utf-8")


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


# (case, damage, the file named, what the message says about it)
DAMAGE = [
    ("rows short by 3 lines", lambda b: cut_lines(b / "rows.jsonl", 3), "rows.jsonl", r"rows\.jsonl has (\d+) rows, the manifest records (\d+)"),
    ("empty rows", lambda b: (b / "rows.jsonl").write_bytes(b""), "rows.jsonl", r"rows\.jsonl has 0 rows, the manifest records \d+"),
    ("truncated dense.faiss", lambda b: truncate_half(b / "dense.faiss"), "dense.faiss", r"dense\.faiss has \d+ bytes, the manifest records \d+"),
    ("truncated vectors.npy", lambda b: truncate_half(b / "vectors.npy"), "vectors.npy", r"vectors\.npy is truncated or unreadable"),
    ("truncated manifest", lambda b: truncate_half(b / "manifest.json"), "manifest.json", r"manifest\.json is truncated or not JSON"),
    ("changed bm25 array", lambda b: _flip_last_byte(next((b / "bm25").glob("*.npy"))), "bm25/", r"bm25/\S+ does not match its sha256"),
]


def _flip_last_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def built(tmp_path, tokenizer) -> Path:
    corpus.add(PLANS[:2], tmp_path, FakeEmbedder(), tokenizer)
    return tmp_path


@pytest.mark.parametrize("case,damage,file,message", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_load_refuses_a_damaged_build_naming_the_file(built, case, damage, file, message):
    damage((built / "current").resolve())
    with pytest.raises(IndexDamaged, match=message) as info:
        load_index(built, "fake:chars")
    assert file in str(info.value) and "is damaged" in str(info.value) and "plansearch sync" in str(info.value)
    if case == "rows short by 3 lines":
        found, recorded = map(int, __import__("re").search(message, str(info.value)).groups())
        assert recorded - found == 3


@pytest.mark.parametrize("case,damage,file,message", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_cli_prints_one_line_for_a_damaged_build(built, case, damage, file, message, monkeypatch, capsys):
    import service.app
    from service.cli import main

    damage((built / "current").resolve())
    monkeypatch.setattr(service.app, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setattr(sys, "argv", ["plansearch", "search", "到府服務", "--index", str(built)])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capsys.readouterr().err.strip().splitlines()
    assert exit_info.value.code == 1
    assert len(err) == 1 and err[0].startswith("error: index build ") and file in err[0]


def app_on(index_dir: Path, **settings) -> TestClient:
    """An app following `current`, checked only when the test says so (live.check())."""
    return TestClient(create_app(Settings(index_dir=index_dir, reload_interval=3600, **settings), embedder=FakeEmbedder()))


@pytest.mark.parametrize("case,damage,file,message", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_server_keeps_serving_the_last_good_build(built, tokenizer, case, damage, file, message):
    with app_on(built) as client:
        good = client.get("/api/health").json()
        before = client.get("/api/search", params={"q": "到府服務", "k": 100}).json()
        report = corpus.add([PLANS[2]], built, FakeEmbedder(), tokenizer)
        damage(report.build.path)
        assert client.app.state.live.check() is False
        health = client.get("/api/health")
        assert health.status_code == 200
        body = health.json()
        assert body["build"] == good["build"] and body["counts"]["rows"] == 34
        assert body["refused_build"]["build"] == report.build.path.name and file in body["refused_build"]["reason"]
        after = client.get("/api/search", params={"q": "到府服務", "k": 100})
        assert after.status_code == 200 and after.json()["hits"] == before["hits"]
        assert client.get("/", params={"q": "到府服務"}).status_code == 200


@pytest.mark.parametrize("case,damage,file,message", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_server_without_a_good_build_answers_503_with_the_reason(built, case, damage, file, message):
    damage((built / "current").resolve())
    with app_on(built) as client:
        health = client.get("/api/health")
        assert health.status_code == 503
        error = health.json()["error"]
        assert error["code"] == "index_unavailable" and file in error["message"] and "is damaged" in error["message"]
        for path in ("/api/search?q=到府服務", "/api/ask?q=哪些機關提供到宅服務", "/api/plans", "/api/rows/0000000000000000"):
            response = client.get(path)
            assert response.status_code == 503 and file in response.json()["error"]["message"]
        page = client.get("/", params={"q": "到府服務"})
        assert page.status_code == 503 and "text/html" in page.headers["content-type"] and file in page.text


def test_a_damaged_current_does_not_stop_add_from_saying_why(built, tokenizer):
    cut_lines((built / "current").resolve() / "rows.jsonl", 3)
    with pytest.raises(IndexDamaged, match="rows.jsonl"):
        corpus.add([PLANS[2]], built, FakeEmbedder(), tokenizer)
    report = corpus.sync(PLANS[:3], built, FakeEmbedder(), tokenizer, confirm=True)  # sync rebuilds from the files
    assert report.build.rows == 76 and len(load_index(built, "fake:chars").rows) == 76


def test_unreadable_embedding_cache_is_rebuilt_not_fatal(tmp_path, sample_rows, tokenizer):
    cache = tmp_path / "cache" / "embeddings.sqlite"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"this is not a sqlite database" * 100)
    stats = build_index(sample_rows[:10], tmp_path, FakeEmbedder(), tokenizer)
    assert stats.embedded > 0 and len(load_index(tmp_path, "fake:chars").rows) == 10
    assert list(cache.parent.glob("embeddings.sqlite.damaged-*"))
    again = build_index(sample_rows[:10], tmp_path, FakeEmbedder(), tokenizer)
    assert again.embedded == 0  # the rebuilt cache works


def test_manifest_records_checksum_and_count_of_every_file(built):
    build = (built / "current").resolve()
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    files = manifest["files"]
    on_disk = {p.relative_to(build).as_posix() for p in build.rglob("*") if p.is_file()} - {"manifest.json", "manifest.sha256", ".serving"}
    assert set(files) == on_disk
    assert files["rows.jsonl"]["count"] == manifest["counts"]["rows"] == 34
    assert files["vectors.npy"]["count"] == files["dense.faiss"]["count"] == manifest["counts"]["vectors"]
    assert all(len(r["sha256"]) == 64 and r["bytes"] > 0 for r in files.values())


def test_embedding_cache_damaged_inside_is_rebuilt_not_fatal(tmp_path, sample_rows, tokenizer):
    build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer)
    cache = tmp_path / "cache" / "embeddings.sqlite"
    data = bytearray(cache.read_bytes())
    assert len(data) > 3 * 4096
    data[4096:-4096] = b"\x5a" * (len(data) - 8192)  # the header is intact, the pages are not
    cache.write_bytes(bytes(data))
    for extra in cache.parent.glob("embeddings.sqlite-*"):
        extra.unlink()
    stats = build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer)
    assert stats.rows == len(sample_rows) and len(load_index(tmp_path, "fake:chars").rows) == len(sample_rows)
    assert list(cache.parent.glob("embeddings.sqlite.damaged-*"))
    assert build_index(sample_rows, tmp_path, FakeEmbedder(), tokenizer).embedded == 0


def test_a_build_that_breaks_the_loader_is_refused_and_its_lease_released(built, tokenizer):
    from index.lock import try_claim_unused

    with app_on(built) as client:
        good = client.get("/api/health").json()["build"]

        def broken_warm_up(searcher):
            raise RuntimeError("tagger exploded")

        client.app.state.live.warm_up = broken_warm_up
        new = corpus.add([PLANS[2]], built, FakeEmbedder(), tokenizer).build.path
        assert client.app.state.live.check() is False
        health = client.get("/api/health").json()
        assert health["build"] == good and "tagger exploded" in health["refused_build"]["reason"]
        fd = try_claim_unused(new)  # no lease left behind on the refused build
        assert fd is not None
        os.close(fd)
