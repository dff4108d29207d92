"""The disassembler: one instruction, a whole listing, and the round trip
(assembling the text at the same address gives back the same words)."""

import random
import struct

import pytest

from v6.pdp11 import isa
from v6.pdp11.aout import AOut, Symbol
from v6.pdp11.asm import assemble
from v6.pdp11.disasm import disassemble, listing


@pytest.mark.parametrize("words, addr, text, count", [
    ([0o012700, 0o12], 0, "mov\t$12,r0", 2),
    ([0o010102], 0, "mov\tr1,r2", 1),
    ([0o112142], 0, "movb\t(r1)+,-(r2)", 1),
    ([0o013152], 0, "mov\t*(r1)+,*-(r2)", 1),
    ([0o016172, 2, 4], 0, "mov\t2(r1),*4(r2)", 3),
    ([0o016500, 0o177776], 0, "mov\t-2(r5),r0", 2),         # small negatives as such
    ([0o013700, 0o10], 0, "mov\t*$10,r0", 2),
    # pc-relative: the word at 01002 is 010, the pc after it 01004: target 01014
    ([0o016700, 0o10], 0o1000, "mov\t1014,r0", 2),
    ([0o005077, 0o177774], 0o1000, "clr\t*1000", 2),           # 01004 - 4
    ([0o004767, 0o100], 0o1000, "jsr\tpc,1104", 2),
    ([0o004536], 0, "jsr\tr5,*(sp)+", 1),
    ([0o000207], 0, "rts\tpc", 1),
    ([0o000777], 0o100, "br\t.", 1),                            # 0102 - 2: itself
    ([0o001402], 0o100, "beq\t.+6", 1),                         # 0102 + 4
    ([0o077203], 0o1000, "sob\tr2,.-4", 1),                     # 01002 - 6
    ([0o072127, 3], 0, "ash\t$3,r1", 2),
    ([0o074110], 0, "xor\tr1,(r0)", 1),
    ([0o104404], 0, "sys\twrite", 1),
    ([0o104477], 0, "sys\t77", 1),                              # no call 63.
    ([0o104424], 0, "sys\ttell", 1),                            # V6's as had no getpid
    ([0o104452], 0, "sys\t52", 1),                              # nor pipe
    ([0o104500], 0, "104500\t/ sys\t100", 1),                   # V6's as took 6 bits
    ([0o104012], 0, "104012\t/ emt\t12", 1),                    # V6's as knew no emt
    ([0o000000], 0, "0\t/ halt", 1),                            # nor halt
    ([0o175100], 0, "movei\tfr1,r0", 1),
    ([0o000241], 0, "clc", 1),
    ([0o000243], 0, "243", 1),                                  # clc|clv has no name
    ([0o000210], 0, "210", 1),                                  # no instruction
    ([0o000001], 0, "1\t/ wait", 1),                            # wait is the system call
    ([0o174102], 0, "movf\tfr1,fr2", 1),                        # stf
    ([0o172510], 0, "movf\t(r0),fr1", 1),                       # ldf
    ([0o172502], 0, "172502\t/ ldf\tfr2,fr1", 1),               # ldf from fr0-fr3
    ([0o172504], 0, "movf\tfr4,fr1", 1),                        # but from fr4 it reads back
    ([0o170401], 0, "clrf\tfr1", 1),
    ([0o177200], 0, "movif\tr0,fr2", 1),
    ([0o012700], 0, "12700", 1),                                # its immediate is missing
])
def test_disassemble(words, addr, text, count):
    assert disassemble(words, addr) == (text, count)


def test_names_for_targets():
    assert disassemble([0o000777], 0o100, {0o100: "loop"}) == ("br\tloop", 1)
    assert disassemble([0o004767, 0o100], 0o1000, {0o1104: "f"}) == ("jsr\tpc,f", 2)


def round_trip(firsts, addr, follow):
    """Disassemble each word (with ``follow`` after it) in sequence from ``addr``,
    assemble the lines at ``addr``: the words that come back, and those expected."""
    lines, expected, pc = [], [], addr
    for w in firsts:
        text, n = disassemble([w, *follow], pc)
        lines.append(text)
        expected += [w, *follow][:n]
        pc += 2 * n
    a = assemble([("rt.s", f". = .+{addr:o}\n" + "\n".join(lines) + "\n")])
    return list(struct.unpack(f"<{len(a.text) // 2}H", a.text))[addr // 2:], expected


def test_round_trip_every_row_and_a_sample():
    sample = random.Random(6).sample(range(0o200000), 3000)
    firsts = [row.code for row in isa.TABLE] + sample
    got, expected = round_trip(firsts, 0o1000, (0o1234, 0o4567))
    assert got == expected


@pytest.mark.slow
@pytest.mark.parametrize("addr, follow", [(0o1000, (0o1234, 0o4567)), (0o20000, (0o177776, 0))])
def test_round_trip_every_first_word(addr, follow):
    for start in range(0, 0o200000, 0o10000):
        got, expected = round_trip(range(start, start + 0o10000), addr, follow)
        assert got == expected, f"words {start:06o}..."


def hello():
    return assemble([("hello.s", """
        mov $1,r0
        sys write; msg; len
    loop: br loop
    .globl ext
        jsr pc,ext
    .data
    msg: <hi\\n\\0>
    len = .-msg
    ptr: loop
    .bss
    buf: .=.+2
    """)], allow_undefined=True)


def test_listing_of_an_object_file():
    out = listing(hello())
    assert out.splitlines() == [
        "/ magic 0407: text 16, data 6, bss 2 bytes; 6 symbols",
        ".text",
        "000000  012700 000001        mov\t$1,r0",
        "000004  104404               sys\twrite",
        "000006  000020               msg",        # the call's two words, as data
        "000010  000004               4",
        "loop:",
        "000012  000777               br\tloop",
        "000014  004767 177760        jsr\tpc,ext",   # 0 - 020, an external by relocation
        ".data",
        "msg:",
        "000020  064550               64550",
        "000022  000012               12",
        "ptr:",
        "000024  000012               loop",
        ".bss",
        "buf:\t/ 000026",
        "/ undefined external: ext",
    ]


def test_listing_of_a_stripped_file_has_no_names():
    out = listing(hello().stripped())
    assert "000012  000777               br\t." in out.splitlines()
    assert "no relocation" in out.splitlines()[0]


def test_listing_of_separate_i_and_d_keeps_the_spaces_apart():
    # data at 0 of the data space: the data symbol must not name text address 0
    a = AOut(0o411, struct.pack("<H", 0o000777), struct.pack("<H", 7),
             symbols=[Symbol("d", 3, 0)], relocation=[0, 0])
    lines = listing(a).splitlines()
    assert "000000  000777               br\t." in lines
    assert lines[lines.index(".data") + 1] == "d:"
