"""benchmarks/layout_diff.py: two parsers side by side, page by page, naming only pages
that were looked at."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import common  # noqa: E402
import layout_diff  # noqa: E402


def _row(figures: list[float], pages: list[tuple[bool, int]], digests: list[str]) -> dict:
    return {"figures": figures, "pages": pages, "digests": digests}


def test_a_looked_at_row_names_the_pages_that_got_better_and_worse():
    before = _row([0.5] * 7, [(True, 0), (False, 2), (True, 1), (True, 0)], ["a", "b", "c", "d"])
    after = _row([0.75] * 7, [(False, 1), (True, 0), (True, 1), (True, 0)], ["x", "y", "z", "d"])
    lines = layout_diff.compare("g6l", before, after)
    assert lines[0].startswith("g6l: 0.5000>0.7500 ")
    assert "pages parsed differently: 3 (better 1, worse 1)" in lines[1]
    assert lines[2].strip() == "better: [1]"
    assert lines[3].strip() == "worse: [0]"


@pytest.mark.parametrize("row", ["g6h", "cmrc", "g2h"])
def test_a_held_out_row_only_counts_its_pages(row):
    before = _row([0.5] * 7, [(True, 0), (False, 2)], ["a", "b"])
    after = _row([0.5] * 7, [(False, 1), (True, 0)], ["x", "y"])
    lines = layout_diff.compare(row, before, after)
    assert len(lines) == 2
    assert lines[1].endswith("held out: not named")
    assert "[" not in "".join(lines)


def test_a_row_is_scored_with_a_digest_per_page_the_same_each_time(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "CACHE", tmp_path)
    first = layout_diff.score_row("g1t", 4)
    assert len(list((tmp_path / "layout_rows").glob("g1t_4_*.pkl"))) == 1  # the pages, kept for the other parser
    again = layout_diff.score_row("g1t", 4)
    assert len(first["digests"]) == len(first["pages"]) == 4
    assert first == again
    assert all(0.0 <= value <= 1.0 for value in first["figures"])


def test_the_script_sets_two_checkouts_side_by_side(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QA_BENCH_CACHE": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "layout_diff.py"), str(root), "--new", str(root), "--rows", "g1t,g6h", "--pages", "3"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith(f"{root} > {root}; figures: count, headline")
    assert [line.split(":")[0] for line in lines[1:] if not line.startswith(" ")] == ["g1t", "g6h"]
    assert lines.count("  pages parsed differently: 0 (better 0, worse 0)") == 1  # g1t, looked at
    assert "  pages parsed differently: 0 (better 0, worse 0); held out: not named" in lines
    for line in lines[1:]:
        if not line.startswith(" "):  # the same parser both sides: every figure the same
            assert all(a == b for a, b in (cell.split(">") for cell in line.split(": ")[1].split()))


def test_a_folder_without_a_parser_is_refused(tmp_path):
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "layout_diff.py"), str(tmp_path), "--rows", "g1t"],
        capture_output=True, text=True, cwd=root, timeout=120,
    )
    assert out.returncode == 2
    assert f"{tmp_path} holds no qa/parse" in out.stderr
