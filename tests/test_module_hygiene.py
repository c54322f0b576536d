"""No module of the package binds the same top-level name twice: a second pattern of
the same name silently replaces the first, and the rule written with the first one
then reads the second (it happened twice: a wider denial pattern and a crowd list
that were never used)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import newsparse

_PACKAGE = Path(newsparse.__file__).parent


def _rebound(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return sorted(name for name, n in names.items() if n > 1 and name != "__all__")


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {str(p.relative_to(_PACKAGE)): names for p in sorted(_PACKAGE.rglob("*.py"))
             if (names := _rebound(p))}
    assert found == {}


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\nB = 2\nA = 3\n\ndef f():\n    A = 4\n", encoding="utf-8")
    assert _rebound(module) == ["A"]
