"""Headless Chromium drives the chat: ask, read the answer, open a source; hostile text stays text.

Needs Debian's Chromium (``apt-get install chromium``) driven by playwright. Without it
the tests skip with the reason, unless QA_REQUIRE_BROWSER=1 (CI), where they fail.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from app_site import HOSTILE_PAYLOAD, HOSTILE_QUESTION, HOSTILE_TITLE, serving

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path(os.environ.get("QA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUESTION = "铜鼓县电子公函使用率"
TIMEOUT_MS = 60_000


def require_browser() -> None:
    """Skip with the reason when Chromium or playwright is missing; fail instead in CI."""
    reason = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "playwright is not installed (pip install -e '.[test]')"
    if reason is None and not CHROMIUM.exists():
        reason = f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)"
    if reason and os.environ.get("QA_REQUIRE_BROWSER") == "1":
        pytest.fail(f"QA_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    if reason:
        pytest.skip(reason)


def test_chromium_is_available():
    """Reported on its own, so a CI run without Chromium fails with the reason."""
    require_browser()
    assert os.access(CHROMIUM, os.X_OK), f"{CHROMIUM} is not executable"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require_browser()
    yield from serving(tmp_path_factory, "browser")


@pytest.fixture(scope="module")
def browser(site, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1200, "height": 1000},
            locale="zh-CN",
        )
        context.set_default_timeout(TIMEOUT_MS)
        yield context
        context.close()


@pytest.fixture
def page(browser, site):
    """A fresh tab on the app; requests leaving loopback are refused and recorded,
    dialogs (alert) are recorded and dismissed."""
    tab = browser.new_page()
    tab.outside, tab.dialogs = [], []

    def only_loopback(route):
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            tab.outside.append(route.request.url)
            route.abort()

    tab.route("**/*", only_loopback)
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(site.url)
    tab.wait_for_selector("#qa-question textarea")
    yield tab
    tab.close()


def save_screenshot(tab, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    tab.screenshot(path=str(path), full_page=True)
    if os.environ.get("QA_SCREENSHOT_DIR"):
        target = Path(os.environ["QA_SCREENSHOT_DIR"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / name)
    return path


def ask(tab, question: str, replies_before: int):
    tab.fill("#qa-question textarea", question)
    tab.press("#qa-question textarea", "Enter")
    replies = tab.locator("#qa-chat .qa-reply")
    replies.nth(replies_before).wait_for()
    return replies.nth(replies_before)


def test_typed_question_gets_the_answer_and_an_expandable_source(page, tmp_path):
    reply = ask(page, QUESTION, 0)
    assert "100%" in reply.locator(".qa-answer").inner_text()
    source = reply.locator("details.qa-source").first
    passage = source.locator(".qa-passage")
    assert not passage.is_visible()  # sources start collapsed: the answer stays on top
    source.locator("summary").click()
    passage.wait_for(state="visible")
    label = source.locator("summary").inner_text()
    assert "第" in label and "段" in label and "000_5bfbc44df4076cd8.txt" in label
    assert "100%" in passage.locator("mark.qa-quote").inner_text()
    assert passage.locator("strong").count() > 0  # the query's words
    shot = save_screenshot(page, tmp_path, "chat-answer.png")
    assert shot.stat().st_size > 10_000
    assert page.outside == [] and page.dialogs == []


def test_example_question_and_follow_up_use_the_history(page, site):
    examples = page.locator("#qa-chat button.example")
    examples.first.wait_for()
    assert examples.first.inner_text().strip() == QUESTION
    index = site.demo.holder.get()
    asked = []
    original = index.ask
    index.ask = lambda question, **options: asked.append((question, options)) or original(question, **options)
    try:
        examples.first.click()
        first = page.locator("#qa-chat .qa-reply").first
        first.wait_for()
        assert "100%" in first.inner_text()
        ask(page, "那上栗县呢？", 1)
    finally:
        del index.ask
    assert asked[0][0] == QUESTION and asked[0][1]["history"] == []
    assert asked[1][0] == "那上栗县呢？" and asked[1][1]["history"] == [QUESTION]


def test_hostile_article_question_and_name_are_shown_as_text(page, tmp_path):
    question = HOSTILE_QUESTION + ' <img src=x onerror="window.__xss=2"> [点](javascript:alert(3))'
    reply = ask(page, question, 0)
    assert "99%" in reply.inner_text()
    for summary in reply.locator("details.qa-source summary").all():
        summary.click()
    shown = page.locator("#qa-chat").inner_text()
    assert "<script>alert(1)</script>" in shown  # the article's text, literally
    assert HOSTILE_PAYLOAD.split("</script>")[1] in shown
    assert '<img src=x onerror="window.__xss=2">' in shown  # the question, literally

    page.get_by_role("tab", name="文章 Articles").click()
    cell = page.locator("#qa-articles").get_by_text(HOSTILE_TITLE).filter(visible=True).first
    cell.wait_for()
    cell.click()
    page.locator("#qa-article li").first.wait_for()
    assert HOSTILE_PAYLOAD.split(" [")[0] in page.locator("#qa-article").inner_text()
    save_screenshot(page, tmp_path, "hostile-article.png")

    page.wait_for_timeout(500)  # let any injected handler fire if one had got through
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("#qa-chat script, #qa-article script").count() == 0
    assert page.outside == []
