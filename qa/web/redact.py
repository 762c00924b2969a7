"""Server paths out of what the app shows and logs: folders by their public names, any
other absolute path by its last part."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

# An absolute POSIX path not inside a URL or a relative path: a "/" at the start or after
# a space, quote or bracket, with at least one more "/" part.
_ABSOLUTE = re.compile(r"(?<![\w.:/~-])(?:/[^\s/'\"<>`]+)+/([^\s/'\"<>`]*)")


def redact(text: str, folders: Mapping[str | os.PathLike, str]) -> str:
    """Text with the server's own paths taken out.

    Args:
        text: a message (an error, a log line).
        folders: folder -> the name to show instead ("corpus", "index"; "" drops the
            folder, leaving the path inside it). Each folder is matched as given and resolved.

    Returns:
        the text, with each folder replaced (longest first) and any absolute path left
        shortened to its last part.
    """
    names: dict[str, str] = {}
    for folder, shown in folders.items():
        for form in {os.fspath(folder), str(Path(folder).resolve())}:
            if form not in ("", "/"):
                names[form.rstrip("/")] = shown
    for form in sorted(names, key=len, reverse=True):
        shown = names[form]
        text = text.replace(form + "/", f"{shown}/" if shown else "").replace(form, shown or ".")
    return _ABSOLUTE.sub(lambda match: match.group(1) or "…", text)
