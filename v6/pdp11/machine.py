"""New: the PDP-11/40 — core, registers, PSW, MMU, I/O page, traps, ``run``.

A ``Machine`` is the whole computer: physical core (one ``bytearray``, 16-bit
words little-endian), the eight registers with a kernel and a user stack
pointer, the PSW, the KT11 (``v6.pdp11.mmu``), the line clock, a console
terminal and the switch register, all on simulated time (``v6.simclock``).

``run(budget)`` executes up to ``budget`` instructions and returns a ``Stop``
saying why it stopped.  It is the only loop.  Two ways to use it:

- Bare metal (``hosted=False``): traps and interrupts go through their vectors
  in kernel space as on the machine; ``run`` stops for HALT, for WAIT with no
  interrupt to come, or when the budget is spent.
- Hosted (``hosted=True``), the way the kernel (written in Python) drives user
  programs: a trap or fault stops ``run`` with reason TRAP or FAULT and its
  vector, leaving the machine as the trap found it (PC past the instruction),
  and a line-clock tick stops it with reason CLOCK, so that Python does what
  the kernel's trap and clock handlers would.

State for engines: ``regs`` is one list — R0-R5, SP (of the current mode),
PC, then the condition codes N, Z, V, C — and ``RT``/``WT`` are the current
mode's translation tables, updated in place when the mode or the MMU
changes.  The engines' compiled code holds references to these lists (and
to ``mem``, ``MW``, ``CM``), so they are never rebound: assigning to
``regs`` copies into it.  ``itab``/``icost`` are the interpreter's decoded
handlers and their times; ``CM`` marks, per word of core, that translated
blocks hold it, so stores into code invalidate them.  ``WT`` leaves out the
64-byte pages of core that hold such words (``CP``), so that the engines'
stores, which go straight to core only where ``WT`` has an entry, never
hit code unseen: a store there looks again (``WU``, the table with those
pages, and ``CM``) or takes the slow path (``wslow``), which drops the
blocks, and a store to any other page needs no test of its own.

A context switch (hosted): ``save_context()`` gives the running process's
registers and PSW as a ``Context``; ``restore_context(ctx)`` loads another's
in place, and ``sureg(par, pdr)`` loads its eight user PARs and PDRs (V6's
``sureg``).  Translation tables are remembered by the registers' values, so
switching between processes costs a copy of the table entries of the
segments that differ; translated blocks are kept by physical address and
stay valid across switches.

Memory access from Python.  Physical: ``read_word``, ``read_bytes``, and
the only ways to store into core — ``write_word``, ``load`` (bytes at an
address: a program image, a disk transfer), ``move`` (core to core: fork,
swapping) and ``clear`` (zeroes: bss, a grown stack).  Each drops the
translated blocks made from what it overwrites; nothing else may write
``mem`` or ``MW`` (a store behind the translator's back would leave stale
code running).  Virtual, for a kernel: ``copyin``/``copyout``, ``fuword``/
``suword``, ``fubyte``/``subyte`` and ``copyinstr`` go through the *user's*
KT11 mapping with the access they need, one slice per segment, and raise
``UserFault`` for any byte the mapping does not give (V6's EFAULT);
``translate`` maps one address in either mode.

After an MMU abort (hosted), ``backup()`` undoes the faulted instruction so
that it restarts exactly, and ``clear_abort()`` unfreezes MMR0 — the
kernel's duty once it has handled the abort.

Deviations from the 11/40: MMR2 is set only when an abort happens (the value
is the one the hardware would hold); the PDR "written" bit is not kept; the
console terminal has no interrupts.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from v6 import param
from v6.pdp11 import interp, mmu, timing, translate, traps
from v6.pdp11.traps import InstructionTrap, Redispatch, Trap
from v6.simclock import SimClock

assert sys.byteorder == "little", "core words are read through a native 'H' view"

M16 = 0o177777
NS_PER_TICK = 1_000_000_000 // param.HZ
"""Simulated time between line-clock ticks (1/60 s, rounded down to a ns)."""
_NONZERO = re.compile(rb"[^\0]")
SEGMENT_BLOCKS = mmu.NBLOCKS // 8
"""Entries of the translation tables per KT11 segment."""
USER_SPACE = 0o200000
"""Bytes in the user's virtual address space."""
TABLE_CACHE_SIZE = 256
"""Mappings whose translation tables a machine remembers (the oldest goes first)."""
TRAP_LOOP_LIMIT = 64
"""Trap sequences in a row without a completed instruction before ``run`` gives up."""
CLOCK_LEVEL = 6


class Reason(enum.Enum):
    """Why ``run`` returned."""

    BUDGET = "budget"
    HALT = "halt"
    WAIT = "wait"
    TRAP = "trap"
    FAULT = "fault"
    CLOCK = "clock"
    TRAP_LOOP = "trap loop"
    """Traps keep coming while no instruction completes (a vector that points
    at an odd or unmapped address, say): the machine would spin forever."""


TRAP_VECTORS = frozenset({traps.BPT, traps.IOT, traps.EMT, traps.TRAP})
"""Vectors of the trap instructions (BPT, IOT, EMT, TRAP): reason TRAP, not FAULT."""


@dataclass(slots=True)
class Context:
    """What a context switch saves of a process and restores (``Machine.save_context``).

    The machine's own lists are never handed out: a context holds copies.
    """

    regs: list[int]
    """R0-R5, SP (of the mode in ``status``), PC, then N, Z, V, C, as ``Machine.regs``."""
    status: int
    """PSW bits 15-4: current and previous mode, priority, T (the condition codes are in ``regs``)."""
    other_sp: int
    """The stack pointer of the mode that ``status`` does not select."""

    @property
    def psw(self) -> int:
        """The whole PSW."""
        r = self.regs
        return self.status | (r[8] << 3) | (r[9] << 2) | (r[10] << 1) | r[11]


class Stop(NamedTuple):
    """The answer of ``run``: why, and where."""

    reason: Reason
    vector: int | None = None
    """The trap vector (TRAP, FAULT) or None."""
    pc: int | None = None
    """Address of the instruction that trapped or faulted."""
    addr: int | None = None
    """The virtual address whose access faulted, where there was one."""


_BUDGET, _CLOCK = Stop(Reason.BUDGET), Stop(Reason.CLOCK)
"""The stops without a place, made once (``run`` returns them often)."""

_INSTRUCTION_TRAPS = {v: InstructionTrap(v) for v in TRAP_VECTORS}
"""The trap of each trap instruction the translator carries out, made once:
never raised, so nothing is ever added to it."""


class UserFault(Exception):
    """The kernel reached for user memory that the user's mapping does not give
    it (unmapped, read-only for a store, odd for a word): V6's EFAULT."""

    def __init__(self, va: int) -> None:
        super().__init__(f"user address {va:06o} is not accessible")
        self.va = va
        """The first address that could not be reached (0200000 past the top)."""


class StringTooLong(UserFault):
    """A user string with no NUL within the length the kernel allows.  A
    ``UserFault`` too, so that a caller that does not tell them apart
    answers EFAULT; ``va`` is where the reading stopped."""

    def __init__(self, va: int) -> None:
        super().__init__(va)
        self.args = (f"no NUL in a user string before {va:06o}",)


class _Tables:
    """The read and write tables of one mapping (``mmu.tables``), and the same cut by segment."""

    __slots__ = ("key", "read", "write", "segments", "segment_keys", "writable")

    def __init__(self, key: tuple | None, read: list, write: list) -> None:
        self.key, self.read, self.write = key, read, write
        """The eight PARs then the eight PDRs, or None for relocation off."""
        self.segment_keys = tuple(zip(key[:8], key[8:], strict=True)) if key else (None,) * 8
        """Per segment, its (PAR, PDR)."""
        self.segments = [(read[low:low + SEGMENT_BLOCKS], write[low:low + SEGMENT_BLOCKS])
                         for low in range(0, mmu.NBLOCKS, SEGMENT_BLOCKS)]
        self.writable = [_writable(seg, write) for seg in range(8)]
        """Per segment, the entries it maps for writing as (offset, first, end), or None."""


def _writable(seg: int, write: list) -> tuple[int, int, int] | None:
    """The writable entries of segment ``seg``: one run, at one offset (``mmu.tables``)."""
    low = seg * SEGMENT_BLOCKS
    entries = write[low:low + SEGMENT_BLOCKS]
    if entries.count(None) == SEGMENT_BLOCKS:
        return None
    first = next(k for k, o in enumerate(entries) if o is not None)
    end = next((k for k in range(first, SEGMENT_BLOCKS) if entries[k] is None), SEGMENT_BLOCKS)
    return entries[first], low + first, low + end


class _Halted(Exception):
    """HALT in kernel mode."""


class _Waiting(Exception):
    """WAIT completed: idle until an interrupt."""


class Machine:
    """A PDP-11/40 with EIS and KT11-D (see the module docstring)."""

    def __init__(self, memsize: int = param.CORESIZE, *, hosted: bool = False,
                 clock: SimClock | None = None, engine: str = "translate") -> None:
        if memsize <= 0 or memsize % 64:
            raise ValueError("memory size must be a positive multiple of 64 bytes")
        self.mem = bytearray(memsize)
        """Physical core."""
        self._bytes = memoryview(self.mem)
        self.MW = self._bytes.cast("H")
        self.ramsize = min(memsize, mmu.IOPAGE)
        """Bytes of core that answer (the I/O page shadows the top 8 KB of 256 KB)."""
        self._regs = [0] * 12
        self.psw_hi = 0
        """PSW bits 15-4: current and previous mode, priority, T."""
        self.stack = [0, 0]
        """The stack pointer of the mode that is not current: [kernel, user]."""
        self.mmu = mmu.KT11(self.ramsize)
        self._table_cache: dict[tuple | None, _Tables] = {}
        self._engine_tables = self._tables(mmu.KERNEL)
        """The tables whose entries ``RT`` and ``WT`` hold."""
        self.RT, self.WT = self._engine_tables.read[:], self._engine_tables.write[:]
        self.WU = self.WT[:]
        """``WT`` with the pages of code left in: where a store that ``WT``
        sends away may still go straight to core (a word no block holds)."""
        self._user_tables = self._tables(mmu.USER)
        self.CM = bytearray(memsize // 2)
        self.CP = bytearray(memsize // 64)
        """Per 64-byte page of core, 1 if some word there is marked in ``CM``."""
        self.itab: list = [None] * 65536
        self.icost = [0] * 65536
        self.clock = clock or SimClock()
        self.icount = 0
        """Instructions executed since power-on."""
        self.hosted = hosted
        self._undo: tuple[tuple[int, int], ...] | None = None
        """For ``backup``: what the instruction that last stopped ``run`` changed."""
        self.pc0 = 0
        """Address of the instruction that last trapped (valid in trap handling)."""
        self.lks = 0
        """Line clock status: bit 7 ticked, bit 6 interrupt enable."""
        self.next_tick = NS_PER_TICK
        self.switches = 0
        """The console switch register, as read at 0177570."""
        self.lights = 0
        """The console display register, as last written at 0177570."""
        self.console_out = bytearray()
        """Characters the program printed on the console terminal."""
        self.console_in = bytearray()
        """Characters waiting to be read from the console terminal."""
        if engine not in ("translate", "interp"):
            raise ValueError(f"no engine {engine!r} (translate or interp)")
        self.engine = engine
        """``"interp"`` or ``"translate"`` (blocks of translated code, the default)."""
        self.translator = translate.Translator(self) if engine == "translate" else None

    def reset_state(self) -> None:
        """Power-up state of the processor and devices; core is left alone."""
        self._regs[:] = [0] * 12
        self.psw_hi = 0
        self.stack[:] = [0, 0]
        self.mmu.par = [[0] * 8, [0] * 8]
        self.mmu.pdr = [[0] * 8, [0] * 8]
        self.mmu.mmr0 = self.mmu.mmr2 = 0
        self._remap()
        self.lks = 0

    # --- registers and PSW ---------------------------------------------------------
    @property
    def regs(self) -> list[int]:
        """R0-R5, SP (of the current mode), PC, then N, Z, V, C (0 or 1).

        The one list for the life of the machine: the engines' compiled
        handlers and blocks hold a reference to it, so it is only ever
        changed in place.  Assigning to ``regs`` copies the twelve values
        into it; to keep a copy, use ``regs[:]`` or ``save_context``.
        """
        return self._regs

    @regs.setter
    def regs(self, values: Sequence[int]) -> None:
        if len(values) != len(self._regs):
            raise ValueError(f"regs takes {len(self._regs)} values, not {len(values)}")
        self._regs[:] = values

    def save_context(self) -> Context:
        """The running process's registers and PSW, as a context switch saves them."""
        other = mmu.KERNEL if self.psw_hi >> 14 else mmu.USER
        return Context(self._regs[:], self.psw_hi, self.stack[other])

    def restore_context(self, ctx: Context) -> None:
        """Load a process's registers and PSW saved by ``save_context``, in place.

        The KT11 registers are not part of it: load them with ``sureg``.
        """
        if len(ctx.regs) != len(self._regs):
            raise ValueError(f"a context holds {len(self._regs)} registers, not {len(ctx.regs)}")
        was_user = self.psw_hi >> 14 != 0  # modes other than kernel are user on the 11/40
        self._regs[:] = ctx.regs
        self.psw_hi = ctx.status
        user = self.psw_hi >> 14 != 0
        self.stack[mmu.KERNEL if user else mmu.USER] = ctx.other_sp
        self._undo = None
        if user != was_user:
            self._remap()

    @property
    def pc(self) -> int:
        return self._regs[7]

    @pc.setter
    def pc(self, value: int) -> None:
        self._regs[7] = value & M16

    @property
    def sp(self) -> int:
        return self._regs[6]

    @sp.setter
    def sp(self, value: int) -> None:
        self._regs[6] = value & M16

    @property
    def mode(self) -> int:
        """The current mode's register set: ``mmu.KERNEL`` or ``mmu.USER``."""
        return mmu.mode_index(self.psw_hi >> 14)

    @property
    def psw(self) -> int:
        r = self._regs
        return self.psw_hi | (r[8] << 3) | (r[9] << 2) | (r[10] << 1) | r[11]

    @psw.setter
    def psw(self, value: int) -> None:
        self.set_psw(value)

    def set_psw(self, value: int) -> None:
        """Load the PSW, switching stacks and address spaces if the mode changes."""
        old = self.mode
        self.psw_hi = value & 0o170360  # the 11/40 has no PSW bits 11-8
        r = self._regs
        r[8], r[9], r[10], r[11] = (value >> 3) & 1, (value >> 2) & 1, (value >> 1) & 1, value & 1
        new = self.mode
        if new != old:
            self.stack[old], r[6] = r[6], self.stack[new]
            self._remap()

    def stack_pointer(self, mode: int) -> int:
        """The SP of ``mode`` (kernel or user), whichever is current."""
        return self._regs[6] if mode == self.mode else self.stack[mode]

    def set_stack_pointer(self, mode: int, value: int) -> None:
        """Set the SP of ``mode``, whichever is current."""
        if mode == self.mode:
            self._regs[6] = value & M16
        else:
            self.stack[mode] = value & M16

    # --- the KT11 as the engines see it -----------------------------------------------
    def _remap(self) -> None:
        """Take up a change of mode or of the KT11 registers in the engines' tables."""
        self._user_tables = self._tables(mmu.USER)
        tables = self._user_tables if self.mode == mmu.USER else self._tables(mmu.KERNEL)
        self.RT[:], self.WT[:] = tables.read, tables.write
        self.WU[:] = tables.write
        self._engine_tables = tables
        for run in tables.writable:
            self._guard(run)

    def _tables(self, mode: int) -> _Tables:
        """``mmu.tables(mode)``, remembered by the registers' values (never modify them).

        Processes switch back and forth between a few mappings, so a switch
        finds its tables here and costs slice assignments.
        """
        unit = self.mmu
        key = (*unit.par[mode], *unit.pdr[mode]) if unit.enabled else None
        tables = self._table_cache.get(key)
        if tables is None:
            if len(self._table_cache) >= TABLE_CACHE_SIZE:
                del self._table_cache[next(iter(self._table_cache))]
            tables = self._table_cache[key] = _Tables(key, *unit.tables(mode))
        return tables

    def mmu_changed(self) -> None:
        """Take up KT11 registers that Python set directly in ``mmu``."""
        self._remap()

    def sureg(self, par: Sequence[int], pdr: Sequence[int]) -> None:
        """Load the eight user-mode PARs and PDRs and turn relocation on (V6's ``sureg``).

        What a context switch does after ``restore_context``.  The values
        are stored as the registers hold them (PAR 12 bits; PDR length,
        expansion direction and access bits).
        """
        if len(par) != 8 or len(pdr) != 8:
            raise ValueError("sureg takes eight PARs and eight PDRs")
        unit = self.mmu
        unit.par[mmu.USER][:] = [p & 0o7777 for p in par]
        unit.pdr[mmu.USER][:] = [d & 0o77416 for d in pdr]
        unit.mmr0 |= 1
        old = self._engine_tables
        if not self.psw_hi >> 14 or old.key is None:  # kernel mode, or relocation was off
            self._remap()
            return
        # The engines' tables hold the user's previous mapping: a segment
        # whose registers stay (a shared text, say) keeps its entries.
        new = self._engine_tables = self._user_tables = self._tables(mmu.USER)
        for seg, (was, now) in enumerate(zip(old.segment_keys, new.segment_keys, strict=True)):
            if was != now:
                low, high = seg * SEGMENT_BLOCKS, (seg + 1) * SEGMENT_BLOCKS
                self.RT[low:high], self.WT[low:high] = new.segments[seg]
                self.WU[low:high] = new.segments[seg][1]
                self._guard(new.writable[seg])

    # --- code in core, kept out of WT ------------------------------------------------
    def _guard(self, run: tuple[int, int, int] | None) -> None:
        """Take out of ``WT`` the entries of a writable run (``_Tables.writable``)
        that map pages holding code; a run with none costs a count at C speed."""
        if run is None:
            return
        offset, first, end = run
        shift = offset >> 6         # virtual block + shift = physical page
        cp = self.CP
        if cp.count(0, first + shift, end + shift) == end - first:
            return
        for block in range(first, end):
            if cp[block + shift]:
                self.WT[block] = None

    def _reach(self, page: int, held: bool) -> None:
        """Take the ``WT`` entries of the current mapping that map physical
        ``page`` out (``held``: it holds code) or back from ``WU``."""
        for run in self._engine_tables.writable:
            if run is not None:
                block = page - (run[0] >> 6)
                if run[1] <= block < run[2]:
                    self.WT[block] = None if held else self.WU[block]

    def hold_code(self, words: Iterable[int]) -> None:
        """Mark words of core that a translated block is made from (``CM``); a
        page that holds code for the first time leaves ``WT``."""
        cm, cp = self.CM, self.CP
        for w in words:
            cm[w] = 1
            if not cp[w >> 5]:
                cp[w >> 5] = 1
                self._reach(w >> 5, True)

    def release_code(self, word: int) -> None:
        """No block holds ``word`` any more; its page goes back into ``WT``
        when no other word there is held."""
        if not self.CM[word]:
            return
        self.CM[word] = 0
        page = word >> 5
        if self.CP[page] and self.CM.count(0, page << 5, (page + 1) << 5) == 32:
            self.CP[page] = 0
            self._reach(page, False)

    # --- physical memory -------------------------------------------------------------
    def read_word(self, pa: int) -> int:
        """The word at even physical address ``pa`` in core."""
        return self.MW[pa >> 1]

    def write_word(self, pa: int, value: int) -> None:
        """Store a word at even physical address ``pa``."""
        self.MW[pa >> 1] = value & M16
        if self.CM[pa >> 1]:
            self.smc(pa >> 1)

    def load(self, pa: int, data: bytes) -> None:
        """Copy bytes into core at ``pa`` (a program image, a disk transfer)."""
        self._check_range(pa, len(data))
        self.mem[pa:pa + len(data)] = data
        self._invalidate_range(pa, len(data))

    def move(self, dst: int, src: int, n: int) -> None:
        """Copy ``n`` bytes of core from ``src`` to ``dst`` (fork, swapping, growing a
        segment); the ranges may overlap."""
        self._check_range(src, n)
        self._check_range(dst, n)
        self.mem[dst:dst + n] = self.mem[src:src + n]  # the slice is a copy: overlap is safe
        self._invalidate_range(dst, n)

    def clear(self, pa: int, n: int) -> None:
        """Zero ``n`` bytes of core from ``pa`` (a new bss, a grown stack)."""
        self._check_range(pa, n)
        self.mem[pa:pa + n] = bytes(n)
        self._invalidate_range(pa, n)

    def read_bytes(self, pa: int, n: int) -> bytes:
        """``n`` bytes of core from ``pa``."""
        self._check_range(pa, n)
        return self._bytes[pa:pa + n].tobytes()

    def _check_range(self, pa: int, n: int) -> None:
        if pa < 0 or n < 0 or pa + n > len(self.mem):
            raise ValueError(f"{n} bytes at {pa:#o} are not all in core")

    def translate(self, va: int, mode: int, write: bool = False) -> int:
        """Physical address of virtual ``va`` in ``mode``; raises ``mmu.Abort``."""
        return self.mmu.translate(va & M16, mode, write)

    def smc(self, word: int) -> None:
        """A store hit a word that translated code was made from."""
        if self.translator is not None:
            self.translator.invalidate(word)

    def _invalidate_range(self, pa: int, n: int) -> None:
        first, end = pa >> 1, (pa + n + 1) >> 1
        if self.CM.count(0, first, end) == end - first:
            return  # no translated code there: the usual case, found at C speed
        for hit in _NONZERO.finditer(self.CM, first, end):
            self.smc(hit.start())

    # --- user memory, for the kernel --------------------------------------------------
    def copyin(self, va: int, n: int) -> bytes:
        """``n`` bytes of user memory from ``va``; raises ``UserFault``."""
        pieces = self._user_pieces(va, n, False)
        if len(pieces) == 1:
            pa, k = pieces[0]
            return self._bytes[pa:pa + k].tobytes()
        return b"".join(self._bytes[pa:pa + k] for pa, k in pieces)

    def copyout(self, va: int, data: bytes) -> None:
        """Store ``data`` into user memory at ``va``: all of it, or nothing and ``UserFault``.

        ``data`` must not be a view of core (``move`` copies core to core).
        """
        src, at = memoryview(data), 0
        for pa, k in self._user_pieces(va, len(src), True):
            self.mem[pa:pa + k] = src[at:at + k]
            self._invalidate_range(pa, k)
            at += k

    def fuword(self, va: int) -> int:
        """The user word at even ``va``; raises ``UserFault``."""
        return self.MW[self._user_address(va, 2, self._user_tables.read) >> 1]

    def suword(self, va: int, value: int) -> None:
        """Store a user word at even ``va``; raises ``UserFault``."""
        self.write_word(self._user_address(va, 2, self._user_tables.write), value)

    def fubyte(self, va: int) -> int:
        """The user byte at ``va``; raises ``UserFault``."""
        return self.mem[self._user_address(va, 1, self._user_tables.read)]

    def subyte(self, va: int, value: int) -> None:
        """Store a user byte at ``va``; raises ``UserFault``."""
        pa = self._user_address(va, 1, self._user_tables.write)
        self.mem[pa] = value & 0o377
        if self.CM[pa >> 1]:
            self.smc(pa >> 1)

    def copyinstr(self, va: int, limit: int) -> bytes:
        """The NUL-terminated user string at ``va``, without its NUL.

        Reads up to the NUL and not beyond, so a string may end on the last
        byte of a segment.  Raises ``StringTooLong`` when the first ``limit``
        bytes hold no NUL, and ``UserFault`` when a byte it has to read is
        not readable.
        """
        read, mem, parts, end = self._user_tables.read, self.mem, [], va + limit
        while va < end:
            # One 64-byte block at a time: the unit in which access is granted.
            pa = self._user_address(va, 1, read)
            size = min(end, (va | 0o77) + 1) - va
            nul = mem.find(0, pa, pa + size)
            if nul >= 0:
                parts.append(mem[pa:nul])
                return b"".join(parts)
            parts.append(mem[pa:pa + size])
            va += size
        raise StringTooLong(va)

    def _user_address(self, va: int, size: int, table: list) -> int:
        """The physical address of a user byte or (even) word; raise ``UserFault``."""
        if 0 <= va < USER_SPACE and not va & (size - 1):
            offset = table[va >> 6]
            if offset is not None:
                return va + offset
        raise UserFault(va)

    def _user_pieces(self, va: int, n: int, write: bool) -> list[tuple[int, int]]:
        """User bytes ``va`` to ``va + n - 1`` as physical pieces (address, length), one per
        segment; raise ``UserFault`` if any byte is not accessible.

        Within a segment the accessible 64-byte blocks are one run, all at the
        same offset (the PDR's length bounds them from one side), so a piece is
        accessible if its first and last blocks are.
        """
        if va < 0:
            raise UserFault(va)
        table = self._user_tables.write if write else self._user_tables.read
        pieces, end = [], va + n
        while va < min(end, USER_SPACE):
            stop = min(end, (va | 0o17777) + 1)
            offset = table[va >> 6]
            if offset is None or table[(stop - 1) >> 6] is None:
                bad = next(b for b in range(va >> 6, (stop + 0o77) >> 6) if table[b] is None)
                raise UserFault(max(va, bad << 6))
            pieces.append((va + offset, stop - va))
            va = stop
        if end > USER_SPACE:
            raise UserFault(max(va, USER_SPACE))
        return pieces

    # --- the slow path: faults and the I/O page --------------------------------------
    def _physical(self, va: int, write: bool, mode: int | None = None) -> int:
        mode = self.mode if mode is None else mode
        try:
            return self.mmu.translate(va, mode, write)
        except mmu.Abort as abort:
            trap = Trap(traps.MMU_ABORT, va)
            trap.abort = (abort, mode)
            raise trap from None

    def rslow(self, va: int, byte: int, write: bool = False, mode: int | None = None) -> int:
        """Read what the tables do not cover: fault, device register, or beyond core."""
        if not byte and va & 1:
            raise Trap(traps.BUS_ERROR, va)
        pa = self._physical(va, write, mode)
        if pa < self.ramsize:
            return self.mem[pa] if byte else self.MW[pa >> 1]
        if pa >= mmu.IOPAGE:
            word = self._io_read(pa & ~1, va)
            return (word >> 8 if pa & 1 else word & 0o377) if byte else word
        raise Trap(traps.BUS_ERROR, va)

    def wslow(self, va: int, value: int, byte: int, mode: int | None = None) -> None:
        """Write what the tables do not cover (see ``rslow``)."""
        if not byte and va & 1:
            raise Trap(traps.BUS_ERROR, va)
        pa = self._physical(va, True, mode)
        if pa < self.ramsize:
            if byte:
                self.mem[pa] = value
                if self.CM[pa >> 1]:
                    self.smc(pa >> 1)
            else:
                self.write_word(pa, value)
            return
        if pa < mmu.IOPAGE:
            raise Trap(traps.BUS_ERROR, va)
        if byte:
            old = self._io_read(pa & ~1, va)
            value = (old & 0o377) | (value << 8) if pa & 1 else (old & 0o177400) | value
        self._io_write(pa & ~1, value, va)

    def fetch_fault(self, pc: int) -> None:
        """An instruction fetch the tables do not cover: raise its trap.

        Executing from the I/O page or beyond core is a bus error like any
        other access there.
        """
        self.pc0 = pc
        try:
            self.rslow(pc, 0)
        except Trap as trap:
            trap.at_fetch = True
            raise
        raise Trap(traps.BUS_ERROR, pc, at_fetch=True)

    # --- the I/O page ------------------------------------------------------------------
    def _io_read(self, pa: int, va: int) -> int:
        reg = _IO_REGISTERS.get(pa)
        if reg is None:
            raise Trap(traps.BUS_ERROR, va)
        return reg[0](self, pa) & M16

    def _io_write(self, pa: int, value: int, va: int) -> None:
        reg = _IO_REGISTERS.get(pa)
        if reg is None:
            raise Trap(traps.BUS_ERROR, va)
        reg[1](self, pa, value & M16)

    def _write_psw(self, pa: int, value: int) -> None:
        # The T bit cannot be set by writing the PSW; only traps, RTI and RTT load it.
        self.set_psw((value & ~0o20) | (self.psw_hi & 0o20))
        raise Redispatch

    def _read_mmu_register(self, pa: int) -> int:
        kind, mode, seg = _mmu_register(pa)
        table = self.mmu.par if kind == "par" else self.mmu.pdr
        return table[mode][seg]

    def _write_mmu_register(self, pa: int, value: int) -> None:
        kind, mode, seg = _mmu_register(pa)
        if kind == "par":
            self.mmu.par[mode][seg] = value & 0o7777
        else:
            self.mmu.pdr[mode][seg] = value & 0o77416
        self._remap()

    def _write_mmr0(self, pa: int, value: int) -> None:
        self.mmu.mmr0 = value & 0o160157
        self._remap()

    def _write_lks(self, pa: int, value: int) -> None:
        self.lks = value & 0o300

    def _read_console(self, pa: int) -> int:
        if pa == 0o777560:
            return 0o200 if self.console_in else 0
        if pa == 0o777562:
            return self.console_in.pop(0) if self.console_in else 0
        return 0o200

    def _write_console(self, pa: int, value: int) -> None:
        if pa == 0o777566:
            self.console_out.append(value & 0o177)

    def _write_lights(self, pa: int, value: int) -> None:
        self.lights = value

    # --- instructions the machine carries out itself -----------------------------------
    def reserved_instruction(self) -> int:
        raise InstructionTrap(traps.RESERVED_INSTRUCTION)

    def _kernel(self) -> bool:
        return self.psw_hi >> 14 == 0

    def op_halt(self, word: int) -> None:
        if not self._kernel():
            raise Trap(traps.RESERVED_INSTRUCTION)  # HALT in user mode: a reserved instruction, as SIMH's 11/40 has it
        raise _Halted

    def op_wait(self, word: int) -> None:
        if self._kernel():
            raise _Waiting

    def op_reset(self, word: int) -> None:
        if self._kernel():
            self.mmu.reset()
            self.lks = 0
            self._remap()

    def op_rti(self, word: int) -> None:
        self._restartable(self._return_from_interrupt)
        if self.psw_hi & 0o20:
            # RTI that sets T traps at once; RTT waits one instruction.
            raise Trap.after_instruction(traps.BPT)
        raise Redispatch

    def op_rtt(self, word: int) -> None:
        self._restartable(self._return_from_interrupt)
        raise Redispatch

    def _restartable(self, op: Callable[..., None], *args: object) -> None:
        """Carry out an instruction in Python; if it traps, keep R0-R6 as they
        were before it for ``backup`` (as the engines' handlers do)."""
        saved = self._regs[:7]
        try:
            op(*args)
        except Trap as trap:
            for k, value in enumerate(saved):
                trap.keep(k, value)
            raise

    def _return_from_interrupt(self) -> None:
        pc = self._pop()
        psw = self._pop()
        if not self._kernel():
            # In user mode RTI cannot leave user mode or change the priority.
            psw = (psw & 0o37) | (self.psw_hi & 0o177740) | (psw & 0o170000)
        self._regs[7] = pc
        self.set_psw(psw)

    def op_mfpi(self, word: int) -> None:
        self._restartable(self._move_previous, word, False)

    def op_mtpi(self, word: int) -> None:
        self._restartable(self._move_previous, word, True)

    op_mfpd, op_mtpd = op_mfpi, op_mtpi

    def _move_previous(self, word: int, into_previous: bool) -> None:
        """MFPI/MTPI: the operand's address is in the current mode, its word in the previous one.

        The condition codes are set from the word moved as soon as it is
        known: before MTPI evaluates its destination, before MFPI pushes.
        """
        previous = mmu.mode_index((self.psw_hi >> 12) & 3)
        spec, r = word & 0o77, word & 7
        if into_previous:
            value = self._pop()
            self._set_nz(value)
            if spec >> 3 == 0:
                self._set_register_of(previous, r, value)
            else:
                self.wslow(self._effective_address(spec), value, 0, previous)
            return
        if spec >> 3 == 0:
            value = self._register_of(previous, r)
        else:
            value = self.rslow(self._effective_address(spec), 0, False, previous)
        self._set_nz(value)
        self._push(value)

    def _set_nz(self, value: int) -> None:
        r = self._regs
        r[8], r[9], r[10] = value >> 15, int(value == 0), 0

    def _register_of(self, mode: int, r: int) -> int:
        return self.stack_pointer(mode) if r == 6 else self._regs[r]

    def _set_register_of(self, mode: int, r: int, value: int) -> None:
        if r == 6:
            self.set_stack_pointer(mode, value)
        else:
            self._regs[r] = value

    def _effective_address(self, spec: int) -> int:
        """Address of a word operand (modes 1-7), with its register side effects."""
        mode, k = spec >> 3, spec & 7
        r = self._regs
        if mode in (6, 7):
            index = self.rslow(r[7], 0)
            r[7] = (r[7] + 2) & M16
            a = (r[k] + index) & M16
        elif mode in (4, 5):
            r[k] = a = (r[k] - 2) & M16
        else:
            a = r[k]
            if mode in (2, 3):
                r[k] = (a + 2) & M16
        return self.rslow(a, 0) if mode in (3, 5, 7) else a

    def _push(self, value: int) -> None:
        sp = (self._regs[6] - 2) & M16
        self._regs[6] = sp
        self.wslow(sp, value, 0)

    def _pop(self) -> int:
        sp = self._regs[6]
        value = self.rslow(sp, 0)
        self._regs[6] = (sp + 2) & M16
        return value

    # --- restarting an instruction -------------------------------------------------------
    def backup(self) -> bool:
        """Undo the instruction whose trap or fault ``run`` last stopped for (hosted).

        Puts back the registers it had changed and sets the PC to its
        address, so that running again executes it from the start — what V6
        does after growing the stack for a reference below it.  Returns
        False when there is nothing to back up: ``run`` did not stop for a
        trap raised inside an instruction (or did, and the machine has run
        since), or the stop was a trace trap after a completed instruction.

        Why the restart is exact: every instruction stores into memory at
        most once, and nothing that can fault comes after its store (see
        ``v6.pdp11.codegen``): JSR pushes and only then sets its linkage
        register and the PC; MFPI pushes last; MTPI pops, then stores last;
        RTS, MARK, RTI and RTT store nothing.  So a faulted instruction has
        written nothing to memory, and its register side effects are all
        undone here.  The condition codes it may have set before a store
        faulted (MOV, CLR, SXT, MFPI and MTPI set them first) are functions
        of its operands alone, so running it again sets the same ones.
        MMR0 is not touched: see ``clear_abort``.
        """
        undo = self._undo
        if undo is None:
            return False
        r = self._regs
        for k, value in undo:
            r[k] = value
        r[7] = self.pc0
        self._undo = None
        return True

    def clear_abort(self) -> None:
        """Unfreeze MMR0 after an MMU abort has been handled.

        On an abort the KT11 freezes MMR0 (and MMR2) on its first abort: later
        aborts leave them alone until software clears the abort flags.
        Clearing them is the kernel's duty once it has dealt with the abort
        (grown the stack, or sent the signal); relocation stays as it was.
        """
        self.mmu.mmr0 &= 1

    # --- traps and interrupts -----------------------------------------------------------
    def _vector(self, vector: int, old_psw: int, old_pc: int, charge: bool = True) -> None:
        """The trap sequence: new PC and PSW from the vector, the old ones on the new stack.

        It takes ``timing.TRAP_NS`` unless ``charge`` is False: the trap of an
        instruction whose own time includes its sequence.
        """
        pc = self.rslow(vector, 0, False, mmu.KERNEL)
        psw = self.rslow(vector + 2, 0, False, mmu.KERNEL)
        self.set_psw((psw & 0o147777) | ((old_psw >> 2) & 0o030000))
        for value in (old_psw, old_pc):
            try:
                self._push(value)
            except Redispatch:
                pass  # the stack ran into the PSW register; the sequence goes on
        self._regs[7] = pc
        if charge:
            self.clock.ns += timing.TRAP_NS

    def _take(self, trap: Trap) -> Stop | None:
        """Handle a trap raised by an instruction: stop (hosted) or vector.

        Hosted, the machine stops where the trap sequence would begin and
        charges no time for it: the kernel's cost of handling the trap
        stands for it (a trap instruction's own time includes it anyway).
        """
        if trap.abort is not None:
            self.mmu.record_abort(trap.abort[0], trap.abort[1], self.pc0)
        if self.hosted:
            self._undo = None if trap.after else trap.undo
            reason = Reason.TRAP if trap.vector in TRAP_VECTORS else Reason.FAULT
            return Stop(reason, trap.vector, self.pc0, trap.addr)
        return self._enter(trap.vector, charge=not trap.sequence_charged)

    def _enter(self, vector: int, charge: bool = True) -> Stop | None:
        """Take a trap or interrupt through ``vector`` (``charge``: see ``_vector``).

        If its own vector reads or stack pushes fail, the machine starts
        again on an emergency stack at 4 and traps through 4 (the 11/40's
        "red zone" handling): the interrupted PC and PSW go to 0 and 2, and
        the interrupted mode is the previous mode, as in any trap.  An MMU
        abort of a failed push is recorded in MMR0 as any abort is.  If even
        that fails, the machine halts.
        """
        old_psw, old_pc = self.psw, self._regs[7]
        try:
            self._vector(vector, old_psw, old_pc, charge)
            return None
        except Trap as trap:
            if trap.abort is not None:
                self.mmu.record_abort(trap.abort[0], trap.abort[1], self.pc0)
        try:
            self.set_psw(old_psw & ~0o140000)
            self._regs[6] = 4
            self._vector(traps.BUS_ERROR, old_psw, old_pc)
        except Trap:
            return Stop(Reason.HALT, pc=self._regs[7])
        return None

    def _interrupt_due(self) -> bool:
        return self.lks & 0o300 == 0o300 and (self.psw_hi >> 5) & 7 < CLOCK_LEVEL

    def _tick(self) -> Stop | None:
        """A line-clock tick is due."""
        self.next_tick += NS_PER_TICK
        self.lks |= 0o200
        return _CLOCK if self.hosted else None

    # --- the loop -------------------------------------------------------------------------
    def run(self, budget: int) -> Stop:
        """Execute up to ``budget`` instructions; say why execution stopped."""
        self._undo = None
        end = self.icount + budget
        idle = 0
        while True:
            if self.clock.ns >= self.next_tick:
                stop = self._tick()
                if stop:
                    return stop
            if not self.hosted and self._interrupt_due():
                self.lks &= ~0o200
                stop = self._enter(traps.CLOCK)
                if stop:
                    return stop
            left = end - self.icount
            if left <= 0:
                return _BUDGET
            before = self.icount
            stop = self._execute(left)
            if stop:
                return stop
            idle = idle + 1 if self.icount == before else 0
            if idle > TRAP_LOOP_LIMIT:
                return Stop(Reason.TRAP_LOOP, pc=self._regs[7])

    def _execute(self, left: int) -> Stop | None:
        """Run an engine until something needs the loop's attention."""
        if self.psw_hi & 0o20:
            return self._traced()
        try:
            if self.translator is not None:
                vector = self.translator.run(left, self.next_tick)
                if vector is not None:
                    return self._take(_INSTRUCTION_TRAPS[vector])
            else:
                interp.run(self, left, self.next_tick)
        except Trap as trap:
            return self._take(trap)
        except Redispatch:
            pass
        except _Halted:
            return Stop(Reason.HALT, pc=self.pc0)
        except _Waiting:
            return self._wait()
        return None

    def _traced(self) -> Stop | None:
        """One instruction with the T bit set at its start, then the trace trap."""
        try:
            interp.step(self)
        except Trap as trap:
            return self._take(trap)  # a trap taken by the instruction replaces the trace trap
        except Redispatch:
            pass
        except _Halted:
            return Stop(Reason.HALT, pc=self.pc0)
        except _Waiting:
            pass
        return self._take(Trap.after_instruction(traps.BPT))

    def _wait(self) -> Stop | None:
        """WAIT: idle to the next clock tick if it will interrupt, else stop."""
        if self.hosted or not self.lks & 0o100 or (self.psw_hi >> 5) & 7 >= CLOCK_LEVEL:
            return Stop(Reason.WAIT, pc=self.pc0)
        self.clock.ns = max(self.clock.ns, self.next_tick)
        return None


def _mmu_register(pa: int) -> tuple[str, int, int]:
    mode = mmu.KERNEL if pa < 0o777000 else mmu.USER
    offset = pa - (0o772300 if mode == mmu.KERNEL else 0o777600)
    return ("par" if offset >= 0o40 else "pdr"), mode, (offset & 0o37) >> 1


def _io_table() -> dict[int, tuple]:
    table: dict[int, tuple] = {
        0o777776: (lambda m, pa: m.psw, Machine._write_psw),
        0o777572: (lambda m, pa: m.mmu.mmr0, Machine._write_mmr0),
        0o777576: (lambda m, pa: m.mmu.mmr2, lambda m, pa, v: None),
        0o777546: (lambda m, pa: m.lks, Machine._write_lks),
        0o777570: (lambda m, pa: m.switches, Machine._write_lights),
    }
    for pa in range(0o777560, 0o777570, 2):
        table[pa] = (Machine._read_console, Machine._write_console)
    for base in (0o772300, 0o777600):
        for pa in range(base, base + 0o100, 2):
            if (pa - base) & 0o20 == 0:
                table[pa] = (Machine._read_mmu_register, Machine._write_mmu_register)
    return table


_IO_REGISTERS = _io_table()
"""Physical address of a device register -> (read(m, pa), write(m, pa, value))."""
