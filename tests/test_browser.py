"""Browser tests: the report and the explorer, built from the seeds, driven
in Debian's Chromium by Playwright (never a browser Playwright downloads).

Chromium missing is a failure, not a skip: install it with
``apt-get install -y chromium`` and Playwright with pip (``make test`` does).
Screenshots go to test-artifacts/; with WIRECODER_UPDATE_SCREENSHOTS=1 the
README's images in docs/screenshots/ are rewritten too.

WIRECODER_BROWSER_STAGES (e.g. ``actors,places,quotes,events``) limits the
stages the seeds are coded with, for working while another stage is broken.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

PROJECT = Path(__file__).resolve().parents[1]
ARTIFACTS = PROJECT / "test-artifacts"
SCREENSHOTS = PROJECT / "docs" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: pip install playwright (no `playwright install` needed)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return context, page


@pytest.fixture
def page(browser):
    context, page = _new_page(browser)
    yield page
    context.close()


@pytest.fixture(scope="module")
def report_page(browser, seeds_report):
    """The seeds' report, loaded once (it carries 5 MB of plotly.js); records
    any request that leaves the file."""
    context, page = _new_page(browser)
    page.outside = []
    page.on("request", lambda r: page.outside.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
    page.goto(seeds_report.as_uri())
    page.wait_for_selector("#timeline[data-ready=true]")
    yield page
    context.close()


@pytest.fixture(scope="session")
def seeds_db(seeds_dir, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("browser") / "seeds.db"
    command = [sys.executable, "-m", "wirecoder.cli", "run", str(seeds_dir), "--manifest",
               str(seeds_dir / "manifest.csv"), "--db", str(db), "--quiet"]
    if os.environ.get("WIRECODER_BROWSER_STAGES"):
        command += ["--stages", os.environ["WIRECODER_BROWSER_STAGES"]]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"coding the seeds failed:\n{result.stderr[-3000:]}"
    return db


@pytest.fixture(scope="session")
def seeds_report(seeds_db) -> Path:
    from wirecoder.report.command import report_command

    out = seeds_db.with_name("story.html")
    result = CliRunner().invoke(report_command, ["--db", str(seeds_db), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def explorer(seeds_db):
    """`wirecoder serve` on a free localhost port, stopped after the tests."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "wirecoder.explorer.command", "--db", str(seeds_db), "--port", str(port), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                output = process.stdout.read().decode(errors="replace")
                pytest.fail(f"wirecoder serve did not start:\n{output[-3000:]}")
            time.sleep(0.3)
    yield base, seeds_db.stem
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def _shot(page, name: str, readme: str | None = None) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    if readme and os.environ.get("WIRECODER_UPDATE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / readme))


def _sentence(db: Path, article_id: str, index: int) -> str:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT text FROM sentences WHERE article_id = ? AND idx = ?",
                                  (article_id, index)).fetchone()[0]


def _click_point(page, selector: str) -> None:
    box = page.locator(selector).first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.click(x, y)


# ---- the report ----------------------------------------------------------------
def test_report_timeline_event_opens_its_evidence_sentence(report_page, seeds_db):
    page = report_page
    assert page.locator("#timeline .scatterlayer .point").count() > 0
    _shot(page, "report-top", readme="report.png")
    page.locator("#timeline-section").scroll_into_view_if_needed()
    _click_point(page, "#timeline .scatterlayer .point")
    panel = page.locator("#evidence")
    panel.wait_for(state="visible")
    article_id, index = panel.get_attribute("data-article"), int(panel.get_attribute("data-sentence"))
    assert page.locator("#evidence mark.sentence").inner_text().strip() == _sentence(seeds_db, article_id, index).strip()
    assert page.locator("#evidence mark.sentence strong.span").count() == 1  # the trigger word
    assert page.locator("#evidence-date").inner_text()  # the date is shown with the article
    _shot(page, "report-timeline-evidence")
    assert page.errors == []


def test_report_quote_opens_the_quoted_words(report_page):
    page = report_page
    quote = page.locator("#quotes button.quote").first
    words = quote.locator("q").inner_text()
    quote.click()
    page.locator("#evidence").wait_for(state="visible")
    highlighted = page.locator("#evidence mark.sentence strong.span").inner_text()
    assert highlighted.strip() and highlighted.strip() in words.strip() or words.strip() in highlighted
    _shot(page, "report-quote-evidence")


def test_report_map_and_escalation_draw(report_page):
    page = report_page
    page.wait_for_selector("#escalation[data-ready=true]")
    assert page.locator("#escalation .scatterlayer .trace").count() >= 1
    if page.locator("#map").count():
        page.wait_for_selector("#map[data-ready=true]")
        assert page.locator("#map .geo .countries path, #map .geo path.js-path").count() > 0  # the offline world map
        page.locator("#map-section").scroll_into_view_if_needed()
        _shot(page, "report-map")
    assert page.errors == []
    assert page.outside == [], f"the report fetched {page.outside}"  # opens from disk, no network


def test_report_shows_hostile_article_text_as_text(page, tmp_path):
    from test_report_data import HOSTILE, make_database

    from wirecoder.report import write_report

    out = tmp_path / "hostile.html"
    write_report(make_database(tmp_path / "hostile.db"), out)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(out.as_uri())
    page.locator("#quotes button.quote").first.click()
    text = page.locator("#evidence-text")
    assert HOSTILE in text.inner_text()
    assert text.locator("script").count() == 0
    assert dialogs == []


# ---- the explorer --------------------------------------------------------------
def test_explorer_search_finds_a_quote(page, explorer, seeds_db):
    base, name = explorer
    with sqlite3.connect(seeds_db) as connection:
        contents = [r[0] for r in connection.execute("SELECT content FROM quotes WHERE length(content) > 20")]
    assert contents, "the seeds gave no quotes"
    word = max((w.strip(".,;:!?\"'“”‘’()") for w in contents[0].split()), key=len)
    page.goto(f"{base}/{name}/quotes")
    page.fill("input#_search", word)
    page.locator("input#_search").press("Enter")
    page.wait_for_url(lambda url: "_search=" in url)
    cells = page.locator("td.col-content")
    found = [cells.nth(i).inner_text() for i in range(cells.count())]
    assert contents[0].strip() in [c.strip() for c in found]
    with sqlite3.connect(seeds_db) as connection:  # exactly what full-text search over quotes finds
        expected = connection.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (f'"{word}"',)).fetchone()[0]
    assert len(found) == expected
    _shot(page, "explorer-quote-search")


def test_explorer_filters_events_by_actor(page, explorer, seeds_db):
    base, name = explorer
    page.goto(f"{base}/{name}/events")
    page.locator(".facet-info[data-column=source] li a").first.click()
    page.wait_for_url(lambda url: "source=" in url)
    from urllib.parse import parse_qs, urlparse

    (actor,) = parse_qs(urlparse(page.url).query)["source"]
    with sqlite3.connect(seeds_db) as connection:
        expected = connection.execute("SELECT count(*) FROM events WHERE source = ?", (actor,)).fetchone()[0]
    sources = page.locator("td.col-source")
    assert sources.count() == expected > 0
    assert {sources.nth(i).inner_text() for i in range(sources.count())} == {actor}
    page.evaluate("document.querySelector('.rows-and-columns')?.scrollIntoView({block: 'start'}); window.scrollBy(0, -340)")
    _shot(page, "explorer-events-by-actor")


def test_explorer_article_page_highlights_spans_and_links_events(page, explorer):
    base, name = explorer
    page.goto(f"{base}/{name}/events")
    page.locator("td.col-article_id a").first.click()
    page.wait_for_url(lambda url: "/-/wirecoder/" in url and "/article/" in url)
    assert page.locator("#wc-text .k-event").count() >= 1
    assert page.locator("#wc-text .focus").count() >= 1  # the sentence the row came from
    _shot(page, "explorer-article")
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "explorer-article-top", readme="explorer.png")
    page.locator("#wc-text .k-event a").first.click()
    page.wait_for_url(lambda url: "/event/" in url)
    assert page.locator(".wc-mention .trigger").count() >= 1
    _shot(page, "explorer-event")
