"""New: the PDP-11/40 instruction set as one table — the single source of truth.

Every consumer derives from ``TABLE``: the decoder (``decode``, a 65,536-entry
index from instruction word to row), the interpreter and the block translator
(which generate Python from each row's ``body``), the assembler (mnemonics,
aliases, operand formats), the disassembler, and the timing model (``time``).

A row (``Instr``) gives:

- ``name``, ``code``, ``fmt``: the mnemonic as V6's ``as`` spells it, the
  opcode with every operand field zero, and the operand format (``FORMATS``),
  which fixes the mask and how the operand fields are laid out.
- ``cpu``: False for instructions the 11/40 lacks (SPL, MFPS/MTPS, MFPD/MTPD,
  the FP11).  The assembler still knows them; executing one is a reserved
  instruction trap (vector 10), as on the machine.
- ``src``/``dst``: how the instruction touches its general operands: ``"r"``
  read, ``"w"`` write, ``"m"`` read-modify-write, ``"a"`` address only.
- ``body``: the instruction's effect, once, as Python statements in a small
  vocabulary that the engines rewrite (see ``VOCABULARY``).  Condition-code
  assignments are top-level statements that no later statement of the same
  body reads, so an engine may drop the ones nobody can observe.
- ``flow``: ``"jump"`` if it may change the PC (it ends a translated block);
  ``"host"`` if the machine carries it out in Python, by its method
  ``op_<name>`` (traps, RTI/RTT, HALT, WAIT, RESET, MFPI/MTPI): the
  translator ends blocks before these and leaves them to the interpreter.
- ``time``: the basic execution time in nanoseconds (see ``v6.pdp11.timing``).

The vocabulary of bodies (``VOCABULARY``): ``src`` and ``dst`` are the operand
values read; assigning ``res`` stores the result into the destination; ``ea``
is the destination's effective address (``dst="a"``; register mode there is an
illegal instruction); ``reg`` is the register of the register field and
``reg1`` its odd partner (``reg | 1``, for MUL, DIV, ASHC); ``pc``, ``sp``,
``r5`` are R7, R6, R5; ``n z v c`` the condition codes; ``K`` the numeric
field (branch offset in words, signed; SOB count; MARK count); ``push(x)`` and ``pop()`` use the current stack;
``trap(V)`` traps through vector V; ``div ash ashc`` are the EIS
arithmetic of ``v6.pdp11.alu``; ``MASK``, ``SIGN``, ``TOP`` and ``SHIFT`` are
0177777, 0100000, 0200000, 15 for word instructions and 0377, 0200, 0400, 7
for byte ones.  Rows of the condition-code operators without a V6 name have
the name ``""`` (the disassembler writes them as octal words).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from v6.pdp11 import traps

VOCABULARY = frozenset(
    {"src", "dst", "res", "ea", "reg", "reg1", "pc", "sp", "n", "z", "v", "c", "K",
     "r5", "push", "pop", "trap", "div", "ash", "ashc", "MASK", "SIGN", "TOP", "SHIFT"}
)
"""Names a body may use (plus its own temporaries)."""

FLAGS = ("n", "z", "v", "c")
"""The condition codes, in PSW bit order from bit 3 down to bit 0."""

# Operand formats: the mask of the opcode bits and the fields, as (name, shift, width).
FORMATS: dict[str, tuple[int, tuple[tuple[str, int, int], ...]]] = {
    "": (0o177777, ()),
    "ss,dd": (0o170000, (("ss", 6, 6), ("dd", 0, 6))),
    "dd": (0o177700, (("dd", 0, 6),)),
    "r,dd": (0o177000, (("r", 6, 3), ("dd", 0, 6))),
    "ss,r": (0o177000, (("ss", 0, 6), ("r", 6, 3))),
    "r": (0o177770, (("r", 0, 3),)),
    "br": (0o177400, (("off", 0, 8),)),
    "r,sob": (0o177000, (("r", 6, 3), ("off", 0, 6))),
    "n8": (0o177400, (("n", 0, 8),)),
    "n6": (0o177700, (("n", 0, 6),)),
    "n3": (0o177770, (("n", 0, 3),)),
    # FP11 (assembler and disassembler only: the 11/40 traps on them).
    "fdd": (0o177700, (("fdd", 0, 6),)),
    "fss,ac": (0o177400, (("fss", 0, 6), ("ac", 6, 2))),
    "ac,fdd": (0o177400, (("ac", 6, 2), ("fdd", 0, 6))),
    "ss,ac": (0o177400, (("ss", 0, 6), ("ac", 6, 2))),
    "ac,dd": (0o177400, (("ac", 6, 2), ("dd", 0, 6))),
}
"""Operand format -> (opcode mask, fields).  Field names: ``ss``/``dd`` general
operands (mode<<3 | register), ``r`` a register number, ``off`` a branch or SOB
offset, ``n`` a number, ``fss``/``fdd`` FP11 operands (mode 0 = fr0-fr5),
``ac`` an FP11 accumulator fr0-fr3."""


@dataclass(frozen=True)
class Instr:
    """One row of the instruction table (see the module docstring)."""

    name: str
    code: int
    fmt: str = ""
    src: str | None = None
    dst: str | None = None
    body: str = ""
    flow: str | None = None
    byte: bool = False
    cpu: bool = True
    time: int = 990
    aliases: tuple[str, ...] = field(default=())

    @property
    def mask(self) -> int:
        """The bits of a word that identify this instruction."""
        return FORMATS[self.fmt][0]

    @property
    def fields(self) -> tuple[tuple[str, int, int], ...]:
        """The operand fields of the format, as (name, shift, width)."""
        return FORMATS[self.fmt][1]


def _b(text: str) -> str:
    return textwrap.dedent(text).strip()


def _nz(extra: str = "v = 0") -> str:
    """N and Z from ``res``, and one more condition-code rule."""
    return f"n = res >> SHIFT\nz = res == 0\n{extra}"


def _double(name: str, code: int, dst: str, body: str, time: int, byte: bool = True) -> list[Instr]:
    rows = [Instr(name, code, "ss,dd", "r", dst, _b(body), time=time)]
    if byte:
        rows.append(Instr(name + "b", code | 0o100000, "ss,dd", "r", dst, _b(body), byte=True, time=time))
    return rows


def _single(name: str, code: int, dst: str, body: str, time: int = 990, byte: bool = True) -> list[Instr]:
    rows = [Instr(name, code, "dd", None, dst, _b(body), time=time)]
    if byte:
        rows.append(Instr(name + "b", code | 0o100000, "dd", None, dst, _b(body), byte=True, time=time))
    return rows


def _branch(name: str, code: int, taken: str, aliases: tuple[str, ...] = ()) -> Instr:
    body = f"if {taken}:\n    pc = (pc + 2 * K) & 0o177777"
    return Instr(name, code, "br", body=body, flow="jump", time=1400, aliases=aliases)


_DOUBLE = [
    *_double("mov", 0o010000, "w", f"res = src\n{_nz()}", 990),
    *_double("cmp", 0o020000, "r", """
        t = src - dst
        res = t & MASK
        n = res >> SHIFT
        z = res == 0
        v = ((src ^ dst) & (src ^ res)) >> SHIFT & 1
        c = t < 0
    """, 990),
    *_double("bit", 0o030000, "r", f"res = src & dst\n{_nz()}", 990),
    *_double("bic", 0o040000, "m", f"res = dst & ~src & MASK\n{_nz()}", 990),
    *_double("bis", 0o050000, "m", f"res = dst | src\n{_nz()}", 990),
    *_double("add", 0o060000, "m", """
        t = dst + src
        res = t & MASK
        n = res >> SHIFT
        z = res == 0
        v = (~(src ^ dst) & (src ^ res)) >> SHIFT & 1
        c = t >> 16
    """, 990, byte=False),
    *_double("sub", 0o160000, "m", """
        t = dst - src
        res = t & MASK
        n = res >> SHIFT
        z = res == 0
        v = ((src ^ dst) & (dst ^ res)) >> SHIFT & 1
        c = t < 0
    """, 990, byte=False),
]

_SINGLE = [
    *_single("clr", 0o005000, "w", "res = 0\nn = 0\nz = 1\nv = 0\nc = 0"),
    *_single("com", 0o005100, "m", f"res = ~dst & MASK\n{_nz()}\nc = 1"),
    *_single("inc", 0o005200, "m", "res = (dst + 1) & MASK\n" + _nz("v = res == SIGN")),
    *_single("dec", 0o005300, "m", "res = (dst - 1) & MASK\n" + _nz("v = dst == SIGN")),
    *_single("neg", 0o005400, "m", "res = -dst & MASK\n" + _nz("v = res == SIGN\nc = res != 0")),
    *_single("adc", 0o005500, "m", """
        res = (dst + c) & MASK
        n = res >> SHIFT
        z = res == 0
        v = c and dst == SIGN - 1
        c = c and dst == MASK
    """),
    *_single("sbc", 0o005600, "m", """
        res = (dst - c) & MASK
        n = res >> SHIFT
        z = res == 0
        v = c and dst == SIGN
        c = c and dst == 0
    """),
    *_single("tst", 0o005700, "r", "res = dst\n" + _nz("v = 0\nc = 0")),
    *_single("ror", 0o006000, "m", """
        res = (dst >> 1) | (c << SHIFT)
        n = res >> SHIFT
        z = res == 0
        v = (res >> SHIFT) ^ (dst & 1)
        c = dst & 1
    """),
    *_single("rol", 0o006100, "m", """
        res = ((dst << 1) | c) & MASK
        n = res >> SHIFT
        z = res == 0
        v = (res >> SHIFT) ^ (dst >> SHIFT)
        c = dst >> SHIFT
    """),
    *_single("asr", 0o006200, "m", """
        res = (dst >> 1) | (dst & SIGN)
        n = res >> SHIFT
        z = res == 0
        v = (res >> SHIFT) ^ (dst & 1)
        c = dst & 1
    """),
    *_single("asl", 0o006300, "m", """
        res = (dst << 1) & MASK
        n = res >> SHIFT
        z = res == 0
        v = (res >> SHIFT) ^ (dst >> SHIFT)
        c = dst >> SHIFT
    """),
    Instr("swab", 0o000300, "dd", None, "m", _b("""
        res = ((dst >> 8) | (dst << 8)) & 0o177777
        n = res >> 7 & 1
        z = res & 0o377 == 0
        v = 0
        c = 0
    """)),
    Instr("sxt", 0o006700, "dd", None, "w", "res = 0o177777 if n else 0\nz = not n\nv = 0"),
    Instr("mfpi", 0o006500, "dd", None, "a", "", flow="host", time=2900),
    Instr("mtpi", 0o006600, "dd", None, "a", "", flow="host", time=2900),
    # Without separate I and D spaces the 11/40's MFPD and MTPD are MFPI and
    # MTPI (SIMH's 11/40 executes them so; see tests/pdp11/test_oracle.py).
    Instr("mfpd", 0o106500, "dd", None, "a", flow="host", time=2900),
    Instr("mtpd", 0o106600, "dd", None, "a", flow="host", time=2900),
    Instr("mtps", 0o106400, "dd", None, "r", cpu=False),
    Instr("mfps", 0o106700, "dd", None, "w", cpu=False),
]

_EIS = [
    Instr("xor", 0o074000, "r,dd", None, "m", f"res = reg ^ dst\n{_nz()}"),
    # MUL is plain arithmetic, written out so that an engine computes only the
    # condition codes someone reads (a call to a function would compute all four).
    Instr("mul", 0o070000, "ss,r", "r", None, _b("""
        p = ((reg ^ 0o100000) - 0o100000) * ((src ^ 0o100000) - 0o100000)
        reg = (p >> 16) & 0o177777
        reg1 = p & 0o177777
        n = p < 0
        z = p == 0
        v = 0
        c = not -0o100000 <= p <= 0o77777
    """), time=8800, aliases=("mpy",)),
    Instr("div", 0o071000, "ss,r", "r", None, "reg, reg1, n, z, v, c = div(reg, reg1, src)", time=11300, aliases=("dvd",)),
    Instr("ash", 0o072000, "ss,r", "r", None, "reg, n, z, v, c = ash(reg, src)", time=2600, aliases=("als",)),
    Instr("ashc", 0o073000, "ss,r", "r", None, "reg, reg1, n, z, v, c = ashc(reg, reg1, src)", time=3200, aliases=("alsc",)),
    Instr("sob", 0o077000, "r,sob", body="reg = (reg - 1) & 0o177777\nif reg:\n    pc = (pc - 2 * K) & 0o177777",
          flow="jump", time=1400),
]

_FLOW = [
    Instr("jmp", 0o000100, "dd", None, "a", "pc = ea", flow="jump", time=1200),
    Instr("jsr", 0o004000, "r,dd", None, "a", "t = ea\npush(reg)\nreg = pc\npc = t", flow="jump", time=2900),
    Instr("rts", 0o000200, "r", body="pc = reg\nreg = pop()", flow="jump", time=2400),
    Instr("mark", 0o006400, "n6", body="sp = (pc + 2 * K) & 0o177777\npc = r5\nr5 = pop()",
          flow="jump", time=2900),
    _branch("br", 0o000400, "True"),
    _branch("bne", 0o001000, "not z"),
    _branch("beq", 0o001400, "z"),
    _branch("bge", 0o002000, "not (n ^ v)"),
    _branch("blt", 0o002400, "n ^ v"),
    _branch("bgt", 0o003000, "not (z or (n ^ v))"),
    _branch("ble", 0o003400, "z or (n ^ v)"),
    _branch("bpl", 0o100000, "not n"),
    _branch("bmi", 0o100400, "n"),
    _branch("bhi", 0o101000, "not (c or z)"),
    _branch("blos", 0o101400, "c or z"),
    _branch("bvc", 0o102000, "not v"),
    _branch("bvs", 0o102400, "v"),
    _branch("bhis", 0o103000, "not c", ("bec", "bcc")),
    _branch("blo", 0o103400, "c", ("bes", "bcs")),
]

_CONTROL = [
    Instr("halt", 0o000000, flow="host", time=1800),
    Instr("wait", 0o000001, flow="host", time=1800),
    Instr("rti", 0o000002, flow="host", time=3700),
    Instr("bpt", 0o000003, body=f"trap({traps.BPT:#o})", flow="host", time=5700),
    Instr("iot", 0o000004, body=f"trap({traps.IOT:#o})", flow="host", time=5700),
    Instr("reset", 0o000005, flow="host", time=20000),
    Instr("rtt", 0o000006, flow="host", time=3700),
    Instr("emt", 0o104000, "n8", body=f"trap({traps.EMT:#o})", flow="host", time=5700),
    Instr("sys", 0o104400, "n8", body=f"trap({traps.TRAP:#o})", flow="host", time=5700,
          aliases=("trap",)),
    Instr("spl", 0o000230, "n3", cpu=False),
]

# The condition-code operators 000240-000277: bit 4 chooses set (1) or clear
# (0) of the flags named by bits 3-0.  Every combination executes; these are
# the ones with names.
_CC_NAMES = {
    0o240: "nop", 0o241: "clc", 0o242: "clv", 0o244: "clz", 0o250: "cln", 0o257: "ccc",
    0o261: "sec", 0o262: "sev", 0o264: "sez", 0o270: "sen", 0o277: "scc",
}
def _cc_rows() -> list[Instr]:
    rows = []
    for code in range(0o240, 0o300):
        value = code >> 4 & 1
        body = "\n".join(f"{f} = {value}" for bit, f in zip((8, 4, 2, 1), FLAGS, strict=True) if code & bit)
        rows.append(Instr(_CC_NAMES.get(code, ""), code, body=body, time=1500))
    return rows


_FP11 = [
    Instr("cfcc", 0o170000, cpu=False), Instr("setf", 0o170001, cpu=False),
    Instr("seti", 0o170002, cpu=False), Instr("setd", 0o170011, cpu=False),
    Instr("setl", 0o170012, cpu=False),
    Instr("ldfps", 0o170100, "dd", cpu=False), Instr("stfps", 0o170200, "dd", cpu=False),
    Instr("stst", 0o170300, "dd", cpu=False),
    Instr("clrf", 0o170400, "fdd", cpu=False), Instr("tstf", 0o170500, "fdd", cpu=False),
    Instr("absf", 0o170600, "fdd", cpu=False), Instr("negf", 0o170700, "fdd", cpu=False),
    Instr("mulf", 0o171000, "fss,ac", cpu=False), Instr("modf", 0o171400, "fss,ac", cpu=False),
    Instr("addf", 0o172000, "fss,ac", cpu=False), Instr("movf", 0o172400, "fss,ac", cpu=False),
    Instr("subf", 0o173000, "fss,ac", cpu=False), Instr("cmpf", 0o173400, "fss,ac", cpu=False),
    Instr("movf", 0o174000, "ac,fdd", cpu=False), Instr("divf", 0o174400, "fss,ac", cpu=False),
    Instr("movei", 0o175000, "ac,dd", cpu=False), Instr("movfi", 0o175400, "ac,dd", cpu=False),
    Instr("movfo", 0o176000, "ac,fdd", cpu=False), Instr("movie", 0o176400, "ss,ac", cpu=False),
    Instr("movif", 0o177000, "ss,ac", cpu=False), Instr("movof", 0o177400, "fss,ac", cpu=False),
]

TABLE: tuple[Instr, ...] = tuple(_DOUBLE + _SINGLE + _EIS + _FLOW + _CONTROL + _cc_rows() + _FP11)
"""Every instruction the assembler knows, the 11/40's and the FP11's."""


def _build_index() -> list[Instr | None]:
    """Word -> row, filling more specific masks last so they win."""
    index: list[Instr | None] = [None] * 65536
    free_bits = lambda row: 16 - bin(row.mask).count("1")  # noqa: E731
    for row in sorted(TABLE, key=free_bits, reverse=True):
        span = 1 << free_bits(row)
        for low in _operand_values(row.mask, span):
            index[row.code | low] = row
    return index


def _operand_values(mask: int, span: int) -> list[int]:
    """All values of the bits outside ``mask`` (they are always the low bits)."""
    assert (~mask & 0xFFFF) == span - 1, "operand fields must be the low bits"
    return list(range(span))


_INDEX = _build_index()


def decode(word: int) -> Instr | None:
    """The row for an instruction word, or None if no row claims it.

    A word no row claims is a reserved instruction on the 11/40 (vector 10).
    """
    return _INDEX[word & 0xFFFF]


def operands(row: Instr, word: int) -> dict[str, int]:
    """The operand fields of ``word`` by name (see ``FORMATS``)."""
    return {name: (word >> shift) & ((1 << width) - 1) for name, shift, width in row.fields}


def by_name() -> dict[str, list[Instr]]:
    """Mnemonic (and alias) -> the rows spelled that way (``movf`` has two)."""
    names: dict[str, list[Instr]] = {}
    for row in TABLE:
        for name in filter(None, (row.name, *row.aliases)):
            names.setdefault(name, []).append(row)
    return names


def signed8(x: int) -> int:
    """A branch offset field as a signed number of words."""
    return x - 256 if x & 0o200 else x
