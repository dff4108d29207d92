"""V6: expressions of the UNIX Assembler Reference Manual, sec. 6, as V6 evaluated them.

``expression(cur, ctx)`` reads an expression from a token ``Cursor`` and
returns its ``Value`` (type, 16-bit value), or None when there is none.
V6's rules:

- every operator is binary and all have the same precedence; evaluation is
  strictly left to right, ``[ ]`` grouping; a missing left operand is an
  absolute 0 (so ``-x`` and ``!x`` work as unary), two operands with no
  operator between them are added, and an operator may end an expression
  (``1+`` is 1).  Two operators in a row are an error ``e``, as is ``[]``;
  a ``[`` without its ``]`` is an error ``]`` that swallows the token found
  in its place (even a new-line: the expression goes on).
- operators: ``+ - *``; ``\\/`` and ``%``: quotient and remainder as the
  PDP-11's DIV gives them for the dividend 0:a and the signed divisor b,
  where a division that overflows or divides by 0 leaves quotient 0 and
  remainder a; ``\\<``: ASH of a by b (the count is b's low 6 bits, signed:
  negative shifts right); ``\\>``: a unchanged if b is 0, else a shifted
  right one place with a 0 coming in, then ASH by 1-b (so a logical shift
  for b from 1 to 16); ``&``, ``|`` (also ``\\%``); ``a!b`` = a + ~b;
  ``a^b`` = the value of a with the type of b.  Arithmetic wraps at 16 bits.
- types combine by sec. 6.3 (``combine``): undefined wins; a register or
  keyword type ("other") behaves as absolute, and combined with an absolute
  keeps its type (``r0+3`` is ``r3``); ``+`` allows one relocatable (text,
  data, bss, undefined external) operand; ``-`` allows relocatable minus
  absolute and relocatable minus the same segment (absolute, but not for
  externals); every other operator wants absolutes.  An illegal combination
  is a relocation error ``r`` (reported in the last pass) whose result has
  the larger of the two types, an external counting as undefined.

An undefined external contributes 0 to the value and is remembered in
``Value.sym`` (its words are offsets from the symbol, for the loader); an
undefined symbol is remembered there too, to name it in messages.

The caller supplies a ``Context``: the location counter ``.``, the
temporary symbols, what a symbol stands for (and whether using it is an
error), and where errors go: ``syntax`` for those V6 found in its first
pass, ``final`` for those of its last.  ``Cursor`` walks a token list and
hands lexical errors (``err`` tokens) to a callback as it passes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol

from v6.pdp11.asmlex import Token
from v6.pdp11.asmsym import ABS, BSS, DATA, EXT, TEXT, UNDEF, Symbol

MASK = 0xFFFF
_PLAIN = (UNDEF, ABS, TEXT, DATA, BSS, EXT)
OPERATORS = frozenset("+-*/&|<>%!^")


class Value(NamedTuple):
    """An expression's type (``asmsym`` codes; ``EXT`` = undefined external) and value."""

    type: int
    value: int
    sym: Symbol | None = None
    """The undefined external (type ``EXT``) or the undefined symbol (``UNDEF``)."""


ZERO = Value(ABS, 0)


class Cursor:
    """A position in a token list that ends with ``eof`` (never passed).

    ``err`` tokens are not seen: each is handed to ``on_error`` the first
    time the cursor moves onto it."""

    def __init__(self, toks: list[Token], on_error: Callable[[Token], None] | None = None) -> None:
        self.toks = toks + toks[-1:]  # a spare eof, so that peek(1) needs no check
        self.on_error = on_error
        self.pos = 0
        self.last = self.toks[0]
        """The token most recently consumed (where an error is reported)."""
        self._skip_errors()

    def _skip_errors(self) -> None:
        while self.toks[self.pos].kind == "err":
            if self.on_error:
                self.on_error(self.toks[self.pos])
            self.pos += 1

    def peek(self, ahead: int = 0) -> Token:
        pos = self.pos
        for _ in range(ahead):
            pos += 1
            while self.toks[pos].kind == "err":
                pos += 1
        return self.toks[min(pos, len(self.toks) - 1)]

    def next(self) -> Token:
        tok = self.last = self.toks[self.pos]
        if tok.kind != "eof":
            self.pos += 1
            self._skip_errors()
        return tok

    def take(self, op: str) -> bool:
        """Consume the operator ``op`` if it comes next."""
        if is_op(self.peek(), op):
            self.next()
            return True
        return False


def is_op(tok: Token, op: str) -> bool:
    return tok.kind == "op" and tok.value == op


class Context(Protocol):
    dot_symbol: Symbol
    """The symbol ``.`` of the assembly's table."""

    def dot(self) -> Value: ...
    def temp(self, digits: str, forward: bool) -> Value: ...
    def symbol(self, sym: Symbol) -> Value: ...
    def syntax(self, letter: str, detail: str) -> None: ...
    def final(self, letter: str, detail: str) -> None: ...


def expression(cur: Cursor, ctx: Context) -> Value | None:
    """Read an expression; None if the tokens do not begin one."""
    acc, op, seen, pending = ZERO, "+", False, False
    while True:
        tok = cur.peek()
        if tok.kind == "op" and tok.value in OPERATORS:
            if pending:
                ctx.syntax("e", f"operator {tok.text} after operator {op}")
            op, seen, pending = tok.value, True, True
            cur.next()
            continue
        operand = _operand(cur, ctx)
        if operand is None:
            return acc if seen else None
        acc = _combine_checked(op, acc, operand, ctx)
        op, seen, pending = "+", True, False


def _combine_checked(op: str, a: Value, b: Value, ctx: Context) -> Value:
    v, legal = combine(op, a, b)
    if not legal:
        ctx.final("r", f"relocatable operand of {op}")
    return v


def _operand(cur: Cursor, ctx: Context) -> Value | None:
    tok = cur.peek()
    if tok.kind == "num":
        cur.next()
        return Value(ABS, tok.value)
    if tok.kind == "name":
        cur.next()
        return ctx.dot() if tok.value is ctx.dot_symbol else ctx.symbol(tok.value)
    if tok.kind == "temp":
        cur.next()
        return ctx.temp(*tok.value)
    if cur.take("["):
        inner = expression(cur, ctx)
        if inner is None:
            ctx.syntax("e", "nothing between [ and ]")
        if not cur.take("]"):
            ctx.syntax("]", "missing ]")
            cur.next()
        return inner or ZERO
    return None


def combine(op: str, a: Value, b: Value) -> tuple[Value, bool]:
    """``a op b`` with V6's rules for the type of the result; False if illegal."""
    v = _arith(op, a.value, b.value)
    if a.type == UNDEF or b.type == UNDEF:
        return Value(UNDEF, v, a.sym if a.type == UNDEF else b.sym), True
    if op == "^":
        return Value(b.type, a.value, b.sym), True
    other = _other(a.type, b.type)
    if other is not None:
        return Value(other, v), True
    ta = ABS if a.type not in _PLAIN else a.type
    tb = ABS if b.type not in _PLAIN else b.type
    if ta == tb == ABS:
        return Value(ABS, v), True
    if op == "+" and ABS in (ta, tb):
        return (Value(tb, v, b.sym) if ta == ABS else Value(ta, v, a.sym)), True
    if op == "-" and tb == ABS:
        return Value(ta, v, a.sym), True
    if op == "-" and ta == tb and ta != EXT:
        return Value(ABS, v), True
    return Value(max([ABS, *(t for t in (ta, tb) if t != EXT)]), v), False


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


def signed(n: int, bits: int = 16) -> int:
    """``n`` as a signed number of ``bits`` bits."""
    n &= (1 << bits) - 1
    return n - (1 << bits) if n >> (bits - 1) else n


def _divide(a: int, b: int) -> tuple[int, int]:
    """DIV of 0:a by b: (quotient, remainder); overflow leaves (0, a)."""
    divisor = signed(b)
    if divisor == 0:
        return 0, a
    q = abs(a) // abs(divisor) * (1 if divisor > 0 else -1)
    if not -0x8000 <= q <= 0x7FFF:
        return 0, a
    return q, a - q * divisor


def _ash(a: int, count: int) -> int:
    """ASH of a by the low 6 bits of count, signed."""
    n, v = signed(count, 6), signed(a)
    return (v << n if n >= 0 else v >> -n) & MASK


def _shift_right(a: int, b: int) -> int:
    """V6's ``\\>``: a clear-carry ROR, then ASH by 1-b (nothing at all for b 0)."""
    return _ash(a >> 1, 1 - b) if b else a


_ARITH: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: _divide(a, b)[0], "%": lambda a, b: _divide(a, b)[1],
    "&": lambda a, b: a & b, "|": lambda a, b: a | b,
    "<": _ash, ">": _shift_right,
    "!": lambda a, b: a + ~b, "^": lambda a, b: a,
}


def _arith(op: str, a: int, b: int) -> int:
    """The 16-bit result of an operator on 16-bit operands."""
    return _ARITH[op](a, b) & MASK
