"""Would a claim gate of another model class separate statements from near misses better?

    .venv/bin/python bench/gate_model_class.py collect --index DIR --cache FILE
    .venv/bin/python bench/gate_model_class.py compare --cache FILE [--out FILE]
    .venv/bin/python bench/gate_model_class.py answers --cache FILE --index DIR --gate FILE --out FILE [--strict]
    .venv/bin/python bench/gate_model_class.py two-stage --cache FILE --out FILE

An experiment on spent query sets only (development data: dev and held-out 1–26; held-out 27 is
frozen and never read here). The shipped gate is a logistic regression over the features
`Searcher.gate_inputs` measures (index/claim_gate.py); a linear model cannot say "little of the
query's wording in the row matters less when the query's words are in no plan at all". The
candidates read the same lines with interactions: the logistic regression on the features and
their pairwise products, gradient-boosted trees (scikit-learn's histogram boosting) and a small
neural network. Each is judged as `scripts/train_claim_gate.py` judges the shipped gate: fitted
with each training set left out, its threshold by the trainer's rule over those left-out
predictions, then fitted on every training set and applied at that threshold to held-out 11–26
(never trained on), counting the rows it promotes there that the gold grades 2 and 0 and those of
off-topic and none-questions (`compare`); the one that qualifies goes on to the answers of held-out 11–26 with
the shipped gate beside it (`answers`; `--strict`: rule 2's threshold); `two-stage` is rule 3. The rules and
their outcomes: bench/results/gate_model_class_rule.txt.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relevance import open_sample_searcher  # noqa: E402
from train_claim_gate import NEVER_PROMOTE, SPENT, choose_threshold, collect  # noqa: E402

from index.claim_gate import ClaimGate  # noqa: E402

CHECK = [f"heldout{n}" for n in range(11, 27)]


def do_collect(args) -> None:
    searcher = open_sample_searcher(args.index, claim_gate=False)
    sets = SPENT.split(",") + CHECK
    data = collect(searcher, sets)
    data["set_names"] = np.array(sets)
    np.savez(args.cache, **data)
    print(json.dumps({"lines": len(data["grade"]), "grade2": int((data["grade"] == 2).sum())}))


def _pairs(z: np.ndarray) -> np.ndarray:
    """The standardised features and every pairwise product (squares included)."""
    i, j = np.triu_indices(z.shape[1])
    return np.hstack([z, z[:, i] * z[:, j]])


class Candidate:
    """One model class: `fit` on lines, `predict` the probability that a row states it."""

    def __init__(self, name: str):
        self.name = name

    def fit(self, x: np.ndarray, y: np.ndarray) -> Candidate:
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.neural_network import MLPClassifier

        self.mean, self.scale = x.mean(axis=0), x.std(axis=0)
        self.scale[self.scale == 0] = 1.0
        z = (x - self.mean) / self.scale
        if self.name == "LR":
            self.model = LogisticRegression(C=1.0, max_iter=2000).fit(z, y)
        elif self.name == "LR2":
            self.model = LogisticRegression(C=1.0, max_iter=5000).fit(_pairs(z), y)
        elif self.name == "HGB":
            self.model = HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200,
                                                        l2_regularization=1.0, random_state=0).fit(z, y)
        elif self.name == "MLP":
            self.model = MLPClassifier(hidden_layer_sizes=(16,), alpha=1e-3, max_iter=500, random_state=0).fit(z, y)
        else:
            raise ValueError(self.name)
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.mean) / self.scale
        return self.model.predict_proba(_pairs(z) if self.name == "LR2" else z)[:, 1]


def _subset(data: dict, keep: np.ndarray) -> dict:
    return {k: v[keep] for k, v in data.items() if k != "set_names"}


def _training_and_check(cache: Path) -> tuple[dict, dict]:
    """The cached lines of the training sets (dev, held-out 1–10) and of the check sets (held-out 11–26)."""
    data = dict(np.load(cache, allow_pickle=False))
    training = [list(data["set_names"]).index(n) for n in SPENT.split(",")]
    return _subset(data, np.isin(data["group"], training)), _subset(data, ~np.isin(data["group"], training))


def do_compare(args) -> None:
    train, check = _training_and_check(args.cache)
    y = train["grade"] == 2
    never = np.isin(check["kind"], list(NEVER_PROMOTE))
    report = {"lines": {"training": len(y), "check": len(check["grade"]), "training_grade2": int(y.sum()),
                        "check_grade2": int((check["grade"] == 2).sum())}, "candidates": {}}
    for name in ("LR", "LR2", "HGB", "MLP"):
        prob = np.zeros(len(y))
        for g in np.unique(train["group"]):
            held = train["group"] == g
            prob[held] = Candidate(name).fit(train["x"][~held], y[~held]).predict(train["x"][held])
        threshold, curve = choose_threshold(train, prob, 0.05)
        left_out = next(p for p in curve if p["threshold"] == threshold)
        applied = Candidate(name).fit(train["x"], y).predict(check["x"]) >= threshold
        report["candidates"][name] = {
            "threshold": threshold, "left_out": left_out,
            "check": {"promoted": int(applied.sum()), "grade2": int((applied & (check["grade"] == 2)).sum()),
                      "grade0": int((applied & (check["grade"] == 0)).sum()), "never_kinds": int((applied & never).sum()),
                      "queries_gaining": len(set(check["qid"][applied & (check["grade"] == 2)]))}}
        print(name, json.dumps(report["candidates"][name]), flush=True)
    base = report["candidates"]["LR"]["check"]
    qualified = {n: c["check"]["grade2"] for n, c in report["candidates"].items() if n != "LR"
                 and c["check"]["grade2"] >= 1.2 * base["grade2"]
                 and c["check"]["grade0"] <= 0.05 * max(c["check"]["promoted"], 1)
                 and c["check"]["never_kinds"] <= base["never_kinds"]}
    report["qualified"] = qualified
    report["goes_on"] = max(qualified, key=qualified.get) if qualified else None
    print(json.dumps({"qualified": qualified, "goes_on": report["goes_on"]}))
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def strict_threshold(train: dict, prob: np.ndarray) -> float:
    """Rule 2's threshold: the lowest at which every promoted left-out row is graded 2 and none comes from an
    off-topic or none-question (going down from 0.99; the first break ends the search, as the trainer's rule does)."""
    never = np.isin(train["kind"], list(NEVER_PROMOTE))
    chosen = 1.0
    for t in np.round(np.arange(0.99, 0.049, -0.01), 2):
        promoted = prob >= t
        if (promoted & (train["grade"] != 2)).any() or (promoted & never).any():
            break
        chosen = float(t)
    return chosen


def mlp_gate(cache: Path, path: Path, strict: bool = False) -> dict:
    """The MLP candidate as the product would ship it: threshold by the trainer's rule over left-out predictions on
    the training sets, fitted on all of them, written as a `ClaimGate` with its hidden layer."""
    train, _ = _training_and_check(cache)
    y = train["grade"] == 2
    prob = np.zeros(len(y))
    for g in np.unique(train["group"]):
        held = train["group"] == g
        prob[held] = Candidate("MLP").fit(train["x"][~held], y[~held]).predict(train["x"][held])
    threshold = strict_threshold(train, prob) if strict else choose_threshold(train, prob, 0.05)[0]
    fitted = Candidate("MLP").fit(train["x"], y)
    (w1, w2), (b1, b2) = fitted.model.coefs_, fitted.model.intercepts_
    gate = ClaimGate(fitted.mean, fitted.scale, w2[:, 0], float(b2[0]), threshold, tuple(SPENT.split(",")),
                     "MLP (16 rectified units, alpha 1e-3); threshold: " + ("lowest with every left-out promotion graded 2"
                                                                           if strict else "the trainer's rule") + " on left-out predictions",
                     w1, b1)
    check = fitted.predict(train["x"][:50])
    assert np.allclose(gate.probabilities(train["x"][:50]), check), "the gate's own arithmetic differs from scikit-learn's"
    gate.save(path)
    return {"threshold": threshold, "left_out_promoted": int((prob >= threshold).sum())}


def do_answers(args) -> None:
    """The answer-level development check of the rule: the shipped gate against the candidate on held-out 11–26."""
    from adapted_gate import figures

    report = {"candidate": mlp_gate(args.cache, args.gate, args.strict), "sets": {}}
    searcher = open_sample_searcher(args.index)
    gates = {"shipped": ClaimGate.load(), "MLP": ClaimGate.load(args.gate)}
    for name in CHECK:
        report["sets"][name] = {}
        for label, gate in gates.items():
            searcher.gate = gate
            result = figures(searcher, name)
            a = result["answers"]["ALL"]
            report["sets"][name][label] = {"ndcg@10": result["retrieval"]["ndcg@10"], "recall@10": result["retrieval"]["recall@10"],
                                           "office_f1": a["office_f1"], "false_none": a["false_none"], "claims": a["claims"],
                                           "unsupported": a["unsupported"], "graded0": a["ungraded_claims"],
                                           "none_answered": result["answers"].get("none-question", {}).get("claims", 0),
                                           "offtopic_total_not_zero": result["answers"].get("offtopic", {}).get("total_not_zero")}
            print(name, label, json.dumps(report["sets"][name][label]), flush=True)
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    per = {label: [report["sets"][n][label] for n in CHECK] for label in gates}
    mean = {label: {k: float(np.mean([s[k] for s in rows])) for k in ("ndcg@10", "office_f1")} for label, rows in per.items()}
    worst = {k: min(c[k] - s[k] for s, c in zip(per["shipped"], per["MLP"], strict=True)) for k in ("ndcg@10", "office_f1")}
    unsupported = {label: sum(s["unsupported"] for s in rows) for label, rows in per.items()}
    none_new = [n for n, s, c in zip(CHECK, per["shipped"], per["MLP"], strict=True) if c["none_answered"] and not s["none_answered"]]
    passes = (mean["MLP"]["office_f1"] >= mean["shipped"]["office_f1"] + 0.02 and worst["office_f1"] >= -0.02
              and worst["ndcg@10"] >= -0.02 and unsupported["MLP"] <= unsupported["shipped"] and not none_new)
    report["summary"] = {"mean": mean, "worst_set_change": worst, "unsupported": unsupported,
                         "none_question_answered_newly": none_new, "passes": passes}
    print(json.dumps(report["summary"]))
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def do_two_stage(args) -> None:
    """Rule 3 (bench/results/gate_model_class_rule.txt): the rule-1 network, then a network of grade 2 against grade 1."""
    train, check = _training_and_check(args.cache)
    y = train["grade"] == 2
    graded = train["grade"] >= 1
    first, second = np.zeros(len(y)), np.zeros(len(y))
    for g in np.unique(train["group"]):
        held = train["group"] == g
        first[held] = Candidate("MLP").fit(train["x"][~held], y[~held]).predict(train["x"][held])
        rest = ~held & graded
        second[held] = Candidate("MLP").fit(train["x"][rest], y[rest]).predict(train["x"][held])
    t1 = choose_threshold(train, first, 0.05)[0]
    never = np.isin(train["kind"], list(NEVER_PROMOTE))
    t2 = 1.0
    for t in np.round(np.arange(0.99, 0.049, -0.01), 2):
        promoted = (first >= t1) & (second >= t)
        if (promoted & (train["grade"] != 2)).any() or (promoted & never).any():
            break
        t2 = float(t)
    p1 = Candidate("MLP").fit(train["x"], y).predict(check["x"])
    p2 = Candidate("MLP").fit(train["x"][graded], y[graded]).predict(check["x"])
    applied = (p1 >= t1) & (p2 >= t2)
    never_check = np.isin(check["kind"], list(NEVER_PROMOTE))
    result = {"first_threshold": t1, "second_threshold": t2,
              "left_out_promoted": int(((first >= t1) & (second >= t2)).sum()),
              "check": {"promoted": int(applied.sum()), "grade2": int((applied & (check["grade"] == 2)).sum()),
                        "below2": int((applied & (check["grade"] != 2)).sum()), "never_kinds": int((applied & never_check).sum())}}
    result["qualifies"] = result["check"]["grade2"] >= 1.2 * 157 and result["check"]["below2"] <= 2
    print(json.dumps(result))
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--index", type=Path, required=True)
    c.add_argument("--cache", type=Path, required=True)
    m = sub.add_parser("compare")
    m.add_argument("--cache", type=Path, required=True)
    m.add_argument("--out", type=Path, default=None)
    t = sub.add_parser("two-stage")
    t.add_argument("--cache", type=Path, required=True)
    t.add_argument("--out", type=Path, required=True)
    a = sub.add_parser("answers")
    a.add_argument("--cache", type=Path, required=True)
    a.add_argument("--index", type=Path, required=True)
    a.add_argument("--gate", type=Path, required=True, help="where the candidate gate is written")
    a.add_argument("--out", type=Path, required=True)
    a.add_argument("--strict", action="store_true", help="rule 2's threshold: every left-out promotion graded 2")
    args = parser.parse_args()
    {"collect": do_collect, "compare": do_compare, "answers": do_answers, "two-stage": do_two_stage}[args.command](args)


if __name__ == "__main__":
    main()
