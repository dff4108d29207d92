"""New: code for conditions — jumps, not values, wherever C tests something.

``cond(e, label, sense)`` jumps to ``label`` when the truth of ``e`` equals
``sense`` and falls through otherwise.  ``&&``, ``||`` and ``!`` become
jumps with no value ever computed; a comparison is one ``cmp`` (``cmpb``
when both sides are chars, or a char and a constant that fits) and one
branch, signed or unsigned by the operands' type; a comparison with zero is
a ``tst``, left out when the previous instruction already set the flags
(``Emitter.needs_tst``); ``x & MASK`` tested is ``bit $MASK,x``.  32-bit
comparisons test the high words, then the low words unsigned.

``bool_value`` is the same machinery when a 0 or 1 is wanted:
``clr r; <jump past if false>; inc r``.
"""

from __future__ import annotations

from v6.cc.loc import Loc, imm, reg
from v6.cc.tree import COMPARISONS, Addr, Assign, Binary, Cast, Const, Expr, Unary
from v6.cc.types import Int

NEGATE = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
MIRROR = {"==": "==", "!=": "!=", "<": ">", ">": "<", "<=": ">=", ">=": "<="}
SIGNED = {"==": "jeq", "!=": "jne", "<": "jlt", ">": "jgt", "<=": "jle", ">=": "jge"}
UNSIGNED = {"==": "jeq", "!=": "jne", "<": "jlo", ">": "jhi", "<=": "jlos", ">=": "jhis"}


class CondGen:
    """Mixin of the function generator: conditions and truth values."""

    def cond(self, e: Expr, label: str, sense: bool) -> None:
        """Jump to ``label`` if ``bool(e) == sense``."""
        if isinstance(e, Const | Addr):
            if bool(e.value if isinstance(e, Const) else 1) == sense:
                self.jump(label)
            return
        if isinstance(e, Unary) and e.op == "!":
            self.cond(e.a, label, not sense)
        elif isinstance(e, Binary) and e.op in ("&&", "||"):
            self._andor(e, label, sense)
        elif isinstance(e, Binary) and e.op == ",":
            self.effect(e.a)
            self.cond(e.b, label, sense)
        elif isinstance(e, Binary) and e.op in COMPARISONS:
            self.compare(e.op if sense else NEGATE[e.op], e.a, e.b, label)
        elif isinstance(e, Binary) and e.op == "&" and e.type.size == 2 and (
                isinstance(e.b, Const) or isinstance(e.a, Const)):
            self._bit_test(e, label, sense)
        elif e.type.size == 4:
            self.long_truth(e, label, sense)
        else:
            self.compare("!=" if sense else "==", e, Const(e.type, 0), label)

    def _andor(self, e: Binary, label: str, sense: bool) -> None:
        if (e.op == "||") == sense:
            self.cond(e.a, label, sense)
            self.cond(e.b, label, sense)
        else:
            skip = self.label()
            self.cond(e.a, skip, not sense)
            self.cond(e.b, label, sense)
            self.place(skip)

    def _bit_test(self, e: Binary, label: str, sense: bool) -> None:
        mask, x = (e.b, e.a) if isinstance(e.b, Const) else (e.a, e.b)
        inner = _char_view(x)
        if inner is not None and 0 <= mask.value <= 0o377:
            loc, byte = self.operand(inner), True
        else:
            loc, byte = self.operand(x), False
        self.emit("bitb" if byte else "bit", imm(mask.value), loc)
        self.free(loc)
        self.em.op("jne" if sense else "jeq", label)

    def compare(self, op: str, a: Expr, b: Expr, label: str) -> None:
        """Jump to ``label`` if ``a op b``."""
        if a.type.size == 4:
            self.long_compare(op, a, b, label)
            return
        if isinstance(a, Const) and not isinstance(b, Const):
            a, b, op = b, a, MIRROR[op]
        is_unsigned = _is_unsigned(a.type)
        byte = _byte_pair(a, b, is_unsigned)
        if byte:
            a, b = byte
            is_unsigned = is_unsigned or _is_unsigned(a.type)
        if isinstance(b, Const) and b.value == 0:
            self._test_zero(op, a, label, byte is not None, is_unsigned)
            return
        la, lb = self._compare_operands(a, b)
        self.emit("cmpb" if byte else "cmp", la, lb)
        self.free(la)
        self.free(lb)
        self.em.op((UNSIGNED if is_unsigned else SIGNED)[op], label)

    def _test_zero(self, op: str, a: Expr, label: str, byte: bool, is_unsigned: bool) -> None:
        if isinstance(a, Assign) and a.op is None and a.type.size <= 2:
            # The move that stores the value sets N and Z by it (and clears V).
            self.assign(a, value=False)
            self.em.op(self._zero_branch(op, is_unsigned), label)
            return
        if is_unsigned:
            if op in ("<", ">="):
                if op == ">=":
                    self.effect(a)
                    self.jump(label)
                else:
                    self.effect(a)
                return
        branch = self._zero_branch(op, is_unsigned)
        loc = self.operand(a)
        if self.em.needs_tst(loc.text(), byte, branch) or loc.mode in ("inc", "dec"):
            self.emit("tstb" if byte else "tst", loc)
        self.free(loc)
        self.em.op(branch, label)

    @staticmethod
    def _zero_branch(op: str, is_unsigned: bool) -> str:
        """The branch taken when ``x op 0``, after the flags were set by ``x``."""
        if is_unsigned:
            op = {">": "!=", "<=": "=="}.get(op, op)
        return {"<": "jmi", ">=": "jpl"}.get(op, SIGNED[op])

    def _compare_operands(self, a: Expr, b: Expr) -> tuple[Loc, Loc]:
        """Both sides of a comparison as operands, evaluated in a good order."""
        if self.simple(b):
            la = self.operand(a)
            return la, self.operand(b)
        if self.simple(a):
            lb = self.operand(b)
            return self.operand(a), lb
        return self.operands(a, b)

    def bool_value(self, e: Expr, want: int | None = None) -> Loc:
        """0 or 1 in a register: the truth of ``e``.

        ``clr r; <jump past if false>; inc r`` — or, when the test itself
        needs every register, the test first and ``r`` set on both paths.
        """
        skip = self.label()
        if self.need(e) < len(self.regs.free()):
            r = reg(self.alloc(want))
            self.emit("clr", r)
            self.cond(e, skip, False)
            self.emit("inc", r)
            self.place(skip)
            return r
        self.cond(e, skip, False)
        r = reg(self.alloc(want))
        end = self.label()
        self.emit("mov", "$1", r)
        self.jump(end)
        self.place(skip)
        self.emit("clr", r)
        self.place(end)
        return r


def _is_unsigned(t: object) -> bool:
    return not (isinstance(t, Int) and t.signed)


def _char_view(e: Expr) -> Expr | None:
    """``e`` as a char: a char itself, or the char under an int conversion of it."""
    if e.type.size == 1:
        return e
    if isinstance(e, Cast) and e.a.type.size == 1 and e.type.size == 2:
        return e.a
    return None


def _byte_pair(a: Expr, b: Expr, is_unsigned: bool) -> tuple[Expr, Expr] | None:
    """Both sides as chars, when comparing the bytes gives the same answer as the ints.

    The bytes compare unsigned when the ints do or the chars are unsigned: a
    signed char widened to unsigned lands above every value 0..127, as its
    byte does above 0..127 read unsigned, so such a comparison stays exact
    as long as a constant on the other side is within 0..127.
    """
    ca = _char_view(a)
    if ca is None:
        return None
    cb = _char_view(b)
    if cb is not None:
        return (ca, cb) if ca.type == cb.type else None
    if isinstance(b, Const):
        t = ca.type
        assert isinstance(t, Int)
        lo, hi = (0, 255) if not t.signed else (0, 127) if is_unsigned else (-128, 127)
        if lo <= b.value <= hi:
            return ca, Const(t, b.value)
    return None
