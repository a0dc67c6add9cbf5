"""Ingest time per file of the sample plans as text, .docx, .odt and .doc (not a test).

The .docx/.odt are written from each sample's blocks, the .doc by LibreOffice from the .docx;
the .doc time includes LibreOffice's conversion to .odt (a fresh private profile per file).

    python bench/office_formats.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from plan_factory.office_writers import write_docx, write_odt  # noqa: E402

from ingest import ingest_paths  # noqa: E402
from ingest.readers.office import find_soffice  # noqa: E402
from ingest.readers.text import read_text  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plans = sorted((ROOT / "data" / "sample").glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="bench-office-"))
    files: dict[str, list[Path]] = {"text": plans, "docx": [], "odt": [], "doc": []}
    for plan in plans:
        blocks = read_text(str(plan), plan.read_text(encoding="utf-8")).blocks
        files["docx"].append(write_docx(blocks, work / f"{plan.stem}.docx"))
        files["odt"].append(write_odt(blocks, work / f"{plan.stem}.odt"))
    soffice = find_soffice()
    if soffice:
        subprocess.run([soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--convert-to",
                        "doc:MS Word 97", "--outdir", str(work), *map(str, files["docx"])], check=True, capture_output=True)
        files["doc"] = [work / f"{p.stem}.doc" for p in plans]
    results = {}
    for fmt, paths in files.items():
        if not paths:
            continue
        times = []
        for _ in range(args.repeat if fmt != "doc" else 1):
            start = time.perf_counter()
            rows, _ = ingest_paths(paths)
            times.append((time.perf_counter() - start) / len(paths))
        results[fmt] = {"files": len(paths), "rows": len(rows), "seconds_per_file": round(statistics.median(times), 3)}
    print(json.dumps({"machine": f"{platform.processor() or platform.machine()}, {platform.system()}",
                      "python": platform.python_version(), "results": results}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
