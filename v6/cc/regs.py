"""New: the register allocator of one function.

r0-r4 are general registers (r5 is the frame pointer, r6 the stack pointer).
``csv`` saves r2-r4 in every frame, so any of r0-r4 not holding a register
variable may hold a temporary.  r0 and r1 are clobbered by calls; r2-r4
survive them.  Register variables take r4, then r3, then r2, which leaves
the even/odd pair r2:r3 (needed by DIV, ASHC and 32-bit values) free for as
long as possible.

``take`` and ``take_pair`` hand out free temporaries, ``release`` gives
them back; a value's register is held from the instruction that computes it
to the one that uses it.
"""

from __future__ import annotations

from collections.abc import Iterable

TEMPS = (0, 1, 2, 3, 4)
"""Registers a temporary may use, in order of preference."""

VAR_ORDER = (4, 3, 2)
"""Registers given to register variables, in order."""


class Regs:
    """Which registers hold temporaries and which hold register variables."""

    def __init__(self) -> None:
        self.busy: set[int] = set()
        self.vars: set[int] = set()
        self.touched: set[int] = set()
        """Every register the function has used (r2-r4 among them need saving)."""

    def free(self) -> list[int]:
        """Free temporaries in order of preference."""
        return [r for r in TEMPS if r not in self.busy and r not in self.vars]

    def take(self, prefer: int | None = None, avoid: Iterable[int] = ()) -> int | None:
        """A free temporary (``prefer`` if possible), now held; None if there is none."""
        free = self.free()
        if prefer in free:
            r = prefer
        else:
            others = [r for r in free if r not in set(avoid)]
            if not (others or free):
                return None
            r = (others or free)[0]
        self.hold(r)
        return r

    def take_pair(self) -> int | None:
        """The even register of a free even/odd pair, both now held; None if no pair is free."""
        free = self.free()
        for even in (0, 2):
            if even in free and even + 1 in free:
                self.hold(even, even + 1)
                return even
        return None

    def free_pair(self) -> int | None:
        """The even register of a free pair, without taking it."""
        free = self.free()
        return next((e for e in (0, 2) if e in free and e + 1 in free), None)

    def hold(self, *regs: int) -> None:
        """Mark registers as holding temporaries."""
        self.busy.update(regs)
        self.touched.update(regs)

    def release(self, regs: Iterable[int]) -> None:
        """Give temporaries back."""
        self.busy.difference_update(regs)

    def new_var(self) -> int | None:
        """A register for a register variable, or None when r2-r4 are all taken."""
        for r in VAR_ORDER:
            if r not in self.vars:
                self.vars.add(r)
                self.touched.add(r)
                return r
        return None

    def drop_var(self, r: int) -> None:
        """A register variable's block has ended."""
        self.vars.discard(r)
