"""Ruled PDF (portrait or landscape) with reportlab: the header row repeated on every page,
spanning cells (rowspan/colspan) and long cells cut by page breaks (`splitInRow`; a spanning
cell's text that does not fit above the break runs on below it on the next page, as a browser
prints it). An indicator plan (`model.indicator_plan`) is drawn as its seven-column table.
`chromium_pdf` prints the same document from a web page with headless Chromium instead."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from ingest.blocks import Heading, Paragraph, PhysicalTable
from plan_factory.layout import indicator_document, physical_table, plan_document
from plan_factory.model import Plan

FONT = "MSung-Light"  # reportlab's built-in CJK font: no font file needed (as tests/pdf_factory.py)
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY = ParagraphStyle("plan-body", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK")
CELL = ParagraphStyle("plan-cell", parent=BODY, fontSize=9, leading=12)
TITLE = ParagraphStyle("plan-title", parent=BODY, fontSize=15, leading=22)
HEADINGS = {1: ParagraphStyle("plan-h1", parent=BODY, fontSize=12, leading=18),
            2: ParagraphStyle("plan-h2", parent=BODY, fontSize=11, leading=16),
            3: ParagraphStyle("plan-h3", parent=BODY, fontSize=10, leading=15)}
ROLE_WIDTH = {"facet": 0.8, "part": 0.8, "measure": 1.2, "group": 1.3, "actions": 3.2, "steps": 2.8, "deadline": 0.8,
              "owner": 0.9, "benefit": 1.8, "extra": 0.8}


def _para(text: str, style: ParagraphStyle) -> PdfParagraph:
    return PdfParagraph("<br/>".join(escape(line) for line in text.split("\n")), style)


def _table(block: PhysicalTable, roles: list[str], width: float, cell_style: ParagraphStyle) -> Table:
    """Place each physical cell at its grid position and SPAN it; covered positions stay empty."""
    ncols = len(roles)
    data: list[list] = []
    spans = []
    pending: dict[int, int] = {}
    for r, prow in enumerate(block.rows):
        row: list = [""] * ncols
        col = 0
        for cell in prow.cells:
            while pending.get(col, 0) > 0:
                pending[col] -= 1
                col += 1
            row[col] = _para(cell.text, cell_style)
            if cell.rowspan > 1 or cell.colspan > 1:
                spans.append(("SPAN", (col, r), (col + cell.colspan - 1, r + cell.rowspan - 1)))
            for k in range(cell.colspan):
                if cell.rowspan > 1:
                    pending[col + k] = cell.rowspan - 1
            col += cell.colspan
        while col < ncols:  # covered positions at the end of the row
            if pending.get(col, 0) > 0:
                pending[col] -= 1
            col += 1
        data.append(row)
    total = sum(ROLE_WIDTH[r] for r in roles)
    table = Table(data, colWidths=[width * ROLE_WIDTH[r] / total for r in roles], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               *spans]))
    return table


def plan_pdf(plan: Plan, path: Path, *, orientation: str = "portrait") -> Path:
    """Build the PDF; when reportlab cannot split a row taller than a page inside a spanned
    block (it splits rows, not a tall row under a rowspan), cells are set one point smaller."""
    for size in (9, 8, 7, 6):
        try:
            return _build(plan, path, orientation, ParagraphStyle(f"plan-cell-{size}", parent=CELL, fontSize=size,
                                                                   leading=size + 3))
        except (LayoutError, TypeError):  # TypeError: reportlab's own LayoutError message fails on spans
            continue
    raise LayoutError(f"plan {plan.seed}: a table row does not fit on a {orientation} page")


def _build(plan: Plan, path: Path, orientation: str, cell_style: ParagraphStyle) -> Path:
    """The plan's document (an indicator plan's seven-column table, or the plan's own tables)."""
    size = A4 if orientation == "portrait" else landscape(A4)
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title=plan.title)
    width = size[0] - 80
    elements = indicator_document(plan) if plan.frame == "indicator" else plan_document(plan)
    story: list = []
    for element in elements:
        if isinstance(element, Heading):
            story.append(_para(element.text, HEADINGS[element.level]))
        elif isinstance(element, Paragraph):
            story.append(_para(element.text, TITLE if element.text == plan.title else BODY))
            if element.text == plan.title:
                story.append(Spacer(1, 8))
        else:
            story.append(_table(physical_table(element), element.roles, width, cell_style))
            story.append(Spacer(1, 6))
    doc.build(story)
    return path


CHROMIUM = os.environ.get("PLANSEARCH_CHROMIUM", "/usr/bin/chromium")
PRINT_CSS = ("body{font-size:11pt} table{border-collapse:collapse;width:100%} "
             "th,td{border:1px solid #000;vertical-align:top;padding:2px 3px;font-size:9pt} "
             "thead{display:table-header-group} @page{size:A4;margin:15mm}")


def chromium_pdf(plan: Plan, path: Path) -> Path:
    """The plan as a plain page printed to PDF by headless Chromium: a browser's table
    fragmentation, unlike reportlab's (a spanning cell cut by a page break is sliced: its
    border left open at the break, its text running on in the next page's first row, under
    the repeated header)."""
    from plan_factory.render_html import html_table

    elements = indicator_document(plan) if plan.frame == "indicator" else plan_document(plan)
    body = []
    for element in elements:
        if isinstance(element, Heading):
            body.append(f"<h{element.level + 1}>{escape(element.text)}</h{element.level + 1}>")
        elif isinstance(element, Paragraph):
            tag = "h1" if element.text == plan.title else "p"
            body.append(f"<{tag}>{escape(element.text)}</{tag}>")
        else:
            body.extend(html_table(physical_table(element)))
    page = path.with_suffix(".html")
    page.write_text(f'<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>{escape(plan.title)}</title>'
                    f"<style>{PRINT_CSS}</style></head><body>{''.join(body)}</body></html>", encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={profile}", f"--print-to-pdf={path}", page.resolve().as_uri()],
                       check=True, capture_output=True, timeout=180)
    page.unlink()
    return path
