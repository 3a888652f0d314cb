"""The import graph of drafter/, imports inside functions included: no cycle, and layers one way.

model → readers → checks → faces (render, output, app, serve, lint) → commands: a module imports
only from its own layer or one below (ARCHITECTURE.md). Imports under ``if TYPE_CHECKING:`` are
for the type checker only and never run, so they are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import drafter

ROOT = Path(drafter.__file__).parent

# The layer of each top-level module or package of drafter/ (a package's modules share its layer).
LAYERS: dict[str, int] = {
    # 0 model: plain data and text helpers, no I/O
    "drafter": 0,
    "model": 0,
    "text": 0,
    "dates": 0,
    "hanzi": 0,
    "patterns": 0,
    "ambiguity": 0,
    "reach": 0,
    "sre": 0,
    "safepatterns": 0,
    "needle": 0,
    "lazyre": 0,
    "classcode": 0,
    "resources": 0,
    "userdirs": 0,
    "reportyear": 0,
    "organs": 0,
    "debris": 0,
    "errors": 0,
    "console": 0,  # platform helpers: consoles, processes, where LibreOffice is
    "procs": 0,
    "winproc": 0,
    "office": 0,
    # 1 readers: files in, the document model and the checklists out
    "readers": 1,
    "checklists": 1,
    "checklist_model": 1,
    "checklist_schema": 1,
    "draft": 1,
    "fsutil": 1,
    "unittype": 1,
    "vocab": 1,
    "patternwords": 1,
    "wordrx": 1,
    # 2 checks: the engine, its rules and their documentation
    "checks": 2,
    "ruledocs": 2,
    "sameunit": 2,
    # 3 faces: drafting, rendering, output formats, the app, the server, folder lint
    "render": 3,
    "output": 3,
    "app": 3,
    "serve": 3,
    "lint": 3,
    "parallel": 3,
    "skipped": 3,
    "boilerplate": 3,
    "rollforward": 3,
    # 4 commands: the command line
    "commands": 4,
    "cli": 4,
    "entry": 4,
    "__main__": 4,
}
NAMES = ("model", "readers", "checks", "faces", "commands")


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = ["drafter", *path.relative_to(ROOT).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path], typing: bool = False) -> set[str]:
    """The drafter modules ``name`` imports, anywhere in it (under ``if TYPE_CHECKING`` only if ``typing``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not typing and isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, *([node.module] if node.module else [])])
            for a in node.names:
                sub = f"{base}.{a.name}"
                found.add(sub if sub in modules else base)
    return {m for m in found if m in modules and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else "drafter"
    assert top in LAYERS, f"{module}: give its package a layer in LAYERS (and ARCHITECTURE.md)"
    return LAYERS[top]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_layers_import_only_downwards() -> None:
    wrong = [
        f"{a} ({NAMES[_layer(a)]}) imports {b} ({NAMES[_layer(b)]})"
        for a, deps in sorted(_graph().items())
        for b in sorted(deps)
        if _layer(b) > _layer(a)
    ]
    assert wrong == []


def test_commands_import_no_screen() -> None:
    """Commands call the app's entry points, never a screen's insides."""
    wrong = [
        (a, b) for a, deps in _graph().items() if a.startswith("drafter.commands") for b in deps if ".screens" in b
    ]
    assert wrong == []


def test_architecture_document_names_every_package() -> None:
    text = (ROOT.parent / "ARCHITECTURE.md").read_text(encoding="utf-8")
    packages = sorted(p.parent.name for p in ROOT.glob("*/__init__.py"))
    assert [p for p in packages if f"{p}/" not in text] == []


def test_checks_import_no_reader() -> None:
    """The engine (layer 2: checks/, ruledocs, sameunit) imports nothing from readers/ — at module
    level, inside a function, or for the type checker alone. What both need (the one error a user
    sees, what an organ's name and a 署名 are, a page's furniture) lives at layer 0."""
    modules = _modules()
    wrong = [
        f"{name} imports {dep}"
        for name, path in sorted(modules.items())
        if "." in name and _layer(name) == LAYERS["checks"]
        for dep in sorted(_imports(name, path, modules, typing=True))
        if dep == "drafter.readers" or dep.startswith("drafter.readers.")
    ]
    assert wrong == []
