"""New: node constructors that fold constants as the tree is built.

``binary``, ``unary`` and ``cast`` return a ``Const`` (or an ``Addr``) when
the operands are known at compile time, and otherwise the plain node with a
few rewrites that help the code generator find addressing modes:
``&*p`` is ``p``, ``*&x`` is ``x``, ``(p + c1) + c2`` is ``p + (c1+c2)``, and
``x + 0``, ``x - 0``, ``x * 1``, ``x / 1`` are ``x``.  Arithmetic wraps at the
result type's width exactly as the machine would; division truncates toward
zero like the PDP-11's DIV.  ``ZeroDivisionError`` escapes for a constant
division by zero (the checker reports it at the right line).
"""

from __future__ import annotations

from v6.cc.tree import COMPARISONS, Addr, Binary, Cast, Const, Expr, Unary
from v6.cc.types import INT, CType, Int, Pointer


def _bits(t: CType) -> int:
    return t.bits if isinstance(t, Int) else 16


def normal(t: CType, value: int) -> int:
    """``value`` as a constant of type ``t`` holds it: wrapped, signed or not."""
    if isinstance(t, Int):
        return t.wrap(value)
    return value & 0o177777


def _signed_value(e: Const) -> int:
    """The mathematical value of a constant, taking its type's signedness into account."""
    return normal(e.type, e.value)


def _truncdiv(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _arith(op: str, a: int, b: int, t: CType) -> int:
    """``a op b`` on mathematical values, before wrapping to ``t``."""
    if op in ("/", "%"):
        q = _truncdiv(a, b)
        return q if op == "/" else a - q * b
    if op == ">>":
        return a >> min(b, _bits(t))
    if op == "<<":
        return a << b if b < _bits(t) else 0
    return {
        "+": a + b, "-": a - b, "*": a * b, "&": a & b, "|": a | b, "^": a ^ b,
        "==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b,
        "&&": bool(a and b), "||": bool(a or b),
    }[op]


def binary(op: str, t: CType, a: Expr, b: Expr) -> Expr:
    """``a op b`` of type ``t``, folded where possible."""
    if isinstance(a, Const) and isinstance(b, Const) and op != ",":
        x, y = _signed_value(a), _signed_value(b)
        return Const(t, normal(t, int(_arith(op, x, y, a.type if op in COMPARISONS else t))))
    if isinstance(b, Const) and op in ("+", "-") and isinstance(t, Pointer):
        delta = b.value if op == "+" else -b.value
        if isinstance(a, Addr):
            return Addr(t, a.label, a.offset + delta)
        if isinstance(a, Binary) and a.op == "+" and isinstance(a.b, Const):
            return binary("+", t, a.a, Const(INT, normal(INT, a.b.value + delta)))
    if isinstance(a, Const) and op == "+" and isinstance(b, Addr):
        return Addr(t, b.label, b.offset + a.value)
    if _identity(op, b):
        return retype(a, t)
    return Binary(op, t, a, b)


def _identity(op: str, b: Expr) -> bool:
    """Whether ``x op b`` is just ``x``."""
    if not isinstance(b, Const):
        return False
    return (op in ("+", "-", "|", "^", "<<", ">>") and b.value == 0) or (
        op in ("*", "/") and b.value == 1
    )


def retype(e: Expr, t: CType) -> Expr:
    """``e`` seen as type ``t`` of the same size (no code): int/unsigned/pointer."""
    if e.type == t:
        return e
    if isinstance(e, Const):
        return Const(t, normal(t, e.value))
    if isinstance(e, Addr):
        return Addr(t, e.label, e.offset)
    return Cast(t, e)


def unary(op: str, t: CType, a: Expr) -> Expr:
    """``op a`` of type ``t``, folded where possible."""
    if isinstance(a, Const) and op in ("-", "~", "!"):
        v = _signed_value(a)
        return Const(t, normal(t, {"-": -v, "~": ~v, "!": int(not v)}[op]))
    if isinstance(a, Addr) and op == "!":
        return Const(t, 0)
    if op == "&" and isinstance(a, Unary) and a.op == "*":
        return retype(a.a, t)
    if op == "*" and isinstance(a, Unary) and a.op == "&" and a.a.type == t:
        return a.a
    if op in ("-", "~") and isinstance(a, Unary) and a.op == op:
        return retype(a.a, t)
    return Unary(op, t, a)


def cast(t: CType, a: Expr) -> Expr:
    """``(t) a`` between scalar types, folded where possible."""
    if a.type == t:
        return a
    if isinstance(a, Const):
        return Const(t, normal(t, _signed_value(a)))
    if isinstance(a, Addr) and t.size == 2:
        return Addr(t, a.label, a.offset)
    if t.size == a.type.size == 2 and isinstance(t, Int | Pointer):
        return retype(a, t)
    return Cast(t, a)
