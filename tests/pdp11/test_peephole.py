"""The peephole keeps what a block's lines compute.

Its folding of constant parts of a line ends: seed 100786 of the random
engine programs made the translator write a line whose constant part folded
to a negative number; the fold put it back in parentheses and folded it
again for ever.  A temporary copied to a register is computed into the
register only where every use of it still reads the same value.  The cases
here run the lines before and after the peephole and compare what they compute.
"""

import re

import pytest

from v6.pdp11.codegen import TABLES
from v6.pdp11.machine import Machine
from v6.pdp11.peephole import optimize

CASES = [
    ["a1 = (0 - 5) & 0o177777", "r0 = a1 * r1"],
    ["r0 = r1 * (0 - 5)"],
    ["r0 = r1 * (-5) + (2 * 3)"],
    ["v1 = (1 - 0o100000) ^ r1", "r2 = v1 + (-(3))"],
]


@pytest.mark.parametrize("lines", CASES, ids=range(len(CASES)))
def test_folding_ends_and_keeps_the_value(lines):
    out = optimize(lines)
    for r1 in (0, 1, 7, 0o177777):
        before, after = {"r1": r1, "r0": 0, "r2": 0}, {"r1": r1, "r0": 0, "r2": 0}
        exec("\n".join(lines), {}, before)
        exec("\n".join(out), {}, after)
        assert {k: before[k] for k in ("r0", "r2")} == {k: after[k] for k in ("r0", "r2")}


def test_a_negative_constant_part_is_folded_once():
    assert optimize(["r0 = r1 * (0 - 5)"]) == ["r0 = r1 * (-5)"]


# --- successive steps of one register -----------------------------------------------

PUSH = "r6 = W16[r6 - 2]"
POP = "r6 = W16[r6 + 2]"


def stepped(lines: list[str], **values: int) -> dict:
    """What ``lines`` leave in r0-r6 and MW, from ``values`` (0 elsewhere)."""
    env = {f"r{k}": values.get(f"r{k}", 0) for k in range(7)} | {"MW": {}}
    exec("\n".join(lines), dict(TABLES), env)
    return {k: env[k] for k in (*(f"r{k}" for k in range(7)), "MW")}


def test_pushes_step_the_stack_pointer_once():
    lines = [PUSH, "MW[10] = r4", PUSH, "MW[9] = r3", PUSH, "MW[8] = r2"]
    out = optimize(lines)
    assert out == ["MW[10] = r4", "MW[9] = r3", "r6 = W16[r6 - 6]", "MW[8] = r2"]
    for sp in (0, 4, 0o1000):
        assert stepped(out, r6=sp, r4=1, r3=2, r2=3) == stepped(lines, r6=sp, r4=1, r3=2, r2=3)


def test_a_step_from_another_register_and_steps_that_cancel():
    assert optimize(["r6 = r5", POP, "MW[1] = r0", POP]) == ["MW[1] = r0", "r6 = W16[r5 + 4]"]
    assert optimize([PUSH, "MW[1] = r0", POP]) == ["MW[1] = r0"]


@pytest.mark.parametrize("between", [
    "r1 = r6",                                   # reads the register
    "MW[r6 >> 1] = r0",
    "r5 = r1",                                   # sets the base of r6's first step
    "if r0: r1 = 1",                             # a branch
    "R[:] = r0, r1, r2, r3, r4, r5, r6, 8, 0, 0, 0, 0; return ic, ns",
])
def test_steps_stay_apart_where_a_line_between_needs_the_first(between):
    lines = ["r6 = r5", POP, between, POP]
    out = optimize(lines)
    assert out.count(POP) + sum("r6 = W16[r5" in line for line in out) == 2


def test_steps_at_another_depth_stay_apart():
    lines = [PUSH, "if r0:", "    " + PUSH, "    MW[1] = r6", PUSH]
    assert optimize(lines) == lines

# --- a temporary copied to a register is computed into the register --------------------

def run(lines: list[str], r0: int, r3: int) -> list:
    """What ``lines`` leave in ``R`` (a way out's store, else the state at the end)."""
    src = ("def block(r0, r1, r2, r3, r4, r5, r6, n, z, v, c, R):\n"
           + "".join(f"    {line}\n" for line in lines)
           + "    R[:] = r0, r1, r2, r3, r4, r5, r6, n, z, v, c\n")
    space: dict = {}
    exec(src, space)
    R: list = []
    space["block"](r0, 1, 2, r3, 4, 5, 6, 0, 0, 0, 0, R)
    return R


def same_machine(lines: list[str]) -> list[str]:
    """The peephole's lines, checked to compute what ``lines`` do."""
    out = optimize(lines)
    for r0 in (0, 1):
        for r3 in (0, 1, 0o77777, 0o177777):
            assert run(out, r0, r3) == run(lines, r0, r3), out
    return out


SUNK = [
    (["res_3 = r3 + 1 & 65535", "r3 = res_3",
      "if r0: R[:] = r3, (res_3 >> 15), (res_3 == 0); return",
      "n = res_3 >> 15"],
     ["r3 = r3 + 1 & 65535",
      "if r0: R[:] = r3, (r3 >> 15), (r3 == 0); return",
      "n = r3 >> 15"]),
    # The push: the new SP is computed, then the word's index, then SP set.
    (["s5 = (r6 - 2) & 0o177777", "q6 = s5 + r0", "r6 = s5", "R[:] = q6, s5"],
     ["r6 = (r6 - 2) & 0o177777", "t0 = r6 + r0", "R[:] = t0, r6"]),
    # The last use may assign the register: it reads the temporary first.
    (["res_3 = r3 + 1 & 65535", "r3 = res_3", "r3 = res_3 << 1 & 65535"],
     ["r3 = r3 + 1 & 65535", "r3 = r3 << 1 & 65535"]),
    (["res_3 = r3 + 1 & 65535", "r3 = res_3", "r3, r0 = r0, res_3"],
     ["r3 = r3 + 1 & 65535", "r3, r0 = r0, r3"]),
    (["v5 = r3 >> 15", "c = v5", "if r0:", "    z = v5 == 0", "else:", "    R[:] = r3, v5; return"],
     ["c = r3 >> 15", "if r0:", "    z = c == 0", "else:", "    R[:] = r3, c; return"]),
    (["while True:", "    res_3 = r3 - 1 & 65535", "    r3 = res_3",
      "    if r3 & 3: n = res_3 >> 15; continue", "    R[:] = r3, res_3; return"],
     ["while True:", "    r3 = r3 - 1 & 65535",
      "    if r3 & 3: n = r3 >> 15; continue", "    R[:] = r3, r3; return"]),
]


@pytest.mark.parametrize("lines, sunk", SUNK, ids=range(len(SUNK)))
def test_a_temporary_copied_to_a_register_is_computed_into_it(lines, sunk):
    assert same_machine(lines) == sunk


KEPT = {
    "assigned again before the last use":
        ["res_3 = r3 + 1 & 65535", "r3 = res_3", "r3 = r3 << 1 & 65535", "R[:] = r3, res_3"],
    "assigned again in a nested block":
        ["res_3 = r3 + 1 & 65535", "r3 = res_3", "if r0:", "    r3 = 7", "R[:] = r3, res_3"],
    "assigned again on the last use's line, by a walrus":
        ["res_3 = r3 + 1 & 65535", "r3 = res_3", "if (r3 := r0) or res_3: R[:] = r3, res_3"],
    "assigned again on the last use's line, before the use":
        ["res_3 = r3 + 1 & 65535", "r3 = res_3", "r3 = r0; R[:] = r3, res_3"],
    "assigned again on the last use's line, in a tuple before the use":
        ["res_3 = r3 + 1 & 65535", "r3 = res_3", "r1 = 0; r3, r1 = r0, 9; R[:] = r3, res_3"],
    "read between the two lines":
        ["res_3 = r3 + 1 & 65535", "if r0: R[:] = r3, 0; return", "r3 = res_3", "R[:] = r3, res_3"],
    "a way round the loop between the two lines":
        ["while True:", "    res_3 = r3 + 1 & 65535", "    if r0: r0 = 0; continue",
         "    r3 = res_3", "    R[:] = r3, res_3; return"],
    "used on the next round, above its assignment":
        ["while True:", "    if r2 == 3: R[:] = r3, res_3; return", "    res_3 = r3 + 1 & 65535",
         "    r3 = res_3", "    r3 = r3 << 1 & 65535", "    r2 = 3"],
    "used after its block of code":
        ["while True:", "    if r2 == 2:", "        res_3 = r3 + 1 & 65535", "        r3 = res_3",
         "    if r2 == 3: R[:] = r3, res_3; return", "    r3, r2 = 7, 3"],
}


@pytest.mark.parametrize("lines", KEPT.values(), ids=KEPT.keys())
def test_a_copy_to_a_register_stays_where_its_temporary_could_change(lines):
    out = same_machine(lines)
    assert any(re.fullmatch(r"\s*r3 = t\d+", line) for line in out), out


def test_flags_of_a_register_changed_again_are_the_interpreters():
    """1000: inc r3; sob r3,1000 from r3 = 0177777: INC makes r3 0 (Z set),
    SOB (which sets no condition codes) makes it 0177777 again and goes
    round.  The flags the loop carries are INC's result's: had the block let
    r3 stand for that result past SOB, they would read N set and Z clear."""
    results = []
    for engine in ("interp", "translate"):
        m = Machine(0o40000, hosted=True, engine=engine)
        for i, word in enumerate([0o005203, 0o077302]):
            m.write_word(0o1000 + 2 * i, word)
        m.pc, m.sp, m.regs[3] = 0o1000, 0o2000, 0o177777
        results.append((m.run(100), m.regs[:], m.psw, m.icount, m.clock.ns))
    assert results[0] == results[1]
    assert results[1][1][3] == 0o177777 and results[1][2] & 0o17 == 0o4
