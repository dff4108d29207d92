"""New: what each process creation cost, published when the child first runs.

A creation is accounted from the first call that creates (fork, vfork,
spawn, rfork, pcreate) to the child's first user instruction: the bytes of
core copied for it, the bytes it shares with others, the private segments
it was given, the swap transfers made meanwhile, the system calls the
parent issued to build it (one, except for cross-process operations), the
simulated time and the host time.  ``begin`` starts the record, ``adopt``
hands it to the child, ``first_run`` (called by the scheduler the first
time the child runs user code) publishes a ``ProcessCreated`` event and
adds it to the model's totals (``Kernel.creations``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from v6.kernel.events import ProcessCreated

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc


@dataclass
class Creation:
    """The cost of one creation, as it accrues."""

    model: str
    ppid: int
    sim_start: int
    host_start: float
    swap_start: int
    bytes_copied: int = 0
    bytes_shared: int = 0
    syscalls: int = 1


@dataclass
class Totals:
    """One model's creations, summed."""

    count: int = 0
    bytes_copied: int = 0
    bytes_shared: int = 0
    segments: int = 0
    swap_transfers: int = 0
    syscalls: int = 0
    sim_ns: int = 0
    host_ns: int = 0


def begin(k: Kernel, parent: Proc, model: str) -> Creation:
    """Start accounting a creation by ``parent`` under ``model``."""
    return Creation(model, parent.pid, k.m.clock.ns, time.perf_counter(), k.swap_transfers)


def adopt(child: Proc, c: Creation) -> None:
    """The creation's cost is ``child``'s, counted until it first runs."""
    child.creation = c


def first_run(k: Kernel, child: Proc) -> None:
    """``child`` is about to run its first user instruction: publish what it cost."""
    c, child.creation = child.creation, None
    segments = sum(1 for s in (child.data, child.stack) if s.size and s.count == 1)
    event = ProcessCreated(k.m.clock.ns, child.pid, c.ppid, c.model, c.bytes_copied,
                           c.bytes_shared, segments, k.swap_transfers - c.swap_start,
                           c.syscalls, k.m.clock.ns - c.sim_start,
                           int((time.perf_counter() - c.host_start) * 1e9))
    t = k.creations.setdefault(c.model, Totals())
    t.count += 1
    t.bytes_copied += event.bytes_copied
    t.bytes_shared += event.bytes_shared
    t.segments += event.segments
    t.swap_transfers += event.swap_transfers
    t.syscalls += event.syscalls
    t.sim_ns += event.sim_ns
    t.host_ns += event.host_ns
    if k.bus:
        k.bus.publish(event)
