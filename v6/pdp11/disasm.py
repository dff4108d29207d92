"""New: the disassembler — machine words back into the V6 assembler's language.

``disassemble(words, addr, names=None) -> (text, count)`` gives the text of
the instruction at ``addr`` whose first word is ``words[0]`` and how many
words it uses (its index words: modes 6 and 7, and the pc modes 2 and 3).
Pc-relative operands are printed as absolute addresses, branch targets as
``.+N`` or ``.-N``, or either as the name ``names`` gives that address, so
that the text assembled at ``addr`` gives back the same words (V6's
assembler refused a branch to an absolute address).  A word that decodes to
no instruction, an instruction too long for the words given, and one that
V6's assembler cannot spell print as an octal data word, with the
instruction in a comment when there is one: the instructions it did not
know (``halt``, ``rti``, ``spl`` ...), the condition-code combinations
without a name, ``wait`` (the system call of that name hides it), ``ldf``
from fr0-fr3 (``movf`` with one of those first is ``stf``) and ``sys`` with
a number over 077.  Numbers are octal, as the assembler reads them; index
words and immediates of 0177000 and up print as small negative numbers.
``sys`` numbers print as the names V6's assembler knew.

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
from typing import NamedTuple

from v6 import sysent
from v6.pdp11 import aout, isa
from v6.pdp11.asmsym import BUILTINS, FORMAT_TYPE, MANUAL_CALLS, MOVF, SYS

REGISTERS = ("r0", "r1", "r2", "r3", "r4", "r5", "sp", "pc")
_MASK = 0xFFFF
_FP_NAMES = {"fss,ac": "ldf", "ac,fdd": "stf"}
"""What the manual calls the two movf instructions (sec. 8.9)."""
_CALLS = {BUILTINS[name][1]: name for name in MANUAL_CALLS}
"""System-call numbers -> the names V6's assembler knew."""


def disassemble(words: Sequence[int], addr: int, names: Mapping[int, str] | None = None,
                refs: Mapping[int, str] | None = None) -> tuple[str, int]:
    """The text of the instruction at ``addr`` and how many words it uses.

    ``names`` names target addresses; ``refs`` gives, by the address of an
    index word, the text to print for it (the listing's symbolic operands).
    """
    word = words[0]
    row = isa.decode(word)
    if row is None or not row.name:
        return _octal(word), 1
    text, count = _instruction(row, words, addr, _Names(names or {}, refs or {}))
    if count > len(words):
        return _octal(word), 1
    if not _spelled(row, word):
        name = _FP_NAMES.get(row.fmt, row.name) if row.name == "movf" else row.name
        return f"{_octal(word)}\t/ {name}{text[len(row.name):]}", 1
    return text, count


def _spelled(row: isa.Instr, word: int) -> bool:
    """Whether V6's assembler reads ``row.name`` with these operands as this word."""
    typ, value = BUILTINS.get(row.name, (None, None))
    if typ == MOVF:
        return row.fmt != "fss,ac" or word & 0o70 != 0 or word & 7 > 3
    if typ == SYS:
        return word & 0o377 <= 0o77
    return (typ, value) == (FORMAT_TYPE.get(row.fmt), row.code)


class _Names(NamedTuple):
    targets: Mapping[int, str]
    refs: Mapping[int, str]


def _instruction(row: isa.Instr, words: Sequence[int], addr: int, names: _Names) -> tuple[str, int]:
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
            text = _branch_target(addr, 2 + 2 * step, names.targets)
        elif name == "r":
            text = REGISTERS[value]
        elif name == "ac":
            text = f"fr{value}"
        elif row.name == "sys" and _CALLS.get(value):
            text = _CALLS[value]
        else:
            text = _octal(value)
        parts.append(text)
    return row.name + ("\t" + ",".join(parts) if parts else ""), count


def _address(field: int, fp: bool, index: int, where: int, names: _Names) -> tuple[str, int]:
    """A general operand: its text and its number of index words (0 or 1).

    ``index`` is the word after, at address ``where``, if the mode uses one.
    """
    mode, reg = field >> 3, field & 7
    r = f"fr{reg}" if fp and mode == 0 and reg < 6 else REGISTERS[reg]
    simple = (r, f"({r})", f"({r})+", f"*({r})+", f"-({r})", f"*-({r})")
    if mode < 6 and not (reg == 7 and mode in (2, 3)):
        return simple[mode], 0
    star = "*" if mode & 1 else ""
    if reg == 7 and mode in (6, 7):
        target = (where + 2 + index) & _MASK
        return star + (names.refs.get(where) or _target(target, names.targets)), 1
    number = names.refs.get(where) or _number(index)
    if reg == 7:
        return star + "$" + number, 1
    return f"{star}{number}({r})", 1


def _target(address: int, names: Mapping[int, str]) -> str:
    return names.get(address) or _octal(address)


def _branch_target(addr: int, distance: int, names: Mapping[int, str]) -> str:
    """A branch target: its name, else relative to ``.``."""
    target = (addr + distance) & _MASK
    return names.get(target) or ("." if distance == 0 else f".{distance:+o}".replace("+-", "-"))


def _octal(n: int) -> str:
    return f"{n:o}"


def _number(n: int) -> str:
    """An index or immediate: small negative numbers as such."""
    return f"-{0x10000 - n:o}" if n >= 0o177000 else _octal(n)


# --- listing a whole file ---------------------------------------------------------

def listing(a: aout.AOut) -> str:
    """The whole file: text as instructions, data as words, bss as labels."""
    text_names = _labels(a, (aout.SYM_TEXT,))
    data_names = _labels(a, (aout.SYM_DATA, aout.SYM_BSS))
    text_refs, data_refs = _references(a)
    out = [f"/ magic 0{a.magic:o}: text {len(a.text)}, data {len(a.data)}, bss {a.bss} bytes"
           f"; {len(a.symbols)} symbols" + ("" if a.relocation is not None else ", no relocation")]
    out += _text(a, text_names, text_refs)
    out.append(".data")
    for i, word in enumerate(_words(a.data)):
        addr = a.data_addr + 2 * i
        out += [f"{name}:" for name in data_names.get(addr, ())]
        out.append(_line(addr, [word], data_refs.get(addr) or _octal(word)))
    out.append(".bss")
    for addr in sorted(x for x in data_names if a.bss_addr <= x < a.bss_addr + a.bss):
        out += [f"{name}:\t/ {addr:06o}" for name in data_names[addr]]
    out += [f"/ undefined external: {s.name}" for s in a.symbols if s.type == aout.SYM_EXT]
    return "\n".join(out) + "\n"


def _text(a: aout.AOut, names: dict[int, list[str]], refs: dict[int, str]) -> list[str]:
    # Operands address the data and bss too, unless they are in another space.
    shared = a.magic != aout.MAGIC_SEPARATE
    targets = {addr: group[0] for addr, group in
               {**(_labels(a, (aout.SYM_DATA, aout.SYM_BSS)) if shared else {}), **names}.items()}
    words, reloc = _words(a.text), a.relocation or []
    out, i, inline = [".text"], 0, 0
    while i < len(words):
        addr = 2 * i
        out += [f"{name}:" for name in names.get(addr, ())]
        if inline or (i < len(reloc) and reloc[i]):  # an argument, or a relocated word: data
            text, count, inline = refs.get(addr) or _octal(words[i]), 1, max(inline - 1, 0)
        else:
            text, count = disassemble(words[i:i + 3], addr, targets, refs)
            inline = _inline_args(words[i]) if count == 1 else 0
        out.append(_line(addr, words[i:i + count], text))
        i += count
    return out


def _inline_args(word: int) -> int:
    """How many words after this one a ``sys`` takes in line (0 if not a sys)."""
    row = isa.decode(word)
    if row is None or row.name != "sys":
        return 0
    call = sysent.BY_NUMBER.get(word & 0o377)
    return call.args if call else 0


def _line(addr: int, words: Sequence[int], text: str) -> str:
    octal = " ".join(f"{w:06o}" for w in words)
    return f"{addr:06o}  {octal:<21}{text}"


def _references(a: aout.AOut) -> tuple[dict[int, str], dict[int, str]]:
    """Symbolic text for the relocated words of text and of data, by address.

    An external reference is the external's name (plus the offset the word
    holds); a word that points into a segment is the name of a symbol there.
    """
    segment_names = {seg: {addr: group[0] for addr, group in _labels(a, (typ,)).items()}
                     for seg, typ in ((aout.R_TEXT, aout.SYM_TEXT), (aout.R_DATA, aout.SYM_DATA),
                                      (aout.R_BSS, aout.SYM_BSS))}
    refs: tuple[dict[int, str], dict[int, str]] = ({}, {})
    words = _words(a.text) + _words(a.data)
    ntext = len(a.text) // 2
    for i, (word, reloc) in enumerate(zip(words, a.relocation or [], strict=False)):
        addr = 2 * i if i < ntext else a.data_addr + 2 * (i - ntext)
        pcrel, seg = reloc & aout.R_PCREL, reloc & 0o16
        if seg == aout.R_EXT and (reloc >> 4) < len(a.symbols):
            offset = (word + (addr + 2 if pcrel else 0)) & _MASK
            name = a.symbols[reloc >> 4].name
            refs[i >= ntext][addr] = name + (f"+{offset:o}" if offset else "")
        elif seg in segment_names and not pcrel and word in segment_names[seg]:
            refs[i >= ntext][addr] = segment_names[seg][word]
    return refs


def _labels(a: aout.AOut, types: tuple[int, ...]) -> dict[int, list[str]]:
    """Address -> the names of the symbols of these types defined there."""
    labels: dict[int, list[str]] = {}
    for sym in a.symbols:
        if sym.type & 0o37 in types:
            labels.setdefault(sym.value, []).append(sym.name)
    return labels


def _words(raw: bytes) -> list[int]:
    return [raw[i] | raw[i + 1] << 8 for i in range(0, len(raw) - 1, 2)]
