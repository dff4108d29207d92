"""Hostile programs: random instruction words and random system calls with hostile arguments.

Each case is a random 0407 program run as ken (uid 6) in /usr/ken.  Whatever
it does — any instruction word, any system call number, bad pointers, huge
counts, unterminated strings, argument lists past the limit, forks, execs,
signals with wild handlers — the kernel must not raise a Python exception,
must stop within the time limit, must leave the file system consistent
(fsck), and must not let ken change a file or a directory he may not write.
A bounded run is in the normal suite; a long one is marked slow.
"""

from __future__ import annotations

import random
import shutil
import struct
from pathlib import Path

import pytest

from tests.kernel.helpers import make_image
from v6.fs import fsck, fstool, ops
from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys
from v6.fs.namei import ROOT, namei
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel

STRINGS = [b"/tmp/x\0", b"/etc/passwd\0", b"/bin/sh\0", b"/etc/secret\0", b"/usr/ken/f\0",
           b"/\0", b".\0", b"..\0", b"/dev/mem\0", b"/dev/null\0", b"x" * 40]
"""Names the programs use; the last is unterminated within the program."""

PROTECTED = ["/etc/passwd", "/etc/secret", "/bin/sh"]
"""Files ken may not write; the directories /, /etc and /bin he may not change either."""


def _value(rng: random.Random, data_at: int, strings: list[int]) -> int:
    choice = rng.random()
    if choice < 0.3:
        return rng.choice(strings)
    if choice < 0.5:
        return rng.choice([0, 1, 2, 3, 0o177777, 0o100000, 0o77777, 512, 4096])
    if choice < 0.7:
        return (data_at + rng.randrange(0, 400)) & 0o177777
    return rng.randrange(0, 0o200000)


def hostile_program(seed: int) -> bytes:
    """A 0407 a.out of random system calls and random words, with strings in it."""
    rng = random.Random(seed)
    # Mostly ignore the signals a bad call or a bad word sends, so the program
    # goes on to do more damage (V6 resumes after the faulting instruction).
    words: list[int] = []
    for n in (4, 5, 6, 7, 8, 10, 11, 12, 13):
        if rng.random() < 0.8:
            words += [0o104460, n, 1]
    for _ in range(rng.randrange(5, 40)):
        if rng.random() < 0.7:
            number = rng.choice([rng.randrange(64), rng.randrange(1, 49)])
            words += [0o012700, 0, 0o104400 + number] + [0] * rng.randrange(0, 4)
        else:
            words += [rng.randrange(0o200000) for _ in range(rng.randrange(1, 4))]
    words.append(0o000777)  # br . : spin until the time limit
    text = len(words) * 2
    blob = b"".join(STRINGS)
    strings, at = [], text
    for s in STRINGS:
        strings.append(at)
        at += len(s)
    out: list[int] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == 0o012700 and i + 2 < len(words) and words[i + 2] & 0o177700 == 0o104400:
            out += [w, _value(rng, text, strings), words[i + 2]]
            i += 3
            while i < len(words) and words[i] == 0:
                out.append(_value(rng, text, strings))
                i += 1
            continue
        out.append(w)
        i += 1
    body = struct.pack(f"<{len(out)}H", *out)
    header = struct.pack("<8H", 0o407, len(body), len(blob), 256, 0, 0, 0, 1)
    return header + body + blob


@pytest.fixture(scope="module")
def hostile_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {
        "/etc/passwd": (b"root::0:3::/:\nken::6:1::/usr/ken:\n", 0o644, 0),
        "/etc/secret": (b"the root password\n", 0o600, 0),
        "/bin/sh": (b"\x07\x01" + bytes(30), 0o755, 0),
        "/usr/ken/f": (b"ken's own file\n", 0o644, 6),
    }
    return make_image(tmp_path_factory.mktemp("hostile") / "base.img", files, nblocks=1000)


def _protected_state(image: Path) -> dict[str, object]:
    """Each protected file's inode fields and bytes, and the protected directories' names."""
    state: dict[str, object] = {}
    with Fsys.open_image(image, readonly=True) as fsys:
        for path in PROTECTED:
            ip = namei(fsys, path.encode(), ROOT)
            st = ops.stat(ip)
            state[path] = (st.ino, st.mode, st.nlink, st.uid, st.gid, st.size, st.mtime,
                           ops.read_file(ip))
            fsys.inodes.iput(ip)
    for path in ("/", "/etc", "/bin"):
        state[path] = fstool.ls(str(image), path)
    return state


def _run_hostile(base: Path, tmp: Path, seed: int) -> None:
    image = tmp / f"h{seed}.img"
    shutil.copyfile(base, image)
    before = _protected_state(image)
    (tmp / "prog").write_bytes(hostile_program(seed))
    (tmp / "prog").chmod(0o755)
    fstool.put(str(image), str(tmp / "prog"), "/usr/ken/prog")
    k = Kernel(image)
    try:
        io = HostStream.buffer(b"some input\n" * 20)
        run_program(k, ["/usr/ken/prog", "a", "b"], cwd="/usr/ken", uid=6, gid=1,
                    stdio=[io, io, io], time_limit=3)
    finally:
        k.shutdown()
    dev = BlockDevice.open(image)
    try:
        assert fsck.check(dev).problems == [], f"seed {seed}"
    finally:
        dev.close()
    assert _protected_state(image) == before, f"seed {seed}"


@pytest.mark.parametrize("seed", range(12))
def test_hostile_programs_cannot_hurt_the_system(hostile_base, tmp_path, seed):
    _run_hostile(hostile_base, tmp_path, seed)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(12, 400))
def test_many_hostile_programs(hostile_base, tmp_path, seed):
    _run_hostile(hostile_base, tmp_path, seed)
