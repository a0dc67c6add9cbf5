"""JSON shapes of the workbench, shared by the API and the CLI's --json."""

from __future__ import annotations

from ingest.record import MeasureRow
from service.workbench.plans import citation_text, original_url, row_office_type, source_label


def row_ref(row: MeasureRow) -> dict:
    """A row as the workbench cites it: its fields and a readable, linkable source."""
    return {"row_id": row.row_id, "plan_id": row.plan_id, "office": row.office, "office_type": row_office_type(row),
            "year_roc": row.year_roc, "section": list(row.section), "measure": row.measure, "actions": list(row.actions),
            "deadline": row.deadline, "owner": row.owner, "benefit": row.benefit, "source": row.to_dict()["source"],
            "source_label": source_label(row), "citation": citation_text(row), "original_url": original_url(row),
            "provenance": row.provenance}
