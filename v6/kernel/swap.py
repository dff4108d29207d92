"""V6: sched() and expand() of ken/slp.c and xswap() of ken/text.c — images between core and swap.

Process 0 is the swapper (``swapper``, V6's sched()): a kernel process
that loops for ever.  It picks the runnable process that has been swapped
out longest; if core for it (and for its text, if that is not in core)
can be had, it reads it in.  If not, it swaps out an "easy" process —
one in core waiting at an interruptible priority — or, when the one
waiting outside has been out three seconds or more, the process in core
the longest (at least two seconds).  Otherwise it sleeps until something
changes: ``RUNOUT`` (nothing to bring in) or ``RUNIN`` (nothing to throw
out yet; the clock wakes it each second).  A process that shares a segment
with another (vfork, rfork's RFMEM) is never swapped out.

- ``xswap(k, p)`` writes ``p``'s data and stack to the swap area and frees
  their core (False when the swap area is full).
- ``resize(k, p, segment, newsize)``, for break (the data) and the stack's
  growth (the stack, which grows downwards: its old contents stay at its
  top): the segment becomes ``newsize`` clicks, new clicks zero.  Growing
  takes a new area of core and copies into it; if there is none, the
  process is swapped out, the segment is resized in the swap area, and the
  process waits for the swapper to bring it back (it is a generator).
  ``resize_now`` is the same without the waiting: False if core is short.
- ``place(k, p, data, stack)`` gives a process (with no image) a new one
  holding these bytes: in core if there is room, else straight into the
  swap area, the swapper then bringing it in.

Every transfer goes through ``Kernel.swap_io`` (the buffer cache's raw
path, costing the disk's simulated time) and every copy in core through the
machine's invalidating write path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.kernel import sched, text
from v6.kernel.events import Swap
from v6.kernel.proc import SLOAD, SLOCK, SRUN, SSLEEP, SSTOP, SSWAP, SSYS, SWAIT, Proc, Segment
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
    return p is not None and p.flag & (SSYS | SLOCK | SLOAD) == SLOAD and not p.shares


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


def core(k: Kernel, sizes: list[int]) -> list[int] | None:
    """Core for each of ``sizes`` (clicks), all or none."""
    got: list[tuple[int, int]] = []
    for size in sizes:
        a = k.coremap.malloc(size) if size else 0
        if a is None:
            for n, b in got:
                k.coremap.mfree(n, b)
            return None
        got.append((size, a))
    return [a for _, a in got]


def swapin(k: Kernel, p: Proc) -> bool:
    """Bring ``p`` (and its text if need be) into core; False if core is short."""
    x = p.textp
    need_text = x is not None and x.caddr is None
    segs = [p.data, p.stack]
    where = core(k, [x.size if need_text else 0, *(s.size for s in segs)])
    if where is None:
        return False
    if need_text:
        k.m.load(where[0] * CLICK, k.swap_io(x.daddr, x.size * CLICK, write=False))
        x.caddr = where[0]
    if x is not None:
        x.ccount += 1
    for seg, a in zip(segs, where[1:], strict=True):
        if seg.size:
            k.m.load(a * CLICK, k.swap_io(seg.addr, seg.size * CLICK, write=False))
            k.swapmap.mfree(text.swap_blocks(seg.size), seg.addr)
        seg.addr = a
    p.flag = (p.flag | SLOAD) & ~SSWAP
    p.time = 0
    k.image_moved(p)
    if k.bus:
        k.bus.publish(Swap(k.m.clock.ns, p.pid, False, p.size))
    return True


def swap_space(k: Kernel, sizes: list[int]) -> list[int] | None:
    """Swap blocks for each of ``sizes`` (clicks), all or none."""
    got: list[tuple[int, int]] = []
    for size in sizes:
        a = k.swapmap.malloc(text.swap_blocks(size)) if size else 0
        if a is None:
            for n, b in got:
                k.swapmap.mfree(text.swap_blocks(n), b)
            return None
        got.append((size, a))
    return [a for _, a in got]


def xswap(k: Kernel, p: Proc) -> bool:
    """Write ``p``'s data and stack to swap and free their core (V6 xswap)."""
    segs = [p.data, p.stack]
    where = swap_space(k, [s.size for s in segs])
    if where is None:
        return False
    if k.live is p:
        k.save_live()
    text.xccdec(k, p.textp)
    for seg, b in zip(segs, where, strict=True):
        if seg.size:
            k.swap_io(b, k.m.read_bytes(seg.addr * CLICK, seg.size * CLICK), write=True)
            k.coremap.mfree(seg.size, seg.addr)
        seg.addr = b
    p.flag &= ~SLOAD
    p.time = 0
    k.image_moved(p)
    if k.bus:
        k.bus.publish(Swap(k.m.clock.ns, p.pid, True, p.size))
    if k.runout:
        k.runout = False
        sched.wakeup(k, RUNOUT)
    return True


def _grown(old: bytes, newsize: int, at_top: bool) -> bytes:
    """A segment's bytes resized to ``newsize`` clicks: the old at its start (or top)."""
    new = newsize * CLICK
    if len(old) >= new:
        return old[len(old) - new:] if at_top else old[:new]
    zeros = bytes(new - len(old))
    return zeros + old if at_top else old + zeros


def resize_now(k: Kernel, p: Proc, seg: Segment, newsize: int) -> bool:
    """Resize ``seg`` of the loaded ``p`` in core; False if core is short."""
    at_top = seg is p.stack
    a = k.coremap.malloc(newsize) if newsize else 0
    if a is None:
        return False
    old = seg.size
    keep = min(old, newsize)
    dst, src = (a + newsize - keep, seg.addr + old - keep) if at_top else (a, seg.addr)
    k.copy_clicks(dst, src, keep)
    k.clear_clicks(a if at_top else a + keep, newsize - keep)
    if old:
        k.coremap.mfree(old, seg.addr)
    seg.addr, seg.size = a, newsize
    k.image_moved(p)
    return True


def resize(k: Kernel, p: Proc, seg: Segment, newsize: int):  # noqa: ANN201 - a generator
    """Resize ``seg`` of ``p``, swapping ``p`` out and waiting if core is short (V6 expand);
    False if even the swap area is full."""
    if resize_now(k, p, seg, newsize):
        return True
    if not xswap(k, p):
        return False
    old = k.swap_io(seg.addr, seg.size * CLICK, write=False) if seg.size else b""
    b = k.swapmap.malloc(text.swap_blocks(newsize)) if newsize else 0
    if b is None:
        return False
    k.swap_io(b, _grown(old, newsize, seg is p.stack), write=True)
    if seg.size:
        k.swapmap.mfree(text.swap_blocks(seg.size), seg.addr)
    seg.addr, seg.size = b, newsize
    p.flag |= SSWAP
    while not p.flag & SLOAD:
        yield
    return True


def place(k: Kernel, p: Proc, data: bytes, stack: bytes) -> bool:
    """Give ``p`` (no image, and not running) a new image of these bytes, in core or on
    swap; False if there is room in neither."""
    segs = [p.data, p.stack]
    sizes = [-(-len(data) // CLICK), -(-len(stack) // CLICK)]
    where = core(k, sizes) if p.flag & SLOAD else None
    if where is None:
        where = swap_space(k, sizes)
        if where is None:
            return False
        text.xccdec(k, p.textp)
        p.flag &= ~SLOAD
        for b, content, size in zip(where, (data, stack), sizes, strict=True):
            if size:
                k.swap_io(b, content, write=True)
    else:
        for a, content, size in zip(where, (data, stack), sizes, strict=True):
            if size:
                k.m.load(a * CLICK, content.ljust(size * CLICK, b"\0"))
    for seg, a, size in zip(segs, where, sizes, strict=True):
        seg.addr, seg.size, seg.count = a, size, 1
    k.image_moved(p)
    return True
