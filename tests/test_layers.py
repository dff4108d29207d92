"""The layers of DESIGN.md call only downward, and every module says where it comes from.

Each module's imports are read with ``ast`` (nothing is executed) and checked
against the layer map below; a module may import from its own area and from
the areas listed as below it.  Nothing under ``v6/`` may import the TUI or
Textual.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

BELOW: dict[str, set[str]] = {
    "v6.base": set(),
    "v6.pdp11": {"v6.base"},
    "v6.fs": {"v6.base"},
    "v6.cc": {"v6.base", "v6.pdp11"},
    "v6.kernel": {"v6.base", "v6.pdp11", "v6.fs"},
    "v6.shell": {"v6.base", "v6.pdp11", "v6.fs", "v6.kernel", "v6.cc"},
    "v6.cli": {"v6.base", "v6.pdp11", "v6.fs", "v6.cc", "v6.kernel", "v6.shell", "tui"},
    "tui": {"v6.base", "v6.pdp11", "v6.fs", "v6.kernel", "v6.shell", "v6.cc"},
}
"""Area -> the areas it may import from (besides itself)."""

BASE = {"v6", "v6.param", "v6.errors", "v6.errno", "v6.signals", "v6.simclock", "v6.sysent"}
"""Modules every layer shares: limits, errors, simulated time, the syscall and signal tables."""


def area(module: str) -> str:
    if module in BASE:
        return "v6.base"
    if module in ("v6.cli", "v6.__main__"):
        return "v6.cli"
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "v6" else parts[0]


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted([*(ROOT / "v6").rglob("*.py"), *(ROOT / "tui").rglob("*.py")]):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found.append((".".join(parts), path))
    return found


def imports(path: Path, module: str) -> set[str]:
    names = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                prefix = ".".join(base)
                names.add(f"{prefix}.{node.module}" if node.module else prefix)
            else:
                names.add(node.module)
                names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_imports_go_only_downward(module, path):
    mine = area(module)
    allowed = BELOW[mine] | {mine}
    for name in imports(path, module):
        top = name.split(".")[0]
        if top not in ("v6", "tui"):
            assert not (module.startswith("v6") and top == "textual"), f"{module} imports {name}"
            continue
        target = area(name) if name not in BASE else "v6.base"
        if target.startswith("v6.") and target.count(".") == 1 and target not in BELOW:
            target = "v6.base"  # a name imported from a base module (v6.errno.EBADF)
        assert target in allowed, f"{module} ({mine}) imports {name} ({target})"


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_module_docstring_says_v6_or_new(module, path):
    if path.name in ("__init__.py", "__main__.py"):
        return
    doc = ast.get_docstring(ast.parse(path.read_text()))
    assert doc, f"{module} has no docstring"
    assert doc.startswith(("V6: ", "New: ")), f"{module}: first line must start 'V6:' or 'New:'"
