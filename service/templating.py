"""The one Jinja environment of the pages, built by `create_app` (app.state.templates) with every
filter and global registered once: highlighting, citations, sources, section labels."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from index.parse import in_own_characters
from index.text import term_spans, to_traditional
from ingest.office_type import OFFICE_TYPES
from service.workbench.compare import STATUS_LABELS, pair_diff
from service.workbench.plans import original_url, section_label, section_part, source_label, where

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def mark_spans(text: str, spans) -> Markup:
    """Escape `text` and wrap the given (start, end) spans in <mark>."""
    out, last = [], 0
    for start, end in spans:
        out.append(escape(text[last:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def highlight(text: str, terms) -> Markup:
    """Escape `text` and wrap the matched terms in <mark>."""
    return mark_spans(text, term_spans(text, terms) if terms else [])


def mark_field(text: str, matches, field: str, index: int | None = None) -> Markup:
    """A row field with the spans the query matched in it (row page)."""
    spans = next((m.spans for m in matches if m.field == field and m.index == index), ())
    return mark_spans(text, spans)


def cite_links(text: str) -> Markup:
    """Escape the answer text and make each [n] a link to its citation below."""
    return Markup(re.sub(r"\[(\d+)\]", r'<a href="#cite-\1" class="cite">[\1]</a>', str(escape(text))))


def as_typed(text: str, question: str = "") -> str:
    """A word of the query in Traditional characters, as the planner typed it (稽核, not OpenCC's 稽覈)."""
    return in_own_characters(to_traditional(text), question or "")


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
    templates.env.filters.update(highlight=highlight, mark_spans=mark_spans, mark_field=mark_field, cite_links=cite_links,
                                 source_label=source_label, original_url=original_url, where=where,
                                 section_label=section_label, section_part=section_part,
                                 pair_diff=pair_diff, traditional=to_traditional, as_typed=as_typed)
    templates.env.globals.update(STATUS_LABELS=STATUS_LABELS, OFFICE_TYPES=OFFICE_TYPES)
    return templates


def render(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    """A page from the app's environment."""
    return request.app.state.templates.TemplateResponse(request, name, {"request": request, **context}, status_code=status_code)
