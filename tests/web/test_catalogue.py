"""The app's pure helpers: settings, chat history, examples and the article catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_article

from qa.types import Article
from qa.web import catalogue as ui
from qa.web import render
from qa.web.settings import AppSettings

# --- settings ---------------------------------------------------------------------------


def test_settings_defaults_bind_loopback_next_to_the_app(tmp_path):
    settings = AppSettings.from_env({}, base=tmp_path)
    assert settings == AppSettings(tmp_path / "corpus", tmp_path / "index", None, "127.0.0.1", 7860)
    assert settings.uploads == tmp_path / "corpus" / "uploads"


def test_settings_on_a_space_bind_all_interfaces(tmp_path):
    settings = AppSettings.from_env({"SPACE_ID": "someone/news-qa"}, base=tmp_path)
    assert (settings.host, settings.port) == ("0.0.0.0", 7860)


def test_settings_from_environment_win(tmp_path):
    env = {
        "SPACE_ID": "x/y",
        "QA_CORPUS": "/data/pages",
        "QA_INDEX": "idx",
        "QA_MODEL": "BAAI/bge-small-zh-v1.5",
        "QA_HOST": "127.0.0.2",
        "QA_PORT": "8000",
    }
    settings = AppSettings.from_env(env, base=tmp_path)
    assert settings.corpus == Path("/data/pages")
    assert settings.index == tmp_path / "idx"
    assert settings.model == "BAAI/bge-small-zh-v1.5"
    assert (settings.host, settings.port) == ("127.0.0.2", 8000)


@pytest.mark.parametrize("port", ["0", "70000", "http", "-1"])
def test_settings_refuse_a_bad_port(tmp_path, port):
    with pytest.raises(ValueError, match="QA_PORT"):
        AppSettings.from_env({"QA_PORT": port}, base=tmp_path)


def test_history_questions_from_gradio_messages():
    history = [
        {"role": "user", "content": [{"type": "text", "text": "铜鼓县电子公函使用率"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "<div>…</div>"}]},
        {"role": "user", "content": render.user_text_to_html("那上栗县呢？<b>")},
        {"role": "user", "content": "  "},
    ]
    assert ui.history_questions(history) == ["铜鼓县电子公函使用率", "那上栗县呢？<b>"]


# --- articles ---------------------------------------------------------------------------


def test_article_listing_and_pickers():
    first = make_article()
    second = Article(id="b2", title="", paragraphs=("九江银行送清凉。",), photographer="方曦", source="/srv/corpus/x.md")
    assert ui.article_rows([first, second]) == [
        ["铜鼓县推行电子公函", "刘琼", 2, "000_page.txt", "a1"],
        ["九江银行送清凉。", "方曦 摄", 1, "x.md", "b2"],
    ]
    assert ui.article_choices([first]) == [("铜鼓县推行电子公函 · 000_page.txt", "a1")]
    assert ui.source_choices([first, first, second]) == [
        ("000_page.txt", "/srv/corpus/000_page.txt"),
        ("x.md", "/srv/corpus/x.md"),
    ]


def test_examples_are_drawn_from_the_corpus():
    page = make_article(text="推动全县“电子公函”使用率达100%。")
    other = Article(id="c3", title="大余积极探索宅基地审批", paragraphs=("……",), authors=("王", "李"))
    assert ui.example_questions([page, other]) == [
        "铜鼓县电子公函使用率",
        "大余宅基地那篇文章是谁写的",
        "《铜鼓县推行电子公函》是谁写的？",
        "《大余积极探索宅基地审批》是谁写的？",
    ]
    unrelated = Article(id="d4", title="月球", paragraphs=("嫦娥。",), authors=("张",))
    assert ui.example_questions([unrelated]) == ["《月球》是谁写的？"]
    assert len(ui.example_questions([page, other], limit=2)) == 2


def test_catalogue_lists_at_most_the_limit():
    articles = [
        Article(id=f"a{i}", title=f"标题{i}", paragraphs=("铜鼓县电子公函。",), source=f"/c/{i % 2}.md")
        for i in range(5)
    ]
    made = ui.catalogue(articles, passages=5, limit=3)
    assert len(made.rows) == len(made.articles) == 3
    assert made.sources == (("0.md", "/c/0.md"), ("1.md", "/c/1.md"))
    assert made.status == "5 篇文章，5 个段落（列表只显示前 3 篇）"
    assert made.examples[0] == "铜鼓县电子公函使用率"
    assert ui.catalogue(articles, passages=5).status == "5 篇文章，5 个段落"
