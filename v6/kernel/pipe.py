"""V6: ken/pipe.c — pipes.

A pipe is an inode with no name: allocated on the root file system with no
links, open twice (a reading ``File`` and a writing one), and freed when both
are closed.  Its data lives in the inode's blocks, through the buffer cache,
as in V6: the writer appends at the inode's size, the reader reads at its
own offset, and when the reader has caught up, both start again at 0.  At
most PIPSIZ (4,096) bytes wait in it.

- ``writep``: while there are bytes to write: with no reader left, SIGPIPE
  and EPIPE; with the pipe full, wake the reader and sleep on the writer's
  channel; else write what fits and wake the reader.  A write larger than
  PIPSIZ is written in pieces, the writer sleeping between them.
- ``readp``: with nothing to read, reset the pipe to empty, wake the writer,
  and return 0 (end of file) if no writer is left, else sleep on the
  reader's channel; then read what there is, up to the count, and wake the
  writer.

Whether the other end is still open is whether the inode still has two
references (one per ``File``), as in V6.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import EPIPE
from v6.fs.layout import IALLOC
from v6.fs.rdwri import readi, writei
from v6.kernel import fio, sched, sig
from v6.kernel.errors import SysError
from v6.kernel.file import FPIPE, FREAD, FWRITE, READER, WRITER, File
from v6.param import PIPSIZ, PPIPE
from v6.signals import SIGPIPE

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc


def sys_pipe(k: Kernel, p: Proc, args: list[int]) -> None:
    """pipe(): r0 = the read descriptor, r1 = the write descriptor."""
    fs = k.fsys.mounts[0]
    ip = fs.ialloc()
    try:
        ip.mode, ip.nlink = IALLOC, 0
        rfd = fio.falloc(k, p, ip, FREAD | FPIPE)
    except BaseException:
        k.fsys.inodes.iput(ip)
        raise
    try:
        ip.count += 1
        wfd = fio.falloc(k, p, ip, FWRITE | FPIPE)
    except BaseException:
        ip.count -= 1
        rfp = p.u.ofile[rfd]
        p.u.ofile[rfd] = None
        fio.closef(k, rfp)
        raise
    regs = k.m.regs
    regs[0], regs[1] = rfd, wfd


def readp(k: Kernel, fp: File, count: int):  # noqa: ANN201 - a generator
    """Up to ``count`` bytes from the pipe; b"" when it is empty and has no writer."""
    ip = fp.inode
    while fp.offset >= ip.size:
        if fp.offset:
            fp.offset = ip.size = 0
            sched.wakeup(k, (ip, WRITER))
        if ip.count < 2:
            return b""
        yield from sched.sleep(k, (ip, READER), PPIPE)
    buf = bytearray(min(count, ip.size - fp.offset))
    n = readi(ip, fp.offset, buf)
    fp.offset += n
    sched.wakeup(k, (ip, WRITER))
    return bytes(buf[:n])


def writep(k: Kernel, fp: File, data: bytes):  # noqa: ANN201 - a generator
    """Write all of ``data`` into the pipe; the bytes written."""
    ip = fp.inode
    done = 0
    while done < len(data):
        if ip.count < 2:
            sig.psignal(k, k.curproc, SIGPIPE)
            raise SysError(EPIPE)
        if ip.size >= PIPSIZ:
            sched.wakeup(k, (ip, READER))
            yield from sched.sleep(k, (ip, WRITER), PPIPE)
            continue
        n = min(len(data) - done, PIPSIZ - ip.size)
        writei(ip, ip.size, data[done:done + n])
        done += n
        sched.wakeup(k, (ip, READER))
    return done
