"""V6: sched(), expand() of ken/slp.c and xswap() of ken/text.c — moving images between core and swap.

Process 0 is the swapper (``swapper``, V6's sched()): a kernel process
that loops for ever.  It picks the runnable process that has been swapped
out longest; if core for it (and for its text, if that is not in core)
can be had, it reads it in.  If not, it swaps out an "easy" process —
one in core waiting at an interruptible priority — or, when the one
waiting outside has been out three seconds or more, the process in core
the longest (at least two seconds).  Otherwise it sleeps until something
changes: ``RUNOUT`` (nothing to bring in) or ``RUNIN`` (nothing to throw
out yet; the clock wakes it each second).

- ``xswap(k, p)`` writes ``p``'s image to the swap area and frees its core
  (False when the swap area is full).
- ``expand(k, p, newsize)``, for break, stack growth and exec: the image
  becomes ``newsize`` clicks, its old contents at its start.  Growing takes
  a new area of core and copies into it; if there is no such area, the
  process is swapped out to be brought back in at its new size, and waits
  for that (it is a generator).  ``expand_now`` is the same without the
  waiting: False if core is short.

Every transfer goes through ``Kernel.swap_io`` (the buffer cache's raw
path, costing the disk's simulated time) and every copy in core through the
machine's invalidating write path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.kernel import sched, text
from v6.kernel.events import Swap
from v6.kernel.proc import SLOAD, SLOCK, SRUN, SSLEEP, SSTOP, SSWAP, SSYS, SWAIT, Proc
from v6.param import CLICK, PSWP

if TYPE_CHECKING:
    from v6.kernel.main import Kernel

RUNOUT = "runout"
"""The swapper waits here for a process to bring in."""
RUNIN = "runin"
"""The swapper waits here for processes in core to age (woken every second)."""


def swapper(k: Kernel):  # noqa: ANN201 - the generator that is process 0
    """Process 0: bring processes in, throw others out to make room (V6 sched)."""
    while True:
        p = _longest_out(k)
        if p is None:
            k.runout = True
            yield from sched.sleep(k, RUNOUT, PSWP)
            continue
        if swapin(k, p):
            continue
        victim = _easy(k) or (_oldest_in(k) if p.time >= 3 else None)
        if victim is not None and xswap(k, victim):
            continue
        k.runin = True
        yield from sched.sleep(k, RUNIN, PSWP)


def _longest_out(k: Kernel) -> Proc | None:
    best = None
    for p in k.procs:
        if p is not None and p.stat == SRUN and not p.flag & SLOAD and (
                best is None or p.time > best.time):
            best = p
    return best


def _swappable(p: Proc | None) -> bool:
    return p is not None and p.flag & (SSYS | SLOCK | SLOAD) == SLOAD


def _easy(k: Kernel) -> Proc | None:
    """A process in core waiting at an interruptible priority (or stopped)."""
    return next((p for p in k.procs if _swappable(p) and p.stat in (SWAIT, SSTOP)), None)


def _oldest_in(k: Kernel) -> Proc | None:
    """The process longest in core, if it has been there two seconds."""
    best = None
    for p in k.procs:
        if _swappable(p) and p.stat in (SRUN, SSLEEP) and (best is None or p.time > best.time):
            best = p
    return best if best is not None and best.time >= 2 else None


def swapin(k: Kernel, p: Proc) -> bool:
    """Bring ``p`` (and its text if need be) into core; False if core is short."""
    x = p.textp
    need_text = x is not None and x.caddr is None
    a = k.coremap.malloc(p.size + (x.size if need_text else 0))
    if a is None:
        return False
    if need_text:
        k.m.load(a * CLICK, k.swap_io(x.daddr, x.size * CLICK, write=False))
        x.caddr = a
        a += x.size
    if x is not None:
        x.ccount += 1
    k.m.load(a * CLICK, k.swap_io(p.addr, p.size * CLICK, write=False))
    k.swapmap.mfree(text.swap_blocks(p.size), p.addr)
    p.addr = a
    p.flag = (p.flag | SLOAD) & ~SSWAP
    p.time = 0
    k.image_moved(p)
    if k.bus:
        k.bus.publish(Swap(k.m.clock.ns, p.pid, False, p.size))
    return True


def xswap(k: Kernel, p: Proc, oldsize: int | None = None) -> bool:
    """Write ``p``'s image (its first ``oldsize`` clicks) to swap and free its core."""
    used = p.size if oldsize is None else oldsize
    a = k.swapmap.malloc(text.swap_blocks(p.size))
    if a is None:
        return False
    if k.live is p:
        k.save_live()
    text.xccdec(k, p.textp)
    k.swap_io(a, k.m.read_bytes(p.addr * CLICK, used * CLICK), write=True)
    k.coremap.mfree(used, p.addr)
    p.addr = a
    p.flag &= ~SLOAD
    p.time = 0
    k.image_moved(p)
    if k.bus:
        k.bus.publish(Swap(k.m.clock.ns, p.pid, True, p.size))
    if k.runout:
        k.runout = False
        sched.wakeup(k, RUNOUT)
    return True


def expand_now(k: Kernel, p: Proc, newsize: int) -> bool:
    """Resize ``p``'s image in core, keeping its contents; False if core is short."""
    old = p.size
    if newsize <= old:
        if newsize < old:
            k.coremap.mfree(old - newsize, p.addr + newsize)
        p.size = newsize
        return True
    a = k.coremap.malloc(newsize)
    if a is None:
        return False
    k.copy_clicks(a, p.addr, old)
    k.coremap.mfree(old, p.addr)
    p.addr, p.size = a, newsize
    k.image_moved(p)
    return True


def expand(k: Kernel, p: Proc, newsize: int):  # noqa: ANN201 - a generator
    """Resize ``p``'s image, swapping it out and waiting if core is short (V6 expand)."""
    if expand_now(k, p, newsize):
        return True
    old, p.size = p.size, newsize
    if not xswap(k, p, old):
        p.size = old
        return False
    p.flag |= SSWAP
    while not p.flag & SLOAD:
        yield
    return True
