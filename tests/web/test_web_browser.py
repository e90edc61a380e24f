"""End to end in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

A provider logs in, uploads the 3-star sample (its file alone) and sees the
stars `cmm assess` gives it and the radar; an assessor overrides a finding and sends the review to sign-off; a
reviewer signs it off; the provider sees the final decision. Every page is
screenshotted (under pytest's tmp dir; the path is printed) and no page may
log anything to the browser console.
"""
from __future__ import annotations

import os
import shutil

import pytest

from conftest import PASSWORD, THREE_STAR, THREE_STAR_TEXT, tracebacks

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


def _binaries() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def chrome(tmp_path_factory):
    found = _binaries()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium and chromedriver are needed; .ci/run installs Debian's chromium-driver")
        pytest.skip("no chromium/chromedriver on this machine (apt-get install chromium-driver)")
    browser, driver_path = found
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1800", "--lang=zh-CN", "--hide-scrollbars",
                 f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


class Journey:
    """The browser, the server, where screenshots go, and every console message seen."""

    def __init__(self, driver, url: str, shots):
        self.driver, self.url, self.shots = driver, url, shots
        self.console: list[dict] = []
        self.count = 0

    def open(self, path: str) -> None:
        self.driver.get(self.url + path)
        self.collect()

    def collect(self) -> None:
        self.console += self.driver.get_log("browser")

    def shot(self, name: str) -> None:
        self.collect()
        self.count += 1
        path = self.shots / f"{self.count:02d}-{name}.png"
        assert self.driver.save_screenshot(str(path)), path

    def find(self, css: str):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def click(self, css: str, navigates: bool = True) -> None:
        """Click, and (for a link or a form's button) wait until the next page has replaced this one."""
        self.press(self.find(css), navigates)

    def press(self, element, navigates: bool = True) -> None:
        old = self.find("html").id
        element.click()
        if navigates:
            WebDriverWait(self.driver, 60, ignored_exceptions=(WebDriverException,)).until(
                lambda d: d.find_element(By.TAG_NAME, "html").id != old
                and d.find_elements(By.CSS_SELECTOR, "footer.foot"))   # the new page, parsed to its end
        self.collect()

    def log_in(self, name: str) -> None:
        self.open("/login")
        self.find("#name").send_keys(name)
        self.find("#password").send_keys(PASSWORD)
        self.click("#login")
        assert "/login" not in self.driver.current_url, self.find("body").text[:500]

    def log_out(self) -> None:
        self.click("#logout")
        assert self.driver.current_url.endswith("/login")


def test_provider_assessor_reviewer_journey(web, chrome, tmp_path_factory):
    shots = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots of the browser journey: {shots}")
    journey = Journey(chrome, web.url, shots)

    # 1. the provider logs in, uploads the 3-star sample, and sees its machine stars and the radar at once
    journey.open("/login")
    journey.shot("login")
    journey.log_in("prov-a")
    assert chrome.current_url.endswith("/provider")
    journey.shot("provider-upload")
    journey.find("#bundle").send_keys(str(THREE_STAR))
    journey.click("#upload")
    assert "/assessments/" in chrome.current_url, journey.find("body").text[:500]
    assessment_path = chrome.current_url[len(web.url):]
    assert journey.find("#machine-stars").text == THREE_STAR_TEXT   # the stars `cmm assess` gives the file
    radar = journey.find("svg#radar")
    assert radar.is_displayed() and radar.size["width"] > 300
    assert len(chrome.find_elements(By.CSS_SELECTOR, "svg#radar line.axis")) == 5
    assert journey.find("#gaps").is_displayed()
    assert "待签核" in journey.find("#final-decision").text
    journey.shot("provider-screening-report")
    journey.log_out()

    # 2. an assessor finds it in the queue, verifies an evidence item, overrides a failed finding with a
    #    reason, and sends it to sign-off
    journey.log_in("ann")
    journey.shot("assessor-queue")
    journey.click(f'#history a[href="{assessment_path}"]')
    journey.click("#evidence-checks summary", navigates=False)
    first = chrome.find_element(By.CSS_SELECTOR, "#evidence tbody tr")
    item = first.find_element(By.CSS_SELECTOR, "td.mono").text
    Select(first.find_element(By.NAME, "status")).select_by_value("verified")
    first.find_element(By.NAME, "note").send_keys("原件已核对 original seen")
    journey.press(first.find_element(By.CSS_SELECTOR, "button"))
    assert "Evidence check recorded" in journey.find("#flash").text
    journey.click("#evidence-checks summary", navigates=False)
    assert "verified" in chrome.find_element(By.CSS_SELECTOR, "#evidence tbody tr").text and item
    choice = Select(journey.find("#override-criterion"))
    failed = next(o for o in choice.options if " · fail · " in o.text)
    criterion = failed.get_attribute("value")
    choice.select_by_value(criterion)
    Select(journey.find("#override-after")).select_by_value("pass")
    Select(journey.find("#override-reason")).select_by_value("evidence_found_on_site")
    journey.find("#override-rationale").send_keys("现场查验见到完整的原件与签批记录 / the signed original was shown on site")
    journey.click("#override")
    assert "Finding overridden" in journey.find("#flash").text
    overrides = journey.find("#overrides").text
    assert criterion in overrides and "evidence found on site" in overrides
    journey.shot("assessor-override")
    journey.click("#submit")
    assert "submitted" in journey.find("#state").text
    journey.log_out()

    # 3. a reviewer (not the assessor) signs it off
    journey.log_in("rita")
    journey.open(assessment_path)
    journey.find("#signoff-note").send_keys("同意 agreed")
    journey.shot("reviewer-signoff")
    journey.click("#approve")
    assert "signed off" in journey.find("#state").text
    journey.log_out()

    # 4. the provider sees the final decision
    journey.log_in("prov-a")
    history = journey.find("#history").text
    assert "已签核 signed off" in history
    journey.open(assessment_path)
    final = journey.find("#final-decision").text
    assert final.endswith("/5") and "signed off" in journey.find("#signoff").text
    assert criterion in journey.find("#overrides").text
    journey.shot("provider-final-decision")

    assert journey.console == [], f"the pages logged to the browser console: {journey.console}"
    assert sorted(p.name for p in shots.iterdir()) == [f"{i:02d}-{n}.png" for i, n in enumerate(
        ["login", "provider-upload", "provider-screening-report", "assessor-queue", "assessor-override",
         "reviewer-signoff", "provider-final-decision"], start=1)]
    assert all(p.stat().st_size > 10_000 for p in shots.iterdir())
    assert tracebacks(web) == []
