"""The held-out queries are frozen: tuning must not edit them silently (issue 8)."""

import hashlib
import json
from pathlib import Path

HELDOUT = Path(__file__).parents[2] / "data" / "eval" / "heldout_queries.jsonl"
FROZEN_SHA256 = "cf8225a7dd68a761d32df2a7510e56200be0bf79941db4fec519fbaef58835d4"


def test_heldout_file_is_the_frozen_one():
    assert hashlib.sha256(HELDOUT.read_bytes()).hexdigest() == FROZEN_SHA256, (
        "data/eval/heldout_queries.jsonl changed: it is frozen (see data/eval/README.md)")


def test_heldout_has_every_kind_and_forty_queries():
    items = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    kinds = {i["kind"] for i in items}
    assert len(items) >= 40
    assert {"keyword", "paraphrase", "simplified", "english", "office-question", "how-question",
            "yesno-question", "none-question"} <= kinds
    assert all(not i["offices"] and not i["relevant"] for i in items if i["kind"] == "none-question")
