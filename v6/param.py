"""V6: param.h — every tunable limit of the system, in one place.

The file system, the kernel and the machine read their limits from here and
nowhere else.  Values are V6's where V6 had one; the comment on each says what
it bounds.
"""

# --- the machine --------------------------------------------------------------
CORESIZE = 256 * 1024
"""Bytes of physical core by default (a PDP-11/40 with 256 KB of MOS memory)."""
HZ = 60
"""Line-clock ticks per second of simulated time (the KW11-L at 60 Hz)."""

# --- the disk -----------------------------------------------------------------
RK05_BLOCKS = 4872
"""512-byte blocks on an RK05 pack (203 cylinders x 2 surfaces x 12 sectors)."""
MAX_FS_BLOCKS = 65535
"""Largest file system: block numbers are 16-bit unsigned."""

# --- the file system ----------------------------------------------------------
NBUF = 15
"""Buffers in the block buffer cache."""
NINODE = 100
"""Slots in the in-core inode table."""
NMOUNT = 5
"""Mounted file systems, the root included."""
NICFREE = 100
"""Free block numbers cached in the superblock (and per free-list chain block)."""
NICINOD = 100
"""Free inode numbers cached in the superblock."""
DIRSIZ = 14
"""Bytes in a directory entry's name (a 14-byte name has no NUL)."""
ROOTINO = 1
"""I-number of every file system's root directory."""
MAXLINK = 127
"""Links an inode may have: V6's link refused a 128th (EMLINK; i_nlink is a char)."""

# --- the kernel: tables -------------------------------------------------------
NSIG = 20
"""One more than the highest signal number (the signals are in ``v6.signals``)."""
NPROC = 50
"""Slots in the process table."""
NOFILE = 15
"""Open files per process (descriptors 0-14)."""
NFILE = 100
"""Slots in the open-file table shared by all processes."""
NTEXT = 40
"""Shared pure-text segments in core or on swap at once."""
NCARGS = 510
"""Bytes of argument strings exec accepts (E2BIG beyond)."""
MAXMEM = 64 * 32
"""Largest process image (data and stack) in clicks: 128 KB, more than 64 KB can map."""

# --- the kernel: memory -------------------------------------------------------
CLICK = 64
"""Bytes in a click, the unit of core allocation and of the KT11's page registers."""
KERNEL_CLICKS = 635
"""Clicks at the bottom of core that the resident kernel occupies: the genuine
/rkunix is 23,900 bytes of text, 1,252 of data and 15,456 of bss (its buffers),
40,608 bytes in all.  User images are allocated above it."""
SSIZE = 20
"""Clicks of stack a new image starts with (1,280 bytes)."""
SINCR = 20
"""Clicks the stack grows by beyond what a faulting reference needs."""
NSWAP = 872
"""Blocks of swap area, placed right after the root file system: blocks
4000-4871 of an RK05 holding a 4000-block file system, as V6's rkunix had it."""
PIPSIZ = 4096
"""Bytes a pipe holds before its writer sleeps."""

# --- the kernel: priorities (lower is more urgent; V6 param.h) ----------------
PSWP = -100
"""The swapper waiting for work or core."""
PINOD = -90
"""Waiting for an inode."""
PRIBIO = -50
"""Waiting for a disk buffer."""
PZERO = 0
"""Sleeps at or above this priority are interrupted by signals; below, not."""
PVFORK = -10
"""A parent whose core a vfork child borrows: no signal may wake it, since it
must not run on that core until the child has given it back."""
PPIPE = 1
"""Waiting on a pipe."""
TTIPRI = 10
"""Waiting for terminal input."""
TTOPRI = 20
"""Waiting for terminal output to drain."""
PWAIT = 40
"""A parent in wait()."""
PSLEP = 90
"""In the sleep() system call."""
PUSER = 100
"""Base priority of a process running user code."""
SCHMAG = 10
"""How much of a process's recent CPU use (p_cpu) is forgiven each second."""

# --- the kernel: simulated time of kernel work (ns) ---------------------------
TRAP_ENTRY_NS = 60_000
"""Entering and leaving the kernel for a trap (a system call or a fault):
saving and restoring registers and dispatching, about 30 instructions of an
11/40."""
SWITCH_NS = 80_000
"""A context switch: saving one process, choosing the next (a scan of the
process table), loading its registers and page registers."""
COPY_NS_PER_BYTE = 1_000
"""Moving a byte between user space and the kernel (copyin, copyout, iomove:
a word per MFPI/MTPI loop of about 2 us)."""
COPYSEG_NS_PER_BYTE = 1_500
"""Copying core to core for fork and expand (V6's copyseg, a word at a time
through two kernel page registers, about 3 us a word)."""

# --- how a system runs -------------------------------------------------------------
ENGINE = "interp"
"""The CPU engine a system (``v6 run``, ``v6 exec``, the TUI, sessions) runs on unless told
otherwise: the interpreter.  A session's programs are short-lived — ``ls -l /bin | wc``
on the pack takes about a third of the host time interpreted that it takes with the
block translator, whose translations cost more than most blocks ever run; the
translator wins on long computations (``v6 bench cpu``): ``--engine translate``."""
