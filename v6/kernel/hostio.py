"""New: the host's streams as open files, for ``v6 exec`` and tests.

``v6 exec`` runs a program with descriptors 0, 1 and 2 open on the host's
standard input, output and error instead of a terminal.  A ``HostStream``
is what such a ``File`` is open on: ``read(count)`` gives what the host
stream gives (fewer bytes, or b"" at its end: end of file), ``write(data)``
writes all of it.  ``close`` is called on the last close.

``HostStream.fd(n)`` wraps a host file descriptor; ``HostStream.buffer``
reads from bytes and collects what is written (tests).  ``seek`` moves
within a stream that can (a host file, a buffer) and is ignored by one that
cannot (a pipe, a terminal), as V6 ignored a seek on a terminal.  Reading the host
blocks the whole system until the host answers: the system waits as a
person at a terminal would make it wait, and nothing in the simulation
depends on how long that takes.
"""

from __future__ import annotations

import os
import stat


class HostStream:
    """A host stream under a V6 descriptor."""

    def __init__(self, name: str, fd: int | None = None, data: bytes = b"",
                 writable: bool = True) -> None:
        self.name = name
        self._fd = fd
        """The host descriptor, or None for a buffer."""
        self._data = data
        self._pos = 0
        self._writable = writable
        self.output = bytearray()
        """What was written to a buffer stream."""

    @classmethod
    def fd(cls, n: int) -> HostStream:
        """The host's descriptor ``n`` (0 for reading; 1, 2 for writing)."""
        return cls("stdin" if n == 0 else f"fd{n}", fd=n, writable=n != 0)

    @classmethod
    def buffer(cls, data: bytes = b"") -> HostStream:
        """A stream reading ``data`` and keeping what is written in ``output``."""
        return cls("buffer", data=data)

    def read(self, count: int) -> bytes:
        """Up to ``count`` bytes; b"" at the end."""
        if count <= 0:
            return b""
        if self._fd is not None:
            return b"" if self._writable else os.read(self._fd, count)
        chunk = self._data[self._pos:self._pos + count]
        self._pos += len(chunk)
        return chunk

    def tell(self) -> int:
        """Where the next read starts (0 where that cannot be known)."""
        if self._fd is None:
            return self._pos
        try:
            return os.lseek(self._fd, 0, os.SEEK_CUR)
        except OSError:
            return 0

    def size(self) -> int:
        """How many bytes the stream holds (0 for a pipe or a terminal)."""
        if self._fd is None:
            return len(self._data)
        mode = os.fstat(self._fd)
        return mode.st_size if stat.S_ISREG(mode.st_mode) else 0

    def seek(self, pos: int) -> None:
        """Move to ``pos``, if the stream can."""
        if self._fd is None:
            self._pos = pos
            return
        try:
            os.lseek(self._fd, pos, os.SEEK_SET)
        except OSError:
            pass

    def write(self, data: bytes) -> int:
        """Write ``data``; the bytes written."""
        if self._fd is None:
            self.output += data
        elif self._writable:
            _write_all(self._fd, data)
        return len(data)

    def close(self) -> None:
        """Nothing to release: the host's descriptors stay the host's."""


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except BrokenPipeError:
            return
        view = view[n:]
