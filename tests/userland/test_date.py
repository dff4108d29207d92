"""date: V6's binary is the oracle (the SIMH recording of a bad argument, and setting
the clock as root to many dates: both daylight saving rules of 1975 and 1976, hour 24,
a year left out, what follows the year); a user who may not set the clock, and years
V6's date got wrong, by hand."""

from __future__ import annotations

import re

from tests.userland.helpers import exec_both, exec_on, pack_with
from tests.userland.recorded import run_recorded

DATE = ["/bin/date"]
ARGS = ["", "08142305", "0814230576", "0101000070", "1231235969", "0101000000", "1301000075",
        "0132000075", "0229120076", "0229120075", "0101240075", "0101006075", "081423057",
        "0814230", "x8142305", "-u", "0601120075", "1026013075", "1026023075", "0001000075",
        "0101250075", "01010000701", "081423057x", "0425120076", "0426120076"]


def test_recorded_bad_argument(tmp_path):
    ours, v6 = run_recorded(DATE, "date-bad", tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr) == (b"bad conversion\n", b"")


def test_like_v6(tmp_path):
    script = "".join(f"echo '== {a}'\ndate {a}\n" for a in ARGS)
    v6, ours = exec_both(DATE, ["/bin/sh", "/script"], tmp_path, files={"/script": script.encode()})
    assert ours.stdout == v6.stdout
    assert ours.stdout.count(b"== ") == len(ARGS)
    assert b"\nSat Mar  1 12:00:00 EDT 1975\n" in ours.stdout


def test_the_pack_time(tmp_path):
    r = exec_on(pack_with(DATE, tmp_path), ["/bin/date"])
    assert re.fullmatch(rb"Thu Aug 14 22:04:5\d EDT 1975\n", r.stdout)


def test_a_user_may_not_set_the_clock(tmp_path):
    # V6's date said so, then printed the time it had not set.
    r = exec_on(pack_with(DATE, tmp_path), ["/bin/date", "08142305"], uid=6, gid=1)
    assert re.fullmatch(rb"no permission\nThu Aug 14 22:04:5\d EDT 1975\n", r.stdout)
    assert r.status == 1 << 8


def test_years_past_1982(tmp_path):
    # V6's date printed Wed Mar  9 04:47:00 EST 1983 for the first.
    r = exec_on(pack_with(DATE, tmp_path), ["/bin/sh", "-c", "date 1231235999; date 0704120076"])
    assert r.stdout == b"Fri Dec 31 23:59:00 EST 1999\nSun Jul  4 12:00:00 EDT 1976\n"
