"""Round trip: a generated plan rendered into every layout must ingest back into its own rows.

Each case renders one seed's plan (tests/plan_factory) into one layout, ingests the file and
asserts that measure, actions, deadline, owner, section path, office and year come back
exactly, with no junk rows. `bench/roundtrip.py` runs ≥100 seeds per layout and reports rates.
"""

from __future__ import annotations

import pytest
from plan_factory import LAYOUTS, PROSE_LAYOUTS, SLOW_LAYOUTS, TEXT_LAYOUTS, compare_rows, layout_plan, plan_for, random_plan, render

from ingest import ingest_paths

FAST_SEEDS = range(20)
SLOW_SEEDS = range(5)
CASES = [pytest.param(layout, seed, id=f"{layout}-{seed}")
         for layout in LAYOUTS for seed in (SLOW_SEEDS if layout in SLOW_LAYOUTS else FAST_SEEDS)]


def _describe(result) -> str:
    lines = [f"expected {result.expected} rows, produced {result.produced}, exact {result.exact}"]
    for diff in result.diffs:
        lines.append(f"  expected: {diff['expected']}")
        lines.append(f"  produced: {diff['produced']}")
    return "\n".join(lines)


@pytest.mark.parametrize(("layout", "seed"), CASES)
def test_rendering_ingests_back_into_the_plans_rows(tmp_path, layout, seed):
    plan = plan_for(seed, layout)
    path = render(plan, layout, tmp_path)
    rows, report = ingest_paths([path])
    assert not report.files[0].errors, report.files[0].errors
    result = compare_rows(layout_plan(plan, layout), rows, with_benefit=layout not in PROSE_LAYOUTS)
    assert result.ok, _describe(result)


REPORTED_AS = {"definitions": "definitions", "evaluation": "evaluation", "appendix": "appendix", "boilerplate": "provision"}


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_sections_that_are_not_measures_are_reported_with_their_line(tmp_path, layout):
    """Definitions, an evaluation scheme, an appendix and boilerplate give no row (checked
    above) and each is named in the ingest report with the line it starts on."""
    checked = 0
    for seed in FAST_SEEDS:
        plan = random_plan(seed)
        if layout_plan(plan, layout) is not plan:
            continue
        _, report = ingest_paths([render(plan, layout, tmp_path)])
        reported = {w["kind"] for w in report.files[0].warnings if "kind" in w and w["line"]}
        missing = [m.kind for m in plan.non_measures if REPORTED_AS[m.kind] not in reported]
        assert not missing, (seed, missing, report.files[0].warnings)
        checked += len(plan.non_measures)
    assert checked >= 10
