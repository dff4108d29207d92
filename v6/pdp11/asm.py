"""V6: as — the UNIX PDP-11 assembler, its language as the 1975 manual gives it.

Interface (what ``v6 as`` and the C compiler use):

- ``assemble(sources, *, magic=0o407, allow_undefined=False) -> AOut``:
  ``sources`` are ``(file name, text)`` pairs assembled as ONE assembly with
  one symbol table, in order (V6 concatenated its arguments).  ``magic``
  0407 puts the data right after the text, 0410 at the next 8 KB boundary,
  0411 at 0 of the data space.  With ``allow_undefined`` (V6's ``as -``,
  V7's ``-u``) every symbol still undefined after the first pass becomes an
  undefined external; without it, using an undefined symbol is an error.
  The entry point is 0 (the manual has no way to set it).
- The result's ``symbols`` are the program's symbols in order of first
  appearance, typed as in a.out(5): a .globl symbol defined here has
  ``SYM_EXT`` and its segment, one referenced but not defined is
  ``SYM_EXT`` alone (value 0, or the size of a ``.comm``).  That is what a
  linker needs to pick library modules.  ``relocation`` has one word per
  text and data word.  As in V6, every word and symbol value is what the
  file holds if loaded alone (the data at ``AOut.data_addr``, the bss after
  it): a linker that moves a segment adds the displacement to each word
  whose relocation names that segment, and subtracts from a pc-relative
  word the displacement of the segment the word itself is in; an
  external's words hold the offset to add to the symbol's final value.
- ``AsmError(V6Error)``: ``errors`` is every message found, each
  ``file:line: L meaning: detail`` with V6's error letter ``L``; ``str()``
  is the first (and how many more).

The language (UNIX Assembler Reference Manual): statements separated by
new-lines or ``;``, each preceded by any number of labels (``name:`` or a
numeric ``N:``); null, expression (one word), assignment (``name = expr``,
``. = expr``), string (``<...>``, bytes) and keyword statements — machine
instructions by their ``isa.TABLE`` names with the operand syntax of their
format, ``jbr``/``jxx``, and ``.byte .even .if .endif .globl .text .data
.bss .comm``.  Lexemes: ``asmlex``; expressions and types: ``asmexpr``;
symbols and built-ins: ``asmsym``.

Passes, as V6 ran them.  Pass one reads every statement, defines labels and
assigns every instruction a size; a ``jbr`` or ``jxx`` is short (a branch)
only if its target is already defined in the same segment, behind ``.`` and
no more than 254 bytes away; otherwise long (``jmp``, or the converse branch
over a ``jmp``: 4 and 6 bytes).  A second pass decides each ``jbr``/``jxx``
once and for all: a target behind is measured exactly; a target ahead still
has its pass-one value, from which the shrinkage known at the last label
(``brdelt``: that label's old value minus its new one) is subtracted — so a
forward jump is short when its pass-one distance, so corrected, is at most
256 bytes.  Labels are redefined as the pass goes.  Then the data and bss
symbols are moved to their final addresses and the last pass produces the
bytes; a label that comes out at a different place is a phase error ``P``.
Errors found in pass one stop the assembly after it.

Deviations from V6: a branch (``br``, ``sob``) may also name an absolute
address, taken as a core address, so that the disassembler's listings
reassemble; ``sob`` accepts ``.`` and ``.+2`` (the hardware does); a trap
number is checked against its 8-bit field.  Beyond V6: the instructions and
system calls the manual does not list (``halt``, ``spl``, ``pipe`` ...) are
known until a program defines those names itself (see ``asmsym``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from v6.errors import V6Error
from v6.pdp11 import aout, isa
from v6.pdp11.asmexpr import MASK, RELOCATABLE, ZERO, Cursor, Fault, Value, expression
from v6.pdp11.asmlex import Token, tokens
from v6.pdp11.asmsym import (
    ABS,
    BSS,
    BSS_OP,
    BYTE,
    COMM,
    DATA,
    DATA_OP,
    ENDIF,
    EVEN,
    EXT,
    GLOBL,
    IF,
    JBR,
    JCOND,
    KEYWORD_FORMAT,
    MOVF,
    REG,
    TEXT,
    TEXT_OP,
    TYPE_MASK,
    UNDEF,
    Symbol,
    SymbolTable,
    meaning,
)

MEANINGS = {
    ")": "parentheses error", "]": "parentheses error", "<": "string not terminated properly",
    "*": "indirection used illegally", ".": "illegal assignment to .", "A": "error in address",
    "B": "branch address is odd or too remote", "E": "error in expression",
    "F": "error in local (f or b) type symbol", "G": "garbage (unknown) character",
    "I": "end of file inside an .if", "M": "multiply defined symbol as label",
    "O": "word quantity assembled at odd address", "P": "phase error: . different in pass 1 and 2",
    "R": "relocation error", "U": "undefined symbol", "X": "syntax error",
}
"""V6's error letters and what they mean (manual sec. 10)."""

_RELOC = {TEXT: aout.R_TEXT, DATA: aout.R_DATA, BSS: aout.R_BSS}
_JMP = isa.by_name()["jmp"][0].code | 0o67
_LDF, _STF = sorted(isa.by_name()["movf"], key=lambda row: row.fmt != "fss,ac")
_ONE, _BRANCHES, _FINAL = "one", "branches", "final"


class AsmError(V6Error):
    """Assembly failed; ``errors`` holds every ``file:line: ...`` message."""

    def __init__(self, errors: list[str]) -> None:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(errors[0] + more)
        self.errors = errors


def assemble(sources: Sequence[tuple[str, str]], *, magic: int = aout.MAGIC_NORMAL,
             allow_undefined: bool = False) -> aout.AOut:
    """Assemble ``(name, text)`` sources as one program; raise ``AsmError``."""
    if magic not in aout.MAGICS:
        raise ValueError(f"bad magic 0{magic:o}")
    return _Assembly(sources, magic, allow_undefined).run()


def _is_op(tok: Token, op: str) -> bool:
    return tok.kind == "op" and tok.value == op


def _even(n: int) -> int:
    return n + (n & 1)


def _signed(n: int) -> int:
    n &= MASK
    return n - 0x10000 if n & 0x8000 else n


class _Assembly:
    """One assembly: the symbol table, the token lists and the state of a pass."""

    def __init__(self, sources: Sequence[tuple[str, str]], magic: int, allow_undefined: bool) -> None:
        self.magic = magic
        self.allow_undefined = allow_undefined
        self.symtab = SymbolTable()
        self.dot_symbol = self.symtab.dot
        self.errors: dict[str, tuple[int, int]] = {}
        """Each message once, with where it was found (file number, line)."""
        self.order = [name for name, _ in sources]
        self.files = [(name, self._tokens(name, text)) for name, text in sources]
        self.base = {TEXT: 0, DATA: 0, BSS: 0}
        self.temps: dict[int, list[Value]] = defaultdict(list)
        self.jumps: list[bool] = []
        self.keywords: dict[int, Callable[[Symbol, Cursor], None]] = {
            **{t: self._instruction for t in KEYWORD_FORMAT},
            JBR: self._jump, JCOND: self._jump, MOVF: self._movf, BYTE: self._byte,
            EVEN: self._even, IF: self._if, ENDIF: self._endif, GLOBL: self._globl, COMM: self._comm,
            TEXT_OP: self._segment, DATA_OP: self._segment, BSS_OP: self._segment,
        }

    def _tokens(self, name: str, text: str) -> list[Token]:
        """Lex a file and bind its names to symbols, in order of appearance."""
        toks, errors = tokens(text)
        for line, letter, detail in errors:
            self._error(letter, detail, name, line)
        lookup = self.symtab.lookup
        return [t._replace(value=lookup(t.value)) if t.kind == "name" else t for t in toks]

    # --- the passes -----------------------------------------------------------

    def run(self) -> aout.AOut:
        self._pass(_ONE)
        self._stop_on_errors()
        if self.allow_undefined:
            for sym in self.symtab.user:
                if sym.type & TYPE_MASK == UNDEF and sym.default is None:
                    sym.type |= EXT
        self.table = self.symtab.output()
        self._pass(_BRANCHES)
        sizes = {seg: _even(n) for seg, n in self.off.items()}
        self._relocate_symbols(sizes)
        self._pass(_FINAL)
        if {seg: _even(n) for seg, n in self.off.items()} != sizes and not self.errors:
            self._error("P", "segment sizes changed in the last pass")
        self._stop_on_errors()
        return self._output(sizes)

    def _stop_on_errors(self) -> None:
        if self.errors:
            raise AsmError(sorted(self.errors, key=self.errors.__getitem__))

    def _pass(self, kind: str) -> None:
        self.kind = kind
        self.seg = TEXT
        self.off = {TEXT: 0, DATA: 0, BSS: 0}
        self.out = {TEXT: bytearray(), DATA: bytearray()}
        self.relocs: dict[int, dict[int, int]] = {TEXT: {}, DATA: {}}
        # '..' starts at 0 in every pass, so each pass sees the same assignments to it.
        self.symtab.dotdot.type, self.symtab.dotdot.value = ABS, 0
        self.prev_temps, self.temps = self.temps, defaultdict(list)
        self.njumps = 0
        self.brdelt = 0
        if kind == _BRANCHES:
            self.jumps = []
        for name, toks in self.files:
            self.file = name
            self._file(Cursor(toks))

    def _file(self, cur: Cursor) -> None:
        self.skip = 0
        while cur.peek().kind != "eof":
            self.line = cur.peek().line
            try:
                if self.skip:
                    self._skip(cur)
                else:
                    self._statement(cur)
            except Fault as fault:
                self._error(fault.letter, fault.detail)
                while cur.next().kind not in ("eos", "eof"):
                    pass
        if self.skip:
            self.line = cur.peek().line
            self._error("I", f"{self.skip} .if without .endif")

    def _relocate_symbols(self, sizes: dict[int, int]) -> None:
        """Move data and bss symbols from segment offsets to final addresses."""
        data = aout.data_addr(self.magic, sizes[TEXT])
        self.base = {TEXT: 0, DATA: data, BSS: data + sizes[DATA]}
        for sym in self.symtab.every():
            sym.value = (sym.value + self.base.get(sym.type & TYPE_MASK, 0)) & MASK
        for labels in self.temps.values():
            labels[:] = [v._replace(value=(v.value + self.base.get(v.type, 0)) & MASK) for v in labels]

    def _output(self, sizes: dict[int, int]) -> aout.AOut:
        segments = {}
        for seg in (TEXT, DATA):
            raw = bytes(self.out[seg]).ljust(sizes[seg], b"\0")
            segments[seg] = (raw, [self.relocs[seg].get(i, 0) for i in range(0, sizes[seg], 2)])
        symbols = [aout.Symbol(s.name, s.type, s.value) for s in self.table]
        return aout.AOut(self.magic, segments[TEXT][0], segments[DATA][0], sizes[BSS],
                         symbols=symbols, relocation=segments[TEXT][1] + segments[DATA][1])

    # --- errors -----------------------------------------------------------------

    def _error(self, letter: str, detail: str = "", file: str | None = None,
               line: int | None = None) -> None:
        file, line = file or self.file, line or self.line
        message = f"{file}:{line}: {letter} {MEANINGS[letter]}" + (f": {detail}" if detail else "")
        self.errors.setdefault(message, (self.order.index(file), line))

    def _check(self, v: Value) -> None:
        """Report, in the last pass, what is wrong with a value being used."""
        if self.kind != _FINAL:
            return
        if v.err:
            self._error(*v.err)
        elif v.type == UNDEF:
            self._error("U", v.sym.name if v.sym else "")

    # --- statements -------------------------------------------------------------

    def _skip(self, cur: Cursor) -> None:
        """Inside a false .if: count .if and .endif until the matching one."""
        while True:
            tok = cur.next()
            if tok.kind in ("eos", "eof"):
                return
            if tok.kind == "name":
                kind = meaning(tok.value)[0] & TYPE_MASK
                self.skip += (kind == IF) - (kind == ENDIF)
                if not self.skip:
                    return

    def _statement(self, cur: Cursor) -> None:
        self._labels(cur)
        tok = cur.peek()
        if tok.kind == "str":
            cur.next()
            for byte in tok.value:
                self._put_byte(byte)
        elif tok.kind == "name" and _is_op(cur.peek(1), "="):
            self._assignment(cur)
        elif tok.kind == "name" and meaning(tok.value)[0] & TYPE_MASK in self.keywords:
            cur.next()
            self._keyword(tok.value, cur)
        elif tok.kind not in ("eos", "eof"):
            self._put_word(self._expr(cur, "E"))
        tok = cur.peek()
        if tok.kind == "eos":
            cur.next()
        elif tok.kind != "eof":
            raise Fault("X", f"unexpected {tok.text!r}")

    def _keyword(self, sym: Symbol, cur: Cursor) -> None:
        """A keyword statement: its type chooses the handler, its value is the opcode."""
        typ, value = meaning(sym)
        handler = self.keywords[typ & TYPE_MASK]
        handler(Symbol(sym.name, typ, value) if sym.default else sym, cur)

    def _labels(self, cur: Cursor) -> None:
        while _is_op(cur.peek(1), ":"):
            tok = cur.peek()
            if tok.kind == "name" and tok.value is not self.dot_symbol:
                self._define(tok.value)
            elif tok.kind == "num" and len(tok.text) == 1:
                self._define_temp(tok.value)
            else:
                raise Fault("X", f"{tok.text!r} cannot be a label")
            cur.pos += 2

    def _define(self, sym: Symbol) -> None:
        here = self.dot()
        if self.kind == _ONE and sym.type & TYPE_MASK != UNDEF:
            self._error("M", sym.name)
            return
        sym.claim()
        if self.kind == _BRANCHES:
            self.brdelt = sym.value - here.value
        elif self.kind == _FINAL and (sym.type & TYPE_MASK, sym.value) != (here.type, here.value):
            self._error("P", f"{sym.name} was 0{sym.value:o}, now 0{here.value:o}")
        sym.type = here.type | sym.type & EXT
        sym.value = here.value

    def _define_temp(self, digit: int) -> None:
        here = self.dot()
        labels, earlier = self.temps[digit], self.prev_temps.get(digit, [])
        if len(labels) < len(earlier):
            was = earlier[len(labels)]
            if self.kind == _BRANCHES:
                self.brdelt = was.value - here.value
            elif self.kind == _FINAL and was[:2] != here[:2]:
                self._error("P", f"{digit}: was 0{was.value:o}, now 0{here.value:o}")
        labels.append(here)

    def _assignment(self, cur: Cursor) -> None:
        sym = cur.next().value
        cur.next()
        v = self._expr(cur, "E")
        if sym is self.dot_symbol:
            self._move_dot(v)
            return
        if self.kind == _FINAL and v.err:
            self._error(*v.err)
        sym.claim()
        # The external attribute of the value is lost; the symbol's own stays.
        sym.type = (UNDEF if v.type == EXT else v.type) | sym.type & EXT
        sym.value = v.value

    def _move_dot(self, v: Value) -> None:
        if v.type == UNDEF:
            raise Fault(".", "value undefined in pass one")
        if v.type != self.seg:
            raise Fault(".", "value not in the current segment")
        # Addresses are 16-bit: a move of more than 077777 is taken as a step back.
        gap = _signed(v.value - self.dot().value)
        if gap < 0:
            raise Fault(".", "the location counter may not decrease")
        self._skip_bytes(gap)

    # --- pseudo-operations --------------------------------------------------------

    def _byte(self, sym: Symbol, cur: Cursor) -> None:
        while True:
            v = self._expr(cur, "E")
            self._check(v)
            if self.kind == _FINAL and v.type in RELOCATABLE:
                self._error("R", ".byte of a relocatable value")
            self._put_byte(v.value & 0o377)
            if not cur.take(","):
                return

    def _even(self, sym: Symbol, cur: Cursor) -> None:
        self._skip_bytes(self.off[self.seg] & 1)

    def _if(self, sym: Symbol, cur: Cursor) -> None:
        v = self._expr(cur, "E")
        if v.type == UNDEF:
            raise Fault("U", f".if {v.sym.name if v.sym else 'expression'} undefined in pass one")
        if v.type in RELOCATABLE:
            raise Fault("R", ".if of a relocatable value")
        if v.value == 0:
            self.skip = 1

    def _endif(self, sym: Symbol, cur: Cursor) -> None:
        """The end of a true .if: nothing to do (only false ones are counted)."""

    def _globl(self, sym: Symbol, cur: Cursor) -> None:
        while True:
            tok = cur.next()
            if tok.kind != "name" or tok.value is self.dot_symbol:
                raise Fault("X", ".globl wants names")
            tok.value.claim()
            tok.value.type |= EXT
            if not cur.take(","):
                return

    def _comm(self, sym: Symbol, cur: Cursor) -> None:
        tok = cur.next()
        if tok.kind != "name" or not cur.take(","):
            raise Fault("X", ".comm wants a name and a size")
        v = self._expr(cur, "E")
        name = tok.value
        name.claim()
        name.type |= EXT
        if name.type & TYPE_MASK == UNDEF:  # "provided the name is not defined elsewhere"
            name.value = v.value

    def _segment(self, sym: Symbol, cur: Cursor) -> None:
        self.seg = {TEXT_OP: TEXT, DATA_OP: DATA, BSS_OP: BSS}[sym.type & TYPE_MASK]

    # --- machine instructions ---------------------------------------------------

    def _instruction(self, sym: Symbol, cur: Cursor) -> None:
        """An instruction whose operands follow its format's fields in order."""
        word, extra = sym.value, []
        fields = isa.FORMATS[KEYWORD_FORMAT[sym.type & TYPE_MASK]][1]
        for i, (name, shift, width) in enumerate(fields):
            if i and not cur.take(","):
                raise Fault("X", f"{sym.name} wants {len(fields)} operands")
            field, words = self._field(name, width, cur)
            word |= field << shift
            extra += words
        self._put_word(Value(ABS, word & MASK))
        for v, pcrel in extra:
            self._put_word(v, pcrel)

    def _field(self, name: str, width: int, cur: Cursor) -> tuple[int, list[tuple[Value, bool]]]:
        if name in ("ss", "dd", "fss", "fdd"):
            return self._address(cur)
        v = self._expr(cur, "A" if name in ("r", "ac") else "E")
        if name == "r":
            return self._register(v), []
        if name == "ac":
            return self._accumulator(v), []
        if name == "off":
            return (self._branch(v) if width == 8 else self._sob(v)), []
        return self._number(v, width), []

    def _number(self, v: Value, width: int) -> int:
        self._check(v)
        if self.kind == _FINAL and v.type in RELOCATABLE:
            self._error("R", "relocatable value in an instruction field")
        # Deviation from V6: the manual says a sys number must fit in 6 bits;
        # we check the instruction's field (8 bits for trap, emt and sys).
        if self.kind == _FINAL and v.value >> width:
            self._error("A", f"0{v.value:o} does not fit in {width} bits")
        return v.value & ((1 << width) - 1)

    def _register(self, v: Value) -> int:
        if v.type == REG and v.value < 8:
            return v.value
        if v.type == UNDEF:
            self._check(v)
        elif self.kind == _FINAL:
            self._error("A", "register expected")
        return 0

    def _accumulator(self, v: Value) -> int:
        reg = self._register(v)
        if reg > 3:
            self._error("A", "only fr0-fr3 can be a floating accumulator")
        return reg & 3

    def _address(self, cur: Cursor) -> tuple[int, list[tuple[Value, bool]]]:
        """A general source or destination (sec. 8.1): mode and register, extra words."""
        if not cur.take("*"):
            if cur.take("$"):
                return 0o27, [(self._expr(cur, "A"), False)]
            return self._direct(cur)
        if cur.take("$"):
            return 0o37, [(self._expr(cur, "A"), False)]
        if _is_op(cur.peek(), "*"):
            raise Fault("*", "indirection of an indirection")
        mode, words = self._direct(cur)
        if mode & 0o70 == 0o10:  # *(r): an index word of 0
            return 0o70 | mode & 7, [(ZERO, False)]
        return mode | 0o10, words

    def _direct(self, cur: Cursor) -> tuple[int, list[tuple[Value, bool]]]:
        if _is_op(cur.peek(), "("):
            reg = self._parenthesized(cur)
            return (0o20 if cur.take("+") else 0o10) | reg, []
        if _is_op(cur.peek(), "-") and _is_op(cur.peek(1), "("):
            cur.next()
            return 0o40 | self._parenthesized(cur), []
        v = self._expr(cur, "A")
        if _is_op(cur.peek(), "("):
            return 0o60 | self._parenthesized(cur), [(v, False)]
        if v.type == REG:
            return self._register(v), []
        return 0o67, [(v, True)]

    def _parenthesized(self, cur: Cursor) -> int:
        cur.next()
        reg = self._register(self._expr(cur, "A"))
        if not cur.take(")"):
            raise Fault(")", "missing )")
        return reg

    def _branch(self, v: Value) -> int:
        """The offset field of a branch at ``.`` to ``v``."""
        distance = self._distance(v)
        if distance is None:
            return 0
        if distance & 1 or not -256 <= distance <= 254:
            self._error("B", f"target {distance:+d} bytes from .+2")
            return 0
        return (distance >> 1) & 0o377

    def _sob(self, v: Value) -> int:
        distance = self._distance(v)
        if distance is None:
            return 0
        # Deviation from V6: the manual wants the target "less than ."; the
        # hardware also loops to . and .+2 (offsets 1 and 0), so we allow them.
        if distance & 1 or not -126 <= distance <= 0:
            self._error("B", f"sob target {distance:+d} bytes from .+2")
            return 0
        return -distance >> 1

    def _distance(self, v: Value) -> int | None:
        """Bytes from ``.+2`` to a branch target, in the last pass (else None)."""
        self._check(v)
        if self.kind != _FINAL or v.type == UNDEF:
            return None
        here = self.dot().value + 2
        if v.type == ABS:
            # Deviation from V6: the manual wants the target in the segment
            # of '.'; an absolute one is taken as a core address, so that
            # the disassembler's listings assemble again.
            here += self.symtab.dotdot.value
        elif v.type != self.seg:
            self._error("R", "branch target not in the current segment")
            return None
        return _signed(v.value - here)

    def _jump(self, sym: Symbol, cur: Cursor) -> None:
        """jbr and jxx: a branch if near enough, else jmp (after the converse branch)."""
        target = self._expr(cur, "E")
        if self._jump_is_short(target):
            self._put_word(Value(ABS, sym.value | self._branch(target)))
            return
        if sym.type & TYPE_MASK == JCOND:
            self._put_word(Value(ABS, (sym.value ^ 0o400) | 2))
        self._put_word(Value(ABS, _JMP))
        self._put_word(target, True)

    def _jump_is_short(self, target: Value) -> bool:
        """V6's decision for the next jbr/jxx (see the module docstring)."""
        k, self.njumps = self.njumps, self.njumps + 1
        if self.kind == _FINAL:
            return k < len(self.jumps) and self.jumps[k]
        near = target.type == self.seg
        distance = _signed(target.value - self.dot().value)
        if self.kind == _ONE:
            return near and -254 <= distance < 0
        if distance > 0:
            distance = _signed(distance - self.brdelt)
        self.jumps.append(near and -254 <= distance <= 256)
        return self.jumps[k]

    def _movf(self, sym: Symbol, cur: Cursor) -> None:
        """movf: stf if the first operand is a register, else ldf (sec. 8.9)."""
        first, words = self._address(cur)
        if not cur.take(","):
            raise Fault("X", "movf wants two operands")
        if first < 0o10:
            dst, words = self._address(cur)
            word = sym.value + _STF.code - _LDF.code | self._accumulator(Value(REG, first)) << 6 | dst
        else:
            word = sym.value | self._accumulator(self._expr(cur, "A")) << 6 | first
        self._put_word(Value(ABS, word & MASK))
        for v, pcrel in words:
            self._put_word(v, pcrel)

    # --- the location counter and the output --------------------------------------

    def dot(self) -> Value:
        """The value of ``.``: the current segment and the address in it."""
        return Value(self.seg, self.base[self.seg] + self.off[self.seg])

    def temp(self, digit: int, forward: bool) -> Value:
        """The value of ``Nf`` or ``Nb`` here (forward: from the previous pass)."""
        labels = self.temps[digit]
        if not forward:
            return labels[-1] if labels else Value(UNDEF, 0, None, ("F", f"no {digit}: before {digit}b"))
        earlier = self.prev_temps.get(digit, [])
        if len(labels) < len(earlier):
            return earlier[len(labels)]
        return Value(UNDEF, 0, None, ("F", f"no {digit}: after {digit}f"))

    def _expr(self, cur: Cursor, letter: str) -> Value:
        v = expression(cur, self)
        if v is None:
            tok = cur.peek()
            raise Fault(letter, f"expression expected, found {tok.text or tok.kind!r}")
        return v

    def _put_word(self, v: Value, pcrel: bool = False) -> None:
        if self.off[self.seg] & 1:
            self._error("O")
        if self._writable() and self.kind == _FINAL:
            word, reloc = self._word(v, pcrel)
            self.relocs[self.seg][self.off[self.seg]] = reloc
            self.out[self.seg] += bytes((word & 0o377, word >> 8))
        self.off[self.seg] += 2

    def _put_byte(self, byte: int) -> None:
        if self._writable() and self.kind == _FINAL:
            self.out[self.seg].append(byte)
        self.off[self.seg] += 1

    def _skip_bytes(self, n: int) -> None:
        """Move ``.`` on by ``n`` bytes: zeros in text and data, nothing in bss."""
        if self.seg == BSS:
            self.off[BSS] += n
        for _ in range(n if self.seg != BSS else 0):
            self._put_byte(0)

    def _writable(self) -> bool:
        if self.seg == BSS:
            self._error("X", "code or data in the bss segment")
        return self.seg != BSS

    def _word(self, v: Value, pcrel: bool) -> tuple[int, int]:
        """An output word and its relocation (sec. 9.1 for ``..``)."""
        self._check(v)
        dotdot = self.symtab.dotdot.value
        word, reloc = v.value, aout.R_ABS
        if v.type in _RELOC:
            word, reloc = v.value + dotdot, _RELOC[v.type]
        elif v.type == EXT:
            reloc = aout.reloc_word(aout.R_EXT, False, v.sym.index)
        if pcrel:
            word -= self.dot().value + 2 + dotdot
            reloc |= aout.R_PCREL
        return word & MASK, reloc

