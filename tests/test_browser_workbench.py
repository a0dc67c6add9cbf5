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
def demo_with_sources(tmp_path_factory, embedder, tokenizer):
    """The demo index as `plansearch demo` builds it (source copies kept, so citations open the
    original), from the vectors the repository ships: no model run."""
    from conftest import SAMPLE, seed_shipped_vectors

    from index.search import Searcher
    from service import demo

    index_dir = tmp_path_factory.mktemp("demo-with-sources") / "index"
    seed_shipped_vectors(index_dir)
    demo.build_demo(index_dir, SAMPLE, embedder, tokenizer)
    return index_dir, Searcher.open(index_dir, embedder, tokenizer=tokenizer)


@pytest.fixture(scope="module")
def demo_url(demo_with_sources):
    from service.app import create_app
    from service.settings import Settings

    index_dir, searcher = demo_with_sources
    with serve(create_app(Settings(index_dir=index_dir), searcher=searcher)) as url:
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
    measures = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.draft tbody tr td:nth-child(2) > a")]
    assert measures == chosen
    browser.find_element(By.CSS_SELECTOR, "a.export-odt").click()
    rows = _odt_rows(_wait_for_file(downloads, ".odt").read_bytes())
    assert rows[0] == ["實施要項", "推動作法", "完成期限", "承辦單位", "預期效益", "出處", "備註"]
    assert [r[0] for r in rows[1:]] == chosen
    assert all("年度" in r[5] and "第 " in r[5] and "〈" in r[5] for r in rows[1:])


def _plan_ids(demo_searcher) -> dict[str, str]:
    return {r.source_file: r.plan_id for r in demo_searcher.rows}


def test_screenshots_of_the_workbench_pages(demo_url, browser, demo_with_sources, shots):
    from selenium.webdriver.common.by import By

    ids = _plan_ids(demo_with_sources[1])
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


def _loaded(browser) -> bool:
    return browser.execute_script("return document.readyState") == "complete"


def test_a_citation_opens_the_original_at_its_line_marked(demo_url, browser):
    """From a hit's 出處 to the original: the URL carries #L<line>, that line is in view and
    marked with the rest of the row's lines."""
    from selenium.webdriver.common.by import By

    browser.get(demo_url + "/?q=到府服務")
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "li.hit p.source a") if "第 " in a.text and "行" in a.text)
    line = int(link.text.split("第 ")[1].split(" 行")[0])
    link.click()
    assert browser.current_url.endswith(f"#L{line}") and "?row=" in browser.current_url
    target = browser.find_element(By.ID, f"L{line}")
    assert "cited" in target.get_attribute("class")
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", target)
    assert 0 <= top < browser.execute_script("return window.innerHeight"), "the cited line is in view"
    assert "到府服務" in " ".join(e.text for e in browser.find_elements(By.CSS_SELECTOR, ".line.cited"))


def test_the_draft_is_reordered_and_noted_in_the_browser(demo_url, browser, downloads):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.delete_all_cookies()
    browser.get(demo_url + "/?q=單一窗口")
    for _ in range(3):
        button = next(b for b in browser.find_elements(By.CSS_SELECTOR, "li.hit button.add-draft"))
        hit = button.find_element(By.XPATH, "./ancestor::li[@class='hit']")
        anchor = hit.get_attribute("id")
        button.click()
        WebDriverWait(browser, 60).until(lambda b, a=anchor: _loaded(b) and b.current_url.endswith("#" + a))
        top = browser.execute_script("return arguments[0].getBoundingClientRect().top", browser.find_element(By.ID, anchor))
        assert 0 <= top < browser.execute_script("return window.innerHeight"), "back at the row just added, not at the top"
    browser.get(demo_url + "/draft")
    before = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "table.draft tbody tr td:nth-child(2) a")]
    ids = [tr.get_attribute("id") for tr in browser.find_elements(By.CSS_SELECTOR, "table.draft tbody tr")]
    browser.find_element(By.CSS_SELECTOR, f"#{ids[2]} button.move-up").click()
    WebDriverWait(browser, 60).until(lambda b: _loaded(b) and b.current_url.endswith("#" + ids[2]))
    after = [tr.get_attribute("id") for tr in browser.find_elements(By.CSS_SELECTOR, "table.draft tbody tr")]
    assert after == [ids[0], ids[2], ids[1]] and len(before) == 3
    box = browser.find_element(By.CSS_SELECTOR, f"#{ids[1]} textarea")
    box.send_keys("改由志工協助")
    browser.find_element(By.CSS_SELECTOR, f"#{ids[1]} button.save-note").click()
    WebDriverWait(browser, 60).until(lambda b: _loaded(b) and b.find_elements(By.CSS_SELECTOR, f"#{ids[1]} textarea"))
    assert browser.find_element(By.CSS_SELECTOR, f"#{ids[1]} textarea").get_attribute("value") == "改由志工協助"
    for old in downloads.iterdir():
        old.unlink()
    browser.find_element(By.CSS_SELECTOR, "a.export-odt").click()
    rows = _odt_rows(_wait_for_file(downloads, ".odt").read_bytes())
    assert rows[0][-1] == "備註" and [r[-1] for r in rows[1:]] == ["", "", "改由志工協助"]


def test_the_comparison_shows_word_differences(demo_url, browser, demo_with_sources):
    from selenium.webdriver.common.by import By

    ids = _plan_ids(demo_with_sources[1])
    browser.get(demo_url + f"/compare?a={ids['i01_jiahe_east_household_110.txt']}&b={ids['i02_jiahe_east_household_111.md']}")
    diff = browser.find_elements(By.CSS_SELECTOR, "td.word-diff")
    assert diff, "a reworded pair shows its word differences"
    deleted = diff[0].find_elements(By.TAG_NAME, "del")
    inserted = diff[0].find_elements(By.TAG_NAME, "ins")
    assert deleted and inserted
    colours = {e.value_of_css_property("background-color") for e in (deleted[0], inserted[0])}
    assert len(colours) == 2, "removed and added words look different"
