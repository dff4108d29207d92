"""V6: the assembler's symbols and types (UNIX Assembler Reference Manual, sec. 6.2).

Every symbol has a type and a 16-bit value.  Types ``UNDEF`` 0, ``ABS`` 1,
``TEXT`` 2, ``DATA`` 3, ``BSS`` 4 and ``REG`` 024 are also a.out symbol types;
``EXT`` (040) is added for a .globl symbol, and ``EXT`` alone is an undefined
external.  Every keyword has a type of its own that selects how its
statement is assembled (``KEYWORD_FORMAT`` gives the operand format in
``isa.FORMATS`` of each instruction type); outside a keyword statement a
keyword behaves like an absolute number, its value being the opcode.  The
manual names no keyword type numbers; ours are chosen to agree with what
could be reconstructed of V6's (``.if`` 021, ``.endif`` 022 among them).
They only show in the symbol table of a program that defines its own
instructions by assignment, such as ``myop = 106500^tst``.

The built-in symbols (``BUILTINS``, name -> (type, value)) are derived, not
listed: every mnemonic and alias of ``isa.TABLE`` (the instructions without
operands are absolute, like ``clc``), ``jbr`` and ``j``+condition for every
branch, the pseudo-operations, the registers ``r0``-``r5``, ``sp``, ``pc``,
``fr0``-``fr5``, the relocation counter ``..``, and the system calls of
``v6.sysent`` with the assembler's older spellings (``sysent.OLD_NAMES``).
As in V6, the system call ``wait`` (7) hides the ``wait`` instruction (1).

``SymbolTable`` is one assembly's table: a fresh copy of the built-ins
(which assignments may redefine) plus the user's symbols in order of first
appearance, the order of the output symbol table.  ``lookup(spelling)``
applies V6's rules: only the first 8 characters count, and a name spelled
with a leading ``~`` is a new symbol every time, with the tilde dropped.
"""

from __future__ import annotations

from v6 import sysent
from v6.pdp11 import isa

UNDEF, ABS, TEXT, DATA, BSS = 0, 1, 2, 3, 4
REG = 0o24
EXT = 0o40
TYPE_MASK = 0o37
"""The type without the external bit."""

# Keyword types.
FP_SRC, BRANCH, JSR, RTS, SYS, MOVF, DOUBLE, FP_DST, SINGLE = 0o5, 0o6, 0o7, 0o10, 0o11, 0o12, 0o13, 0o14, 0o15
BYTE, EVEN, IF, ENDIF, GLOBL = 0o16, 0o20, 0o21, 0o22, 0o23
TEXT_OP, DATA_OP, BSS_OP = 0o25, 0o26, 0o27
EIS, SOB, COMM, MARK, SPL, JBR, JCOND = 0o30, 0o31, 0o32, 0o33, 0o34, 0o35, 0o36

KEYWORD_FORMAT: dict[int, str] = {
    DOUBLE: "ss,dd", SINGLE: "dd", JSR: "r,dd", EIS: "ss,r", RTS: "r", BRANCH: "br",
    SOB: "r,sob", SYS: "n8", MARK: "n6", SPL: "n3", FP_SRC: "fss,ac", FP_DST: "ac,fdd",
}
"""Instruction keyword type -> the operand format its statements are parsed by."""

FORMAT_TYPE: dict[str, int] = {
    **{fmt: t for t, fmt in KEYWORD_FORMAT.items()},
    "fdd": SINGLE, "ss,ac": FP_SRC, "ac,dd": FP_DST, "": ABS,
}
"""Operand format of ``isa`` -> the type of its mnemonics.  Formats that share
a type lay their fields out identically (``fdd`` is ``dd`` spelled for the FP11)."""

PSEUDO_OPS = {".byte": BYTE, ".even": EVEN, ".if": IF, ".endif": ENDIF, ".globl": GLOBL,
              ".text": TEXT_OP, ".data": DATA_OP, ".bss": BSS_OP, ".comm": COMM}
REGISTERS = {**{f"r{i}": i for i in range(6)}, "sp": 6, "pc": 7, **{f"fr{i}": i for i in range(6)}}


def _instructions() -> dict[str, tuple[int, int]]:
    syms: dict[str, tuple[int, int]] = {}
    spellings = isa.by_name()
    for row in isa.TABLE:
        for name in filter(None, (row.name, *row.aliases)):
            typ = MOVF if len(spellings[name]) > 1 else FORMAT_TYPE[row.fmt]
            syms.setdefault(name, (typ, row.code))
        if row.fmt == "br":  # jbr, and jxx from bxx by replacing the b (sec. 8.5)
            for name in (row.name, *row.aliases):
                syms["jbr" if name == "br" else "j" + name[1:]] = (JBR if name == "br" else JCOND, row.code)
    return syms


def _builtins() -> dict[str, tuple[int, int]]:
    # Deviation from V6: its assembler knew only the instructions and the
    # system calls its manual lists; we know every row of the table (mfpi,
    # spl, halt ...) and every call of v6.sysent (pipe, dup ...), so that a
    # V6 source that defines one of them by assignment still works, but its
    # definition no longer appears in the output symbol table.
    syms = _instructions()
    syms.update((name, (t, 0)) for name, t in PSEUDO_OPS.items())
    syms.update((name, (REG, n)) for name, n in REGISTERS.items())
    syms.update((s.name, (ABS, s.number)) for s in sysent.SYSENT)
    syms.update((name, (ABS, n)) for name, n in sysent.OLD_NAMES.items())
    syms[".."] = (ABS, 0)
    return syms


BUILTINS: dict[str, tuple[int, int]] = _builtins()
"""Every built-in symbol: name -> (type, value)."""


class Symbol:
    """A symbol: name, type (with ``EXT`` for a global) and value."""

    __slots__ = ("name", "type", "value", "builtin", "index")

    def __init__(self, name: str, type: int = UNDEF, value: int = 0,
                 builtin: bool = False, index: int = -1) -> None:
        self.name = name
        self.type = type
        self.value = value
        self.builtin = builtin
        self.index = index
        """Position in the output symbol table (user symbols only)."""

    def __repr__(self) -> str:
        return f"Symbol({self.name!r}, {self.type:#o}, {self.value:#o})"


class SymbolTable:
    """One assembly's symbols: the built-ins, ``.`` and the user's, in order."""

    def __init__(self) -> None:
        self.names = {name: Symbol(name, t, v, builtin=True) for name, (t, v) in BUILTINS.items()}
        self.dot = Symbol(".", builtin=True)
        """The location counter; its value is kept by the assembler, not here."""
        self.names["."] = self.dot
        self.dotdot = self.names[".."]
        self.user: list[Symbol] = []

    def every(self) -> list[Symbol]:
        """The built-in symbols and then the user's, each once."""
        return [s for s in self.names.values() if s.builtin and s is not self.dot] + self.user

    def lookup(self, spelling: str) -> Symbol:
        """The symbol a name token denotes, entered if new."""
        if spelling.startswith("~"):
            return self._new(spelling[1:9])
        name = spelling[:8]
        sym = self.names.get(name)
        if sym is None:
            sym = self.names[name] = self._new(name)
        return sym

    def _new(self, name: str) -> Symbol:
        sym = Symbol(name, index=len(self.user))
        self.user.append(sym)
        return sym
