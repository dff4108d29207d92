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

The built-in symbols are the names the manual gives (``BUILTINS``, name ->
(type, value)): its instructions (``MANUAL_INSTRUCTIONS``, names only: codes
and formats come from ``isa.TABLE``; those without operands are absolute,
like ``clc``), ``jbr`` and the ``j``+condition jumps, the pseudo-operations,
the registers ``r0``-``r5``, ``sp``, ``pc``, ``fr0``-``fr5``, the
relocation counter ``..`` and the system calls of sec. 9.2
(``MANUAL_CALLS``, numbered by ``v6.sysent``, with its ``OLD_NAMES``).  The
system call ``wait`` (7) is the symbol ``wait``, not the instruction (1).

The other instructions of the table (``halt``, ``rti``, ``trap``, ``mfpi``,
``spl`` ...) and the other system calls of ``v6.sysent`` (``getpid``,
``pipe`` ...) are ``DEFAULTS``: such a name means that instruction or call
only until the program defines it by a label, an assignment, ``.globl`` or
``.comm``; from then on it is an ordinary user symbol, as it was in V6
(whose kernel has a label ``trap:`` and says ``mfpi = 6500^tst``).  A
default name the program never defines is not in the output symbol table.

``SymbolTable`` is one assembly's table: a fresh copy of the built-ins
(which assignments may redefine) plus the user's symbols in order of first
appearance; ``output()`` numbers those that go in the output symbol table
(all but unclaimed defaults), in that order.  ``lookup(spelling)``
applies V6's rules: only the first 8 characters count, and a name spelled
with a leading ``~`` is a new symbol every time, with the tilde dropped.
``meaning(sym)`` is the (type, value) a symbol stands for now.
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


MANUAL_INSTRUCTIONS = frozenset("""
    clc clv clz cln sec sev sez sen
    br bne beq bge blt bgt ble bpl bmi bhi blos bvc bvs bhis bec bcc blo bcs bes
    clr clrb com comb inc incb dec decb neg negb adc adcb sbc sbcb ror rorb rol rolb
    asr asrb asl aslb jmp swab tst tstb
    mov movb cmp cmpb bit bitb bic bicb bis bisb add sub
    jsr rts sys ash als ashc alsc mul mpy div dvd xor sxt mark sob
    cfcc setf setd seti setl clrf negf absf tstf movf movif movfi movof movfo movie movei
    addf subf mulf divf cmpf modf ldfps stfps stst
""".split())
"""The instruction names of the manual, sec. 8.3-8.9 (jbr and jxx aside)."""

MANUAL_CALLS = frozenset("""
    break chdir chmod chown close creat exec exit fork fstat getuid gtty link makdir
    mdate mount nice open read seek setuid signal stat stime stty tell time umount
    unlink wait write
""".split())
"""The system-call symbols of the manual, sec. 9.2."""


def _instructions() -> dict[str, tuple[int, int]]:
    """Every spelling of every row of the table, and the jumps."""
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


def _calls() -> dict[str, tuple[int, int]]:
    calls = {s.name: (ABS, s.number) for s in sysent.SYSENT}
    calls.update((name, (ABS, n)) for name, n in sysent.OLD_NAMES.items())
    return calls


def _builtins() -> dict[str, tuple[int, int]]:
    instructions, calls = _instructions(), _calls()
    # Only the manual's names are built in, as in V6: a V6 program may use
    # any other name for itself (m40.s has a label trap:).
    syms = {name: v for name, v in instructions.items()
            if name in MANUAL_INSTRUCTIONS or v[0] in (JBR, JCOND)}
    syms.update((name, (t, 0)) for name, t in PSEUDO_OPS.items())
    syms.update((name, (REG, n)) for name, n in REGISTERS.items())
    syms.update((name, calls[name]) for name in MANUAL_CALLS)
    syms[".."] = (ABS, 0)
    return syms


BUILTINS: dict[str, tuple[int, int]] = _builtins()
"""The manual's symbols: name -> (type, value)."""

DEFAULTS: dict[str, tuple[int, int]] = {
    name: v for name, v in {**_calls(), **_instructions()}.items() if name not in BUILTINS}
"""What the table's other instructions and sysent's other calls mean by default."""

KNOWN: dict[str, tuple[int, int]] = {**DEFAULTS, **BUILTINS}
"""Every name the assembler knows before a program says anything."""


class Symbol:
    """A symbol: name, type (with ``EXT`` for a global) and value."""

    __slots__ = ("name", "type", "value", "builtin", "default", "index")

    def __init__(self, name: str, type: int = UNDEF, value: int = 0, builtin: bool = False,
                 default: tuple[int, int] | None = None) -> None:
        self.name = name
        self.type = type
        self.value = value
        self.builtin = builtin
        self.default = default
        """(type, value) while the name still has its ``DEFAULTS`` meaning."""
        self.index = -1
        """Position in the output symbol table (user symbols only)."""

    def claim(self) -> None:
        """The program defines this name: it loses its default meaning."""
        self.default = None

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

    def output(self) -> list[Symbol]:
        """The symbols of the output table, numbered: the user's own."""
        table = [s for s in self.user if s.default is None]
        for i, sym in enumerate(table):
            sym.index = i
        return table

    def lookup(self, spelling: str) -> Symbol:
        """The symbol a name token denotes, entered if new."""
        if spelling.startswith("~"):
            return self._new(spelling[1:9])
        name = spelling[:8]
        sym = self.names.get(name)
        if sym is None:
            sym = self.names[name] = self._new(name, DEFAULTS.get(name))
        return sym

    def _new(self, name: str, default: tuple[int, int] | None = None) -> Symbol:
        sym = Symbol(name, default=default)
        self.user.append(sym)
        return sym


def meaning(sym: Symbol) -> tuple[int, int]:
    """The (type, value) a symbol stands for: its default while it has one
    and is neither defined nor declared global."""
    if sym.default is not None and sym.type == UNDEF:
        return sym.default
    return sym.type, sym.value
