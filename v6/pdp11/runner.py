"""New: the bare runner — one a.out on the machine, before the kernel exists.

``run`` loads a program as V6's exec did and runs it in user mode under the
MMU, serving the few system calls that libc's stdio and malloc need: exit,
read, write, break (and indir, which reaches them).  It is what the C tests
use until the kernel lands, and what ``v6 pdp11 run`` does.

Memory: 64 KB of core, mapped one to one into the user address space: the
text read-only for a pure (0410) program, everything else read-write.  The
process image is laid out as exec laid it out: text at 0, data after it
(0407) or at the next 8 KB boundary (0410), bss zeroed, and at the top of the
address space the argument strings, below them the -1 word that ends argv,
argv's pointers and argc, with SP pointing at argc.  ``break`` moves the end
of data, refusing (ENOMEM) what V6 refused: data and stack that no longer
fit in the eight segments.

A fault ends the program as a V6 signal would: the result says which, and
the status is 128 plus the signal number, as a shell shows it.

Deviation from V6: the stack does not grow on demand and nothing guards the
gap between the break and the stack; separate I/D (0411) programs need an
11/45 and are refused.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from v6 import signals, sysent
from v6.errno import EBADF, EFAULT, ENOMEM
from v6.errors import V6Error
from v6.pdp11 import aout, mmu, traps
from v6.pdp11.machine import Machine, Reason, Stop, UserFault

SIGNALS = {
    traps.BUS_ERROR: signals.SIGBUS, traps.RESERVED_INSTRUCTION: signals.SIGINS,
    traps.BPT: signals.SIGTRC, traps.IOT: signals.SIGIOT, traps.EMT: signals.SIGEMT,
    traps.MMU_ABORT: signals.SIGSEG,
}
"""Trap vector -> the V6 signal it sends (any other trap: SIGSYS)."""

SEGMENT = 0o20000
"""Bytes in a KT11 segment."""

SETD = 0o170011
"""crt0 of V6 C programs starts with SETD; without an FP11, V6 ignored its trap."""


class RunError(V6Error):
    """The program cannot be started (bad a.out, arguments too long)."""


@dataclass
class Result:
    """How a program ended."""

    status: int
    """Its exit status, or 128 + the signal that killed it."""
    stdout: bytes = b""
    stderr: bytes = b""
    signal: int | None = None
    """The V6 signal that killed it, if one did."""
    message: str = ""
    """What killed it, in words (empty after a normal exit)."""
    instructions: int = 0
    """Instructions executed."""
    ns: int = 0
    """Simulated nanoseconds taken."""


@dataclass
class _Process:
    m: Machine
    brk: int
    reader: Callable[[int], bytes]
    """Up to n bytes of input (fewer at its end), as os.read gives them."""
    writers: dict[int, Callable[[bytes], None]]
    exited: int | None = None
    outputs: dict[int, bytearray] = field(default_factory=dict)


def load(m: Machine, program: aout.AOut, argv: Sequence[str]) -> int:
    """Lay out ``program`` and its arguments in core; map it; return the break."""
    if program.magic == 0o411:
        raise RunError("separate I/D programs (0411) need an 11/45; this is an 11/40")
    data_base = program.data_addr
    brk = program.bss_addr + program.bss
    if brk > 0o160000:
        raise RunError(f"program too large: it ends at {brk:06o}")
    m.load(0, program.text)
    m.load(data_base, program.data)
    sp = _arguments(m, argv)
    _map(m, len(program.text) if program.magic == 0o410 else 0)
    m.set_psw(0o170000)
    m.sp, m.pc = sp, program.entry
    return brk


def _arguments(m: Machine, argv: Sequence[str]) -> int:
    """Put exec's stack at the top of core (mapped one to one); return SP."""
    try:
        sp, image = aout.exec_stack([a.encode("latin-1", "replace") for a in argv])
    except aout.ArgsTooLong as exc:
        raise RunError(str(exc)) from None
    m.load(sp, image)
    return sp


def _map(m: Machine, text: int) -> None:
    """Map user space one to one onto core; the segments of ``text`` read-only.

    A segment that holds the end of the text is the text's, read-only to its
    end, as in V6 (a pure program's data starts at the next segment).
    """
    text_segments = -(-text // 0o20000)
    for seg in range(8):
        m.mmu.par[mmu.USER][seg] = seg * 0o200
        m.mmu.pdr[mmu.USER][seg] = 0o77402 if seg < text_segments else 0o77406
    m.mmu.mmr0 = 1
    m.mmu_changed()


def run(program: bytes | aout.AOut, argv: Sequence[str], stdin: bytes = b"", *,
        engine: str = "translate", max_instructions: int = 500_000_000,
        name: str = "a.out") -> Result:
    """Run a program to its end with ``stdin`` as input; capture its output."""
    return _run(program, argv, io.BytesIO(stdin).read, None, engine, max_instructions, name)


def run_console(program: bytes | aout.AOut, argv: Sequence[str], *,
                engine: str = "translate", name: str = "a.out") -> Result:
    """Run a program on the host's standard input and output (for the CLI)."""
    writers = {1: _host_writer(1), 2: _host_writer(2)}
    return _run(program, argv, lambda n: os.read(0, n), writers, engine, None, name)


def _host_writer(fd: int) -> Callable[[bytes], None]:
    def write(data: bytes) -> None:
        os.write(fd, data)
    return write


def _run(program: bytes | aout.AOut, argv: Sequence[str], reader: Callable[[int], bytes],
         writers: dict[int, Callable[[bytes], None]] | None, engine: str,
         limit: int | None, name: str) -> Result:
    if isinstance(program, bytes):
        program = aout.AOut.from_bytes(program, name)
    m = Machine(0o200000 + 0o20000, hosted=True, engine=engine)
    proc = _Process(m, 0, reader, {})
    proc.brk = load(m, program, argv)
    if writers is None:
        for fd in (1, 2):
            buffer = proc.outputs[fd] = bytearray()
            proc.writers[fd] = buffer.extend
    else:
        proc.writers = writers
    result = _execute(proc, limit)
    result.stdout, result.stderr = bytes(proc.outputs.get(1, b"")), bytes(proc.outputs.get(2, b""))
    result.instructions, result.ns = m.icount, m.clock.ns
    return result


def _execute(proc: _Process, limit: int | None) -> Result:
    m = proc.m
    while proc.exited is None:
        budget = 1_000_000 if limit is None else min(1_000_000, limit - m.icount)
        if budget <= 0:
            return Result(124, message=f"stopped after {limit} instructions")
        stop = m.run(budget)
        if stop.reason is Reason.TRAP and stop.vector == traps.TRAP:
            _syscall(proc, stop)
        elif stop.reason in (Reason.TRAP, Reason.FAULT):
            killed = _fault(proc, stop)
            if killed:
                return killed
    return Result(proc.exited)


def _fault(proc: _Process, stop: Stop) -> Result | None:
    """A trap other than a system call: kill the program (SETD excepted)."""
    m = proc.m
    if stop.vector == traps.RESERVED_INSTRUCTION and m.read_word(stop.pc) == SETD:
        return None
    number = SIGNALS.get(stop.vector, signals.SIGSYS)
    text = signals.BY_NUMBER[number].message
    where = f" at pc {stop.pc:06o}"
    if stop.addr is not None:
        where = f" (address {stop.addr:06o}){where}"
    return Result(128 + number, signal=number, message=text + where)


def _syscall(proc: _Process, stop: Stop) -> None:
    """Serve ``sys N``: fetch the inline arguments, call, set r0 and C."""
    m = proc.m
    number, at = m.read_word(stop.pc) & 0o77, stop.pc + 2
    if number == 0:
        target = m.read_word(at)
        number, at, resume = m.read_word(target) & 0o77, target + 2, at + 2
    else:
        resume = None
    entry = sysent.BY_NUMBER.get(number)
    args = [m.read_word(at + 2 * i) for i in range(entry.args if entry else 0)]
    m.pc = resume if resume is not None else at + 2 * len(args)
    handler = _HANDLERS.get(entry.name if entry else "")
    if handler is None:
        raise RunError(f"system call {entry.name if entry else number} is not served "
                       "by the bare runner (only exit, read, write, break)")
    error = handler(proc, args)
    regs = m.regs
    if error:
        regs[0], regs[11] = error, 1
    else:
        regs[11] = 0


def _sys_exit(proc: _Process, args: list[int]) -> int:
    proc.exited = proc.m.regs[0] & 0o377
    return 0


def _sys_read(proc: _Process, args: list[int]) -> int:
    fd, (buf, count) = proc.m.regs[0], args
    if fd != 0:
        return EBADF
    data = proc.reader(count)
    try:
        proc.m.copyout(buf, data)
    except UserFault:
        return EFAULT
    proc.m.regs[0] = len(data)
    return 0


def _sys_write(proc: _Process, args: list[int]) -> int:
    fd, (buf, count) = proc.m.regs[0], args
    writer = proc.writers.get(fd)
    if writer is None:
        return EBADF
    try:
        data = proc.m.copyin(buf, count)
    except UserFault:
        return EFAULT
    writer(data)
    proc.m.regs[0] = count
    return 0


def _sys_break(proc: _Process, args: list[int]) -> int:
    """Move the end of data.  As in V6, the data and the stack must still fit
    in the eight 8 KB segments, each rounded up to whole segments."""
    new = args[0] or proc.brk
    stack = 0o200000 - proc.m.sp
    if -(-new // SEGMENT) + -(-stack // SEGMENT) > 8:
        return ENOMEM
    proc.brk = (new + 1) & ~1
    proc.m.regs[0] = 0
    return 0


_HANDLERS = {"exit": _sys_exit, "read": _sys_read, "write": _sys_write, "break": _sys_break}
