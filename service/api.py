"""HTTP API: thin routes over Searcher and the answer assembly."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from index.search import Searcher
from service import validation
from service.answer import ask as answer_question
from service.backend import status as backend_status
from service.errors import ApiError
from service.payloads import answer_payload, hit_payload
from service.search_view import run_search, search_payload, search_request
from service.settings import Settings

router = APIRouter(prefix="/api")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_searcher(request: Request) -> Searcher:
    searcher = getattr(request.app.state, "searcher", None)
    if searcher is None:
        reason = getattr(request.app.state, "load_error", None) or "the index is not loaded"
        raise ApiError(503, "index_unavailable", reason)
    return searcher


def get_limits(request: Request) -> validation.Limits:
    return validation.Limits.from_settings(request.app.state.settings)


OfficeParam = Annotated[list[str] | None, Query(description="Only rows of these offices (repeatable).")]
YearFrom = Annotated[int | None, Query(description="Earliest plan year, 民國 (e.g. 107; an AD year such as 2018 is read as 民國 107).")]
YearTo = Annotated[int | None, Query(description="Latest plan year, 民國 (e.g. 112; an AD year such as 2023 is read as 民國 112).")]
SectionParam = Annotated[str | None, Query(description="Only rows whose section path contains this text.")]
ParentParam = Annotated[list[str] | None, Query(description="Only rows of offices under these agencies (repeatable).")]
OfficeTypeParam = Annotated[list[str] | None, Query(description="Only rows of offices of these types (repeatable), e.g. 戶政事務所.")]
ProvenanceParam = Annotated[list[str] | None, Query(description="Only rows of published (real) or invented (demo) plans (repeatable).")]


QueryParam = Annotated[str | None, Query(description="Query text (at most max_query_chars characters).")]
PageParam = Annotated[int | None, Query(description="Page of k hits, from 1 (a page past the last has no hits).")]
SortParam = Annotated[str | None, Query(description="relevance (default), year (newest first) or office.")]


@router.get("/search", summary="Ranked measure rows for a query, with highlights and facets")
def search(q: QueryParam = None, k: Annotated[int | None, Query(description="Hits per page (1..max_k).")] = None,
           page: PageParam = None, sort: SortParam = None,
           office: OfficeParam = None, year_from: YearFrom = None, year_to: YearTo = None,
           section: SectionParam = None, parent_agency: ParentParam = None, office_type: OfficeTypeParam = None,
           provenance: ProvenanceParam = None,
           mode: Annotated[str | None, Query(description="hybrid (default), bm25 or dense.")] = None,
           searcher: Searcher = Depends(get_searcher), limits: validation.Limits = Depends(get_limits)) -> dict:
    request = search_request(searcher, limits, q=q, k=k, page=page, sort=sort, mode=mode, office=office,
                             office_type=office_type, parent_agency=parent_agency, year_from=year_from, year_to=year_to,
                             section=section, provenance=provenance)
    return search_payload(searcher, run_search(searcher, request))


@router.get("/ask", summary="A short answer naming the offices, each claim cited")
def ask(q: Annotated[str | None, Query(description="Question (at most max_query_chars characters).")] = None,
        office: OfficeParam = None, year_from: YearFrom = None, year_to: YearTo = None, section: SectionParam = None,
        parent_agency: ParentParam = None, office_type: OfficeTypeParam = None, provenance: ProvenanceParam = None,
        searcher: Searcher = Depends(get_searcher), limits: validation.Limits = Depends(get_limits)) -> dict:
    text = validation.query(q, limits)
    filters = validation.filters(searcher, office=office, office_type=office_type, parent_agency=parent_agency,
                                 year_from=year_from, year_to=year_to, section=section, provenance=provenance)
    return answer_payload(searcher, answer_question(searcher, text, filters))


@router.get("/rows/{row_id}", summary="One row with its plan metadata and source")
def row(row_id: Annotated[str, Path(description="Row id (16 hex characters).")],
        searcher: Searcher = Depends(get_searcher)) -> dict:
    found = searcher.row(validation.row_id(row_id))
    if found is None:
        raise ApiError(404, "not_found", f"no row with id {row_id!r}")
    return found.to_dict()


@router.get("/rows/{row_id}/similar", summary="Rows of other offices doing the same thing")
def similar(row_id: Annotated[str, Path(description="Row id (16 hex characters).")],
            k: Annotated[int | None, Query(description="Number of rows (1..max_k).")] = 5,
            searcher: Searcher = Depends(get_searcher), limits: validation.Limits = Depends(get_limits)) -> dict:
    if searcher.row(validation.row_id(row_id)) is None:
        raise ApiError(404, "not_found", f"no row with id {row_id!r}")
    k = validation.k(k, limits)
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
            "dense_index": manifest["dense_index"], "built_at": manifest["built_at"], "backend": backend_status(searcher)}
