"""V6: ken/alloc.c — a mounted file system's superblock: allocating and freeing blocks and inodes.

A ``FileSystem`` is one mounted file system: its device, its in-core
superblock and the read-only flag (V6 kept these in a mount[] entry and a
buffer holding the superblock).  ``FileSystem.mount(fsys, dev, ronly)`` reads
block 1 and refuses a superblock that makes no sense (``BadSuperblock``).

Public calls:

- ``balloc()`` → a busy, zeroed buffer for a newly allocated data block
  (V6 alloc); ``bfree(bno)`` puts a block back (V6 free).  Both follow V6's
  free list exactly: the superblock caches up to 100 free block numbers;
  free[0] names the next chain block; when the cache empties, the chain
  block's 100 numbers are copied in and the chain block itself is handed out;
  when the cache is full, the freed block becomes the new chain block.
  Running out raises ``FsError(ENOSPC)`` ("no space").
- ``ialloc()`` → a referenced in-core inode, zeroed, to be filled in; V6's
  free-inode cache of up to 100 i-numbers, refilled by scanning the i-list
  for mode 0 (skipping inodes in core), each candidate re-checked on disk.
  None left raises ``FsError(ENOSPC)`` ("out of inodes").  ``ifree(inum)``
  adds the number to the cache if there is room (else the scan finds it).
- ``update(now)``: write the superblock back if it changed (V6's update(),
  with ``time`` set to ``now``).
- ``check_block(bno, what)``: a block number outside the data area is
  ``Corrupt``, never read or written; ``check_writable()`` refuses changes to
  a read-only mount (EROFS); ``name`` is the device's name for messages.

Deviation from V6: a free-list entry or chain block outside isize+2 ..
fsize-1 raises ``Corrupt`` naming it, where V6's badblock() printed "bad
block" on the console and skipped it; and a superblock whose nfree or ninode
is over 100 is not mounted, where V6's getfs() printed "bad count" and
zeroed both.  The host tools and the kernel report the damage (fsck repairs
it) instead of carrying on over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import ENOSPC, EROFS
from v6.fs.bio import Buf
from v6.fs.blkdev import BlockDevice
from v6.fs.errors import BadSuperblock, Corrupt, FsError
from v6.fs.layout import (
    BSIZE,
    ILIST,
    INODE_SIZE,
    SUPERB,
    Superblock,
    pack_chain,
    superblock_problems,
    unpack_chain,
)
from v6.param import NICFREE, NICINOD

if TYPE_CHECKING:
    from v6.fs.fsys import Fsys
    from v6.fs.iget import Inode


class FileSystem:
    """A mounted file system: device, in-core superblock, allocation."""

    def __init__(self, fsys: Fsys, dev: BlockDevice, sb: Superblock, ronly: bool) -> None:
        self.fsys = fsys
        """The system it is mounted in (its cache and inode table); fixed."""
        self.dev = dev
        """The device holding it (V6 m_dev); fixed."""
        self.sb = sb
        """In-core superblock (V6 m_bufp); changed by alloc/free, written by update."""
        self.ronly = ronly
        """Mounted read-only: nothing may be allocated, freed or written."""
        self.mounted_on: Inode | None = None
        """Directory it is mounted on (V6 m_inodp), None for the root; set by Fsys.mount."""

    @classmethod
    def mount(cls, fsys: Fsys, dev: BlockDevice, ronly: bool) -> FileSystem:
        """Read and check ``dev``'s superblock (V6 smount and iinit)."""
        if dev.nblocks <= SUPERB:
            raise BadSuperblock(dev.name, f"image of {dev.nblocks} blocks has no block 1")
        bp = fsys.cache.bread(dev, SUPERB)
        sb = Superblock.parse(bp.data)
        fsys.cache.brelse(bp)
        problems = superblock_problems(sb, dev.nblocks)
        if problems:
            raise BadSuperblock(dev.name, "; ".join(problems))
        sb.flock = sb.ilock = sb.fmod = 0
        sb.ronly = int(ronly)
        return cls(fsys, dev, sb, ronly)

    @property
    def name(self) -> str:
        """The device's name, for messages."""
        return self.dev.name

    def check_block(self, bno: int, what: str) -> None:
        """Raise ``Corrupt`` unless ``bno`` is a data block of this file system."""
        if not self.sb.data_start <= bno < self.sb.fsize:
            raise Corrupt(f"{self.name}: {what}: block number {bno} is outside the data "
                          f"area ({self.sb.data_start}..{self.sb.fsize - 1})")

    def check_writable(self) -> None:
        """Raise ``FsError(EROFS)`` if mounted read-only."""
        if self.ronly:
            raise FsError(EROFS, f"{self.name}: read-only file system")

    def balloc(self) -> Buf:
        """Allocate a data block: a busy buffer for it, zeroed (V6 alloc)."""
        self.check_writable()
        sb = self.sb
        sb.fmod = 1
        if sb.nfree <= 0:
            raise FsError(ENOSPC, f"{self.name}: no space")
        sb.nfree -= 1
        bno = sb.free[sb.nfree]
        if bno == 0:
            sb.nfree = 0
            raise FsError(ENOSPC, f"{self.name}: no space")
        self.check_block(bno, "free list")
        if sb.nfree == 0:
            self._load_chain(bno)
        bp = self.fsys.cache.getblk(self.dev, bno)
        self.fsys.cache.clrbuf(bp)
        return bp

    def _load_chain(self, bno: int) -> None:
        """Refill the free-block cache from chain block ``bno``."""
        cache = self.fsys.cache
        bp = cache.bread(self.dev, bno)
        count, free = unpack_chain(bp.data)
        cache.brelse(bp)
        if count > NICFREE:
            raise Corrupt(f"{self.name}: free-list chain block {bno} claims {count} "
                          f"entries (at most {NICFREE})")
        self.sb.nfree, self.sb.free = count, free

    def bfree(self, bno: int) -> None:
        """Put data block ``bno`` on the free list (V6 free)."""
        self.check_writable()
        self.check_block(bno, "freed block")
        sb = self.sb
        sb.fmod = 1
        if sb.nfree <= 0:
            # The list ran dry: restart it with its end marker.
            sb.nfree, sb.free[0] = 1, 0
        if sb.nfree >= NICFREE:
            bp = self.fsys.cache.getblk(self.dev, bno)
            bp.data[:] = pack_chain(sb.nfree, sb.free)
            sb.nfree = 0
            self.fsys.cache.bwrite(bp)
        sb.free[sb.nfree] = bno
        sb.nfree += 1

    def ialloc(self) -> Inode:
        """Allocate an inode: referenced, in core, all fields but the times zero (V6 ialloc)."""
        self.check_writable()
        sb, itab = self.sb, self.fsys.inodes
        while True:
            if sb.ninode <= 0 and not self._scan_free_inodes():
                raise FsError(ENOSPC, f"{self.name}: out of inodes")
            sb.ninode -= 1
            sb.fmod = 1
            inum = sb.inode[sb.ninode]
            if not 1 <= inum <= sb.ninodes:
                raise Corrupt(f"{self.name}: free-inode cache holds i-number {inum}, "
                              f"outside the i-list (1..{sb.ninodes})")
            ip = itab.iget(self, inum)
            if ip.mode == 0:
                ip.clear()
                return ip
            # The cache was stale: the inode is in use.  Look further.
            itab.iput(ip)

    def _scan_free_inodes(self) -> bool:
        """Refill the free-inode cache from the i-list; False if no inode is free."""
        cache, itab, sb = self.fsys.cache, self.fsys.inodes, self.sb
        inum = 0
        for blkno in range(ILIST, sb.data_start):
            bp = cache.bread(self.dev, blkno)
            modes = [bp.data[o] | bp.data[o + 1] << 8 for o in range(0, BSIZE, INODE_SIZE)]
            cache.brelse(bp)
            for mode in modes:
                inum += 1
                if mode == 0 and not itab.incore(self, inum):
                    sb.inode[sb.ninode] = inum
                    sb.ninode += 1
                    if sb.ninode >= NICINOD:
                        return True
        return sb.ninode > 0

    def ifree(self, inum: int) -> None:
        """Note inode ``inum`` as free in the cache, if there is room (V6 ifree)."""
        sb = self.sb
        if sb.ninode < NICINOD:
            sb.inode[sb.ninode] = inum
            sb.ninode += 1
            sb.fmod = 1

    def update(self, now: int) -> None:
        """Write the superblock if it changed, stamped with time ``now``."""
        if not self.sb.fmod or self.ronly:
            return
        self.sb.fmod = 0
        self.sb.time = now
        bp = self.fsys.cache.getblk(self.dev, SUPERB)
        bp.data[:] = self.sb.serialize()
        self.fsys.cache.bwrite(bp)
