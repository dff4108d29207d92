"""V6: ken/trap.c — what a trap from user mode does: system calls and faults.

``syscall(k, p, pc)`` serves ``sys N`` at ``pc``: the number is the low six
bits of the trap word; its inline argument words follow it (``sys indir``:
they follow the ``sys`` instruction whose address follows the indir, which
must be a ``sys`` word); the PC resumes past them.  The handler comes from
the one table, ``v6.sysent``, by name (``HANDLERS``); a slot with no call is
``nosys``.  The carry bit is cleared, the handler runs, and then, as in V6:
an error number below 100 comes back in r0 with the carry set; 100 and up
(EFAULT is 106, as in V6) sends SIGSYS instead.  A handler that must wait
is a generator and becomes the process's kernel half until it finishes.

``fault(k, p, stop)`` turns any other trap into a signal with V6's number:
bus error SIGBUS, reserved instruction SIGINS (but SETD, which every C
program's start-up executes, is ignored unless SIGINS is caught), BPT and
trace SIGTRC, IOT SIGIOT, EMT SIGEMT, floating point SIGFPT, and an MMU
abort SIGSEG — unless it is a stack reference below the stack segment:
then the faulted instruction is backed up, the stack grows and the
instruction runs again.

``deliver(k, p)``, the way back to user mode: act on a pending signal,
recompute the user priority.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING

from v6 import errno, sysent
from v6.errno import EFAULT, EINTR
from v6.fs.errors import FsError
from v6.kernel import pipe, sched, sig, sys1, sys2, sys3, sys4
from v6.kernel.creation import forkexec, rfork, spawn, vfork, xproc
from v6.kernel.errors import Interrupted, SysError
from v6.kernel.events import Syscall
from v6.param import TRAP_ENTRY_NS
from v6.pdp11 import traps
from v6.pdp11.machine import Stop, UserFault
from v6.signals import SIGBUS, SIGEMT, SIGFPT, SIGINS, SIGIOT, SIGSEG, SIGSYS, SIGTRC

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

SETD = 0o170011
"""The FP11's set-double-mode instruction, the first of every C program."""
SYS = 0o104400
"""The ``sys`` instruction with number 0."""

FP_VECTOR = 0o244
"""The FP11's floating-point exception (no 11/40 here has one, but a program may say so)."""
FAULT_SIGNALS = {traps.BUS_ERROR: SIGBUS, traps.RESERVED_INSTRUCTION: SIGINS,
                 traps.BPT: SIGTRC, traps.IOT: SIGIOT, traps.EMT: SIGEMT,
                 FP_VECTOR: SIGFPT, traps.MMU_ABORT: SIGSEG}
"""Trap vector -> the signal a fault through it sends."""

Handler = Callable[..., object]

ERRNO_NAMES = {value: name for name, value in vars(errno).items()
               if name.startswith("E") and isinstance(value, int)}
"""Error number -> its name, for traces."""


def nosys(k: Kernel, p: Proc, args: list[int]) -> None:
    """A system call number with no call: V6 answered with SIGSYS (error 100)."""
    raise SysError(100)


HANDLERS: dict[str, Handler] = {
    "exit": sys1.sys_exit, "fork": forkexec.sys_fork, "read": sys2.sys_read,
    "write": sys2.sys_write, "open": sys2.sys_open, "close": sys2.sys_close,
    "wait": sys1.sys_wait, "creat": sys2.sys_creat, "link": sys2.sys_link,
    "unlink": sys4.sys_unlink, "exec": forkexec.sys_exec, "chdir": sys4.sys_chdir,
    "time": sys4.sys_time, "mknod": sys2.sys_mknod, "chmod": sys4.sys_chmod,
    "chown": sys4.sys_chown, "break": sys1.sys_break, "stat": sys3.sys_stat,
    "seek": sys2.sys_seek, "getpid": sys4.sys_getpid, "mount": sys3.sys_mount,
    "umount": sys3.sys_umount, "setuid": sys4.sys_setuid, "getuid": sys4.sys_getuid,
    "stime": sys4.sys_stime, "ptrace": sys4.sys_ptrace, "fstat": sys3.sys_fstat,
    "stty": sys3.sys_stty, "gtty": sys3.sys_gtty, "nice": sys4.sys_nice,
    "sleep": sys2.sys_sleep, "sync": sys4.sys_sync, "kill": sys4.sys_kill,
    "switch": sys4.sys_getswit, "dup": sys3.sys_dup, "pipe": pipe.sys_pipe,
    "times": sys4.sys_times, "prof": sys4.sys_profil, "setgid": sys4.sys_setgid,
    "getgid": sys4.sys_getgid, "signal": sys4.sys_ssig, "pstat": sys4.sys_pstat,
    "model": sys4.sys_model, "vfork": vfork.sys_vfork, "spawn": spawn.sys_spawn,
    "rfork": rfork.sys_rfork, "pcreate": xproc.sys_pcreate, "pexec": xproc.sys_pexec,
    "pdup": xproc.sys_pdup, "pclosefd": xproc.sys_pclosefd, "pchdir": xproc.sys_pchdir,
    "pwritemem": xproc.sys_pwritemem, "preadmem": xproc.sys_preadmem,
    "pstart": xproc.sys_pstart,
}
"""System call name (``v6.sysent``) -> its handler ``(k, p, args)``."""


NOSYS = sysent.Sysent(-1, "nosys", 0, "nosys()")
"""The row of a slot with no system call."""


def table() -> list[tuple[int, Handler, sysent.Sysent]]:
    """The 64 slots: (inline argument words, handler, the sysent row)."""
    slots: list[tuple[int, Handler, sysent.Sysent]] = [(0, nosys, NOSYS)] * 64
    for row in sysent.SYSENT:
        if row.name in HANDLERS:
            slots[row.number] = (row.args, HANDLERS[row.name], row)
    return slots


def _fetch(k: Kernel, pc: int) -> tuple[int, list[int]]:
    """The call number and its argument words; the PC set past them."""
    m = k.m
    number = _word(m, pc) & 0o77
    if number == 0:
        target = _word(m, pc + 2)
        m.regs[7] = (pc + 4) & 0o177777
        word = _word(m, target)
        number = word & 0o77 if word & ~0o77 == SYS else 0o77
        nargs = k.sysent[number][0]
        return number, [_word(m, target + 2 + 2 * i) for i in range(nargs)]
    nargs = k.sysent[number][0]
    m.regs[7] = (pc + 2 + 2 * nargs) & 0o177777
    return number, [_word(m, pc + 2 + 2 * i) for i in range(nargs)]


def _word(m: object, va: int) -> int:
    """A user word, or -1 (0177777) where there is none, as V6's fuword answered."""
    try:
        return m.fuword(va & 0o177777)
    except UserFault:
        return 0o177777


def syscall(k: Kernel, p: Proc, pc: int) -> None:
    """Serve the system call whose trap instruction is at ``pc``."""
    k.charge(TRAP_ENTRY_NS)
    number, args = _fetch(k, pc)
    _, handler, row = k.sysent[number]
    trace = _render(k, row, args) if k.bus and k.bus.trace_syscalls else None
    k.m.regs[11] = 0
    try:
        result = handler(k, p, args)
    except (SysError, FsError, UserFault, Interrupted) as exc:
        complete(k, p, _errno(exc), trace)
        return
    if inspect.isgenerator(result):
        p.kgen = _drive(k, p, result, trace)
        sched.resume(k, p)
        return
    complete(k, p, 0, trace)


def _drive(k: Kernel, p: Proc, gen: object, trace: str | None):  # noqa: ANN202 - a generator
    """Run a waiting handler to its end, then finish the call."""
    try:
        yield from gen
    except (SysError, FsError, UserFault, Interrupted) as exc:
        complete(k, p, _errno(exc), trace)
        return
    complete(k, p, 0, trace)


def _render(k: Kernel, row: sysent.Sysent, args: list[int]) -> str:
    """The call as its trace picture shows it, strings fetched from user space."""
    regs = k.m.regs
    fields: dict[str, object] = {"r0": regs[0], "r1": regs[1]}
    for i, a in enumerate(args):
        fields[f"a{i}"] = a
        if f"{{s{i}}}" in row.trace:
            fields[f"s{i}"] = _string(k, a)
    return row.trace.format(**fields)


def _string(k: Kernel, va: int) -> str:
    try:
        text = k.m.copyinstr(va, 64).decode("latin-1")
    except UserFault:
        return f"<{va:o}>"
    return '"' + text.encode("unicode_escape").decode("ascii") + '"'


def _result(k: Kernel, error: int) -> str:
    if error >= 100:
        return "SIGSYS"
    if error:
        return f"-1 {ERRNO_NAMES.get(error, error)}"
    return str(k.m.regs[0])


def _errno(exc: Exception) -> int:
    if isinstance(exc, UserFault):
        return EFAULT
    if isinstance(exc, Interrupted):
        return EINTR
    return exc.errno


def complete(k: Kernel, p: Proc, error: int, trace: str | None = None) -> None:
    """Report ``error`` as V6 did (r0 and carry below 100, SIGSYS from 100) and go back."""
    if trace is not None:
        k.bus.publish(Syscall(k.m.clock.ns, p.pid, f"{trace} = {_result(k, error)}"))
    if error:
        if error < 100:
            regs = k.m.regs
            regs[0], regs[11] = error, 1
        else:
            sig.psignal(k, p, SIGSYS)
    deliver(k, p)


def deliver(k: Kernel, p: Proc) -> None:
    """The way back to user mode: act on a pending signal, recompute the priority."""
    if p.sig and sig.issig(k, p):
        sig.psig(k, p)
    sched.setpri(k, p)


def fault(k: Kernel, p: Proc, stop: Stop) -> None:
    """Turn a trap other than a system call into a signal (or grow the stack)."""
    k.charge(TRAP_ENTRY_NS)
    m = k.m
    vector = stop.vector
    if vector == traps.MMU_ABORT:
        sp = m.regs[6]
        m.clear_abort()
        if m.backup():
            p.kgen = _grow_or_fault(k, p, sp)
            sched.resume(k, p)
            return
    elif vector == traps.RESERVED_INSTRUCTION and _word(m, stop.pc) == SETD and p.u.signal[SIGINS] == 0:
        return
    sig.psignal(k, p, FAULT_SIGNALS.get(vector, SIGSEG))
    deliver(k, p)


def _grow_or_fault(k: Kernel, p: Proc, sp: int):  # noqa: ANN202 - a generator
    """Grow the stack to cover ``sp`` and restart the instruction, or SIGSEG (V6 grow)."""
    grown = yield from sys1.grow(k, p, sp)
    if not grown:
        sig.psignal(k, p, SIGSEG)
    deliver(k, p)
