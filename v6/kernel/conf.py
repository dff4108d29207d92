"""V6: conf.c — the device switches: device numbers to drivers.

A device number is major << 8 | minor, as in the i-node of a special file.
``Conf.cdev(devno)`` gives the character driver of a major number (a
``CharDevice``: open, close, read, write, sgtty), ``Conf.bdev(devno)`` the
block device (a ``v6.fs.blkdev.BlockDevice``) of a block major and minor;
ENXIO when there is none.

Character majors, as on the genuine pack (FACTS.md): 0 the console (KL11,
/dev/tty8), 4 the DH11 terminal lines, 8 the memory devices (/dev/mem,
/dev/kmem, /dev/null).  Block major 0 is the RK disk: minor 0 is the pack
the system booted from.  Reading or writing a block special file goes
through the buffer cache (``block_read``, ``block_write``), as V6's did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import ENODEV, ENOTTY, ENXIO
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import BSIZE, major, minor
from v6.kernel.errors import SysError

if TYPE_CHECKING:
    from v6.kernel.file import File
    from v6.kernel.main import Kernel

CONSOLE_MAJOR = 0
DH11_MAJOR = 4
MEM_MAJOR = 8
RK_MAJOR = 0


class CharDevice:
    """A character driver (a row of V6's cdevsw).  The defaults are V6's nulldev/nodev.

    ``read`` and ``write`` may answer at once or be generators that wait.
    """

    def open(self, k: Kernel, dev: int, flag: int) -> object:
        """Open minor ``dev`` (nothing to do by default)."""
        return None

    def close(self, k: Kernel, dev: int, flag: int) -> None:
        """The last close of the device."""

    def read(self, k: Kernel, dev: int, fp: File, count: int) -> object:
        """Up to ``count`` bytes (ENODEV by default)."""
        raise SysError(ENODEV)

    def write(self, k: Kernel, dev: int, fp: File, data: bytes) -> object:
        """Write ``data``; the bytes written (ENODEV by default)."""
        raise SysError(ENODEV)

    def sgtty(self, k: Kernel, dev: int, words: list[int] | None) -> object:
        """stty (``words`` given) or gtty (None: return the three words); ENOTTY."""
        raise SysError(ENOTTY)


class Conf:
    """The device switches of one system."""

    def __init__(self) -> None:
        self.cdevsw: dict[int, CharDevice] = {}
        """Character major -> driver."""
        self.bdevsw: dict[int, dict[int, BlockDevice]] = {}
        """Block major -> minor -> device."""

    def cdev(self, devno: int) -> CharDevice:
        """The character driver of ``devno`` (ENXIO if none)."""
        drv = self.cdevsw.get(major(devno))
        if drv is None:
            raise SysError(ENXIO)
        return drv

    def bdev(self, devno: int) -> BlockDevice:
        """The block device ``devno`` (ENXIO if none)."""
        dev = self.bdevsw.get(major(devno), {}).get(minor(devno))
        if dev is None:
            raise SysError(ENXIO)
        return dev

    def block_read(self, k: Kernel, devno: int, offset: int, count: int) -> bytes:
        """Bytes of a block device through the buffer cache (nothing past its end)."""
        dev, cache, out = self.bdev(devno), k.fsys.cache, bytearray()
        while len(out) < count:
            blkno, on = divmod(offset + len(out), BSIZE)
            if blkno >= dev.nblocks:
                break
            bp = cache.bread(dev, blkno)
            out += bp.data[on:on + count - len(out)]
            cache.brelse(bp)
        return bytes(out)

    def block_write(self, k: Kernel, devno: int, offset: int, data: bytes) -> None:
        """Write bytes of a block device through the buffer cache (ENXIO past its end)."""
        dev, cache, done = self.bdev(devno), k.fsys.cache, 0
        while done < len(data):
            blkno, on = divmod(offset + done, BSIZE)
            if blkno >= dev.nblocks:
                raise SysError(ENXIO)
            n = min(BSIZE - on, len(data) - done)
            bp = cache.getblk(dev, blkno) if n == BSIZE else cache.bread(dev, blkno)
            bp.data[on:on + n] = data[done:done + n]
            cache.bdwrite(bp)
            done += n
