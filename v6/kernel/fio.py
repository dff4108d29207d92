"""V6: ken/fio.c and file.h — the open-file table, descriptors, and opening and closing inodes.

A descriptor (0 .. NOFILE-1) indexes the process's ``u.ofile``, which points
at a ``File`` (``v6.kernel.file``) in the system-wide table.

- ``getf(k, p, fd)`` → the open file, or EBADF.
- ``ufalloc(p)`` → the lowest free descriptor (EMFILE); ``falloc(k, p,
  target, flag)`` makes a ``File`` and gives it that descriptor (ENFILE when
  the table is full).
- ``closef(k, fp)`` drops one reference; the last one closes the device (on
  the last close of its inode) and releases the inode.  A pipe's last
  reader or writer wakes the other end.
- ``openi``/``closei``: a special file's device open and close (through
  ``conf``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import EBADF, EMFILE
from v6.fs.iget import Inode
from v6.fs.layout import IFBLK, IFCHR, IFMT
from v6.kernel import sched
from v6.kernel.errors import SysError
from v6.kernel.file import FPIPE, READER, WRITER, FdTable, File
from v6.param import NOFILE

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

def getf(p: Proc, fd: int) -> File:
    """The file open on descriptor ``fd`` of ``p`` (EBADF if none)."""
    if not 0 <= fd < NOFILE:
        raise SysError(EBADF)
    fp = p.u.ofile[fd]
    if fp is None:
        raise SysError(EBADF)
    return fp


def ufalloc(p: Proc) -> int:
    """The lowest free descriptor of ``p`` (EMFILE if none)."""
    for fd, fp in enumerate(p.u.ofile):
        if fp is None:
            return fd
    raise SysError(EMFILE)


def falloc(k: Kernel, p: Proc, target: object, flag: int) -> int:
    """Open ``target`` with ``flag`` on the lowest free descriptor of ``p``; return it."""
    fd = ufalloc(p)
    p.u.ofile[fd] = k.files.alloc(target, flag)
    return fd


def closef(k: Kernel, fp: File) -> None:
    """Drop one reference to ``fp``; the last closes what it is open on."""
    fp.count -= 1
    if fp.count > 0:
        return
    k.files.release(fp)
    ip = fp.inode
    if ip is None:
        fp.target.close()
        return
    if fp.flag & FPIPE:
        # The other end may be asleep waiting for this one: let it look again.
        k.wakeup((ip, READER))
        k.wakeup((ip, WRITER))
    closei(k, ip, fp.flag)


def openi(k: Kernel, ip: Inode, flag: int):  # noqa: ANN201 - a generator
    """Open the device of a special file (nothing for other files); may wait (a terminal)."""
    kind = ip.mode & IFMT
    if kind == IFCHR:
        yield from sched.finish(k.conf.cdev(ip.addr[0]).open(k, ip.addr[0], flag))
    elif kind == IFBLK:
        k.conf.bdev(ip.addr[0])


def closei(k: Kernel, ip: Inode, flag: int) -> None:
    """Release ``ip``; on its last use, close the device of a special file."""
    try:
        if ip.count <= 1 and ip.mode & IFMT == IFCHR:
            k.conf.cdev(ip.addr[0]).close(k, ip.addr[0], flag)
    finally:
        k.fsys.inodes.iput(ip)


def close_all(k: Kernel, p: Proc) -> None:
    """Close every descriptor of ``p`` (exit); a table shared with others stays theirs."""
    table = p.u.ofile
    p.u.ofile = FdTable()
    if table.sharers > 1:
        table.sharers -= 1
        return
    for fd, fp in enumerate(table):
        if fp is not None:
            table[fd] = None
            closef(k, fp)
