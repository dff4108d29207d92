"""New: cross-process operations — an empty process, built from outside, then started.

The paper's proposal: no cloning of the parent and no code running in the
child's context; the creator fills in a new process's state with calls that
name it, then starts it.

- ``pcreate()`` (49): an *embryo* — a process that has no image, no
  descriptors and the creator's working directory, and does not run; r0 =
  its pid.
- ``pexec(pid, path, argv)`` (50): load a program into it (an image it
  had goes), checked as exec checks, with the embryo's directory.
- ``pdup(pid, myfd, childfd)`` (51): the creator's open file ``myfd``
  becomes the embryo's ``childfd`` (closing what was there).
- ``pclosefd(pid, fd)`` (52), ``pchdir(pid, path)`` (53).
- ``pwritemem(pid, addr, buf, n)`` (54), ``preadmem(pid, addr, buf, n)``
  (55): move bytes between the creator's ``buf`` and the embryo's address
  ``addr``, through the embryo's own segments: outside them (or into its
  pure text, which others share) is EINVAL — an argument about another
  process, not the caller's own bad address (EFAULT, which V6 answered
  with SIGSYS).
- ``pstart(pid)`` (56): it runs (ENOEXEC if it has no program yet).

Only the creator (or the super-user) may operate on an embryo, and only
before it starts: EPERM otherwise, ESRCH when there is no such process.  An
embryo whose creator exits is reclaimed (``sys1.exit_process``), and so is
one sent a signal (``sys4.sys_kill``): it never ran, so nothing of it could
take the signal, and this is how a creator gives up on one.  The pid travels in r0; the other
arguments are inline words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import EBADF, EINVAL, ENOEXEC, EPERM, ESRCH
from v6.fs.namei import Cred
from v6.kernel import fio, swap, sys4, ureg
from v6.kernel.creation import account, primitives, require
from v6.kernel.errors import SysError
from v6.kernel.proc import SEMBRYO, Proc
from v6.param import CLICK, NCARGS, NOFILE

if TYPE_CHECKING:
    from v6.kernel.main import Kernel

NAME = "xproc"


def sys_pcreate(k: Kernel, p: Proc, args: list[int]) -> None:
    """pcreate(): an embryo; r0 = its pid."""
    require(k, NAME)
    child = primitives.alloc_proc(k, p, NAME)
    child.u.layout = None
    child.flag |= SEMBRYO
    primitives.share_dir(p, child)
    account.adopt(child, account.begin(k, p, NAME))
    k.m.regs[0] = child.pid


def embryo(k: Kernel, p: Proc) -> Proc:
    """The embryo whose pid is in r0, if ``p`` may build it (ESRCH, EPERM)."""
    require(k, NAME)
    q = k.proc_by_pid(k.m.regs[0])
    if q is None or q.pid == 0:
        raise SysError(ESRCH)
    if not q.flag & SEMBRYO or (q.ppid != p.pid and p.u.uid != 0):
        raise SysError(EPERM)
    if q.creation is not None:
        q.creation.syscalls += 1
    return q


def sys_pexec(k: Kernel, p: Proc, args: list[int]) -> None:
    """pexec(pid, path, argv): load a program into the embryo."""
    q = embryo(k, p)
    path = k.m.copyinstr(args[0], NCARGS)
    argv = primitives.read_args(k, args[1])
    prog = primitives.prepare(k, Cred(q.u.uid, q.u.gid), q.u.cdir, path, argv)
    primitives.discard_image(k, q)
    primitives.install(k, q, prog)


def sys_pdup(k: Kernel, p: Proc, args: list[int]) -> None:
    """pdup(pid, myfd, childfd): give the embryo one of the creator's open files."""
    q = embryo(k, p)
    fp = fio.getf(p, args[0])
    if not 0 <= args[1] < NOFILE:
        raise SysError(EBADF)
    old, q.u.ofile[args[1]] = q.u.ofile[args[1]], fp
    fp.count += 1
    if old is not None:
        fio.closef(k, old)


def sys_pclosefd(k: Kernel, p: Proc, args: list[int]) -> None:
    """pclosefd(pid, fd): close one of the embryo's descriptors."""
    q = embryo(k, p)
    fp = fio.getf(q, args[0])
    q.u.ofile[args[0]] = None
    fio.closef(k, fp)


def sys_pchdir(k: Kernel, p: Proc, args: list[int]) -> None:
    """pchdir(pid, path): change the embryo's working directory."""
    q = embryo(k, p)
    q.u.cdir = sys4.chdir_to(k, Cred(p.u.uid, p.u.gid), q.u.cdir, k.m.copyinstr(args[0], 1024))


def _physical(k: Kernel, q: Proc, va: int, n: int, write: bool) -> list[tuple[int, int]]:
    """The embryo's bytes ``va`` .. ``va + n`` as (physical address, length) pieces."""
    lay = q.u.layout
    if lay is None or not q.loaded and not swap.swapin(k, q):
        raise SysError(EINVAL)
    x = q.textp
    bases = (0, x.caddr if x is not None else 0, q.data.addr, q.stack.addr)
    pieces = []
    while n > 0:
        if va > 0o177777:
            raise SysError(EINVAL)
        seg, block = va >> 13, (va >> 6) & 0o177
        kind, pdr = lay.kind[seg], lay.pdr[seg]
        length = pdr >> 8 & 0o177
        if kind == ureg.NONE or (write and kind == ureg.TEXT) or (
                block < length if pdr & ureg.ED else block > length):
            raise SysError(EINVAL)
        take = min(n, CLICK - (va & 0o77))
        pa = (bases[kind] + lay.offset[seg] + block) * CLICK + (va & 0o77)
        pieces.append((pa, take))
        va, n = va + take, n - take
    return pieces


def sys_pwritemem(k: Kernel, p: Proc, args: list[int]) -> None:
    """pwritemem(pid, addr, buf, n): copy the creator's ``buf`` into the embryo's memory."""
    q = embryo(k, p)
    addr, buf, n = args
    data = k.m.copyin(buf, n)
    done = 0
    for pa, take in _physical(k, q, addr, n, write=True):
        k.m.load(pa, data[done:done + take])
        done += take
    k.m.regs[0] = n


def sys_preadmem(k: Kernel, p: Proc, args: list[int]) -> None:
    """preadmem(pid, addr, buf, n): copy the embryo's memory into the creator's ``buf``."""
    q = embryo(k, p)
    addr, buf, n = args
    data = b"".join(k.m.read_bytes(pa, take) for pa, take in _physical(k, q, addr, n, False))
    k.m.copyout(buf, data)
    k.m.regs[0] = n


def sys_pstart(k: Kernel, p: Proc, args: list[int]) -> None:
    """pstart(pid): the embryo runs."""
    q = embryo(k, p)
    if q.u.layout is None:
        raise SysError(ENOEXEC)
    q.flag &= ~SEMBRYO
    primitives.make_runnable(k, q)

