"""Helpers shared by the file-system tests: small images in memory, mounted at a fixed time."""

from __future__ import annotations

from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys
from v6.fs.iget import Inode
from v6.fs.layout import IFDIR
from v6.fs.mkfs import Spec, default_isize, mkfs
from v6.fs.namei import ROOT, namei
from v6.fs.ops import creat, read_file
from v6.fs.rdwri import writei

T0 = 200_000_000
"""The fixed "now" of the tests (May 1976), so runs are reproducible."""


def make_dev(nblocks: int = 2000, isize: int | None = None, root: Spec | None = None,
             interleave: int = 3) -> BlockDevice:
    """A fresh file system in memory, built by mkfs at time T0."""
    dev = BlockDevice.memory(nblocks)
    mkfs(dev, root or Spec(b"", IFDIR | 0o755),
         isize=isize if isize is not None else default_isize(nblocks), now=T0,
         interleave=interleave)
    return dev


def mount(dev: BlockDevice, ronly: bool = False, now: int = T0, **kw: int) -> Fsys:
    """``dev`` mounted as the root of a new system whose clock reads ``now``."""
    fsys = Fsys(now=lambda: now, **kw)
    fsys.mount_root(dev, ronly=ronly)
    return fsys


def write_file(fsys: Fsys, path: str, data: bytes, offset: int = 0, mode: int = 0o644) -> None:
    """Create (or truncate) ``path`` and write ``data`` at ``offset``."""
    ip = creat(fsys, path, mode, ROOT)
    try:
        writei(ip, offset, data)
    finally:
        fsys.inodes.iput(ip)


def contents(fsys: Fsys, path: str) -> bytes:
    """All bytes of the file ``path``."""
    ip = namei(fsys, path.encode(), ROOT)
    try:
        return read_file(ip)
    finally:
        fsys.inodes.iput(ip)


def inode(fsys: Fsys, path: str) -> Inode:
    """A referenced inode (the caller iputs it)."""
    return namei(fsys, path.encode(), ROOT)
