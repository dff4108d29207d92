"""The genuine 1975 binaries on our kernel, against what the real V6 kernel did under SIMH.

Each case of tests/data/v6record (168 of them: echo, cat, ls, wc, grep,
sort, od, cmp, sum, dc, bc, sh pipelines, ed, cp, mv, rm, ln, mkdir, chmod,
date, cal, du, diff, units, and more) runs as ``v6 exec`` runs a program:
on a fresh copy of the pack with the case's files, descriptors 0, 1 and 2
open on host streams (standard input a host file, so that ed can seek it as
it seeks a file on V6).  Its standard output and error, its wait status and
the files it leaves must be V6's, byte for byte.

What the recording did around the program is reproduced: the program
has the pid it had there (5), and the recorder's own files, made before
and while the program ran (/tmp/in, /tmp/run, /tmp/out, /tmp/err), take
i-numbers and directory slots, so they are made here too, in the same
order.  Where the output shows V6's clock (which ran on SIMH's wall
clock) the seconds are masked, and where it shows the time of a file the
recording's boot touched (/tmp, /dev/tty8), that time is masked too.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests import v6record
from tests.kernel.helpers import Run
from v6.fs.fsys import Fsys
from v6.fs.namei import ROOT
from v6.fs.ops import creat
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel

CASES = v6record.cases()
RESULTS = v6record.results()
GROUPS = {0: 0, 1: 1, 3: 3, 6: 1}
"""The pack's /etc/passwd: each user's group (login set it)."""
RECORDED_PID = 5
"""The program's pid in the recording (init 1, sh 2, stty 3, the wrapper 4):
given the same here, a leftover r0 that is a child's pid (rm -r exits with
one) matches."""
SECONDS = re.compile(rb"(\d\d:\d\d:)\d\d")
STAMP = re.compile(rb"[A-Z][a-z][a-z] [ \d]\d \d\d:\d\d")
"""A time as ls -l shows it."""


def _as_recorded(image: Path, case: v6record.Case, tmp: Path) -> Path:
    """The case's files and the recorder's, in the order the recording made them."""
    v6record.install(image, case)
    v6record.put(image, [v6record.Entry(v6record.STDIN, case.stdin, 0o644),
                         v6record.Entry(v6record.RUN, v6record.wrapper(), 0o755)])
    with Fsys.open_image(image, now=lambda: v6record.V6_TIME) as fsys:
        for path in (v6record.STDOUT, v6record.STDERR):
            fsys.inodes.iput(creat(fsys, path, 0o644, ROOT))
    stdin = tmp / "stdin"
    stdin.write_bytes(case.stdin)
    return stdin


def run_case(image: Path, case: v6record.Case, tmp: Path) -> Run:
    """Run ``case`` on ``image`` as v6 exec would."""
    stdin = _as_recorded(image, case, tmp)
    fd = os.open(stdin, os.O_RDONLY)
    k = Kernel(image)
    k.mpid = RECORDED_PID - 1
    out, err = HostStream.buffer(), HostStream.buffer()
    try:
        status = run_program(k, case.argv, cwd=case.cwd, uid=case.uid,
                             gid=GROUPS.get(case.uid, 0),
                             stdio=[HostStream("stdin", fd=fd, writable=False), out, err],
                             time_limit=120)
    finally:
        k.shutdown()
        os.close(fd)
    return Run(status, bytes(out.output), bytes(err.output), k)


def _masked(data: bytes, case: v6record.Case) -> bytes:
    """``data`` without what depends on V6's wall clock: the seconds of a time, and
    for the cases that show a file the boot touched (``boot``), ls's times."""
    if "clock" in case.depends:
        data = SECONDS.sub(rb"\1..", data)
    if "boot" in case.depends:
        data = STAMP.sub(b"(time)", data)
    return data


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_genuine_binary_as_on_v6(case, v6root_bytes, tmp_path):
    image = tmp_path / "pack.img"
    image.write_bytes(v6root_bytes)
    r = run_case(image, case, tmp_path)
    want = RESULTS[case.name]
    assert _masked(r.stdout, case) == _masked(want.stdout, case)
    assert r.stderr == want.stderr
    assert r.status == want.status
    for path, state in want.files.items():
        assert v6record.file_state(image, path) == state, path
