"""New: the file system's exceptions.

Two kinds of failure leave ``v6.fs``:

- ``FsError``: what V6 reported through ``u.u_error`` (no such file, no space,
  permission denied ...).  It carries ``errno`` so the kernel can put it in
  ``u.u_error`` unchanged; the host tools print its message.
- ``Corrupt`` (a ``FsError`` with errno EIO): the image itself is damaged —
  a block number outside the file system, an i-number past the i-list, a
  free-list count over 100.  The message names the image and the problem.
  ``BadSuperblock`` is the corruption that makes an image unmountable.

Both derive from ``v6.errors.V6Error``, so the ``v6`` command prints them as
one line.  Anything else escaping ``v6.fs`` is a bug.
"""

from __future__ import annotations

from v6.errno import EIO, strerror
from v6.errors import V6Error


class FsError(V6Error):
    """A failure V6 reported as an error number."""

    def __init__(self, errno: int, message: str | None = None) -> None:
        self.errno = errno
        """The V6 error number (v6.errno)."""
        super().__init__(message or strerror(errno))


class Corrupt(FsError):
    """The image is damaged; the message says where and how."""

    def __init__(self, message: str) -> None:
        super().__init__(EIO, message)


class BadSuperblock(Corrupt):
    """The superblock makes no sense: the image cannot be mounted."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: not a V6 file system (bad superblock: {problem})")
