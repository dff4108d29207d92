"""V6: ken/slp.c — sleep and wakeup, priorities, the choice of the next process, the loop.

How a process runs (DESIGN.md, "How the kernel runs a process").  Each
process's kernel half is a Python generator, its kernel stack (``p.kgen``):
a system call that may have to wait is a generator function, and
``yield from sleep(k, chan, pri)`` is where it waits.  The whole system is
one loop (``run``): pick the most urgent runnable process in core
(``pick``, V6's swtch), make it current (its registers and KT11 page
registers into the machine), then either resume its kernel half or, if it
is in user mode, run its machine code until a trap or a clock tick, and
serve that.  No threads: the order of everything depends only on the
inputs and simulated time.

- ``sleep(k, chan, pri)``: wait until ``wakeup(k, chan)``.  At ``pri >=
  PZERO`` a pending signal ends the sleep (``Interrupted``: the call
  returns EINTR), before or after it; below PZERO nothing does.
- ``setrun(k, p)``: make ``p`` runnable; if it is more urgent than the
  running process, ask for a switch (``k.runrun``); if it is swapped out,
  wake the swapper.
- ``setpri(k, p)``: the user priority from recent CPU use and nice
  (PUSER + p_cpu/16 + nice, at most 127).
- ``pick(k)``: the runnable, loaded process of lowest priority number,
  searched round robin from the one after the last chosen (so equals take
  turns).
- ``run(k, ...)``: the loop.  It returns when every process has exited, when
  nothing can run until input arrives (``Idle``), or when ``until()`` says.

Deviation from V6: kernel code is never preempted and the disk is
synchronous (a transfer costs its simulated time at once), so the file
system never sleeps inside a call; the places where V6 slept for a buffer
or an inode lock do not wait here.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from types import GeneratorType
from typing import TYPE_CHECKING

from v6.kernel import clock, sig, trap
from v6.kernel.creation import account
from v6.kernel.errors import Exited, Interrupted
from v6.kernel.events import Switch
from v6.kernel.proc import SLOAD, SRUN, SSLEEP, SWAIT, SZOMB, Proc
from v6.param import PUSER, PZERO, SWITCH_NS
from v6.pdp11 import traps
from v6.pdp11.machine import Reason

if TYPE_CHECKING:
    from v6.kernel.main import Kernel

USER_BUDGET = 1_000_000
"""Instructions a process may run before the loop looks again (a clock tick
comes long before: about 8,000 instructions of 1/60 s)."""

LBOLT = "lbolt"
"""Wait channel woken every four seconds (V6's lightning bolt)."""


class Outcome(enum.Enum):
    """Why ``run`` returned."""

    DONE = "done"
    """No process is left but the swapper."""
    IDLE = "idle"
    """Nothing can run, and no clock event will change that: only input can."""
    QUIET = "quiet"
    """Nothing can run now, and ``quiet()`` said to stop there rather than let
    time pass (a transcript types its next line at such a moment)."""
    STOPPED = "stopped"
    """``until()`` said so."""


def sleep(k: Kernel, chan: object, pri: int):  # noqa: ANN201 - a generator
    """Wait on ``chan`` until woken; interruptible by signals at ``pri >= PZERO``."""
    p = k.curproc
    if pri >= PZERO and sig.issig(k, p):
        raise Interrupted
    p.wchan, p.pri = chan, pri
    p.stat = SWAIT if pri >= PZERO else SSLEEP
    k.sleepq.setdefault(chan, []).append(p)
    yield
    if pri >= PZERO and sig.issig(k, p):
        raise Interrupted


def finish(result: object):  # noqa: ANN201 - a generator
    """The value of ``result``, waiting for it first if it is a generator.

    Drivers answer either at once or by waiting: ``yield from finish(drv.read(...))``
    serves both."""
    if isinstance(result, GeneratorType):
        return (yield from result)
    return result


def wakeup(k: Kernel, chan: object) -> None:
    """Make every process sleeping on ``chan`` runnable."""
    sleepers = k.sleepq.pop(chan, None)
    if sleepers:
        for p in sleepers:
            if p.wchan == chan and p.stat in (SSLEEP, SWAIT):
                setrun(k, p)


def unsleep(k: Kernel, p: Proc) -> None:
    """Take ``p`` off the queue of the channel it sleeps on."""
    queue = k.sleepq.get(p.wchan)
    if queue and p in queue:
        queue.remove(p)
        if not queue:
            del k.sleepq[p.wchan]


def setrun(k: Kernel, p: Proc) -> None:
    """Make ``p`` runnable (V6 setrun)."""
    if p.wchan is not None:
        unsleep(k, p)
    p.wchan = None
    p.stat = SRUN
    if p.pri < k.curpri:
        k.runrun = True
    if k.runout and not p.flag & SLOAD:
        k.runout = False
        wakeup(k, k.RUNOUT)


def setpri(k: Kernel, p: Proc) -> None:
    """Recompute the user priority of ``p`` from its recent CPU use (V6 setpri)."""
    pri = min(127, PUSER + p.cpu // 16 + p.nice)
    if pri > k.curpri:
        k.runrun = True
    p.pri = pri


def pick(k: Kernel) -> Proc | None:
    """The runnable process in core with the lowest priority number (V6 swtch's search)."""
    procs = k.procs
    n = len(procs)
    best, best_pri, start = None, 128, k.last_slot
    for i in range(1, n + 1):
        p = procs[(start + i) % n]
        if p is not None and p.stat == SRUN and p.flag & SLOAD and p.pri < best_pri:
            best, best_pri, k.last_slot = p, p.pri, (start + i) % n
    return best


def switch_to(k: Kernel, p: Proc) -> None:
    """Make ``p`` the current process: its registers and page registers into the machine."""
    old = k.curproc
    if old is not p:
        k.charge(SWITCH_NS)
        if k.bus:
            k.bus.publish(Switch(k.m.clock.ns, old.pid if old else -1, p.pid))
    k.curproc, k.curpri = p, p.pri
    if p.u.layout is not None:
        k.load_user(p)


def resume(k: Kernel, p: Proc) -> None:
    """Run the kernel half of ``p`` until it waits again or finishes."""
    try:
        p.kgen.send(None)
    except StopIteration:
        p.kgen = None
    except Exited:
        p.kgen = None


def run(k: Kernel, until: Callable[[], bool] | None = None,
        quiet: Callable[[], bool] | None = None) -> Outcome:
    """The loop: run processes until none is left, nothing can happen, ``until()``
    says so, or nothing can run and ``quiet()`` says to stop there."""
    while True:
        if until is not None and until():
            return Outcome.STOPPED
        outcome = turn(k, quiet)
        if outcome is not None:
            return outcome


def turn(k: Kernel, quiet: Callable[[], bool] | None = None,
         budget: int = USER_BUDGET) -> Outcome | None:
    """One turn of the loop: the chosen process runs its kernel half, or at most
    ``budget`` instructions of its machine code (1: a single step); None, or why
    nothing could run."""
    clock.catch_up(k)
    p = k.curproc
    if p is None or k.runrun or p.stat != SRUN or not p.flag & SLOAD:
        k.runrun = False
        p = pick(k)
        if p is None:
            if not k.user_procs():
                return Outcome.DONE
            if quiet is not None and quiet():
                return Outcome.QUIET
            return None if clock.idle(k) else Outcome.IDLE
        switch_to(k, p)
    if p.kgen is not None:
        resume(k, p)
    else:
        run_user(k, p, budget)
    return None


def run_user(k: Kernel, p: Proc, budget: int = USER_BUDGET) -> None:
    """Run ``p``'s machine code until it traps, the clock ticks or ``budget``
    instructions are done, and serve that."""
    if p.creation is not None:
        account.first_run(k, p)
    stop = k.m.run(budget)
    reason = stop.reason
    try:
        if reason is Reason.CLOCK:
            clock.tick(k, user=True)
        elif reason is Reason.TRAP and stop.vector == traps.TRAP:
            trap.syscall(k, p, stop.pc)
        elif reason is not Reason.BUDGET:
            trap.fault(k, p, stop)
    except Exited:
        p.kgen = None


def is_asleep(p: Proc) -> bool:
    """``p`` waits on a channel."""
    return p.stat in (SSLEEP, SWAIT)


def alive(p: Proc | None) -> bool:
    """``p`` is a process that has not exited."""
    return p is not None and p.stat not in (0, SZOMB)
