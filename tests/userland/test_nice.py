"""nice: its messages and the command it runs against V6's binary (and the SIMH
recording); the nice value the command gets, seen by our ps, by hand."""

from __future__ import annotations

from tests.userland.helpers import exec_both, exec_on, pack_with
from tests.userland.recorded import run_recorded

NICE = ["/usr/bin/nice"]


def test_recorded(tmp_path):
    ours, v6 = run_recorded(NICE, "nice", tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr) == (b"niced\n", b"")


def test_like_v6(tmp_path):
    script = "nice; nice -5; nice nosuch; nice -5 /bin/echo a; nice -x echo b; nice echo c d"
    v6, ours = exec_both(NICE, ["/bin/sh", "-c", script], tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)
    assert ours.stdout == (b"usage: nice [ -n ] command\nusage: nice [ -n ] command\n"
                           b"nosuch not found\na\nb\nc d\n")


def test_the_nice_value(tmp_path):
    image = pack_with(NICE + ["/bin/ps"], tmp_path)
    r = exec_on(image, ["/bin/sh", "-c", "nice ps lx; nice -7 ps lx; nice --3 ps lx"])
    ps = [line.split() for line in r.stdout.decode().splitlines() if line.endswith(" ps")]
    assert [x[7] for x in ps] == ["4", "7", "-3"]     # the NICE column
