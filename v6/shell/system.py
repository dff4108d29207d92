"""New: a running V6 as the host drives it — terminals, typing, pacing, running in slices.

A ``System`` wraps a booted ``Kernel`` for the programs that sit a person
(or a script) at its terminals: ``v6 run``, sessions and transcripts, the
TUI.  It knows the terminals by name (``tty8`` the console, ``tty0``.. the
DH11 lines), types on them, tells whether a terminal is waiting for input,
and runs the system in slices so that the host can look at its own input
between them.

Time.  Simulated time is the only time the system sees.  When every process
waits, the kernel jumps to the next clock tick at once — unless a process
sleeps on the clock (``sleep 5``) and the system runs in real time
(``real_time=True``, what ``v6 run`` asks for at a terminal): then the
``Pacer`` holds the jump until the host's wall clock has caught up, so that
``sleep 5`` takes five seconds, while waiting for input all the same.  The
delays V6 puts into terminal output (after a carriage return, say) are not
sleeps on the clock: they never wait for the wall clock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import IO

from v6.errors import V6Error
from v6.kernel import clock, tty
from v6.kernel.events import Event, JsonLines, Refused
from v6.kernel.main import Kernel
from v6.kernel.sched import Outcome
from v6.param import CORESIZE, ENGINE
from v6.pdp11.machine import NS_PER_TICK

SLICE_S = 0.02
"""Host seconds the system runs before the host looks at its input again."""


class Pacer:
    """Holds simulated time back to the wall clock while processes sleep on it.

    ``wait_input(timeout)`` waits up to ``timeout`` host seconds for input
    and returns whether it delivered some (the host's side)."""

    def __init__(self, k: Kernel, wait_input: Callable[[float], bool]) -> None:
        self.k = k
        self.wait_input = wait_input
        self._anchor: tuple[float, int] | None = None
        self._last = -1

    def __call__(self, target_ns: int) -> bool:
        """May the clock jump to ``target_ns`` now?  (False: input came first.)"""
        if self._anchor is None or target_ns - self._last > 2 * NS_PER_TICK:
            # A new stretch of waiting: it starts now, in both clocks.
            self._anchor = (time.monotonic(), self.k.m.clock.ns)
        self._last = target_ns
        wall, sim = self._anchor
        due = wall + (target_ns - sim) / 1e9
        while (left := due - time.monotonic()) > 0:
            if self.wait_input(left):
                return False
        return True


class System:
    """A V6 system with its terminals, for the host to drive."""

    def __init__(self, image: str | os.PathLike, *, core: int = CORESIZE, ttys: int = 4,
                 switches: int = 0, engine: str = ENGINE) -> None:
        self.k = Kernel(image, core=core, ttys=ttys, switches=switches, engine=engine)
        """The kernel."""
        self.terminals = {tp.name: tp for tp in [self.k.console, *self.k.lines]}
        """Terminal name -> its line."""
        self._closing: list = []

    def set_model(self, model: str | None = None, strict: bool | None = None) -> None:
        """Make ``model`` the current process-creation model; strict mode on or off."""
        if model is not None:
            if model not in self.k.models:
                raise V6Error(f"no process-creation model {model!r} "
                              f"(there are {', '.join(sorted(self.k.models))})")
            self.k.model = model
        if strict is not None:
            self.k.strict = strict

    def report_refusals(self, out: IO[str]) -> None:
        """Say on ``out``, once per process, when strict mode refuses it a creation call:
        a program spinning on a fork that cannot succeed is otherwise silent."""
        told: set[int] = set()
        end = "\r\n" if out.isatty() else "\n"   # a terminal in raw mode needs its CR

        def note(event: Event) -> None:
            if isinstance(event, Refused) and event.pid not in told:
                told.add(event.pid)
                print(f"v6: strict {event.current}: pid {event.pid} ({event.command}) called "
                      f"{event.model}'s primitive: refused (EMODEL)", file=out, end=end, flush=True)
        self.k.bus.subscribe(note)

    def record_events(self, path: str | os.PathLike) -> None:
        """Write every kernel event to ``path`` from now on, one JSON object a line."""
        out = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by shutdown
        self._closing.append(out)
        self.k.bus.trace_syscalls = True
        self.k.bus.subscribe(JsonLines(out))

    @property
    def console(self) -> tty.Tty:
        """The console terminal."""
        return self.k.console

    def boot(self) -> None:
        """Start /etc/init, as V6 booted."""
        self.k.boot()

    def real_time(self, wait_input: Callable[[float], bool]) -> None:
        """Let simulated time follow the wall clock while processes sleep on it."""
        self.k.pace = Pacer(self.k, wait_input)

    def type(self, tp: tty.Tty, data: bytes) -> None:
        """Type ``data`` on terminal ``tp``."""
        self.k.type(tp, data)

    def waiting(self, tp: tty.Tty) -> bool:
        """Is a process waiting to read ``tp`` with nothing typed ahead?"""
        return tp.read_chan in self.k.sleepq and not tp.rawq

    def run(self, until: Callable[[], bool] | None = None,
            seconds: float | None = SLICE_S) -> Outcome:
        """Run until ``until()``, for at most ``seconds`` of host time (None: no limit)."""
        if seconds is None:
            return self.k.run(until)
        deadline = time.monotonic() + seconds
        return self.k.run(lambda: time.monotonic() >= deadline or (until is not None and until()))

    def settle(self) -> Outcome:
        """Run until no process can run and every terminal has sent all it holds
        (Outcome.QUIET), or nothing is left to run (DONE, IDLE)."""
        return self.k.run(quiet=self.quiet)

    def quiet(self) -> bool:
        """Nothing waits to be transmitted on any terminal."""
        return not any(tp.outq for tp in self.terminals.values())

    def sleeping_on_clock(self) -> bool:
        """Does a process sleep on the clock (so that time alone will wake it)?"""
        return clock.TOUT in self.k.sleepq

    def shutdown(self) -> None:
        """Send what the terminals still hold, write everything to the disk, let it go."""
        for tp in self.terminals.values():
            tty.drain(self.k, tp)
        self.k.shutdown()
        for f in self._closing:
            f.close()
