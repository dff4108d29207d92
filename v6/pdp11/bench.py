"""New: the CPU benchmark — a fixed workload, timed on each engine.

The workload is a V6 assembler program (assembled by our ``as``): a loop that
walks a table with autoincrement, adds, multiplies, compares and branches,
calls a subroutine that reads its argument off the stack by index and stores
a byte PC-relative.  It runs on the bare machine in kernel mode until its
HALT; the instruction count is the same on every run and engine, and is
printed with the rate.

Rates are host-time measurements, so they go here and never into a test:
``cpu`` runs the workload once to warm up (the translator's blocks are
made then), then ``runs`` more times, and reports the median.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from v6.pdp11 import asm
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
