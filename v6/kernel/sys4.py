"""V6: ken/sys4.c — time, ids, sync, nice, unlink, chdir, chmod, chown, signal, kill, times, profil.

The small calls, each V6's:

- ``time``: r0 = high word, r1 = low word of the seconds since 1970;
  ``stime`` (super-user) sets them from r0 and r1.
- ``getuid``/``getgid``: r0 = effective id << 8 | real id.
  ``setuid``/``setgid``: allowed to the super-user, or to set the real id
  again; set both ids.
- ``nice(n)``: at most 20; a negative value is the super-user's (others
  get EPERM and nice 0).
- ``signal(n, f)``: r0 = the old disposition; 0 default, odd ignore, else
  a handler; SIGKIL cannot be changed (EINVAL).  A pending signal of that
  number is dropped.
- ``kill(pid, n)``: signal ``pid``, or with pid 0 every process of the same
  terminal except 0 and 1 — never the caller itself; a user may signal only
  his own processes.  ESRCH if nobody was signalled.
- ``times(buf)``: six words: user and system ticks, then the children's
  user and system ticks as longs.
- ``profil(buf, size, offset, scale)``: the clock counts user PCs in the
  buffer (scale 0 stops it).
- ``ptrace`` is not implemented: it fails with EINVAL.
- ``model(name, buf)`` (new, 29): set the current process-creation model
  (super-user; EINVAL for a model the kernel lacks) unless ``name`` is 0,
  and copy the current one's name (16 bytes) to ``buf`` unless it is 0.
- ``pstat(slot, buf)`` (new, 27): process-table slot ``slot`` as
  ``struct pstat`` (userland/include/pstat.h), for ps; r0 = 1, or 0 for an
  empty slot, EINVAL past the table.  A wait channel shows as a number that
  is the same from run to run: a pipe's or a terminal's is its i-number or
  device number shifted left twice plus 1 (reader, input) or 2 (writer,
  output); a process's, its pid.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from v6.errno import EINVAL, ENOTDIR, EPERM, ESRCH
from v6.fs import ops
from v6.fs.iget import Inode
from v6.fs.layout import IEXEC
from v6.fs.namei import Cred, access, namei
from v6.kernel import sig, sys2
from v6.kernel.errors import SysError
from v6.kernel.file import READER, WRITER
from v6.kernel.proc import SEMBRYO, SZOMB
from v6.param import NSIG
from v6.signals import SIGKIL

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc


def _suser(p: Proc) -> bool:
    """Is ``p`` the super-user?  (V6 suser, without setting the error.)"""
    return p.u.uid == 0


def sys_time(k: Kernel, p: Proc, args: list[int]) -> None:
    """time(): the time of day in r0:r1."""
    regs = k.m.regs
    regs[0], regs[1] = k.time >> 16, k.time & 0xFFFF


def sys_stime(k: Kernel, p: Proc, args: list[int]) -> None:
    """stime(): set the time of day from r0:r1 (super-user)."""
    if not _suser(p):
        raise SysError(EPERM)
    regs = k.m.regs
    k.time = regs[0] << 16 | regs[1]


def sys_getpid(k: Kernel, p: Proc, args: list[int]) -> None:
    """getpid()."""
    k.m.regs[0] = p.pid


def sys_getuid(k: Kernel, p: Proc, args: list[int]) -> None:
    """getuid(): effective << 8 | real."""
    k.m.regs[0] = (p.u.uid << 8 | p.u.ruid) & 0o177777


def sys_getgid(k: Kernel, p: Proc, args: list[int]) -> None:
    """getgid(): effective << 8 | real."""
    k.m.regs[0] = (p.u.gid << 8 | p.u.rgid) & 0o177777


def sys_setuid(k: Kernel, p: Proc, args: list[int]) -> None:
    """setuid(uid)."""
    uid = k.m.regs[0] & 0o377
    if p.u.ruid != uid and not _suser(p):
        raise SysError(EPERM)
    p.u.uid = p.u.ruid = p.uid = uid


def sys_setgid(k: Kernel, p: Proc, args: list[int]) -> None:
    """setgid(gid)."""
    gid = k.m.regs[0] & 0o377
    if p.u.rgid != gid and not _suser(p):
        raise SysError(EPERM)
    p.u.gid = p.u.rgid = gid


def sys_sync(k: Kernel, p: Proc, args: list[int]) -> None:
    """sync(): write out every delayed block, inode and superblock."""
    k.fsys.sync()


def sys_nice(k: Kernel, p: Proc, args: list[int]) -> None:
    """nice(n)."""
    n = k.m.regs[0]
    n -= (n & 0o100000) << 1
    n = min(n, 20)
    if n < 0 and not _suser(p):
        p.nice = 0
        raise SysError(EPERM)
    p.nice = n


def sys_unlink(k: Kernel, p: Proc, args: list[int]) -> None:
    """unlink(name)."""
    ops.unlink(k.fsys, sys2.upath(k, args[0]), sys2.cred(p), p.u.cdir)


def sys_chdir(k: Kernel, p: Proc, args: list[int]) -> None:
    """chdir(dir)."""
    p.u.cdir = chdir_to(k, sys2.cred(p), p.u.cdir, sys2.upath(k, args[0]))


def chdir_to(k: Kernel, cred: Cred, cdir: Inode | None, path: bytes) -> Inode:
    """The directory ``path`` (from ``cdir``), referenced, ``cdir`` let go; ENOTDIR, EACCES."""
    ip = namei(k.fsys, path, cred, cdir)
    try:
        if not ip.is_dir:
            raise SysError(ENOTDIR)
        access(ip, IEXEC, cred)
    except BaseException:
        k.fsys.inodes.iput(ip)
        raise
    if cdir is not None:
        k.fsys.inodes.iput(cdir)
    return ip


def sys_chmod(k: Kernel, p: Proc, args: list[int]) -> None:
    """chmod(name, mode)."""
    ops.chmod(k.fsys, sys2.upath(k, args[0]), args[1], sys2.cred(p), p.u.cdir)


def sys_chown(k: Kernel, p: Proc, args: list[int]) -> None:
    """chown(name, owner): owner's low byte the user, high byte the group."""
    owner = args[1]
    ops.chown(k.fsys, sys2.upath(k, args[0]), owner & 0o377, owner >> 8, sys2.cred(p), p.u.cdir)


def sys_ssig(k: Kernel, p: Proc, args: list[int]) -> None:
    """signal(n, f): set the disposition of signal ``n``; r0 = the old one."""
    n, f = args
    if not 0 < n < NSIG or n == SIGKIL:
        raise SysError(EINVAL)
    k.m.regs[0] = p.u.signal[n]
    p.u.signal[n] = f
    if p.sig == n:
        p.sig = 0


def sys_kill(k: Kernel, p: Proc, args: list[int]) -> None:
    """kill(pid, n)."""
    pid, n = k.m.regs[0], args[0]
    hit = False
    for q in k.procs[:]:
        if q is None or q is p or not q.stat:
            continue
        if pid != 0 and q.pid != pid:
            continue
        if pid == 0 and (q.u.ttyp is not p.u.ttyp or q.pid in (0, 1)):
            continue
        if p.u.uid != 0 and p.u.uid != q.uid:
            continue
        hit = True
        if q.flag & SEMBRYO:
            k.abandon(q)        # an embryo never ran: nothing of it can take a signal
        else:
            sig.psignal(k, q, n)
    if not hit:
        raise SysError(ESRCH)


def sys_times(k: Kernel, p: Proc, args: list[int]) -> None:
    """times(buf): user, system, children's user (long), children's system (long) ticks."""
    u = p.u
    words = [u.utime & 0o177777, u.stime & 0o177777, u.cutime >> 16 & 0o177777,
             u.cutime & 0o177777, u.cstime >> 16 & 0o177777, u.cstime & 0o177777]
    k.m.copyout(args[0], b"".join(w.to_bytes(2, "little") for w in words))


def sys_profil(k: Kernel, p: Proc, args: list[int]) -> None:
    """profil(buf, size, offset, scale)."""
    p.u.prof = (args[0], args[1], args[2], args[3])


def sys_ptrace(k: Kernel, p: Proc, args: list[int]) -> None:
    """ptrace(): not implemented (EINVAL)."""
    raise SysError(EINVAL)


def sys_getswit(k: Kernel, p: Proc, args: list[int]) -> None:
    """The console switch register (V6 getswit, sys 38)."""
    k.m.regs[0] = k.m.switches



PSTAT = struct.Struct("<12H2H2H16s16s")
"""struct pstat (userland/include/pstat.h): 12 words, two longs (high word
first, as the PDP-11 kept a long), the command and the model names."""


def sys_pstat(k: Kernel, p: Proc, args: list[int]) -> None:
    """pstat(slot, buf): process-table slot ``slot`` for ps; r0 = 1, or 0 if empty."""
    slot = k.m.regs[0]
    if slot >= len(k.procs):
        raise SysError(EINVAL)
    q = k.procs[slot]
    if q is None:
        k.m.regs[0] = 0
        return
    tty = q.u.ttyp.devno if q.u.ttyp is not None else 0o177777
    tsize = q.textp.size if q.textp is not None else 0
    utime, stime = q.u.utime, q.u.stime
    if q.stat == SZOMB:
        utime, stime = q.xtimes
    words = [q.pid, q.ppid, q.uid, q.stat, q.flag, q.pri & 0o177777, q.cpu, q.nice & 0o177777,
             q.size, tsize, tty, chan_number(q.wchan)]
    longs = [utime >> 16 & 0o177777, utime & 0o177777, stime >> 16 & 0o177777, stime & 0o177777]
    k.m.copyout(args[0], PSTAT.pack(*words, *longs, q.command.encode("latin-1")[:15],
                                    q.model.encode("latin-1")[:15]))
    k.m.regs[0] = 1


CHANNEL_PARTS = {READER: 1, WRITER: 2, "raw": 1, "out": 2}
"""The two channels of a pipe or a terminal, as the low bits of the number."""


def chan_number(chan: object) -> int:
    """A number for a wait channel, the same from run to run (V6 showed an address)."""
    if chan is None:
        return 0
    if isinstance(chan, tuple):
        obj, part = chan
        base = getattr(obj, "inum", None) or getattr(obj, "devno", 0)
        return (base << 2 | CHANNEL_PARTS.get(part, 3)) & 0o177777 or 1
    if isinstance(chan, str):
        return sum(chan.encode()) or 1
    return getattr(chan, "pid", 1) & 0o177777 or 1


MODEL_NAME = 16
"""Bytes of a model's name buffer, its NUL included."""


def sys_model(k: Kernel, p: Proc, args: list[int]) -> None:
    """model(name, buf): set the current process-creation model (super-user; EINVAL for
    one the kernel does not have) unless ``name`` is 0; copy the current one's name
    into ``buf`` (16 bytes) unless it is 0."""
    name, buf = args
    if name:
        wanted = k.m.copyinstr(name, MODEL_NAME).decode("latin-1")
        if not _suser(p):
            raise SysError(EPERM)
        if wanted not in k.models:
            raise SysError(EINVAL)
        k.model = wanted
    if buf:
        k.m.copyout(buf, k.model.encode("latin-1").ljust(MODEL_NAME, b"\0"))
