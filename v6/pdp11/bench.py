"""New: the machine's benchmarks — the CPU, the hosted trap, the context switch.

``cpu``: the workload is a V6 assembler program (assembled by our ``as``): a
loop that walks a table with autoincrement, adds, multiplies, compares and
branches, calls a subroutine that reads its argument off the stack by index
and stores a byte PC-relative.  It runs on the bare machine in kernel mode
until its HALT; the instruction count is the same on every run and engine,
and is printed with the rate.

``trap``: what a kernel in Python pays the machine for one system call — a
user loop of ``sys 20`` (getpid) on the hosted machine, each ``run``
returning the TRAP stop to a trivial handler that sets r0 and clears C and
resumes (the line clock's CLOCK stops, one per 1/60 s of simulated time,
are resumed and counted in).  ``switch``: what a context switch costs the machine — save one
process's context, restore another's and load its user PARs and PDRs
(``sureg``), between two processes that share a pure text.

Figures are host-time measurements, so they go here and never into a test:
each benchmark warms up once (the translator's blocks are made then), then
runs ``runs`` more times and reports the median.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from v6.pdp11 import asm, traps
from v6.pdp11.machine import Machine, Reason

LOOPS = 30000
"""Times round the workload's loop."""

WORKLOAD = f"""\
/ The CPU benchmark workload.
	mov	$table,r0
	mov	${LOOPS}.,r4
	clr	r2
loop:
	mov	(r0)+,r1
	add	r1,r2
	mov	r2,r3
	mul	$3,r3
	cmp	r3,$1000
	blt	1f
	sub	$1000,r3
1:
	bit	$1,r3
	beq	1f
	asr	r3
1:
	mov	r3,-(sp)
	jsr	pc,subr
	tst	(sp)+
	cmp	r0,$tabend
	blo	2f
	mov	$table,r0
2:
	sob	r4,loop
	halt

subr:
	mov	2(sp),r5
	inc	r5
	asl	r5
	movb	r5,byte
	rts	pc

.data
table:	1; 10; 17; 26; 35; 44; 53; 62; 71; 100; 107; 116; 125; 134; 143; 152
tabend:
byte:	0
"""


@dataclass(frozen=True)
class Figure:
    """One engine's result."""

    engine: str
    instructions: int
    """Instructions the workload executes (the same on every run)."""
    median: float
    """Instructions per second of host time, the median of the runs."""
    rates: tuple[float, ...]


def _machine(engine: str) -> Machine:
    program = asm.assemble([("bench.s", WORKLOAD)])
    m = Machine(engine=engine)
    m.load(0o1000, program.text + program.data)
    return m


def _once(m: Machine) -> tuple[int, float]:
    """One run from the top.  The code is never written, so the translations
    made by the warm-up stay valid; the program sets every register it reads."""
    m.reset_state()
    m.pc, m.sp = 0o1000, 0o1000
    before = m.icount
    t0 = time.perf_counter()
    stop = m.run(1 << 40)
    elapsed = time.perf_counter() - t0
    if stop.reason is not Reason.HALT:
        raise RuntimeError(f"the benchmark workload stopped with {stop}")
    return m.icount - before, elapsed


def cpu(engine: str, runs: int = 5) -> Figure:
    """Run the workload ``runs`` times (after one warm-up) on ``engine``."""
    m = _machine(engine)
    count, _ = _once(m)
    rates = []
    for _ in range(runs):
        n, elapsed = _once(m)
        if n != count:
            raise RuntimeError(f"the workload ran {n} instructions, not {count}")
        rates.append(n / elapsed)
    return Figure(engine, count, statistics.median(rates), tuple(rates))


@dataclass(frozen=True)
class Cost:
    """The host time one operation takes."""

    what: str
    median: float
    """Microseconds per operation, the median of the runs."""
    runs: tuple[float, ...]


def _median(what: str, once: Callable[[], float], runs: int) -> Cost:
    once()
    times = tuple(once() for _ in range(runs))
    return Cost(what, statistics.median(times), times)


SYSCALLS = 20000
"""System calls per timed run of ``trap``."""


def trap(engine: str, runs: int = 5) -> Cost:
    """Microseconds for one hosted ``sys 20`` round trip: run, TRAP stop, handler, resume."""
    m = Machine(0o40000, hosted=True, engine=engine)
    m.write_word(0o10000, 0o104424)          # sys 20 (getpid)
    m.write_word(0o10002, 0o000776)          # br .-2
    m.set_psw(0o170000)
    m.sureg([0o100, 0, 0, 0, 0, 0, 0, 0], [0o77406, 0, 0, 0, 0, 0, 0, 0])
    regs = m.regs

    def once() -> float:
        calls = 0
        t0 = time.perf_counter()
        while calls < SYSCALLS:
            stop = m.run(1000)
            if stop.reason is Reason.TRAP and stop.vector == traps.TRAP:
                regs[0], regs[11] = 7, 0
                calls += 1
            elif stop.reason is not Reason.CLOCK:  # a tick every 1/60 s of simulated time
                raise RuntimeError(f"the system call loop stopped with {stop}")
        return (time.perf_counter() - t0) / SYSCALLS * 1e6

    return _median(f"hosted sys round trip ({engine})", once, runs)


SWITCHES = 20000
"""Context switches per timed run of ``switch``."""


def switch(runs: int = 5) -> Cost:
    """Microseconds for one context switch: save_context, restore_context, sureg.

    Two processes share a pure text (segment 0) and have their own data
    (segment 1) and stack (segment 7), as two copies of one V6 program do.
    """
    m = Machine(hosted=True)
    m.set_psw(0o170000)
    maps = [([0o100, base, 0, 0, 0, 0, 0, base + 0o200], [0o77402, 0o77406, 0, 0, 0, 0, 0, 0o60016])
            for base in (0o400, 0o1000)]
    contexts = [m.save_context(), m.save_context()]

    def once() -> float:
        t0 = time.perf_counter()
        for i in range(SWITCHES):
            old, new = i & 1, ~i & 1
            contexts[old] = m.save_context()
            m.restore_context(contexts[new])
            m.sureg(*maps[new])
        return (time.perf_counter() - t0) / SWITCHES * 1e6

    return _median("context switch (save, restore, sureg)", once, runs)
