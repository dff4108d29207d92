"""New: code for values wider than a word — 32-bit longs and structs.

A long lives in memory high word first; in registers it is an even/odd pair
(r0:r1 or r2:r3), high word in the even register, which is also how DIV,
MUL and ASHC see a 32-bit number.  Add, subtract, and, or, xor, negate,
complement, constant shifts and comparisons are inline (``add lo; adc hi;
add hi``); multiply, divide, modulo and unsigned right shifts by a variable
call libc helpers.  When a pair is not free, the right operand is parked in
a frame temporary.

Structs are copied word by word (``mov (r1)+,(r2)+``, a ``sob`` loop when
long); passed by pushing a copy; returned by copying into a static buffer
whose address comes back in r0 (the checker makes ``f()`` of struct type
``*f()``).
"""

from __future__ import annotations

from v6.cc.gencond import SIGNED, UNSIGNED
from v6.cc.genexpr import InReg, unsigned
from v6.cc.loc import STACK, Loc, imm, reg
from v6.cc.tree import (
    COMMUTATIVE,
    Assign,
    Binary,
    Cast,
    Cond,
    Const,
    Expr,
    IncDec,
    Name,
    Unary,
)
from v6.cc.types import LONG

_HELPERS = {("*", False): "__lmul", ("*", True): "__lmul", ("/", False): "__ldiv",
            ("/", True): "__uldiv", ("%", False): "__lrem", ("%", True): "__ulrem"}


def _pair(even: int) -> Loc:
    return Loc("pair", even, lo=even + 1, held=(even, even + 1))


def _halves(value: int) -> tuple[int, int]:
    value &= 0xFFFFFFFF
    return value >> 16, value & 0xFFFF


class WideGen:
    """Mixin of the function generator: longs and structs."""

    # --- operands and pairs -----------------------------------------------
    def simple_long(self, e: Expr) -> bool:
        """Whether a long operand of ``e`` needs no code (a constant or a plain object)."""
        if isinstance(e, Const | InReg):
            return True
        if isinstance(e, Name):
            return True
        if isinstance(e, Unary) and e.op == "*":
            p = e.a
            if isinstance(p, Binary) and p.op == "+" and isinstance(p.b, Const):
                p = p.a
            return self.simple_addr(p, 4) and not (isinstance(p, Name) and
                                                   p.sym.storage != "register")
        return isinstance(e, Cast) and e.a.type.size == 4 and self.simple_long(e.a)

    def long_operand(self, e: Expr) -> Loc:
        """A long value as an offsettable operand: constant, memory or a pair."""
        if isinstance(e, InReg):
            return e.loc
        if isinstance(e, Const):
            return imm(e.value)
        if isinstance(e, Name) or (isinstance(e, Unary) and e.op == "*"):
            return self.lvalue(e, offsettable=True)
        if isinstance(e, Cast) and e.a.type.size == 4:
            return self.long_operand(e.a)
        return self.long_pair(e)

    def take_pair(self, prefer: int | None = None) -> int:
        if prefer is not None and {prefer, prefer + 1} <= set(self.regs.free()):
            self.regs.hold(prefer, prefer + 1)
            return prefer
        even = self.regs.take_pair()
        if even is None:
            raise self.error("expression too complicated (no register pair free)")
        return even

    def long_load(self, loc: Loc, prefer: int | None = None) -> Loc:
        """A long object's value in a held pair (which may be ``loc``'s own address register)."""
        even = self.take_pair(prefer)
        words = [(loc.word(0), reg(even)), (loc.word(1), reg(even + 1))]
        if loc.mode == "mem" and loc.reg == even:
            words.reverse()  # the address is in the high register: load it last
        for src, dst in words:
            self.move(src, dst, False)
        return _pair(even)

    def long_pair(self, e: Expr, prefer: int | None = None) -> Loc:
        """Compute a long into a held pair."""
        if isinstance(e, InReg):
            return e.loc if e.loc.mode == "pair" else self.long_load(e.loc, prefer)
        if isinstance(e, Const | Name) or (isinstance(e, Unary) and e.op == "*"):
            # The address register may become part of the pair: long_load minds the order.
            loc = self.long_operand(e)
            self.free(loc)
            return self.long_load(loc, prefer)
        if isinstance(e, Cast):
            return self._widen(e, prefer)
        if isinstance(e, Unary):
            return self._long_unary(e, prefer)
        if isinstance(e, Binary):
            return self._long_binary(e, prefer)
        if isinstance(e, Assign):
            return self.long_assign(e, True)
        if isinstance(e, IncDec):
            return self.long_incdec(e, True)
        if isinstance(e, Cond):
            return self.conditional(e, prefer)
        return self.call(e)

    def _widen(self, e: Cast, prefer: int | None) -> Loc:
        """int/unsigned/char/pointer to long: sign- or zero-extend into the high word."""
        if e.a.type.size == 4:
            return self.long_pair(e.a, prefer)
        free = self.regs.free_pair()
        r = self.into_reg(e.a, want=None if free is None else free + 1)
        if r.reg % 2 == 1 and r.reg - 1 in self.regs.free():
            self.regs.hold(r.reg - 1)
            even = r.reg - 1
        elif r.reg % 2 == 0 and r.reg + 1 in self.regs.free():
            even = r.reg
            self.regs.hold(even + 1)
            self.emit("mov", r, reg(even + 1))
        else:
            even = self.take_pair(prefer)
            self.emit("mov", r, reg(even + 1))
            self.free(r)
        hi, lo = reg(even), reg(even + 1)
        if unsigned(e.a.type):
            self.emit("clr", hi)
        else:
            if self.em.needs_tst(lo.text(), False, "jmi"):
                self.emit("tst", lo)
            self.emit("sxt", hi)
        return _pair(even)

    def _long_unary(self, e: Unary, prefer: int | None) -> Loc:
        p = self.long_pair(e.a, prefer)
        hi, lo = p.word(0), p.word(1)
        if e.op == "-":
            self.emit("neg", hi)
            self.emit("neg", lo)
            self.emit("sbc", hi)
        else:
            self.emit("com", hi)
            self.emit("com", lo)
        return p

    # --- binary -----------------------------------------------------------
    def _long_binary(self, e: Binary, prefer: int | None) -> Loc:
        if e.op == ",":
            self.effect(e.a)
            return self.long_pair(e.b, prefer)
        if e.op in ("*", "/", "%"):
            return self.helper(_HELPERS[e.op, unsigned(e.type)], e.type, [e.a, e.b], None)
        if e.op in ("<<", ">>"):
            return self._long_shift(e, prefer)
        a, b = e.a, e.b
        if e.op in COMMUTATIVE and self.simple_long(a) and not self.simple_long(b):
            a, b = b, a
        p, lb = self.long_operands(a, b, prefer)
        self.long_apply(e.op, lb, p)
        self.free(lb)
        return p

    def long_operands(self, a: Expr, b: Expr, prefer: int | None = None) -> tuple[Loc, Loc]:
        """``a`` in a pair, ``b`` as an offsettable operand (parked in the frame if need be)."""
        if self.simple_long(b):
            p = self.long_pair(a, prefer)
            return p, self.long_operand(b)
        q = self.long_pair(b)
        if self.regs.free_pair() is not None and self.need(a) < len(self.regs.free()):
            return self.long_pair(a, prefer), q
        tmp = self.frame_temp(4)
        self.store(q, tmp, LONG)
        self.free(q)
        return self.long_pair(a, prefer), tmp

    def long_apply(self, op: str, src: Loc, p: Loc) -> None:
        """``p op= src`` for + - & | ^ on a pair."""
        hi, lo = p.word(0), p.word(1)
        shi, slo = src.word(0), src.word(1)
        if op in ("+", "-"):
            add, carry = ("add", "adc") if op == "+" else ("sub", "sbc")
            if not _zero(slo):
                self.emit(add, slo, lo)
                self.emit(carry, hi)
            if not _zero(shi):
                self.emit(add, shi, hi)
        elif op == "|":
            for s, d in ((shi, hi), (slo, lo)):
                if not _zero(s):
                    self.emit("bis", s, d)
        elif op == "&":
            for s, d in ((shi, hi), (slo, lo)):
                if not (s.mode == "imm" and s.disp & 0xFFFF == 0xFFFF):
                    self.and_into(_held_view(s, src), d)
        else:
            self.xor_into(shi, hi)
            self.xor_into(slo, lo)

    def _long_shift(self, e: Binary, prefer: int | None) -> Loc:
        left = e.op == "<<"
        if isinstance(e.b, Const):
            p = self.long_pair(e.a, prefer)
            self._long_shift_const(e.b.value, left, unsigned(e.type), p)
            return p
        if not left and unsigned(e.type):
            return self.helper("__ulrsh", e.type, [e.a, e.b], None)
        if self.need(e.b) < len(self.regs.free()) - 2:
            p = self.long_pair(e.a, prefer)
            count = self.operand(e.b) if left else self.into_reg(e.b)
        else:
            c = self.into_reg(e.b)
            self.push(c)
            self.free(c)
            count = STACK
            p = self.long_pair(e.a, prefer)
        if not left:
            self.emit("neg", "(sp)" if count.mode == "stack" else count)
        self.emit("ashc", count, reg(p.reg))
        self.free(count)
        return p

    def _long_shift_const(self, n: int, left: bool, logical: bool, p: Loc) -> None:
        if n <= 0:
            return
        hi, lo = p.word(0), p.word(1)
        if n >= 32:
            self.emit("clr", lo)
            self.emit("clr", hi) if left or logical else self.emit("sxt", hi)
            return
        self.emit("ashc", imm(n if left else -n), hi)
        if left or not logical:
            return
        if n < 16:
            self.emit("bic", imm((0xFFFF << (16 - n)) & 0xFFFF), hi)
            return
        self.emit("clr", hi)
        if n > 16:
            self.emit("bic", imm((0xFFFF << (32 - n)) & 0xFFFF), lo)

    # --- assignment -------------------------------------------------------
    def long_assign(self, e: Assign, value: bool) -> Loc:
        """Assignment to a long (or to an int from long arithmetic)."""
        if e.op is not None and not (e.op in ("+", "-") and e.optype == e.type):
            return self._compound_general(e, None, value)
        if self.simple_long(e.b) or self.simple_long(e.a):
            src = self.long_operand(e.b)
            dst = self.lvalue(e.a, offsettable=True, reusable=True)
        else:
            src = self.long_pair(e.b)
            dst = self.lvalue(e.a, offsettable=True, reusable=True)
        if e.op is None:
            self.store(src, dst, LONG)
        else:
            self.long_apply(e.op, src, dst)
        self.free(src)
        if not value:
            self.free(dst)
            return imm(0)
        self.free(dst)
        return self.long_load(dst)

    def long_incdec(self, e: IncDec, value: bool) -> Loc:
        dst = self.lvalue(e.a, offsettable=True, reusable=True)
        p = self.long_load(dst) if value and e.post else None
        self.long_apply("+", imm(e.delta), dst)
        self.free(dst)
        if not value:
            return imm(0)
        return p if e.post else self.long_load(dst)

    # --- conditions -------------------------------------------------------
    def long_compare(self, op: str, a: Expr, b: Expr, label: str) -> None:
        """Jump to ``label`` if ``a op b`` (longs): high words signed, low words unsigned."""
        if self.simple_long(b):
            la = self.long_operand(a)
            lb = self.long_operand(b)
        elif self.simple_long(a):
            lb = self.long_operand(b)
            la = self.long_operand(a)
        else:
            la, lb = self.long_operands(a, b)
        high = UNSIGNED if unsigned(a.type) else SIGNED
        skip = self.label()
        self._compare_words(la.word(0), lb.word(0))
        if op == "==":
            self.em.op("jne", skip)
        elif op == "!=":
            self.em.op("jne", label)
        else:
            self.em.op(high[op.rstrip("=")], label)
            self.em.op("jne", skip)
        self._compare_words(la.word(1), lb.word(1))
        self.em.op(UNSIGNED[op], label)
        self.place(skip)
        self.free(la)
        self.free(lb)

    def _compare_words(self, a: Loc, b: Loc) -> None:
        if _zero(b):
            self.emit("tst", a)
        else:
            self.emit("cmp", a, b)

    def long_truth(self, e: Expr, label: str, sense: bool) -> None:
        """Jump to ``label`` if a long is non-zero (``sense``) or zero (not ``sense``)."""
        self.long_compare("!=" if sense else "==", e, Const(e.type, 0), label)

    # --- structs ----------------------------------------------------------
    def struct_address(self, e: Expr) -> Loc:
        """The address of a struct object in a held register."""
        if isinstance(e, Name):
            if e.sym.storage in ("auto", "param"):
                return self.local_address(e, 0, None)
            r = reg(self.alloc())
            self.unit.ref(e.sym.label)
            self.emit("mov", imm(0, e.sym.label), r)
            return r
        if isinstance(e, Unary) and e.op == "*":
            return self.into_reg(e.a)
        if isinstance(e, Assign):
            return self.struct_assign(e, True)
        raise self.error("unsupported use of a struct value")

    def struct_assign(self, e: Assign, value: bool) -> Loc:
        """``a = b`` of structs: copy ``size`` bytes; the address of ``a`` if ``value``."""
        size = e.type.size
        src = self.struct_address(e.b)
        dst = self.struct_address(e.a)
        self.copy_words(src, dst, size // 2)
        self.free(src)
        if not value:
            self.free(dst)
            return imm(0)
        self.emit("sub", imm(size), dst)
        return dst

    def copy_words(self, src: Loc, dst: Loc, words: int, down: bool = False) -> None:
        """Copy ``words`` words from ``(src)+`` to ``(dst)+`` (``-(src)`` to ``-(dst)`` if ``down``).

        A ``sob`` loop when long, unless no register is left to count with.
        """
        mode = "dec" if down else "inc"
        s, d = Loc(mode, src.reg), Loc(mode, dst.reg)
        if words <= 4 or not self.regs.free():
            for _ in range(words):
                self.emit("mov", s, d)
            return
        count = reg(self.alloc())
        self.emit("mov", imm(words), count)
        top = self.label()
        self.place(top)
        self.emit("mov", s, d)
        self.emit("sob", count, top)
        self.free(count)

    def push_struct(self, arg: Expr) -> int:
        """Push a copy of a struct argument; returns the bytes to pop."""
        size = arg.type.size
        src = self.struct_address(arg)
        self.emit("add", imm(size), src)
        spare = self.depth == 0
        if spare:
            # The copy starts in the spare word: step over it so the first push lands there.
            self.emit("tst", "(sp)+")
        self.copy_words(src, reg(6, held=False), size // 2, down=True)
        self.free(src)
        self.depth += size
        return size - 2 if spare else size

    def struct_result(self, e: Expr, buffer: str) -> None:
        """``return s;`` of a struct: copy into ``buffer``, its address in r0."""
        src = self.struct_address(e)
        dst = reg(self.alloc())
        self.emit("mov", imm(0, buffer), dst)
        self.copy_words(src, dst, e.type.size // 2)
        self.free(src)
        self.free(dst)
        self.emit("mov", imm(0, buffer), "r0")


def _zero(loc: Loc) -> bool:
    return loc.mode == "imm" and not loc.sym and loc.disp & 0xFFFF == 0


def _held_view(word: Loc, whole: Loc) -> Loc:
    """A word of ``whole`` that may be clobbered if ``whole`` is a held pair."""
    if whole.mode == "pair" and word.mode == "reg":
        return Loc("reg", word.reg, held=(word.reg,))
    return word

