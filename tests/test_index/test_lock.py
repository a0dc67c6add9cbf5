"""One writer at a time: a second writer waits or is refused naming the holder, a killed
holder's lock is detected as stale, concurrent writers never lose a build, and builds a
process serves are never pruned under it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading

import pytest
from conftest import REPO, FakeEmbedder, sample_text_plans

from index import corpus
from index.lock import BuildLease, IndexLocked, WriterLock
from index.store import build_index, prune_builds

PLANS = sample_text_plans()


def hold_lock_in_child(index_dir):
    """A child process holding the writer lock until killed."""
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from index.lock import WriterLock
        lock = WriterLock(Path({str(index_dir)!r}), command="plansearch add big-plan.pdf").acquire()
        print("locked", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_writer_is_refused_with_the_holder_named(tmp_path):
    child = hold_lock_in_child(tmp_path)
    try:
        with pytest.raises(IndexLocked) as info:
            WriterLock(tmp_path, timeout=0.3).acquire()
        message = str(info.value)
        assert f"pid {child.pid}" in message and "`plansearch add big-plan.pdf`" in message and "since 20" in message
        assert "--wait" in message
        assert info.value.holder.pid == child.pid
    finally:
        child.kill()
        child.wait()


def test_lock_of_a_killed_writer_is_detected_as_stale_and_taken_over(tmp_path):
    child = hold_lock_in_child(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    lock = WriterLock(tmp_path, timeout=0).acquire()
    try:
        assert lock.stale is not None and lock.stale.pid == child.pid and "big-plan.pdf" in lock.stale.command
    finally:
        lock.release()
    again = WriterLock(tmp_path).acquire()  # released cleanly: no stale record left
    assert again.stale is None
    again.release()


def test_a_waiting_writer_gets_the_lock_when_the_holder_finishes(tmp_path):
    first = WriterLock(tmp_path).acquire()
    got = threading.Event()

    def second():
        with WriterLock(tmp_path, timeout=30):
            got.set()

    thread = threading.Thread(target=second)
    thread.start()
    assert not got.wait(0.3)
    first.release()
    thread.join(30)
    assert got.is_set()


def test_two_concurrent_writers_never_lose_a_build(tmp_path, tokenizer):
    """Two `add`s started together: both plans end up in the index (the second writer waits and
    builds on the first one's result)."""
    corpus.add(PLANS[:1], tmp_path, FakeEmbedder(), tokenizer)
    errors = []
    start = threading.Barrier(2)

    def add(plan):
        try:
            start.wait()
            corpus.add([plan], tmp_path, FakeEmbedder(), tokenizer, lock_timeout=60)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(plan,)) for plan in PLANS[1:3]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert {p.source_file for p in corpus.list_plans(tmp_path)} == {p.name for p in PLANS[:3]}
    assert not list((tmp_path / "builds").glob(".tmp-*"))


def test_a_build_still_served_is_not_pruned(tmp_path, sample_rows, tokenizer):
    first = build_index(sample_rows[:10], tmp_path, FakeEmbedder(), tokenizer).path
    lease = BuildLease(first)
    second = build_index(sample_rows[:20], tmp_path, FakeEmbedder(), tokenizer).path
    assert first.exists() and second.exists()
    lease.release()
    with WriterLock(tmp_path):
        assert prune_builds(tmp_path) == [first.name]
    assert not first.exists() and second.exists()


def test_build_index_refuses_while_another_writer_holds_the_lock(tmp_path, sample_rows, tokenizer):
    child = hold_lock_in_child(tmp_path)
    try:
        with pytest.raises(IndexLocked, match=f"pid {child.pid}"):
            build_index(sample_rows[:5], tmp_path, FakeEmbedder(), tokenizer, lock_timeout=0.2)
        assert not (tmp_path / "current").exists()
    finally:
        child.kill()
        child.wait()
