"""Domain errors: the core raises these; only the CLI and the app turn them into messages
(``quoted``: how a message quotes a value from the input)."""

from __future__ import annotations

QUOTED_MAX = 40  # characters of a value from the input a message quotes
# Why a string holding a lone surrogate is refused (a question, page text, an article's field).
LONE_SURROGATE = "holds a lone surrogate (bytes that are not UTF-8, or a broken \\u escape): not text"


def quoted(value: str) -> str:
    """A value from the input (an article's id, a field) as a message quotes it: its repr,
    cut to ``QUOTED_MAX`` characters with its length told, so a 100,000-character id makes
    no 100,000-character line."""
    if len(value) <= QUOTED_MAX:
        return repr(value)
    return f"{value[:QUOTED_MAX]!r}… ({len(value):,} characters)"


class QAError(Exception):
    """Base class of every error this package raises on purpose."""


class InputFileError(QAError):
    """A file cannot be read as input; the message names the file (and line, if known)."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")
        self.reason = message


class IndexStoreError(QAError):
    """An index folder is missing, damaged, or was built differently; says how to rebuild."""


class IndexBusyError(QAError):
    """Another process holds the index lock."""


class QueryError(QAError):
    """A query or its parameters cannot be used (empty question, bad k, ...)."""


class ModelError(QAError):
    """An embedding model cannot be loaded."""
