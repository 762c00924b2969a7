"""Space files agree with the package: requirements.txt matches pyproject, the front matter names app.py."""

from __future__ import annotations

import os
import re

import pytest
from conftest import REPO
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")


def _by_name(lines: list[str]) -> dict[str, Requirement]:
    requirements = [Requirement(line) for line in lines]
    return {canonicalize_name(r.name): r for r in requirements}


def runtime_dependencies() -> dict[str, Requirement]:
    with open(REPO / "pyproject.toml", "rb") as handle:
        return _by_name(tomllib.load(handle)["project"]["dependencies"])


def _requirement_lines() -> list[str]:
    lines = (REPO / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def space_requirements() -> dict[str, Requirement]:
    return _by_name([line for line in _requirement_lines() if not line.startswith("-")])


def test_the_space_takes_torch_from_the_cpu_index():
    assert "--extra-index-url https://download.pytorch.org/whl/cpu" in _requirement_lines()


def _third_party_imports(paths) -> set[str]:
    import ast
    import sys

    names = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("qa", "app", "__future__")}


def test_every_package_the_code_imports_is_a_declared_runtime_dependency():
    from importlib.metadata import packages_distributions

    distributions = packages_distributions()
    imported = _third_party_imports([*(REPO / "qa").rglob("*.py"), REPO / "app.py"])
    needed = {canonicalize_name(distributions[name][0]) for name in imported}
    missing = needed - set(runtime_dependencies()) - set(optional_dependencies("milvus"))
    assert "faiss" in imported and "scipy" in imported, imported  # the scan sees real imports
    assert not missing, f"imported by qa/ or app.py but not declared in [project.dependencies]: {sorted(missing)}"


def optional_dependencies(extra: str) -> dict[str, Requirement]:
    """The packages of one optional extra of pyproject.toml."""
    with open(REPO / "pyproject.toml", "rb") as handle:
        return _by_name(tomllib.load(handle)["project"]["optional-dependencies"][extra])


def test_the_milvus_extra_is_imported_only_when_used():
    """qa and app.py import without pymilvus: the store module imports it inside functions,
    and the test extra installs what the "milvus" extra does (the suite runs both stores)."""
    import ast

    source = (REPO / "qa" / "store" / "milvus.py").read_text("utf-8")
    top = [n for n in ast.parse(source).body if isinstance(n, (ast.Import, ast.ImportFrom))]
    names = {a.name for n in top if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module for n in top if isinstance(n, ast.ImportFrom) and n.module}
    assert "pymilvus" in _third_party_imports([REPO / "qa" / "store" / "milvus.py"])
    assert not any(name.split(".")[0] in ("pymilvus", "milvus_lite") for name in names), names
    with open(REPO / "pyproject.toml", "rb") as handle:
        test_extra = _by_name(tomllib.load(handle)["project"]["optional-dependencies"]["test"])
    assert set(optional_dependencies("milvus")) <= set(test_extra)


def test_test_only_packages_are_not_runtime_dependencies():
    with open(REPO / "pyproject.toml", "rb") as handle:
        extras = tomllib.load(handle)["project"]["optional-dependencies"]
    assert "bm25s" not in runtime_dependencies() and any(r.startswith("bm25s") for r in extras["test"])
    assert "bm25s" not in _third_party_imports([*(REPO / "qa").rglob("*.py"), REPO / "app.py"])


def front_matter() -> dict[str, str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert match, "README.md must open with the Space's front matter between --- lines"
    pairs = (line.split(":", 1) for line in match.group(1).splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def test_every_runtime_dependency_is_in_requirements_txt():
    missing = set(runtime_dependencies()) - set(space_requirements())
    assert not missing, f"add to requirements.txt (the Space installs only that): {sorted(missing)}"


def test_requirements_txt_holds_only_runtime_dependencies():
    extra = set(space_requirements()) - set(runtime_dependencies())
    assert not extra, f"add to [project.dependencies] in pyproject.toml or drop: {sorted(extra)}"


def test_versions_agree():
    package, space = runtime_dependencies(), space_requirements()
    differ = {n: (str(package[n]), str(space[n])) for n in package.keys() & space.keys() if package[n] != space[n]}
    assert not differ, f"pyproject.toml and requirements.txt pin differently: {differ}"


def test_front_matter_runs_app_py_with_gradio():
    matter = front_matter()
    assert matter["sdk"] == "gradio"
    assert (REPO / matter["app_file"]).is_file()
    if "sdk_version" in matter:
        gradio = space_requirements()["gradio"]
        assert gradio.specifier.contains(matter["sdk_version"]), (matter["sdk_version"], str(gradio))


def test_ci_runs_the_readme_test_command():
    """.ci/run installs and tests exactly as the README's quickstart command 2 says."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (command,) = [line for line in readme.splitlines() if line.startswith("python3 -m venv") and "pytest" in line]
    ci_lines = {line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()}
    for step in command.split(" && "):
        quiet = step.replace("pip install ", "pip install -q ")
        assert step in ci_lines or quiet in ci_lines, f".ci/run lacks the README step: {step}"


def test_same_json_tolerates_float_noise_only():
    from conftest import same_json

    assert same_json({"score": 0.9947962186874926, "n": [1, "a"]}, {"score": 0.9947962049642768, "n": [1, "a"]})
    assert not same_json({"score": 0.99}, {"score": 0.98})
    assert not same_json({"n": [1, "a"]}, {"n": [1, "b"]})
    assert not same_json({"a": 1}, {"a": 1, "b": 2})


def test_tests_cannot_read_the_working_copys_corpus_or_index():
    """The app stores uploads in corpus/uploads/ and builds index/: a test that read them
    would pass or fail by what the app was used for. Only the shipped page may be read."""
    from conftest import SEED_PAGE

    assert SEED_PAGE.read_text("utf-8")
    for action in (
        lambda: list((REPO / "corpus").iterdir()),
        lambda: (REPO / "corpus" / "uploads" / "x.md").read_text(),
        lambda: list(os.scandir(REPO / "index")),
    ):
        with pytest.raises(PermissionError, match="may not read the working copy"):
            action()


def test_uploads_and_the_built_index_are_ignored_by_git():
    import subprocess

    for path in ("corpus/uploads/x.md", "index/manifest.json", "index.lock"):
        done = subprocess.run(["git", "check-ignore", "-q", path], cwd=REPO)
        assert done.returncode == 0, f"{path} is not git-ignored"


def test_tests_that_read_an_evaluation_set_are_marked_slow():
    """`pytest -m "not slow"` must stay quick: reading ../shared/eval builds a real index."""
    import ast

    unmarked = []
    for path in (REPO / "tests").rglob("test_*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        module_slow = "pytest.mark.slow" in ast.unparse(tree.body[0]) or any(
            isinstance(n, ast.Assign) and "pytestmark" in ast.unparse(n.targets[0]) and "slow" in ast.unparse(n.value)
            for n in tree.body
        )
        for node in tree.body:
            calls = [c for c in ast.walk(node) if isinstance(c, ast.Call) and getattr(c.func, "id", "") == "eval_file"]
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_") and calls:
                marks = " ".join(ast.unparse(d) for d in node.decorator_list)
                if "slow" not in marks and not module_slow:
                    unmarked.append(f"{path.name}::{node.name}")
    assert not unmarked, unmarked
