"""New: typed expression trees — what the checker (``expr``) hands the code generator.

Every node carries its C type.  The checker has already applied C's rules,
so the code generator never has to: integer promotions and the usual
arithmetic conversions are explicit ``Cast`` nodes, pointer arithmetic is
scaled by the object size, arrays used as values are ``Unary('&', ...)`` of
the array, ``s.f`` and ``p->f`` are ``Unary('*', ...)`` of a pointer plus the
field offset, and constant subtrees are folded into ``Const`` (or ``Addr``,
an address known at assembly time).

Symbols (``Sym``) say where an object lives: ``auto`` and ``param`` at an
offset from r5, ``register`` in r2-r4, ``static``/``extern``/``global`` under
an assembler name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from v6.cc.types import CType


@dataclass(eq=False)
class Sym:
    """A named object or function."""

    name: str
    type: CType
    storage: str
    """``auto``, ``param``, ``register``, ``static``, ``extern``, ``global`` or ``enum``."""
    label: str = ""
    """Assembler name of statics, externs and globals."""
    offset: int = 0
    """Frame offset from r5 of autos and params; the value of an enum constant."""
    reg: int = 0
    """Register number of a register variable."""
    defined: bool = False
    """A global or static object or function that this unit defines."""
    used: bool = False
    """Referenced by the code (decides which externals the program needs)."""


class Expr:
    """Base of typed expression nodes."""

    type: CType


@dataclass(eq=False)
class Const(Expr):
    """An integer constant, already wrapped to its type."""

    type: CType
    value: int


@dataclass(eq=False)
class Addr(Expr):
    """The address ``label + offset``, known at assembly time (globals, strings, functions)."""

    type: CType
    label: str
    offset: int = 0


@dataclass(eq=False)
class Name(Expr):
    """A variable (an lvalue) or a function designator."""

    type: CType
    sym: Sym


@dataclass(eq=False)
class Unary(Expr):
    """``-`` ``~`` ``!`` ``*`` (indirection: an lvalue) ``&`` (address of an lvalue)."""

    op: str
    type: CType
    a: Expr


@dataclass(eq=False)
class Binary(Expr):
    """Arithmetic, shifts, bitwise, comparisons, ``&&``, ``||`` and ``,``.

    Comparisons have type int; whether they compare signed or unsigned is the
    operands' type.
    """

    op: str
    type: CType
    a: Expr
    b: Expr


@dataclass(eq=False)
class Assign(Expr):
    """``a = b`` (op None) or ``a op= b``, computed in ``optype`` then stored as ``type``."""

    op: str | None
    type: CType
    a: Expr
    b: Expr
    optype: CType | None = None


@dataclass(eq=False)
class IncDec(Expr):
    """``++``/``--``, prefix or postfix; ``delta`` is already scaled for pointers."""

    type: CType
    a: Expr
    delta: int
    post: bool


@dataclass(eq=False)
class Cond(Expr):
    """``c ? a : b``."""

    type: CType
    c: Expr
    a: Expr
    b: Expr


@dataclass(eq=False)
class Call(Expr):
    """A call; ``args`` already converted to what is pushed."""

    type: CType
    func: Expr
    args: list[Expr] = field(default_factory=list)


@dataclass(eq=False)
class Cast(Expr):
    """A conversion between scalar types (or to void)."""

    type: CType
    a: Expr


COMPARISONS = frozenset({"==", "!=", "<", ">", "<=", ">="})
"""Binary operators whose value is 0 or 1."""

COMMUTATIVE = frozenset({"+", "*", "&", "|", "^", "==", "!="})
"""Binary operators whose operands may be swapped."""
