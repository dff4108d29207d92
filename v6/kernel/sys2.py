"""V6: ken/sys2.c — read, write, open, creat, close, seek, link, mknod, sleep.

read and write move bytes between the user's buffer and whatever the
descriptor is open on: a pipe (``v6.kernel.pipe``), a host stream, a
character device (its driver in ``conf``), a block device (through the
buffer cache), or a plain file or directory (readi/writei at the file's
offset, which then advances).  The user's buffer is reached only through
copyin/copyout; a bad one is EFAULT (which V6 answered with SIGSYS).

open's mode is V6's: 0 read, 1 write, 2 both.  creat makes a new file with
the mode's permission bits (not the sticky bit), or truncates an existing
one it may write, and opens it for writing.  seek's ``ptrname`` is V6's: 0,
1, 2 set the offset to ``offset``, the current offset plus ``offset``, or
the size plus ``offset``; 3, 4, 5 the same with ``offset`` in 512-byte
blocks; the offset of 0 and 3 is unsigned, of the others signed.  A pipe
cannot seek (ESPIPE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import EBADF, ESPIPE
from v6.fs import ops
from v6.fs.layout import IFBLK, IFCHR, IFMT
from v6.fs.namei import Cred
from v6.fs.rdwri import readi, writei
from v6.kernel import clock, fio, pipe, sched
from v6.kernel.errors import SysError
from v6.kernel.file import FPIPE, FREAD, FWRITE, File
from v6.param import COPY_NS_PER_BYTE, PSLEP

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc


def cred(p: Proc) -> Cred:
    """The credentials of ``p`` for the file system."""
    return Cred(p.u.uid, p.u.gid)


def upath(k: Kernel, va: int) -> bytes:
    """A path name from user space."""
    return k.m.copyinstr(va, 1024)


def sys_read(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """read(fd, buf, count): r0 = bytes read, 0 at end of file."""
    fp = fio.getf(p, k.m.regs[0])
    if not fp.flag & FREAD:
        raise SysError(EBADF)
    buf, count = args
    data = yield from readf(k, fp, count)
    if data:
        k.charge(len(data) * COPY_NS_PER_BYTE)
        k.m.copyout(buf, data)
    k.m.regs[0] = len(data)


def readf(k: Kernel, fp: File, count: int):  # noqa: ANN201 - a generator
    """Up to ``count`` bytes from what ``fp`` is open on."""
    if fp.flag & FPIPE:
        return (yield from pipe.readp(k, fp, count))
    ip = fp.inode
    if ip is None:
        return fp.target.read(count)
    kind = ip.mode & IFMT
    if kind == IFCHR:
        return (yield from sched.finish(k.conf.cdev(ip.addr[0]).read(k, ip.addr[0], fp, count)))
    if kind == IFBLK:
        data = k.conf.block_read(k, ip.addr[0], fp.offset, count)
    else:
        buf = bytearray(count)
        data = bytes(buf[:readi(ip, fp.offset, buf)])
    fp.offset += len(data)
    return data


def sys_write(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """write(fd, buf, count): r0 = bytes written."""
    fp = fio.getf(p, k.m.regs[0])
    if not fp.flag & FWRITE:
        raise SysError(EBADF)
    buf, count = args
    data = k.m.copyin(buf, count)
    k.charge(count * COPY_NS_PER_BYTE)
    n = yield from writef(k, fp, data)
    k.m.regs[0] = n


def writef(k: Kernel, fp: File, data: bytes):  # noqa: ANN201 - a generator
    """Write ``data`` to what ``fp`` is open on; the bytes written."""
    if fp.flag & FPIPE:
        return (yield from pipe.writep(k, fp, data))
    ip = fp.inode
    if ip is None:
        return fp.target.write(data)
    kind = ip.mode & IFMT
    if kind == IFCHR:
        return (yield from sched.finish(k.conf.cdev(ip.addr[0]).write(k, ip.addr[0], fp, data)))
    if kind == IFBLK:
        k.conf.block_write(k, ip.addr[0], fp.offset, data)
    else:
        writei(ip, fp.offset, data)
    fp.offset += len(data)
    return len(data)


def sys_open(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """open(name, mode): r0 = the new descriptor."""
    flag = (args[1] + 1) & (FREAD | FWRITE)
    ip = ops.open_file(k.fsys, upath(k, args[0]), cred(p), p.u.cdir,
                       read=bool(flag & FREAD), write=bool(flag & FWRITE))
    yield from _install(k, p, ip, flag)


def sys_creat(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """creat(name, mode): a new or truncated file, open for writing."""
    ip = ops.creat(k.fsys, upath(k, args[0]), args[1], cred(p), p.u.cdir)
    yield from _install(k, p, ip, FWRITE)


def _install(k: Kernel, p: Proc, ip: object, flag: int):  # noqa: ANN202 - a generator
    """Give the referenced inode ``ip`` a descriptor, opening its device (V6 open1)."""
    try:
        fd = fio.falloc(k, p, ip, flag)
    except SysError:
        k.fsys.inodes.iput(ip)
        raise
    fp = p.u.ofile[fd]
    try:
        yield from fio.openi(k, ip, flag)
    except BaseException:
        p.u.ofile[fd] = None
        fp.count = 1
        fio.closef(k, fp)
        raise
    k.m.regs[0] = fd


def sys_close(k: Kernel, p: Proc, args: list[int]) -> None:
    """close(fd)."""
    fd = k.m.regs[0]
    fp = fio.getf(p, fd)
    p.u.ofile[fd] = None
    fio.closef(k, fp)


def sys_seek(k: Kernel, p: Proc, args: list[int]) -> None:
    """seek(fd, offset, ptrname)."""
    fp = fio.getf(p, k.m.regs[0])
    if fp.flag & FPIPE:
        raise SysError(ESPIPE)
    offset, how = args
    if how not in (0, 3):
        offset -= (offset & 0o100000) << 1
    if how > 2:
        offset *= 512
    ip, host = fp.inode, fp.target
    if how in (1, 4):
        offset += fp.offset if ip is not None else host.tell()
    elif how in (2, 5):
        offset += ip.size if ip is not None else host.size()
    fp.offset = offset & 0xFFFFFFFF
    if ip is None:
        host.seek(fp.offset)


def sys_link(k: Kernel, p: Proc, args: list[int]) -> None:
    """link(name1, name2)."""
    ops.link(k.fsys, upath(k, args[0]), upath(k, args[1]), cred(p), p.u.cdir)


def sys_mknod(k: Kernel, p: Proc, args: list[int]) -> None:
    """mknod(name, mode, addr): super-user only."""
    ops.mknod(k.fsys, upath(k, args[0]), args[1], args[2], cred(p), p.u.cdir)


def sys_sleep(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """sleep(seconds) (V6 sslep)."""
    until = k.time + k.m.regs[0]
    while until > k.time:
        if k.tout <= k.time or k.tout > until:
            k.tout = until
        yield from sched.sleep(k, clock.TOUT, PSLEP)
