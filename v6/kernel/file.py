"""V6: file.h — the open-file table's entries.

A ``File`` holds the open mode, the offset and what it is open on: an inode
(a plain file, a directory, a special file or a pipe), or one of the host's
streams that ``v6 exec`` gives a process in place of a terminal.  ``fork``
and ``dup`` share a ``File`` (its ``count`` counts the descriptors), so they
share the offset, as in V6.  The ``FileTable`` (NFILE entries) holds them
all; ``v6.kernel.fio`` opens, finds and closes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from v6.errno import ENFILE
from v6.fs.iget import Inode
from v6.kernel.errors import SysError
from v6.param import NFILE, NOFILE

FREAD = 0o1
"""Open for reading."""
FWRITE = 0o2
"""Open for writing."""
FPIPE = 0o4
"""One end of a pipe."""

READER, WRITER = 1, 2
"""A pipe's two wait channels are ``(inode, READER)``, where its reader
sleeps for data, and ``(inode, WRITER)``, where its writer sleeps for room
(V6 slept on ip+2 and ip+1)."""


@dataclass(eq=False)
class File:
    """An entry of the open-file table."""

    flag: int
    """FREAD | FWRITE | FPIPE."""
    target: object
    """What it is open on: an ``Inode`` or a host stream (``v6.kernel.hostio``)."""
    count: int = 1
    """Descriptors (in all processes) that refer to it."""
    offset: int = 0
    """Where the next read or write starts."""

    @property
    def inode(self) -> Inode | None:
        """The inode it is open on, if it is open on one."""
        return self.target if isinstance(self.target, Inode) else None


class FdTable(list):
    """One or more processes' descriptors (V6 u_ofile): descriptor -> ``File`` or None.

    A process normally has its own; rfork without RFFDG or RFCFDG lets a child
    share its parent's, so that what one opens or closes the other has too."""

    def __init__(self, files: list[File | None] | None = None) -> None:
        super().__init__(files if files is not None else [None] * NOFILE)
        self.sharers = 1
        """Processes using this table."""


class FileTable:
    """The system's open files (V6 file[])."""

    def __init__(self, nfile: int = NFILE) -> None:
        self.nfile = nfile
        self.files: set[File] = set()
        """Open files (at most ``nfile``)."""

    def alloc(self, target: object, flag: int) -> File:
        """A new open file with one reference; ENFILE when the table is full."""
        if len(self.files) >= self.nfile:
            raise SysError(ENFILE)
        fp = File(flag, target)
        self.files.add(fp)
        return fp

    def release(self, fp: File) -> None:
        """Forget a file whose last reference is gone."""
        self.files.discard(fp)
