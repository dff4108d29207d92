"""The recordings of the genuine V6 (tests/v6record.py, data/v6record/): well-formed and complete.

The normal tests check the committed data alone (every case recorded, with
every field; every session's transcript agrees with its steps) and the
recorder's pieces that need no simulator.  The slow tests boot V6 under SIMH
again on a sample and check it still says what is stored.
"""

import re
from pathlib import Path

import pytest

from tests import v6record as rec
from tests.simh import SIMULATOR
from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys
from v6.fs.layout import IALLOC, IFDIR
from v6.fs.mkfs import Spec, mkfs

CASES = rec.cases()
RESULTS = rec.results()
SESSIONS = rec.sessions()
CASE_COUNT, SESSION_COUNT = 168, 3
DEPENDS = {"clock", "boot", "disk-order"}


def test_the_count():
    assert len(CASES) == CASE_COUNT
    assert len(SESSIONS) == SESSION_COUNT


def test_every_case_is_recorded_once():
    names = [c.name for c in CASES]
    assert len(set(names)) == len(names)
    assert list(RESULTS) == names


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_is_well_formed(case):
    assert case.argv and case.argv[0].startswith("/")
    assert case.cwd.startswith("/")
    assert case.uid in rec.USERS
    assert set(case.depends) <= DEPENDS
    assert all(p.startswith("/") for p in case.check)
    assert len(rec.command_line(case)) < 256          # V6's tty takes at most 256 characters a line


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_result_is_complete(case):
    r = RESULTS[case.name]
    assert isinstance(r.stdout, bytes) and isinstance(r.stderr, bytes)
    assert 0 <= r.status <= 0o177777
    assert 0 <= r.clock < 10
    assert list(r.files) == case.check
    for state in r.files.values():
        if state is not None:
            assert state.mode & IALLOC
            assert (state.entries is not None) == (state.mode & IFDIR == IFDIR)


@pytest.mark.parametrize("session", SESSIONS, ids=[s.name for s in SESSIONS])
def test_transcript_follows_the_steps(session):
    text, at = rec.transcript(session.name), 0
    for wait, keys in session.steps:
        at = text.index(wait, at) + len(wait)      # as the recorder waited: from the last wait
        echo = keys.replace("\x04", "")             # V6 does not echo the EOT key
        assert echo in text[at:], (wait, keys)
    assert at == len(text)
    assert set(session.depends) <= DEPENDS


def test_lines_keep_every_byte():
    data = bytes(range(256)) + b"\n\nlast"
    assert rec._bytes(rec._lines(data)) == data
    assert rec._lines(b"a\nb") == ["a\n", "b"]


@pytest.mark.parametrize("arg, typed", [
    ("plain", "plain"), ("a b", "'a b'"), ("", "''"), ("'q'", "\"'q'\""),
    ("#", "\\#"), ("a@b", "a\\@b"), ("*", "'*'"),
])
def test_arguments_are_typed_for_sh_and_the_tty(arg, typed):
    assert rec._quoted(arg) == typed


def test_a_backslash_cannot_be_typed():
    with pytest.raises(ValueError):
        rec._quoted("a\\b")


def test_entries_default_to_root_and_usual_modes():
    assert rec.Entry.from_json({"path": "/d"}) == rec.Entry("/d", None, 0o755)
    assert rec.Entry.from_json({"path": "/f", "data": ["x\n"], "mode": "600", "uid": 6}) == \
        rec.Entry("/f", b"x\n", 0o600, 6)


def _small_image(path: Path) -> Path:
    dev = BlockDevice.create(path, 200)
    mkfs(dev, Spec(b"", IFDIR | 0o755), isize=2, now=0)
    dev.close()
    return path


def test_put_then_file_state(tmp_path):
    image = _small_image(tmp_path / "fs.img")
    rec.put(image, [rec.Entry("/d", None, 0o700, 6, 1), rec.Entry("/d/f", b"hi\n", 0o640, 3, 3)])
    assert rec.file_state(image, "/d") == rec.FileState(IALLOC | IFDIR | 0o700, 2, 6, 1, 48,
                                                         entries=[".", "..", "f"])
    assert rec.file_state(image, "/d/f") == rec.FileState(IALLOC | 0o640, 1, 3, 3, 3, b"hi\n")
    assert rec.file_state(image, "/nosuch") is None


def test_install_stamps_the_packs_own_time(tmp_path, v6root_bytes):
    image = tmp_path / "pack.img"
    image.write_bytes(v6root_bytes)
    case = next(c for c in CASES if c.name == "rmdir-empty")
    rec.install(image, case)
    with Fsys.open_image(image, readonly=True) as fsys:
        assert fsys.mounts[0].sb.time == rec.V6_TIME
    assert rec.file_state(image, "/usr/demo/poem").data.startswith(b"the quick")
    assert rec.file_state(image, "/usr/demo/empty").entries == [".", ".."]


# --- asking V6 again ------------------------------------------------------------------

SAMPLE = ["echo-words", "cat-stdin", "ls-l-bin", "wc-missing", "ed-new", "ken-mkdir",
          "sh-c-three", "bc-program", "units", "rm-r", "cc-run", "date"]
needs_simh = pytest.mark.skipif(SIMULATOR is None, reason="SIMH's pdp11 simulator is not installed")


def _masked(data: bytes, depends: list[str]) -> bytes:
    """Output that shows the clock, its digits made zeros."""
    return re.sub(rb"\d", b"0", data) if "clock" in depends else data


@pytest.mark.slow
@needs_simh
@pytest.mark.parametrize("name", SAMPLE)
def test_v6_still_says_so(name, tmp_path, v6root_bytes):
    case = next(c for c in CASES if c.name == name)
    live, stored = rec.record_case(case, v6root_bytes, tmp_path), RESULTS[name]
    assert _masked(live.stdout, case.depends) == _masked(stored.stdout, case.depends)
    assert (live.stderr, live.status, live.files) == (stored.stderr, stored.status, stored.files)
    assert live.clock < 10


@pytest.mark.slow
@needs_simh
@pytest.mark.parametrize("session", SESSIONS, ids=[s.name for s in SESSIONS])
def test_v6_console_still_says_so(session, tmp_path, v6root_bytes):
    live = rec.record_session(session, v6root_bytes, tmp_path)
    stored = rec.transcript(session.name)
    assert _masked(live.encode("latin-1"), session.depends) == \
        _masked(stored.encode("latin-1"), session.depends)
