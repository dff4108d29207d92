"""V6: ken/sig.c — sending, noticing and acting on signals; core files.

A process has at most one pending signal (``p.sig``; a later one replaces
it, except that a pending SIGKIL stays), as in V6.

- ``psignal(k, p, n)``: post signal ``n`` to ``p``; a process asleep at an
  interruptible priority is woken, and its priority raised to PUSER so it
  gets to act on it soon.
- ``issig(k, p)``: the pending signal if ``p`` does not ignore it, else 0.
- ``psig(k, p)``: act on the pending signal.  Caught: PS then PC are pushed
  on the user stack (grown if need be) and the handler runs, reset to the
  default first unless it is SIGINS or SIGTRC, as V6 did.  Default: the
  process exits with status ``(r0 << 8 | n) & 0177777``, plus 0200 if a core
  file was written (quit and the machine-fault signals write one).
- ``core(k, p)``: write ``core`` in the current directory, as V6: a plain
  file the user may write, and only if real and effective user ids agree;
  1,024 bytes of u-area, then the data and stack image.

Deviation from V6: the u-area in a core file is this kernel's, not V6's
``struct user``: the registers, PS, segment sizes and signal number are at
the offsets ``CORE_UAREA`` gives, and V6's debuggers will not find them.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from v6.fs import ops
from v6.fs.errors import FsError
from v6.fs.layout import IFMT
from v6.fs.namei import Cred
from v6.fs.rdwri import writei
from v6.kernel import sched, sys1
from v6.kernel.events import Signal
from v6.kernel.proc import SWAIT
from v6.param import NSIG, PUSER
from v6.pdp11.machine import UserFault
from v6.signals import BY_NUMBER, SIGKIL

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

USIZE_BYTES = 1024
"""Bytes of u-area at the start of a core file (V6's USIZE of 16 clicks)."""

CORE_UAREA = struct.Struct("<8s9H3HH")
"""The u-area summary a core file starts with: the magic ``v6 core``, R0-R7
and PS, the text, data and stack sizes in clicks, and the signal; the rest
of the 1,024 bytes are zero."""


def psignal(k: Kernel, p: Proc, n: int) -> None:
    """Post signal ``n`` to ``p`` (V6 psignal)."""
    if not 0 < n < NSIG:
        return
    if p.sig != SIGKIL:
        p.sig = n
    if p.pri > PUSER:
        p.pri = PUSER
    if p.stat == SWAIT:
        sched.setrun(k, p)


def issig(k: Kernel, p: Proc) -> int:
    """The signal ``p`` must act on now (0 if none, or if it ignores it)."""
    n = p.sig
    if n and not p.u.signal[n] & 1:
        return n
    return 0


def psig(k: Kernel, p: Proc) -> None:
    """Act on ``p``'s pending signal: run its handler, or exit (V6 psig)."""
    n, p.sig = p.sig, 0
    handler = p.u.signal[n]
    if k.bus:
        k.bus.publish(Signal(k.m.clock.ns, p.pid, n, bool(handler)))
    if handler:
        if not BY_NUMBER[n].stays_caught:
            p.u.signal[n] = 0
        if _push_frame(k, p, handler):
            return
        n = SIGKIL
    status = ((k.m.regs[0] << 8) | n) & 0o177777
    if BY_NUMBER[n].core and core(k, p):
        status |= 0o200
    sys1.exit_process(k, p, status)


def _push_frame(k: Kernel, p: Proc, handler: int) -> bool:
    """Push PS and PC on the user stack and go to ``handler``; False if that fails."""
    m = k.m
    sp = (m.regs[6] - 4) & 0o177777
    sys1.grow_now(k, p, sp)
    try:
        m.suword(sp + 2, m.psw)
        m.suword(sp, m.regs[7])
    except UserFault:
        return False
    m.regs[6] = sp
    m.set_psw(m.psw & ~0o20)
    m.regs[7] = handler
    return True


def core(k: Kernel, p: Proc) -> bool:
    """Write a core file in ``p``'s current directory; whether it was written."""
    u = p.u
    if u.uid != u.ruid:
        return False
    try:
        ip = ops.creat(k.fsys, b"core", 0o666, Cred(u.uid, u.gid), u.cdir)
    except FsError:
        return False
    try:
        if ip.mode & IFMT:
            return False
        writei(ip, 0, _uarea(k, p) + k.image_bytes(p))
        return True
    except FsError:
        return False
    finally:
        k.fsys.inodes.iput(ip)


def _uarea(k: Kernel, p: Proc) -> bytes:
    m = k.m
    tsize = p.textp.size if p.textp is not None else 0
    head = CORE_UAREA.pack(b"v6 core", *m.regs[:8], m.psw, tsize, p.data.size, p.stack.size,
                           p.sig)
    return head.ljust(USIZE_BYTES, b"\0")
