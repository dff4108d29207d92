"""New: how much simulated time each instruction takes.

The model has the shape of the PDP-11/40 processor handbook's instruction
timing appendix: an instruction's time is its basic time (the ``time`` column
of ``isa.TABLE``: a register-to-register double-operand instruction 0.99 us,
a branch 1.4 us, MUL 8.8 us, DIV 11.3 us, a trap 5.7 us) plus, for each
general operand, the time its addressing mode takes to reach memory (below).
Modes that only compute an address (JMP, JSR) take the address time without
the data transfer.  The three JMP figures the handbook gives — 1.80, 2.10 and
2.30 us for modes 1, 2 and 3 — come out exactly; the rest are the same kind
of figure to within the handbook's stated +-20 % spread, and byte operands at
odd addresses are not charged extra.  The figures are for MOS memory with the
KT11 on; what matters for the system is that the costs are PDP-11-like and
exactly reproducible, since everything in v6 runs on simulated time.

Times are integer nanoseconds.
"""

from __future__ import annotations

from v6.pdp11 import isa

SOURCE_NS = (0, 780, 840, 1740, 840, 1740, 1460, 2360)
"""Time to fetch an operand by addressing mode 0-7."""

DEST_WRITE_NS = 300
"""Extra time to write a memory destination back (modify and write instructions)."""

ADDRESS_NS = (0, 600, 900, 1100, 900, 1100, 1400, 2300)
"""Time to compute an address only (JMP, JSR, MFPI, MTPI) by mode 1-7."""

TRAP_NS = 5700
"""The trap sequence (two vector reads, two pushes) of a trap that no
instruction's time includes: a fault (odd address, bus error, MMU abort, an
illegal JMP), the trace trap, an interrupt.  The machine charges it when it
takes such a trap through its vector; hosted, it stops there instead and
charges nothing.  The trap instructions (BPT, IOT, EMT, TRAP: 5.7 us in the
table) and ``RESERVED_NS`` include their sequence, which is not charged
again — one ``sys`` costs the same on bare metal and hosted."""

RESERVED_NS = 5700
"""A word that is no instruction: the reserved-instruction trap, its sequence included."""


def cost(row: isa.Instr | None, word: int) -> int:
    """Simulated nanoseconds for one execution of ``word``."""
    if row is None or not row.cpu:
        return RESERVED_NS
    t = row.time
    if row.src:
        t += SOURCE_NS[(word >> 9) & 7] if row.fmt == "ss,dd" else SOURCE_NS[(word >> 3) & 7]
    if row.dst:
        mode = (word >> 3) & 7
        if row.dst == "a":
            t += ADDRESS_NS[mode]
        else:
            t += SOURCE_NS[mode]
            if row.dst in ("m", "w") and mode:
                t += DEST_WRITE_NS
    return t


MAX_NS = max(RESERVED_NS, max(row.time for row in isa.TABLE) + 2 * max(SOURCE_NS) + DEST_WRITE_NS)
"""No instruction takes longer (a bound, not a figure of any one instruction):
the interpreter runs this many fewer time checks because of it."""
