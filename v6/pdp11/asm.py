"""V6: as — the UNIX PDP-11 assembler, as V6's own ``as`` (/bin/as, /lib/as2) behaved.

Interface (what ``v6 as`` and the C compiler use):

- ``assemble(sources, *, magic=0o407, allow_undefined=False) -> AOut``:
  ``sources`` are ``(file name, text)`` pairs assembled as ONE assembly with
  one symbol table, in order (V6 read its arguments as one stream).
  ``magic`` 0407 puts the data right after the text, 0410 at the next 8 KB
  boundary, 0411 at 0 of the data space.  With ``allow_undefined`` (V6's
  ``as -``) every symbol still undefined after the first pass becomes an
  undefined external; without it, using an undefined symbol is an error.
  The entry point is 0.
- The result's ``symbols`` are the program's symbols in order of first
  appearance (including those only seen inside a false ``.if``), typed as
  in a.out(5).  ``relocation`` has one word per text and data word.  Every
  word and symbol value is what the file holds if loaded alone (the data at
  ``AOut.data_addr``, the bss after it); an external's words hold the
  offset to add to the symbol's final value.
- ``AsmError(V6Error)``: ``errors`` is every message found, each
  ``file:line: L meaning: detail`` with V6's error letter ``L`` (V6 printed
  ``L line`` under the file's name), in the order V6 found them; ``found``
  has them as ``Diagnostic`` tuples; ``output`` is the a.out V6 left all
  the same (see the passes), which ``v6 as`` writes as V6 did.

The language (UNIX Assembler Reference Manual) as V6 read it: statements
separated by new-lines or ``;``, each preceded by any number of labels
(``name:`` or ``N:`` with N from 0 to 9); null, expression (one word),
assignment (``name = expr``, ``. = expr``), string (``<...>``, bytes) and
keyword statements — machine instructions with the operand syntax of their
format, ``jbr``/``jxx``, and ``.byte .even .if .endif .globl .text .data
.bss .comm``.  Lexemes: ``asmlex``; expressions and types: ``asmexpr``;
symbols and built-ins: ``asmsym``.

Passes, as V6 ran them (each fact here was checked against V6's output):

- Pass one (V6's /bin/as) reads everything, defines labels and assignments
  as it goes, drops what a false ``.if`` skips and gives every statement a
  size: a general operand has an index word unless it is a register
  *already*; a ``jbr``/``jxx`` is short (a branch) only if its target is
  already defined in the same segment, behind ``.`` and at most 254 bytes
  away, else long (``jmp *$L``, after the converse branch for a ``jxx``: 4
  and 6 bytes).  Its errors (syntax, expressions, labels) end the assembly
  with no output.
- Pass two (the first pass of /lib/as2) starts with every symbol whose last
  definition was an assignment back where it was before pass one
  (undefined, or a built-in's own meaning) — assignments take effect anew
  as they are read — and labels at their pass-one values; a label not
  reached yet in this pass is "ahead".  It decides each ``jbr``/``jxx``
  once and for all, on the values alone whatever their segments: a target
  behind is measured exactly; a target ahead still has its pass-one value,
  from which the shrinkage known at the last label (``brdelt``: that
  label's old value minus its new one) is subtracted — so a forward jump is
  short when its pass-one distance, so corrected, is at most 256 bytes (a
  short jump to another segment is then an error ``b``).  Labels are
  redefined as the pass goes.  Its errors (registers, field sizes, odd
  words, data in the bss, ``.`` moving back, ``.byte`` of a value that is
  not absolute) end the assembly, leaving an empty output; its segment
  sizes are the a.out's.
- Then the data and bss symbols are moved to their final addresses and the
  last pass produces the bytes, with the symbols as pass two left them.
  Operands are sized afresh, so an instruction whose operand became a
  register shrinks (``clr x; x = r1``): the segment is padded with zeros to
  pass two's size, and a later label is a phase error ``p`` (keeping its
  pass-two value).  Its errors: ``u`` at every use of an undefined
  symbol, ``b``, ``r`` for an illegal combination in an expression, ``p``,
  and those of pass two that only show now; the output is complete.

Deviations from V6, each kept on purpose:

- Errors carry the true line.  V6's first pass lost count of a line each
  time an error made it skip a new-line (the rest of a line after an error
  ``x``; the token a missing ``]`` swallows), so its later messages for
  that file named an earlier line.  A token that runs across the end of a
  file is reported where it starts (V6 named the next file).
- Every character of a name counts (see ``asmsym``).
- When the last pass makes more bytes than pass two sized (only a name
  redefined by an assignment after statements that used it as an
  instruction or pseudo-operation can do that: V6's last pass read them
  anew with the new meaning), V6 wrote the excess over the next part of
  its a.out; we drop it.
- ``movei``, ``movfi``, ``movfo`` used in an expression are an error ``r``
  here; V6 said so only for an assignment and otherwise made a garbage
  relocation word.
- Beyond V6: without ``allow_undefined``, the instructions and system calls
  V6 did not know are understood when a program uses them without
  defining them (``asmsym.EXTRAS``) — where V6 could only report ``u``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

from v6.errors import V6Error
from v6.pdp11 import aout, isa
from v6.pdp11.asmexpr import MASK, ZERO, Cursor, Value, expression, is_op, signed
from v6.pdp11.asmlex import Token, tokens
from v6.pdp11.asmsym import (
    ABS,
    BSS,
    BSS_OP,
    BUILTINS,
    BYTE,
    COMM,
    DATA,
    DATA_OP,
    EIS,
    ENDIF,
    EVEN,
    EXT,
    GLOBL,
    IF,
    JBR,
    JCOND,
    KEYWORD_FORMAT,
    MOVF,
    NAME_SIZE,
    NOT_A_VALUE,
    REG,
    TEXT,
    TEXT_OP,
    TYPE_MASK,
    UNDEF,
    Symbol,
    SymbolTable,
)

MEANINGS = {
    ")": "parentheses error", "]": "parentheses error", "<": "string not terminated properly",
    "*": "indirection used illegally", ".": "illegal assignment to .", "a": "error in address",
    "b": "branch address is odd or too remote", "e": "error in expression",
    "f": "error in local (f or b) type symbol", "g": "garbage (unknown) character",
    "i": "end of file inside an .if", "m": "multiply defined symbol as label",
    "o": "word quantity assembled at odd address", "p": "phase error: . different in pass 1 and 2",
    "r": "relocation error", "u": "undefined symbol", "U": "undefined symbol in .if",
    "x": "syntax error",
}
"""V6's error letters, as it printed them, and what they mean (manual sec. 10)."""

_RELOC = {TEXT: aout.R_TEXT, DATA: aout.R_DATA, BSS: aout.R_BSS}
_JMP_ABSOLUTE = isa.by_name()["jmp"][0].code | 0o37
_LDF, _STF = sorted(isa.by_name()["movf"], key=lambda row: row.fmt != "fss,ac")
_ONE, _TWO, _FINAL = "one", "two", "final"
_SEGMENTS = {TEXT_OP: TEXT, DATA_OP: DATA, BSS_OP: BSS}
_REGISTER_FIELD_LETTER = {EIS: "x"}
"""The error for a bad register field: ``a``, but ``x`` for mul, div, ash, ashc."""


class Diagnostic(NamedTuple):
    """One error: where (file name, line), V6's letter, and what was wrong."""

    file: str
    line: int
    letter: str
    detail: str

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}: {self.letter} {MEANINGS[self.letter]}"
        return text + (f": {self.detail}" if self.detail else "")


class AsmError(V6Error):
    """Assembly failed; ``errors`` holds every ``file:line: ...`` message.

    ``output`` is the a.out V6 left all the same: the whole file when only
    its last pass found errors, an empty file after errors of pass two,
    None (no file) after errors of pass one."""

    def __init__(self, found: list[Diagnostic], output: bytes | None = None) -> None:
        self.found = found
        self.output = output
        self.errors = [str(d) for d in found]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        super().__init__(self.errors[0] + more)


def assemble(sources: Sequence[tuple[str, str]], *, magic: int = aout.MAGIC_NORMAL,
             allow_undefined: bool = False) -> aout.AOut:
    """Assemble ``(name, text)`` sources as one program; raise ``AsmError``."""
    if magic not in aout.MAGICS:
        raise ValueError(f"bad magic 0{magic:o}")
    return _Assembly(sources, magic, allow_undefined).run()


def _defined(toks: list[Token]) -> set[Symbol]:
    """The symbols a program defines or declares anywhere: labels, assignments,
    and the names of .globl and .comm statements."""
    defined, declaring = set(), False
    for tok, after in zip(toks, toks[1:], strict=False):
        if tok.kind == "eos":
            declaring = False
        elif tok.kind == "name":
            declaring = declaring or tok.value.type & TYPE_MASK in (GLOBL, COMM)
            if declaring or is_op(after, ":") or is_op(after, "="):
                defined.add(tok.value)
    return defined


def _even(n: int) -> int:
    return n + (n & 1)


class _Assembly:
    """One assembly: the symbol table, the tokens and the state of a pass."""

    def __init__(self, sources: Sequence[tuple[str, str]], magic: int, allow_undefined: bool) -> None:
        self.magic = magic
        self.allow_undefined = allow_undefined
        self.symtab = SymbolTable()
        self.dot_symbol = self.symtab.dot
        self.names = [name for name, _ in sources]
        self.last_lines = [text.count("\n") + 1 for _, text in sources]
        lookup = self.symtab.lookup
        self.toks = [t._replace(value=lookup(t.value)) if t.kind == "name" else t
                     for t in tokens([text for _, text in sources])]
        if not allow_undefined:
            self.symtab.adopt_extras(_defined(self.toks))
        self.found: list[Diagnostic] = []
        self.base = {TEXT: 0, DATA: 0, BSS: 0}
        self.temps: dict[int, list[Value]] = defaultdict(list)
        self.jumps: list[bool] = []
        self.dropped: list[tuple[int, int]] = []
        """Token spans that pass one consumed for good: .if statements and what they skip."""
        self.keywords: dict[int, Callable[[Symbol, Cursor], None]] = {
            **{t: self._instruction for t in KEYWORD_FORMAT},
            JBR: self._jump, JCOND: self._jump, MOVF: self._movf, BYTE: self._byte,
            EVEN: self._even, IF: self._if, ENDIF: self._endif, GLOBL: self._globl, COMM: self._comm,
            TEXT_OP: self._segment, DATA_OP: self._segment, BSS_OP: self._segment,
        }

    # --- the passes -----------------------------------------------------------

    def run(self) -> aout.AOut:
        self._pass(_ONE, Cursor(self.toks, self._lexical_error))
        self._stop_on_errors(None)
        self._after_pass_one()
        self._pass(_TWO, Cursor(self.stream))
        self._stop_on_errors(b"")
        sizes = {seg: _even(max(n, self.top[seg])) for seg, n in self.off.items()}
        self._relocate_symbols(sizes)
        self._pass(_FINAL, Cursor(self.stream))
        result = self._output(sizes)
        self._stop_on_errors(result.to_bytes())
        return result

    def _stop_on_errors(self, output: bytes | None) -> None:
        if self.found:
            raise AsmError(self.found, output)

    def _after_pass_one(self) -> None:
        """What pass two starts from: the kept tokens, undefined externals,
        assignments undone."""
        keep = [True] * len(self.toks)
        for start, end in self.dropped:
            keep[start:end] = [False] * (end - start)
        self.stream = [t for t, k in zip(self.toks, keep, strict=True) if k and t.kind != "err"]
        for sym in self.symtab.user:
            if self.allow_undefined and sym.type == UNDEF:
                sym.type = EXT
        self.table = self.symtab.output()
        for sym in self.symtab.every():
            if sym.assigned and sym.builtin:
                sym.type, sym.value = BUILTINS[sym.name]
            elif sym.assigned:
                sym.type, sym.value = sym.type & EXT, 0

    def _pass(self, kind: str, cur: Cursor) -> None:
        self.kind = kind
        self.seg = TEXT
        self.off = {TEXT: 0, DATA: 0, BSS: 0}
        self.top = {TEXT: 0, DATA: 0, BSS: 0}
        """How far each segment reached before ``.`` went back (bss only, after pass one)."""
        self.out = {TEXT: bytearray(), DATA: bytearray()}
        self.relocs: dict[int, dict[int, int]] = {TEXT: {}, DATA: {}}
        # '..' starts at 0 in every pass, so each pass sees the same assignments to it.
        self.symtab.dotdot.type, self.symtab.dotdot.value = ABS, 0
        self.prev_temps, self.temps = self.temps, defaultdict(list)
        self.reached: set[Symbol] = set()
        self.njumps = 0
        self.brdelt = 0
        self.skip = 0
        if kind == _TWO:
            self.jumps = []
        self.cur = cur
        while cur.peek().kind != "eof":
            if self.skip:
                self._skip(cur)
            else:
                self._statement(cur)

    def _relocate_symbols(self, sizes: dict[int, int]) -> None:
        """Move data and bss symbols from segment offsets to final addresses."""
        data = aout.data_addr(self.magic, sizes[TEXT])
        self.base = {TEXT: 0, DATA: data, BSS: data + sizes[DATA]}
        for sym in self.symtab.every():
            sym.value = (sym.value + self.base.get(sym.type & TYPE_MASK, 0)) & MASK
        for labels in self.temps.values():
            labels[:] = [v._replace(value=(v.value + self.base.get(v.type, 0)) & MASK) for v in labels]

    def _output(self, sizes: dict[int, int]) -> aout.AOut:
        """The a.out: each segment as the last pass made it, padded to pass two's size."""
        segments = {}
        for seg in (TEXT, DATA):
            relocs = [self.relocs[seg].get(off, 0) for off in range(0, sizes[seg], 2)]
            segments[seg] = (bytes(self.out[seg]).ljust(sizes[seg], b"\0")[:sizes[seg]], relocs)
        symbols = [aout.Symbol(s.name[:NAME_SIZE], s.type, s.value) for s in self.table]
        return aout.AOut(self.magic, segments[TEXT][0], segments[DATA][0], sizes[BSS],
                         symbols=symbols, relocation=segments[TEXT][1] + segments[DATA][1])

    # --- errors -----------------------------------------------------------------

    def _error(self, letter: str, detail: str = "", where: Token | None = None) -> None:
        tok = where or self.cur.last
        self.found.append(Diagnostic(self.names[tok.file], tok.line, letter, detail))

    def syntax(self, letter: str, detail: str) -> None:
        """An error of V6's first pass (its /bin/as)."""
        if self.kind == _ONE:
            self._error(letter, detail)

    def later(self, letter: str, detail: str) -> None:
        """An error of V6's second program (/lib/as2): pass two, or the last
        pass when only the last pass's values show it."""
        if self.kind != _ONE:
            self._error(letter, detail)

    def final(self, letter: str, detail: str) -> None:
        """An error only V6's last pass reported."""
        if self.kind == _FINAL:
            self._error(letter, detail)

    def _lexical_error(self, tok: Token) -> None:
        self._error(*tok.value, where=tok)

    # --- statements -------------------------------------------------------------

    def _skip(self, cur: Cursor) -> None:
        """Inside a false .if (pass one): count .if and .endif to the matching one."""
        start = cur.pos
        while self.skip:
            tok = cur.peek()
            if tok.kind == "eof" or tok.file != self.skip_file:
                self._unterminated_if(tok)
                break
            cur.next()
            if tok.kind == "name":
                kind = tok.value.type & TYPE_MASK
                self.skip += (kind == IF) - (kind == ENDIF)
        self.dropped.append((start, cur.pos))

    def _unterminated_if(self, tok: Token) -> None:
        """End of input (error ``x``) or of a file (``i``) inside a false .if."""
        if tok.kind == "eof":
            self._error("x", "end of input inside an .if", tok)
        else:
            file = self.skip_file
            self._error("i", "", Token("eof", None, file, self.last_lines[file]))
        self.skip = 0

    def _statement(self, cur: Cursor) -> None:
        self.cur.last = cur.peek()
        self._labels(cur)
        tok = cur.peek()
        if is_op(cur.peek(1), ":"):  # something else before a colon: V6 did not evaluate it
            self._garbage(cur)
        elif tok.kind == "str":
            cur.next()
            for byte in tok.value:
                self._put_byte(byte)
        elif is_op(cur.peek(1), "="):
            self._assignment(cur)
        elif tok.kind == "name" and tok.value.type & TYPE_MASK in self.keywords:
            self.keyword_pos = cur.pos
            cur.next()
            self.keywords[tok.value.type & TYPE_MASK](tok.value, cur)
        elif tok.kind not in ("eos", "eof"):
            self._put_word(self._expr(cur, "e"))
        self._end_of_statement(cur)

    def _end_of_statement(self, cur: Cursor) -> None:
        """A statement ends at ``;`` or a new-line.  In pass one anything else
        is an error ``x`` and the rest of the statement is skipped; later
        (where only a name redefined after pass one can lead) the token is
        dropped and a statement starts after it, as V6's second program did."""
        if cur.peek().kind in ("eos", "eof") or self.kind != _ONE:
            cur.next()
            return
        self._garbage(cur)

    def _garbage(self, cur: Cursor) -> None:
        """An error ``x`` at the next token, and the rest of the statement skipped."""
        self.syntax("x", f"unexpected {cur.next().text!r}")
        while cur.peek().kind not in ("eos", "eof"):
            cur.next()
        cur.next()

    def _labels(self, cur: Cursor) -> None:
        while is_op(cur.peek(1), ":") and cur.peek().kind in ("name", "num"):
            tok = cur.next()
            cur.next()
            if tok.kind == "num":
                self._define_temp(tok)
            elif tok.value.builtin or tok.value.type & TYPE_MASK != UNDEF and self.kind == _ONE:
                self.syntax("m", tok.value.name)
            else:
                self._define(tok.value)

    def _define(self, sym: Symbol) -> None:
        here = self.dot()
        if self.kind == _FINAL:
            if (sym.type & TYPE_MASK, sym.value) != (here.type, here.value):
                self.final("p", f"{sym.name} was 0{sym.value:o}, now 0{here.value:o}")
            return
        if self.kind == _TWO:
            self.brdelt = sym.value - here.value
            self.reached.add(sym)
        sym.type = here.type | sym.type & EXT
        sym.value = here.value
        sym.assigned = False

    def _define_temp(self, tok: Token) -> None:
        if tok.value > 9:
            self.syntax("f", f"{tok.text}: is not a digit")
            return
        here = self.dot()
        labels, earlier = self.temps[tok.value], self.prev_temps.get(tok.value, [])
        if self.kind == _TWO and len(labels) < len(earlier):
            self.brdelt = earlier[len(labels)].value - here.value
        labels.append(here)

    def _assignment(self, cur: Cursor) -> None:
        target = cur.next()
        cur.next()
        v = self._expr(cur, "e")
        if target.kind != "name":
            self.syntax("x", f"cannot assign to {target.text!r}")
        elif target.value is self.dot_symbol:
            self._move_dot(v)
        else:
            sym = target.value
            # The external attribute of the value is lost; the symbol's own
            # stays.  An undefined value is 0, as V6 stored it.
            sym.type = (UNDEF if v.type == EXT else v.type) | sym.type & EXT
            sym.value = v.value if sym.type & TYPE_MASK != UNDEF else 0
            sym.assigned = True

    def _move_dot(self, v: Value) -> None:
        if v.type != self.seg:
            why = "value undefined in pass one" if v.type == UNDEF else "value not in the current segment"
            self.syntax(".", why)
            return
        # Addresses are 16-bit: a move of more than 077777 is taken as a step back.
        gap = signed(v.value - self.dot().value)
        if gap >= 0:
            self._skip_bytes(gap)
        elif self.seg == BSS or self.kind == _ONE:
            self.top[self.seg] = max(self.top[self.seg], self.off[self.seg])
            self.off[self.seg] += gap
        else:
            self.later(".", "the location counter may not decrease")

    # --- pseudo-operations --------------------------------------------------------

    def _byte(self, sym: Symbol, cur: Cursor) -> None:
        while True:
            v = self._expr(cur, "e")
            if v.type not in (ABS, UNDEF):
                self.later("r", ".byte of a value that is not absolute")
            self._put_byte(v.value & 0o377)
            if not cur.take(","):
                return

    def _even(self, sym: Symbol, cur: Cursor) -> None:
        self._skip_bytes(self.off[self.seg] & 1)

    def _if(self, sym: Symbol, cur: Cursor) -> None:
        start = self.keyword_pos
        v = self._expr(cur, "e")
        if v.type == UNDEF:
            self.syntax("U", f".if {v.sym.name if v.sym else 'expression'} undefined in pass one")
        if v.value == 0:
            self.skip, self.skip_file = 1, cur.peek().file
        self.dropped.append((start, cur.pos))

    def _endif(self, sym: Symbol, cur: Cursor) -> None:
        """The end of a true .if: only its keyword is dropped (false ones are skipped)."""
        self.dropped.append((self.keyword_pos, self.keyword_pos + 1))

    def _globl(self, sym: Symbol, cur: Cursor) -> None:
        while cur.peek().kind == "name":
            cur.next().value.type |= EXT
            if not cur.take(","):
                return

    def _comm(self, sym: Symbol, cur: Cursor) -> None:
        if cur.peek().kind != "name":
            self.syntax("x", ".comm wants a name")
            return
        name = cur.next().value
        if not cur.take(","):
            self.syntax("x", ".comm wants a size")
            return
        v = self._expr(cur, "e")
        name.type |= EXT
        if name.type & TYPE_MASK == UNDEF:  # "provided the name is not defined elsewhere"
            name.value = v.value

    def _segment(self, sym: Symbol, cur: Cursor) -> None:
        """.text, .data, .bss: V6 evened the location counter of the segment it left."""
        self._skip_bytes(self.off[self.seg] & 1)
        self.seg = _SEGMENTS[sym.type & TYPE_MASK]

    # --- machine instructions ---------------------------------------------------

    def _instruction(self, sym: Symbol, cur: Cursor) -> None:
        """An instruction whose operands follow its format's fields in order."""
        word, extra = sym.value, []
        kind = sym.type & TYPE_MASK
        fields = isa.FORMATS[KEYWORD_FORMAT[kind]][1]
        for i, (name, shift, width) in enumerate(fields):
            if i and not cur.take(","):
                self.syntax("a", f"{sym.name} wants {len(fields)} operands")
                break
            field, words = self._field(kind, name, width, cur)
            word |= field << shift
            extra += words
        self._put_word(Value(ABS, word & MASK))
        for v, pcrel in extra:
            self._put_word(v, pcrel)

    def _field(self, kind: int, name: str, width: int, cur: Cursor) -> tuple[int, list[tuple[Value, bool]]]:
        if name in ("ss", "dd", "fss", "fdd"):
            return self._address(cur)
        if name == "ac":
            return self._accumulator(self._address(cur)[0]), []
        v = self._expr(cur, "e")
        if name == "r":
            return self._register(v, _REGISTER_FIELD_LETTER.get(kind, "a"), kind != EIS), []
        if name == "off":
            return (self._branch(v) if width == 8 else self._sob(v)), []
        return self._number(v, width), []

    def _number(self, v: Value, width: int) -> int:
        """The number of sys or mark: absolute, 6 bits (V6 put in all 16 all the same)."""
        if v.type != UNDEF and (v.type != ABS or v.value >> width):
            self.later("a", f"0{v.value:o} is not a {width}-bit number")
        return v.value

    def _register(self, v: Value, letter: str = "a", ahead_ok: bool = False) -> int:
        """A register field; V6 let a label not yet reached pass until its last pass."""
        if v.type == REG and v.value < 8:
            return v.value
        if not (ahead_ok and self._ahead(v)):
            self.later(letter, "register expected")
        return 0

    def _ahead(self, v: Value) -> bool:
        """Whether ``v`` is a label that pass two has not reached yet."""
        sym = v.sym
        return (self.kind == _TWO and sym is not None and not sym.builtin and not sym.assigned
                and sym not in self.reached and v.type in (TEXT, DATA, BSS))

    def _accumulator(self, mode: int) -> int:
        """A floating accumulator: an operand that is fr0-fr3 (or r0-r3)."""
        if mode > 3:
            self.later("x", "fr0-fr3 expected")
        return mode & 3

    def _address(self, cur: Cursor) -> tuple[int, list[tuple[Value, bool]]]:
        """A general source or destination (sec. 8.1): mode and register, extra words."""
        if not cur.take("*"):
            if cur.take("$"):
                return 0o27, [(self._expr(cur, "e"), False)]
            return self._direct(cur)
        if cur.take("$"):
            return 0o37, [(self._expr(cur, "e"), False)]
        if cur.take("*"):
            self.syntax("*", "indirection of an indirection")
        mode, words = self._direct(cur)
        if mode & 0o70 == 0o10:  # *(r): an index word of 0
            return 0o70 | mode & 7, [(ZERO, False)]
        return mode | 0o10, words

    def _direct(self, cur: Cursor) -> tuple[int, list[tuple[Value, bool]]]:
        if is_op(cur.peek(), "("):
            reg = self._parenthesized(cur)
            return (0o20 if cur.take("+") else 0o10) | reg, []
        if is_op(cur.peek(), "-") and is_op(cur.peek(1), "("):
            cur.next()
            return 0o40 | self._parenthesized(cur), []
        v = self._expr(cur, "e")
        if is_op(cur.peek(), "("):
            return 0o60 | self._parenthesized(cur), [(v, False)]
        if v.type == REG:
            return v.value & 7, []
        return 0o67, [(v, True)]

    def _parenthesized(self, cur: Cursor) -> int:
        """``(r)``: V6's first pass wanted a register it already knew."""
        cur.next()
        v = self._expr(cur, "e")
        if not (v.type == REG and v.value < 8):
            self.syntax("a", "register expected in ( )")
        if not cur.take(")"):
            self.syntax(")", "missing )")
        return v.value & 7

    def _branch(self, v: Value) -> int:
        """The offset field of a branch at ``.`` to ``v``."""
        distance = self._distance(v)
        if distance is None or distance & 1 or not -256 <= distance <= 254:
            self.final("b", self._why_not(v, distance, "target"))
            return 0
        return (distance >> 1) & 0o377

    def _sob(self, v: Value) -> int:
        distance = self._distance(v)
        if distance is None or distance & 1 or not -126 <= distance <= 0:
            self.final("b", self._why_not(v, distance, "sob target"))
            return 0
        return -distance >> 1

    @staticmethod
    def _why_not(v: Value, distance: int | None, what: str) -> str:
        if distance is not None:
            return f"{what} {distance:+d} bytes from .+2"
        return f"{what} undefined" if v.type == UNDEF else f"{what} not in this segment"

    def _distance(self, v: Value) -> int | None:
        """Bytes from ``.+2`` to a branch target in this segment (else None)."""
        if v.type != self.seg:
            return None
        return signed(v.value - self.dot().value - 2)

    def _jump(self, sym: Symbol, cur: Cursor) -> None:
        """jbr and jxx: a branch if near enough, else jmp (after the converse branch)."""
        target = self._expr(cur, "e")
        if self._jump_is_short(target):
            self._put_word(Value(ABS, sym.value | self._branch(target)))
            return
        if sym.type & TYPE_MASK == JCOND:
            self._put_word(Value(ABS, (sym.value ^ 0o400) | 2))
        self._put_word(Value(ABS, _JMP_ABSOLUTE))
        self._put_word(target)

    def _jump_is_short(self, target: Value) -> bool:
        """V6's decision for the next jbr/jxx (see the module docstring)."""
        k, self.njumps = self.njumps, self.njumps + 1
        if self.kind == _FINAL:
            return k < len(self.jumps) and self.jumps[k]
        distance = signed(target.value - self.dot().value)
        if self.kind == _ONE:
            return target.type == self.seg and -254 <= distance < 0
        if distance > 0:
            distance = signed(distance - self.brdelt)
        self.jumps.append(-254 <= distance <= 256)
        return self.jumps[k]

    def _movf(self, sym: Symbol, cur: Cursor) -> None:
        """movf: stf if the first operand is fr0-fr3 (or r0-r3), else ldf (sec. 8.9)."""
        first, words = self._address(cur)
        if not cur.take(","):
            self.syntax("a", "movf wants two operands")
            return
        if first < 4:
            dst, words = self._address(cur)
            word = sym.value + _STF.code - _LDF.code | first << 6 | dst
        else:
            word = sym.value | self._accumulator(self._address(cur)[0]) << 6 | first
        self._put_word(Value(ABS, word & MASK))
        for v, pcrel in words:
            self._put_word(v, pcrel)

    # --- the context of expressions -------------------------------------------------

    def dot(self) -> Value:
        """The value of ``.``: the current segment and the address in it."""
        return Value(self.seg, self.base[self.seg] + self.off[self.seg])

    def symbol(self, sym: Symbol) -> Value:
        """What a symbol contributes to an expression; using an undefined one
        is an error ``u`` (in the last pass)."""
        if sym.type & TYPE_MASK in NOT_A_VALUE:
            self.final("r", f"{sym.name} has no value")
            return Value(UNDEF, 0, sym)
        if sym.type & TYPE_MASK != UNDEF:
            return Value(sym.type & TYPE_MASK, sym.value, sym)
        if sym.type & EXT:
            return Value(EXT, 0, sym)
        self.final("u", sym.name)
        return Value(UNDEF, 0, sym)

    def temp(self, digits: str, forward: bool) -> Value:
        """``Nf`` or ``Nb`` here.  Forward: the next ``N:`` of the previous
        pass (absolute 0 if none, without complaint, as in V6)."""
        if len(digits) > 1:
            self.syntax("f", f"{digits}{'fb'[not forward]} has more than one digit")
            if not forward:
                self.syntax("f", f"no {digits}: before {digits}b")
            return ZERO
        n = int(digits)
        labels = self.temps[n]
        if not forward:
            if not labels:
                self.syntax("f", f"no {n}: before {n}b")
            return labels[-1] if labels else ZERO
        earlier = self.prev_temps.get(n, [])
        if len(labels) < len(earlier):
            return earlier[len(labels)]
        return Value(UNDEF, 0) if self.kind == _ONE else ZERO

    def _expr(self, cur: Cursor, letter: str) -> Value:
        v = expression(cur, self)
        if v is None:
            tok = cur.peek()
            self.syntax(letter, f"expression expected, found {tok.text or tok.kind!r}")
            return ZERO
        return v

    # --- the location counter and the output --------------------------------------

    def _put_word(self, v: Value, pcrel: bool = False) -> None:
        if self.off[self.seg] & 1 and self.kind != _ONE:
            self.later("o", "")
            self.off[self.seg] += 1
        if self._writable() and self.kind == _FINAL:
            word, reloc = self._word(v, pcrel)
            self.relocs[self.seg][self.off[self.seg]] = reloc
            self._place(bytes((word & 0o377, word >> 8)))
        self.off[self.seg] += 2

    def _put_byte(self, byte: int) -> None:
        if self._writable() and self.kind == _FINAL:
            self._place(bytes((byte,)))
        self.off[self.seg] += 1

    def _place(self, data: bytes) -> None:
        """Write at ``.`` in the current segment (zeros fill any gap)."""
        out, off = self.out[self.seg], self.off[self.seg]
        out[len(out):] = bytes(max(0, off - len(out)))
        out[off:off + len(data)] = data

    def _skip_bytes(self, n: int) -> None:
        """Move ``.`` on by ``n`` bytes: zeros in text and data, nothing in bss."""
        if self.seg == BSS:
            self.off[BSS] += n
        for _ in range(n if self.seg != BSS else 0):
            self._put_byte(0)

    def _writable(self) -> bool:
        if self.seg == BSS:
            self.later("x", "code or data in the bss segment")
        return self.seg != BSS

    def _word(self, v: Value, pcrel: bool) -> tuple[int, int]:
        """An output word and its relocation (sec. 9.1 for ``..``)."""
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
