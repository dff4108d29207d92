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

# --- processes ----------------------------------------------------------------
NSIG = 20
"""One more than the highest signal number (the signals are in ``v6.signals``)."""
