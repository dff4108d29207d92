"""New: the KT11-D memory management unit of the PDP-11/40.

Owns the MMU's registers — for each of the two modes (kernel 0, user 1) eight
page address registers (PAR: base in 64-byte units, 12 bits) and eight page
description registers (PDR: page length field in bits 14-8, expansion
direction in bit 3, access control in bits 2-1: 00 and 10 non-resident, 01
read-only, 11 read/write), and the status registers MMR0 (abort flags in bits
15-13, mode in bits 6-5, page number in bits 3-1, enable in bit 0) and MMR2
(the virtual PC of the aborted instruction).

Translation is exact to the 64-byte block, the unit in which a PDR's length is
counted, so the machine precomputes it: ``tables(mode)`` gives two lists of
1,024 entries, one per 64-byte block of the 64 KB virtual space, for reading
and for writing.  An entry is the offset to add to a virtual address to get a
physical one, or None where the access does not go straight to RAM — not
mapped, not permitted, outside core, or the I/O page.  The engines take the
None entries to ``translate``, which says exactly why (``Abort``) or where
(a physical address in the I/O page or beyond core).

With the MMU off (MMR0 bit 0 clear) the 16-bit address is the physical one,
and the top 8 KB (0160000-0177777) is the I/O page (0760000-0777777).
"""

from __future__ import annotations

from dataclasses import dataclass

IOPAGE = 0o760000
"""Physical address of the I/O page, the top 8 KB of the 18-bit space."""

KERNEL, USER = 0, 1
"""MMU register sets, indexed by ``mode_index(psw mode bits)``."""

NBLOCKS = 1024
"""64-byte blocks in the 64 KB virtual address space."""

ACF_READ = (False, True, False, True)
"""Whether access-control field 0-3 lets a page be read."""


@dataclass
class Abort(Exception):
    """An MMU abort: the reason bit for MMR0 and the page that caused it."""

    mmr0_bits: int
    page: int


NONRES, LENGTH, READONLY = 0o100000, 0o040000, 0o020000
"""MMR0 abort flags: non-resident, page length, read-only."""


def mode_index(mode_bits: int) -> int:
    """The register set for a PSW mode field: 0 kernel, anything else user.

    The 11/40 has only kernel and user modes; it treats the other two codes
    of the mode field as user.
    """
    return KERNEL if mode_bits == 0 else USER


class KT11:
    """The KT11-D registers and the translation they define."""

    def __init__(self, ramsize: int) -> None:
        self.ramsize = ramsize
        """Bytes of RAM; physical addresses at or above it do not answer."""
        self.par = [[0] * 8, [0] * 8]
        """Page address registers, [mode][segment]."""
        self.pdr = [[0] * 8, [0] * 8]
        """Page description registers, [mode][segment]."""
        self.mmr0 = 0
        """Status register 0 (0177572)."""
        self.mmr2 = 0
        """Status register 2 (0177576): virtual PC of the aborted instruction."""

    @property
    def enabled(self) -> bool:
        """Whether relocation is on (MMR0 bit 0)."""
        return bool(self.mmr0 & 1)

    def reset(self) -> None:
        """The RESET instruction and power-up: relocation off, status clear."""
        self.mmr0 = 0

    def translate(self, va: int, mode: int, write: bool) -> int:
        """The physical address of ``va``, or raise ``Abort``."""
        if not self.enabled:
            return va + (IOPAGE - 0o160000) if va >= 0o160000 else va
        seg, block = va >> 13, (va >> 6) & 0o177
        pdr = self.pdr[mode][seg]
        acf = (pdr >> 1) & 3
        if not ACF_READ[acf]:
            raise Abort(NONRES, seg)
        length = (pdr >> 8) & 0o177
        if (block < length) if pdr & 0o10 else (block > length):
            raise Abort(LENGTH, seg)
        if write and acf != 3:
            raise Abort(READONLY, seg)
        return ((self.par[mode][seg] & 0o7777) << 6) + (va & 0o17777)

    def record_abort(self, abort: Abort, mode: int, pc: int) -> None:
        """Freeze MMR0 and MMR2 on an abort, as the KT11 does.

        The flags, mode and page of the first abort stay until software
        clears MMR0's flags, so a second abort does not overwrite them.
        """
        if self.mmr0 & 0o160000:
            return
        mode_bits = 0 if mode == KERNEL else 3
        self.mmr0 = (self.mmr0 & 1) | abort.mmr0_bits | (mode_bits << 5) | (abort.page << 1)
        self.mmr2 = pc

    def tables(self, mode: int) -> tuple[list[int | None], list[int | None]]:
        """Read and write tables for ``mode`` (see the module docstring)."""
        read: list[int | None] = [None] * NBLOCKS
        write: list[int | None] = [None] * NBLOCKS
        if not self.enabled:
            for b in range(min(0o160000, self.ramsize) >> 6):
                read[b] = write[b] = 0
            return read, write
        for seg in range(8):
            pdr = self.pdr[mode][seg]
            acf = (pdr >> 1) & 3
            if not ACF_READ[acf]:
                continue
            base = (self.par[mode][seg] & 0o7777) << 6
            length = (pdr >> 8) & 0o177
            blocks = range(length, 128) if pdr & 0o10 else range(length + 1)
            for block in blocks:
                if base + (block + 1) * 64 > self.ramsize:
                    break
                b = seg * 128 + block
                read[b] = base - (seg << 13)
                if acf == 3:
                    write[b] = read[b]
        return read, write
