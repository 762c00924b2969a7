"""The `qa` command line: subcommands, help, and error reporting."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qa.cli import build_parser, main

SUBCOMMANDS = ["parse", "index", "search", "ask", "eval"]


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in out


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_each_subcommand_has_help(name, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: qa {name}" in capsys.readouterr().out


def test_no_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_console_script_runs():
    # The installed entry point, not just the function: `qa --help` must work in a shell.
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from qa.cli import main; sys.exit(main(['--help']))"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "search" in result.stdout


def test_parser_is_reusable():
    parser = build_parser()
    args = parser.parse_args(["search", "铜鼓县", "-k", "3"])
    assert args.query == "铜鼓县" and args.k == 3 and args.index == "index/"
