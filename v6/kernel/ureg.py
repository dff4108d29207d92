"""V6: estabur() and sureg() of ken/main.c — a process image in the KT11's user page registers.

The 64 KB user address space is eight segments of 8 KB (128 clicks).  A
process with ``nt`` clicks of pure text, ``nd`` of data and ``ns`` of stack
is laid out as V6 laid it out on an 11/40:

- text from address 0, read-only, in ``nseg(nt)`` segments;
- data from the first segment after the text (address 0 when there is no
  separate text: a 0407 image's text is part of its data), read/write;
- stack at the top of the address space, growing down: its segments count
  down from segment 7 and expand downwards (the KT11's ED bit), so the
  lowest valid click of the lowest one is exactly the stack's bottom.

Each segment's length field covers exactly the clicks in use, so a
reference past the data or below the stack aborts in the MMU.

``estabur(nt, nd, ns)`` checks that such an image fits (ENOMEM if it needs
more than eight segments or more than MAXMEM clicks) and returns its
``Layout``: per segment, which part of the image it maps (text, data or
stack), the click offset into that part, and the PDR.  ``sureg(layout,
text, data, stack)`` turns that into the PAR and PDR values for the three
parts at those clicks of core.
"""

from __future__ import annotations

from dataclasses import dataclass

from v6.errno import ENOMEM
from v6.kernel.errors import SysError
from v6.param import MAXMEM

SEGMENT_CLICKS = 128
"""Clicks in one KT11 segment (8 KB)."""
RO, RW, ED = 0o2, 0o6, 0o10
"""PDR access fields (read-only, read/write) and the expand-downwards bit."""
NONE, TEXT, DATA, STACK = 0, 1, 2, 3
"""What a segment maps: nothing, the text, the data, the stack."""


def nseg(clicks: int) -> int:
    """Segments needed to hold ``clicks`` clicks."""
    return -(-clicks // SEGMENT_CLICKS)


@dataclass(frozen=True)
class Layout:
    """The prototype page registers of one image shape (V6 u_uisa/u_uisd)."""

    kind: tuple[int, ...]
    """Per segment: NONE, TEXT, DATA or STACK."""
    offset: tuple[int, ...]
    """Per segment: the click its first address maps to, relative to the start
    of the part it maps (negative for a partly used stack segment)."""
    pdr: tuple[int, ...]
    """Per segment: the PDR value."""


def estabur(nt: int, nd: int, ns: int) -> Layout:
    """The layout of ``nt`` text, ``nd`` data and ``ns`` stack clicks (ENOMEM if none fits)."""
    if nseg(nt) + nseg(nd) + nseg(ns) > 8 or nd + ns > MAXMEM:
        raise SysError(ENOMEM)
    kind, offset, pdr = [NONE] * 8, [0] * 8, [0] * 8
    for i in range(nseg(nt)):
        n = min(SEGMENT_CLICKS, nt - i * SEGMENT_CLICKS)
        kind[i], offset[i], pdr[i] = TEXT, i * SEGMENT_CLICKS, (n - 1) << 8 | RO
    first = nseg(nt)
    for i in range(nseg(nd)):
        n = min(SEGMENT_CLICKS, nd - i * SEGMENT_CLICKS)
        s = first + i
        kind[s], offset[s], pdr[s] = DATA, i * SEGMENT_CLICKS, (n - 1) << 8 | RW
    for i in range(nseg(ns)):
        s = 7 - i
        n = min(SEGMENT_CLICKS, ns - i * SEGMENT_CLICKS)
        # Click c of segment s is click ns - 1024 + 128*s + c of the stack.
        kind[s] = STACK
        offset[s] = ns - 8 * SEGMENT_CLICKS + s * SEGMENT_CLICKS
        pdr[s] = (SEGMENT_CLICKS - n) << 8 | ED | RW
    return Layout(tuple(kind), tuple(offset), tuple(pdr))


def sureg(layout: Layout, text: int, data: int, stack: int) -> tuple[list[int], list[int]]:
    """PAR and PDR values for ``layout`` with the text, data and stack at those clicks."""
    base = (0, text, data, stack)
    par = [(base[k] + off) & 0o7777 if k else 0 for k, off in zip(layout.kind, layout.offset, strict=True)]
    return par, list(layout.pdr)
