"""The README's Python API section runs as written and names the signatures the code has."""

from __future__ import annotations

import inspect
import re
import shutil

from conftest import REPO, SEED_PAGE

README = (REPO / "README.md").read_text("utf-8")


def _api_section() -> str:
    return README[README.index("**Python API.**") : README.index("**Command line.**")]


def test_the_readme_example_runs_and_answers(tmp_path, monkeypatch):
    (code,) = re.findall(r"```python\n(.*?)```", _api_section(), re.S)
    (tmp_path / "corpus").mkdir()
    shutil.copy(SEED_PAGE, tmp_path / "corpus" / SEED_PAGE.name)
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - the README's own example
    answer, follow_up = scope["answer"], scope["follow_up"]
    assert answer.supported and "100%" in answer.text
    assert (tmp_path / "index" / "manifest.json").is_file()
    assert follow_up.question == "那上栗县呢？"


def test_the_signatures_the_readme_lists_are_the_code_s():
    from qa.index import Index
    from qa.ingest import update_index

    listed = dict(re.findall(r"`Index\.(\w+)\(([^`]*?)\)(?: -> \w+(?:\[\w+\])?)?`", _api_section()))
    assert {"build", "search", "ask"} <= listed.keys()
    for name, arguments in listed.items():
        parameters = list(inspect.signature(getattr(Index, name)).parameters.values())
        parameters = [p for p in parameters if p.name not in ("self", "cls")]
        shown = [a.strip().split("=")[0] for a in arguments.split(",") if a.strip()]
        assert shown == [p.name for p in parameters][: len(shown)], (name, shown)
        for argument in arguments.split(","):
            if "=" in argument:
                key, default = (x.strip() for x in argument.split("=", 1))
                assert repr(inspect.signature(getattr(Index, name)).parameters[key].default) == default.replace(
                    '"', "'"
                ), (name, key)
    assert "update_index(paths, index_dir)" in _api_section()
    assert list(inspect.signature(update_index).parameters)[:2] == ["paths", "index_dir"]


def test_index_public_methods_are_typed_and_documented():
    from qa.index import Index

    for name, member in inspect.getmembers(Index, inspect.isfunction):
        if name.startswith("_"):
            continue
        signature = inspect.signature(member)
        doc = inspect.getdoc(member) or ""
        assert doc, name
        assert signature.return_annotation is not inspect.Signature.empty, name
        arguments = [p for p in signature.parameters.values() if p.name not in ("self", "cls")]
        for parameter in arguments:
            assert parameter.annotation is not inspect.Parameter.empty, (name, parameter.name)
            assert f"{parameter.name}" in doc, (name, parameter.name)
        if arguments:
            assert "Args:" in doc, name
