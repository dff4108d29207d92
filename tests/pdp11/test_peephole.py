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
