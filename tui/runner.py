"""New: the only code that drives the kernel's run loop for the TUI (see ``tui``'s docstring).

``Runner(control)`` owns a ``Control``: ``start()`` boots the system and
runs it in a worker thread, slice after slice, freezing a ``Snapshot``
every ``SNAPSHOT_S`` seconds into ``latest``; ``stop()`` ends the thread
and shuts the system down (the disk synced).  With ``threaded=False``
nothing runs by itself: ``advance(until)`` runs the system on the caller's
thread until ``until(control)`` holds (tests drive the app that way).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from v6.kernel.sched import Outcome
from v6.shell.control import Control, Snapshot

SLICE_S = 0.02
"""Host seconds the system runs before the runner looks at its requests again."""
SNAPSHOT_S = 0.1
"""Host seconds between two snapshots."""
IDLE_WAIT_S = 0.05
"""How long the runner waits for a request when nothing can run."""


class Runner:
    """Runs a ``Control``'s system: in a worker thread, or step by step for tests."""

    def __init__(self, control: Control, *, threaded: bool = True) -> None:
        self.control = control
        self.threaded = threaded
        self.latest: Snapshot | None = None
        """The newest snapshot (replaced whole, so reading it needs no lock)."""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._booted = False
        self._snapped = 0.0

    def start(self) -> None:
        """Boot the system; in threaded mode, start running it."""
        if not self._booted:
            self._booted = True
            self.control.system.boot()
            self.latest = self.control.snapshot()
        if self.threaded and self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="v6-runner", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        control = self.control
        while not self._stop.is_set():
            outcome = control.run_slice(SLICE_S)
            now = time.monotonic()
            if now - self._snapped >= SNAPSHOT_S:
                self._snapped = now
                self.latest = control.snapshot()
            if outcome in (None, Outcome.IDLE, Outcome.DONE):
                control.wait(IDLE_WAIT_S)

    def advance(self, until: Callable[[Control], bool]) -> Snapshot:
        """Without the thread: carry out the requests, then run until ``until(control)``
        (checked at every turn of the scheduler, so where it stops depends only on
        simulated time) or until nothing can run; the snapshot then."""
        control = self.control
        control.run_slice(None, lambda: until(control))
        self.latest = control.snapshot()
        return self.latest

    def stop(self) -> None:
        """Stop running and shut the system down (nothing typed or written is lost)."""
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.control.shutdown()
