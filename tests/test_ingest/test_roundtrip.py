"""Round trip: a generated plan rendered into every layout must ingest back into its own rows.

Each case renders one seed's plan (tests/plan_factory) into one layout, ingests the file and
asserts that measure, actions, deadline, owner, section path, office and year come back
exactly, with no junk rows. `bench/roundtrip.py` runs ≥100 seeds per layout and reports rates.
"""

from __future__ import annotations

import pytest
from plan_factory import LAYOUTS, SLOW_LAYOUTS, compare_rows, plan_for, render

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
    result = compare_rows(plan, rows, with_benefit=layout not in ("narrative", "lawdb"))
    assert result.ok, _describe(result)
