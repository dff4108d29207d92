"""New: ``Loc``, where a value or an object is — one PDP-11 operand, or a register pair.

Modes and their assembler text (V6 ``as`` syntax, numbers in octal):

==========  ====================================  =======================
mode        meaning                               text
==========  ====================================  =======================
``reg``     register ``reg``                      ``r3``
``pair``    32-bit value: high in ``reg``, low    (two operands, see ``word``)
            in ``lo``
``imm``     the constant ``sym + disp``           ``$12``, ``$_x+4``
``mem``     memory at ``sym + disp (+ reg)``      ``-10(r5)``, ``(r2)``, ``_x+2``,
                                                  ``_tab(r1)``
``defer``   memory whose address is the word at   ``*-10(r5)``, ``*_p``
            ``sym + disp (+ reg)``
``inc``     ``(reg)+``: the object, then step     ``(r2)+``
``dec``     ``-(reg)``: step back, then the       ``-(r2)``
            object
``stack``   the word on top of the stack, popped  ``(sp)+``
==========  ====================================  =======================

``held`` lists the temporary registers the operand occupies; whoever uses
the operand frees them.  ``word(0)``/``word(1)`` are the high and low words
of a 32-bit value (the high word first in memory, as the PDP-11 C compiler
stores longs); ``byte`` views a word operand as its low byte.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


def octal(n: int) -> str:
    """A number as V6 ``as`` reads it: octal, with a sign if negative."""
    return f"-{-n:o}" if n < 0 else f"{n:o}"


@dataclass(frozen=True)
class Loc:
    """One operand (see the module docstring)."""

    mode: str
    reg: int = -1
    disp: int = 0
    sym: str = ""
    lo: int = -1
    held: tuple[int, ...] = ()

    @property
    def offsettable(self) -> bool:
        """Whether ``word(1)`` (the object two bytes on) is expressible."""
        return self.mode in ("reg", "pair", "imm", "mem")

    def _address(self) -> str:
        if self.sym:
            base = self.sym + (f"+{octal(self.disp)}" if self.disp > 0 else
                               octal(self.disp) if self.disp else "")
        else:
            base = octal(self.disp) if self.disp or self.reg < 0 else ""
        return base + (f"({_rname(self.reg)})" if self.reg >= 0 else "")

    def text(self) -> str:
        """The operand in assembler syntax."""
        if self.mode == "reg":
            return _rname(self.reg)
        if self.mode == "imm":
            if self.sym:
                return "$" + self._address()
            return "$" + octal(self.disp)
        if self.mode == "mem":
            # A bare number would be PC-relative; a fixed address is ``*$n``.
            return self._address() if self.sym or self.reg >= 0 else "*$" + octal(self.disp)
        if self.mode == "defer":
            return "*" + self._address() if self.disp or self.sym or self.reg < 0 else \
                f"*0({_rname(self.reg)})"
        if self.mode == "inc":
            return f"({_rname(self.reg)})+"
        if self.mode == "dec":
            return f"-({_rname(self.reg)})"
        if self.mode == "stack":
            return "(sp)+"
        raise ValueError(f"no single operand for {self.mode}")

    def word(self, k: int) -> Loc:
        """Word ``k`` of a 32-bit value: 0 the high word, 1 the low word."""
        if self.mode == "pair":
            return Loc("reg", self.lo if k else self.reg)
        if self.mode == "imm" and not self.sym:
            value = self.disp & 0xFFFFFFFF
            half = (value >> 16) if k == 0 else value & 0xFFFF
            return Loc("imm", disp=half - 0x10000 if half & 0x8000 else half)
        if self.mode == "mem":
            return replace(self, disp=self.disp + 2 * k, held=())
        if self.mode == "stack":
            return self
        raise ValueError(f"no word {k} of {self.mode}")

    def at(self, offset: int) -> Loc:
        """The object ``offset`` bytes further on (``mem`` only)."""
        assert self.mode == "mem"
        return replace(self, disp=self.disp + offset)

    def regs(self) -> tuple[int, ...]:
        """Registers this operand reads (for knowing what a call must save)."""
        if self.mode == "pair":
            return (self.reg, self.lo)
        return (self.reg,) if self.reg >= 0 else ()


def _rname(n: int) -> str:
    return {5: "r5", 6: "sp", 7: "pc"}.get(n, f"r{n}")


def reg(n: int, held: bool = True) -> Loc:
    """Register ``n`` as an operand, held as a temporary unless ``held`` is False."""
    return Loc("reg", n, held=(n,) if held else ())


def imm(value: int, sym: str = "") -> Loc:
    """An immediate operand."""
    return Loc("imm", disp=value, sym=sym)


STACK = Loc("stack")
"""The word on top of the stack, popped by the instruction that reads it."""
