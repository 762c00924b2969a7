"""Uploads never write through a link planted in the uploads folder."""

from __future__ import annotations

import pytest

from qa.errors import InputFileError
from qa.web import uploads

# --- uploads --------------------------------------------------------------------------------


def test_upload_never_writes_through_a_link_planted_in_the_uploads_folder(tmp_path):
    """Types, size cap and name rules are tested in tests/test_uploads.py; this is the row
    they leave: a link in the uploads folder with the upload's name is not written through."""
    folder = tmp_path / "corpus" / "uploads"
    folder.mkdir(parents=True)
    outside = tmp_path / "secret.txt"
    outside.write_text("机密", encoding="utf-8")
    (folder / "报道.txt").symlink_to(outside)
    received = tmp_path / "received"
    received.write_text("新的报道。", encoding="utf-8")
    with pytest.raises(InputFileError, match="报道.txt: has a name that cannot be stored"):
        uploads.store_upload(uploads.Upload(received, "../../报道.txt"), folder)
    assert outside.read_text("utf-8") == "机密"
    assert sorted(p.name for p in folder.iterdir()) == ["报道.txt"]
