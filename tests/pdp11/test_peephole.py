"""The peephole's folding of constant parts of a line ends, and keeps the line's value.

Seed 100786 of the random engine programs made the translator write a
line whose constant part folded to a negative number; the fold put it back
in parentheses and folded it again for ever.  Each case here runs the
lines before and after the peephole and compares what they compute.
"""

import pytest

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

PUSH = "r6 = (r6 - 2) & 0o177777"
POP = "r6 = (r6 + 2) & 0o177777"


def run(lines: list[str], **values: int) -> dict:
    """What ``lines`` leave in r0-r6 and MW, from ``values`` (0 elsewhere)."""
    env = {f"r{k}": values.get(f"r{k}", 0) for k in range(7)} | {"MW": {}}
    exec("\n".join(lines), {}, env)
    return {k: env[k] for k in (*(f"r{k}" for k in range(7)), "MW")}


def test_pushes_step_the_stack_pointer_once():
    lines = [PUSH, "MW[10] = r4", PUSH, "MW[9] = r3", PUSH, "MW[8] = r2"]
    out = optimize(lines)
    assert out == ["MW[10] = r4", "MW[9] = r3", "r6 = (r6 - 6) & 0o177777", "MW[8] = r2"]
    for sp in (0, 4, 0o1000):
        assert run(out, r6=sp, r4=1, r3=2, r2=3) == run(lines, r6=sp, r4=1, r3=2, r2=3)


def test_a_step_from_another_register_and_steps_that_cancel():
    assert optimize(["r6 = r5", POP, "MW[1] = r0", POP]) == ["MW[1] = r0", "r6 = (r5 + 4) & 0o177777"]
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
    assert out.count(POP) + sum("r6 = (r5" in line for line in out) == 2


def test_steps_at_another_depth_stay_apart():
    lines = [PUSH, "if r0:", "    " + PUSH, "    MW[1] = r6", PUSH]
    assert optimize(lines) == lines
