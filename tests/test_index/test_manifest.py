"""The manifest checks itself: a flipped bit anywhere in manifest.json or manifest.sha256 is
refused with one line naming the file, never loaded, never a traceback; a manifest rewritten
with a fitting digest but a wrong key is refused naming the file and the key; an older format
is refused with the rebuild command."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from conftest import FakeEmbedder, sample_text_plans
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import corpus
from index.errors import IndexDamaged, IndexError_, IndexMismatch
from index.manifest import DIGEST, MANIFEST
from index.store import current_build, load_build, read_build_manifest, write_manifest

PLANS = sample_text_plans()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory, tokenizer) -> Path:
    folder = tmp_path_factory.mktemp("manifest-index")
    corpus.add(PLANS[:2], folder, FakeEmbedder(), tokenizer)
    return folder


@pytest.fixture
def built(pristine, tmp_path) -> Path:
    """A copy of the index the test may damage."""
    shutil.copytree(pristine, tmp_path / "index", symlinks=True)
    return tmp_path / "index"


def flipped(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def refusal(build: Path, index_dir: Path) -> str:
    """The message load_build refuses with (fails the test if it loads)."""
    with pytest.raises(IndexError_) as info:
        load_build(build, "fake:chars", index_dir)
    assert isinstance(info.value, (IndexDamaged, IndexMismatch))
    return str(info.value)


@pytest.mark.parametrize("name", [MANIFEST, DIGEST])
def test_a_bit_flip_in_every_byte_is_refused(built, name):
    """Every byte of the file, each with one bit flipped (the bit cycling through 0-7), so every
    key, value, quote, comma and space is hit; the property test below samples any bit."""
    build = current_build(built)
    path = build / name
    original = path.read_bytes()
    loaded = []
    for bit in (byte * 8 + byte % 8 for byte in range(len(original))):
        path.write_bytes(flipped(original, bit))
        try:
            read_build_manifest(build, built)
            loaded.append(bit)
        except (IndexDamaged, IndexMismatch) as exc:
            message = str(exc)
            assert "\n" not in message and (MANIFEST in message or DIGEST in message), (bit, message)
    path.write_bytes(original)
    assert loaded == []
    assert read_build_manifest(build, built)["counts"]["rows"] == 34


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bit=st.integers(min_value=0, max_value=40_000 * 8), which=st.sampled_from([MANIFEST, DIGEST]))
def test_a_flipped_manifest_never_loads_the_build(built, bit, which):
    build = current_build(built)
    path = build / which
    original = path.read_bytes()
    path.write_bytes(flipped(original, bit % (len(original) * 8)))
    try:
        message = refusal(build, built)
        assert "\n" not in message and f"--index {built} --yes" in message
    finally:
        path.write_bytes(original)


@pytest.mark.parametrize("bit", [0, 777, 4_001, 9_999, 31_337, -1])
def test_the_cli_prints_one_line_for_a_flipped_manifest(built, bit, monkeypatch, capsys):
    import service.app
    from service.cli import main

    path = current_build(built) / MANIFEST
    original = path.read_bytes()
    path.write_bytes(flipped(original, bit % (len(original) * 8)))
    monkeypatch.setattr(service.app, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setattr(sys, "argv", ["plansearch", "search", "到府服務", "--index", str(built)])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capsys.readouterr().err
    assert exit_info.value.code == 1 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: index build ") and MANIFEST in lines[0]


def rewrite(build: Path, change) -> None:
    """Change the manifest and write it with a fitting digest (a hand edit that also fixes the digest)."""
    manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    change(manifest)
    write_manifest(build, manifest)


def _rename_sha(m):
    m["files"]["rows.jsonl"]["sha265"] = m["files"]["rows.jsonl"].pop("sha256")


# (what is changed, the key the message names, what it says)
SCHEMA = [
    ("a renamed sha256 key", _rename_sha, "files.rows.jsonl.sha256", "Field required"),
    ("a missing top-level key", lambda m: m.pop("counts"), "counts", "Field required"),
    ("an extra key", lambda m: m.update(extra=1), "extra", "Extra inputs"),
    ("a negative count", lambda m: m["counts"].update(rows=-1), "counts.rows", "greater than or equal to 0"),
    ("a year as text", lambda m: m["sources"][1].update(year_roc="97"), "sources[1].year_roc", "valid integer"),
    ("an unknown provenance", lambda m: m["sources"][0].update(provenance="rumour"), "sources[0].provenance", "published"),
    ("a checksum that is no sha256", lambda m: m["files"]["dense.faiss"].update(sha256="abc"), "files.dense.faiss.sha256",
     "pattern"),
    ("a copy not among the files", lambda m: m["sources"][0].update(copy="sources/elsewhere.txt"), "sources[0].copy",
     "not among files"),
    ("plans that do not add up", lambda m: m["counts"].update(plans=5), "counts.plans", "sources lists 2"),
    ("rows that do not add up", lambda m: m["files"]["rows.jsonl"].update(count=3), "files.rows.jsonl.count", "counts.rows"),
    ("a file list without the rows", lambda m: m["files"].pop("rows.jsonl"), "files", "lacks rows.jsonl"),
    ("a zero dimension", lambda m: m["embedder"].update(dim=0), "embedder.dim", "greater than 0"),
]


@pytest.mark.parametrize("case,change,key,says", SCHEMA, ids=[s[0] for s in SCHEMA])
def test_a_manifest_with_a_fitting_digest_but_a_wrong_key_is_refused_naming_it(built, case, change, key, says):
    build = current_build(built)
    rewrite(build, change)
    message = refusal(build, built)
    assert f"{MANIFEST}: key {key}" in message and says in message and "\n" not in message


def test_a_missing_digest_is_damage_and_an_older_format_says_rebuild(built):
    build = current_build(built)
    (build / DIGEST).unlink()
    assert f"{DIGEST} is missing" in refusal(build, built)
    manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    manifest["format_version"] = 6
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")  # what the previous version wrote: no digest
    message = refusal(build, built)
    assert "has format 6, this version reads 7" in message and f"plansearch sync PATH... --index {built} --yes" in message


def test_the_repair_command_names_the_index_folder_as_given(built, tmp_path, monkeypatch):
    link = tmp_path / "via-link"
    link.symlink_to(built)
    (current_build(built) / MANIFEST).write_bytes(b"{")
    from index.store import load_index

    for folder in (built, link, Path("via-link")):
        monkeypatch.chdir(tmp_path)
        with pytest.raises(IndexDamaged) as info:
            load_index(folder, "fake:chars")
        assert f"--index {folder} --yes" in str(info.value)


def test_source_copies_are_checked_by_sha256(built):
    build = current_build(built)
    copy = next((build / "sources").iterdir())
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size, one bit changed
    copy.write_bytes(bytes(data))
    message = refusal(build, built)
    assert f"sources/{copy.name} does not match its sha256" in message


def test_add_on_a_damaged_index_names_the_folder_as_given(built, tokenizer, monkeypatch):
    (current_build(built) / "rows.jsonl").write_bytes(b"")
    monkeypatch.chdir(built.parent)
    with pytest.raises(IndexDamaged) as info:
        corpus.add(PLANS[2:3], Path(built.name), FakeEmbedder(), tokenizer)
    assert f"--index {built.name} --yes" in str(info.value)
