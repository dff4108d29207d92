"""V6: param.h (the signal numbers) and signal(II) — the signals, as one table.

``SIGNALS`` has a row for every signal a V6 process can be sent, 1 to
``NSIG - 1``: its number; its name as V6's param.h spelt it (the numbers 14
to 19 had none); the message V6's shell printed when a command died of it;
whether the default action writes a core image; whether a caught signal
stays caught.  ``BY_NUMBER`` and ``BY_NAME`` index it, and the names are
also constants here (``SIGSEG``) for the code that sends them.  The bare
runner and the kernel take their numbers from here; the C header
``userland/include/signal.h`` says the same, and a test holds it to that.

The facts, from V6's manual and sources: signal(II) lists signals 1 to 13,
stars the ones whose default action leaves a core image (quit and the
machine faults: 3 to 8 and 10 to 12), marks 4 and 5 "not reset when caught"
(every other caught signal is reset to the default as it is delivered) and
9 as one that cannot be caught or ignored; param.h makes ``NSIG``
(``v6.param``) 20.  The messages are the shell's table of death notices:
nothing for an interrupt (the user typed it) or a broken pipe (the reader
went away on purpose), ``Sig N`` for the unnamed numbers; when the core
image was written the shell added `` -- Core dumped``.
"""

from __future__ import annotations

from dataclasses import dataclass

from v6.param import NSIG

SIGHUP = 1
SIGINT = 2
SIGQIT = 3
SIGINS = 4
SIGTRC = 5
SIGIOT = 6
SIGEMT = 7
SIGFPT = 8
SIGKIL = 9
SIGBUS = 10
SIGSEG = 11
SIGSYS = 12
SIGPIPE = 13


@dataclass(frozen=True)
class Signal:
    """One signal: its number and name, its death notice, its default action."""

    number: int
    name: str | None
    """V6's name (param.h), or None for the numbers it left unnamed."""
    message: str
    """What V6's shell printed when a command died of it (empty: nothing)."""
    core: bool = False
    """The default action writes a core image (signal(II)'s stars)."""
    stays_caught: bool = False
    """A caught signal is not reset to the default when it is delivered."""


SIGNALS: tuple[Signal, ...] = (
    Signal(SIGHUP, "SIGHUP", "Hangup"),
    Signal(SIGINT, "SIGINT", ""),
    Signal(SIGQIT, "SIGQIT", "Quit", core=True),
    Signal(SIGINS, "SIGINS", "Illegal instruction", core=True, stays_caught=True),
    Signal(SIGTRC, "SIGTRC", "Trace/BPT trap", core=True, stays_caught=True),
    Signal(SIGIOT, "SIGIOT", "IOT trap", core=True),
    Signal(SIGEMT, "SIGEMT", "EMT trap", core=True),
    Signal(SIGFPT, "SIGFPT", "Floating exception", core=True),
    Signal(SIGKIL, "SIGKIL", "Killed"),
    Signal(SIGBUS, "SIGBUS", "Bus error", core=True),
    Signal(SIGSEG, "SIGSEG", "Memory fault", core=True),
    Signal(SIGSYS, "SIGSYS", "Bad system call", core=True),
    Signal(SIGPIPE, "SIGPIPE", ""),
    *(Signal(n, None, f"Sig {n}") for n in range(SIGPIPE + 1, NSIG)),
)
"""Every signal, in number order."""

BY_NUMBER: dict[int, Signal] = {s.number: s for s in SIGNALS}
"""Signal number -> row."""

BY_NAME: dict[str, Signal] = {s.name: s for s in SIGNALS if s.name}
"""V6 name -> row."""
