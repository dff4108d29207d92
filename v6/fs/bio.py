"""V6: dmr/bio.c — the block buffer cache, the only path between the file system and a disk.

A ``BufferCache`` owns ``nbuf`` buffers (NBUF, 15 as in V6) shared by every
device.  A buffer holds one block of one device; at most one buffer holds a
given block.  Buffers not in use sit on a free list in least-recently-released
order, and ``getblk`` reuses the oldest.  A buffer may hold a *delayed write*
(``bdwrite``): its data goes to the disk only when the buffer is reused or on
``bflush`` (``sync``), so a block written piecemeal costs one transfer.

Interface (the protocol of V6's bio.c):

- ``bread(dev, blkno)`` → a busy buffer with the block's data;
  ``breada(dev, blkno, rablkno)`` also reads ``rablkno`` ahead into the cache;
  ``getblk(dev, blkno)`` → a busy buffer for the block without reading it
  (the caller overwrites all of it, or calls ``clrbuf``).
- Then exactly one of: ``brelse(bp)`` (done, unchanged), ``bwrite(bp)``
  (write now), ``bawrite(bp)`` (write, "asynchronously": here at once),
  ``bdwrite(bp)`` (write later).  All four release the buffer; the caller
  must not touch it afterwards.
- ``bflush(dev)`` writes every delayed block (of one device, or all);
  ``binval(dev)`` forgets a device's blocks (after unmounting it).
- Counters: ``hits``/``misses`` (getblk found the block cached, or had to
  take a buffer for it), ``reads``/``writes`` (transfers to and from disks).

Deviation from V6: nothing sleeps.  The Python kernel runs a system call to
the end and disk transfers are synchronous, so no buffer is ever waited for:
asking for a busy block means two parts of the file system claim the same
block at once — a damaged image (or a bug) — and raises ``Corrupt``; running
out of free buffers likewise cannot happen in correct code and raises
``RuntimeError``.
"""

from __future__ import annotations

from collections import OrderedDict

from v6.fs.blkdev import BlockDevice
from v6.fs.errors import Corrupt
from v6.fs.layout import BSIZE
from v6.param import NBUF


class Buf:
    """One buffer: a block of data and what the cache knows about it."""

    __slots__ = ("dev", "blkno", "data", "busy", "valid", "dirty")

    def __init__(self) -> None:
        self.dev: BlockDevice | None = None
        """Device of the block held (V6 b_dev); None while the buffer is unused.
        Set by getblk when the buffer is given a block."""
        self.blkno = 0
        """Block number held (V6 b_blkno); set by getblk."""
        self.data = bytearray(BSIZE)
        """The block's 512 bytes (V6 b_addr).  Only the holder of a busy buffer
        reads or changes them."""
        self.busy = False
        """Held by a caller between get and release (V6 B_BUSY): set by
        getblk, cleared by brelse and the write calls."""
        self.valid = False
        """``data`` holds the block's contents (V6 B_DONE): set by a read or by
        the caller filling it; cleared when the buffer takes a new block."""
        self.dirty = False
        """``data`` is newer than the disk (V6 B_DELWRI): set by bdwrite,
        cleared when the block is written."""


class BufferCache:
    """NBUF buffers shared by all devices, reused least recently released first."""

    def __init__(self, nbuf: int = NBUF) -> None:
        self.bufs = [Buf() for _ in range(nbuf)]
        """Every buffer, busy or not (V6 buf[])."""
        self._hash: dict[tuple[BlockDevice, int], Buf] = {}
        self._free: OrderedDict[int, Buf] = OrderedDict((id(b), b) for b in self.bufs)
        self.hits = 0
        """getblk calls that found their block in the cache."""
        self.misses = 0
        """getblk calls that had to give a buffer to a new block."""
        self.reads = 0
        """Blocks read from disks."""
        self.writes = 0
        """Blocks written to disks."""

    def incore(self, dev: BlockDevice, blkno: int) -> bool:
        """Is the block in a buffer?"""
        return (dev, blkno) in self._hash

    def getblk(self, dev: BlockDevice, blkno: int) -> Buf:
        """A busy buffer assigned to the block; ``valid`` says whether it holds its data."""
        if not 0 <= blkno < dev.nblocks:
            raise Corrupt(f"{dev.name}: block {blkno} is beyond the end of the device "
                          f"({dev.nblocks} blocks)")
        bp = self._hash.get((dev, blkno))
        if bp is not None:
            if bp.busy:
                raise Corrupt(f"{dev.name}: block {blkno} is claimed twice at once "
                              "(a block in two places? run fsck)")
            self.hits += 1
        else:
            bp = self._reuse()
            self.misses += 1
            bp.dev, bp.blkno, bp.valid = dev, blkno, False
            self._hash[(dev, blkno)] = bp
        del self._free[id(bp)]
        bp.busy = True
        return bp

    def _reuse(self) -> Buf:
        """The least recently released free buffer, its old block written if delayed."""
        if not self._free:
            raise RuntimeError("bio: every buffer is busy (a buffer was not released)")
        bp = next(iter(self._free.values()))
        if bp.dirty:
            self._write(bp)
        if bp.dev is not None:
            del self._hash[(bp.dev, bp.blkno)]
        return bp

    def bread(self, dev: BlockDevice, blkno: int) -> Buf:
        """A busy buffer holding the block's data, read from the disk if not cached."""
        bp = self.getblk(dev, blkno)
        if not bp.valid:
            self._read(bp)
        return bp

    def breada(self, dev: BlockDevice, blkno: int, rablkno: int) -> Buf:
        """bread, and read block ``rablkno`` (unless 0 or cached) into the cache too."""
        bp = self.bread(dev, blkno)
        if rablkno and rablkno != blkno and not self.incore(dev, rablkno):
            rbp = self.getblk(dev, rablkno)
            self._read(rbp)
            self.brelse(rbp)
        return bp

    def _read(self, bp: Buf) -> None:
        bp.data[:] = bp.dev.read(bp.blkno)
        bp.valid = True
        self.reads += 1

    def _write(self, bp: Buf) -> None:
        bp.dev.write(bp.blkno, bp.data)
        bp.dirty = False
        self.writes += 1

    def brelse(self, bp: Buf) -> None:
        """Give the buffer back, most recently used, its contents kept for later hits."""
        if not bp.busy:
            raise RuntimeError(f"bio: block {bp.blkno} released twice")
        bp.busy = False
        self._free[id(bp)] = bp

    def bwrite(self, bp: Buf) -> None:
        """Write the buffer's block now, then release it."""
        bp.valid = True
        try:
            self._write(bp)
        finally:
            self.brelse(bp)

    def bawrite(self, bp: Buf) -> None:
        """V6's asynchronous write; transfers are synchronous here, so this is bwrite."""
        self.bwrite(bp)

    def bdwrite(self, bp: Buf) -> None:
        """Mark the block to be written later (delayed write) and release the buffer."""
        bp.valid = bp.dirty = True
        self.brelse(bp)

    def swap(self, dev: BlockDevice, blkno: int, data: bytes | int, *, write: bool) -> bytes:
        """Move a process image between core and consecutive blocks from ``blkno`` (V6 swap).

        Writing, ``data`` is the image (its last block padded with zeros);
        reading, ``data`` is the number of bytes wanted, and they are
        returned.  The transfer bypasses the buffers, as V6's did through
        its one swap buffer header: swap blocks are never file-system
        blocks, so no cached copy can go stale.
        """
        if write:
            for i in range(0, len(data), BSIZE):
                dev.write(blkno + i // BSIZE, bytes(data[i:i + BSIZE]).ljust(BSIZE, b"\0"))
                self.writes += 1
            return b""
        out = bytearray()
        for i in range(-(-data // BSIZE)):
            out += dev.read(blkno + i)
            self.reads += 1
        return bytes(out[:data])

    @staticmethod
    def clrbuf(bp: Buf) -> None:
        """Zero the buffer's data and count it as holding the block."""
        bp.data[:] = bytes(BSIZE)
        bp.valid = True

    def bflush(self, dev: BlockDevice | None = None) -> None:
        """Write every delayed block of ``dev`` (of every device if None)."""
        for bp in self.bufs:
            if bp.dirty and not bp.busy and (dev is None or bp.dev is dev):
                self._write(bp)

    def binval(self, dev: BlockDevice) -> None:
        """Forget every block of ``dev`` (after bflush; no buffer of it may be busy)."""
        for bp in self.bufs:
            if bp.dev is dev:
                if bp.busy:
                    raise RuntimeError(f"bio: block {bp.blkno} of {dev.name} still busy")
                del self._hash[(dev, bp.blkno)]
                bp.dev, bp.valid, bp.dirty = None, False, False
                self._free.move_to_end(id(bp), last=False)
