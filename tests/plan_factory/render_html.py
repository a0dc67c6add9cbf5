"""HTML layouts: the plan as an office's web page (site chrome around it), with its tables
(rowspan/colspan, `<br>` inside cells) or written as numbered prose."""

from __future__ import annotations

import random
from html import escape

from ingest.blocks import Heading, Paragraph, PhysicalTable
from plan_factory.layout import plan_blocks
from plan_factory.model import Plan
from plan_factory.render_text import narrative_lines


def _page(plan: Plan, main: list[str]) -> str:
    """Site chrome as offices publish it: skip link, header, nav, a breadcrumb naming other
    units, 發布單位 and dates, a footer with an update date of another year."""
    rng = random.Random(plan.seed * 31 + 5)
    month, day = plan.published
    site = f"{plan.office.parent}全球資訊網"
    crumbs = " &gt; ".join(["首頁", rng.choice(("便民服務", "政府資訊公開", "為民服務")), "服務品質", plan.office.parent])
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="zh-Hant">', "<head>", '<meta charset="utf-8">',
        f"<title>{escape(plan.title)}-{escape(site)}</title>", "</head>", "<body>",
        '<a href="#C" class="skip">跳到主要內容區塊</a>',
        f'<header><div class="logo">{escape(site)}</div>',
        '<nav><ul><li><a href="/">首頁</a></li><li><a href="/news">最新消息</a></li>'
        '<li><a href="/service">便民服務</a></li><li><a href="/sitemap">網站導覽</a></li></ul></nav></header>',
        f'<div class="breadcrumb"><a href="#U" title="上方導覽">:::</a> {crumbs}</div>',
        '<main id="C">', f"<h1>{escape(plan.title)}</h1>",
        f'<div class="info"><span>發布單位：{escape(plan.office.name)}</span> '
        f"<span>發布日期：{plan.year_roc}-{month:02d}-{day:02d}</span></div>",
        *main, "</main>",
        f"<footer><p>地址：{escape(plan.office.parent)}市民大道{rng.randint(1, 300)}號</p>"
        f"<p>電話：(02){rng.randint(2000, 2999)}-{rng.randint(1000, 9999)}</p>"
        f"<p>更新日期：{plan.year_roc + rng.randint(1, 5)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</p>"
        f"<p>瀏覽人次：{rng.randint(1000, 99999)}</p></footer>",
        "</body>", "</html>", ""])


def _cell_html(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def html_table(table: PhysicalTable) -> list[str]:
    out = ['<table border="1" class="plan">']
    for prow in table.rows:
        tag = "th" if prow.header else "td"
        cells = []
        for cell in prow.cells:
            attrs = (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "")
            cells.append(f"<{tag}{attrs}>{_cell_html(cell.text)}</{tag}>")
        row = f"<tr>{''.join(cells)}</tr>"
        out.append(f"<thead>{row}</thead><tbody>" if prow.header else row)
    out.append("</tbody></table>")
    return out


def table_page(plan: Plan) -> str:
    """Headings as h2–h4, tables with their spans."""
    main: list[str] = []
    for block in plan_blocks(plan)[1:]:  # the title is the page's h1
        if isinstance(block, Heading):
            main.append(f"<h{block.level + 1}>{escape(block.text)}</h{block.level + 1}>")
        elif isinstance(block, Paragraph):
            main.append(f"<p>{escape(block.text)}</p>")
        else:
            main.extend(html_table(block))
    return _page(plan, main)


def narrative_page(plan: Plan) -> str:
    """The plan as numbered prose: one `<p>` per item, chapter headings in `<h2>`."""
    main = []
    for level, text in narrative_lines(plan):
        main.append(f"<h2>{escape(text)}</h2>" if level == 0 else f"<p>{escape(text)}</p>")
    return _page(plan, main)
