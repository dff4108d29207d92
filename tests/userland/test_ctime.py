"""libc's ctime against V6: the times ls -l showed under the real V6 for the pack's /bin,
and daylight saving's edges by V6's rules (FACTS.md), worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import v6record
from tests.cc.helpers import build, run
from v6.fs.fsys import Fsys
from v6.fs.namei import ROOT, namei

PROGRAM = (Path(__file__).parent / "ctimes.c").read_text()


def ctimes(*times: int) -> list[str]:
    return run(build(PROGRAM), [str(t) for t in times]).stdout.decode().splitlines()


def test_the_pack_time_is_thursday_evening_in_daylight_time():
    # date on a fresh boot of the pack printed "Thu Aug 14 22:04:5x EDT 1975".
    assert ctimes(177300292) == ["EDT Thu Aug 14 22:04:52 1975"]


def test_ls_l_times_of_the_pack_bin(v6root_bytes, tmp_path):
    image = tmp_path / "pack.img"
    image.write_bytes(v6root_bytes)
    shown = {}
    for line in RESULT_LINES():
        fields = line.split()
        shown[fields[-1]] = " ".join(fields[-4:-1])
    mtimes = {}
    with Fsys.open_image(image, readonly=True) as fsys:
        for name in shown:
            ip = namei(fsys, f"/bin/{name}".encode(), ROOT)
            mtimes[name] = ip.mtime
            fsys.inodes.iput(ip)
    names = sorted(shown)
    got = [line for i in range(0, len(names), 20)
           for line in ctimes(*(mtimes[n] for n in names[i:i + 20]))]
    assert [g.split()[2] + " " + g.split()[3] + " " + g.split()[4][:5] for g in got] == \
        [shown[n] for n in names]


def RESULT_LINES() -> list[str]:  # noqa: N802 - a table, read once
    return [line for line in v6record.results()["ls-l-bin"].stdout.decode().splitlines()
            if line.startswith("-")]


@pytest.mark.parametrize("t,want", [
    # Epoch seconds from the calendar (Python's datetime, UTC); the rules are V6's.
    # 1975: daylight time from the last Sunday of February (Feb 23) at 2 AM EST.
    (162370800 - 1, "EST Sun Feb 23 01:59:59 1975"),   # 06:59:59 GMT
    (162370800, "EDT Sun Feb 23 03:00:00 1975"),       # 07:00:00 GMT
    # ... to the last Sunday of October (Oct 26) at 2 AM EDT.
    (183535200 - 1, "EDT Sun Oct 26 01:59:59 1975"),   # 05:59:59 GMT
    (183535200, "EST Sun Oct 26 01:00:00 1975"),       # 06:00:00 GMT
    # 1974: from January 6 (a Sunday) to the last Sunday of November (Nov 24).
    (126687600, "EDT Sun Jan  6 03:00:00 1974"),
    (154504800 - 1, "EDT Sun Nov 24 01:59:59 1974"),
    # 1976: the last Sunday of April (Apr 25).
    (199263600, "EDT Sun Apr 25 03:00:00 1976"),
    (31536000, "EST Thu Dec 31 19:00:00 1970"),
])
def test_daylight_saving_edges(t, want):
    assert ctimes(t) == [want]
