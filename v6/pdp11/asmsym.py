"""V6: the assembler's symbols and types (UNIX Assembler Reference Manual, sec. 6.2).

Every symbol has a type and a 16-bit value.  Types ``UNDEF`` 0, ``ABS`` 1,
``TEXT`` 2, ``DATA`` 3, ``BSS`` 4 and ``REG`` 024 are also a.out symbol types;
``EXT`` (040) is added for a .globl symbol, and ``EXT`` alone is an undefined
external.  Every keyword has a type of its own that selects how its
statement is assembled (``KEYWORD_FORMAT`` gives the operand format in
``isa.FORMATS`` of each instruction type); outside a keyword statement a
keyword behaves like an absolute number, its value being the opcode.  The
keyword type numbers are V6's own, as its assembler showed them: a program
that says ``x = addf`` gets ``x`` in its symbol table with type 014.  The
exception is the type of ``movei``, ``movfi`` and ``movfo`` (``FP_DST``),
which V6 would not let a value have (``x = movfi`` is an error ``r``).

The built-in symbols (``BUILTINS``, name -> (type, value)) are exactly the
names V6's assembler knew, found by asking it about every instruction and
system-call name: the instructions of ``MANUAL_INSTRUCTIONS`` (codes and
formats from ``isa.TABLE``; those without operands are absolute, like
``clc``), ``jbr`` and the ``j``+condition jumps, the pseudo-operations, the
registers ``r0``-``r5``, ``sp``, ``pc``, ``fr0``-``fr5``, the relocation
counter ``..`` and the system calls of ``MANUAL_CALLS`` (numbered by
``v6.sysent`` and its ``OLD_NAMES``).  The system call ``wait`` (7) is the
symbol ``wait``, not the instruction (1).  Every other name (``halt``,
``rti``, ``trap``, ``spl``, ``getpid``, ``pipe`` ...) is an ordinary symbol,
as V6's kernel shows with ``rtt = 6`` and a label ``trap:``.

Beyond V6: ``EXTRAS`` gives the instructions of ``isa.TABLE`` and the
system calls of ``v6.sysent`` that V6's assembler did not know (``halt``,
``rti``, ``emt``, ``spl``, ``mfpi``, ``getpid`` ...) a meaning in a program
that uses such a name without ever defining it and is assembled without
``as -``: there V6 could only have said "undefined symbol", so no program V6
accepted changes.  ``SymbolTable.adopt_extras`` does that.

``SymbolTable`` is one assembly's table: a fresh copy of the built-ins
(which assignments may redefine) plus the user's symbols in order of first
appearance; ``output()`` numbers those that go in the output symbol table
(the user's), in that order.  ``lookup(spelling)`` finds or enters a name:
a name spelled with a leading ``~`` is a new symbol every time, with the
tilde dropped.  Only 8 characters of a name reach the a.out.

Deviation from V6: every character of a longer name counts here.  V6 kept
8 characters in its table but hashed the whole name, so two names alike in
their first 8 characters were one symbol or two depending on where their
hashes fell; mostly two.  We always make them two.
"""

from __future__ import annotations

from v6 import sysent
from v6.pdp11 import isa

UNDEF, ABS, TEXT, DATA, BSS = 0, 1, 2, 3, 4
REG = 0o24
EXT = 0o40
TYPE_MASK = 0o37
"""The type without the external bit."""
NAME_SIZE = 8
"""Characters of a name kept in the a.out."""

# Keyword types, V6's numbers (FP_DST's is a guess: no program can show it).
FP_DST, BRANCH, JSR, RTS, SYS, MOVF, DOUBLE, FLOP, SINGLE = 0o5, 0o6, 0o7, 0o10, 0o11, 0o12, 0o13, 0o14, 0o15
NOT_A_VALUE = frozenset({FP_DST})
"""Keyword types V6 could not use as a value: ``x = movfi`` was a relocation
error that left ``x`` undefined."""
BYTE, EVEN, IF, ENDIF, GLOBL = 0o16, 0o20, 0o21, 0o22, 0o23
TEXT_OP, DATA_OP, BSS_OP = 0o25, 0o26, 0o27
EIS, SOB, COMM, JBR, JCOND = 0o30, 0o31, 0o32, 0o35, 0o36
TRAP8, SPL3 = 0o33, 0o34
"""Types of our own for ``emt``/``trap`` (8-bit number) and ``spl`` (3 bits),
which V6 did not know: only ``EXTRAS`` have them."""

KEYWORD_FORMAT: dict[int, str] = {
    DOUBLE: "ss,dd", SINGLE: "dd", JSR: "r,dd", EIS: "ss,r", RTS: "r", BRANCH: "br",
    SOB: "r,sob", SYS: "n6", FLOP: "fss,ac", FP_DST: "ac,dd", TRAP8: "n8", SPL3: "n3",
}
"""Instruction keyword type -> the operand format its statements are parsed by."""

FORMAT_TYPE: dict[str, int] = {
    **{fmt: t for t, fmt in KEYWORD_FORMAT.items()},
    "fdd": SINGLE, "ss,ac": FLOP, "ac,fdd": FP_DST, "n8": SYS, "": ABS,
}
"""Operand format of ``isa`` -> the type of V6's mnemonics.  Formats that
share a type lay their fields out identically (``fdd`` is ``dd`` spelled for
the FP11; ``sys`` has the 8-bit field of ``trap`` but V6 allowed 6 bits, as
for ``mark``)."""
_EXTRA_FORMAT_TYPE = {**FORMAT_TYPE, "n8": TRAP8, "n3": SPL3}

PSEUDO_OPS = {".byte": BYTE, ".even": EVEN, ".if": IF, ".endif": ENDIF, ".globl": GLOBL,
              ".text": TEXT_OP, ".data": DATA_OP, ".bss": BSS_OP, ".comm": COMM}
REGISTERS = {**{f"r{i}": i for i in range(6)}, "sp": 6, "pc": 7, **{f"fr{i}": i for i in range(6)}}


MANUAL_INSTRUCTIONS = frozenset("""
    clc clv clz cln sec sev sez sen
    br bne beq bge blt bgt ble bpl bmi bhi blos bvc bvs bhis bec bcc blo bcs bes
    clr clrb com comb inc incb dec decb neg negb adc adcb sbc sbcb ror rorb rol rolb
    asr asrb asl aslb jmp swab tst tstb
    mov movb cmp cmpb bit bitb bic bicb bis bisb add sub
    jsr rts sys ash als ashc alsc mul mpy div dvd xor sxt mark sob
    cfcc setf setd seti setl clrf negf absf tstf movf movif movof movie movei movfi movfo
    addf subf mulf divf cmpf modf ldfps stfps
""".split())
"""The instruction names V6's assembler knew (jbr and jxx aside): the manual's
sec. 8.3-8.9 without ``stst``, which it did not know."""

MANUAL_CALLS = frozenset("""
    break chdir chmod chown close creat exec exit fork fstat getuid gtty link makdir
    mdate mount nice open read seek setuid signal stat stime stty tell time umount
    unlink wait write
""".split())
"""The system-call symbols V6's assembler knew (the manual's sec. 9.2)."""


def _instructions(known: bool) -> dict[str, tuple[int, int]]:
    """Each spelling of an instruction V6 knew (or, not ``known``, did not
    know), and the jumps."""
    syms: dict[str, tuple[int, int]] = {}
    spellings = isa.by_name()
    types = FORMAT_TYPE if known else _EXTRA_FORMAT_TYPE
    for row in isa.TABLE:
        for name in filter(None, (row.name, *row.aliases)):
            if (name in MANUAL_INSTRUCTIONS) == known:
                typ = MOVF if len(spellings[name]) > 1 else types[row.fmt]
                syms.setdefault(name, (typ, row.code))
        if row.fmt == "br" and known:  # jbr, and jxx from bxx by replacing the b (sec. 8.5)
            for name in (row.name, *row.aliases):
                syms["jbr" if name == "br" else "j" + name[1:]] = (JBR if name == "br" else JCOND, row.code)
    return syms


def _calls() -> dict[str, tuple[int, int]]:
    """Every system call by name: sysent's names and the old ones."""
    return {name: (ABS, n) for name, n in
            ({s.name: s.number for s in sysent.SYSENT} | sysent.OLD_NAMES).items()}


def _builtins() -> dict[str, tuple[int, int]]:
    syms = _instructions(known=True)
    syms.update((name, (t, 0)) for name, t in PSEUDO_OPS.items())
    syms.update((name, (REG, n)) for name, n in REGISTERS.items())
    syms.update((name, v) for name, v in _calls().items() if name in MANUAL_CALLS)
    syms[".."] = (ABS, 0)
    return syms


BUILTINS: dict[str, tuple[int, int]] = _builtins()
"""V6's built-in symbols: name -> (type, value)."""

EXTRAS: dict[str, tuple[int, int]] = {
    name: v for name, v in {**_calls(), **_instructions(known=False)}.items() if name not in BUILTINS}
"""Beyond V6: the meaning of the instructions and calls it did not know."""


class Symbol:
    """A symbol: name, type (with ``EXT`` for a global) and value."""

    __slots__ = ("name", "type", "value", "builtin", "index", "assigned")

    def __init__(self, name: str, type: int = UNDEF, value: int = 0, builtin: bool = False) -> None:
        self.name = name
        self.type = type
        self.value = value
        self.builtin = builtin
        self.index = -1
        """Position in the output symbol table (user symbols only)."""
        self.assigned = False
        """Last given its value by ``name = expr`` (not by a label)."""

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

    def adopt_extras(self, defined: set[Symbol]) -> None:
        """Give each ``EXTRAS`` name the program uses but never defines its
        meaning, as a built-in (it leaves the output symbol table)."""
        for sym in [s for s in self.user if s.name in EXTRAS and s not in defined]:
            if self.names.get(sym.name) is sym:
                sym.type, sym.value = EXTRAS[sym.name]
                sym.builtin = True
                self.user.remove(sym)

    def every(self) -> list[Symbol]:
        """The built-in symbols and then the user's, each once."""
        return [s for s in self.names.values() if s.builtin and s is not self.dot] + self.user

    def output(self) -> list[Symbol]:
        """The symbols of the output table, numbered: the user's own."""
        for i, sym in enumerate(self.user):
            sym.index = i
        return self.user

    def lookup(self, spelling: str) -> Symbol:
        """The symbol a name token denotes, entered if new."""
        if spelling.startswith("~"):
            return self._new(spelling[1:])
        sym = self.names.get(spelling)
        if sym is None:
            sym = self.names[spelling] = self._new(spelling)
        return sym

    def _new(self, name: str) -> Symbol:
        sym = Symbol(name)
        self.user.append(sym)
        return sym
