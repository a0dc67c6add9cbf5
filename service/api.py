"""HTTP API: thin routes over Searcher and the answer assembly."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from index.search import Filters, Searcher
from ingest.record import PROVENANCES
from service.answer import ask as answer_question
from service.errors import ApiError
from service.payloads import answer_payload, hit_payload, search_payload
from service.settings import Settings

router = APIRouter(prefix="/api")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_searcher(request: Request) -> Searcher:
    searcher = getattr(request.app.state, "searcher", None)
    if searcher is None:
        reason = getattr(request.app.state, "load_error", None) or "the index is not loaded"
        raise ApiError(503, "index_unavailable", reason)
    return searcher


def clean_query(q: str | None, settings: Settings) -> str:
    """Control characters dropped; empty or over-long queries refused."""
    text = _CONTROL.sub(" ", q or "").strip()
    if not text:
        raise ApiError(422, "validation_error", "q: the query is empty", field="q")
    if len(text) > settings.max_query_chars:
        raise ApiError(422, "validation_error",
                       f"q: the query has {len(text)} characters; at most {settings.max_query_chars} are allowed",
                       field="q")
    return text


def check_k(k: int | None, settings: Settings) -> int:
    k = settings.default_k if k is None else k
    if not 1 <= k <= settings.max_k:
        raise ApiError(422, "validation_error", f"k: must be between 1 and {settings.max_k}, got {k}", field="k")
    return k


def build_filters(searcher: Searcher, office: list[str] | None, year_from: int | None, year_to: int | None,
                  section: str | None, parent_agency: list[str] | None = None, office_type: list[str] | None = None,
                  provenance: list[str] | None = None) -> Filters:
    """Filters from request values; values no row has are refused, so a typo is not an empty page."""
    offices = tuple(o for o in (office or []) if o)
    unknown = [o for o in offices if o not in searcher.offices]
    if unknown:
        raise ApiError(422, "validation_error", f"office: unknown office {unknown[0]!r}", field="office")
    parents = tuple(p for p in (parent_agency or []) if p)
    unknown = [p for p in parents if p not in searcher.parent_agencies]
    if unknown:
        raise ApiError(422, "validation_error", f"parent_agency: unknown agency {unknown[0]!r}", field="parent_agency")
    for name, value in (("year_from", year_from), ("year_to", year_to)):
        if value is not None and not 1 <= value <= 3000:
            raise ApiError(422, "validation_error", f"{name}: {value} is not a year", field=name)
    if year_from is not None and year_to is not None and year_from > year_to:
        raise ApiError(422, "validation_error", "year_from: must not be after year_to", field="year_from")
    section = (section or "").strip() or None
    if section and not any(section in s for r in searcher.rows for s in r.section):
        raise ApiError(422, "validation_error", f"section: no row has a section containing {section!r}", field="section")
    types = tuple(t for t in (office_type or []) if t)
    unknown = [t for t in types if t not in searcher.office_types]
    if unknown:
        raise ApiError(422, "validation_error", f"office_type: unknown office type {unknown[0]!r}", field="office_type")
    provenances = tuple(p for p in (provenance or []) if p)
    unknown = [p for p in provenances if p not in PROVENANCES]
    if unknown:
        raise ApiError(422, "validation_error", f"provenance: unknown value {unknown[0]!r}; use one of {', '.join(PROVENANCES)}",
                       field="provenance")
    return Filters(offices=offices, parent_agencies=parents, year_from=year_from, year_to=year_to, section=section,
                   office_types=types, provenance=provenances)


OfficeParam = Annotated[list[str] | None, Query(description="Only rows of these offices (repeatable).")]
YearFrom = Annotated[int | None, Query(description="Earliest plan year (民國 or AD).")]
YearTo = Annotated[int | None, Query(description="Latest plan year (民國 or AD).")]
SectionParam = Annotated[str | None, Query(description="Only rows whose section path contains this text.")]
ParentParam = Annotated[list[str] | None, Query(description="Only rows of offices under these agencies (repeatable).")]
OfficeTypeParam = Annotated[list[str] | None, Query(description="Only rows of offices of these types (repeatable), e.g. 戶政事務所.")]
ProvenanceParam = Annotated[list[str] | None, Query(description="Only rows of published (real) or invented (demo) plans (repeatable).")]


@router.get("/search", summary="Ranked measure rows for a query, with highlights and facets")
def search(request: Request, q: Annotated[str | None, Query(description="Query text.")] = None,
           k: Annotated[int | None, Query(description="Number of hits (1..max_k).")] = None,
           office: OfficeParam = None, year_from: YearFrom = None, year_to: YearTo = None,
           section: SectionParam = None, parent_agency: ParentParam = None, office_type: OfficeTypeParam = None,
           provenance: ProvenanceParam = None,
           mode: Annotated[str, Query(description="hybrid, bm25 or dense.")] = "hybrid",
           searcher: Searcher = Depends(get_searcher), settings: Settings = Depends(get_settings)) -> dict:
    text = clean_query(q, settings)
    k = check_k(k, settings)
    if mode not in ("hybrid", "bm25", "dense"):
        raise ApiError(422, "validation_error", f"mode: unknown mode {mode!r}", field="mode")
    filters = build_filters(searcher, office, year_from, year_to, section, parent_agency, office_type, provenance)
    return search_payload(searcher, text, k, filters, mode)


@router.get("/ask", summary="A short answer naming the offices, each claim cited")
def ask(q: Annotated[str | None, Query(description="Question.")] = None,
        office: OfficeParam = None, year_from: YearFrom = None, year_to: YearTo = None, section: SectionParam = None,
        parent_agency: ParentParam = None, office_type: OfficeTypeParam = None, provenance: ProvenanceParam = None,
        searcher: Searcher = Depends(get_searcher), settings: Settings = Depends(get_settings)) -> dict:
    text = clean_query(q, settings)
    filters = build_filters(searcher, office, year_from, year_to, section, parent_agency, office_type, provenance)
    return answer_payload(searcher, answer_question(searcher, text, filters))


@router.get("/rows/{row_id}", summary="One row with its plan metadata and source")
def row(row_id: Annotated[str, Path(description="Row id (16 hex characters).")],
        searcher: Searcher = Depends(get_searcher)) -> dict:
    found = searcher.row(row_id)
    if found is None:
        raise ApiError(404, "not_found", f"no row with id {row_id!r}")
    return found.to_dict()


@router.get("/rows/{row_id}/similar", summary="Rows of other offices doing the same thing")
def similar(row_id: str, k: Annotated[int | None, Query(description="Number of rows (1..max_k).")] = 5,
            searcher: Searcher = Depends(get_searcher), settings: Settings = Depends(get_settings)) -> dict:
    if searcher.row(row_id) is None:
        raise ApiError(404, "not_found", f"no row with id {row_id!r}")
    k = check_k(k, settings)
    hits = searcher.similar(row_id, k)
    return {"row_id": row_id, "hits": [hit_payload(searcher, h) for h in hits]}


@router.get("/health", summary="200 with the build served (counts, embedder, build time); 503 with the reason when none is",
            responses={503: {"description": "No index is served; the error message says why."}})
def health(request: Request) -> dict:
    searcher = getattr(request.app.state, "searcher", None)
    live = getattr(request.app.state, "live", None)
    if searcher is None:
        reason = getattr(request.app.state, "load_error", None) or "the index is not loaded"
        raise ApiError(503, "index_unavailable", reason)
    manifest = searcher.index.manifest
    cache = searcher.queries.cache_stats()
    status = live.status() if live is not None else {"loaded_at": None, "refused": None, "served_damage": None}
    return {"status": "degraded" if status["served_damage"] else "ok", "index_loaded": True,
            "build": searcher.index.path.name, "loaded_at": status["loaded_at"], "refused_build": status["refused"],
            "served_damage": status["served_damage"], "counts": manifest["counts"], "embedder": manifest["embedder"],
            "engine": getattr(searcher.embedder, "engine", searcher.embedder.id),
            "query_cache": {"hits": cache.hits, "misses": cache.misses, "batches": searcher.queries.batches},
            "dense_index": manifest["dense_index"], "built_at": manifest["built_at"]}
