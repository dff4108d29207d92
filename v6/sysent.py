"""V6: ken/sysent.c — the system calls by number: name and inline argument words.

This is the one table of system calls.  The assembler reads it for ``sys
NAME``, the bare runner and libc's stubs for numbers, and the kernel (stage
two) attaches a handler to each row by name.  Numbers are V6's, so genuine V6
binaries keep working; a slot V6 left empty has no row.

New calls take slots V6 left empty: 27 ``pstat`` (one process-table entry,
for ps: V6's ps read the table out of /dev/kmem), 29 ``model`` (read or set
the current process-creation model), and the process-creation models' own
(``v6.kernel.creation``): 33 ``vfork``, 39 ``spawn``, 40 ``rfork``, 49-56
the cross-process operations ``pcreate``, ``pexec``, ``pdup``,
``pclosefd``, ``pchdir``, ``pwritemem``, ``preadmem``, ``pstart``.

``args`` is the number of argument words that follow the ``sys`` instruction
in line (a scalar first argument travels in r0 and is not counted);
``trace`` is how ``v6 exec --trace`` and the event bus show a call.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sysent:
    """One system call: its number, its V6 name, its inline argument words, its trace."""

    number: int
    name: str
    args: int
    trace: str = ""
    """How a trace shows a call: a ``str.format`` picture of the arguments as
    C passes them, ``{r0}``/``{r1}`` the registers, ``{a0}``.. the inline
    words, ``{s0}``.. the string an inline word points at."""


SYSENT: tuple[Sysent, ...] = (
    Sysent(0, "indir", 1, "indir({a0:o})"),
    Sysent(1, "exit", 0, "exit({r0})"),
    Sysent(2, "fork", 0, "fork()"),
    Sysent(3, "read", 2, "read({r0}, {a0:o}, {a1})"),
    Sysent(4, "write", 2, "write({r0}, {a0:o}, {a1})"),
    Sysent(5, "open", 2, "open({s0}, {a1})"),
    Sysent(6, "close", 0, "close({r0})"),
    Sysent(7, "wait", 0, "wait()"),
    Sysent(8, "creat", 2, "creat({s0}, {a1:o})"),
    Sysent(9, "link", 2, "link({s0}, {s1})"),
    Sysent(10, "unlink", 1, "unlink({s0})"),
    Sysent(11, "exec", 2, "exec({s0}, {a1:o})"),
    Sysent(12, "chdir", 1, "chdir({s0})"),
    Sysent(13, "time", 0, "time()"),
    Sysent(14, "mknod", 3, "mknod({s0}, {a1:o}, {a2:o})"),
    Sysent(15, "chmod", 2, "chmod({s0}, {a1:o})"),
    Sysent(16, "chown", 2, "chown({s0}, {a1:o})"),
    Sysent(17, "break", 1, "break({a0:o})"),
    Sysent(18, "stat", 2, "stat({s0}, {a1:o})"),
    Sysent(19, "seek", 2, "seek({r0}, {a0}, {a1})"),
    Sysent(20, "getpid", 0, "getpid()"),
    Sysent(21, "mount", 3, "mount({s0}, {s1}, {a2})"),
    Sysent(22, "umount", 1, "umount({s0})"),
    Sysent(23, "setuid", 0, "setuid({r0})"),
    Sysent(24, "getuid", 0, "getuid()"),
    Sysent(25, "stime", 0, "stime({r0:o}, {r1:o})"),
    Sysent(26, "ptrace", 3, "ptrace({a2}, {a0}, {a1:o}, {r0})"),
    Sysent(27, "pstat", 1, "pstat({r0}, {a0:o})"),
    Sysent(28, "fstat", 1, "fstat({r0}, {a0:o})"),
    Sysent(29, "model", 2, "model({s0}, {a1:o})"),
    Sysent(31, "stty", 1, "stty({r0}, {a0:o})"),
    Sysent(32, "gtty", 1, "gtty({r0}, {a0:o})"),
    Sysent(33, "vfork", 0, "vfork()"),
    Sysent(34, "nice", 0, "nice({r0})"),
    Sysent(35, "sleep", 0, "sleep({r0})"),
    Sysent(36, "sync", 0, "sync()"),
    Sysent(37, "kill", 1, "kill({r0}, {a0})"),
    Sysent(38, "switch", 0, "getcsw()"),
    Sysent(39, "spawn", 3, "spawn({s0}, {a1:o}, {a2:o})"),
    Sysent(40, "rfork", 0, "rfork({r0:o})"),
    Sysent(41, "dup", 0, "dup({r0})"),
    Sysent(42, "pipe", 0, "pipe()"),
    Sysent(43, "times", 1, "times({a0:o})"),
    Sysent(44, "prof", 4, "profil({a0:o}, {a1}, {a2:o}, {a3})"),
    Sysent(46, "setgid", 0, "setgid({r0})"),
    Sysent(47, "getgid", 0, "getgid()"),
    Sysent(48, "signal", 2, "signal({a0}, {a1:o})"),
    Sysent(49, "pcreate", 0, "pcreate()"),
    Sysent(50, "pexec", 2, "pexec({r0}, {s0}, {a1:o})"),
    Sysent(51, "pdup", 2, "pdup({r0}, {a0}, {a1})"),
    Sysent(52, "pclosefd", 1, "pclosefd({r0}, {a0})"),
    Sysent(53, "pchdir", 1, "pchdir({r0}, {s0})"),
    Sysent(54, "pwritemem", 3, "pwritemem({r0}, {a0:o}, {a1:o}, {a2})"),
    Sysent(55, "preadmem", 3, "preadmem({r0}, {a0:o}, {a1:o}, {a2})"),
    Sysent(56, "pstart", 0, "pstart({r0})"),
)
"""The V6 system calls in number order."""

BY_NAME: dict[str, Sysent] = {s.name: s for s in SYSENT}
"""System call name -> row."""

BY_NUMBER: dict[int, Sysent] = {s.number: s for s in SYSENT}
"""System call number -> row."""

OLD_NAMES: dict[str, int] = {"makdir": 14, "mdate": 30, "tell": 20}
"""Older spellings that V6's assembler still knew as system-call symbols (UNIX
Assembler Reference Manual, sec. 9.2): ``makdir`` for slot 14 (now ``mknod``),
``mdate`` for 30 (V6's inoperative ``smdate``), ``tell`` for 20 (now
``getpid``).  Only the assembler reads them; the kernel knows the numbers."""
