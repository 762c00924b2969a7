"""Files → Article records: folders walked, encodings detected, raw newspaper pages laid
out again, JSONL / Markdown / plain articles read.

The stage's public names are re-exported here; ``qa.parse.read`` holds them.
"""

from __future__ import annotations

from qa.parse.read import (
    MODES,
    FileResult,
    LoadResult,
    iter_files,
    load_articles,
    parse_file,
    parse_page_text,
    parse_paths,
)
from qa.parse.walk import Skip

__all__ = [
    "MODES",
    "FileResult",
    "LoadResult",
    "Skip",
    "iter_files",
    "load_articles",
    "parse_file",
    "parse_page_text",
    "parse_paths",
]
