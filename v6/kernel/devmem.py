"""V6: dmr/mem.c — /dev/mem, /dev/kmem and /dev/null (character major 8, minors 0, 1, 2).

- /dev/mem is physical core: the file offset is the physical address.
  Writing it changes core through the machine's invalidating write path;
  reading or writing past the end of core is ENXIO.
- /dev/kmem is the kernel's address space.  The resident kernel occupies the
  first KERNEL_CLICKS of core (see ``param``), so kmem is that part of core.
  Deviation from V6: this kernel's tables live in Python, not there, so a
  program that reads kernel structures through /dev/kmem (V6's ps) finds
  zeros.
- /dev/null reads as end of file and swallows what is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import ENXIO
from v6.fs.layout import minor
from v6.kernel.conf import CharDevice
from v6.kernel.errors import SysError
from v6.param import CLICK, KERNEL_CLICKS

if TYPE_CHECKING:
    from v6.kernel.file import File
    from v6.kernel.main import Kernel

MEM, KMEM, NULL = 0, 1, 2


class MemDevice(CharDevice):
    """The memory devices."""

    def _span(self, k: Kernel, dev: int, offset: int, count: int) -> int:
        """How many of ``count`` bytes at ``offset`` the device holds (ENXIO if none)."""
        end = k.m.ramsize if minor(dev) == MEM else KERNEL_CLICKS * CLICK
        if offset >= end and count:
            raise SysError(ENXIO)
        return min(count, end - offset)

    def read(self, k: Kernel, dev: int, fp: File, count: int) -> bytes:
        if minor(dev) == NULL:
            return b""
        n = self._span(k, dev, fp.offset, count)
        data = k.m.read_bytes(fp.offset, n)
        fp.offset += n
        return data

    def write(self, k: Kernel, dev: int, fp: File, data: bytes) -> int:
        if minor(dev) == NULL:
            return len(data)
        n = self._span(k, dev, fp.offset, len(data))
        k.m.load(fp.offset, data[:n])
        fp.offset += n
        return n
