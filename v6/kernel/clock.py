"""V6: ken/clock.c — the 60 Hz line clock: accounting, time of day, timeouts, priorities.

``tick(k, user)`` is V6's clock interrupt, run once per 1/60 s of simulated
time: charge the tick to the running process (user or system time, its
recent CPU use, its profile), run the timeouts that are due, and once a
second advance the time of day, wake sleepers whose time has come, decay
every process's CPU use and recompute priorities (every fourth second also
asking for a switch, V6's round robin, and waking ``LBOLT``).

The machine stops with reason CLOCK when a tick falls due while user code
runs; ticks that fall due while the kernel works (disk transfers, copies)
are taken by ``catch_up`` before the loop goes on, as the interrupt would
have been taken.  ``timeout(k, fn, arg, ticks)`` calls ``fn(k, arg)`` that
many ticks from now (V6's callout table).

``idle(k)``: nothing can run.  If something is waiting for time to pass
(a sleep, a timeout, the swapper), let the next tick come; otherwise say
so (False), since only input from outside can change anything.  While a
process sleeps on the clock, ``k.pace`` (if set: the host's pacer) may hold
the jump back to the wall clock, or refuse it because input came first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.kernel import sched, trap
from v6.kernel.proc import SRUN
from v6.param import HZ, PUSER, SCHMAG
from v6.pdp11.machine import NS_PER_TICK, UserFault

if TYPE_CHECKING:
    from v6.kernel.main import Kernel

TOUT = "tout"
"""Wait channel of the sleep() system call, woken when the time reaches ``k.tout``."""
RUNIN = "runin"
"""Wait channel of the swapper when it needs processes to age in core."""


def tick(k: Kernel, user: bool) -> None:
    """One clock interrupt; ``user`` when it interrupted user code."""
    p = k.curproc
    if k.callouts:
        _callouts(k)
    if p is not None:
        if user:
            p.u.utime += 1
            if p.u.prof[3]:
                _profile(k, p)
        else:
            p.u.stime += 1
        if p.cpu < 255:
            p.cpu += 1
    k.lbolt += 1
    if k.lbolt >= HZ:
        k.lbolt -= HZ
        _second(k, p, user)


def _second(k: Kernel, p: object, user: bool) -> None:
    """What the clock does once a second."""
    k.time = (k.time + 1) & 0xFFFFFFFF
    if k.time == k.tout:
        sched.wakeup(k, TOUT)
    if k.time & 3 == 0:
        k.runrun = True
        sched.wakeup(k, sched.LBOLT)
    for q in k.procs:
        if q is not None and q.stat:
            if q.time < 127:
                q.time += 1
            q.cpu = q.cpu - SCHMAG if q.cpu > SCHMAG else 0
            if q.pri > PUSER:
                sched.setpri(k, q)
    if k.runin:
        k.runin = False
        sched.wakeup(k, RUNIN)
    if user and p is k.curproc and p.stat == SRUN:
        trap.deliver(k, p)
        sched.setpri(k, p)


def catch_up(k: Kernel) -> None:
    """Take the clock ticks that fell due while the kernel worked."""
    m = k.m
    while m.clock.ns >= m.next_tick:
        m.next_tick += NS_PER_TICK
        tick(k, user=False)


def idle(k: Kernel) -> bool:
    """Nothing is runnable: wait for the next tick if time can change that."""
    if not (k.callouts or any(chan in k.sleepq for chan in (TOUT, RUNIN, sched.LBOLT))):
        return False
    m = k.m
    if k.pace is not None and TOUT in k.sleepq and not k.pace(m.next_tick):
        return True
    m.clock.ns = max(m.clock.ns, m.next_tick)
    k.idle_ticks += 1
    catch_up(k)
    return True


def timeout(k: Kernel, fn: object, arg: object, ticks: int) -> None:
    """Call ``fn(k, arg)`` after ``ticks`` clock ticks (V6 timeout).

    Deviation from V6: no table to overflow (V6 panicked when its NCALL
    entries were full); the only user, the terminal driver, keeps at most
    one timeout pending per line."""
    k.callouts.append([max(ticks, 1), fn, arg])


def _callouts(k: Kernel) -> None:
    due = []
    for entry in k.callouts:
        entry[0] -= 1
        if entry[0] <= 0:
            due.append(entry)
    for entry in due:
        k.callouts.remove(entry)
        entry[1](k, entry[2])


def _profile(k: Kernel, p: object) -> None:
    """profil(): count the tick in the user's histogram (V6 incupc)."""
    buf, size, offset, scale = p.u.prof
    index = (((k.m.regs[7] - offset) & 0xFFFF) * scale) >> 16 & ~1
    if index < size:
        try:
            k.m.suword(buf + index, (k.m.fuword(buf + index) + 1) & 0xFFFF)
        except UserFault:
            p.u.prof = (0, 0, 0, 0)
