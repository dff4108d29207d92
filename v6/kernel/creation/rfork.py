"""New: Plan 9's rfork(flags) — the flags say what a child shares, copies or starts without.

``rfork(flags)`` (system call 40, flags in r0) with Plan 9's values:

- RFPROC (16): make a new process; without it the other flags act on the
  caller itself (and RFMEM or RFNOWAIT are EINVAL);
- RFMEM (32): the child shares the parent's data and bss — the same core,
  mapped by both processes' page registers — while its stack is a copy of
  its own (Plan 9 never shares the stack);  without RFMEM data and stack
  are copied, as by fork;
- RFFDG (4): the child gets a copy of the descriptor table (as fork does);
  RFCFDG (4096): an empty one; with neither, parent and child share one
  table, so that what one opens or closes the other sees (both: EINVAL);
- RFNOTEG (8): a new note group — here, no controlling terminal, so the
  terminal's interrupt and quit, and kill(0, ...), no longer reach it;
- RFNOWAIT (64): the child is no one's to wait for; it vanishes when it exits.

Plan 9's flags that mean nothing on this system (name space, environment,
rendezvous: RFNAMEG 1, RFENVG 2, RFCNAMEG 1024, RFCENVG 2048, RFREND 8192,
RFNOMNT 16384) and any unknown bit are EINVAL.  The pure text is shared.
Returns as fork does: the child at the word after the trap with r0 = the
parent's pid, the parent one word on with r0 = the child's pid (or 0 when
no process was made).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import EINVAL
from v6.kernel import fio
from v6.kernel.creation import account, primitives, require
from v6.kernel.errors import SysError
from v6.kernel.file import FdTable

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

NAME = "rfork"
RFFDG, RFNOTEG, RFPROC, RFMEM, RFNOWAIT, RFCFDG = 4, 8, 16, 32, 64, 4096
KNOWN = RFFDG | RFNOTEG | RFPROC | RFMEM | RFNOWAIT | RFCFDG


def sys_rfork(k: Kernel, p: Proc, args: list[int]) -> None:
    """rfork(flags)."""
    m = k.m
    flags = m.regs[0]
    m.regs[7] = (m.regs[7] + 2) & 0o177777
    require(k, NAME)
    if flags & ~KNOWN or flags & RFFDG and flags & RFCFDG:
        raise SysError(EINVAL)
    if not flags & RFPROC:
        if flags & (RFMEM | RFNOWAIT):
            raise SysError(EINVAL)
        _on_itself(k, p, flags)
        m.regs[0] = 0
        return
    cost = account.begin(k, p, NAME)
    child = primitives.alloc_proc(k, p, NAME)
    try:
        if flags & RFMEM:
            child.data = primitives.share_segment(p.data)
            cost.bytes_shared = p.data.size * 64
            cost.bytes_copied = primitives.copy_image(k, p, child, ("stack",), swap_ok=False)
        else:
            cost.bytes_copied = primitives.copy_image(k, p, child)
    except SysError:
        k.release_image(child)
        k.free_slot(child)
        raise
    cost.bytes_shared += primitives.share_text(k, p, child)
    _descriptors(p, child, flags)
    primitives.share_dir(p, child)
    if flags & RFNOTEG:
        child.u.ttyp = None
    if flags & RFNOWAIT:
        child.ppid = 0
    primitives.start_as_child(k, p, child)
    account.adopt(child, cost)
    primitives.make_runnable(k, child)


def _descriptors(p: Proc, child: Proc, flags: int) -> None:
    """The child's descriptor table: a copy, an empty one, or the parent's own."""
    if flags & RFCFDG:
        return
    if flags & RFFDG:
        for fd, fp in enumerate(p.u.ofile):
            if fp is not None:
                fp.count += 1
                child.u.ofile[fd] = fp
        return
    child.u.ofile = p.u.ofile
    p.u.ofile.sharers += 1


def _on_itself(k: Kernel, p: Proc, flags: int) -> None:
    """rfork without RFPROC: the caller's own table copied or emptied, its note group new."""
    table = p.u.ofile
    if flags & RFFDG and table.sharers > 1:
        table.sharers -= 1
        p.u.ofile = FdTable(list(table))
        for fp in p.u.ofile:
            if fp is not None:
                fp.count += 1
    if flags & RFCFDG:
        fio.close_all(k, p)
    if flags & RFNOTEG:
        p.u.ttyp = None
