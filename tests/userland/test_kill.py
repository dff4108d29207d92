"""kill: its messages against V6's binary; signals reaching a process (the default
SIGTERM, and a two-digit one, which V6's kill refused), by hand."""

from __future__ import annotations

from tests.userland.helpers import exec_both, exec_on, pack_with

KILL = ["/bin/kill"]


def test_messages_like_v6(tmp_path):
    script = "kill; kill 999; kill -9 999; kill x; kill 999 x 998; kill -1 999; kill 0x; echo done"
    v6, ours = exec_both(KILL, ["/bin/sh", "-c", script], tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)
    assert ours.stdout.count(b"999: not found\n") == 4
    assert ours.stdout.endswith(b"non-numeric arg\ndone\n")


def test_the_default_signal_is_sigterm(tmp_path):
    # the shell run by exec is process 1: kill, its child, kills it
    r = exec_on(pack_with(KILL, tmp_path), ["/bin/sh", "-c", "kill 1; echo survived"])
    assert (r.stdout, r.status & 0o177) == (b"", 15)


def test_any_signal_number(tmp_path):
    image = pack_with(KILL, tmp_path)
    r = exec_on(image, ["/bin/sh", "-c", "kill -13 1; echo survived"])
    assert (r.stdout, r.status & 0o177) == (b"", 13)
    r = exec_on(image, ["/bin/kill", "-20", "1"])
    assert (r.stdout, r.status) == (b"non-numeric arg\n", 1 << 8)
