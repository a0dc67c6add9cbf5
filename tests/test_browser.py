"""In a real browser (Debian's Chromium): ask a question, follow a citation, see the row."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = os.environ.get("PLANSEARCH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("PLANSEARCH_CHROMEDRIVER", "/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_url(app_settings, searcher):
    import uvicorn

    from service.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(app_settings, searcher=searcher), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip("Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,1400", "--lang=zh-TW"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


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
