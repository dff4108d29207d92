"""cal: V6's binary is the oracle (the SIMH recordings, and months and years run with
V6's cal and ours: the change of calendar in September 1752, leap and non-leap
centuries, the first and the last year it knows, bad arguments)."""

from __future__ import annotations

import pytest

from tests.userland.helpers import exec_both, exec_on, pack_with
from tests.userland.recorded import run_recorded

CAL = ["/usr/bin/cal"]
ARGS = ["8 1975", "9 1752", "10 1752", "2 1900", "2 2000", "2 1600", "2 1700", "1 1", "12 9999",
        "3 1976", "1752", "1975", "2000", "1", "", "0 1", "1 0", "1 1x", "13 1", "1 10000",
        "01 001", "1 2 3"]


@pytest.mark.parametrize("name", ["cal-month", "cal-year", "cal-1752"])
def test_recorded(name, tmp_path):
    ours, v6 = run_recorded(CAL, name, tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)


def test_like_v6(tmp_path):
    script = "".join(f"echo '== {a}'\ncal {a}\n" for a in ARGS)
    v6, ours = exec_both(CAL, ["/bin/sh", "/script"], tmp_path, files={"/script": script.encode()})
    assert ours.stdout == v6.stdout
    assert ours.stdout.count(b"== ") == len(ARGS)
    assert ours.stdout.count(b"Bad argument\n") == 5


def test_the_days_lost_in_1752(tmp_path):
    r = exec_on(pack_with(CAL, tmp_path), ["/usr/bin/cal", "9", "1752"])
    assert r.stdout == (b"      Sep 1752\n S  M Tu  W Th  F  S\n       1  2 14 15 16\n"
                        b"17 18 19 20 21 22 23\n24 25 26 27 28 29 30\n\n\n\n")
