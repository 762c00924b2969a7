"""Two real browsers on one public demo: a private upload answers its own session only and
is gone when the session ends; a shared upload needs the admin key and reaches the other
open page without a reload; no response body holds a server path.

Needs Debian's Chromium driven by playwright, as tests/test_browser.py does.
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlparse

import pytest
from app_site import serving
from conftest import REPO
from test_browser import CHROMIUM, CHROMIUM_FLAGS, TIMEOUT_MS, require_browser

pytestmark = [pytest.mark.slow, pytest.mark.browser]

KEY = "browser-admin-key-0123456789"
QUESTION = "萍乡夜市摊位有多少"
NIGHT_MARKET = "# 萍乡夜市\n\n萍乡市夜市摊位今年增加到三百二十个，夜间消费增长两成。\n"
ROADS = "# 全县通报\n\n全县今年新修农村公路四百八十公里。\n"


@pytest.fixture(scope="module")
def chromium():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def private_site(tmp_path_factory):
    require_browser()
    yield from serving(tmp_path_factory, "browser-private", record=True, upload_mode="session", refresh_seconds=1)


@pytest.fixture(scope="module")
def shared_site(tmp_path_factory):
    require_browser()
    yield from serving(
        tmp_path_factory, "browser-shared", record=True, upload_mode="shared", admin_key=KEY, refresh_seconds=1
    )


def open_page(chromium, site):
    """A page in a browser context of its own (its own cookies, storage and session)."""
    context = chromium.new_context(viewport={"width": 1200, "height": 1000}, locale="zh-CN")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.outside = []

    def only_loopback(route):
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_loopback)
    page.goto(site.url)
    page.wait_for_selector("#qa-question textarea")
    page.locator("#qa-status").filter(has_text="篇文章").wait_for()
    return context, page


def ask(page, question: str) -> str:
    replies = page.locator("#qa-chat .qa-reply")
    before = replies.count()
    page.get_by_role("tab", name="问答 Chat").click()
    page.fill("#qa-question textarea", question)
    page.press("#qa-question textarea", "Enter")
    replies.nth(before).wait_for()
    for summary in replies.nth(before).locator("details.qa-source summary").all():
        summary.click()
    return replies.nth(before).inner_text()


def add_file(page, path, key: str | None = None) -> str:
    page.get_by_role("tab", name="添加文件 Add files").click()
    result = page.locator("#qa-add-result textarea")
    result.wait_for()
    page.evaluate("document.querySelector('#qa-add-result textarea').value = ''")
    # The same file set twice in a row fires no change on the input: empty it first.
    page.set_input_files("#qa-files input[type=file]", [])
    page.set_input_files("#qa-files input[type=file]", str(path))
    page.locator("#qa-files").get_by_text(path.name).first.wait_for()
    if key is not None:
        page.fill("#qa-admin-key input", key)
    page.get_by_role("button", name="添加到索引 (add to the index)").click()
    page.wait_for_function(
        "document.querySelector('#qa-add-result textarea').value.length > 0", timeout=TIMEOUT_MS
    )
    return result.input_value()


def articles_in_status(page) -> int:
    """The article count the status line shows (-1 while it is being replaced)."""
    found = re.match(r"(\d+) 篇文章", page.locator("#qa-status").inner_text())
    return int(found.group(1)) if found else -1


def settled_articles(page) -> int:
    """The article count once the status line shows one (it is replaced after each action):
    the count the wait saw, as a second read may fall while it is being replaced again."""
    seen: list[int] = []

    def shown() -> bool:
        seen.append(articles_in_status(page))
        return seen[-1] >= 0

    assert wait_until(shown), page.locator("#qa-status").inner_text()
    return seen[-1]


def wait_until(condition, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_a_private_upload_answers_its_own_session_only_and_ends_with_it(chromium, private_site, tmp_path):
    (tmp_path / "夜市.md").write_text(NIGHT_MARKET, encoding="utf-8")
    context_a, a = open_page(chromium, private_site)
    context_b, b = open_page(chromium, private_site)
    shared_articles = settled_articles(b)

    a.get_by_role("tab", name="添加文件 Add files").click()
    assert "只在你的这个会话中" in a.locator("#qa-upload-help").inner_text()
    result = add_file(a, tmp_path / "夜市.md")
    assert "只在你的这个会话中可检索" in result and "searchable in this session only" in result, result
    assert wait_until(lambda: articles_in_status(a) == shared_articles + 1)
    assert "1 of them your own" in a.locator("#qa-status").inner_text()
    assert not (private_site.settings.corpus / "uploads").exists()

    mine = ask(a, QUESTION)
    assert "三百二十个" in mine and "夜市.md" in mine, mine
    theirs = ask(b, QUESTION)
    assert "三百二十个" not in theirs and "夜市.md" not in theirs, theirs
    b.get_by_role("tab", name="文章 Articles").click()
    assert "萍乡夜市" not in b.locator("#qa-articles").inner_text()
    a.get_by_role("tab", name="文章 Articles").click()
    a.locator("#qa-articles").get_by_text("萍乡夜市").first.wait_for()
    assert settled_articles(b) == shared_articles

    # A's page closes: its session ends and its files with it.
    sessions = private_site.demo.sessions
    assert sessions.stats().sessions == 1
    context_a.close()
    assert wait_until(lambda: sessions.stats().sessions == 0, 30), "closing the page ends the session"
    context_c, c = open_page(chromium, private_site)
    assert "三百二十个" not in ask(c, QUESTION)
    assert a.outside == b.outside == c.outside == []
    context_b.close()
    context_c.close()


def test_a_shared_upload_needs_the_key_and_reaches_the_other_page_without_reload(chromium, shared_site, tmp_path):
    (tmp_path / "全县通报.md").write_text(ROADS, encoding="utf-8")
    context_a, a = open_page(chromium, shared_site)
    context_b, b = open_page(chromium, shared_site)
    before = settled_articles(b)
    corpus = sorted(p.name for p in shared_site.settings.corpus.rglob("*"))
    a.get_by_role("tab", name="添加文件 Add files").click()
    assert "需要管理密钥" in a.locator("#qa-upload-help").inner_text()

    refused = add_file(a, tmp_path / "全县通报.md")
    assert refused == "没有添加任何文件 (nothing was added): 添加给所有人的文件需要管理密钥 (adding files for everyone needs the admin key)"
    refused = add_file(a, tmp_path / "全县通报.md", key="not-the-key-at-all")
    assert refused.endswith("管理密钥不对 (wrong admin key)"), refused
    assert sorted(p.name for p in shared_site.settings.corpus.rglob("*")) == corpus

    added = add_file(a, tmp_path / "全县通报.md", key=KEY)
    assert "所有人都能检索" in added and "searchable by everyone" in added, added
    assert a.locator("#qa-admin-key input").input_value() == "", "the key is not left in the page"
    assert (shared_site.settings.corpus / "uploads" / "全县通报.md").is_file()
    # Issue 17: B's page, open all along, shows the new count and lists without a reload.
    assert wait_until(lambda: articles_in_status(b) == before + 1, 20), b.locator("#qa-status").inner_text()
    b.get_by_role("tab", name="文章 Articles").click()
    b.locator("#qa-articles").get_by_text("全县通报").first.wait_for()
    answer = ask(b, "全县今年新修农村公路多少公里")
    assert "四百八十公里" in answer and "全县通报.md" in answer, answer
    assert a.outside == b.outside == []
    context_a.close()
    context_b.close()


@pytest.mark.parametrize("name", ["private_site", "shared_site"])
def test_no_response_body_holds_a_server_path_or_the_key(name, request):
    """Runs after the two above: everything the servers sent to both browsers."""
    site = request.getfixturevalue(name)
    assert len(site.bodies) > 50
    folder = site.settings.corpus.parent
    for path, body in site.bodies:
        text = bytes(body).decode("utf-8", "replace")
        for secret in (str(folder), str(folder.resolve()), str(REPO), KEY):
            assert secret not in text, (path, secret, text[:300])
