"""New: code for expressions of 8 and 16 bits, calls, and the operands of everything.

The heart of the code generator is the operand: ``operand(e)`` gives any
expression as one PDP-11 operand (``Loc``), computing into a register only
what no addressing mode can reach.  Variables are ``-10(r5)``, ``_x`` or a
register; ``*p`` is ``(r2)``, ``*-10(r5)`` or ``_a(r1)``; ``p->f`` is
``4(r2)``; ``*p++`` of a register pointer is ``(r2)+``.  So ``x = y``
is one ``mov``, ``x += 2`` one ``add``, ``while (*s++ = *t++)`` one ``movb``.

``into_reg(e)`` computes into a temporary register.  For a binary operator
the operand that needs more registers (Sethi-Ullman numbers, ``need``) goes
first; a call counts as needing all of them, so calls are made while few
values are live.  When the registers run short the right operand is pushed
and used as ``(sp)+``.  A call pushes any live r0/r1 around itself (r2-r4
survive calls: every function saves them).

Calls follow the V6 convention: arguments pushed right to left, ``jsr
pc,_f``, the caller pops, the result in r0 (r0:r1 for long).  The last
argument pushed goes into the spare word every frame keeps at the top of the
stack (``mov x,(sp)``) when nothing else is pending there, which saves one
pop per call.  Helpers for what the machine lacks (unsigned division,
32-bit multiply/divide/shift) are ordinary calls to libc routines with
names reserved to the implementation: ``__udiv``, ``__urem``, ``__ursh``,
``__idiv``, ``__irem`` (signed division when no register pair is free),
``__lmul``, ``__ldiv``, ``__lrem``, ``__uldiv``, ``__ulrem``, ``__ulrsh``.

Conditions (``gencond``) and 32-bit arithmetic (``genlong``) are mixins of
the same generator; ``genstmt.FunctionGen`` puts them together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from v6.cc.emit import Emitter
from v6.cc.front import CompileError, error_at
from v6.cc.loc import STACK, Loc, imm, reg
from v6.cc.regs import Regs
from v6.cc.tree import (
    COMMUTATIVE,
    COMPARISONS,
    Addr,
    Assign,
    Binary,
    Call,
    Cast,
    Cond,
    Const,
    Expr,
    IncDec,
    Name,
    Unary,
)
from v6.cc.types import INT, CType, Func, Int, Pointer, Struct, Void
from v6.cc.unit import Unit

BIG = 16
"""The register need of anything containing a call: more than there are registers."""

_MEMORY = ("auto", "param", "global", "static", "extern")


@dataclass(eq=False)
class InReg(Expr):
    """A value already computed into a register (a leaf the generator builds for itself)."""

    type: CType
    loc: Loc


def children(e: Expr) -> list[Expr]:
    """The operands of a node."""
    if isinstance(e, Unary | Cast | IncDec):
        return [e.a]
    if isinstance(e, Binary | Assign):
        return [e.a, e.b]
    if isinstance(e, Cond):
        return [e.c, e.a, e.b]
    if isinstance(e, Call):
        return [e.func, *e.args]
    return []


def pure(e: Expr) -> bool:
    """Whether evaluating ``e`` can have no effect but its value."""
    if isinstance(e, Assign | IncDec | Call):
        return False
    return all(pure(k) for k in children(e))


def unsigned(t: CType) -> bool:
    """Whether values of ``t`` compare and shift as unsigned (pointers do)."""
    return not (isinstance(t, Int) and t.signed)


def _b(mnemonic: str, byte: bool) -> str:
    return mnemonic + "b" if byte else mnemonic


def _log2(n: int) -> int | None:
    return n.bit_length() - 1 if n > 0 and n & (n - 1) == 0 else None


class ExprGen:
    """Expression code of one function (see the module docstring)."""

    def __init__(self, unit: Unit) -> None:
        self.unit = unit
        self.em = Emitter()
        self.regs = Regs()
        self.depth = 0
        """Bytes the expression code has on the stack, the spare word counted when in use."""
        self.node: Any = None
        """The statement being compiled (for error positions)."""
        self._needs: dict[int, int] = {}

    # --- small tools ------------------------------------------------------
    def emit(self, mnemonic: str, *operands: Loc | str) -> None:
        self.em.op(mnemonic, *(o if isinstance(o, str) else o.text() for o in operands))

    def error(self, message: str) -> CompileError:
        return error_at(getattr(self.node, "coord", None), message)

    def alloc(self, prefer: int | None = None, avoid: tuple[int, ...] = ()) -> int:
        r = self.regs.take(prefer, avoid)
        if r is None:
            raise self.error("expression too complicated (simplify it or use fewer "
                             "register variables)")
        return r

    def free(self, loc: Loc) -> None:
        """Release what an operand holds (a ``(sp)+`` operand has been popped)."""
        if loc.mode == "stack":
            self.depth -= 2
        self.regs.release(loc.held)

    def push(self, loc: Loc) -> None:
        """Push a word (never into the spare word: it will be popped by ``(sp)+``).

        The caller still frees ``loc``."""
        self.move(loc, Loc("dec", 6), False)
        self.depth += 2

    def move(self, src: Loc, dst: Loc, byte: bool) -> None:
        if src.mode == "imm" and src.disp == 0 and not src.sym:
            self.emit(_b("clr", byte), dst)
        else:
            self.emit(_b("mov", byte), src, dst)

    def label(self) -> str:
        return self.unit.label()

    def place(self, label: str) -> None:
        self.em.label(label)

    def jump(self, label: str) -> None:
        self.em.op("jbr", label)

    # --- register need ----------------------------------------------------
    def need(self, e: Expr) -> int:
        """Registers needed to compute ``e`` into a register (``BIG`` with a call)."""
        n = self._needs.get(id(e))
        if n is None:
            n = self._needs[id(e)] = self._need(e)
        return n

    def _need(self, e: Expr) -> int:
        # Calls clobber r0/r1 and 32-bit values want a register pair: compute
        # such things first, or while nothing else is held.
        if isinstance(e, Call) or (e.type.size == 4 and not isinstance(e, Const | Name)):
            return BIG
        width = 2 if e.type.size == 4 else 1
        kids = sorted((self.need(k) for k in children(e)), reverse=True)
        if not kids:
            return width
        n = kids[0] if len(kids) == 1 else max(kids[0], kids[1] + 1)
        if isinstance(e, Binary) and e.op in ("*", "/", "%"):
            n = max(n, 2)
        return max(n, width)

    def reset(self) -> None:
        """Forget per-statement state."""
        self._needs.clear()

    # --- what needs no code ----------------------------------------------
    def simple(self, e: Expr) -> bool:
        """Whether ``operand(e)`` emits no code and holds no register."""
        if isinstance(e, Const | Addr | InReg):
            return True
        if isinstance(e, Name):
            return e.sym.storage in (*_MEMORY, "register") and _scalar_object(e.type)
        if isinstance(e, Unary) and e.op == "*":
            return _scalar_object(e.type) and self.simple_addr(e.a, e.type.size)
        if isinstance(e, Cast) and e.type.size <= e.a.type.size == 2:
            return self.simple(e.a)
        return False

    def simple_addr(self, p: Expr, size: int) -> bool:
        """Whether ``*p`` (an object of ``size`` bytes) is an addressing mode without code."""
        p = strip(p)
        if isinstance(p, Addr | Const):
            return True
        if isinstance(p, Unary) and p.op == "&":
            return isinstance(p.a, Name) and p.a.sym.storage in ("auto", "param")
        if isinstance(p, Name):
            return p.sym.storage == "register" or (p.sym.storage in _MEMORY and size <= 2)
        if isinstance(p, Binary) and p.op == "+" and isinstance(p.b, Const):
            return self.simple_addr(p.a, 4) and not isinstance(p.a, Const)
        return self._autostep(p, size) is not None

    def _autostep(self, p: Expr, size: int) -> Loc | None:
        """``(rN)+`` for ``*p++`` and ``-(rN)`` for ``*--p`` of a register pointer."""
        if not (isinstance(p, IncDec) and isinstance(p.a, Name) and size in (1, 2)):
            return None
        if p.a.sym.storage != "register":
            return None
        if p.post and p.delta == size:
            return Loc("inc", p.a.sym.reg)
        if not p.post and p.delta == -size:
            return Loc("dec", p.a.sym.reg)
        return None

    # --- operands ---------------------------------------------------------
    def operand(self, e: Expr) -> Loc:
        """``e``'s value as one operand of its own width (1, 2 or 4 bytes)."""
        if isinstance(e, InReg):
            return e.loc
        if isinstance(e, Const):
            return imm(e.value)
        if isinstance(e, Addr):
            self.unit.ref(e.label)
            return imm(e.offset, e.label)
        if e.type.size == 4:
            return self.long_operand(e)
        if (isinstance(e, Name) or (isinstance(e, Unary) and e.op == "*")) and _scalar_object(
                e.type):
            return self.lvalue(e)
        if isinstance(e, Cast) and 0 < e.type.size <= e.a.type.size:
            inner = self.operand(e.a)
            return self.low_word(inner) if e.a.type.size == 4 else inner
        return self.into_reg(e)

    def low_word(self, loc: Loc) -> Loc:
        """The low word of a 32-bit operand, holding what it held but no more."""
        if loc.mode == "pair":
            self.regs.release([loc.reg])
            return reg(loc.lo)
        low = loc.word(1)
        return Loc(low.mode, low.reg, low.disp, low.sym, held=loc.held)

    def lvalue(self, e: Expr, offsettable: bool = False, reusable: bool = False) -> Loc:
        """The object ``e`` designates, as an operand.

        ``offsettable``: the object's later words must be reachable too (no
        ``*p`` through memory, no auto-increment); ``reusable``: the operand
        may be used twice (no auto-increment).
        """
        if isinstance(e, Name):
            sym = e.sym
            if sym.storage in ("auto", "param"):
                return Loc("mem", 5, sym.offset)
            if sym.storage == "register":
                return Loc("reg", sym.reg)
            self.unit.ref(sym.label)
            return Loc("mem", sym=sym.label)
        if isinstance(e, Unary) and e.op == "*":
            size = 4 if offsettable else e.type.size
            return self.address_mode(e.a, size, reusable)
        raise self.error("not an object")

    def address_mode(self, p: Expr, size: int, reusable: bool = False) -> Loc:
        """``*p`` as an operand, for an object of ``size`` bytes (4: must be offsettable)."""
        p = strip(p)
        if isinstance(p, Addr):
            self.unit.ref(p.label)
            return Loc("mem", sym=p.label, disp=p.offset)
        if isinstance(p, Const):
            return Loc("mem", disp=p.value)
        if isinstance(p, Unary) and p.op == "&" and isinstance(p.a, Name) and \
                p.a.sym.storage in ("auto", "param"):
            return Loc("mem", 5, p.a.sym.offset)
        if isinstance(p, Name) and p.sym.storage == "register":
            return Loc("mem", p.sym.reg)
        if isinstance(p, Name) and p.sym.storage in _MEMORY and size <= 2:
            inner = self.lvalue(p)
            return Loc("defer", inner.reg, inner.disp, inner.sym)
        if isinstance(p, Binary) and p.op == "+":
            return self._indexed(p, size)
        step = self._autostep(p, size)
        if step is not None and not reusable:
            return step
        if isinstance(p, IncDec) and not p.post and isinstance(p.a, Name) and \
                p.a.sym.storage == "register":
            # *++p of a register pointer: step it, then use it where it is.
            self.add_const(p.delta, Loc("reg", p.a.sym.reg))
            return Loc("mem", p.a.sym.reg)
        r = self.into_reg(p)
        return Loc("mem", r.reg, held=r.held)

    def _indexed(self, p: Binary, size: int) -> Loc:
        """``*(base + offset)``: a constant offset or an index register joins the base's mode."""
        base, off = p.a, p.b
        if isinstance(off, Const):
            inner = self.address_mode(base, 4)
            if inner.mode == "mem":
                return inner.at(off.value)
            self.free(inner)
        elif isinstance(base, Addr) or _local_address(base):
            r = self.into_reg(off)
            if isinstance(base, Addr):
                self.unit.ref(base.label)
                return Loc("mem", r.reg, base.offset, base.label, held=r.held)
            self.emit("add", "r5", r)
            return Loc("mem", r.reg, base.a.sym.offset, held=r.held)
        r = self.into_reg(p)
        return Loc("mem", r.reg, held=r.held)

    # --- into a register --------------------------------------------------
    def into_reg(self, e: Expr, want: int | None = None) -> Loc:
        """Compute ``e`` into a temporary register (a pair for 32 bits); it is held."""
        if e.type.size == 4:
            return self.long_pair(e)
        return self.owned(self._word(e, want), want)

    def into_exact(self, e: Expr, r: int) -> None:
        """Compute ``e`` into register ``r`` (free now, held afterwards)."""
        loc = self.into_reg(e, want=r)
        if loc.reg != r:
            self.regs.hold(r)
            self.emit("mov", loc, reg(r))
            self.free(loc)

    def owned(self, loc: Loc, want: int | None = None) -> Loc:
        """``loc`` as a held temporary register (copied unless it already is one)."""
        if loc.mode == "reg" and loc.reg in loc.held:
            return loc
        r = self._pick(loc, want)
        self.emit("mov", loc, reg(r))
        self.free(loc)
        self.regs.hold(r)
        return reg(r)

    def _pick(self, loc: Loc, want: int | None) -> int:
        """A register to load ``loc`` into: ``want``, or one ``loc`` already holds."""
        if want is not None and want in self.regs.free():
            self.regs.hold(want)
            return want
        if loc.held:
            return loc.held[0]
        return self.alloc()

    def load(self, loc: Loc, t: CType, want: int | None = None) -> Loc:
        """The value of the object ``loc`` of type ``t`` in a held register, as an int."""
        if t.size == 2 or loc.mode == "reg" and loc.reg in loc.held:
            return self.owned(loc, want)
        r = self._pick(loc, want)
        self.emit("movb", loc, reg(r))
        self.free(loc)
        self.regs.hold(r)
        if not (isinstance(t, Int) and t.signed):
            self.emit("bic", "$177400", reg(r))
        return reg(r)

    def _word(self, e: Expr, want: int | None) -> Loc:
        if isinstance(e, InReg):
            if e.type.size == 1 and e.loc.mode != "reg":
                return self.load(e.loc, e.type, want)
            return e.loc
        if isinstance(e, Const | Addr):
            r = self.alloc(want)
            self.move(self.operand(e), reg(r), False)
            return reg(r)
        if isinstance(e, Name | Unary) and (not isinstance(e, Unary) or e.op == "*"):
            return self.load(self.lvalue(e), e.type, want)
        method = {Cast: self._cast, Unary: self._unary, Binary: self._binary,
                  Assign: self.assign, IncDec: self.incdec, Cond: self.conditional,
                  Call: self.call}[type(e)]
        return method(e, want)

    def _cast(self, e: Cast, want: int | None) -> Loc:
        t, a = e.type, e.a
        if isinstance(t, Void):
            self.effect(a)
            return imm(0)
        if a.type.size == 4:
            r = self.load(self.low_word(self.long_operand(a)), INT, want)
        elif a.type.size == 1 and t.size == 2:
            if not (isinstance(a, Name) or isinstance(a, Unary) and a.op == "*"):
                return self.into_reg(a, want)  # a char value: computed, then extended
            loc = self.operand(a)
            return loc if loc.mode == "reg" else self.load(loc, a.type, want)
        else:
            r = self.into_reg(a, want)
        if t.size == 1 and t != a.type:
            self.narrow(r, t)
        return r

    def narrow(self, r: Loc, t: CType) -> None:
        """Make the int in ``r`` a value of the char type ``t`` (sign- or zero-extended)."""
        if isinstance(t, Int) and t.signed:
            self.emit("movb", r, r)
        else:
            self.emit("bic", "$177400", r)

    def _unary(self, e: Unary, want: int | None) -> Loc:
        if e.op == "!":
            return self.bool_value(e, want)
        if e.op == "&":
            return self.local_address(e.a, 0, want)
        r = self.into_reg(e.a, want)
        self.emit({"-": "neg", "~": "com"}[e.op], r)
        return r

    def local_address(self, x: Expr, extra: int, want: int | None) -> Loc:
        """The address of a local object plus ``extra``, in a register."""
        if not (isinstance(x, Name) and x.sym.storage in ("auto", "param")):
            raise self.error("cannot take this address")
        r = reg(self.alloc(want))
        self.emit("mov", "r5", r)
        self.add_const(x.sym.offset + extra, r)
        return r

    def add_const(self, n: int, dst: Loc, byte: bool = False) -> None:
        """``dst += n``, as ``inc``/``dec`` where that will do."""
        n = INT.wrap(n)
        if n == 1:
            self.emit(_b("inc", byte), dst)
        elif n == -1:
            self.emit(_b("dec", byte), dst)
        elif n > 0:
            self.emit("add", imm(n), dst)
        elif n < 0:
            self.emit("sub", imm(-n), dst)

    # --- binary operators -------------------------------------------------
    def _binary(self, e: Binary, want: int | None) -> Loc:
        if e.op == ",":
            self.effect(e.a)
            return self.into_reg(e.b, want)
        if e.op in COMPARISONS or e.op in ("&&", "||"):
            return self.bool_value(e, want)
        if e.op == "*":
            return self._multiply(e, want)
        if e.op in ("/", "%"):
            return self._divide(e, want)
        if e.op in ("<<", ">>"):
            return self._shift(e, want)
        a, b = e.a, e.b
        if e.op == "+" and isinstance(b, Const) and _local_address(strip(a)):
            return self.local_address(strip(a).a, b.value, want)
        if e.op in COMMUTATIVE and self.simple(a) and not self.simple(b):
            a, b = b, a
        ra, lb = self.operands(a, b, want)
        self.apply(e.op, lb, ra)
        self.free(lb)
        return ra

    def operands(self, a: Expr, b: Expr, want: int | None = None) -> tuple[Loc, Loc]:
        """``a`` in a held register and ``b`` as an operand, evaluated in a good order."""
        if self.simple(b):
            ra = self.into_reg(a, want)
            return ra, self.operand(b)
        na, nb = self.need(a), self.need(b)
        room = len(self.regs.free())
        if min(na, nb) < min(room, BIG):
            if nb > na:
                lb = self.into_reg(b)
                return self.into_reg(a, want), lb
            ra = self.into_reg(a, want)
            return ra, self.operand(b)
        rb = self.into_reg(b)
        self.push(rb)
        self.free(rb)
        return self.into_reg(a, want), STACK

    def apply(self, op: str, src: Loc, dst: Loc) -> None:
        """``dst op= src`` for + - | & ^ on words; ``dst`` is a register."""
        if op == "+" and src.mode == "imm" and not src.sym:
            self.add_const(src.disp, dst)
        elif op == "-" and src.mode == "imm" and not src.sym:
            self.add_const(-src.disp, dst)
        elif op in ("+", "-", "|"):
            self.emit({"+": "add", "-": "sub", "|": "bis"}[op], src, dst)
        elif op == "&":
            self.and_into(src, dst)
        else:
            self.xor_into(src, dst)

    def and_into(self, src: Loc, dst: Loc, byte: bool = False) -> None:
        """``dst &= src`` (the PDP-11 has only bit clear: clear the complement)."""
        if src.mode == "imm" and not src.sym:
            self.emit(_b("bic", byte), imm(~src.disp & (0o377 if byte else 0o177777)), dst)
        elif src.mode == "reg" and src.reg in src.held:
            self.emit("com", src)
            self.emit(_b("bic", byte), src, dst)
        elif src.mode == "stack":
            self.emit("com", "(sp)")
            self.emit(_b("bic", byte), src, dst)
        elif self.regs.free():
            r = reg(self.alloc())
            self.emit("mov", src, r)
            self.and_into(r, dst, byte)
            self.free(r)
        else:
            self.push(src)
            self.emit("com", "(sp)")
            self.emit(_b("bic", byte), "(sp)+", dst)
            self.depth -= 2

    def xor_into(self, src: Loc, dst: Loc) -> None:
        """``dst ^= src``: XOR wants its source in a register."""
        if src.mode == "reg":
            self.emit("xor", src, dst)
            return
        if src.mode == "stack" and dst.mode == "reg":
            self.emit("xor", dst, "(sp)")
            self.emit("mov", src, dst)
            return
        r = self.regs.take()
        if r is not None:
            self.emit("mov", src, reg(r))
            self.emit("xor", reg(r), dst)
            self.regs.release([r])
            return
        if dst.mode != "reg":
            raise self.error("expression too complicated")
        self.push(src)
        self.emit("xor", dst, "(sp)")
        self.emit("mov", "(sp)+", dst)
        self.depth -= 2

    def _multiply(self, e: Binary, want: int | None) -> Loc:
        a, b = e.a, e.b
        if isinstance(a, Const) or (self.simple(a) and not self.simple(b)):
            a, b = b, a
        if isinstance(b, Const) and _log2(b.value & 0o177777) is not None:
            r = self.into_reg(a, want)
            self.shift_const("<<", _log2(b.value & 0o177777), r, False)
            return r
        odd = next((r for r in (1, 3) if r in self.regs.free()), want)
        ra, lb = self.operands(a, b, odd)
        if ra.reg % 2 == 1:
            self.emit("mul", lb, ra)
        elif lb.mode == "reg" and lb.reg % 2 == 1 and lb.reg in lb.held:
            ra, lb = lb, ra  # a product commutes: multiply in the odd one
            self.emit("mul", lb, ra)
        else:
            ra = self._mul_even(lb, ra)
        self.free(lb)
        return ra

    def _mul_even(self, src: Loc, r: Loc) -> Loc:
        """MUL of an even register: the low half of the product lands in the next one.

        If that next register is free, the product is taken from there;
        else the factor moves to a free odd register; else the next register
        (r5 included, for r4) is kept in the frame while MUL overwrites it.
        """
        if r.reg + 1 in self.regs.free():
            self.regs.hold(r.reg + 1)
            self.emit("mul", src, r)
            self.free(r)
            return reg(r.reg + 1)
        odd = next((x for x in (1, 3) if x in self.regs.free()), None)
        if odd is not None:
            self.regs.hold(odd)
            self.emit("mov", r, reg(odd))
            self.free(r)
            self.emit("mul", src, reg(odd))
            return reg(odd)
        saved = self.frame_temp(2)
        self.emit("mov", reg(r.reg + 1), saved)
        self.emit("mul", src, r)
        self.emit("mov", reg(r.reg + 1), r)
        self.emit("mov", saved, reg(r.reg + 1))
        return r

    def _divide(self, e: Binary, want: int | None) -> Loc:
        a, b, op = e.a, e.b, e.op
        if unsigned(e.type):
            k = _log2(b.value) if isinstance(b, Const) else None
            if k is not None:
                r = self.into_reg(a, want)
                if op == "/":
                    self.shift_const(">>", k, r, True)
                else:
                    self.emit("bic", imm(~(b.value - 1) & 0o177777), r)
                return r
            if not (isinstance(b, Const) and 0 < b.value < 0o100000):
                return self.helper("__udiv" if op == "/" else "__urem", e.type, [a, b], want)
        even = self.regs.free_pair()
        if even is None:
            name = ("__udiv", "__urem") if unsigned(e.type) else ("__idiv", "__irem")
            return self.helper(name[op == "%"], e.type, [a, b], want)
        return self._div_inline(e, even)

    def _div_inline(self, e: Binary, even: int) -> Loc:
        """DIV: the dividend in an even/odd pair, quotient to the even, remainder to the odd."""
        lb = None
        if not self.simple(e.b):
            lb = self.into_reg(e.b, want=4 if 4 in self.regs.free() else None)
            if lb.reg in (even, even + 1) or self.need(e.a) >= len(self.regs.free()) - 1:
                self.push(lb)
                self.free(lb)
                lb = STACK
        self.into_exact(e.a, even + 1)
        self.regs.hold(even)
        lb = lb or self.operand(e.b)
        hi, lo = reg(even), reg(even + 1)
        if unsigned(e.type):
            self.emit("clr", hi)
        else:
            if self.em.needs_tst(lo.text(), False, "jmi"):
                self.emit("tst", lo)
            self.emit("sxt", hi)
        self.emit("div", lb, hi)
        self.free(lb)
        keep, drop = (even, even + 1) if e.op == "/" else (even + 1, even)
        self.regs.release([drop])
        return reg(keep)

    def _shift(self, e: Binary, want: int | None) -> Loc:
        left = e.op == "<<"
        if isinstance(e.b, Const):
            r = self.into_reg(e.a, want)
            self.shift_const(e.op, e.b.value, r, unsigned(e.type))
            return r
        if not left and unsigned(e.type):
            return self.helper("__ursh", e.type, [e.a, e.b], want)
        ra, lb = self.operands(e.a, e.b, want)
        if not left:
            if lb.mode != "stack":
                lb = self.owned(lb)
            self.emit("neg", "(sp)" if lb.mode == "stack" else lb)
        self.emit("ash", lb, ra)
        self.free(lb)
        return ra

    def shift_const(self, op: str, n: int, r: Loc, logical: bool) -> None:
        """Shift the word in ``r`` by a constant."""
        if n <= 0:
            return
        if n >= 16:
            if op == "<<" or logical:
                self.emit("clr", r)
            else:
                self.emit("ash", imm(-16), r)
            return
        if op == ">>" and logical:
            if n == 1:
                self.emit("clc")
                self.emit("ror", r)
                return
            self.emit("ash", imm(-n), r)
            self.emit("bic", imm((0o177777 << (16 - n)) & 0o177777), r)
            return
        if n <= 2:
            for _ in range(n):
                self.emit("asl" if op == "<<" else "asr", r)
        else:
            self.emit("ash", imm(n if op == "<<" else -n), r)

    def helper(self, name: str, t: CType, args: list[Expr], want: int | None) -> Loc:
        """Call a libc helper routine (assembler name ``name``) as a C function."""
        return self.call(Call(t, Addr(Pointer(Func(t, None)), name), args), want)

    # --- assignment -------------------------------------------------------
    def assign(self, e: Assign, want: int | None = None, value: bool = True) -> Loc:
        """Code for an assignment; the stored value in a register if ``value``."""
        if isinstance(e.type, Struct):
            return self.struct_assign(e, value)
        if e.type.size == 4:
            return self.long_assign(e, value)
        if e.op is None:
            return self._plain_assign(e, want, value)
        return self._compound_assign(e, want, value)

    def target_and_source(self, a: Expr, b: Expr, reusable: bool = False) -> tuple[Loc, Loc]:
        """The object ``a`` and the value ``b`` as operands, in the order that needs fewer registers."""
        if self.simple(b) or (not self._simple_lvalue(a) and self.need(b) < self.need(a)):
            ld = self.lvalue(a, reusable=reusable)
            return ld, self.operand(b)
        ls = self.operand(b)
        return self.lvalue(a, reusable=reusable), ls

    def _simple_lvalue(self, a: Expr) -> bool:
        return isinstance(a, Name) or (isinstance(a, Unary) and self.simple_addr(a.a, a.type.size))

    def _plain_assign(self, e: Assign, want: int | None, value: bool) -> Loc:
        byte = e.type.size == 1
        if value:
            src = self.into_reg(e.b, want)
            dst = self.lvalue(e.a)
        else:
            dst, src = self.target_and_source(e.a, e.b)
        self.move(src, dst, byte)
        self.free(dst)
        if value:
            return src
        self.free(src)
        return imm(0)

    def _in_place(self, e: Assign) -> bool:
        """Whether ``a op= b`` can modify the object directly."""
        t, ot, b = e.type, e.optype, e.b
        if ot is None or ot.size != 2:
            return False
        if t.size == 2:
            if e.op in ("+", "-", "|", "&", "^"):
                return True
            return e.op in ("<<", ">>") and isinstance(b, Const) and b.value == 1
        if e.op == "|" or (e.op == "&" and isinstance(b, Const)):
            return True
        return e.op in ("+", "-") and isinstance(b, Const) and b.value in (1, -1)

    def _compound_assign(self, e: Assign, want: int | None, value: bool) -> Loc:
        if not self._in_place(e):
            return self._compound_general(e, want, value)
        byte = e.type.size == 1
        dst, src = self.target_and_source(e.a, e.b, reusable=value)
        self._modify(e, src, dst, byte)
        self.free(src)
        if not value:
            self.free(dst)
            return imm(0)
        return self.load(dst, e.type, want)

    def _modify(self, e: Assign, src: Loc, dst: Loc, byte: bool) -> None:
        op = e.op
        if op in ("+", "-") and src.mode == "imm" and not src.sym:
            self.add_const(src.disp if op == "+" else -src.disp, dst, byte)
        elif op in ("+", "-", "|"):
            self.emit(_b({"+": "add", "-": "sub", "|": "bis"}[op], byte), src, dst)
        elif op == "&":
            self.and_into(src, dst, byte)
        elif op == "^":
            self.xor_into(src, dst)
        elif op == "<<":
            self.emit("asl", dst)
        elif unsigned(e.optype):
            self.emit("clc")
            self.emit("ror", dst)
        else:
            self.emit("asr", dst)

    def _compound_general(self, e: Assign, want: int | None, value: bool) -> Loc:
        """Load, compute in the operation's type, convert back, store."""
        t = e.type
        dst = self.lvalue(e.a, offsettable=t.size == 4, reusable=True)
        expr: Expr = InReg(t, Loc(dst.mode, dst.reg, dst.disp, dst.sym, dst.lo))
        if e.optype != t:
            expr = Cast(e.optype, expr)
        expr = Binary(e.op, e.optype, expr, e.b)
        if e.optype != t:
            expr = Cast(t, expr)
        res = self.into_reg(expr, want)
        self.store(res, dst, t)
        self.free(dst)
        if not value:
            self.free(res)
            return imm(0)
        return res

    def store(self, src: Loc, dst: Loc, t: CType) -> None:
        """Store a register (or pair) value into the object ``dst`` of type ``t``."""
        if t.size == 4:
            self.move(src.word(0), dst.word(0), False)
            self.move(src.word(1), dst.word(1), False)
        else:
            self.move(src, dst, t.size == 1)

    def incdec(self, e: IncDec, want: int | None = None, value: bool = True) -> Loc:
        """``++``/``--``; the value (old for postfix, new for prefix) in a register if ``value``."""
        if e.type.size == 4:
            return self.long_incdec(e, value)
        byte = e.type.size == 1
        dst = self.lvalue(e.a, reusable=value)
        r = None
        if value and e.post:
            r = self._copy(dst, e.type, want)
        self.add_const(e.delta, dst, byte)
        if value and not e.post:
            r = self._copy(dst, e.type, want)
        self.free(dst)
        return r if r is not None else imm(0)

    def _copy(self, loc: Loc, t: CType, want: int | None) -> Loc:
        """The value of ``loc`` in a new register, ``loc`` still held."""
        r = reg(self.alloc(want))
        self.emit(_b("mov", t.size == 1), loc, r)
        if t.size == 1 and unsigned(t):
            self.emit("bic", "$177400", r)
        return r

    # --- ?: ------------------------------------------------------------------
    def conditional(self, e: Cond, want: int | None = None) -> Loc:
        """``c ? a : b`` into one register (or pair)."""
        other, end = self.label(), self.label()
        self.cond(e.c, other, False)
        ra = self.into_reg(e.a, want)
        self.free(ra)
        self.jump(end)
        self.place(other)
        if ra.mode == "pair":
            rb = self.long_pair(e.b, ra.reg)
            if rb.reg != ra.reg:
                self.emit("mov", reg(rb.reg), reg(ra.reg))
                self.emit("mov", reg(rb.lo), reg(ra.lo))
                self.free(rb)
            self.place(end)
            self.regs.hold(ra.reg, ra.lo)
            return Loc("pair", ra.reg, lo=ra.lo, held=(ra.reg, ra.lo))
        self.into_exact(e.b, ra.reg)
        self.place(end)
        return reg(ra.reg)

    # --- effects ----------------------------------------------------------
    def effect(self, e: Expr) -> None:
        """Code for ``e`` evaluated only for what it does."""
        if isinstance(e, Assign):
            self.assign(e, value=False)
        elif isinstance(e, IncDec):
            self.incdec(e, value=False)
        elif isinstance(e, Call):
            self.free(self.call(e))
        elif isinstance(e, Cast) or (isinstance(e, Unary) and e.op == "*"):
            self.effect(e.a)
        elif isinstance(e, Binary) and e.op == ",":
            self.effect(e.a)
            self.effect(e.b)
        elif isinstance(e, Binary) and e.op in ("&&", "||"):
            skip = self.label()
            self.cond(e.a, skip, e.op == "||")
            self.effect(e.b)
            self.place(skip)
        elif isinstance(e, Cond):
            other, end = self.label(), self.label()
            self.cond(e.c, other, False)
            self.effect(e.a)
            self.jump(end)
            self.place(other)
            self.effect(e.b)
            self.place(end)
        elif not pure(e):
            self.free(self.into_reg(e))

    # --- calls ------------------------------------------------------------
    def call(self, e: Call, want: int | None = None) -> Loc:
        """A call: push live r0/r1, push the arguments, ``jsr``, pop, the result in a register."""
        # Live r0/r1 are pushed around the call, except values the arguments consume;
        # registers the arguments still read stay reserved while they are pushed.
        refs = {r for arg in e.args for leaf in _inregs(arg) for r in leaf.loc.regs()}
        consumed = {r for arg in e.args for leaf in _inregs(arg) if leaf.loc.held
                    for r in leaf.loc.regs()}
        saved = sorted(r for r in (0, 1) if r in self.regs.busy and r not in consumed)
        for r in saved:
            self.push(reg(r))
        self.regs.release(set(saved) - refs)
        start, popped = self.depth, 0
        for arg in reversed(e.args):
            popped += self.push_arg(arg)
        self._jsr(e.func)
        self.pop(popped)
        self.depth = start
        self.regs.hold(*saved)
        result = self._result(e.type, saved, want)
        for r in reversed(saved):
            self.emit("mov", "(sp)+", reg(r))
            self.depth -= 2
        return result

    def _jsr(self, func: Expr) -> None:
        if isinstance(func, Addr):
            self.unit.ref(func.label)
            self.emit("jsr", "pc", func.label + (f"+{func.offset:o}" if func.offset else ""))
            return
        loc = self.operand(func)
        target = f"({loc.text()})" if loc.mode == "reg" else (
            "*" + loc.text() if loc.mode == "mem" else None)
        if target is None:
            r = self.owned(loc)
            target, loc = f"({r.text()})", r
        self.emit("jsr", "pc", target)
        self.free(loc)

    def pop(self, nbytes: int) -> None:
        """Pop ``nbytes`` of arguments."""
        if nbytes == 2:
            self.emit("tst", "(sp)+")
        elif nbytes == 4:
            self.emit("cmp", "(sp)+", "(sp)+")
        elif nbytes:
            self.emit("add", imm(nbytes), "sp")

    def _result(self, t: CType, saved: list[int], want: int | None) -> Loc:
        """Claim the result registers of a call (moving them if r0/r1 are being restored)."""
        if t.size == 4:
            if not saved:
                self.regs.hold(0, 1)
                return Loc("pair", 0, lo=1, held=(0, 1))
            even = self.regs.take_pair()
            if even is None:
                raise self.error("expression too complicated")
            self.emit("mov", "r0", reg(even))
            self.emit("mov", "r1", reg(even + 1))
            return Loc("pair", even, lo=even + 1, held=(even, even + 1))
        if not saved:
            self.regs.hold(0)
            return reg(0)
        r = self.alloc(want)
        self.emit("mov", "r0", reg(r))
        return reg(r)

    def push_word(self, src: Loc) -> int:
        """Push an argument word; returns the bytes the caller must pop (0 for the spare word)."""
        if self.depth == 0:
            self.move(src, Loc("mem", 6), False)
            self.depth = 2
            return 0
        self.move(src, Loc("dec", 6), False)
        self.depth += 2
        return 2

    def push_arg(self, arg: Expr) -> int:
        """Push one argument; returns the bytes to pop after the call."""
        if isinstance(arg.type, Struct):
            return self.push_struct(arg)
        if arg.type.size == 4 and isinstance(arg, Cast) and arg.a.type.size <= 2:
            # A widened int: push it, then its sign (or 0) above it; no pair needed.
            r = self.into_reg(arg.a)
            n = self.push_word(r)
            self.emit("clr" if unsigned(arg.a.type) else "sxt", "-(sp)")
            self.depth += 2
            self.free(r)
            return n + 2
        if arg.type.size == 4:
            loc = self.long_operand(arg)
            n = self.push_word(loc.word(1)) + self.push_word(loc.word(0))
        else:
            loc = self.operand(arg)
            n = self.push_word(loc)
        self.free(loc)
        return n


def strip(e: Expr) -> Expr:
    """``e`` without conversions that change nothing (between pointers, ints, unsigneds)."""
    while isinstance(e, Cast) and e.type.size == e.a.type.size == 2:
        e = e.a
    return e


def _inregs(e: Expr) -> list[InReg]:
    """The ``InReg`` leaves of ``e``."""
    if isinstance(e, InReg):
        return [e]
    return [leaf for k in children(e) for leaf in _inregs(k)]


def _scalar_object(t: CType) -> bool:
    return isinstance(t, Int | Pointer)


def _local_address(e: Expr) -> bool:
    return (isinstance(e, Unary) and e.op == "&" and isinstance(e.a, Name)
            and e.a.sym.storage in ("auto", "param"))
