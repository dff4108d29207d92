"""V6: fork and exec of ken/sys1.c — the first process-creation model, V6's own.

fork makes a child that is a copy of its parent: the data and stack are
copied (in core, or straight to swap when core is short), the pure text is
shared, the open files and the current directory are shared.  The child
resumes at the word right after ``sys fork`` with r0 = the parent's pid;
the parent resumes one word further on with r0 = the child's pid (libc
puts a branch in that word), and so does an error (EAGAIN: no process
slot, or no room at all for the copy).

exec replaces the calling process's image with a program from an a.out
file (``primitives.load_aout``): the path and the argument strings are
fetched from user space first (EFAULT, E2BIG).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.kernel.creation import primitives
from v6.kernel.errors import SysError
from v6.kernel.events import ProcessCreated
from v6.param import NCARGS

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

NAME = "forkexec"


def sys_fork(k: Kernel, p: Proc, args: list[int]) -> None:
    """fork(): a copy of the calling process."""
    m = k.m
    regs = m.regs
    regs[7] = (regs[7] + 2) & 0o177777
    child = primitives.alloc_proc(k, p, NAME)
    try:
        copied = primitives.copy_image(k, p, child)
    except SysError:
        k.free_slot(child)
        raise
    primitives.copy_files(k, p, child)
    shared = primitives.share_text(k, p, child)
    ctx = m.save_context()
    ctx.regs[0], ctx.regs[7], ctx.regs[11] = p.pid, (regs[7] - 2) & 0o177777, 0
    child.u.context = ctx
    regs[0] = child.pid
    primitives.make_runnable(k, child)
    if k.bus:
        k.bus.publish(ProcessCreated(m.clock.ns, child.pid, p.pid, NAME, copied, shared))


def sys_exec(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """exec(name, argv): run another program in this process."""
    path = k.m.copyinstr(args[0], NCARGS)
    argv = primitives.read_args(k, args[1])
    yield from primitives.load_aout(k, p, path, argv)
