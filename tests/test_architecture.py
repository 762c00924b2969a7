"""The package's shape: imports point down the pipeline, never up it, and never in a circle.

Read from the source with ``ast`` (imports inside functions and under TYPE_CHECKING count:
they are dependencies too). The stages, bottom to top::

    errors, types, text  →  parse  →  retrieve | answer | store  →  index  →  ingest, evaluate  →  cli, web  →  app.py

A module may import its own stage and any stage below it; the three middle stages do not
import each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import REPO

LAYERS = {
    "qa.errors": 0,
    "qa.types": 0,
    "qa.text": 0,
    "qa.parse": 1,
    "qa.retrieve": 2,
    "qa.answer": 2,
    "qa.store": 2,
    "qa.index": 3,
    "qa.ingest": 4,
    "qa.evaluate": 4,
    "qa.cli": 5,
    "qa.web": 5,
    "app": 6,
    "qa": 7,  # the package root re-exports the public API
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {_module_name(p): p for p in (REPO / "qa").rglob("*.py")}
    found["app"] = REPO / "app.py"
    return found


MODULES = _modules()


def stage(module: str) -> str:
    """The stage a module belongs to: the longest key of LAYERS it falls under."""
    return max((key for key in LAYERS if module == key or module.startswith(key + ".")), key=len)


def imports_of(module: str) -> set[str]:
    """The package modules a module imports (``from qa.parse import decode`` is qa.parse.decode)."""
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module for a in node.names]
        else:
            continue
        found.update(name for name in names if name in MODULES)
    found.discard(module)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def upward(graph: dict[str, set[str]], module: str) -> list[str]:
    """The imports of ``module`` that are not below its stage (nor in it)."""
    mine = stage(module)
    return [t for t in sorted(graph[module]) if stage(t) != mine and LAYERS[stage(t)] >= LAYERS[mine]]


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph as a path that ends where it starts, or []."""
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> list[str]:
        if module in done:
            return []
        if module in visiting:
            return [*visiting[visiting.index(module) :], module]
        visiting.append(module)
        for target in sorted(graph.get(module, ())):
            cycle = visit(target)
            if cycle:
                return cycle
        visiting.pop()
        done.add(module)
        return []

    for module in sorted(graph):
        cycle = visit(module)
        if cycle:
            return cycle
    return []


def test_every_module_has_a_stage_and_the_graph_is_not_empty():
    assert all(stage(module) for module in MODULES)
    assert GRAPH["qa.index"] >= {"qa.answer.question", "qa.retrieve.hybrid", "qa.store.folder"}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down_the_pipeline(module):
    assert not upward(GRAPH, module), f"{module} ({stage(module)}) imports {upward(GRAPH, module)}, not below it"


def test_no_import_cycles():
    cycle = find_cycle(GRAPH)
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_the_checks_catch_an_upward_import_a_sideways_one_and_a_cycle():
    made_up = {**GRAPH, "qa.answer.compose": GRAPH["qa.answer.compose"] | {"qa.index"}}
    assert upward(made_up, "qa.answer.compose") == ["qa.index"]
    sideways = {**GRAPH, "qa.retrieve.hybrid": GRAPH["qa.retrieve.hybrid"] | {"qa.answer.question"}}
    assert upward(sideways, "qa.retrieve.hybrid") == ["qa.answer.question"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []
