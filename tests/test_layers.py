"""The README's map of the house, checked against the imports (lazy ones included).

Data flows one way: files -> ingest -> store -> assistant -> qimma (the faces), with the
language layer under all of them. A package may import only what the map lets it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ALLOWED = {
    "language": set(),
    "prompts": set(),
    "ingest": {"language", "prompts"},
    "store": {"ingest", "language"},
    "assistant": {"ingest", "store", "language", "prompts"},
    "qimma": {"assistant", "ingest", "store", "language", "prompts"},
}


def _imports(package: str) -> dict[str, set[str]]:
    """Our top-level packages each module of `package` imports: {module path: {packages}}."""
    found: dict[str, set[str]] = {}
    for path in sorted((REPO / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(REPO))] = names & set(ALLOWED)
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_a_package_imports_only_what_the_map_allows(package):
    wrong = {
        module: sorted(names - ALLOWED[package] - {package})
        for module, names in _imports(package).items()
        if names - ALLOWED[package] - {package}
    }
    assert not wrong, f"{package} imports outside the map: {wrong}"


def test_the_map_has_no_cycles():
    seen: set[str] = set()
    done: set[str] = set()

    def visit(node: str) -> None:
        assert node not in seen - done, f"cycle through {node}"
        if node in done:
            return
        seen.add(node)
        for nxt in ALLOWED[node]:
            visit(nxt)
        done.add(node)

    for package in ALLOWED:
        visit(package)


def test_ui_py_is_a_launcher_of_the_faces():
    assert _imports_of_file(REPO / "ui.py") <= {"qimma"}


def _imports_of_file(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
    return names & (set(ALLOWED) | {"ui"})
