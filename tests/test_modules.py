"""The package's modules: no module-level name bound twice."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import newsrecon

MODULES = sorted(Path(newsrecon.__file__).parent.glob("*.py"))


def module_level_bindings(source: str) -> Counter[str]:
    """Names a module's top level assigns, each as often as it is assigned."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_a_rebound_name_is_found() -> None:
    assert module_level_bindings("A = 1\nB = 2\nA = 3\n")["A"] == 2


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_constant_is_bound_twice(module: Path) -> None:
    """A word list defined twice under one name silently replaces the first for every use
    before the second (as `_BEFORE_NOW` and `_ESTIMATES` once did in features.py)."""
    bindings = module_level_bindings(module.read_text(encoding="utf-8"))
    assert [name for name, times in bindings.items() if times > 1] == []
