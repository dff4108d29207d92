"""New: one running system's file-system state — V6's globals buf[], inode[], mount[] and rootdir.

An ``Fsys`` owns the buffer cache (``cache``), the in-core inode table
(``inodes``), the mounted file systems (``mounts``, the root first) and the
root directory (``rootdir``, held referenced while mounted).  Nothing in
``v6.fs`` is global, so several systems, or tests, can coexist.

Time: ``now()`` returns the current time in V6 seconds; it stamps inode times
and the superblock.  The kernel passes a function of its simulated clock; the
host tools pass the host's wall clock; tests pass a constant.

Lifecycle:

- ``Fsys.open_image(path)`` (or ``Fsys()`` then ``mount_root(dev)``) mounts a
  root file system; ``BadSuperblock`` if it is not one.
- ``mount(dev, on)`` mounts another on a directory inode (the reference to
  ``on`` passes to the mount); ``umount(dev)`` undoes it (EBUSY while any of
  its inodes are in use).  At most NMOUNT at once, the root included.
- ``sync()`` writes changed superblocks, in-core inodes and delayed blocks
  (V6 update()).  ``unmount_all()`` syncs and unmounts everything;
  ``close()`` also closes the devices, and ``Fsys`` is a context manager
  doing that.

The file-system calls themselves live in the subsystem modules: namei,
rdwri (readi/writei), iget (iput, itrunc), alloc, and ops (the syscall-level
operations); each takes this object, or an inode that leads back to it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import TracebackType

from v6.errno import EBUSY, EINVAL, ENOTDIR
from v6.fs.alloc import FileSystem
from v6.fs.bio import BufferCache
from v6.fs.blkdev import BlockDevice
from v6.fs.errors import Corrupt, FsError
from v6.fs.iget import Inode, InodeTable, iupdat
from v6.param import NBUF, NINODE, NMOUNT, ROOTINO
from v6.simclock import SimClock


class Fsys:
    """Buffer cache, inode table, mount table and root directory of one system."""

    def __init__(self, *, now: Callable[[], int] | None = None, nbuf: int = NBUF,
                 ninode: int = NINODE) -> None:
        self.cache = BufferCache(nbuf)
        """The buffer cache every device shares."""
        self.inodes = InodeTable(ninode)
        """The in-core inode table."""
        self.mounts: list[FileSystem] = []
        """Mounted file systems, the root first (at most NMOUNT)."""
        self.rootdir: Inode | None = None
        """Root directory of the root file system, referenced while mounted."""
        self.now: Callable[[], int] = now if now is not None else (lambda: 0)
        """Current time in V6 seconds, for inode times and the superblock."""

    @classmethod
    def open_image(cls, path: str | os.PathLike, *, readonly: bool = False,
                   now: Callable[[], int] | None = None,
                   clock: SimClock | None = None) -> Fsys:
        """A system with the image at ``path`` mounted as its root."""
        dev = BlockDevice.open(path, readonly=readonly, clock=clock)
        fsys = cls(now=now)
        try:
            fsys.mount_root(dev, ronly=readonly)
        except BaseException:
            dev.close()
            raise
        return fsys

    def __enter__(self) -> Fsys:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def mount_root(self, dev: BlockDevice, ronly: bool = False) -> FileSystem:
        """Mount ``dev`` as the root file system and hold its root directory."""
        if self.mounts:
            raise FsError(EBUSY, "a root file system is already mounted")
        fs = FileSystem.mount(self, dev, ronly)
        self.mounts.append(fs)
        try:
            root = self.inodes.iget(fs, ROOTINO)
        except BaseException:
            self.mounts.remove(fs)
            raise
        if not root.is_dir:
            self.inodes.iput(root)
            self.mounts.remove(fs)
            raise Corrupt(f"{dev.name}: the root inode ({ROOTINO}) is not a directory "
                          f"(mode {root.mode:o})")
        self.rootdir = root
        return fs

    def mount(self, dev: BlockDevice, on: Inode, ronly: bool = False) -> FileSystem:
        """Mount ``dev`` on directory ``on``, whose reference the mount keeps (V6 smount)."""
        if any(m.dev is dev for m in self.mounts) or len(self.mounts) >= NMOUNT:
            raise FsError(EBUSY)
        if not on.is_dir:
            raise FsError(ENOTDIR)
        if on.count != 1 or on.mounted is not None or on.inum == ROOTINO:
            raise FsError(EBUSY)
        fs = FileSystem.mount(self, dev, ronly)
        fs.mounted_on, on.mounted = on, fs
        self.mounts.append(fs)
        return fs

    def umount(self, dev: BlockDevice) -> None:
        """Unmount ``dev`` (not the root), writing out what it has cached (V6 sumount)."""
        fs = next((m for m in self.mounts if m.dev is dev), None)
        if fs is None or fs.mounted_on is None:
            raise FsError(EINVAL)
        if any(ip.fs is fs for ip in self.inodes):
            raise FsError(EBUSY)
        self._detach(fs)

    def _detach(self, fs: FileSystem) -> None:
        """Write out and forget ``fs``; release the directory it was mounted on."""
        fs.update(self.now())
        self.cache.bflush(fs.dev)
        self.cache.binval(fs.dev)
        self.mounts.remove(fs)
        on = fs.mounted_on
        if on is not None:
            fs.mounted_on, on.mounted = None, None
            self.inodes.iput(on)

    def sync(self) -> None:
        """Write every changed superblock, in-core inode and delayed block (V6 update)."""
        now = self.now()
        for fs in self.mounts:
            fs.update(now)
        for ip in self.inodes:
            iupdat(ip, now)
        self.cache.bflush()

    def unmount_all(self) -> list[BlockDevice]:
        """Release the root directory, sync and unmount everything; return the devices."""
        if self.rootdir is not None:
            root, self.rootdir = self.rootdir, None
            self.inodes.iput(root)
        self.sync()
        devices = []
        for fs in reversed(list(self.mounts)):
            self._detach(fs)
            devices.append(fs.dev)
        return devices

    def close(self) -> None:
        """Unmount everything and close the devices."""
        for dev in self.unmount_all():
            dev.close()
