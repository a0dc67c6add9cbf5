"""In a real browser (Debian's Chromium), on the demo corpus: add two rows to the draft from the
results, download the draft as .odt and read its rows; screenshots of the plan browser, a
comparison, a trend chart and the peers page — into a temporary folder, or into docs/ for the
README when `make screenshots` sets PLANSEARCH_SCREENSHOTS=docs (so `make test` leaves the tree clean)."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from browser_support import chromium, serve

pytestmark = [pytest.mark.slow, pytest.mark.browser]

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: docs/ only when asked (`make screenshots`)."""
    chosen = os.environ.get("PLANSEARCH_SCREENSHOTS")
    return REPO / chosen if chosen else tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def demo_url(demo_index, demo_searcher):
    from service.app import create_app
    from service.settings import Settings

    with serve(create_app(Settings(index_dir=demo_index), searcher=demo_searcher)) as url:
        yield url


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads):
    with chromium("1280,1100", downloads) as driver:
        yield driver


def _wait_for_file(folder: Path, suffix: str, tries: int = 200) -> Path:
    for _ in range(tries):
        done = [p for p in folder.iterdir() if p.suffix == suffix]
        if done and not any(p.suffix == ".crdownload" for p in folder.iterdir()):
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} file was downloaded to {folder}: {[p.name for p in folder.iterdir()]}")


def _odt_rows(data: bytes) -> list[list[str]]:
    from odf import teletype
    from odf.opendocument import load
    from odf.table import TableCell, TableRow
    from odf.text import P

    document = load(io.BytesIO(data))
    return [["\n".join(teletype.extractText(p) for p in cell.getElementsByType(P)) for cell in row.getElementsByType(TableCell)]
            for row in document.getElementsByType(TableRow)]


def test_add_two_rows_to_the_draft_and_download_the_odt(demo_url, browser, downloads):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def draft_count_shown(count: int):
        """The page the form returns to is loaded and its nav counts the draft, read in one
        script on the current document (not through the clicked element: chromedriver may
        report a node of the old page as 'not in the document' instead of stale mid-load)."""
        def loaded(b) -> bool:
            nav = b.execute_script("var n = document.querySelector('nav.site-nav');"
                                   "return document.readyState === 'complete' && n ? n.textContent : '';")
            return f"草稿（{count}）" in nav
        return loaded

    browser.get(demo_url + "/?q=電話禮貌測試")
    chosen = []
    for added in (1, 2):
        hit = next(h for h in browser.find_elements(By.CSS_SELECTOR, "li.hit") if h.find_elements(By.CSS_SELECTOR, "button.add-draft"))
        chosen.append(hit.find_element(By.CSS_SELECTOR, "h3").text)
        hit.find_element(By.CSS_SELECTOR, "button.add-draft").click()
        WebDriverWait(browser, 60).until(draft_count_shown(added))
        assert "/?q=" in browser.current_url, "adding returns to the same results"
    assert "草稿（2）" in browser.find_element(By.CSS_SELECTOR, "nav.site-nav").text
    browser.get(demo_url + "/draft")
    measures = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "table.draft tbody tr td:first-child")]
    assert measures == chosen
    browser.find_element(By.CSS_SELECTOR, "a.export-odt").click()
    rows = _odt_rows(_wait_for_file(downloads, ".odt").read_bytes())
    assert rows[0] == ["實施要項", "推動作法", "完成期限", "承辦單位", "預期效益", "出處"]
    assert [r[0] for r in rows[1:]] == chosen
    assert all("年度" in r[5] and "第 " in r[5] for r in rows[1:])


def _plan_ids(demo_searcher) -> dict[str, str]:
    return {r.source_file: r.plan_id for r in demo_searcher.rows}


def test_screenshots_of_the_workbench_pages(demo_url, browser, demo_searcher, shots):
    from selenium.webdriver.common.by import By

    ids = _plan_ids(demo_searcher)
    pages = {
        "workbench-plans.png": ("/plans?sort=type", "table.plans", "嘉禾市東區戶政事務所"),
        "workbench-compare.png": (f"/compare?a={ids['i01_jiahe_east_household_110.txt']}&b={ids['i02_jiahe_east_household_111.md']}",
                                  "table.compare", "改寫"),
        "workbench-trend.png": ("/trend?q=電話禮貌測試", "svg.trend-chart", "電話禮貌測試"),
        "workbench-peers.png": (f"/peers?plan={ids['i03_jiahe_east_household_112.html']}", "section.group", "戶籍謄本跨縣市核發"),
    }
    shots.mkdir(exist_ok=True)
    for name, (path, selector, text) in pages.items():
        browser.get(demo_url + path)
        assert browser.find_elements(By.CSS_SELECTOR, selector), f"{path}: no {selector}"
        assert text in browser.find_element(By.TAG_NAME, "main").text
        browser.save_screenshot(str(shots / name))
        assert (shots / name).stat().st_size > 10_000
    browser.get(demo_url + "/trend?q=電話禮貌測試")
    browser.find_elements(By.CSS_SELECTOR, "svg.trend-chart a")[-1].click()
    assert browser.current_url.endswith("#y112"), "a bar links to its year's rows"
    assert "嘉禾市東區戶政事務所" in browser.find_element(By.ID, "y112").text
