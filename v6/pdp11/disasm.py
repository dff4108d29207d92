"""New: the disassembler — machine words back into the V6 assembler's language.

``disassemble(words, addr, names=None) -> (text, count)`` gives the text of
the instruction at ``addr`` whose first word is ``words[0]`` and how many
words it uses (its index words: modes 6 and 7, and the pc modes 2 and 3).
Pc-relative operands and branch targets are printed as absolute addresses,
or as the name ``names`` gives that address, so that the text assembled at
``addr`` gives back the same words (the assembler takes an absolute branch
target as a core address).  A word that decodes to no instruction, an
instruction too long for the words given, and one that V6's assembler
cannot spell print as an octal data word, with the instruction in a
comment when there is one: the condition-code combinations without a name,
``wait`` (the system call of that name hides it), and ``ldf`` from a
register (``movf`` with a register first is ``stf``).  Numbers are octal,
as the assembler reads them; index words and immediates of 0177000 and up
print as small negative numbers.  ``sys`` numbers print as V6 names.

``listing(a)`` lists a whole a.out: the text as instructions (the words
after a ``sys`` that its call takes in line, as data), the data as words,
the bss as labels; each line is the address, the octal words and the text;
symbols of the table become labels and name branch and jump targets, and a
word the relocation marks as a reference to an undefined external is
followed by that external's name in a comment.

Everything about instructions comes from ``isa`` and the assembler's
built-in symbols (``asmsym``); system-call names from ``v6.sysent``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from v6 import sysent
from v6.pdp11 import aout, isa
from v6.pdp11.asmsym import BUILTINS, FORMAT_TYPE, MOVF

REGISTERS = ("r0", "r1", "r2", "r3", "r4", "r5", "sp", "pc")
_MASK = 0xFFFF
_FP_NAMES = {"fss,ac": "ldf", "ac,fdd": "stf"}
"""What the manual calls the two movf instructions (sec. 8.9)."""


def disassemble(words: Sequence[int], addr: int,
                names: Mapping[int, str] | None = None) -> tuple[str, int]:
    """The text of the instruction at ``addr`` and how many words it uses."""
    word = words[0]
    row = isa.decode(word)
    if row is None or not row.name:
        return _octal(word), 1
    text, count = _instruction(row, words, addr, names or {})
    if count > len(words):
        return _octal(word), 1
    if not _spelled(row, word):
        name = _FP_NAMES.get(row.fmt, row.name) if BUILTINS[row.name][0] == MOVF else row.name
        return f"{_octal(word)}\t/ {name}{text[len(row.name):]}", 1
    return text, count


def _spelled(row: isa.Instr, word: int) -> bool:
    """Whether the assembler reads ``row.name`` as this instruction."""
    typ, value = BUILTINS[row.name]
    if typ == MOVF:
        return row.fmt != "fss,ac" or word & 0o70 != 0
    return (typ, value) == (FORMAT_TYPE[row.fmt], row.code)


def _instruction(row: isa.Instr, words: Sequence[int], addr: int,
                 names: Mapping[int, str]) -> tuple[str, int]:
    fields = isa.operands(row, words[0])
    parts, count = [], 1
    for name, _shift, width in row.fields:
        value = fields[name]
        if name in ("ss", "dd", "fss", "fdd"):
            index = words[count] if count < len(words) else 0
            text, extra = _address(value, name[0] == "f", index, addr + 2 * count, names)
            count += extra
        elif name == "off":
            step = isa.signed8(value) if width == 8 else -value
            text = _target((addr + 2 + 2 * step) & _MASK, names)
        elif name == "r":
            text = REGISTERS[value]
        elif name == "ac":
            text = f"fr{value}"
        elif row.name == "sys" and value in sysent.BY_NUMBER:
            text = sysent.BY_NUMBER[value].name
        else:
            text = _octal(value)
        parts.append(text)
    return row.name + ("\t" + ",".join(parts) if parts else ""), count


def _address(field: int, fp: bool, index: int, where: int,
             names: Mapping[int, str]) -> tuple[str, int]:
    """A general operand: its text and its number of index words (0 or 1).

    ``index`` is the word after, at address ``where``, if the mode uses one.
    """
    mode, reg = field >> 3, field & 7
    r = f"fr{reg}" if fp and mode == 0 and reg < 6 else REGISTERS[reg]
    if reg == 7 and mode in (2, 3):
        return ("*$" if mode == 3 else "$") + _number(index), 1
    if reg == 7 and mode in (6, 7):
        return ("*" if mode == 7 else "") + _target((where + 2 + index) & _MASK, names), 1
    simple = (r, f"({r})", f"({r})+", f"*({r})+", f"-({r})", f"*-({r})")
    if mode < 6:
        return simple[mode], 0
    return ("*" if mode == 7 else "") + f"{_number(index)}({r})", 1


def _target(address: int, names: Mapping[int, str]) -> str:
    return names.get(address) or _octal(address)


def _octal(n: int) -> str:
    return f"{n:o}"


def _number(n: int) -> str:
    """An index or immediate: small negative numbers as such."""
    return f"-{0x10000 - n:o}" if n >= 0o177000 else _octal(n)


# --- listing a whole file ---------------------------------------------------------

def listing(a: aout.AOut) -> str:
    """The whole file: text as instructions, data as words, bss as labels."""
    labels = _labels(a, (aout.SYM_TEXT,))
    names = {addr: group[0] for addr, group in labels.items()}
    out = [f"/ magic 0{a.magic:o}: text {len(a.text)}, data {len(a.data)}, bss {a.bss} bytes"
           f"; {len(a.symbols)} symbols" + ("" if a.relocation is not None else ", no relocation")]
    reloc = a.relocation or []
    out += _text(_words(a.text), reloc, a, labels, names)
    data = _words(a.data)
    labels = _labels(a, (aout.SYM_DATA, aout.SYM_BSS))
    out.append(".data")
    for i, word in enumerate(data):
        addr = a.data_addr + 2 * i
        out += [f"{name}:" for name in labels.get(addr, ())]
        out.append(_line(addr, [word], _octal(word), reloc[len(a.text) // 2 + i:][:1], a))
    out.append(".bss")
    for addr in sorted(x for x in labels if a.bss_addr <= x < a.bss_addr + a.bss):
        out += [f"{name}:\t/ {addr:06o}" for name in labels[addr]]
    undefined = [s.name for s in a.symbols if s.type == aout.SYM_EXT]
    out += [f"/ undefined external: {name}" for name in undefined]
    return "\n".join(out) + "\n"


def _text(words: list[int], reloc: list[int], a: aout.AOut,
          labels: dict[int, list[str]], names: dict[int, str]) -> list[str]:
    out, i, inline = [".text"], 0, 0
    while i < len(words):
        addr = 2 * i
        out += [f"{name}:" for name in labels.get(addr, ())]
        if inline:
            text, count, inline = _octal(words[i]), 1, inline - 1
        else:
            text, count = disassemble(words[i:i + 3], addr, names)
            inline = _inline_args(words[i]) if count == 1 else 0
        out.append(_line(addr, words[i:i + count], text, reloc[i:i + count], a))
        i += count
    return out


def _inline_args(word: int) -> int:
    """How many words after this one a ``sys`` takes in line (0 if not a sys)."""
    row = isa.decode(word)
    if row is None or row.name != "sys":
        return 0
    call = sysent.BY_NUMBER.get(word & 0o377)
    return call.args if call else 0


def _line(addr: int, words: Sequence[int], text: str, reloc: Sequence[int], a: aout.AOut) -> str:
    octal = " ".join(f"{w:06o}" for w in words)
    externals = [a.symbols[r >> 4].name for r in reloc
                 if r & 0o16 == aout.R_EXT and (r >> 4) < len(a.symbols)]
    note = f"\t/ {', '.join(externals)}" if externals else ""
    return f"{addr:06o}  {octal:<21}{text}{note}"


def _labels(a: aout.AOut, types: tuple[int, ...]) -> dict[int, list[str]]:
    """Address -> the names of the symbols of these types defined there."""
    labels: dict[int, list[str]] = {}
    for sym in a.symbols:
        if sym.type & 0o37 in types:
            labels.setdefault(sym.value, []).append(sym.name)
    return labels


def _words(raw: bytes) -> list[int]:
    return [raw[i] | raw[i + 1] << 8 for i in range(0, len(raw) - 1, 2)]
