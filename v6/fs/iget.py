"""V6: ken/iget.c — the in-core inode table: iget, iput, iupdat, itrunc.

An ``Inode`` is an on-disk inode brought into core (all the fields of
``layout.DiskInode``) plus what the system knows about it while it is in use:
its file system and i-number, a reference count and flags.  The
``InodeTable`` (V6 inode[], NINODE slots) holds every referenced inode, and
only those: the last ``iput`` writes the inode back and forgets it.

Protocol: ``ip = table.iget(fs, inum)`` → use and change ``ip`` (set IUPD when
the contents change, IACC when they are read) → ``table.iput(ip)``.  Every
iget (and every ``idup``) is paired with one iput.  At the last iput of an
inode with no links left, its blocks are freed, its mode cleared and its
number returned to the free-inode cache: that is how V6 deleted a file,
so a file unlinked while open lives until it is closed.

- ``iget`` checks the i-number against the i-list (``Corrupt`` otherwise) and
  crosses mount points: asking for a directory something is mounted on gives
  the mounted file system's root.  A full table is ``FsError(ENFILE)``.
- ``iupdat(ip, now)`` copies the inode into its i-list block (a delayed
  write, as V6) if IUPD, IACC or ICHG is set, stamping mtime (IUPD) and
  atime (IACC) with ``now``.
- ``itrunc(ip)`` frees all the file's blocks (not a special file's) and
  makes it an empty small file.  It checks every block number first, so a
  damaged inode raises ``Corrupt`` and is left as it was.
- ``file_blocks(ip)`` lists every block of a file (indirect ones too), each
  checked, in the order itrunc frees them.
- ``idup(ip)`` takes one more reference to an inode already held;
  ``InodeTable.incore(fs, inum)`` says whether an inode is referenced, and
  iterating the table gives the referenced inodes (for sync).
- Flags: IUPD, IACC and ITEXT as in V6; ICHG (new) asks for a write-back
  that keeps the times the caller set (mkfs copies host times this way).

Deviation from V6: no ILOCK.  A system call runs to completion without
sleeping inside the file system, so no inode ever needs locking.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from v6.errno import ENFILE
from v6.fs.errors import Corrupt, FsError
from v6.fs.layout import ILARG, NADDR, NSINGLE, DiskInode, itod, unpack_words
from v6.param import NINODE, ROOTINO

if TYPE_CHECKING:
    from v6.fs.alloc import FileSystem

IUPD = 0o2
"""The inode (contents) changed: update mtime and write it back (V6 IUPD)."""
IACC = 0o4
"""The file was read: update atime and write it back (V6 IACC)."""
ITEXT = 0o40
"""A pure text segment is running from it: refuse writes (V6 ITEXT; set by the kernel)."""
ICHG = 0o100
"""New: fields changed with the times set explicitly (mkfs): write back, keep the times."""


class Inode(DiskInode):
    """An inode in core: the disk fields plus its identity, references and flags."""

    def __init__(self, fs: FileSystem, inum: int) -> None:
        super().__init__()
        self.fs = fs
        """File system it lives on (V6 i_dev); set by iget, fixed."""
        self.inum = inum
        """Its i-number (V6 i_number); set by iget, fixed."""
        self.count = 0
        """References held (V6 i_count): +1 by iget and idup, -1 by iput."""
        self.flag = 0
        """IUPD | IACC | ICHG | ITEXT (V6 i_flag): set by whoever changes, reads or
        runs the file; the write-back flags are cleared by iupdat."""
        self.lastr = -1
        """Last logical block read (V6 i_lastr): readi reads ahead when the next
        read follows it."""
        self.mounted: FileSystem | None = None
        """File system mounted on this directory (V6 IMOUNT and the mount table);
        set and cleared by Fsys.mount and umount."""

    def __repr__(self) -> str:
        return f"<Inode {self.fs.name}:{self.inum} mode {self.mode:o} count {self.count}>"

    def clear(self) -> None:
        """Zero the mode, links, owner, size and addresses (what ialloc clears)."""
        self.mode = self.nlink = self.uid = self.gid = self.size = 0
        self.addr = [0] * NADDR


class InodeTable:
    """The referenced inodes of every mounted file system (V6 inode[])."""

    def __init__(self, ninode: int = NINODE) -> None:
        self.ninode = ninode
        """Slots: at most this many inodes may be referenced at once."""
        self._table: dict[tuple[FileSystem, int], Inode] = {}

    def __iter__(self) -> Iterator[Inode]:
        """The referenced inodes (a snapshot: iput may run while iterating)."""
        return iter(list(self._table.values()))

    def incore(self, fs: FileSystem, inum: int) -> bool:
        """Is inode ``inum`` of ``fs`` referenced?"""
        return (fs, inum) in self._table

    def iget(self, fs: FileSystem, inum: int) -> Inode:
        """A reference to inode ``inum`` of ``fs``, read from disk if not in core."""
        if not 1 <= inum <= fs.sb.ninodes:
            raise Corrupt(f"{fs.name}: i-number {inum} is outside the i-list "
                          f"(1..{fs.sb.ninodes})")
        ip = self._table.get((fs, inum))
        if ip is not None:
            if ip.mounted is not None:
                return self.iget(ip.mounted, ROOTINO)
            ip.count += 1
            return ip
        if len(self._table) >= self.ninode:
            raise FsError(ENFILE, "inode table overflow")
        ip = Inode(fs, inum)
        blkno, offset = itod(inum)
        bp = fs.fsys.cache.bread(fs.dev, blkno)
        ip.unpack_from(bp.data, offset)
        fs.fsys.cache.brelse(bp)
        ip.count = 1
        self._table[(fs, inum)] = ip
        return ip

    def iput(self, ip: Inode) -> None:
        """Drop a reference; the last one writes the inode back (freeing it if unlinked)."""
        try:
            if ip.count == 1:
                if ip.nlink <= 0 and not ip.fs.ronly:
                    itrunc(ip)
                    ip.mode = 0
                    ip.flag |= IUPD
                    ip.fs.ifree(ip.inum)
                iupdat(ip, ip.fs.fsys.now())
        finally:
            ip.count -= 1
            if ip.count <= 0:
                self._table.pop((ip.fs, ip.inum), None)


def idup(ip: Inode) -> Inode:
    """One more reference to an inode already held (V6: ip->i_count++)."""
    ip.count += 1
    return ip


def iupdat(ip: Inode, now: int) -> None:
    """Write ``ip`` back to the i-list if it changed, stamping the times with ``now``."""
    if not ip.flag & (IUPD | IACC | ICHG) or ip.fs.ronly:
        return
    if ip.flag & IACC:
        ip.atime = now
    if ip.flag & IUPD:
        ip.mtime = now
    cache = ip.fs.fsys.cache
    blkno, offset = itod(ip.inum)
    bp = cache.bread(ip.fs.dev, blkno)
    ip.pack_into(bp.data, offset)
    cache.bdwrite(bp)
    ip.flag &= ~(IUPD | IACC | ICHG)


def itrunc(ip: Inode) -> None:
    """Free every block of ``ip`` and make it an empty small file (not for special files)."""
    if ip.is_special:
        return
    blocks = file_blocks(ip)
    for bno in blocks:
        ip.fs.bfree(bno)
    ip.addr = [0] * NADDR
    ip.mode &= ~ILARG
    ip.size = 0
    ip.flag |= IUPD


def file_blocks(ip: Inode) -> list[int]:
    """Every block of ``ip``, indirect ones included, in the order V6's itrunc freed them.

    Last address first, each indirect block after the blocks it lists, so the
    free list hands them out again in ascending order.  Every number is checked.
    """
    blocks: list[int] = []
    for i in reversed(range(NADDR)):
        bno = ip.addr[i]
        if bno == 0:
            continue
        ip.fs.check_block(bno, f"inode {ip.inum}")
        if ip.mode & ILARG:
            blocks += _listed_blocks(ip, bno, 2 if i == NSINGLE else 1)
        blocks.append(bno)
    if len(set(blocks)) != len(blocks):
        dup = next(b for b in blocks if blocks.count(b) > 1)
        raise Corrupt(f"{ip.fs.name}: inode {ip.inum}: block {dup} appears twice in the file")
    return blocks


def _listed_blocks(ip: Inode, bno: int, depth: int) -> list[int]:
    """The blocks an indirect block lists (depth 2: a double-indirect block), last first."""
    cache = ip.fs.fsys.cache
    bp = cache.bread(ip.fs.dev, bno)
    words = unpack_words(bp.data)
    cache.brelse(bp)
    blocks: list[int] = []
    for word in reversed(words):
        if word:
            ip.fs.check_block(word, f"inode {ip.inum}: indirect block {bno}")
            if depth > 1:
                blocks += _listed_blocks(ip, word, depth - 1)
            blocks.append(word)
    return blocks
