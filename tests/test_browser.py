"""In a real browser (Debian's Chromium): ask a question, follow a citation, see the row."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import chromium, serve

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def live_url(app_settings, searcher):
    from service.app import create_app

    with serve(create_app(app_settings, searcher=searcher)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium("1280,1400") as driver:
        yield driver


def test_question_answer_citation_and_row_page(live_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ARTIFACTS.mkdir(exist_ok=True)
    browser.get(live_url + "/")
    box = browser.find_element(By.ID, "q")
    assert box == browser.switch_to.active_element, "the search box has focus first"
    box.send_keys("哪些機關提供到宅服務")
    box.send_keys(Keys.ENTER)
    answer = browser.find_element(By.CSS_SELECTOR, "section.answer")
    assert "臺中縣龍井鄉戶政事務所" in answer.text and "基隆市安樂地政事務所" in answer.text
    assert "q=%E5%93%AA" in browser.current_url or "q=哪些" in browser.current_url
    browser.save_screenshot(str(ARTIFACTS / "answer.png"))
    links = answer.find_elements(By.CSS_SELECTOR, "ol.citations a")
    assert links
    cited = links[0].text.split("（")[0]
    links[0].click()
    heading = browser.find_element(By.TAG_NAME, "h1").text
    page = browser.find_element(By.TAG_NAME, "main").text
    assert heading and cited in page and "出處" in page and "其他機關的類似措施" in page
    browser.save_screenshot(str(ARTIFACTS / "row.png"))


def test_the_api_docs_render_the_openapi_document(live_url, browser):
    """/docs under the page CSP, offline: Swagger UI reads the 3.1 document and lists the operations."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_url + "/docs")
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"))
    paths = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")]
    assert "/api/search" in paths and "/api/ask" in paths and "/api/compare/export" in paths
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "Unable to render this definition" not in page and "OAS 3.1" in page
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] if hasattr(browser, "get_log") else []
    assert not [e for e in errors if "Content Security Policy" in e["message"]], errors
