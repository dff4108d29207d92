"""Random sequences of file operations against an in-memory model.

Files are written at offsets up to a megabyte, so they need indirect and
double-indirect blocks (block 1792 and beyond).  After every run fsck must find
the image clean, and after unmounting and mounting again every file and
directory must be exactly as the model says.
"""

from __future__ import annotations

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from tests.fs.helpers import contents, inode, make_dev, mount
from v6.errno import EEXIST, EISDIR
from v6.fs import fsck
from v6.fs.errors import FsError
from v6.fs.layout import BSIZE, ILARG, NINDIR, NSINGLE
from v6.fs.namei import ROOT
from v6.fs.ops import creat, link, mkdir, readdir, rmdir, unlink
from v6.fs.rdwri import writei

NAMES = st.sampled_from(["a", "b", "c", "d", "e"])
DOUBLE_INDIRECT = NSINGLE * NINDIR * BSIZE
"""First byte reached through the double-indirect block (917,504)."""
OFFSETS = st.one_of(st.integers(0, 6000), st.integers(3500, 5000),
                    st.integers(DOUBLE_INDIRECT - 2000, DOUBLE_INDIRECT + 200_000))


class File:
    """The model of one file: its bytes, shared by all its names."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, offset: int, chunk: bytes) -> None:
        if not chunk:
            return                     # writing nothing changes nothing, not even the size
        if offset > len(self.data):
            self.data += bytes(offset - len(self.data))
        self.data[offset:offset + len(chunk)] = chunk


def _join(parent: str, name: str) -> str:
    return f"{parent.rstrip('/')}/{name}"


class FsMachine(RuleBasedStateMachine):
    """The file system on a 4000-block image next to a dictionary of what it should hold."""

    @initialize()
    def start(self) -> None:
        self.dev = make_dev(4000)
        self.fsys = mount(self.dev)
        self.files: dict[str, File] = {}
        self.dirs: set[str] = {"/"}

    def _expect(self, errno: int, fn, *args) -> None:  # noqa: ANN001
        try:
            fn(*args)
        except FsError as exc:
            assert exc.errno == errno, exc
        else:
            raise AssertionError(f"{fn.__name__}{args[1:]} should fail with {errno}")

    # --- rules ------------------------------------------------------------------

    @rule(data=st.data(), name=NAMES)
    def create(self, data: st.DataObject, name: str) -> None:
        path = _join(data.draw(st.sampled_from(sorted(self.dirs))), name)
        if path in self.dirs:
            self._expect(EISDIR, creat, self.fsys, path, 0o644, ROOT)
            return
        self.fsys.inodes.iput(creat(self.fsys, path, 0o644, ROOT))
        if path in self.files:
            self.files[path].data.clear()
        else:
            self.files[path] = File()

    @precondition(lambda self: self.files)
    @rule(data=st.data(), offset=OFFSETS, size=st.integers(0, 3000), fill=st.integers(1, 255))
    def write(self, data: st.DataObject, offset: int, size: int, fill: int) -> None:
        path = data.draw(st.sampled_from(sorted(self.files)))
        chunk = bytes((fill + i) % 256 for i in range(size))
        ip = inode(self.fsys, path)
        writei(ip, offset, chunk)
        self.fsys.inodes.iput(ip)
        self.files[path].write(offset, chunk)

    @precondition(lambda self: self.files)
    @rule(data=st.data(), size=st.integers(1, 2000))
    def append(self, data: st.DataObject, size: int) -> None:
        path = data.draw(st.sampled_from(sorted(self.files)))
        model = self.files[path]
        chunk = bytes([len(model.data) % 251]) * size
        ip = inode(self.fsys, path)
        assert ip.size == len(model.data)
        writei(ip, ip.size, chunk)
        self.fsys.inodes.iput(ip)
        model.write(len(model.data), chunk)

    @precondition(lambda self: self.files)
    @rule(data=st.data())
    def truncate(self, data: st.DataObject) -> None:
        path = data.draw(st.sampled_from(sorted(self.files)))
        self.fsys.inodes.iput(creat(self.fsys, path, 0o600, ROOT))
        self.files[path].data.clear()

    @precondition(lambda self: self.files)
    @rule(data=st.data(), name=NAMES)
    def link(self, data: st.DataObject, name: str) -> None:
        target = data.draw(st.sampled_from(sorted(self.files)))
        new = _join(data.draw(st.sampled_from(sorted(self.dirs))), name)
        if new in self.files or new in self.dirs:
            self._expect(EEXIST, link, self.fsys, target, new, ROOT)
            return
        link(self.fsys, target, new, ROOT)
        self.files[new] = self.files[target]

    @precondition(lambda self: self.files)
    @rule(data=st.data())
    def unlink(self, data: st.DataObject) -> None:
        path = data.draw(st.sampled_from(sorted(self.files)))
        unlink(self.fsys, path, ROOT)
        del self.files[path]

    @rule(data=st.data(), name=NAMES)
    def mkdir(self, data: st.DataObject, name: str) -> None:
        path = _join(data.draw(st.sampled_from(sorted(self.dirs))), name)
        if path in self.files or path in self.dirs:
            self._expect(EEXIST, mkdir, self.fsys, path, 0o755, ROOT)
            return
        mkdir(self.fsys, path, 0o755, ROOT)
        self.dirs.add(path)

    @precondition(lambda self: len(self.dirs) > 1)
    @rule(data=st.data())
    def rmdir(self, data: st.DataObject) -> None:
        path = data.draw(st.sampled_from(sorted(self.dirs - {"/"})))
        inside = [p for p in [*self.files, *self.dirs] if p.startswith(path + "/")]
        if inside:
            self._expect(EEXIST, rmdir, self.fsys, path, ROOT)
            return
        rmdir(self.fsys, path, ROOT)
        self.dirs.remove(path)

    @rule()
    def remount(self) -> None:
        self.fsys.unmount_all()
        self.fsys = mount(self.dev)

    # --- the end of a run -----------------------------------------------------------

    def _listing(self, d: str) -> set[str]:
        prefix = d.rstrip("/") + "/"
        return {p[len(prefix):] for p in [*self.files, *self.dirs]
                if p.startswith(prefix) and p != d and "/" not in p[len(prefix):]}

    def teardown(self) -> None:
        if not hasattr(self, "fsys"):
            return
        self.fsys.unmount_all()
        report = fsck.check(self.dev)
        assert report.problems == []
        fsys = mount(self.dev, ronly=True)
        for path, model in self.files.items():
            assert contents(fsys, path) == bytes(model.data), path
        for d in self.dirs:
            dp = inode(fsys, d)
            names = {e.name.decode() for e in readdir(dp)} - {".", ".."}
            fsys.inodes.iput(dp)
            assert names == self._listing(d), d
        fsys.unmount_all()


TestFsMachine = FsMachine.TestCase
TestFsMachine.settings = settings(max_examples=30, stateful_step_count=40, deadline=None)


class SlowFsMachine(FsMachine):
    """The same machine, run much longer (pytest -m slow)."""


TestFsMachineLong = SlowFsMachine.TestCase
TestFsMachineLong.settings = settings(max_examples=300, stateful_step_count=80, deadline=None)
TestFsMachineLong = pytest.mark.slow(TestFsMachineLong)


def test_double_indirect_files_do_occur():
    """The offsets the machine draws do reach the double-indirect block."""
    fsys = mount(make_dev(4000))
    ip = creat(fsys, "/f", 0o644, ROOT)
    writei(ip, DOUBLE_INDIRECT, b"x")
    assert ip.mode & ILARG and ip.addr[NSINGLE]
    fsys.inodes.iput(ip)
    fsys.unmount_all()
