"""The field model (ingest/field_model.py): applied with numpy as scikit-learn trained it, never
trained on the held-out wording, and used only where the grammar says nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from plan_factory.model import WORDINGS

from ingest import field_model
from ingest.field_model import MODEL_PATH, bundled, learned_field


def test_the_bundled_model_exists_and_numpy_gives_scikit_learns_probabilities():
    model = bundled()
    assert model is not None, f"{MODEL_PATH} is missing: run scripts/train_field_model.py"
    checks = json.loads(str(np.load(MODEL_PATH)["meta"]))["checks"]
    assert checks
    for value, expected in checks.items():
        got = model.probabilities(value)
        assert max(abs(got[k] - p) for k, p in expected.items()) < 1e-5, value


def _trainer_exclusion() -> set[str]:
    """The wordings the trainer leaves out by default (scripts/train_field_model.py's --exclude)."""
    script = (Path(__file__).resolve().parents[2] / "scripts" / "train_field_model.py").read_text(encoding="utf-8")
    return set(re.search(r'"--exclude", default="([^"]+)"', script).group(1).split(","))


def _number(name: str) -> int:
    return int(name[7:] or 1)


def test_the_latest_held_out_wording_is_not_in_its_training_data():
    # (the latest registered one, unless the trainer already leaves out a newer one, still being written: then the
    # registered one is the round's development wording and the newer one is held out)
    latest = max((name for name in WORDINGS if name.startswith("heldout")), key=_number)
    excluded = _trainer_exclusion()
    newer = any(name.startswith("heldout") and _number(name) > _number(latest) for name in excluded)
    assert latest not in bundled().trained_on or newer
    assert not excluded & set(bundled().trained_on)
    assert "dev" in bundled().trained_on


@pytest.mark.parametrize(("value", "field"), [("總務課、秘書室", "owner"), ("113年12月底前", "deadline")])
def test_it_calls_plain_values_what_they_are(value, field):
    assert learned_field(value, field)
    assert not learned_field(value, "owner" if field == "deadline" else "deadline")


def test_a_sentence_of_actions_is_no_deadline_or_owner():
    for value in ("設置單一窗口，簡化申辦流程，提升服務效率。", "提升民眾滿意度。"):
        assert not learned_field(value, "deadline") and not learned_field(value, "owner")


def test_without_the_model_the_grammar_alone_decides(monkeypatch):
    from ingest.fields import unlabelled_fields

    monkeypatch.setattr(field_model, "bundled", lambda: None)
    assert not learned_field("總務課、秘書室", "owner")
    assert unlabelled_fields("總務課／113年12月底前") == {"owner": "總務課", "deadline": "113年12月底前"}
