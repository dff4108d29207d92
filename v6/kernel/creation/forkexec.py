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

from v6.kernel.creation import account, primitives, require
from v6.kernel.errors import SysError
from v6.param import NCARGS

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

NAME = "forkexec"


def sys_fork(k: Kernel, p: Proc, args: list[int]) -> None:
    """fork(): a copy of the calling process."""
    m = k.m
    m.regs[7] = (m.regs[7] + 2) & 0o177777
    require(k, NAME)
    cost = account.begin(k, p, NAME)
    child = primitives.alloc_proc(k, p, NAME)
    try:
        cost.bytes_copied = primitives.copy_image(k, p, child)
    except SysError:
        k.free_slot(child)
        raise
    primitives.copy_files(k, p, child)
    cost.bytes_shared = primitives.share_text(k, p, child)
    primitives.start_as_child(k, p, child)
    account.adopt(child, cost)
    primitives.make_runnable(k, child)


def sys_exec(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """exec(name, argv): run another program in this process."""
    path = k.m.copyinstr(args[0], NCARGS)
    argv = primitives.read_args(k, args[1])
    yield from primitives.load_aout(k, p, path, argv)
