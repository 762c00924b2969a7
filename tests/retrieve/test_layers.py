"""A shared index with a private overlay searched as one: the same ranking as indexing the
two together, nothing of the shared index copied, nothing of the overlay outside the view."""

from __future__ import annotations

import numpy as np
import pytest

from qa import load_articles
from qa.index import Index
from qa.types import Article

PRIVATE = [
    Article(
        id="p1",
        title="萍乡夜市",
        paragraphs=(
            "萍乡市夜市摊位今年增加到三百二十个，夜间消费增长两成。",
            "夜市管理处表示，铜鼓县电子公函的经验值得学习。",
        ),
        source="session/夜市.md",
    ),
    Article(
        id="p2",
        title="上栗县调解",
        paragraphs=("上栗县矛盾纠纷就地调处率达到九成以上，专项监督检查组已组成。",),
        source="session/调解.md",
    ),
]
QUERIES = [
    "铜鼓县电子公函使用率",
    "上栗县矛盾纠纷就地调处率是多少",
    "东乡区组成了几个专项监督检查组",
    "萍乡夜市摊位有多少",
    "夜间消费增长多少",
    "大余宅基地那篇文章是谁写的",
]


@pytest.fixture(scope="module")
def layers(seed_corpus):
    """(shared, overlay, view, joint): joint indexes the seed page and PRIVATE together."""
    shared = Index.build(load_articles([seed_corpus]))
    overlay = Index.build(PRIVATE, model=shared.embedder, settings=shared.settings)
    joint = shared.copy()
    joint.add(PRIVATE)
    return shared, overlay, shared.with_overlay(overlay), joint


def ranked(hits) -> list[tuple[str, int]]:
    return [(h.passage.article_id, h.passage.paragraph) for h in hits]


@pytest.mark.parametrize("query", QUERIES)
def test_view_ranks_as_the_two_indexed_together(layers, query):
    _, _, view, joint = layers
    for mode in ("hybrid", "bm25", "dense"):
        ours, theirs = view.search(query, k=3, mode=mode), joint.search(query, k=3, mode=mode)
        assert ranked(ours) == ranked(theirs), (mode, ranked(ours), ranked(theirs))
        # BM25 differs only by the average passage length (the shared one's, not both's):
        # the overlay's three short passages move it by 6 %, the scores by up to 3 %.
        np.testing.assert_allclose([h.score for h in ours], [h.score for h in theirs], rtol=0.05)


def test_bm25_of_the_overlay_alone_is_on_another_scale(layers):
    """Why the view counts terms over both layers: the overlay's own BM25 (idf over two
    articles) scores its passages far from where the joint index puts them."""
    _, overlay, view, joint = layers
    query = "萍乡夜市摊位有多少"
    alone = overlay.search(query, k=1, mode="bm25")[0].score
    together = joint.search(query, k=1, mode="bm25")[0].score
    assert view.search(query, k=1, mode="bm25")[0].score == pytest.approx(together, rel=0.05)
    assert abs(alone - together) > 0.2 * together, (alone, together)


def test_private_articles_are_only_in_the_view(layers):
    shared, _, view, _ = layers
    assert view.search("萍乡夜市摊位", k=1)[0].passage.article_id == "p1"
    assert "三百二十个" in view.ask("萍乡夜市摊位有多少").text
    assert all(h.passage.article_id not in ("p1", "p2") for h in shared.search("萍乡夜市摊位", k=40))
    assert "三百二十个" not in shared.ask("萍乡夜市摊位有多少").text
    assert set(view.articles) == set(shared.articles) | {"p1", "p2"}
    assert list(view.articles)[-2:] == ["p1", "p2"]  # shared first, then the overlay
    assert len(view.passages) == len(shared.passages) + 3


def test_filters_reach_both_layers(layers):
    shared, _, view, _ = layers
    hits = view.search("电子公函", k=5, sources=["session/夜市.md"])
    assert hits and {h.passage.source for h in hits} == {"session/夜市.md"}
    some = next(iter(shared.articles))
    hits = view.search("电子公函", k=10, article_ids=["p1", some])
    assert {h.passage.article_id for h in hits} <= {"p1", some} and "p1" in {h.passage.article_id for h in hits}


def test_dense_search_is_the_exact_top_of_both(layers):
    _, _, view, _ = layers
    dense = view._snapshot.dense
    query = view.embedder.encode_queries(["夜市的经验"])[0]
    everything = np.concatenate([dense.base.vectors, dense.top.vectors]) @ query
    scores, rows = dense.search(query, 7)
    assert rows.tolist() == np.argsort(-everything, kind="stable")[:7].tolist()
    np.testing.assert_allclose(scores, np.sort(everything)[::-1][:7], rtol=1e-5)
    picked = np.array([len(dense.base) + 1, 0, len(dense.base)])
    np.testing.assert_allclose(dense.similarities(query, picked), everything[picked], rtol=1e-5)


def test_nothing_of_the_shared_index_is_copied(layers):
    shared, overlay, view, _ = layers
    snapshot = view._snapshot
    assert snapshot.sparse.base is shared._snapshot.sparse
    assert snapshot.dense.base is shared._snapshot.dense
    assert snapshot.passages.base is shared._snapshot.passages
    assert snapshot.dense.top is overlay._snapshot.dense


def test_an_empty_overlay_changes_nothing(layers):
    shared, _, _, _ = layers
    empty = Index.build([], model=shared.embedder, settings=shared.settings)
    view = shared.with_overlay(empty)
    for query in QUERIES[:3]:
        ours, theirs = view.search(query, k=5), shared.search(query, k=5)
        assert ranked(ours) == ranked(theirs)
        np.testing.assert_allclose([h.score for h in ours], [h.score for h in theirs], rtol=1e-5)


def test_the_view_is_read_only(layers, tmp_path):
    _, _, view, _ = layers
    with pytest.raises(TypeError, match="read-only"):
        view.remove(["p1"])
    with pytest.raises(TypeError, match="read-only"):
        view.add([Article(id="x", title="新", paragraphs=("新的文章。",))])
    with pytest.raises(TypeError, match="read-only"):
        view.save(tmp_path / "index")


def test_an_overlay_of_another_model_is_refused(layers):
    shared, _, _, _ = layers
    from test_bad_inputs import HashEmbedder

    other = Index.build(PRIVATE, model=HashEmbedder())
    with pytest.raises(ValueError, match="embedder and settings"):
        shared.with_overlay(other)
