"""V6: ken/sysent.c — the system calls by number: name and inline argument words.

This is the one table of system calls.  The assembler reads it for ``sys
NAME``, the bare runner and libc's stubs for numbers, and the kernel (stage
two) attaches a handler to each row by name.  Numbers are V6's, so genuine V6
binaries keep working; a slot V6 left empty has no row.

``args`` is the number of argument words that follow the ``sys`` instruction
in line (a scalar first argument travels in r0 and is not counted).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sysent:
    """One system call: its number, its V6 name, its inline argument words."""

    number: int
    name: str
    args: int


SYSENT: tuple[Sysent, ...] = (
    Sysent(0, "indir", 1),
    Sysent(1, "exit", 0),
    Sysent(2, "fork", 0),
    Sysent(3, "read", 2),
    Sysent(4, "write", 2),
    Sysent(5, "open", 2),
    Sysent(6, "close", 0),
    Sysent(7, "wait", 0),
    Sysent(8, "creat", 2),
    Sysent(9, "link", 2),
    Sysent(10, "unlink", 1),
    Sysent(11, "exec", 2),
    Sysent(12, "chdir", 1),
    Sysent(13, "time", 0),
    Sysent(14, "mknod", 3),
    Sysent(15, "chmod", 2),
    Sysent(16, "chown", 2),
    Sysent(17, "break", 1),
    Sysent(18, "stat", 2),
    Sysent(19, "seek", 2),
    Sysent(20, "getpid", 0),
    Sysent(21, "mount", 3),
    Sysent(22, "umount", 1),
    Sysent(23, "setuid", 0),
    Sysent(24, "getuid", 0),
    Sysent(25, "stime", 0),
    Sysent(26, "ptrace", 3),
    Sysent(28, "fstat", 1),
    Sysent(31, "stty", 1),
    Sysent(32, "gtty", 1),
    Sysent(34, "nice", 0),
    Sysent(35, "sleep", 0),
    Sysent(36, "sync", 0),
    Sysent(37, "kill", 1),
    Sysent(38, "switch", 0),
    Sysent(41, "dup", 0),
    Sysent(42, "pipe", 0),
    Sysent(43, "times", 1),
    Sysent(44, "prof", 4),
    Sysent(46, "setgid", 0),
    Sysent(47, "getgid", 0),
    Sysent(48, "signal", 2),
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
