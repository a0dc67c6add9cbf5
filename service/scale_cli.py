"""Backend commands (`plansearch health`, `plansearch migrate`): thin typer layers over
service/backend.py and index/publish.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from service.backend import Backend

IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index folder [default: settings.index_dir].")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _settings(index: Path | None):
    from service.cli import _settings as settings_of

    return settings_of(index)


def backend_health(settings) -> dict:
    """Which backend serves the index folder, the build `current` names, and for milvus where
    Milvus is, what the alias names and whether the build's collection is complete. `ok` is
    False, with `error`, when a server started now could not serve."""
    from index.errors import IndexError_
    from index.store import current_build, read_build_manifest

    report: dict = {"backend": Backend(settings.backend).value, "index_dir": str(settings.index_dir), "ok": True, "error": None}
    try:
        build = current_build(settings.index_dir)
        manifest = read_build_manifest(build)
        report.update(build=build.name, rows=manifest["counts"]["rows"], units=manifest["counts"]["vectors"])
    except IndexError_ as exc:
        return {**report, "ok": False, "error": str(exc)}
    if Backend(settings.backend) is Backend.LOCAL:
        return report
    from index.milvus_lite import open_client, release_embedded, running_server
    from index.milvus_store import alias_target, has_complete
    from service.backend import milvus_target

    target = milvus_target(settings)
    milvus = {"uri": target.uri, "via": (running_server(Path(target.uri)) or "this process (no milvus-lite server running)")
              if target.is_lite else target.uri, "alias": target.alias, "collection": target.collection(build.name)}
    report["milvus"] = milvus
    try:
        client = open_client(target, wait=settings.milvus_timeout)
        try:
            milvus["complete"] = has_complete(client, target, build.name, report["units"])
            milvus["alias_collection"] = alias_target(client, target)
        finally:
            client.close()
            release_embedded(target)
    except IndexError_ as exc:
        return {**report, "ok": False, "error": str(exc)}
    if not milvus["complete"]:
        report.update(ok=False, error=f"build {build.name} is not (completely) in {target.describe()}: "
                                      "run `plansearch migrate --to milvus`")
    elif milvus["alias_collection"] != milvus["collection"]:
        report["note"] = (f"alias {target.alias} names {milvus['alias_collection']}, not the current build's collection: "
                          "the next writer (or `plansearch migrate --to milvus`) switches it")
    return report


def health(index: IndexOpt = None, as_json: JsonOpt = False):
    """Which backend serves the index (local, or Milvus with its collection and alias); exit 1 when it cannot serve."""
    report = backend_health(_settings(index))
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        typer.echo(f"backend: {report['backend']}  index: {report['index_dir']}  build: {report.get('build', '-')}"
                   + (f" ({report['rows']} rows)" if "rows" in report else ""))
        if "milvus" in report:
            m = report["milvus"]
            typer.echo(f"milvus: {m['uri']} via {m['via']}; collection {m['collection']}"
                       f"{' complete' if m.get('complete') else ''}; alias {m['alias']} → {m.get('alias_collection')}")
        if report.get("note"):
            typer.echo(f"note: {report['note']}")
    if not report["ok"]:
        typer.echo(f"error: {report['error']}", err=True)
        raise typer.Exit(1)


def migrate(to: Annotated[Backend, typer.Option("--to", help="milvus: copy the current build into Milvus (no embedding); "
                                                "local: verify the build folder the local backend serves.")],
            index: IndexOpt = None,
            drop: Annotated[bool, typer.Option("--drop", help="With --to local: remove the collections and alias from Milvus.")] = False,
            as_json: JsonOpt = False):
    """Move the current build between backends: into Milvus (vectors and BM25 weights from the build), or back to local."""
    from index.publish import back_to_local, ensure_published
    from service.backend import publisher as make_publisher

    settings = _settings(None if index is None else index)
    hook = make_publisher(settings.model_copy(update={"backend": Backend.MILVUS}))
    try:
        if to is Backend.MILVUS:
            result = ensure_published(settings.index_dir, hook, lock_timeout=settings.lock_wait).to_dict()
            message = (f"build {result['build']} {'copied into' if result['copied'] else 'already in'} {hook.target.describe()} "
                       f"as {result['collection']}; alias {result['alias']} names it. Serve it with PLANSEARCH_BACKEND=milvus.")
        else:
            result = back_to_local(settings.index_dir, hook, drop=drop, lock_timeout=settings.lock_wait)
            message = (f"build {result['build']} ({result['rows']} rows) verified: the local backend serves it as it is"
                       + (f"; dropped {len(result['dropped'])} collection(s) from Milvus" if drop else "")
                       + ". Serve it with PLANSEARCH_BACKEND=local.")
    finally:
        hook.close()
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else message)


def register(app: typer.Typer) -> None:
    """Add the backend commands to the `plansearch` app."""
    app.command("health")(health)
    app.command("migrate")(migrate)
