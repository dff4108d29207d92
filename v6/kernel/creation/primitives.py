"""New: the steps every process-creation model is made of (V6's newproc and exec, taken apart).

Each model (``forkexec`` today; vfork, spawn, cross-process operations and
rfork beside it) is a combination of these, so what each model costs is
the sum of the primitives it calls:

- ``alloc_proc(k, parent, model)``: a process-table slot and a fresh pid
  (EAGAIN when the table is full), the child's u-area started from the
  parent's: ids, signal dispositions, terminal, image sizes; no files, no
  directory, no image yet.
- ``copy_files(k, parent, child)``: the child shares each of the parent's
  open files (one more reference each) and its current directory.
- ``share_text(k, parent, child)``: the child uses the parent's pure text.
- ``copy_image(k, parent, child)``: a copy of the parent's data and stack
  for the child, in core if there is room, else straight into the swap
  area; returns the bytes copied.
- ``make_runnable(k, child)``.
- ``read_args(k, name, argv)``: exec's arguments fetched from user space
  (EFAULT, E2BIG past NCARGS bytes).
- ``load_aout(k, p, path, args)``: replace ``p``'s image with the program
  in the a.out file ``path`` (a generator: finding core may mean waiting
  for the swapper).  Everything that can fail is checked before the old
  image is let go, so a failed exec leaves the caller as it was.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from v6.errno import E2BIG, EACCES, EAGAIN, ENOEXEC, ETXTBSY
from v6.fs.iget import ITEXT, idup
from v6.fs.layout import IEXEC, IFMT, ISGID, ISUID
from v6.fs.namei import Cred, access, namei
from v6.fs.rdwri import readi
from v6.kernel import swap, sys1, text, ureg
from v6.kernel.errors import SysError
from v6.kernel.events import Exec
from v6.kernel.proc import SLOAD, SRUN, Proc, User
from v6.param import CLICK, NCARGS, NPROC, SSIZE
from v6.pdp11 import aout
from v6.signals import SIGKIL

if TYPE_CHECKING:
    from v6.kernel.main import Kernel

HEADER = struct.Struct("<8H")
"""The a.out header: magic, text, data, bss, symbols, entry, unused, flag."""
USER_PSW = 0o170000
"""User mode, previous mode user, priority 0, condition codes clear."""


def clicks(nbytes: int) -> int:
    """Clicks that hold ``nbytes`` bytes."""
    return -(-nbytes // CLICK)


def alloc_proc(k: Kernel, parent: Proc, model: str) -> Proc:
    """A new process slot with a fresh pid and the parent's u-area fields (EAGAIN if full)."""
    slot = next((i for i in range(1, NPROC) if k.procs[i] is None), None)
    if slot is None:
        raise SysError(EAGAIN)
    pu = parent.u
    child = Proc(k.next_pid(), ppid=parent.pid, uid=parent.uid, flag=SLOAD,
                 nice=parent.nice, pri=parent.pri, model=model, command=parent.command)
    child.u = User(uid=pu.uid, gid=pu.gid, ruid=pu.ruid, rgid=pu.rgid, signal=list(pu.signal),
                   tsize=pu.tsize, dsize=pu.dsize, ssize=pu.ssize, layout=pu.layout,
                   ttyp=pu.ttyp)
    k.procs[slot] = child
    return child


def copy_files(k: Kernel, parent: Proc, child: Proc) -> None:
    """The child shares the parent's open files and current directory."""
    for fd, fp in enumerate(parent.u.ofile):
        if fp is not None:
            fp.count += 1
            child.u.ofile[fd] = fp
    if parent.u.cdir is not None:
        child.u.cdir = idup(parent.u.cdir)


def share_text(k: Kernel, parent: Proc, child: Proc) -> int:
    """The child uses the parent's pure text; returns the bytes shared."""
    x = parent.textp
    if x is None:
        return 0
    child.textp = x
    x.count += 1
    if child.loaded and x.caddr is not None:
        x.ccount += 1
    return x.size * CLICK


def copy_image(k: Kernel, parent: Proc, child: Proc) -> int:
    """A copy of the parent's data and stack for the child; returns the bytes copied."""
    size = parent.size
    child.size = size
    a = k.coremap.malloc(size)
    if a is not None:
        k.copy_clicks(a, parent.addr, size)
        child.addr = a
        return size * CLICK
    b = k.swapmap.malloc(text.swap_blocks(size))
    if b is None:
        raise SysError(EAGAIN)
    k.swap_io(b, k.m.read_bytes(parent.addr * CLICK, size * CLICK), write=True)
    child.addr, child.flag = b, child.flag & ~SLOAD
    return size * CLICK


def make_runnable(k: Kernel, child: Proc) -> None:
    """Let the scheduler run ``child``."""
    child.stat = SRUN
    k.wake_swapper_for(child)


def read_args(k: Kernel, argv: int) -> list[bytes]:
    """The strings of the user's argument vector at ``argv`` (E2BIG past NCARGS bytes)."""
    m, args, total = k.m, [], 0
    while True:
        ptr = m.fuword((argv + 2 * len(args)) & 0o177777)
        if ptr == 0:
            return args
        s = m.copyinstr(ptr, NCARGS - total + 1)
        total += len(s) + 1
        if total > NCARGS:
            raise SysError(E2BIG)
        args.append(s)


def _read_exact(ip: object, offset: int, n: int) -> bytes:
    buf = bytearray(n)
    readi(ip, offset, buf)
    return bytes(buf)


def _shape(hdr: tuple[int, ...]) -> tuple[int, int, int, int, int]:
    """(text offset bytes, text bytes, data bytes, data clicks, text clicks) of a header."""
    magic, tsize, dsize, bsize = hdr[0], hdr[1], hdr[2], hdr[3]
    if magic == aout.MAGIC_NORMAL:
        return 0, 0, tsize + dsize, clicks(tsize + dsize + bsize), 0
    if magic == aout.MAGIC_PURE:
        return tsize, tsize, dsize, clicks(dsize + bsize), clicks(tsize)
    raise SysError(ENOEXEC)


def load_aout(k: Kernel, p: Proc, path: bytes, args: list[bytes]):  # noqa: ANN201 - a generator
    """Replace ``p``'s image by the program in ``path`` with arguments ``args`` (V6 exec)."""
    u = p.u
    cred = Cred(u.uid, u.gid)
    ip = namei(k.fsys, path, cred, u.cdir)
    try:
        access(ip, IEXEC, cred)
        if ip.mode & IFMT:
            raise SysError(EACCES)
        try:
            sp, stack = aout.exec_stack(args)
        except aout.ArgsTooLong:
            raise SysError(E2BIG) from None
        raw = _read_exact(ip, 0, HEADER.size)
        hdr = HEADER.unpack(raw)
        _, tbytes, dbytes, nd, nt = _shape(hdr)
        if nt and not ip.flag & ITEXT and ip.count != 1:
            raise SysError(ETXTBSY)
        ns = max(SSIZE, clicks(len(stack)))
        layout = ureg.estabur(nt, nd, ns)
        if nt:
            text.reserve(k, ip, nt)
        code = _read_exact(ip, HEADER.size, tbytes)
        data = _read_exact(ip, HEADER.size + tbytes, dbytes)
        # The point of no return: the old image goes.
        text.xfree(k, p)
        k.release_image(p)
        if nt:
            text.xalloc(k, p, ip, code)
        u.tsize, u.dsize, u.ssize, u.layout = nt, 0, 0, layout
        if not (yield from _new_image(k, p, nd, ns, data, stack)):
            sys1.exit_process(k, p, SIGKIL)
        _set_ids(p, ip)
        _start(k, p, sp, hdr[5])
        p.command = (args[0] if args else path).rsplit(b"/", 1)[-1].decode("latin-1")
    finally:
        k.fsys.inodes.iput(ip)
    if k.bus:
        k.bus.publish(Exec(k.m.clock.ns, p.pid, path.decode("latin-1"),
                           tuple(a.decode("latin-1") for a in args)))


def _new_image(k: Kernel, p: Proc, nd: int, ns: int, data: bytes,  # noqa: ANN202
               stack: bytes):
    """A fresh image of ``nd`` data and ``ns`` stack clicks holding ``data`` and ``stack``;
    False if there is neither core nor swap space for it."""
    if not (yield from swap.expand(k, p, nd + ns)):
        return False
    x = p.textp
    if x is not None and x.caddr is None:
        # No core for the text now: out and back in, text and all (V6 did the same).
        if not swap.xswap(k, p):
            return False
        while not p.loaded:
            yield
    image = bytearray((nd + ns) * CLICK)
    image[:len(data)] = data
    image[len(image) - len(stack):] = stack
    k.m.load(p.addr * CLICK, bytes(image))
    p.u.dsize, p.u.ssize = nd, ns
    k.image_moved(p)
    return True


def _set_ids(p: Proc, ip: object) -> None:
    """Set-user-id and set-group-id files run as their owner (not over root, as V6)."""
    u = p.u
    if ip.mode & ISUID and u.uid != 0:
        u.uid = p.uid = ip.uid
    if ip.mode & ISGID:
        u.gid = ip.gid


def _start(k: Kernel, p: Proc, sp: int, entry: int) -> None:
    """Caught signals back to default, registers cleared, PC at the entry point."""
    u = p.u
    u.signal = [s if s & 1 else 0 for s in u.signal]
    m = k.m
    regs = m.regs
    regs[:] = [0] * len(regs)
    m.set_psw(USER_PSW)
    regs[6], regs[7] = sp, entry

