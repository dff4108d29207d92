"""The genuine pack booted on our kernel, a person at its console, against V6 under SIMH.

Each recorded session (tests/data/v6record/sessions.json) boots the pack to
``login:``, logs root in and types its keys — each when the console is
waited for with nothing typed ahead — and the whole console text (CR LF
as LF) must be what V6 printed.  Where a session shows the clock, the
seconds (and the minute, in ls -l) are masked, since V6's ran on SIMH's
wall clock.  Afterwards the disk is synced and must pass fsck, and what the
session wrote must read back.
"""

from __future__ import annotations

import re

import pytest

from tests import v6record
from v6.fs import fsck, fstool
from v6.fs.blkdev import BlockDevice
from v6.shell.run import run_script
from v6.shell.system import System

SESSIONS = v6record.sessions()
CLOCK = re.compile(r"(\d\d:)\d\d(:\d\d)?")


def _masked(text: str, session: v6record.Session) -> str:
    return CLOCK.sub(r"\1..", text) if "clock" in session.depends else text


def replay(image: str, session: v6record.Session) -> str:
    """Boot ``image``, type the session's keys, return the console's text."""
    system = System(image)
    out = bytearray()
    typed = [keys.replace("\n", "\r").encode("latin-1") for _, keys in session.steps if keys]
    try:
        run_script(system, typed, out.extend)
    finally:
        system.shutdown()
    return out.decode("latin-1")


@pytest.mark.parametrize("session", SESSIONS, ids=[s.name for s in SESSIONS])
def test_session_as_on_v6(session, v6root_bytes, tmp_path):
    image = tmp_path / "pack.img"
    image.write_bytes(v6root_bytes)
    text = replay(str(image), session)
    assert _masked(text, session) == _masked(v6record.transcript(session.name), session)
    dev = BlockDevice.open(image)
    try:
        assert fsck.check(dev).problems == []
    finally:
        dev.close()


def test_what_a_session_writes_reads_back(v6root_bytes, tmp_path):
    image = tmp_path / "pack.img"
    image.write_bytes(v6root_bytes)
    replay(str(image), next(s for s in SESSIONS if s.name == "login-ed"))
    assert fstool.cat(str(image), "/tmp/story") == b"hello there\ngoodbye\n"
