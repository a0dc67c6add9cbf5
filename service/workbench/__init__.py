"""The planner's workbench over the same Searcher as search and answers: a draft of reused rows
and its export (export.py), the plan browser (plans.py), two plans side by side (compare.py),
a topic over the years (trend.py) and what peer offices do (peers.py). `router.py` serves them
as API and pages, `cli.py` as commands."""
