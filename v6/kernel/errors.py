"""New: how kernel code leaves a system call early (V6's u.u_error and its longjmps).

V6 set ``u.u_error`` and returned; a sleep interrupted by a signal jumped
back to the system-call dispatcher through ``u.u_qsav``; ``exit`` switched
away and never returned.  Here each is an exception, so a handler's
try/finally blocks release what it holds on every path:

- ``SysError(errno)``: the call fails with that error number.  The file
  system's ``FsError`` carries an errno too and is treated the same way; a
  user address that does not map (the machine's ``UserFault``) is EFAULT.
- ``Interrupted``: a signal arrived while the process slept at an
  interruptible priority; the call fails with EINTR.
- ``Exited``: the process is gone (exit, or killed by a signal): nothing of
  it may run again.  Only the scheduler catches it.
"""

from __future__ import annotations


class SysError(Exception):
    """A system call fails with error number ``errno`` (V6 u.u_error)."""

    def __init__(self, errno: int) -> None:
        super().__init__(errno)
        self.errno = errno


class Interrupted(Exception):
    """A signal ended an interruptible sleep (the call returns EINTR)."""


class Exited(BaseException):
    """The current process has exited; unwind to the scheduler.

    A ``BaseException`` so that no handler's ``except Exception`` swallows it.
    """
