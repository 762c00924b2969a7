"""The Milvus store's own failure behaviour: unreachable server, refused token, a
collection of another schema, a writer killed mid-batch, two writers at once; milvus-lite
in process; copying an index folder in without embedding again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, qa
from milvus_fixtures import _free_port

from qa.errors import IndexBusyError, IndexStoreError
from qa.index import Index, StoreIndex
from qa.ingest import update_index
from qa.store.milvus import MilvusStore, explain, parse_uri

pytestmark = pytest.mark.usefixtures("remembered_vectors")


@pytest.fixture
def corpus(tmp_path, seed_page):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(seed_page, folder / seed_page.name)
    return folder


def _ids_and_hits(index):
    hits = [(h.passage.id, round(h.score, 4)) for h in index.search("铜鼓县电子公函使用率", k=5)]
    return sorted(p.id for p in index.passages), hits


@pytest.mark.parametrize(
    ("uri", "why"),
    [
        ("milvus://", "HOST:PORT"),
        ("milvus://user:secret@host:19530/c", "token goes in"),
        ("milvus:./archive", "ending in .db"),
        ("milvus://host:19530/1bad-name", "collection names"),
        ("milvus+ftp://host/c", "not a store URI"),
    ],
)
def test_malformed_uris_are_refused_with_the_shape_to_use(uri, why):
    with pytest.raises(IndexStoreError, match=why):
        parse_uri(uri)


def test_parse_uri():
    remote = parse_uri("milvus://db.example:19531/news")
    assert (remote.address, remote.collection, remote.local) == ("http://db.example:19531", "news", False)
    assert parse_uri("milvus+https://db.example/news").address == "https://db.example:19530"
    local = parse_uri("milvus:./archive.db#papers")
    assert (local.address, local.collection, local.local) == ("./archive.db", "papers", True)


def test_an_unreachable_server_is_one_line_naming_the_uri(capsys):
    uri = f"milvus://127.0.0.1:{_free_port()}/news"
    for command in (["search", "铜鼓县"], ["ask", "铜鼓县"], ["index", "nowhere/"]):
        code, out, err = qa(capsys, *command, "--store", uri)
        assert code == 1 and out == ""
        assert err.startswith(f"qa {command[0]}: error: cannot reach Milvus at {uri}") and "is the server running" in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_refused_token_says_where_to_put_one():
    from pymilvus.exceptions import MilvusException

    refused = MilvusException(code=1800, message="auth check failure, please check username and password")
    message = explain("milvus://db:19530/news", refused)
    assert message.startswith("Milvus at milvus://db:19530/news refused the credentials")
    assert "QA_MILVUS_TOKEN" in message


def test_the_token_comes_from_the_environment(monkeypatch, milvus_uri):
    import pymilvus

    seen = {}
    real = pymilvus.MilvusClient

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(pymilvus, "MilvusClient", spy)
    monkeypatch.setenv("QA_MILVUS_TOKEN", "root:Milvus")
    MilvusStore.connect(milvus_uri).close()
    assert seen["token"] == "root:Milvus" and seen["uri"].startswith("http://127.0.0.1:")


def test_a_collection_not_ours_or_of_another_schema_is_refused(milvus_server, corpus, capsys):
    from pymilvus import DataType, MilvusClient

    client = MilvusClient(uri=milvus_server.replace("milvus://", "http://"))
    client.create_collection("foreign", dimension=8)
    code, _, err = qa(capsys, "search", "铜鼓县", "--store", f"{milvus_server}/foreign")
    assert code == 1 and "was not made by qa" in err and f"{milvus_server}/foreign" in err

    uri = f"{milvus_server}/reshaped"
    update_index([str(corpus)], uri, progress=False)
    client.drop_collection("reshaped")
    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=64)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=8)
    client.create_collection("reshaped", schema=schema)
    code, _, err = qa(capsys, "ask", "铜鼓县", "--store", uri)
    assert code == 1 and f"{uri}: collection 'reshaped' has another schema" in err and "--rebuild" in err
    with pytest.raises(IndexStoreError, match="another schema"):
        update_index([str(corpus)], uri, progress=False)
    rebuilt = update_index([str(corpus)], uri, progress=False, rebuild=True)  # as the message says
    assert len(rebuilt.added) == 7 and Index.load(uri).search("铜鼓县", k=1)


_KILLED_WRITER = """
import os, sys
import qa.store.milvus as milvus
from qa.ingest import update_index
milvus.WRITE_BATCH = 8
real = milvus.MilvusStore.upsert_passages
calls = []
def dying(self, *args, **kwargs):
    real(self, *args, **kwargs)
    calls.append(1)
    if len(calls) == 2:
        os._exit(9)  # killed: no cleanup, no lock released, no state record written
milvus.MilvusStore.upsert_passages = dying
update_index([sys.argv[1]], sys.argv[2], progress=False)
"""


def test_a_writer_killed_mid_batch_leaves_nothing_duplicated_or_missing(tmp_path, milvus_uri, corpus):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(corpus), milvus_uri], env=env, capture_output=True, timeout=300
    )
    assert killed.returncode == 9, killed.stderr.decode()[-2000:]
    store = MilvusStore.connect(milvus_uri)
    assert store.state()["pending"] is True and store.count_passages() > 0

    report = update_index([str(corpus)], milvus_uri, progress=False, lock_timeout=5)  # takes the dead writer's lock
    clean = update_index([str(corpus)], tmp_path / "index", progress=False)
    engine = Index.load(milvus_uri)
    assert report.passages == clean.passages == store.count_passages()
    assert _ids_and_hits(engine) == _ids_and_hits(clean.index)  # term statistics counted again
    assert store.state()["pending"] is False
    assert update_index([str(corpus)], milvus_uri, progress=False).added == ()


def test_an_engine_index_refuses_a_private_overlay(milvus_uri, corpus):
    engine = update_index([str(corpus)], milvus_uri, progress=False).index
    overlay = Index.build([], model=engine.embedder, settings=engine.settings)
    # a view over the engine's rows would search the overlay alone: refused, never silent
    with pytest.raises(ValueError, match="beside a folder index only"):
        engine.with_overlay(overlay)


def test_two_writers_at_once_the_second_is_refused(milvus_uri, corpus):
    first = update_index([str(corpus)], milvus_uri, progress=False).index
    second = StoreIndex.open(milvus_uri)
    with first.writing():
        with pytest.raises(IndexBusyError, match="another process is writing the index") as busy, second.writing(timeout=0.3):
            pass
        assert milvus_uri in str(busy.value)
        with pytest.raises(IndexBusyError):
            update_index([str(corpus)], milvus_uri, progress=False, lock_timeout=0.3)
    with second.writing(timeout=1):  # released when the first finished
        pass


def test_milvus_lite_in_process_and_copying_a_folder_in(tmp_path, corpus, capsys, monkeypatch):
    folder = tmp_path / "index"
    update_index([str(corpus)], folder, progress=False)
    uri = f"milvus:{tmp_path / 'archive.db'}"
    code, out, err = qa(capsys, "index", "--from", folder, "--store", uri)
    assert code == 0 and "7 articles" in out, err

    from qa.retrieve.embedders import get_embedder

    def no_embedding(texts, progress=False):
        raise AssertionError(f"embedded again: {texts[:1]}")

    monkeypatch.setattr(get_embedder(None), "encode_passages", no_embedding)
    copied = Index.load(uri)
    assert _ids_and_hits(copied) == _ids_and_hits(Index.load(folder))
    copied.store.close()
    report = update_index([str(corpus)], uri, progress=False)  # the corpus, read from where it is
    assert len(report.unchanged) == 7 and not report.added
    report.index.store.close()
    again = Index.load(uri)
    assert set(again.articles) == set(Index.load(folder).articles)
    again.store.close()


def test_the_app_serves_an_index_kept_in_milvus(milvus_uri, corpus):
    import app
    from qa.web.settings import AppSettings

    settings = AppSettings.from_env({"QA_STORE": milvus_uri, "QA_CORPUS": str(corpus)}, base=corpus.parent)
    assert settings.target == milvus_uri
    index = app.IndexHolder(settings).get()  # built from the corpus on first use, in the engine
    assert isinstance(index, StoreIndex) and index.store.uri.text == milvus_uri
    assert "100%" in index.ask("铜鼓县电子公函使用率").text
    assert not (corpus.parent / "index").exists()  # no folder was written
