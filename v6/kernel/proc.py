r"""V6: proc.h and user.h — the process table entry and the per-process u-area.

A ``Proc`` is what the kernel must know of a process even when it is
swapped out (V6's ``struct proc``): identity, state, scheduling figures,
where its image is, what it waits for.  A ``User`` is what it needs only
while the process runs (V6's ``struct user``, the u-area): open files,
current directory, ids, signal dispositions, times, segment sizes and the
saved user registers.

The image of a process is two segments of core (``Segment``): ``data`` (for a 0407
program the text too) and ``stack`` (at the top of the address space); a
pure text (0410) is a third, shared through the text table (``textp``).
When the process is swapped out (``SLOAD`` clear), each segment's ``addr``
is its first block in the swap area instead of its first click in core.
A segment may be shared (``count`` > 1): a vfork child borrows its parent's
data and stack, an rfork(RFMEM) child shares its parent's data; a process
with a shared segment is not swapped out.

Deviations from V6: the u-area is a Python object, not the first 1,024
bytes of the image, and the kernel stack is the process's generator
(``kgen``, see ``v6.kernel.sched``); and data and stack are allocated apart
rather than as one run of core, so that a segment can be shared and the
stack grows without moving the data.  So an image is data and stack only,
which is exactly what fork copies; core files still begin with 1,024 bytes
of u-area as V6's did (``v6.kernel.sig``).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from v6.kernel.file import FdTable
from v6.param import NSIG

if TYPE_CHECKING:
    from v6.fs.iget import Inode
    from v6.kernel.creation.account import Creation
    from v6.kernel.text import Text
    from v6.kernel.ureg import Layout
    from v6.pdp11.machine import Context

# Process states (p_stat), V6's values.
SSLEEP = 1
"""Sleeping at a negative (urgent) priority: signals do not wake it."""
SWAIT = 2
"""Sleeping at priority PZERO or above: a signal wakes it (EINTR)."""
SRUN = 3
"""Runnable (or running)."""
SIDL = 4
"""Being created."""
SZOMB = 5
"""Exited; waiting for its parent's wait()."""
SSTOP = 6
"""Stopped for tracing (not used: ptrace is not implemented)."""

STATE_LETTERS = {SSLEEP: "S", SWAIT: "W", SRUN: "R", SIDL: "I", SZOMB: "Z", SSTOP: "T"}
"""One letter per state, as ps shows them."""

# Flags (p_flag), V6's values.
SLOAD = 0o1
"""The image is in core."""
SSYS = 0o2
"""A kernel process (the swapper): never swapped."""
SLOCK = 0o4
"""Must not be swapped out just now (being copied, growing)."""
SSWAP = 0o10
"""Swapped out while it was growing: the swapper brings it back larger."""
SEMBRYO = 0o100
"""New (xproc): made by pcreate and not started; it has no life of its own,
so its creator's exit, or a signal, reclaims it at once."""

Kgen = Generator[Any, None, Any]


@dataclass(eq=False)
class Segment:
    """A run of core (or of swap) holding one segment of a process image."""

    size: int = 0
    """Clicks."""
    addr: int = 0
    """First click in core while its processes are loaded, else first swap block."""
    count: int = 1
    """Processes that map it."""
"""The kernel half of a process while it is in a system call or a fault."""


@dataclass
class User:
    """The u-area: what the kernel needs of a process while it runs."""

    ofile: FdTable = field(default_factory=lambda: FdTable())
    """Descriptor -> open file (V6 u_ofile), perhaps shared with others (rfork)."""
    cdir: Inode | None = None
    """Current directory, referenced."""
    uid: int = 0
    """Effective user id (for permissions)."""
    gid: int = 0
    """Effective group id."""
    ruid: int = 0
    """Real user id."""
    rgid: int = 0
    """Real group id."""
    signal: list[int] = field(default_factory=lambda: [0] * NSIG)
    """Per signal: 0 default, odd ignore, else the handler's address."""
    utime: int = 0
    """Clock ticks spent in user mode."""
    stime: int = 0
    """Clock ticks spent in the kernel on its behalf."""
    cutime: int = 0
    """User ticks of waited-for children."""
    cstime: int = 0
    """System ticks of waited-for children."""
    layout: Layout | None = None
    """The page registers' prototype for these sizes (V6 u_uisa/u_uisd), from ``estabur``."""
    prof: tuple[int, int, int, int] = (0, 0, 0, 0)
    """profil(): buffer, size, offset, scale (scale 0: off)."""
    context: Context | None = None
    """The user registers while the process is not on the CPU (V6 saved
    them on the kernel stack and kept u_ar0 pointing at them)."""
    ttyp: object | None = None
    """The controlling terminal (V6 kept it in the proc entry as p_ttyp)."""


@dataclass(eq=False)
class Proc:
    """A process table entry."""

    pid: int
    ppid: int = 0
    uid: int = 0
    """Real user id, for kill and ps (V6 p_uid)."""
    stat: int = SIDL
    flag: int = 0
    pri: int = 0
    """Scheduling priority: lower runs first (V6 p_pri)."""
    cpu: int = 0
    """Recent CPU use in ticks, decayed every second (V6 p_cpu, 0-255)."""
    nice: int = 0
    time: int = 0
    """Seconds in core (or out of it), for the swapper (V6 p_time)."""
    sig: int = 0
    """The pending signal, 0 for none (V6 kept one)."""
    wchan: object | None = None
    """What it sleeps on (V6 p_wchan)."""
    textp: Text | None = None
    """Its shared pure text, if any."""
    data: Segment = field(default_factory=lambda: Segment())
    """Data and bss (and, for a 0407 program, the text)."""
    stack: Segment = field(default_factory=lambda: Segment())
    """The stack, at the top of the address space."""
    u: User = field(default_factory=User)
    kgen: Kgen | None = None
    """The kernel half while in the kernel: resumed by the scheduler."""
    xstat: int = 0
    """A zombie's wait status."""
    xtimes: tuple[int, int] = (0, 0)
    """A zombie's user and system ticks (its own and its waited children's)."""
    model: str = "forkexec"
    """The process-creation model that made it."""
    command: str = ""
    """The name it was last exec'd with (for ps and the TUI)."""
    creation: Creation | None = None
    """What making it has cost so far, until it first runs (``creation.account``)."""
    lender: Proc | None = None
    """A vfork child: the parent whose core it borrows, asleep until it is given back."""

    @property
    def loaded(self) -> bool:
        """Its image is in core."""
        return bool(self.flag & SLOAD)

    @property
    def size(self) -> int:
        """Clicks of data and stack."""
        return self.data.size + self.stack.size

    @property
    def shares(self) -> bool:
        """Another process maps its data or its stack (so it is not to be swapped out)."""
        return self.data.count > 1 or self.stack.count > 1
