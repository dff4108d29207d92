"""New: the host's streams as open files, for ``v6 exec`` and tests.

``v6 exec`` runs a program with descriptors 0, 1 and 2 open on the host's
standard input, output and error instead of a terminal.  A ``HostStream``
is what such a ``File`` is open on: ``read(count)`` gives what the host
stream gives (fewer bytes, or b"" at its end: end of file), ``write(data)``
writes all of it.  ``close`` is called on the last close.

``HostStream.fd(n)`` wraps a host file descriptor; ``HostStream.buffer``
reads from bytes and collects what is written (tests).  Reading the host
blocks the whole system until the host answers: the system waits as a
person at a terminal would make it wait, and nothing in the simulation
depends on how long that takes.
"""

from __future__ import annotations

import os
from collections.abc import Callable


class HostStream:
    """A host stream under a V6 descriptor."""

    def __init__(self, name: str, reader: Callable[[int], bytes] | None = None,
                 writer: Callable[[bytes], object] | None = None) -> None:
        self.name = name
        self._reader = reader
        self._writer = writer
        self.output = bytearray()
        """What was written, for a buffer stream."""

    @classmethod
    def fd(cls, n: int) -> HostStream:
        """The host's descriptor ``n`` (0 for reading; 1, 2 for writing)."""
        if n == 0:
            return cls("stdin", reader=lambda count: os.read(0, count))
        return cls(f"fd{n}", writer=lambda data: _write_all(n, data))

    @classmethod
    def buffer(cls, data: bytes = b"") -> HostStream:
        """A stream reading ``data`` and keeping what is written in ``output``."""
        pending = bytearray(data)

        def read(count: int) -> bytes:
            chunk = bytes(pending[:count])
            del pending[:count]
            return chunk

        stream = cls("buffer", reader=read)
        stream._writer = stream.output.extend
        return stream

    def read(self, count: int) -> bytes:
        """Up to ``count`` bytes; b"" at the end (or if the stream is not for reading)."""
        if self._reader is None or count <= 0:
            return b""
        return self._reader(count)

    def write(self, data: bytes) -> int:
        """Write ``data``; the bytes written."""
        if self._writer is not None:
            self._writer(data)
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
