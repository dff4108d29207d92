"""V6: ken/sys1.c — exit, wait, break, and the stack's growth (grow, from ken/sig.c).

fork and exec, the other calls of V6's sys1.c, are the first process-creation
model and live in ``v6.kernel.creation.forkexec``.

- ``exit(status)``: the process closes its files, lets go of its directory,
  text and core, and becomes a zombie holding ``status << 8`` for its
  parent's wait; its children are given to process 1 (init).  When there
  is no init (``v6 exec``), a zombie nobody can wait for is freed at once.
- ``wait()``: sleep until a child is a zombie; r0 its pid, r1 its status; its
  times are added to the caller's children's times.  ECHILD if it has none.
- ``break(addr)``: the end of the data segment moves to ``addr`` (rounded up
  to a click); the stack stays where it is at the top.  ENOMEM when data
  and stack would no longer fit the eight segments.
- ``grow(k, p, sp)``: when a stack reference at ``sp`` falls below the stack
  segment, the stack grows to cover it and SINCR clicks more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import ECHILD, ENOMEM
from v6.kernel import fio, sched, swap, text, ureg
from v6.kernel.errors import Exited, SysError
from v6.kernel.events import Exit
from v6.kernel.proc import SEMBRYO, SZOMB, Proc
from v6.param import NSIG, PWAIT, SINCR

if TYPE_CHECKING:
    from v6.kernel.main import Kernel

TOP = 0o200000
"""The end of the user address space."""


def sys_exit(k: Kernel, p: Proc, args: list[int]) -> None:
    """exit(status): end the process (V6 rexit)."""
    exit_process(k, p, (k.m.regs[0] & 0o377) << 8)


def exit_process(k: Kernel, p: Proc, status: int) -> None:
    """Release everything ``p`` holds and make it a zombie with ``status``; never returns."""
    u = p.u
    u.signal = [1] * NSIG
    fio.close_all(k, p)
    if u.cdir is not None:
        k.fsys.inodes.iput(u.cdir)
        u.cdir = None
    text.xfree(k, p)
    k.release_image(p)
    p.stat, p.xstat = SZOMB, status
    p.xtimes = (u.utime + u.cutime, u.stime + u.cstime)
    p.sig, p.kgen = 0, None
    if k.bus:
        k.bus.publish(Exit(k.m.clock.ns, p.pid, status))
    for child in list(k.procs):
        if child is not None and child.ppid == p.pid and child is not p:
            if child.flag & SEMBRYO:
                k.abandon(child)      # an embryo its creator never started goes with it
            else:
                _orphan(k, child)
    parent = k.proc_by_pid(p.ppid)
    if parent is None or parent.pid == 0 or not sched.alive(parent):
        _orphan(k, p)
    else:
        sched.wakeup(k, parent)
    raise Exited


def _orphan(k: Kernel, p: Proc) -> None:
    """Give ``p`` to init, or free it if it is a zombie nobody can wait for."""
    init = k.procs[1]
    if sched.alive(init) and init is not p:
        p.ppid = 1
        if p.stat == SZOMB:
            sched.wakeup(k, init)
    elif p.stat == SZOMB:
        k.free_slot(p)
    else:
        p.ppid = 1


def sys_wait(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """wait(): the pid and status of a child that exited, waiting for one if need be."""
    while True:
        children = [q for q in k.procs if q is not None and q.ppid == p.pid and q is not p]
        if not children:
            raise SysError(ECHILD)
        for q in children:
            if q.stat == SZOMB:
                regs = k.m.regs
                regs[0], regs[1] = q.pid, q.xstat
                p.u.cutime += q.xtimes[0]
                p.u.cstime += q.xtimes[1]
                k.free_slot(q)
                return
        yield from sched.sleep(k, p, PWAIT)


def _tsize(p: Proc) -> int:
    return p.textp.size if p.textp is not None else 0


def sys_break(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """break(addr): move the end of the data segment (V6 sbreak).  A data segment
    shared with another process (rfork's RFMEM, a vfork child's borrowed one) cannot
    move: ENOMEM."""
    n = ((args[0] + 63) >> 6) & 0o1777
    n = max(0, n - ureg.nseg(_tsize(p)) * ureg.SEGMENT_CLICKS)
    layout = ureg.estabur(_tsize(p), n, p.stack.size)
    if n != p.data.size:
        if p.data.count > 1 or not (yield from swap.resize(k, p, p.data, n)):
            raise SysError(ENOMEM)
    p.u.layout = layout
    k.image_moved(p)


def _growth(p: Proc, sp: int) -> tuple[int, ureg.Layout | None]:
    """The stack's size (clicks) once grown to cover ``sp``, and its layout then
    (0 and None: it covers it already, or cannot grow so far, or is not its own)."""
    ns = p.stack.size
    if sp >= TOP - ns * 64 or p.stack.count > 1:
        return 0, None
    new = (TOP - sp) // 64 + SINCR
    try:
        return new, ureg.estabur(_tsize(p), p.data.size, new)
    except SysError:
        return 0, None


def _grown(k: Kernel, p: Proc, layout: ureg.Layout) -> None:
    p.u.layout = layout
    k.image_moved(p)


def grow(k: Kernel, p: Proc, sp: int):  # noqa: ANN201 - a generator
    """Grow the stack to cover ``sp`` and SINCR clicks more; whether it did (V6 grow)."""
    new, layout = _growth(p, sp)
    if not new or not (yield from swap.resize(k, p, p.stack, new)):
        return False
    _grown(k, p, layout)
    return True


def grow_now(k: Kernel, p: Proc, sp: int) -> bool:
    """``grow`` for the signal path, which cannot wait: False if core is short."""
    new, layout = _growth(p, sp)
    if not new or not swap.resize_now(k, p, p.stack, new):
        return False
    _grown(k, p, layout)
    return True
