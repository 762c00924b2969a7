"""Ask questions of a Chinese news archive.

Public API::

    from qa import Index, load_articles
    index = Index.build(load_articles(["corpus/"]))
    hits = index.search("铜鼓县电子公函使用率", k=5)
    answer = index.ask("铜鼓县电子公函使用率")

Heavy libraries (FAISS, the embedding model, jieba) load on first use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qa.errors import (
    IndexBusyError,
    IndexStoreError,
    InputFileError,
    ModelError,
    QAError,
    QueryError,
)
from qa.types import Answer, Article, Hit, Passage, Quote

if TYPE_CHECKING:
    from qa.index import Index
    from qa.parse import load_articles

__all__ = [
    "Answer",
    "Article",
    "Hit",
    "Index",
    "IndexBusyError",
    "IndexStoreError",
    "InputFileError",
    "ModelError",
    "Passage",
    "QAError",
    "QueryError",
    "Quote",
    "load_articles",
]

_LAZY = {"Index": "qa.index", "load_articles": "qa.parse"}


def __getattr__(name: str) -> Any:
    # Index and load_articles live in modules that pull in heavier imports; load them on use.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
