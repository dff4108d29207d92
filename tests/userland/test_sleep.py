"""sleep: its messages against V6's binary (and the SIMH recording); that it sleeps, by
the clock."""

from __future__ import annotations

from tests.userland.helpers import exec_both, exec_on, pack_with
from tests.userland.recorded import run_recorded

SLEEP = ["/usr/bin/sleep"]


def test_recorded(tmp_path):
    ours, v6 = run_recorded(SLEEP, "sleep", tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr) == (b"", b"")


def test_messages_like_v6(tmp_path):
    script = "sleep; sleep x; sleep 1x; sleep -1; sleep 0; sleep 1 2; echo done"
    v6, ours = exec_both(SLEEP, ["/bin/sh", "-c", script], tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)
    assert ours.stdout == b"arg count\nbad character\nbad character\nbad character\ndone\n"


def test_it_sleeps(tmp_path):
    r = exec_on(pack_with(SLEEP + ["/bin/date"], tmp_path),
                ["/bin/sh", "-c", "date; sleep 25; date"])
    first, second = r.stdout.decode().splitlines()
    seconds = [int(x[11:13]) * 3600 + int(x[14:16]) * 60 + int(x[17:19]) for x in (first, second)]
    assert 25 <= seconds[1] - seconds[0] <= 26
