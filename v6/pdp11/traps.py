"""New: the trap vectors of the PDP-11/40, and the exceptions by which an
instruction leaves an execution engine.

The vectors are named once, here, for the machine, the engines and whoever
handles a ``Stop`` (the bare runner, the kernel).  Inside the engines
(``interp``, ``translate``) and the machine's own instructions, a trap or a
change that the engines must not run past is an exception; ``Machine.run``
catches it and does what the machine does.  Only the engines and the
machine raise and catch these — to everyone else, a trap is a ``Stop``
that ``run`` returns.
"""

from __future__ import annotations

from v6.pdp11 import mmu

BUS_ERROR = 0o4
"""Odd address, non-existent memory, the I/O page's holes, JMP or JSR to a register."""
RESERVED_INSTRUCTION = 0o10
"""A word that is no 11/40 instruction (the FP11's included), and HALT in user mode."""
BPT = 0o14
"""The BPT instruction, and the trace trap of the T bit."""
IOT = 0o20
"""The IOT instruction."""
POWER_FAIL = 0o24
"""Power failing (never raised here: the machine's power does not fail)."""
EMT = 0o30
"""The EMT instruction."""
TRAP = 0o34
"""The TRAP instruction: V6's system call, ``sys N``."""
CLOCK = 0o100
"""The KW11-L line clock's interrupt."""
MMU_ABORT = 0o250
"""A KT11 abort: not resident, past a page's length, or a store into a read-only page."""


class Trap(Exception):
    """Raised inside an instruction: trap through ``vector``.

    ``undo`` is what the KT11 of bigger PDP-11s keeps in MMR1 and the 11/40
    lacks: the registers the instruction had changed when it trapped, with
    their values before it, so that the machine can back it up and run it
    again from the start (``Machine.backup``).  The engines add to it as the
    trap leaves each step of the instruction that changed a register.
    """

    abort: tuple[mmu.Abort, int] | None = None
    """For an MMU abort: the abort and the mode, recorded in MMR0 when taken."""
    undo: tuple[tuple[int, int], ...] = ()
    """(register, value before the instruction), latest change first."""
    after = False
    """The trap follows a completed instruction (the trace trap): nothing to back up."""
    sequence_charged = False
    """Whether the time of the instruction that raised it includes the trap sequence."""

    def __init__(self, vector: int, addr: int | None = None, at_fetch: bool = False) -> None:
        # BaseException.__new__ has kept the arguments in ``args`` already.
        self.vector, self.addr, self.at_fetch = vector, addr, at_fetch

    @classmethod
    def after_instruction(cls, vector: int) -> Trap:
        """A trap that comes after an instruction completed (trace), not from inside it."""
        trap = cls(vector)
        trap.after = True
        return trap

    def keep(self, reg: int, value: int) -> None:
        """Note that register ``reg`` held ``value`` before the trapping instruction changed it."""
        self.undo = (*self.undo, (reg, value))


class InstructionTrap(Trap):
    """The trap of an instruction that does nothing else: BPT, IOT, EMT, TRAP, and
    a word that is no instruction.  Its time in the table includes the trap
    sequence, so the machine does not charge the sequence again."""

    sequence_charged = True


class Redispatch(Exception):
    """The instruction is complete, but what follows must be re-decided
    (the PSW or MMU changed under the engine, or code was overwritten)."""
