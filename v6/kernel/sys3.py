"""V6: ken/sys3.c and the sgtty part of dmr/tty.c — fstat, stat, dup, mount, umount, stty, gtty.

stat and fstat copy out V6's 36-byte stat buffer (``v6.fs.layout.Stat``).
A host stream (``v6 exec``'s standard input and output) stats as an empty
plain file owned by the user, on device NODEV (0177777, V6's "no device")
with i-number 0177777, which no directory entry holds: programs then treat
it as they treat input and output redirected to a file, not as a terminal
(rm does not ask; tty, which looks for the i-number among /dev's entries,
empty slots included, says ``ttyx``).

mount(special, name, rwflag) mounts the file system of the block device
``special`` on the directory ``name`` (read-only if ``rwflag``); umount
undoes it.  Deviation from V6: both are for the super-user (EPERM); V6
let anyone mount, which would let any user lay a file system of his own
over /etc.

stty(fd, arg) and gtty(fd, arg) set and get a terminal's three words
(speeds, erase and kill characters, flags) through its driver; on
anything but a terminal they fail with ENOTTY.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import EBUSY, ENOTBLK, ENOTTY, EPERM
from v6.fs import ops
from v6.fs.blkdev import BlockDevice
from v6.fs.iget import Inode
from v6.fs.layout import IFBLK, IFCHR, IFMT, Stat
from v6.fs.namei import namei
from v6.kernel import fio, sched, sys2
from v6.kernel.errors import SysError

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

NODEV = 0o177777
"""V6's "no device" (and, here, "no i-number")."""
STTY_WORDS = 3
"""Words of a terminal's settings (stty/gtty)."""


def _stat_of(k: Kernel, p: Proc, target: object) -> Stat:
    if isinstance(target, Inode):
        return ops.stat(target)
    return Stat(dev=NODEV, ino=NODEV, mode=0o100666, nlink=1, uid=p.u.uid, gid=p.u.gid, size=0,
                addr=(0,) * 8, atime=k.time, mtime=k.time)


def sys_fstat(k: Kernel, p: Proc, args: list[int]) -> None:
    """fstat(fd, buf)."""
    fp = fio.getf(p, k.m.regs[0])
    k.m.copyout(args[0], _stat_of(k, p, fp.target).serialize())


def sys_stat(k: Kernel, p: Proc, args: list[int]) -> None:
    """stat(name, buf)."""
    ip = namei(k.fsys, sys2.upath(k, args[0]), sys2.cred(p), p.u.cdir)
    try:
        k.m.copyout(args[1], ops.stat(ip).serialize())
    finally:
        k.fsys.inodes.iput(ip)


def sys_dup(k: Kernel, p: Proc, args: list[int]) -> None:
    """dup(fd): r0 = the lowest free descriptor, open on the same file."""
    fp = fio.getf(p, k.m.regs[0])
    fd = fio.ufalloc(p)
    p.u.ofile[fd] = fp
    fp.count += 1
    k.m.regs[0] = fd


def _superuser(p: Proc) -> None:
    if p.u.uid != 0:
        raise SysError(EPERM)


def _block_device(k: Kernel, p: Proc, va: int) -> BlockDevice:
    """The device of the block special file named at ``va`` (V6 getmdev)."""
    ip = namei(k.fsys, sys2.upath(k, va), sys2.cred(p), p.u.cdir)
    try:
        if ip.mode & IFMT != IFBLK:
            raise SysError(ENOTBLK)
        dev = ip.addr[0]
    finally:
        k.fsys.inodes.iput(ip)
    return k.conf.bdev(dev)


def sys_mount(k: Kernel, p: Proc, args: list[int]) -> None:
    """mount(special, name, rwflag)."""
    _superuser(p)
    dev = _block_device(k, p, args[0])
    ip = namei(k.fsys, sys2.upath(k, args[1]), sys2.cred(p), p.u.cdir)
    try:
        if ip.mode & (IFBLK & IFCHR):
            raise SysError(EBUSY)
        k.fsys.mount(dev, ip, ronly=bool(args[2]))
    except BaseException:
        k.fsys.inodes.iput(ip)
        raise


def sys_umount(k: Kernel, p: Proc, args: list[int]) -> None:
    """umount(special)."""
    _superuser(p)
    k.fsys.umount(_block_device(k, p, args[0]))


def _terminal(k: Kernel, p: Proc) -> tuple[object, int]:
    fp = fio.getf(p, k.m.regs[0])
    ip = fp.inode
    if ip is None or ip.mode & IFMT != IFCHR:
        raise SysError(ENOTTY)
    return k.conf.cdev(ip.addr[0]), ip.addr[0]


def sys_stty(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """stty(fd, arg): set the terminal's modes from three words at ``arg``."""
    dev, devno = _terminal(k, p)
    words = [k.m.fuword(args[0] + 2 * i) for i in range(STTY_WORDS)]
    yield from sched.finish(dev.sgtty(k, devno, words))


def sys_gtty(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """gtty(fd, arg): the terminal's three words, copied to ``arg``."""
    dev, devno = _terminal(k, p)
    words = yield from sched.finish(dev.sgtty(k, devno, None))
    for i, w in enumerate(words):
        k.m.suword(args[0] + 2 * i, w)
