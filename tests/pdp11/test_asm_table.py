"""Every row of the instruction table assembles, by its name and by each alias.

The expected word is the row's own opcode with the chosen operand fields:
this checks that the assembler reads its instructions from ``isa.TABLE``
(one source of truth), not that the table is right (test_asm.py checks
words against the handbook).  The names V6 did not know assemble too, as
extras (asmsym.EXTRAS); which names V6 knew is checked against V6 itself
(the knownsym and unknown cases of data/v6as).
"""

import struct

import pytest

from v6.pdp11 import isa
from v6.pdp11.asm import assemble
from v6.pdp11.asmsym import BUILTINS, EXTRAS

KNOWN = {**EXTRAS, **BUILTINS}

# One operand per field kind, and the field value it gives.
OPERANDS = {
    "ss": ("(r1)", 0o11), "dd": ("(r2)", 0o12), "fss": ("(r1)", 0o11), "fdd": ("(r2)", 0o12),
    "r": ("r3", 3), "ac": ("fr2", 2), "n": ("3", 3),
}
SHADOWED = {"wait"}
"""Names that mean something else to V6's assembler: the system call wait."""


def spellings():
    for row in isa.TABLE:
        for name in filter(None, (row.name, *row.aliases)):
            if name not in SHADOWED:
                yield pytest.param(row, name, id=f"{name}-{row.code:06o}")


def source_and_word(row, name):
    texts, word = [], row.code
    for field, shift, width in row.fields:
        if field == "off":  # a branch to .+4 (offset 1); sob back to . (offset 1)
            text, value = (".+4" if width == 8 else "."), 1
        else:
            text, value = OPERANDS[field]
        texts.append(text)
        word |= value << shift
    return f"{name} " + ",".join(texts), word


@pytest.mark.parametrize("row, name", list(spellings()))
def test_row_assembles(row, name):
    src, word = source_and_word(row, name)
    a = assemble([("t.s", src)])
    assert struct.unpack("<H", a.text[:2])[0] == word, src


def test_only_wait_is_shadowed():
    names = {n for row in isa.TABLE for n in (row.name, *row.aliases) if n}
    hidden = {n for n in names if KNOWN[n][1] not in {r.code for r in isa.by_name()[n]}}
    assert hidden == SHADOWED
    assert KNOWN["wait"][1] == 7  # sys wait


def test_every_branch_has_a_jump():
    branches = [n for row in isa.TABLE if row.fmt == "br" for n in (row.name, *row.aliases)]
    jumps = {"jbr" if n == "br" else "j" + n[1:] for n in branches}
    assert len(jumps) == 19 and jumps <= KNOWN.keys()  # jbr and the 18 of sec. 8.5
