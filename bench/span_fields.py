"""Issue 18's untried lever, measured: does a learned classifier of a span's field carry to a
wording it never saw, where the rules do not?

    python bench/span_fields.py [--heldout heldout13,heldout12] [--train-seeds 150] [--test-seeds 100] [--out FILE]

Spans are the field values of the plan factory's logical plans (tests/plan_factory): each
deadline, owner, benefit, measure and action, labelled by the field it came from, distinct per
wording. For each held-out wording the classifier (character 1-3-grams, TF-IDF, logistic
regression; scikit-learn) is trained on the spans of every *other* wording (seeds 0..N-1) and
scored on the held-out one's (seeds 1000..); so are the rules the readers use today
(`ingest.fields.is_deadline`, `is_owner`) on the same spans. Reported per field: recall (share
of the field's spans called that field) and precision. A measurement, not the product: nothing
here is used by ingest.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "scripts"))

from plan_factory.model import WORDINGS  # noqa: E402
from train_field_model import gold_spans  # noqa: E402  (the spans the product's field model is trained on)
from train_field_model import wording_spans as spans  # noqa: E402

from ingest.fields import is_deadline, is_owner  # noqa: E402

FIELDS = ("deadline", "owner", "benefit", "measure", "action")


def scores(truth: list[str], predicted: list[str]) -> dict[str, dict[str, float]]:
    out = {}
    for field in FIELDS:
        tp = sum(t == p == field for t, p in zip(truth, predicted, strict=True))
        n_true, n_pred = truth.count(field), predicted.count(field)
        out[field] = {"n": n_true, "recall": round(tp / n_true, 3) if n_true else None,
                      "precision": round(tp / n_pred, 3) if n_pred else None}
    return out


def rules(text: str) -> str:
    """What the readers' value tests say a span is, where they say anything."""
    if is_deadline(text):
        return "deadline"
    if is_owner(text):
        return "owner"
    return "other"


def real_plans(model_factory, train_seeds: int) -> dict:
    """Trained on every wording, scored on the real plans' spans: does it carry to text no
    generator wrote?"""
    train = [pair for name in WORDINGS for pair in spans(name, range(train_seeds))]
    test = gold_spans()
    model = model_factory()
    model.fit([t for t, _ in train], [f for _, f in train])
    truth = [f for _, f in test]
    learned = list(model.predict([t for t, _ in test]))
    return {"test_spans": len(test), "test_fields": dict(Counter(truth)), "classifier": scores(truth, learned),
            "rules": {k: v for k, v in scores(truth, [rules(t) for t, _ in test]).items() if k in ("deadline", "owner")},
            "classifier_misses": [(t, f, p) for (t, f), p in zip(test, learned, strict=True) if f in ("deadline", "owner") and p != f][:20]}


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", default="heldout13,heldout12")
    parser.add_argument("--train-seeds", type=int, default=150)
    parser.add_argument("--test-seeds", type=int, default=100)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    report = {}
    for heldout in args.heldout.split(","):
        train = [pair for name in WORDINGS if name != heldout for pair in spans(name, range(args.train_seeds))]
        test = spans(heldout, range(1000, 1000 + args.test_seeds))
        seen = {text for text, _ in train}
        test = [(text, field) for text, field in test if text not in seen]  # (only spans no training wording has)
        model = make_pipeline(TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True),
                              LogisticRegression(max_iter=3000, C=10.0))
        model.fit([t for t, _ in train], [f for _, f in train])
        truth = [f for _, f in test]
        learned = list(model.predict([t for t, _ in test]))
        by_rules = [rules(t) for t, _ in test]
        report[heldout] = {"train_spans": len(train), "test_spans": len(test), "test_fields": dict(Counter(truth)),
                           "classifier": scores(truth, learned), "rules": {k: v for k, v in scores(truth, by_rules).items()
                                                                           if k in ("deadline", "owner")},
                           "classifier_misses": [(t, f, p) for (t, f), p in zip(test, learned, strict=True)
                                                 if f in ("deadline", "owner") and p != f][:15]}
        print(heldout, json.dumps({k: v for k, v in report[heldout].items() if k != "classifier_misses"}, ensure_ascii=False))
    report["real_plans"] = real_plans(model_factory=lambda: make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True), LogisticRegression(max_iter=3000, C=10.0)),
        train_seeds=args.train_seeds)
    print("real_plans", json.dumps({k: v for k, v in report["real_plans"].items() if k != "classifier_misses"}, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
