"""ps (V6's could not run on the pack: it needs a swap device): the listings worked out
by hand from what the processes are doing."""

from __future__ import annotations

import re

from tests.userland.helpers import exec_on, pack_with

PS = ["/bin/ps"]


def test_a_pipeline_and_a_background_sleep(tmp_path):
    r = exec_on(pack_with(PS, tmp_path), ["/bin/sh", "-c", "sleep 30 & ps x | cat | cat"])
    lines = r.stdout.decode().splitlines()
    assert lines[1] == "  PID TTY TIME CMD"
    assert [line[16:] for line in lines[2:]] == ["swapper", "sh", "sleep", "ps", "cat", "cat"]
    assert all(re.fullmatch(r" +\d+ \? +\d+:\d\d \S+", line) for line in lines[2:])


def test_the_long_listing(tmp_path):
    r = exec_on(pack_with(PS, tmp_path), ["/bin/sh", "-c", "sleep 30 & ps -lx"])
    lines = r.stdout.decode().splitlines()
    assert lines[1] == " F S UID   PID  PPID CPU PRI NICE  SZ  WCHAN TTY TIME CMD"
    rows = {line.split()[-1]: line.split() for line in lines[2:]}
    assert rows["sleep"][1] == "W" and rows["ps"][1] == "R"     # asleep; running
    assert rows["ps"][4] == rows["sleep"][4] == rows["sh"][3]   # both children of sh
    assert rows["swapper"][0] == "3"                            # in core, the system's


def test_without_a_terminal_nothing_but_the_header(tmp_path):
    r = exec_on(pack_with(PS, tmp_path), ["/bin/ps", "a"])
    assert r.stdout == b"  PID TTY TIME CMD\n"
