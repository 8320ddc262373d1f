"""A module-level name bound twice in one qa module silently replaces the first for every later use (a pattern named
like one further up was twice a cause of answers changing for unrelated questions)."""

from __future__ import annotations

import ast
from pathlib import Path

QA = Path(__file__).resolve().parents[2] / "qa"


def _bound_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        # (an import too: a function imported from two modules under one name calls only the second)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [(alias.asname or alias.name).split(".")[0] for alias in node.names]
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_the_check_finds_a_name_bound_twice():
    assert _bound_twice("_A = 1\ndef f(): pass\n_A = 2\n") == ["_A"]
    assert _bound_twice("_A = 1\n_B = 2\n") == []
    assert _bound_twice("from a import f, g\nfrom b import f\n") == ["f"]
    assert _bound_twice("import re\nfrom a import f as g\n") == []


def test_no_qa_module_binds_a_module_level_name_twice():
    found = {path.name: twice for path in sorted(QA.glob("*.py")) if (twice := _bound_twice(path.read_text()))}
    assert not found, found
