"""jbr and jxx: short or long as V6's assembler decided (manual sec. 8.5).

The model (asm module docstring), checked against V6 by the j* cases of
data/v6as: pass one makes a jump short only if its target is already
defined behind it in the same segment, at most 254 bytes back; pass two
then decides each jump once: a target behind is measured exactly, a target
ahead by its pass-one address minus ``brdelt`` (the shrinkage measured at
the last label), and short means -254..256 bytes from the jump — measured
on the values alone, whatever segment the target is in.  Long forms: jbr
is ``jmp *$x`` (000137 and the address of x); jxx is the converse branch
over it (offset 2 words) and the ``jmp``.
"""

import struct

import pytest

from v6.pdp11 import aout
from v6.pdp11.asm import AsmError, assemble


def words(src, n=None):
    a = assemble([("t.s", src)], allow_undefined=True)
    ws = list(struct.unpack(f"<{len(a.text) // 2}H", a.text))
    return ws[:n] if n else ws


def test_near_jumps_are_branches():
    # 0: jbr 0 -> br .  (offset -1); 2: jeq 0 -> beq, offset (0 - 4)/2 = -2;
    # 4: jne 6 -> bne, offset 0; 6:
    assert words("1: jbr 1b; jeq 1b; jne 1f; 1: 0") == [0o000777, 0o001776, 0o001000, 0]


@pytest.mark.parametrize("gap, expected", [
    # x at 0, the jump at `gap`: 254 bytes back is the farthest a branch reaches
    (0o372, [0o000602]),                 # (0 - 0374)/2 = -0176 -> 0202
    (0o376, [0o000600]),                 # (0 - 0400)/2 = -0200
    (0o400, [0o000137, 0]),              # 256 back: jmp *$x, x = 0
])
def test_backward_reach(gap, expected):
    assert words(f"x: . = .+{gap:o}; jbr x")[gap // 2:] == expected


def test_forward_jump_measured_in_pass_one_layout():
    # Pass one: jbr long (4 bytes), x at 4+0374 = 0400: 256 ahead -> short.
    # Final: x at 2+0374 = 0376, br offset (0376 - 2)/2 = 0176.
    assert words("jbr x; . = .+374; x: 0", 1) == [0o000576]
    # One more word: x at 4+0376 = 0402 in pass one, 258 ahead -> long, although a
    # branch would reach the final x (0400) -- that is V6's choice.
    assert words("jbr x; . = .+376; x: 0", 2) == [0o000137, 0o000402]


def test_a_label_between_lets_the_shrinkage_count():
    # "1: jbr 1b" is long in pass one (distance 0 is not behind) and short after;
    # jbr c then sits at 2 and c's pass-one address is 8+0374 = 0404, 258 ahead.
    # Without a label between, brdelt is 0 (label 1 did not move): long.
    # c = 2 + 4 + 0374 = 0402 finally.
    assert words("1: jbr 1b; jbr c; . = .+374; c: 0", 3) == [0o000777, 0o000137, 0o000402]
    # With label 2 after the first jump: it was at 4, is at 2, so brdelt = 2 and
    # 258 - 2 = 256 is near enough.  c = 4 + 0374 = 0400: offset (0400 - 4)/2 = 0176.
    assert words("1: jbr 1b; 2: jbr c; . = .+374; c: 0", 2) == [0o000777, 0o000576]


@pytest.mark.parametrize("name, converse", [
    ("jeq", 0o001002), ("jne", 0o001402), ("jge", 0o002402), ("jlt", 0o002002),
    ("jgt", 0o003402), ("jle", 0o003002), ("jpl", 0o100402), ("jmi", 0o100002),
    ("jhi", 0o101402), ("jlos", 0o101002), ("jvc", 0o102402), ("jvs", 0o102002),
    ("jhis", 0o103402), ("jec", 0o103402), ("jcc", 0o103402),
    ("jlo", 0o103002), ("jes", 0o103002), ("jcs", 0o103002),
])
def test_every_conditional_jump_and_its_converse(name, converse):
    # x = 6 + 0400 = 0406, too far: bxx-converse .+6; jmp *$x
    assert words(f"{name} x; . = .+400; x: 0", 3) == [converse, 0o000137, 0o000406]


def test_a_jump_to_another_segment_is_measured_on_the_values():
    # d is at offset 0 of the data in pass two, the jump at 0400 of the text:
    # 256 back, so long: jmp *$d, with d (after 0404 bytes of text) data-relative.
    a = assemble([("t.s", ". = .+400; jbr d; .data; d: 0")])
    assert a.text[0o400:] == struct.pack("<2H", 0o000137, 0o404)
    assert a.relocation[0o400 // 2:0o404 // 2] == [0, aout.R_DATA]


def test_a_near_jump_to_another_segment_is_a_branch_that_cannot_be():
    # d at offset 0, the jump at 0: short, and then a branch out of its segment.
    with pytest.raises(AsmError) as exc:
        assemble([("t.s", "jbr d; .data; d: 0")])
    assert [d.letter for d in exc.value.found] == ["b"]


def test_far_backward_conditional_jump():
    # x at 0, jeq at 0400 (256 back): bne .+6, jmp *$x
    assert words("x: . = .+400; jeq x")[0o400 // 2:] == [0o001002, 0o000137, 0]


def test_compiler_style_loop():
    src = """
    L1: tst r0
        jeq L2
        dec r0
        jbr L1
    L2: rts pc
    """
    # 0 tst r0; 2 beq L2 (8): (8 - 4)/2 = 2; 4 dec r0; 6 br L1: (0 - 8)/2 = -4; 8 rts pc
    assert words(src) == [0o005700, 0o001402, 0o005300, 0o000774, 0o000207]
