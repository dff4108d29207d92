"""New: the exceptions by which an instruction leaves an execution engine.

Inside the engines (``interp``, ``translate``) and the machine's own
instructions, a trap or a change that the engines must not run past is an
exception; ``Machine.run`` catches it and does what the machine does.  Only
the engines and the machine raise and catch these — to everyone else, a
trap is a ``Stop`` that ``run`` returns.
"""

from __future__ import annotations

from v6.pdp11 import mmu


class Trap(Exception):
    """Raised inside an instruction: trap through ``vector``."""

    def __init__(self, vector: int, addr: int | None = None, at_fetch: bool = False) -> None:
        super().__init__(vector)
        self.vector, self.addr, self.at_fetch = vector, addr, at_fetch
        self.abort: tuple[mmu.Abort, int] | None = None
        """For an MMU abort: the abort and the mode, recorded in MMR0 when taken."""


class Redispatch(Exception):
    """The instruction is complete, but what follows must be re-decided
    (the PSW or MMU changed under the engine, or code was overwritten)."""
