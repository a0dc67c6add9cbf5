"""Walking a document's blocks: the heading path, which chapters hold measures, and which
step (table assembler or narrative reader) turns each block into rows."""

from __future__ import annotations

from ingest.assemble import assemble_table, grain_of
from ingest.blocks import Document, Heading, Paragraph, Table
from ingest.columns import is_scoring_header
from ingest.draft import BuildResult, DraftRow
from ingest.narrative import (
    NarrativeReader,
    is_front_matter,
    names_measures,
    non_measure_kind,
    not_measures_warning,
    one_service_rows,
)
from ingest.normalize import squash_ws

NO_MEASURES = "no recognisable measure rows: no measure table and no numbered items under a measure chapter"


def section_text(text: str) -> str:
    return squash_ws(text).rstrip(":：").strip()


def build_rows(doc: Document) -> BuildResult:
    """Turn a document's blocks into draft rows. Tables are measure tables wherever they stand;
    numbered items count under chapters that are not front matter. Next to a measure table
    they are the plan's strategy text (kind "strategy"), searchable but not measures."""
    has_table = any(isinstance(b, Table) and not is_scoring_header(b.header) for b in doc.blocks)
    grains = {grain_of(b) for b in doc.blocks if isinstance(b, Table) and not is_scoring_header(b.header)}
    document_grain = "step" if "step" in grains else "measure"
    rows: list[DraftRow] = []
    narrative = NarrativeReader("strategy" if has_table else "measure", rows)
    stack: list[tuple[int, str, bool]] = []  # (level, text, holds no measures)
    warnings: list[dict] = []

    def section() -> list[str]:
        return [text for _, text, _ in stack]

    def skipped() -> bool:
        return not stack or any(skip for _, _, skip in stack)

    for block in doc.blocks:
        if isinstance(block, Heading):
            narrative.end_heading(section(), stack[-1][0] if stack else None, not has_table and not skipped())
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            kind = non_measure_kind(block.text, block.level) if block.level <= 3 else None
            if kind is not None and not any(skip for _, _, skip in stack):  # definitions, a scheme, an appendix: reported
                warnings.append(not_measures_warning(kind, block.text, block.line, block.page))
            # (a part of a chapter named for its measures is no chapter of the plan's, whatever its name ends in)
            part_of_measures = block.level == 2 and any(level == 1 and names_measures(text) for level, text, _ in stack)
            skip = kind is not None or (block.level <= 2 and is_front_matter(block.text) and not part_of_measures)
            stack.append((block.level, section_text(block.text), skip))
        elif isinstance(block, Table):
            narrative.flush(section())
            if is_scoring_header(block.header):  # an evaluation scheme (評核項目 / 配分)
                warnings.append(not_measures_warning("evaluation", " ".join(block.header), block.line, block.page,
                                                     len(block.rows)))
                continue
            table_rows, table_warnings = assemble_table(block, section(), document_grain)
            rows.extend(table_rows)
            warnings.extend(table_warnings)
        elif isinstance(block, Paragraph) and not skipped():
            narrative.add(block.text, block.line, block.page, section())
    narrative.end_heading(section(), stack[-1][0] if stack else None, not has_table and not skipped())
    narrative.finish()
    warnings.extend(narrative.warnings)
    rows[:] = one_service_rows(doc, rows)
    if not any(r.kind == "measure" for r in rows):
        warnings.append({"reason": NO_MEASURES, "code": "no_measures"})
    return BuildResult(rows, warnings)
