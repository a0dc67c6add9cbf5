"""Ingest stays bounded on hostile and huge files: peak memory and time of `plansearch ingest`
and of an upload to a running server, measured from outside with `/usr/bin/time -v`.

    python bench/bench_ingest_limits.py [--pages 5000] [--html-mb 20] [--only pdf-table,pdf-appendix,html-nested,html-flat,html-table,upload,upload-1page]

Files (written to a temporary folder, invented, nothing from a real plan):
- `pdf-table`: a 5,000-page plan whose measure table runs over every page (18 rows a page,
  90,000 rows: the worst case for what ingest must hold, its output);
- `pdf-appendix`: the same length, one page of measures and 4,999 pages of appendix prose;
- `html-nested`: 20 MB of unclosed nested tags (`<div>x<div>x…`): refused (nesting);
- `html-flat`: 20 MB of closed paragraphs (`<p>…</p>` × 950k): refused (text blocks);
- `html-table`: 20 MB, one table of ~120k measure rows: read.

For each, `plansearch ingest FILE` runs under `/usr/bin/time -v` while its whole process tree
(CLI, forkserver, reader process) is sampled every 0.2 s: the peak of the summed PSS (shared
pages split between the processes sharing them) and the largest process's peak RSS.
`time -v` sees the CLI process alone (the readers are the forkserver's children), so the
reader's work (`ingest_file`) also runs alone in one process under `/usr/bin/time -v`. The upload starts `plansearch serve` on a copy of
the sample index, uploads the appendix PDF through `/api/admin/upload`, and records the
server's own RSS before, at its peak and 5 s after, and the reader process's peak.
Writes bench/results/ingest_limits.json, naming the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from machine import machine_info  # noqa: E402
from pdf_factory import long_pdf  # noqa: E402

PYTHON = sys.executable
PAGE = os.sysconf("SC_PAGE_SIZE")
TOKEN = "bench-token"


# -- measuring -------------------------------------------------------------------------------
def rss_mb(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def pss_mb(pid: int) -> float:
    """Proportional set size: a page shared by n processes counts 1/n in each, so the sum over
    a process tree is its real footprint (the forkserver's children share its imports)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0.0


def descendants(root: int) -> list[int]:
    """`root` and every process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


class TreeSampler(threading.Thread):
    """Samples a process tree every `interval` s: peak of the summed PSS, of the root's RSS,
    and of the largest process other than `exclude` (the server itself, when measuring its
    readers)."""

    def __init__(self, root: int, interval: float = 0.2, exclude: int | None = None):
        super().__init__(daemon=True)
        self.root, self.interval, self.exclude = root, interval, exclude
        self.tree_peak = self.other_peak = self.root_peak = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pids = descendants(self.root)
            sizes = {pid: rss_mb(pid) for pid in pids}
            self.tree_peak = max(self.tree_peak, sum(pss_mb(pid) for pid in pids))
            self.root_peak = max(self.root_peak, sizes.get(self.root, 0.0))
            others = [size for pid, size in sizes.items() if pid not in (self.root, self.exclude)]
            self.other_peak = max([self.other_peak, *others])
            self.stop.wait(self.interval)


def time_v(stderr: str) -> dict:
    def field(name: str) -> str:
        match = re.search(rf"{re.escape(name)}: (.+)", stderr)
        return match.group(1).strip() if match else ""

    clock = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(p) for p in clock.split(":")] if clock else [0.0]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    return {"max_rss_mb": round(int(field("Maximum resident set size (kbytes)") or 0) / 1024, 1),
            "elapsed_s": round(seconds, 1)}


# -- steps ---------------------------------------------------------------------------------------
def make_files(folder: Path, pages: int, html_mb: float, only: set[str]) -> dict[str, Path]:
    files: dict[str, Path] = {}
    if "pdf-table" in only:
        files["pdf-table"] = long_pdf(folder / "long-table.pdf", pages)
    if "pdf-appendix" in only or "upload" in only:
        files["pdf-appendix"] = long_pdf(folder / "long-appendix.pdf", pages, appendix=True)
    repeat = int(html_mb * 1024 * 1024)
    if "html-nested" in only:
        path = folder / "nested.html"
        path.write_text("<html><body>" + "<div>x" * (repeat // 6), encoding="utf-8")
        files["html-nested"] = path
    if "html-flat" in only:
        path = folder / "flat.html"
        path.write_text("<html><body><h1>某市某區戶政事務所112年度提升服務品質執行計畫</h1>" + "<p>第一段說明</p>" * (repeat // 22),
                        encoding="utf-8")
        files["html-flat"] = path
    if "html-table" in only:
        files["html-table"] = _table_page(folder / "table.html", repeat)
    return files


def _table_page(path: Path, size: int) -> Path:
    """A page under every limit: one measure table of ~120k rows (20 MB)."""
    title = "某市某區戶政事務所112年度提升服務品質執行計畫"
    row = ("<tr><td>措施{k}</td><td>1. 定期辦理電話禮貌測試。<br>2. 加強宣導到府服務。</td><td>經常辦理</td>"
           "<td>登記課</td><td>民眾更便捷。</td></tr>\n")
    head = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><h2>壹、具體措施</h2><table><tr><th>實施要項</th>"
            "<th>推動作法</th><th>完成期限</th><th>承辦單位</th><th>預期效益</th></tr>\n")
    count = max(1, (size - len(head.encode())) // len(row.format(k=10000).encode()))
    path.write_text(head + "".join(row.format(k=k) for k in range(count)) + "</table></body></html>", encoding="utf-8")
    return path


def measure_reader(path: Path) -> dict:
    """What one reader process does for PATH (`ingest_file`, the call a reader process runs),
    in one process under /usr/bin/time -v: its peak is the literal `time -v` figure, which
    the CLI run cannot give (its readers are children of the forkserver, not waited for by
    the CLI, so `time -v` sees the CLI process alone)."""
    code = ("import sys; from pathlib import Path; from ingest.pipeline import ingest_file; "
            "rows, report = ingest_file(Path(sys.argv[1])); print(len(rows), report.errors)")
    done = subprocess.run(["/usr/bin/time", "-v", PYTHON, "-c", code, str(path)], cwd=REPO, capture_output=True, text=True)
    return {"file": path.name, **time_v(done.stderr), "output": done.stdout.strip()[-300:]}


def measure_cli(path: Path, out: Path) -> dict:
    """`plansearch ingest PATH` under /usr/bin/time -v, its process tree sampled."""
    command = ["/usr/bin/time", "-v", PYTHON, "-m", "service.cli", "ingest", str(path), "--out", str(out)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    sampler.stop.set()
    sampler.join()
    report = json.loads((out / "report.json").read_text(encoding="utf-8")) if (out / "report.json").exists() else {}
    file = (report.get("files") or [{}])[0]
    return {"file": path.name, "mb": round(path.stat().st_size / 2**20, 1), "time_v_cli_process": time_v(stderr),
            "largest_process_peak_mb": round(max(sampler.other_peak, sampler.root_peak), 1),
            "tree_peak_mb": round(sampler.tree_peak, 1), "exit": process.returncode, "rows": file.get("rows"),
            "errors": [e["reason"] for e in file.get("errors", [])], "warnings": len(file.get("warnings", [])),
            "output": stdout.strip().splitlines()[-1:]}


def _wait_up(url: str, seconds: float = 180) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"server at {url} did not come up")


def measure_upload(path: Path, folder: Path, port: int) -> dict:
    """The server's RSS before, during and after uploading `path`, and the largest child's peak
    (since uploads build in a child process, service/upload_build.py, that is the build process:
    it loads the embedder and the build's word lists; its reader is its own child)."""
    import httpx

    index = folder / "index"
    env = {**os.environ, "PLANSEARCH_INDEX_DIR": str(index), "PLANSEARCH_ADMIN_TOKEN": TOKEN}
    samples = sorted((REPO / "data" / "sample").glob("*.txt"))
    subprocess.run([PYTHON, "-m", "service.cli", "sync", *map(str, samples), "--index", str(index), "--yes"],
                   cwd=REPO, env=env, check=True, capture_output=True)
    server = subprocess.Popen([PYTHON, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                              cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_up(f"{base}/api/health")
        for query in ("到府服務", "電話禮貌測試", "哪些機關提供到宅服務"):  # warm: model, caches
            httpx.get(f"{base}/api/search", params={"q": query}, timeout=120)
        time.sleep(2)
        before = rss_mb(server.pid)
        sampler = TreeSampler(server.pid, exclude=server.pid)
        sampler.start()
        started = time.monotonic()
        with path.open("rb") as handle:
            response = httpx.post(f"{base}/api/admin/upload", headers={"X-Admin-Token": TOKEN},
                                  files={"files": (path.name, handle, "application/pdf")}, timeout=7200)
        seconds = time.monotonic() - started
        sampler.stop.set()
        sampler.join()
        httpx.get(f"{base}/api/search", params={"q": "到府服務"}, timeout=120)
        time.sleep(5)
        after = rss_mb(server.pid)
        body = response.json()
        files = body.get("ingest", {}).get("files", [])
        return {"file": path.name, "status": response.status_code, "seconds": round(seconds, 1),
                "server_rss_before_mb": round(before, 1), "server_rss_peak_mb": round(sampler.root_peak, 1),
                "server_rss_after_mb": round(after, 1), "server_rss_change_mb": round(after - before, 1),
                "largest_child_peak_mb": round(sampler.other_peak, 1), "tree_peak_mb": round(sampler.tree_peak, 1),
                "rows": [f.get("rows") for f in files], "errors": [e["reason"] for f in files for e in f.get("errors", [])]}
    finally:
        server.terminate()
        server.wait(timeout=30)


def _merged(old: dict, new: dict) -> dict:
    """`new`'s cases over `old`'s; each case keeps the machine line of the run that measured it."""
    cases = {c["case"]: {**c, "machine": c.get("machine", old["machine"])} for c in old.get("cli", [])}
    cases.update({c["case"]: {**c, "machine": new["machine"]} for c in new["cli"]})
    upload = new["upload"] or old.get("upload")
    one_page = new.get("upload_1page") or old.get("upload_1page")
    return {**new, "cli": list(cases.values()), "upload": upload, "upload_1page": one_page}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--html-mb", type=float, default=20.0)
    parser.add_argument("--port", type=int, default=8121)
    parser.add_argument("--only", default="pdf-table,pdf-appendix,html-nested,html-flat,html-table,upload,upload-1page")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "ingest_limits.json")
    parser.add_argument("--merge", action="store_true", help="keep the cases of OUT this run does not measure")
    args = parser.parse_args()
    only = set(args.only.split(","))
    result: dict = {"machine": machine_info(), "pages": args.pages, "html_mb": args.html_mb, "cli": [], "upload": None}
    folder = Path(tempfile.mkdtemp(prefix="bench-limits-"))
    try:
        files = make_files(folder, args.pages, args.html_mb, only)
        for name, path in files.items():
            if name not in only:
                continue
            measured = measure_cli(path, folder / f"out-{name}")
            result["cli"].append({"case": name, **measured, "reader_alone": measure_reader(path)})
            sys.stdout.write(json.dumps(result["cli"][-1], ensure_ascii=False) + "\n")
            sys.stdout.flush()
        if "upload" in only:
            result["upload"] = measure_upload(files["pdf-appendix"], folder, args.port)
            sys.stdout.write(json.dumps(result["upload"], ensure_ascii=False) + "\n")
        if "upload-1page" in only:  # the same upload of a one-page file: what does not grow with pages
            (folder / "small").mkdir()
            one_page = long_pdf(folder / "small" / "one-page-appendix.pdf", 1, appendix=True)
            result["upload_1page"] = measure_upload(one_page, folder / "small", args.port)
            sys.stdout.write(json.dumps(result["upload_1page"], ensure_ascii=False) + "\n")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.merge and args.out.exists():
        result = _merged(json.loads(args.out.read_text(encoding="utf-8")), result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {args.out}\n")


if __name__ == "__main__":
    main()
