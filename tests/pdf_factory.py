"""Build small plan PDFs with reportlab's built-in CJK font (no font files needed)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT = "MSung-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK")
TITLE = ParagraphStyle("title", parent=BODY, fontSize=14, leading=20)

HEADER = ["實施要項", "推動作法", "完成期限", "承辦單位", "預期效益"]


def plan_pdf(path: Path, *, title: str, rows: list[list[str]], orientation: str = "portrait",
             filler_paragraphs: int = 0, encrypt: str | None = None) -> Path:
    """A plan: title, a chapter heading, then a ruled measure table with the header repeated
    on every page. `filler_paragraphs` pushes the table so a row breaks across pages."""
    size = A4 if orientation == "portrait" else landscape(A4)
    doc = SimpleDocTemplate(str(path), pagesize=size, encrypt=encrypt, leftMargin=40, rightMargin=40,
                            topMargin=40, bottomMargin=40)
    story = [Paragraph(title, TITLE), Spacer(1, 8), Paragraph("壹、計畫依據", BODY),
             Paragraph("一、行政院函頒「政府服務躍升方案」。", BODY), Paragraph("貳、具體執行計畫", BODY)]
    story += [Paragraph(f"本段為說明文字第 {i + 1} 段，說明本計畫之執行方式與分工，以利各單位依循辦理。", BODY)
              for i in range(filler_paragraphs)]
    story.append(Paragraph("一、基礎服務", BODY))
    width = size[0] - 80
    col = [0.16, 0.38, 0.12, 0.12, 0.22]
    data = [[Paragraph(h, BODY) for h in HEADER]] + [[Paragraph(c, BODY) for c in r] for r in rows]
    table = Table(data, colWidths=[width * c for c in col], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    doc.build(story)
    return path


def scanned_pdf(path: Path) -> Path:
    """A PDF with only drawn shapes: no text layer, like a scan."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    return path


LONG_VERBS = ("定期辦理", "持續推動", "加強宣導", "主動提供", "每季檢視", "落實")
LONG_OBJECTS = ("電話禮貌測試", "到府服務", "線上申辦", "民眾滿意度調查", "單一窗口", "志工服務")


def long_pdf(path: Path, pages: int, *, appendix: bool = False, seed: int = 0) -> Path:
    """A long plan drawn page by page on a canvas (a platypus story of thousands of pages
    would hold them all in memory): title, chapter and a ruled measure table of 18 rows
    (measure, two actions, deadline, owner, benefit) on page 1 and, unless `appendix`, on
    every page after it; with `appendix` the other pages are an appendix chapter of prose
    paragraphs (no rows). About 2 kB a page (5,000 pages: ~10 MB); the text differs from page
    to page."""
    import random

    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    for number in range(1, pages + 1):
        top = A4[1] - 40
        if number == 1:
            c.setFont(FONT, 14)
            c.drawString(40, top, "測試市長頁地政事務所 112年度提升服務品質執行計畫")
            c.setFont(FONT, 9)
            c.drawString(40, top - 24, "壹、具體執行計畫")
            top -= 40
        if number == 1 or not appendix:
            _measure_table(c, rng, number, top)
        else:
            _appendix_page(c, rng, number, top)
        c.showPage()
    c.save()
    return path


def _measure_table(c, rng, number: int, top: float) -> None:
    columns = [40, 130, 330, 400, 470, A4[0] - 40]
    rows = [[[h] for h in HEADER]] + [
        [[f"措施{number}-{k}"], [f"{n}. {rng.choice(LONG_VERBS)}{rng.choice(LONG_OBJECTS)}。" for n in (1, 2)],
         ["經常辦理"], ["登記課"], [f"{rng.choice(LONG_OBJECTS)}", "更便捷。"]] for k in range(1, 19)]
    row_height = 32
    c.setFont(FONT, 9)
    for r, cells in enumerate(rows):
        y = top - r * row_height
        for x, lines in zip(columns, cells, strict=False):
            for k, text in enumerate(lines):
                c.drawString(x + 3, y - 11 - 11 * k, text)
        c.line(columns[0], y, columns[-1], y)
    bottom = top - len(rows) * row_height
    c.line(columns[0], bottom, columns[-1], bottom)
    for x in columns:
        c.line(x, top, x, bottom)


def _appendix_page(c, rng, number: int, top: float) -> None:
    """Paragraphs of four full lines and a short last one, under the appendix chapter."""
    c.setFont(FONT, 10)
    if number == 2:
        c.drawString(40, top, "貳、附件：執行紀錄")
        top -= 24
    y = top
    while y > 80:
        for k in range(5):
            words = "".join(f"{rng.choice(LONG_VERBS)}{rng.choice(LONG_OBJECTS)}" for _ in range(6 if k < 4 else 2))
            c.drawString(40, y, words[:50] if k < 4 else words[:20] + "。")
            y -= 14
        y -= 8


def predictor_bomb_pdf(path: Path, columns: int = 4_000_000_000) -> Path:
    """A one-page PDF whose content stream claims PNG-predicted rows of `columns` bytes: the
    stream is a few bytes, but undoing the predictor makes the PDF libraries allocate rows of
    that width (pypdf pads the data to a whole row, 4 GB by default). Hostile input that only
    a memory limit stops."""
    import zlib

    stream = zlib.compress(b"\x00BT ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns %d >> >>\nstream\n"
        % (len(stream), columns) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
