"""New: a person at a terminal of a running V6 — what transcripts and the TUI's scripts drive.

``Session(system, terminal="tty8", user="root")`` logs ``user`` in on a
terminal of a booted ``System`` (the console, or a DH11 line, which it
connects; with ``login=False`` it only connects, and ``await_login`` and
``log_in`` are the two steps of logging in) and then:

- ``command(line, inputs)`` types ``line`` and RETURN at the shell's
  prompt; then each of ``inputs`` (a line with its RETURN for a running
  program — ``ed``, ``cat``, a nested ``sh`` — or bare keys: ``\\x04`` EOT,
  ``\\x7f`` an interrupt, ``\\x1c`` quit), each typed only when no process
  can run, so that timing never changes what happens; then it lets the
  system run until the terminal is read again with everything sent (the
  shell back at its prompt), and returns what the terminal showed
  meanwhile: what programs printed, without the echo of what was typed and
  without the shell's prompt at its end;
- ``send``, ``quiet`` and ``finish`` are those steps one by one;
- ``wait(seconds)`` lets simulated time pass.

Several sessions may share one system (one per terminal): whatever one of
them runs, the whole system runs.  Everything happens in simulated time, so
a session does the same thing every time it is run.

What "the terminal showed" means: the characters the line transmitted,
CR LF as a newline, with the terminal's own settings (V6's getty sets
XTABS, so a tab appears as spaces).  The prompt removed is the one the
shell prints when it wants a command: ``# `` for the super-user, ``% ``
for others, whichever ends the output.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from v6.errors import V6Error
from v6.kernel import tty
from v6.kernel.sched import Outcome
from v6.shell import mkroot
from v6.shell.system import System

PROMPTS = (b"# ", b"% ")
"""What the shell prints when it wants a command."""
RETURN = b"\r"


class SessionError(V6Error):
    """The terminal did not behave as a session needs (no login prompt, no shell)."""


class Session:
    """A user logged in on one terminal of a running system."""

    def __init__(self, system: System, terminal: str = "tty8", user: str = "root", *,
                 login: bool = True) -> None:
        self.system = system
        self.tp = system.terminals[terminal]
        self.user = user
        self._shown = bytearray()
        self.tp.observer = self._observe
        if self.tp is not system.console and not self.tp.carrier():
            tty.connect(system.k, self.tp, None)
        if login:
            self._login()

    @classmethod
    def boot(cls, image: str | os.PathLike | None = None, user: str = "root",
             **system: object) -> Session:
        """A fresh system (a copy of the default image unless ``image``) and a session on
        its console."""
        if image is None:
            workdir = tempfile.mkdtemp(prefix="v6-session-")
            image = mkroot.fresh_copy(Path(workdir) / "root.img")
        s = System(image, **system)
        s.boot()
        return cls(s, user=user)

    def _observe(self, data: bytes, echo: bool) -> None:
        if not echo:
            self._shown += data

    def _login(self) -> None:
        self.await_login()
        self.log_in()

    def await_login(self) -> None:
        """Run until the terminal shows ``login:`` and waits for a name."""
        shown = self.finish()
        if not shown.rstrip().endswith(b"login:"):
            raise SessionError(f"{self.tp.name}: no login prompt (it showed {shown[-60:]!r})")

    def log_in(self) -> None:
        """Type the user's name at ``login:`` and run until the shell's prompt."""
        self.send(self.user.encode("latin-1") + RETURN)
        shown = self.finish()
        if not shown.endswith(PROMPTS):
            raise SessionError(f"{self.tp.name}: {self.user} got no shell prompt "
                               f"(it showed {shown[-60:]!r})")

    def send(self, keys: bytes) -> None:
        """Type ``keys`` now, as they are."""
        self.system.type(self.tp, keys)

    def quiet(self) -> None:
        """Run until no process can run and the terminals have sent all they hold."""
        if self.system.settle() is Outcome.DONE:
            raise SessionError("every process has exited")

    def finish(self) -> bytes:
        """Run until the terminal is read again with everything sent; what it showed
        since the last time (CR LF as LF)."""
        tp = self.tp
        outcome = self.system.run(lambda: self.system.waiting(tp) and not tp.outq, seconds=None)
        if outcome is Outcome.DONE:
            raise SessionError("every process has exited")
        shown = bytes(self._shown).replace(b"\r\n", b"\n")
        self._shown.clear()
        return shown

    def command(self, line: str | bytes, inputs: list[bytes] = ()) -> bytes:
        """Run a shell command line, typing each of ``inputs`` (lines with their RETURN,
        or bare keys) when no process can run; what the terminal showed, without the
        next prompt."""
        data = line.encode("latin-1") if isinstance(line, str) else line
        self.send(data + RETURN)
        for keys in inputs:
            self.quiet()
            self.send(keys)
        return strip_prompt(self.finish())

    def wait(self, seconds: float) -> None:
        """Let ``seconds`` of simulated time pass."""
        k = self.system.k
        end = k.m.clock.ns + int(seconds * 1e9)
        k.run(lambda: k.m.clock.ns >= end)


def strip_prompt(shown: bytes) -> bytes:
    """``shown`` without the shell's prompt at its end."""
    for prompt in PROMPTS:
        if shown.endswith(prompt):
            return shown[:-len(prompt)]
    return shown
