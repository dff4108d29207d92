"""New: which plain local variables a function keeps in registers without being asked.

``promoted(funcdef)`` looks over a function before it is compiled and
returns the declarations (``Decl`` nodes of locals and parameters, by
identity) worth keeping in a register: those whose address is never taken
(``&x`` anywhere in the function rules the name out), ranked by how often
they are used, a use inside a loop counting 8 times and inside a nested loop
64 times.  The code generator gives them registers as it meets their
declarations, if the type fits one (an int, an unsigned or a pointer) and a
register is free.

``register`` declarations come first and are always honoured (up to three);
promotion stops when two registers hold variables, so that at least r0, r1
and one of r2-r4 stay free for temporaries (division and 32-bit values want
an even/odd pair).  Variables used fewer than three times are not worth the
copy.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pycparser import c_ast

MAX_VARS = 2
"""Registers that may hold variables after promotion (explicit ones included)."""

MIN_USES = 3
"""Weighted uses below which a variable stays in memory."""


class _Uses(c_ast.NodeVisitor):
    """Counts weighted uses of names and notes names whose address is taken."""

    def __init__(self) -> None:
        self.uses: Counter[str] = Counter()
        self.addressed: set[str] = set()
        self.candidates: list[Any] = []
        self.explicit = 0
        self.depth = 0

    def visit_ID(self, node: c_ast.ID) -> None:
        self.uses[node.name] += 8 ** min(self.depth, 2)

    def visit_UnaryOp(self, node: c_ast.UnaryOp) -> None:
        if node.op == "&" and isinstance(node.expr, c_ast.ID):
            self.addressed.add(node.expr.name)
        self.generic_visit(node)

    def visit_Decl(self, node: c_ast.Decl) -> None:
        storage = node.storage or []
        if "register" in storage:
            self.explicit += 1
        elif not storage or storage == ["auto"]:
            self.candidates.append(node)
        if node.init is not None:
            self.visit(node.init)

    def _loop(self, node: Any) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_For = visit_While = visit_DoWhile = _loop


def promoted(node: c_ast.FuncDef) -> set[int]:
    """The ids of the declarations of ``node`` to keep in registers (see the module docstring)."""
    uses = _Uses()
    params = node.decl.type.args
    for p in params.params if params is not None else []:
        if isinstance(p, c_ast.Decl):
            uses.visit_Decl(p)
    for d in node.param_decls or []:
        uses.visit_Decl(d)
    uses.visit(node.body)
    budget = MAX_VARS - uses.explicit
    ranked = sorted((d for d in uses.candidates if d.name not in uses.addressed
                     and uses.uses[d.name] >= MIN_USES),
                    key=lambda d: -uses.uses[d.name])
    return {id(d) for d in ranked[:max(budget, 0)]}
