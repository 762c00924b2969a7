"""Nothing is lost between the parser and the index: every article and paragraph read is indexed."""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from pathlib import Path

import pytest
from conftest import SEED_PAGE, qa, tree
from pagegen import known_articles, make_page

from qa.index import Index
from qa.parse import parse_paths
from qa.retrieve.chunk import chunk_articles
from qa.retrieve.embedders import get_embedder
from qa.types import PARAGRAPH_SEPARATOR, Article, Passage

# --- nothing lost ---------------------------------------------------------------------------


@pytest.fixture
def mixed_corpus(tmp_path) -> Path:
    """The seed page, generated pages, a JSONL file and a Markdown file: paragraphs long
    enough to be split, short enough to be merged, and ordinary ones."""
    corpus = tmp_path / "corpus"
    (corpus / "pages").mkdir(parents=True)
    shutil.copy(SEED_PAGE, corpus / SEED_PAGE.name)
    rng = random.Random(8)
    pool = known_articles()
    for number in range(3):
        page = make_page(rng.sample(pool, 4), rng)
        (corpus / "pages" / f"page{number}.txt").write_text(page.text, encoding="utf-8")
    sentence = "南昌地铁四号线一期工程正式开通运营，线路全长三十九公里，共设车站二十九座。"
    rows = [
        {"id": f"j{n}", "title": f"第{n}篇", "text": "\n".join(
            [sentence * (n % 25 + 1), "短段。", f"第{n}篇的最后一段写了编号{n}。"][: n % 3 + 1]
        )}
        for n in range(30)
    ]  # fmt: skip
    (corpus / "news.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    (corpus / "notes.md").write_text(
        "# 第一篇\n\n第一段写了\n跨行的内容。\n\n## 小标题\n\n好。\n\n# 第二篇\n\n" + sentence * 30 + "\n",
        encoding="utf-8",
    )
    return corpus


@pytest.fixture
def embedding_calls(monkeypatch) -> list[int]:
    """Texts the default embedder is asked to embed (passages and queries) in this process."""
    embedder = get_embedder(None)
    calls: list[int] = []
    for name in ("encode_passages", "encode_queries"):
        original = getattr(embedder, name)

        def counting(texts, *args, _original=original, **kwargs):
            calls.append(len(texts))
            return _original(texts, *args, **kwargs)

        monkeypatch.setattr(embedder, name, counting)
    return calls


def _covered_paragraphs(article: Article, passages: list[Passage]) -> int:
    """Check each paragraph is covered by the article's passages (their slices of it, in
    order, give the paragraph back) and that passages are exact slices of the text.

    Returns:
        how many paragraphs were checked.
    """
    text = article.text
    for passage in passages:
        assert text[passage.start : passage.end] == passage.text
    start = 0
    for number, paragraph in enumerate(article.paragraphs, 1):
        end = start + len(paragraph)
        pieces = [
            text[max(start, p.start) : min(end, p.end)] for p in passages if p.start < end and p.end > start
        ]
        assert "".join("".join(pieces).split()) == "".join(paragraph.split()), (article.id, number)
        start = end + len(PARAGRAPH_SEPARATOR)
    return len(article.paragraphs)


def test_index_holds_every_article_and_paragraph_the_parser_read(tmp_path, capsys, mixed_corpus, embedding_calls):
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", mixed_corpus, "--index", folder, "-q")
    parsed = parse_paths([mixed_corpus])
    assert code == 0 and not parsed.skipped and err == ""
    n = len(parsed.articles)
    # Two of the three generated pages are ones their generator flags as ambiguous; the
    # page-level reading merges two items on one of them (49 or more items in all).
    assert n == sum(len(f.articles) for f in parsed.files) and n >= 7 + 3 * 4 + 30 + 2 - 2
    expected_passages = chunk_articles(parsed.articles)
    assert f"{n} articles, {len(expected_passages)} passages ({n} added" in out

    index = Index.load(folder)
    assert list(index.articles.values()) == parsed.articles
    assert index.passages == expected_passages
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["counts"] == {"articles": n, "passages": len(expected_passages)}
    by_article: dict[str, list[Passage]] = {}
    for passage in index.passages:
        by_article.setdefault(passage.article_id, []).append(passage)
    assert set(by_article) == set(index.articles), "every article has passages, none are orphans"
    checked = sum(_covered_paragraphs(a, by_article[a.id]) for a in index.articles.values())
    assert checked == sum(len(a.paragraphs) for a in parsed.articles)
    assert any("." in p.id.split(":")[1] for p in index.passages), "long paragraphs were split"
    assert any(PARAGRAPH_SEPARATOR in p.text for p in index.passages), "short paragraphs were merged"

    # Re-indexing unchanged files: nothing embedded, nothing written.
    before = tree(folder)
    embedding_calls.clear()
    code, out, _ = qa(capsys, "index", mixed_corpus, "--index", folder, "-q")
    assert code == 0 and f"({0} added, 0 changed, 0 removed, {n} unchanged)" in out
    assert embedding_calls == [] and tree(folder) == before

    # Files touched but not changed: the fingerprints are saved, nothing is embedded.
    for path in mixed_corpus.rglob("*.*"):
        os.utime(path, (time.time() + 5, time.time() + 5))
    code, out, _ = qa(capsys, "index", mixed_corpus, "--index", folder, "-q")
    assert code == 0 and f"{n} unchanged" in out and embedding_calls == []
    after = tree(folder)
    assert after["manifest.json"] != before["manifest.json"]
    assert {k: v for k, v in after.items() if k != "manifest.json"} == {
        k: v for k, v in before.items() if k != "manifest.json"
    }
