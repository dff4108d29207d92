"""V6: ken/malloc.c — the core map and the swap map, first-fit allocators.

A ``Map`` is a list of free extents ``(addr, size)`` kept in address order
and never adjacent (freeing merges neighbours).  ``malloc(size)`` takes the
first extent large enough — the lowest address that fits — and returns its
start, or None; ``mfree(size, addr)`` gives an extent back.  The kernel keeps
two: the core map in clicks (64 bytes) of physical core above the resident
kernel, and the swap map in 512-byte blocks of the swap area.

Freeing a range that overlaps a free extent means the kernel lost track of
its memory: that is an ``AssertionError`` (a bug of ours), never silently
merged.
"""

from __future__ import annotations

from bisect import bisect_left


class Map:
    """Free extents of one resource, allocated first fit."""

    def __init__(self, name: str, addr: int, size: int) -> None:
        self.name = name
        """What the units are of (for messages and the TUI)."""
        self.free: list[tuple[int, int]] = [(addr, size)] if size > 0 else []
        """Free extents ``(addr, size)`` in address order."""
        self.total = size
        """Units managed, free or not."""

    def malloc(self, size: int) -> int | None:
        """Allocate ``size`` units at the lowest address that fits; None if none does."""
        for i, (addr, n) in enumerate(self.free):
            if n >= size:
                if n == size:
                    del self.free[i]
                else:
                    self.free[i] = (addr + size, n - size)
                return addr
        return None

    def mfree(self, size: int, addr: int) -> None:
        """Give back ``size`` units at ``addr``, merging with free neighbours."""
        if size <= 0:
            return
        free = self.free
        i = bisect_left(free, (addr, 0))
        if i > 0:
            assert free[i - 1][0] + free[i - 1][1] <= addr, f"{self.name}: double free at {addr}"
        if i < len(free):
            assert addr + size <= free[i][0], f"{self.name}: double free at {addr}"
        if i > 0 and free[i - 1][0] + free[i - 1][1] == addr:
            i -= 1
            addr, size = free[i][0], free[i][1] + size
            del free[i]
        if i < len(free) and addr + size == free[i][0]:
            size += free[i][1]
            del free[i]
        free.insert(i, (addr, size))

    def available(self) -> int:
        """Free units in all."""
        return sum(n for _, n in self.free)

    def largest(self) -> int:
        """The largest extent that one malloc could have."""
        return max((n for _, n in self.free), default=0)
