"""Fixtures of a milvus-lite server for the store tests: started once per session on a free loopback
port, stopped at the end; each test gets its own collection on it."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

STARTUP_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _server_command() -> list[str]:
    """`milvus-lite server` of this interpreter's environment."""
    script = Path(sys.executable).with_name("milvus-lite")
    if script.exists():
        return [str(script)]
    found = shutil.which("milvus-lite")
    if found is None:
        pytest.fail("milvus-lite is not installed: pip install -e '.[test]' installs it")
    return [found]


@pytest.fixture(scope="session")
def milvus_server(tmp_path_factory) -> str:
    """The base URI (``milvus://127.0.0.1:PORT``) of a milvus-lite server on loopback."""
    from pymilvus import MilvusClient

    data = tmp_path_factory.mktemp("milvus-data")
    port = _free_port()
    log = open(data.parent / "milvus-server.log", "wb")  # noqa: SIM115 (closed at the end)
    process = subprocess.Popen(
        [*_server_command(), "server", "--data-dir", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"milvus-lite server exited ({process.returncode}); see {log.name}")
            try:
                MilvusClient(uri=f"http://127.0.0.1:{port}", timeout=2).list_collections()
                break
            except Exception:
                if time.monotonic() > deadline:
                    pytest.fail(f"milvus-lite server did not answer on port {port} in {STARTUP_SECONDS:g} s")
                time.sleep(0.2)
        yield f"milvus://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def milvus_uri(milvus_server) -> str:
    """A fresh collection on the session's server."""
    return f"{milvus_server}/t_{uuid.uuid4().hex[:12]}"


@pytest.fixture(params=["folder", "milvus"])
def target(request, tmp_path) -> str:
    """Where an index goes: a folder, or a collection on the milvus-lite server (the
    contract tests run once against each store)."""
    if request.param == "folder":
        return str(tmp_path / "index")
    return request.getfixturevalue("milvus_uri")


_VECTORS: dict[str, object] = {}


@pytest.fixture
def remembered_vectors(monkeypatch):
    """The default embedder's passage vectors, computed once per text for the session:
    the store tests build the same small corpus many times (the vectors are the model's)."""
    import numpy as np

    from qa.retrieve.embedders import get_embedder

    embedder = get_embedder(None)
    original = embedder.encode_passages

    def remembered(texts, progress=False):
        missing = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
        if missing:
            _VECTORS.update(zip(missing, original(missing, progress=progress), strict=True))
        return np.stack([_VECTORS[t] for t in texts]) if texts else original(texts)

    monkeypatch.setattr(embedder, "encode_passages", remembered)
