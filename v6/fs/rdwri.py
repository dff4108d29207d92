"""V6: ken/rdwri.c — readi and writei: moving bytes between a file and a caller's buffer.

- ``readi(ip, offset, dst)`` copies up to ``len(dst)`` bytes of the file,
  starting at byte ``offset``, into ``dst`` (a writable ``memoryview`` or
  ``bytearray``) and returns how many it copied: fewer at the end of the file,
  0 at or past it.  Holes read as zeros.  Sets IACC.  When a read follows the
  previous one block for block, the next block is read ahead (``breada``).
- ``writei(ip, offset, src)`` writes all of ``src`` (any bytes-like object)
  at ``offset``, allocating blocks as needed, extends the size, and returns
  ``len(src)``.  Sets IUPD and IACC (V6 stamped both times on a write).  A
  block written to its end goes to the disk at once (V6's bawrite); a partly
  written block is a delayed write.  If the disk fills up part way,
  ``FsError(ENOSPC)`` is raised and the bytes already written stay written
  (with the size covering them), as in V6.  On a read-only mount it is EROFS.

Both move data between the buffer cache and the caller's buffer.  The
kernel never passes a view of emulated core: it reads into a buffer of its
own and copies that out through the machine (copyout), which is the only
way core may be written, so that translated code is kept in step.

Both serve plain files and directories; the kernel routes special files to
their drivers before calling them.

Deviation from V6: a write that would take the size past 16,777,215 bytes
(the largest 24-bit size) is refused with EFBIG before anything is written;
V6 let the size wrap around.
"""

from __future__ import annotations

from v6.errno import EFBIG
from v6.fs.bio import Buf
from v6.fs.bmap import bmap
from v6.fs.errors import FsError
from v6.fs.iget import IACC, IUPD, Inode
from v6.fs.layout import BSIZE, MAXSIZE


def readi(ip: Inode, offset: int, dst: memoryview | bytearray) -> int:
    """Copy bytes of ``ip`` from ``offset`` into ``dst``; return how many."""
    count = max(0, min(len(dst), ip.size - offset))
    if len(dst):
        ip.flag |= IACC
    cache = ip.fs.fsys.cache
    done = 0
    while done < count:
        lbn, on = divmod(offset + done, BSIZE)
        n = min(BSIZE - on, count - done)
        bno = bmap(ip, lbn)
        if bno == 0:
            dst[done:done + n] = bytes(n)
        else:
            bp = _read_block(ip, lbn, bno)
            dst[done:done + n] = memoryview(bp.data)[on:on + n]
            cache.brelse(bp)
        ip.lastr = lbn
        done += n
    return count


def _read_block(ip: Inode, lbn: int, bno: int) -> Buf:
    """bread block ``bno``, reading the file's next block ahead if reading sequentially."""
    cache = ip.fs.fsys.cache
    if ip.lastr + 1 == lbn and (lbn + 1) * BSIZE < ip.size:
        return cache.breada(ip.fs.dev, bno, bmap(ip, lbn + 1))
    return cache.bread(ip.fs.dev, bno)


def writei(ip: Inode, offset: int, src: bytes | bytearray | memoryview) -> int:
    """Write all of ``src`` into ``ip`` at ``offset``; return ``len(src)``."""
    data = memoryview(src).cast("B")
    ip.fs.check_writable()
    if offset + len(data) > MAXSIZE:
        raise FsError(EFBIG, f"{ip.fs.name}: inode {ip.inum}: a file holds at most "
                      f"{MAXSIZE} bytes")
    if len(data):
        ip.flag |= IACC | IUPD
    cache = ip.fs.fsys.cache
    done = 0
    while done < len(data):
        lbn, on = divmod(offset + done, BSIZE)
        n = min(BSIZE - on, len(data) - done)
        bno = bmap(ip, lbn, alloc=True)
        bp = cache.getblk(ip.fs.dev, bno) if n == BSIZE else cache.bread(ip.fs.dev, bno)
        bp.data[on:on + n] = data[done:done + n]
        done += n
        ip.size = max(ip.size, offset + done)
        if (on + n) == BSIZE:
            cache.bawrite(bp)
        else:
            cache.bdwrite(bp)
    return len(data)
