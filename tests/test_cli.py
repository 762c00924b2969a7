"""The `qa` command line: subcommands, help, and error reporting."""

from __future__ import annotations

import os
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


def test_bare_qa_prints_help_not_an_error(capsys):
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert "usage: qa" in out and "ask" in out and "error" not in err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("qa ")


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_option_is_described_with_its_default(name, capsys):
    with pytest.raises(SystemExit):
        main([name, "--help"])
    out = capsys.readouterr().out
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[name]
    for action in sub._actions:
        if action.dest == "help":
            continue
        assert action.help, f"qa {name} {action.option_strings or action.dest} has no description"
    if name in ("search", "ask"):
        assert "(default: 5)" in out and "(default: index/)" in out


def test_json_is_utf8_even_where_the_locale_is_not(tmp_path, seed_page):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    result = subprocess.run(
        [sys.executable, "-m", "qa.cli", "parse", str(seed_page), "--json"],
        capture_output=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "铜鼓县".encode() in result.stdout and b"\\u" not in result.stdout


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
