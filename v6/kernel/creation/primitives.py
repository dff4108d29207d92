"""New: the steps every process-creation model is made of (V6's newproc and exec, taken apart).

Each model (``forkexec``, ``vfork``, ``spawn``, ``xproc``, ``rfork``) is a
combination of these, so what each model costs is the sum of the
primitives it calls:

- ``alloc_proc(k, parent, model)``: a process-table slot and a fresh pid
  (EAGAIN when the table is full), the child's u-area started from the
  parent's: ids, signal dispositions, terminal; no files, no directory, no
  image yet.
- ``copy_files(k, parent, child)``: the child shares each of the parent's
  open files (one more reference each) and its current directory.
- ``share_text(k, parent, child)``: the child uses the parent's pure text.
- ``copy_image(k, parent, child)`` / ``copy_segment``: copies of the
  parent's data and stack for the child, in core if there is room, else
  straight into the swap area; they return the bytes copied.
  ``share_segment`` lets the child map a segment of the parent's instead.
- ``make_runnable(k, child)``.
- ``read_args(k, argv)``: exec's arguments fetched from user space
  (EFAULT, E2BIG past NCARGS bytes).
- ``prepare(k, cred, cdir, path, args)`` -> ``Program``: everything about
  an a.out that can fail (the file, its permission, its header, the sizes,
  the argument list, a text slot) is checked and its bytes read, before any
  process is changed; ``release(k, prog)`` lets it go unused.
- ``load_aout(k, p, path, args)``: exec — replace the running process's
  image with a prepared program (a generator: core may have to be waited
  for); ``install(k, child, prog)``: give a process that is not running (a
  spawned child, an embryo) a prepared program's image and registers.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from v6.errno import E2BIG, EACCES, EAGAIN, ENOEXEC, ETXTBSY
from v6.fs.iget import ITEXT, Inode, idup
from v6.fs.layout import IEXEC, IFMT, ISGID, ISUID
from v6.fs.namei import Cred, access, namei
from v6.fs.rdwri import readi
from v6.kernel import swap, sys1, text, ureg
from v6.kernel.errors import SysError
from v6.kernel.events import Exec
from v6.kernel.proc import SLOAD, SRUN, Proc, Segment, User
from v6.param import CLICK, NCARGS, NPROC, SSIZE
from v6.pdp11 import aout
from v6.pdp11.machine import Context
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
                   layout=pu.layout, ttyp=pu.ttyp)
    k.procs[slot] = child
    return child


def copy_files(k: Kernel, parent: Proc, child: Proc) -> None:
    """The child gets a copy of the parent's descriptors (each open file one more
    reference, its offset shared) and the same current directory."""
    for fd, fp in enumerate(parent.u.ofile):
        if fp is not None:
            fp.count += 1
            child.u.ofile[fd] = fp
    share_dir(parent, child)


def share_dir(parent: Proc, child: Proc) -> None:
    """The child starts in the parent's current directory."""
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


def share_segment(seg: Segment) -> Segment:
    """One more process maps ``seg``; returns it."""
    seg.count += 1
    return seg


def copy_image(k: Kernel, parent: Proc, child: Proc, segments: tuple[str, ...] = ("data", "stack"),
               *, swap_ok: bool = True) -> int:
    """Copies of the parent's ``segments`` for the child; returns the bytes copied.

    All in core if there is room, else (if ``swap_ok``) all straight to swap, the
    child then waiting for the swapper; EAGAIN if there is room in neither."""
    segs = [getattr(parent, name) for name in segments]
    sizes = [seg.size for seg in segs]
    where = swap.core(k, sizes)
    if where is not None:
        for seg, a in zip(segs, where, strict=True):
            k.copy_clicks(a, seg.addr, seg.size)
    else:
        where = swap.swap_space(k, sizes) if swap_ok else None
        if where is None:
            raise SysError(EAGAIN)
        for seg, b in zip(segs, where, strict=True):
            if seg.size:
                k.swap_io(b, k.m.read_bytes(seg.addr * CLICK, seg.size * CLICK), write=True)
        child.flag &= ~SLOAD
    for name, size, a in zip(segments, sizes, where, strict=True):
        setattr(child, name, Segment(size, a))
    return sum(sizes) * CLICK


def start_as_child(k: Kernel, parent: Proc, child: Proc) -> None:
    """The child resumes where the parent called (the word after the trap) with r0 =
    the parent's pid; the parent, whose PC is already one word further on (V6's
    fork convention, which libc's stubs follow), gets r0 = the child's pid."""
    m = k.m
    ctx = m.save_context()
    ctx.regs[0], ctx.regs[7], ctx.regs[11] = parent.pid, (m.regs[7] - 2) & 0o177777, 0
    child.u.context = ctx
    m.regs[0] = child.pid


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


@dataclass
class Program:
    """An a.out checked and read, ready to become a process image."""

    ip: Inode
    """The file, referenced until the program is installed or released."""
    path: bytes
    args: list[bytes]
    code: bytes
    """The pure text (empty for a 0407 program)."""
    data: bytes
    """The data segment's contents (a 0407 program's text and data), bss not included."""
    nt: int
    nd: int
    ns: int
    layout: ureg.Layout
    sp: int
    stack: bytes
    """The top of the stack: exec's arguments."""
    entry: int


def _read_exact(ip: Inode, offset: int, n: int) -> bytes:
    buf = bytearray(n)
    readi(ip, offset, buf)
    return bytes(buf)


def _shape(hdr: tuple[int, ...]) -> tuple[int, int, int, int]:
    """(text bytes, data bytes, data clicks, text clicks) of a header."""
    magic, tsize, dsize, bsize = hdr[0], hdr[1], hdr[2], hdr[3]
    if magic == aout.MAGIC_NORMAL:
        return 0, tsize + dsize, clicks(tsize + dsize + bsize), 0
    if magic == aout.MAGIC_PURE:
        return tsize, dsize, clicks(dsize + bsize), clicks(tsize)
    raise SysError(ENOEXEC)


def prepare(k: Kernel, cred: Cred, cdir: Inode | None, path: bytes,
            args: list[bytes]) -> Program:
    """Check and read the a.out at ``path`` for ``args`` (every failure of V6's exec)."""
    ip = namei(k.fsys, path, cred, cdir)
    try:
        access(ip, IEXEC, cred)
        if ip.mode & IFMT:
            raise SysError(EACCES)
        try:
            sp, stack = aout.exec_stack(args)
        except aout.ArgsTooLong:
            raise SysError(E2BIG) from None
        hdr = HEADER.unpack(_read_exact(ip, 0, HEADER.size))
        tbytes, dbytes, nd, nt = _shape(hdr)
        if nt and not ip.flag & ITEXT and ip.count != 1:
            raise SysError(ETXTBSY)
        ns = max(SSIZE, clicks(len(stack)))
        layout = ureg.estabur(nt, nd, ns)
        if nt:
            text.reserve(k, ip, nt)
        return Program(ip, path, args, _read_exact(ip, HEADER.size, tbytes),
                       _read_exact(ip, HEADER.size + tbytes, dbytes), nt, nd, ns, layout, sp,
                       stack, hdr[5])
    except BaseException:
        k.fsys.inodes.iput(ip)
        raise


def discard_image(k: Kernel, p: Proc) -> None:
    """Let go of ``p``'s text and image (an embryo getting another program)."""
    text.xfree(k, p)
    k.release_image(p)


def release(k: Kernel, prog: Program) -> None:
    """Let go of a prepared program that will not be installed."""
    k.fsys.inodes.iput(prog.ip)


def _image(prog: Program) -> tuple[bytes, bytes]:
    """The data and stack segments' bytes of a new image."""
    data = prog.data.ljust(prog.nd * CLICK, b"\0")
    stack = prog.stack.rjust(prog.ns * CLICK, b"\0")
    return data, stack


def load_aout(k: Kernel, p: Proc, path: bytes, args: list[bytes]):  # noqa: ANN201 - a generator
    """Replace ``p``'s image by the program in ``path`` with arguments ``args`` (V6 exec)."""
    prog = prepare(k, Cred(p.u.uid, p.u.gid), p.u.cdir, path, args)
    # The point of no return: the old image goes.
    try:
        discard_image(k, p)
        if prog.nt:
            text.xalloc(k, p, prog.ip, prog.code)
        p.u.layout = prog.layout
        if not swap.place(k, p, *_image(prog)):
            sys1.exit_process(k, p, SIGKIL)
        _set_ids(p, prog.ip)
    finally:
        release(k, prog)
    _start(k, p, prog)
    while not p.loaded:
        yield
    k.image_moved(p)
    _published(k, p, prog)


def install(k: Kernel, p: Proc, prog: Program) -> None:
    """Give ``p`` — not running, with no image — the prepared program (EAGAIN if there
    is no room for it even on swap)."""
    try:
        if prog.nt:
            text.xalloc(k, p, prog.ip, prog.code)
        p.u.layout = prog.layout
        if not swap.place(k, p, *_image(prog)):
            text.xfree(k, p)
            raise SysError(EAGAIN)
        _set_ids(p, prog.ip)
    finally:
        release(k, prog)
    u = p.u
    u.signal = [s if s & 1 else 0 for s in u.signal]
    u.context = Context([0] * 6 + [prog.sp, prog.entry] + [0] * 4, USER_PSW, 0)
    _published(k, p, prog)


def _published(k: Kernel, p: Proc, prog: Program) -> None:
    p.command = (prog.args[0] if prog.args else prog.path).rsplit(b"/", 1)[-1].decode("latin-1")
    if k.bus:
        k.bus.publish(Exec(k.m.clock.ns, p.pid, prog.path.decode("latin-1"),
                           tuple(a.decode("latin-1") for a in prog.args)))


def _set_ids(p: Proc, ip: Inode) -> None:
    """Set-user-id and set-group-id files run as their owner (not over root, as V6)."""
    u = p.u
    if ip.mode & ISUID and u.uid != 0:
        u.uid = p.uid = ip.uid
    if ip.mode & ISGID:
        u.gid = ip.gid


def _start(k: Kernel, p: Proc, prog: Program) -> None:
    """Caught signals back to default, registers cleared, PC at the entry point."""
    u = p.u
    u.signal = [s if s & 1 else 0 for s in u.signal]
    m = k.m
    regs = m.regs
    regs[:] = [0] * len(regs)
    m.set_psw(USER_PSW)
    regs[6], regs[7] = prog.sp, prog.entry
