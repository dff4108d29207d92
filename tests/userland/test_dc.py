"""dc: V6's binary is the oracle, run beside ours on the same input: arithmetic with
a scale, big numbers that wrap their lines, input and output bases, registers and
register stacks, strings, loops and comparisons, and the errors ("( c) ?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.userland.helpers import exec_both, pack_with
from v6.shell import transcript

DC = ["/bin/dc"]

CASES = {
    "arithmetic": b"2 3+p\n_5 3-p\n6 7*p\n17 5/p\n17 5%p\n2 10^p\n2vp\n16vp\n"
                  b"c 1.5 2.25+p\n1.5 2.25-p\n1.5 1.25*p\n",
    "scale": b"5k 1 3/p\n2k 7.25 .3%p 7.25 1.3%p 7.5 2%p\n2k 22 7/p\n2vp\n3k 10 3%p\n1.5 2^p\n0k _7 2/p\n"
             b"2k 0 1/p\n_.5p\nkp\n2 _1^p\n"
             b"2k .25vp 3k 10vp 100 3/vp\n_7.5 2%p\n0k 7 _2/p _7 _2/p\n"
             b"2 0^p 2.5 3^p 12.345 2^p 0 1-p .5 1-p\n",
    "big": b"2 100^p\n2 300^p\n3k 2 300^ 7/p\n_2 200^p\n"
           b"99999999999999999999999999999999999 d*d*p\n",
    "bases": b"16o 255p\n1.5p\n2o 10.25p\n1023 d*p\n16i FFp\nAp\n10o 8i 17p\n"
              b"3k 10o 1.1 2.22*p\n.5 .5*p\n"
              b"Ai 20o 12345p 1.5p 0p 10o\n1i 1p 10i 16i 1.8p Ai 1p\n",
    "shell": b"1 ?\n2 p\n!echo hi\n7p\n",
    "registers": b"3sa 4sb la lb*p\nlzp\n1Sa 2Sa LaLa+p\nlap\n9sz f\n",
    "strings": b"[hello]p\n[1p]sa lax\n[[nested]p]x\n[la1+dsa5>b]sb 0sa lbx lap\n"
               b"[1p]sa [2p]sb [3p]sc\n1 2<a\n2 1<b\n1 1=c\n1 2>a 2 1>b\n4 5 6f\n",
    "quit": b"[q]sq [1p lqx 2p]x 3p\n[[1p q]x 2p]x 4p\n[2 3 4 3Q 5p]x 6p\n[q]x 7p\n",
    "errors": b"p\n+\n1+\nl\n1 0/p\nc 1 0%p\nc _4vp\nc z p\n1.234 Zp\n12345 Zp\n3 Q 5p\n"
              b"[p 5p]x 6p\n[[+ 7p]x 8p]x 9p\n"
              b"1Sa 2Sa 3sb f c\nLc\nsx\nw\n_3k 1 3/p kp\n"
              b"2k 0vp\n1.0 1=a [eq]sa 1.0 1=a\n5x p\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_dc_as_v6(tmp_path, name):
    v6, ours = exec_both(DC, ["/bin/dc"], tmp_path, stdin=CASES[name])
    assert ours.stdout == v6.stdout
    assert ours.stderr == v6.stderr


@pytest.mark.parametrize("name", ["dc-arith", "dc-programs"])
def test_dc_transcript(tmp_path, name):
    """The transcripts (checked with V6's dc on the genuine pack) with ours in its place."""
    path = Path(__file__).parent.parent / "transcripts" / "v6" / f"{name}.t"
    failures = transcript.run_file(path, pack_with(DC, tmp_path))
    assert not failures, "".join(f.diff for f in failures)


def test_dc_file(tmp_path):
    """A file argument is read before the standard input; one that is not there."""
    files = {"/x.dc": b"[1 2+p]x 5k 1 7/p\n"}
    v6, ours = exec_both(DC, ["/bin/dc", "/x.dc"], tmp_path, stdin=b"9p\n", files=files)
    assert ours.stdout == v6.stdout
    v6, ours = exec_both(DC, ["/bin/dc", "/nonexistent"], tmp_path, stdin=b"9p\n")
    assert ours.stdout == v6.stdout == b"Input file.\n"
    assert ours.status != 0 and v6.status != 0
