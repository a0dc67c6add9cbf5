"""Rows recovered from the sample PDFs: pypdf's plain text vs the cell grid (not a test).

    python bench/pdf_readers.py
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest import ingest_paths  # noqa: E402
from ingest.check import check_rows  # noqa: E402
from ingest.pipeline import rows_from_document  # noqa: E402
from ingest.readers.text import read_text  # noqa: E402


def pypdf_plain(path: Path):
    """pypdf.extract_text() per page (plain and layout mode), read as a text plan."""
    import pypdf

    out = {}
    for mode in ("plain", "layout"):
        reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
        text = "\n".join(page.extract_text(extraction_mode=mode) or "" for page in reader.pages)
        doc = read_text(path.name, text)
        rows, _ = rows_from_document(doc, source_file=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest())
        out[mode] = rows
    return out


def main() -> None:
    pdfs = sorted((ROOT / "data/sample/pdf").glob("*.pdf"))
    gold = ROOT / "data/eval/gold"
    results = {}
    plain, layout = [], []
    for pdf in pdfs:
        got = pypdf_plain(pdf)
        plain += got["plain"]
        layout += got["layout"]
    results["pypdf extract_text (plain) → text reader"] = check_rows(plain, gold)
    results["pypdf extract_text (layout) → text reader"] = check_rows(layout, gold)
    grid, _ = ingest_paths(pdfs)
    results["cell grid (pdfplumber rules + glyphs)"] = check_rows(grid, gold)
    for name, result in results.items():
        per_plan = ", ".join(f"{p['plan'][:3]} {p['found']}/{p['gold_rows']}" for p in result["plans"])
        print(f"{name:<45} recall {result['recall']:.3f} precision {result['precision']:.3f}  ({per_plan})")
    (ROOT / "bench/results").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench/results/pdf_readers.json").write_text(json.dumps(
        {k: {"recall": v["recall"], "precision": v["precision"]} for k, v in results.items()}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
