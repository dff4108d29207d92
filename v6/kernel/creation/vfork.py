"""New: vfork (3.0BSD, 1979) — the child borrows its parent's core.

``vfork()`` makes a child that maps its parent's very data and stack (and
text): nothing is copied.  The parent sleeps, at a priority no signal
interrupts, until the child gives the core back by exec (which gives the
child an image of its own) or exit.  Meanwhile whatever the child stores
lands in the parent's memory — which is why a vfork child may only call
exec or ``_exit``.  Returns as fork does (V6's convention: the child at the
word after the trap with r0 = the parent's pid, the parent one word on with
r0 = the child's pid).

While the core is lent, neither process can be swapped out (their segments
are shared) and the child's data and stack cannot grow: break is ENOMEM and
a stack reference below the stack is a segmentation fault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.kernel import sched
from v6.kernel.creation import account, primitives, require
from v6.param import PVFORK

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

NAME = "vfork"


def sys_vfork(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """vfork(): a child on the parent's own core; the parent waits until it is given back."""
    m = k.m
    m.regs[7] = (m.regs[7] + 2) & 0o177777
    require(k, NAME)
    cost = account.begin(k, p, NAME)
    child = primitives.alloc_proc(k, p, NAME)
    child.data = primitives.share_segment(p.data)
    child.stack = primitives.share_segment(p.stack)
    cost.bytes_shared = primitives.share_text(k, p, child) + p.size * 64
    primitives.copy_files(k, p, child)
    primitives.start_as_child(k, p, child)
    child.lender = p
    account.adopt(child, cost)
    primitives.make_runnable(k, child)
    while child.lender is p:
        yield from sched.sleep(k, child, PVFORK)


def give_back(k: Kernel, child: Proc) -> None:
    """A vfork child's borrowed core goes back to its parent (on exec or exit)."""
    if child.lender is not None:
        child.lender = None
        sched.wakeup(k, child)

