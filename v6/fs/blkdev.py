"""New: a disk pack — a block device over an image file (or over memory), with RK05 timing.

A ``BlockDevice`` transfers whole 512-byte blocks by number and refuses any
number past its end, so nothing can be written outside the image.  Only the
buffer cache (``v6.fs.bio``) calls ``read`` and ``write``; everything else
goes through the cache.

Constructors: ``BlockDevice.open(path)`` (an existing image; its size fixes
the block count unless ``nblocks`` says how big a pack it stands for),
``BlockDevice.create(path, nblocks)`` (a new zero-filled
image), ``BlockDevice.memory(nblocks | data)`` (an image in a bytearray, for
tests).  ``close()`` releases the file; ``snapshot()`` copies the bytes.

Timing.  Every transfer charges simulated time to the injected ``SimClock``:
seek + rotational latency + transfer, modelled on the RK05 on an RK11
controller.  Figures from the Computer History Wiki's "RK05 disk drive" page
(gunkies.org/wiki/RK05_disk_drive): 1500 rpm (40 ms a revolution, 20 ms
average latency), 12 sectors per track on the RK11, 2 surfaces, 203
cylinders, transfer rate 90.1 kwords/s (2.84 ms for a 256-word sector),
one-track seek 10 ms, average seek 50 ms, maximum seek 85 ms.

- Block n lies at cylinder n // 24, surface (n // 12) % 2, sector n % 12,
  the RK11's disk-address order, so a cylinder holds 24 consecutive blocks.
  Images larger than a pack (up to 65,535 blocks) just have more cylinders.
- Seek time for a move of d > 0 cylinders is A + B*sqrt(d), with A and B
  fitted to the published one-track (10 ms) and maximum (85 ms) figures; the
  average over random moves comes out near the published 50 ms.  Changing
  surface is electronic and free.
- After the seek the head waits for the sector: the platter's angle is the
  simulated time modulo 40 ms, so latency depends on when the request comes,
  as on the real drive, and is reproducible.
- The transfer takes 2.84 ms; the sector's remaining 0.49 ms is its gap.
The model is synchronous: a transfer's whole cost is charged when it is
made (there is no overlap of seeking with computing).
"""

from __future__ import annotations

import os
from math import isqrt

from v6.errno import EROFS
from v6.fs.errors import Corrupt, FsError
from v6.fs.layout import BSIZE
from v6.param import MAX_FS_BLOCKS
from v6.simclock import SimClock

SECTORS = 12
"""Sectors per track (RK11 format)."""
SURFACES = 2
"""Surfaces (heads) per pack."""
BLOCKS_PER_CYLINDER = SECTORS * SURFACES
"""Consecutive blocks under the heads at one arm position."""
REVOLUTION_NS = 40_000_000
"""One revolution at 1500 rpm."""
TRANSFER_NS = 2_841_287
"""Reading or writing one 256-word sector at 90.1 kwords/s."""
SEEK_BASE_NS = 4_324_000
"""Seek model constant A: seek(d) = A + B*sqrt(d) for d >= 1 cylinders."""
SEEK_SQRT_NS = 5_676_000
"""Seek model constant B (so seek(1) = 10 ms and seek(202) = 85 ms)."""


def seek_ns(distance: int) -> int:
    """Time to move the arm ``distance`` cylinders (0 for none)."""
    if distance == 0:
        return 0
    return SEEK_BASE_NS + SEEK_SQRT_NS * isqrt(distance * 1_000_000) // 1000


class _FileBacking:
    """Blocks stored in a host file, read and written in place."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def read(self, offset: int) -> bytes:
        # Past the end of a short image the pack reads as zeros.
        return os.pread(self.fd, BSIZE, offset).ljust(BSIZE, b"\0")

    def write(self, offset: int, data: bytes) -> None:
        os.pwrite(self.fd, data, offset)

    def snapshot(self, size: int) -> bytes:
        return os.pread(self.fd, size, 0)

    def close(self) -> None:
        os.close(self.fd)


class _MemoryBacking:
    """Blocks stored in a bytearray."""

    def __init__(self, data: bytearray) -> None:
        self.data = data

    def read(self, offset: int) -> bytes:
        return bytes(self.data[offset:offset + BSIZE])

    def write(self, offset: int, data: bytes) -> None:
        self.data[offset:offset + BSIZE] = data

    def snapshot(self, size: int) -> bytes:
        return bytes(self.data[:size])

    def close(self) -> None:
        """Nothing to release: the bytes stay readable through snapshot()."""


class BlockDevice:
    """A pack of ``nblocks`` 512-byte blocks with an RK05's timing."""

    def __init__(self, backing: _FileBacking | _MemoryBacking, nblocks: int, *, name: str,
                 clock: SimClock | None = None, readonly: bool = False, devno: int = 0) -> None:
        self._backing = backing
        self.nblocks = min(nblocks, MAX_FS_BLOCKS)
        """Blocks on the device; block numbers run 0 .. nblocks-1."""
        self.name = name
        """How errors name the device (the image's path)."""
        self.clock = clock if clock is not None else SimClock()
        """Simulated clock charged for every transfer."""
        self.readonly = readonly
        """Writes are refused (EROFS)."""
        self.devno = devno
        """Device number the kernel knows it by (major << 8 | minor)."""
        self.cylinder = 0
        """Cylinder under the heads; changed by each transfer."""
        self.reads = 0
        """Blocks read so far."""
        self.writes = 0
        """Blocks written so far."""
        self.busy_ns = 0
        """Simulated time spent seeking, waiting and transferring."""

    @classmethod
    def open(cls, path: str | os.PathLike, *, readonly: bool = False,
             clock: SimClock | None = None, devno: int = 0,
             nblocks: int | None = None) -> BlockDevice:
        """An existing image file: a pack of its size, or of ``nblocks`` blocks.

        An image may be shorter than the pack it stands for (the genuine root
        pack's image holds 4000 of an RK05's 4872 blocks): blocks past its end
        read as zeros, and writing one lengthens the file.
        """
        fd = os.open(path, os.O_RDONLY if readonly else os.O_RDWR)
        size = os.fstat(fd).st_size // BSIZE if nblocks is None else nblocks
        return cls(_FileBacking(fd), size, name=str(path), clock=clock,
                   readonly=readonly, devno=devno)

    @classmethod
    def create(cls, path: str | os.PathLike, nblocks: int, *,
               clock: SimClock | None = None, devno: int = 0) -> BlockDevice:
        """A new image file of ``nblocks`` zero blocks (replacing any old one)."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o666)
        os.ftruncate(fd, nblocks * BSIZE)
        return cls(_FileBacking(fd), nblocks, name=str(path), clock=clock, devno=devno)

    @classmethod
    def memory(cls, nblocks: int = 0, *, data: bytes | None = None, name: str = "<memory>",
               clock: SimClock | None = None, readonly: bool = False) -> BlockDevice:
        """An image held in memory: ``data`` if given, else ``nblocks`` zero blocks."""
        buf = bytearray(data) if data is not None else bytearray(nblocks * BSIZE)
        return cls(_MemoryBacking(buf), len(buf) // BSIZE, name=name, clock=clock,
                   readonly=readonly)

    def _check(self, blkno: int) -> None:
        if not 0 <= blkno < self.nblocks:
            raise Corrupt(f"{self.name}: block {blkno} is beyond the end of the device "
                          f"({self.nblocks} blocks)")

    def _charge(self, blkno: int) -> None:
        """Move the heads to ``blkno`` and let the sector pass under them."""
        cylinder, sector = blkno // BLOCKS_PER_CYLINDER, blkno % SECTORS
        seek = seek_ns(abs(cylinder - self.cylinder))
        angle = (self.clock.ns + seek) % REVOLUTION_NS
        latency = (sector * REVOLUTION_NS // SECTORS - angle) % REVOLUTION_NS
        cost = seek + latency + TRANSFER_NS
        self.clock.advance(cost)
        self.busy_ns += cost
        self.cylinder = cylinder

    def read(self, blkno: int) -> bytes:
        """The 512 bytes of block ``blkno``."""
        self._check(blkno)
        self._charge(blkno)
        self.reads += 1
        return self._backing.read(blkno * BSIZE)

    def write(self, blkno: int, data: bytes | bytearray) -> None:
        """Replace block ``blkno`` with the 512 bytes ``data``."""
        self._check(blkno)
        if self.readonly:
            raise FsError(EROFS, f"{self.name}: read-only")
        if len(data) != BSIZE:
            raise ValueError(f"a block is {BSIZE} bytes, not {len(data)}")
        self._charge(blkno)
        self.writes += 1
        self._backing.write(blkno * BSIZE, bytes(data))

    def snapshot(self) -> bytes:
        """A copy of the whole image (for tests and inspection; no time charged)."""
        return self._backing.snapshot(self.nblocks * BSIZE)

    def close(self) -> None:
        """Release the image file."""
        self._backing.close()

