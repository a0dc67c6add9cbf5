"""Plan factory: random logical plans from a seed, rendered into every layout a planner gets,
with the rows a careful reader sees (the round trip's answer key)."""

from plan_factory.compare import RoundTrip, compare_rows
from plan_factory.model import ExpectedRow, Plan, indicator_plan, random_plan
from plan_factory.render import LAYOUTS, PROSE_LAYOUTS, SLOW_LAYOUTS, TEXT_LAYOUTS, layout_plan, plan_for, render

__all__ = ["LAYOUTS", "PROSE_LAYOUTS", "SLOW_LAYOUTS", "TEXT_LAYOUTS", "ExpectedRow", "Plan", "RoundTrip", "compare_rows",
           "indicator_plan", "layout_plan", "plan_for", "random_plan", "render"]
