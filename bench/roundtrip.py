"""Round-trip exact-row rate per layout over many generated plans (tests/plan_factory).

    python bench/roundtrip.py [--seeds 100] [--first-seed 1000] [--layouts tab,html,...] [--wordings heldout41,dev]

For each layout and seed: render the plan, ingest the file, compare with the answer key.
Prints a table and writes bench/results/roundtrip.json with, per layout, the exact-row rate
(exact rows / Σ max(expected, produced), so junk rows cost), plans fully right, per-field
accuracy over paired rows, ingest errors, the first failing examples (expected vs produced)
and, for the text renderings of issue 18, how many of the sections that are not measures
(definitions, evaluation schemes, appendices, boilerplate) the ingest report named. Seeds
start at 1000 by default so they are not the seeds the test suite runs.
Wordings: `heldout41` (written blind to the readers and frozen by a SHA test: the newest held-out
wording, reported first), `heldout40` (written blind and frozen, then measured once as the reader
round 10 held-out figure), `heldout39` (written blind and frozen, then measured once as the reader
round 9 held-out figure), `heldout38` (written blind and frozen, then measured once as the reader
round 8 held-out figure), `heldout37` (written blind and frozen, then measured once as the reader
rounds 6-7 held-out figure), `heldout36` (written blind and frozen, then measured once as the reader
round 6 held-out figure), `heldout35` (written blind and frozen, then measured once as the reader
rounds 4-5 held-out figure), `heldout34` (written blind and frozen, then measured once as the
thirty-third-wording reader round's held-out figure), `heldout33` (written blind and frozen, then
measured once as the thirty-second-wording reader round's held-out figure), `heldout32` (written blind and frozen, then measured once as the
thirty-first-wording reader round's held-out figure), `heldout31` (written blind and frozen, then
measured once as the thirtieth-wording reader round's held-out figure), `heldout30` (written blind and frozen, then
measured once as the twenty-ninth-wording reader round's held-out figure), `heldout29` (written blind and frozen before
the reader round on heldout28, then measured once as that round's held-out figure), `heldout28` (written blind and frozen before the reader
fixes on heldout27 were merged, then used to fix the readers in turn: a development wording now),
`heldout27` (likewise before the fixes for heldout26, then used to fix the readers in turn),
`heldout26` (likewise before the fixes for heldout25, then used to fix the readers in turn),
`heldout25` (likewise before the fixes for heldout24, then used to fix the readers in turn),
`heldout24` (likewise before the fixes for heldout23, then used to fix the readers in turn),
`heldout23` (likewise before the fixes for heldout22, then used to fix the readers in turn),
`heldout22` (likewise before the fixes for heldout21, then used to fix the readers in turn),
`heldout21` (likewise before the fixes for heldout20, then used to fix the readers in turn),
`heldout20` (likewise before the fixes for heldout19, then used to fix the readers in turn),
`heldout19` (likewise before the fixes for heldout18, then used to fix the readers in turn),
`heldout18` (likewise before the fixes for heldout17, then used to fix the readers in turn),
`heldout17` (likewise before the fixes for heldout16, then used to fix the readers in turn),
`heldout16` (likewise before the fixes for heldout15, then used to fix the readers in turn),
`heldout15` (likewise before the fixes for heldout14, then used to fix the readers in turn),
`heldout14` (likewise before the fixes for heldout13, then used to fix the readers in turn),
`heldout13` (likewise before the fixes for heldout12, then used to fix the readers in turn), `heldout12` (likewise before
the fixes for heldout11, then used to fix the readers in turn), `heldout11` (likewise before
the fixes for heldout10, then used to fix the readers in turn), `heldout10` (likewise before
the fixes for heldout9, then used to fix the readers in turn), `heldout9` (likewise before
the fixes for heldout8, then used to fix the readers in turn), `heldout8` (likewise before
the fixes for heldout7, then used to fix the readers in turn), `heldout7` (likewise before
the fixes for heldout6, then used to fix the readers in turn), `heldout6` (likewise before
the fixes for heldout5, then used to fix the readers in turn), `heldout5` (likewise before the
fixes for heldout4, then used to fix the readers in turn), `heldout4` (written blind after the
third had been used to fix the readers, then used to fix them in turn), `heldout3` (written blind
for the text renderings of issue 18; the readers have since been fixed against it), `heldout2`
and `heldout` (earlier held-out wordings: the readers have since been fixed against them, so
their figures are development figures now) and `dev` (the vocabulary the test suite runs, which
the readers were developed against).
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from plan_factory import LAYOUTS, PROSE_LAYOUTS, TEXT_LAYOUTS, compare_rows, layout_plan, plan_for, render  # noqa: E402
from plan_factory.compare import FIELDS  # noqa: E402

from ingest import ingest_paths  # noqa: E402

log = logging.getLogger("roundtrip")
TARGET = 0.98
# how the ingest report names each kind of section that is not a measure
REPORTED_AS = {"definitions": "definitions", "evaluation": "evaluation", "appendix": "appendix", "boilerplate": "provision"}


def run_layout(layout: str, seeds: range, examples: int, wording: str) -> dict:
    totals = Counter()
    field_ok = Counter()
    failures: list[dict] = []
    errors: Counter = Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for seed in seeds:
            drawn = plan_for(seed, layout, wording=wording)
            plan = layout_plan(drawn, layout)  # the plan the file holds (a one-service plan in some bullet files)
            try:
                path = render(drawn, layout, Path(folder))
            except Exception as exc:  # noqa: BLE001 - a renderer missing (e.g. an unmerged writer) is reported, not fatal
                errors[f"render: {type(exc).__name__}: {exc}"] += 1
                totals["expected"] += len(plan.expected_rows())
                continue
            rows, report = ingest_paths([path])
            for error in report.files[0].errors:
                errors[f"ingest: {error['reason']}"] += 1
            if layout in TEXT_LAYOUTS and plan.service is None:  # sections that are not measures: reported?
                kinds = {w.get("kind") for w in report.files[0].warnings}
                named = [m for m in plan.non_measures if m.kind in REPORTED_AS]  # (front matter such as 經費 needs no report)
                totals["non_measures"] += len(named)
                totals["non_measures_reported"] += sum(REPORTED_AS[m.kind] in kinds for m in named)
            result = compare_rows(plan, rows, with_benefit=layout not in PROSE_LAYOUTS)
            totals["plans"] += 1
            totals["plans_ok"] += result.ok
            totals["expected"] += result.expected
            totals["produced"] += result.produced
            totals["exact"] += result.exact
            totals["denominator"] += max(result.expected, result.produced)
            totals["paired"] += result.paired
            field_ok.update(result.field_ok)
            if not result.ok and len(failures) < examples:
                failures.append({"seed": seed, "grain": plan.grain, "facet_layout": plan.facet_layout,
                                 "expected_rows": result.expected, "produced_rows": result.produced,
                                 "exact_rows": result.exact, "diffs": result.diffs})
            path.unlink(missing_ok=True)
    fields = [f for f in (*FIELDS, "office", "year_roc") if f != "benefit" or layout not in PROSE_LAYOUTS]
    return {
        "layout": layout, "seeds": len(seeds), "plans": totals["plans"], "plans_ok": totals["plans_ok"],
        "expected_rows": totals["expected"], "produced_rows": totals["produced"], "exact_rows": totals["exact"],
        "paired_rows": totals["paired"],  # produced rows matched one to one with an expected row: recall
        "rate": round(totals["exact"] / totals["denominator"], 4) if totals["denominator"] else 0.0,
        "field_accuracy": {f: round(field_ok[f] / totals["paired"], 4) if totals["paired"] else 0.0 for f in fields},
        "errors": dict(errors.most_common(5)), "seconds": round(time.perf_counter() - started, 1),
        **({"non_measures": totals["non_measures"], "non_measures_reported": totals["non_measures_reported"]}
           if layout in TEXT_LAYOUTS else {}),
        "first_failures": failures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--first-seed", type=int, default=1000)
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--examples", type=int, default=3, help="failing examples kept per layout")
    parser.add_argument(
        "--wordings", default="heldout41,heldout40,heldout39,heldout38,heldout37,heldout36,heldout35,heldout34,heldout33,heldout32,heldout31,heldout30,"
                                              "heldout29,heldout28,heldout27,heldout26,heldout25,heldout24,heldout23,heldout22,heldout21,heldout20,heldout19,heldout18,heldout17,heldout16,heldout15,heldout14,heldout13,heldout12,heldout11,heldout10,heldout9,heldout8,heldout7,"
                                              "heldout6,heldout5,heldout4,heldout3,heldout2,heldout,dev",
                        help="comma-separated: heldout41 (written blind to the readers and frozen: the newest held-out "
                             "wording, reported first), heldout40 (written blind and frozen, then measured once as the "
                             "reader round 10 held-out figure), heldout39 (written blind and frozen, then measured once as the "
                             "reader round 9 held-out figure), heldout38 (written blind and frozen, then measured once as the "
                             "reader round 8 held-out figure), heldout37 (written blind and frozen, then measured once as the "
                             "reader rounds 6-7 held-out figure), heldout36 (written blind and frozen, then measured once as the "
                             "reader round 6 held-out figure), heldout35 (written blind and frozen, then measured once as the "
                             "reader rounds 4-5 held-out figure), heldout34 (written blind and frozen, then measured once as the "
                             "thirty-third-wording reader round's held-out figure), heldout33 (written blind and frozen, "
                             "then measured once as the "
                             "thirty-second-wording reader round's held-out figure), heldout32 (written blind and frozen, "
                             "then measured once as the "
                             "thirty-first-wording reader round's held-out figure), heldout31 (written blind and frozen, "
                             "then measured once as the "
                             "thirtieth-wording reader round's held-out figure), heldout30 (written blind and frozen, "
                             "then measured once as the "
                             "twenty-ninth-wording reader round's held-out figure), heldout29 (written blind and frozen before the reader round on "
                             "heldout28, then measured once as that round's held-out figure), heldout28 (used to fix the readers since: a "
                             "development wording now), heldout27, heldout26, heldout25, heldout24, heldout23, heldout22, heldout21, heldout20, heldout19, "
                             "heldout18, heldout17, heldout16, heldout15, heldout14, "
                             "heldout13, heldout12, heldout11, heldout10, heldout9, heldout8, heldout7, heldout6, heldout5, "
                             "heldout4, heldout3, heldout2, heldout, dev")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "roundtrip.json")
    parser.add_argument("--no-field-model", action="store_true",
                        help="ablation: the readers' grammar alone, as if ingest/data/field_model.npz were absent")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # ingest logs each bad file; the table says enough
    if args.no_field_model:
        from ingest import field_model

        field_model.bundled = lambda: None
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    wordings: dict[str, list[dict]] = {}
    for wording in args.wordings.split(","):
        sys.stdout.write(f"\n{wording} wording\n{'layout':<14} {'seeds':>5} {'plans ok':>8} {'rows':>6} {'made':>6} "
                         f"{'exact':>6} {'rate':>6}  errors\n")
        results = wordings[wording] = []
        for layout in args.layouts.split(","):
            result = run_layout(layout, seeds, args.examples, wording)
            results.append(result)
            flag = "" if result["rate"] >= TARGET else "  < target"
            sys.stdout.write(f"{layout:<14} {result['seeds']:>5} {result['plans_ok']:>8} {result['expected_rows']:>6} "
                             f"{result['produced_rows']:>6} {result['exact_rows']:>6} {result['rate']:>6.3f}{flag}  "
                             f"{sum(result['errors'].values())} ({result['seconds']} s)\n")
    payload = {"machine": f"{platform.machine()} {platform.processor() or ''} Python {platform.python_version()}".strip(),
               "seeds": [seeds.start, seeds.stop - 1], "target": TARGET,
               "rate": "exact rows / Σ max(expected, produced) per plan", "field_model": not args.no_field_model, "wordings": wordings}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {args.out}\n")


if __name__ == "__main__":
    main()
