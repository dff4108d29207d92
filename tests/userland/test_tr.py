"""tr: V6's binary is the oracle (the SIMH recordings, and many string pairs and flags
run with V6's tr and ours on the same input, bytes past ASCII and NULs among it)."""

from __future__ import annotations

import pytest

from tests.userland.helpers import exec_both
from tests.userland.recorded import run_recorded

TR = ["/usr/bin/tr"]
TEXT = (b"Hello, World 123 aabbcc zz--xx\n\ttab looo lll [*]\\ a\\b\n"
        b"\xff\x00ab9\x80\x01z\n")
VARIANTS = [
    "'[a-z]' '[A-Z]'", "a-z A-Z", "-d '[a-z]'", "-s a b", "-s '[a-z]' '[A-Z]'", "-c '[a-z]' x",
    "-cd '[a-z]'", "-cs '[a-z]' '\\012'", "'[a-c]' X", "abc xy", "'\\101' q", "l '\\012'",
    "'[a-z]' '[A*]'", "'[l*3]' qrs", "ll qr", "-ds l o", "-s l", "'[a-c]x' ABCD",
    "abc '[X*2]Y'", "'\\\\' q", "']' q", "'*' q", "abc '[q*]'", "abc '[q*0]r'", "'[a*2]' xy",
    "'\\' q", "'\\9' q", "'a\\' q", "'\\1' q", "'[a*10]b' '[x*9]yz'", "'[a*010]b' '[x*7]yz'",
    "'\\377\\200' qr", "-x a b", "", "a", "'[a-]' q", "'[-a]' q", "'[' q", "'[a-c' q",
    "'[z-a]' q", "'[ab]' q", "-sc '[a-z]' -",
]


@pytest.mark.parametrize("name", ["tr-upper", "tr-brackets", "tr-d"])
def test_recorded(name, tmp_path):
    ours, v6 = run_recorded(TR, name, tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)


@pytest.mark.parametrize("part", [0, 1, 2])
def test_like_v6(part, tmp_path):
    # in three parts: a script of all of them takes longer than exec_on allows
    variants = VARIANTS[part * 14:part * 14 + 14]
    script = "".join(f"echo '== {i}'\ntr {v} </f\n" for i, v in enumerate(variants))
    v6, ours = exec_both(TR, ["/bin/sh", "/script"], tmp_path,
                         files={"/f": TEXT, "/script": script.encode()})
    assert ours.stdout == v6.stdout
    assert ours.stdout.count(b"== ") == len(variants)
    assert ours.stdout.count(b"Bad string\n") == [0, 0, 6][part]

