"""Shared fixtures: no network, no writes outside tmp_path, the seed page at hand."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qa.types import Article

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SEED_PAGE = CORPUS / "000_5bfbc44df4076cd8.txt"
SHARED = REPO.parent / "shared"
EVAL = SHARED / "eval"

# Set before anything imports huggingface_hub, so no test can reach a hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """Keep caches and settings inside tmp_path; clear the app's settings."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for name in ("QA_CORPUS", "QA_INDEX", "QA_MODEL", "QA_HOST", "QA_PORT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def seed_page() -> Path:
    """The real newspaper page shipped in corpus/."""
    return SEED_PAGE


def eval_file(name: str) -> Path:
    """A file under ../shared/eval, or skip with a reason when ../shared is absent."""
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared/eval is only beside CI and developer clones")
    return path


def same_json(a: object, b: object, tolerance: float = 1e-5) -> bool:
    """Equal JSON data, floats within ``tolerance``: scores computed in two processes (or
    two threads with other BLAS settings) differ in their last digits."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) <= tolerance
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k], tolerance) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_json(x, y, tolerance) for x, y in zip(a, b, strict=True))
    return a == b


def make_article(text: str = "铜鼓县电子公函使用率达100%。", title: str = "铜鼓县推行电子公函") -> Article:
    """A one-article fixture for rendering tests: a lead paragraph, then ``text``."""
    return Article(
        id="a1",
        title=title,
        paragraphs=("前言。", text),
        authors=("刘琼",),
        source="/srv/corpus/000_page.txt",
    )
