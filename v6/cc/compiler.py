"""New: compile one C source file to V6 assembler — the compiler's entry point.

``compile_c(text, filename, tag)`` preprocesses, parses, checks and
generates code for every external declaration, and returns a ``Compiled``:
the assembler text plus what the linker needs to know — the global names
the unit defines, the external names it uses, and its tentative
definitions (``int x;`` at file scope, which several units may share, as
with the loader's common symbols).  ``tag`` makes the unit's labels unique
in a program (see ``Unit``).

C names get a leading underscore (``main`` is ``_main``); file-scope
statics get a unit-unique name instead, so units never collide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pycparser import c_ast

from v6.cc.check import Checker
from v6.cc.decl import storage_class
from v6.cc.front import error_at, parse
from v6.cc.gendata import DataOut
from v6.cc.genstmt import FunctionGen
from v6.cc.tree import Sym
from v6.cc.types import Func
from v6.cc.unit import Unit


@dataclass
class Compiled:
    """One compilation unit: assembler text and its interface to the linker."""

    name: str
    text: str
    defines: set[str] = field(default_factory=set)
    """Global assembler names defined here (functions and initialized data)."""
    needs: set[str] = field(default_factory=set)
    """Assembler names used here and defined elsewhere."""
    commons: dict[str, int] = field(default_factory=dict)
    """Tentative definitions: name -> size in bytes (allocated once per program)."""


def compile_c(text: str, filename: str, tag: str, include_dirs: Sequence[str] = (),
              defines: Sequence[str] = ()) -> Compiled:
    """Compile C source ``text`` (named ``filename`` in messages)."""
    ast = parse(text, filename, include_dirs, defines)
    return _FileCompiler(filename, tag).run(ast)



class _FileCompiler:
    """Walks the external declarations of one file."""

    def __init__(self, filename: str, tag: str) -> None:
        self.filename = filename
        self.unit = Unit(tag)
        self.checker = Checker(self.unit)
        self.data = DataOut(self.unit)
        self.text: list[str] = []
        self.globals: set[str] = set()
        self.labels: set[str] = set()
        self.tentative: dict[str, tuple[Sym, Any]] = {}

    def run(self, ast: c_ast.FileAST) -> Compiled:
        for ext in ast.ext:
            if isinstance(ext, c_ast.FuncDef):
                self.function(ext)
            elif isinstance(ext, c_ast.Decl):
                self.declaration(ext)
            elif isinstance(ext, c_ast.Typedef):
                t = self.checker.types.declarator(ext.type)
                self.checker.declare(Sym(ext.name, t, "typedef"), ext)
        commons = self._tentatives()
        self.data.strings()
        defined = self.labels | self.data.labels
        needs = {r for r in self.unit.refs if r not in defined}
        head = [f"/ {self.filename}: compiled by v6 cc"]
        head += [f".globl\t{name}" for name in sorted(self.globals | needs | set(commons))]
        # Tentative definitions are the loader's common blocks, as V6's cc made them.
        body = [".text", *self.text, *self.data.lines(),
                *(f".comm\t{name},{size:o}" for name, size in sorted(commons.items()))]
        return Compiled(self.filename, "\n".join(head + body) + "\n", set(self.globals),
                        needs, commons)

    def _tentatives(self) -> dict[str, int]:
        """Objects declared but never initialized: statics to .bss, globals to commons."""
        commons = {}
        for sym, node in self.tentative.values():
            if sym.defined:
                continue
            if not sym.type.complete:
                raise error_at(node.coord, f"'{sym.name}' has incomplete type")
            if sym.storage == "static":
                self.data.define(sym.label, sym.type, None, node)
            elif sym.storage == "global":
                commons[sym.label] = sym.type.size
        return commons

    def declaration(self, d: c_ast.Decl) -> None:
        """A file-scope declaration: a function, an extern, a definition."""
        t = self.checker.types.declared(d)
        if d.name is None:
            return
        storage = storage_class(d)
        if isinstance(t, Func):
            self._declare_function(d, t, storage)
            return
        if storage == "extern" and d.init is None:
            self.checker.declare(Sym(d.name, t, "extern", label="_" + d.name), d)
            return
        kind = "static" if storage == "static" else "global"
        label = self.unit.static_name(d.name) if kind == "static" else "_" + d.name
        sym = self.checker.declare(Sym(d.name, t, kind, label=label), d)
        if d.init is None:
            self.tentative[d.name] = (sym, d)
            return
        if sym.defined:
            raise error_at(d.coord, f"redefinition of '{d.name}'")
        sym.type, inits = self.checker.types.initializer(sym.type, d.init)
        sym.defined = True
        self.data.define(sym.label, sym.type, inits, d)
        self._defined(sym)

    def _declare_function(self, d: Any, t: Func, storage: str) -> Sym:
        kind = "static" if storage == "static" else "extern"
        label = self.unit.static_name(d.name) if kind == "static" else "_" + d.name
        return self.checker.declare(Sym(d.name, t, kind, label=label), d)

    def _defined(self, sym: Sym) -> None:
        self.labels.add(sym.label)
        if sym.storage != "static":
            self.globals.add(sym.label)

    def function(self, node: c_ast.FuncDef) -> None:
        """A function definition."""
        t = self.checker.types.declarator(node.decl.type)
        if not isinstance(t, Func):
            raise error_at(node.decl.coord, f"'{node.decl.name}' has a body but is not a function")
        sym = self._declare_function(node.decl, t, storage_class(node.decl))
        if sym.defined:
            raise error_at(node.coord, f"redefinition of '{sym.name}'")
        sym.defined = True
        if sym.storage == "extern":
            sym.storage = "global"
        gen = FunctionGen(self.checker, self.data)
        self.text.extend(gen.function(node, sym))
        self._defined(sym)
