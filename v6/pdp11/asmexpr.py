"""V6: expressions of the UNIX Assembler Reference Manual, sec. 6.

``expression(cur, ctx)`` reads an expression from a token ``Cursor`` and
returns its ``Value`` (type, 16-bit value), or None when there is none.
V6's rules:

- every operator is binary and all have the same precedence; evaluation is
  strictly left to right, ``[ ]`` grouping; a missing left operand is an
  absolute 0 (so ``-x`` and ``!x`` work as unary), and two operands with
  no operator between them are added.  The operator read last before an
  operand is the one applied (``1*-2`` is ``1-2``);
- operators: ``+ - *``, ``\\/`` division, ``&``, ``|``, ``\\<`` and ``\\>``
  logical shifts, ``%`` (or ``\\%``) modulo, ``a!b`` = a or not b, ``a^b`` =
  the value of a with the type of b; arithmetic wraps at 16 bits;
- types combine by sec. 6.3 (``combine``): undefined wins; absolute with
  absolute is absolute; a register or keyword type ("other") combined with
  an absolute keeps the other type (``r0+3`` is ``r3``), two others give the
  larger type, an other with a relocatable acts as an absolute; ``+`` allows
  one relocatable (text, data, bss, undefined external) operand; ``-``
  allows relocatable minus absolute and relocatable minus the same segment
  (absolute); every other operator wants absolutes.  An illegal combination
  does not stop evaluation: the value carries the error (``R``) and the
  assembler reports it where the value is used, in the last pass.

An undefined external contributes 0 to the value and is remembered in
``Value.sym`` (its words are offsets from the symbol, for the loader); an
undefined symbol is remembered there too, to name it in messages.

``Fault(letter, detail)`` is raised for syntax errors; letters are V6's.
``Cursor`` walks a token list.  The caller supplies a ``Context`` for the
location counter ``.`` and the temporary symbols ``Nf``/``Nb``.
"""

from __future__ import annotations

import operator
from typing import NamedTuple, Protocol

from v6.pdp11.asmlex import Token
from v6.pdp11.asmsym import ABS, BSS, DATA, EXT, TEXT, TYPE_MASK, UNDEF, Symbol, meaning

MASK = 0xFFFF
RELOCATABLE = (TEXT, DATA, BSS, EXT)
_PLAIN = (UNDEF, ABS, TEXT, DATA, BSS, EXT)
OPERATORS = frozenset("+-*/&|<>%!^")


class Fault(Exception):
    """A statement that cannot be assembled: V6's error letter and a detail."""

    def __init__(self, letter: str, detail: str) -> None:
        super().__init__(f"{letter} {detail}")
        self.letter = letter
        self.detail = detail


class Value(NamedTuple):
    """An expression's type (``asmsym`` codes; ``EXT`` = undefined external) and value."""

    type: int
    value: int
    sym: Symbol | None = None
    """The undefined external (type ``EXT``) or the undefined symbol (``UNDEF``)."""
    err: tuple[str, str] | None = None
    """An illegal type combination met on the way: (letter, detail)."""


ZERO = Value(ABS, 0)


class Cursor:
    """A position in a token list that ends with ``eof`` (never passed)."""

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks + toks[-1:]  # a spare eof, so that peek(1) needs no check
        self.pos = 0

    def peek(self, ahead: int = 0) -> Token:
        return self.toks[self.pos + ahead]

    def next(self) -> Token:
        tok = self.toks[self.pos]
        if tok.kind != "eof":
            self.pos += 1
        return tok

    def take(self, op: str) -> bool:
        """Consume the operator ``op`` if it comes next."""
        tok = self.peek()
        if tok.kind == "op" and tok.value == op:
            self.pos += 1
            return True
        return False


class Context(Protocol):
    dot_symbol: Symbol
    """The symbol ``.`` of the assembly's table."""

    def dot(self) -> Value: ...
    def temp(self, digit: int, forward: bool) -> Value: ...


def symbol_value(sym: Symbol) -> Value:
    """What a symbol contributes to an expression (a global acts as a local)."""
    typ, value = meaning(sym)
    if typ & TYPE_MASK == UNDEF:
        return Value(EXT, 0, sym) if typ & EXT else Value(UNDEF, 0, sym)
    return Value(typ & TYPE_MASK, value)


def expression(cur: Cursor, ctx: Context) -> Value | None:
    """Read an expression; None if the tokens do not begin one."""
    acc, op, seen = ZERO, "+", False
    while True:
        tok = cur.peek()
        if tok.kind == "op" and tok.value in OPERATORS:
            op, seen = tok.value, True
            cur.next()
            continue
        operand = _operand(cur, ctx)
        if operand is None:
            return acc if seen else None
        acc, op, seen = combine(op, acc, operand), "+", True


def _operand(cur: Cursor, ctx: Context) -> Value | None:
    tok = cur.peek()
    if tok.kind == "num":
        cur.next()
        return Value(ABS, tok.value)
    if tok.kind == "name":
        cur.next()
        return ctx.dot() if tok.value is ctx.dot_symbol else symbol_value(tok.value)
    if tok.kind == "temp":
        cur.next()
        return ctx.temp(*tok.value)
    if cur.take("["):
        inner = expression(cur, ctx) or ZERO
        if not cur.take("]"):
            raise Fault("]", "missing ]")
        return inner
    return None


def combine(op: str, a: Value, b: Value) -> Value:
    """``a op b`` with V6's rules for the type of the result."""
    v = _arith(op, a.value, b.value)
    err = a.err or b.err
    if v is None:
        v, err = 0, err or ("E", "division by zero")
    if a.type == UNDEF or b.type == UNDEF:
        return Value(UNDEF, v, a.sym if a.type == UNDEF else b.sym, err)
    if op == "^":
        return Value(b.type, a.value, b.sym, err)
    other = _other(a.type, b.type)
    if other is not None:
        return Value(other, v, None, err)
    ta = ABS if a.type not in _PLAIN else a.type
    tb = ABS if b.type not in _PLAIN else b.type
    if ta == tb == ABS:
        return Value(ABS, v, None, err)
    if op == "+" and ABS in (ta, tb):
        return Value(tb, v, b.sym, err) if ta == ABS else Value(ta, v, a.sym, err)
    if op == "-" and tb == ABS:
        return Value(ta, v, a.sym, err)
    if op == "-" and ta == tb and ta != EXT:
        return Value(ABS, v, None, err)
    return Value(ABS, v, None, err or ("R", f"relocatable operand of {op}"))


def _other(ta: int, tb: int) -> int | None:
    """The result type when register or keyword types meet absolutes or each other."""
    a_other, b_other = ta not in _PLAIN, tb not in _PLAIN
    if a_other and b_other:
        return max(ta, tb)
    if a_other and tb == ABS:
        return ta
    if b_other and ta == ABS:
        return tb
    return None


_ARITH = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv,
    "%": operator.mod, "&": operator.and_, "|": operator.or_,
    "<": lambda a, b: a << b if b < 16 else 0, ">": operator.rshift,
    "!": lambda a, b: a | ~b, "^": lambda a, b: a,
}


def _arith(op: str, a: int, b: int) -> int | None:
    """The 16-bit result of an operator on unsigned operands (None: divide by 0)."""
    if op in "/%" and b == 0:
        return None
    return _ARITH[op](a, b) & MASK
