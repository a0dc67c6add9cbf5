"""Every code the ingest report can carry has its Chinese sentence (a page never falls back to an
English reason for a warning the readers name)."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.narrative import NOT_MEASURES, not_measures_warning
from service.messages import INGEST_TEXT, report_item_text

ROOT = Path(__file__).resolve().parents[2]


def test_every_code_the_readers_emit_has_a_chinese_sentence():
    codes = {m for path in (ROOT / "ingest").rglob("*.py")
             for m in re.findall(r'"code": "([a-z_]+)"', path.read_text(encoding="utf-8"))}
    assert "not_measures" in codes and "no_office" in codes
    assert sorted(codes - set(INGEST_TEXT)) == []


def test_a_section_that_is_not_measures_is_named_in_chinese_with_its_title_and_count():
    for kind in NOT_MEASURES:
        text = report_item_text(not_measures_warning(kind, "評核項目及配分", 12, None, 3))
        assert text.startswith("「評核項目及配分」是") and "略過 3 項" in text and "not measures" not in text
