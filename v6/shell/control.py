"""New: the control API — a running system driven by one thread and asked by others.

The kernel is single-threaded and deterministic; the TUI draws on another
thread.  A ``Control`` sits between them:

- The *runner* (one thread, the only one that touches the kernel) calls
  ``run_slice(seconds)`` over and over: it carries out the requests that
  came in, then, unless paused, runs the system for at most that much host
  time — less as soon as a new request arrives, so a key typed reaches the
  terminal driver within one turn of the scheduler.  ``snapshot()`` (also
  on the runner) freezes what the screen shows (``Snapshot``: status, the
  process table, the core map, per-model totals, the selected process's
  u-area) from the read-only ``v6.shell.views``.
- Everyone else asks: ``type``, ``set_model``, ``set_strict``, ``pause``,
  ``resume``, ``step_instruction``, ``step_syscall``, ``set_real_time``,
  ``select`` queue a request; ``query(fn)`` runs ``fn(kernel)`` on the
  runner and returns a ``concurrent.futures.Future`` of its result (the
  file-system views, which read the whole disk, are asked for that way);
  ``take_output(terminal)`` and ``take_events()`` hand over what the
  terminals printed and the events the bus published since the last call.
  These are safe from any thread.

Terminals: every line is connected at once (carrier on), as if a terminal
were plugged into each; what each transmits is kept until taken.

Pacing: in real time (the default) simulated time follows the wall clock
while processes sleep on it (``sleep 5`` takes five seconds, as in ``v6
run``); otherwise it jumps ahead as fast as the host can go.

Figures in the status: instructions per host second over the last
snapshot interval, and a load average — the number of runnable processes
averaged exponentially over a minute of simulated time, sampled at each
snapshot (V6 kept none; later Unixes showed this one).
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from v6.kernel import sched, tty
from v6.kernel.creation.account import Totals
from v6.kernel.events import Event, Switch, Syscall
from v6.kernel.proc import SRUN
from v6.kernel.sched import Outcome
from v6.shell import views
from v6.shell.system import System

EVENTS_KEPT = 2000
"""Events held for the TUI before the oldest are dropped."""
LOAD_WINDOW_S = 60.0
"""Simulated seconds over which the load average is taken."""
STEP_TURNS = 10_000
"""Turns of the scheduler a single step may take to find its instruction or call."""


@dataclass(frozen=True)
class Status:
    """The system as the status bar shows it."""

    model: str
    strict: bool
    sim_ns: int
    instructions: int
    ips: float
    """Instructions per host second since the previous snapshot."""
    load: float
    paused: bool
    real_time: bool
    processes: int
    outcome: str
    """Why the last slice ended (Outcome's value, or "paused")."""
    reading: frozenset[str]
    """Terminals a process waits to read with nothing typed ahead."""


@dataclass(frozen=True)
class Snapshot:
    """What the screen shows, frozen on the runner between two slices."""

    status: Status
    procs: tuple[views.ProcRow, ...]
    core: views.CoreMap
    totals: dict[str, Totals]
    uarea: views.UArea | None
    users: dict[int, str] = field(default_factory=dict)


class Control:
    """A ``System`` for a runner thread to run and other threads to drive and watch."""

    def __init__(self, system: System) -> None:
        self.system = system
        self.k = system.k
        self._requests: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._output: dict[str, bytearray] = {name: bytearray() for name in system.terminals}
        self._events: deque[Event] = deque(maxlen=EVENTS_KEPT)
        self.paused = False
        """The system does not run (requests are still carried out)."""
        self.model = self.k.model
        """The model last asked for (the kernel's own once the request is carried out)."""
        self.strict = self.k.strict
        """Strict mode as last asked for."""
        self.real_time = True
        """Pacing as last asked for."""
        self.selected: int | None = None
        """The process whose u-area snapshots include."""
        self._outcome = "running"
        self._load = 0.0
        self._load_ns = self.k.m.clock.ns
        self._last_sample: tuple[float, int] = (time.monotonic(), 0)
        self._users: dict[int, str] = {}
        self.k.bus.subscribe(self._event)
        self._connect()
        self.set_real_time(True)

    # --- set-up -------------------------------------------------------------------
    def _connect(self) -> None:
        """A sink on every terminal; the DH11 lines get their carrier."""
        for name, tp in self.system.terminals.items():
            sink = self._sink(name)
            if tp is self.system.console:
                tp.sink = sink
            else:
                tty.connect(self.k, tp, sink)

    def _sink(self, name: str) -> Callable[[bytes], None]:
        buf = self._output[name]

        def sink(data: bytes) -> None:
            with self._lock:
                buf.extend(data)
        return sink

    def _event(self, event: Event) -> None:
        if not isinstance(event, Switch):
            self._events.append(event)

    # --- asked from any thread ------------------------------------------------------
    def _ask(self, fn: Callable[[], None]) -> None:
        self._requests.put(fn)
        self._wake.set()

    def type(self, terminal: str, data: bytes) -> None:
        """Type ``data`` on the named terminal."""
        tp = self.system.terminals[terminal]
        self._ask(lambda: self.system.type(tp, data))

    def keys(self, terminal: str) -> tuple[int, int]:
        """The terminal's erase and kill characters (what Backspace and Ctrl-U type)."""
        tp = self.system.terminals[terminal]
        return tp.erase, tp.kill

    def set_model(self, model: str) -> None:
        """Make ``model`` the current process-creation model."""
        self.model = model
        self._ask(lambda: self.system.set_model(model))

    def set_strict(self, strict: bool) -> None:
        """Strict mode on or off."""
        self.strict = strict
        self._ask(lambda: self.system.set_model(strict=strict))

    def pause(self) -> None:
        """Stop running the system (at the next turn of the scheduler)."""
        self.paused = True
        self._ask(lambda: None)

    def resume(self) -> None:
        """Run the system again."""
        self.paused = False
        self._ask(lambda: None)

    def step_instruction(self) -> None:
        """While paused: run one machine instruction of the next process to run."""
        self._ask(self._step_instruction)

    def step_syscall(self) -> None:
        """While paused: run until the next system call has finished."""
        self._ask(self._step_syscall)

    def set_real_time(self, on: bool) -> None:
        """Simulated time follows the wall clock while processes sleep (or runs ahead)."""
        self.real_time = on
        self._ask(lambda: self._pace(on))

    def select(self, pid: int | None) -> None:
        """Include process ``pid``'s u-area in the snapshots from now on."""
        self.selected = pid

    def query(self, fn: Callable[[object], object]) -> Future:
        """Run ``fn(kernel)`` on the runner; a future of its result."""
        future: Future = Future()

        def run() -> None:
            # Whoever asked may have given up (a newer question replaced it).
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(self.k))
            except Exception as exc:  # noqa: BLE001 - handed to whoever waits
                future.set_exception(exc)
        self._ask(run)
        return future

    def take_output(self, terminal: str) -> bytes:
        """What the terminal transmitted since the last call."""
        with self._lock:
            buf = self._output[terminal]
            data = bytes(buf)
            buf.clear()
        return data

    def take_events(self) -> list[Event]:
        """The kernel's events since the last call (system calls and switches excluded
        unless stepping by system call)."""
        out = []
        while self._events:
            out.append(self._events.popleft())
        return out

    # --- the runner's side ------------------------------------------------------------
    def _carry_out(self) -> None:
        while True:
            try:
                fn = self._requests.get_nowait()
            except queue.Empty:
                return
            fn()

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for a request; whether one came."""
        came = self._wake.wait(timeout)
        self._wake.clear()
        return came

    def run_slice(self, seconds: float | None,
                  until: Callable[[], bool] | None = None) -> Outcome | None:
        """Carry out requests; unless paused, run for at most ``seconds`` of host time
        (None: no limit), stopping early when a request comes or ``until()`` holds.
        Why it stopped (None: paused)."""
        self._wake.clear()
        self._carry_out()
        if self.paused:
            self._outcome = "paused"
            return None
        requests = self._requests

        def stop() -> bool:
            return not requests.empty() or (until is not None and until())
        outcome = self.system.run(stop, seconds=seconds)
        self._outcome = outcome.value
        return outcome

    def _pace(self, on: bool) -> None:
        if on:
            self.system.real_time(self.wait)
        else:
            self.k.pace = None

    def _step_instruction(self) -> None:
        k = self.k
        before = k.m.icount
        for _ in range(STEP_TURNS):
            if sched.turn(k, budget=1) is not None or k.m.icount != before:
                return

    def _step_syscall(self) -> None:
        k, seen = self.k, []
        unsubscribe = k.bus.subscribe(lambda e: seen.append(e) if isinstance(e, Syscall) else None)
        tracing, k.bus.trace_syscalls = k.bus.trace_syscalls, True
        try:
            for _ in range(STEP_TURNS):
                if sched.turn(k) is not None or seen:
                    return
        finally:
            k.bus.trace_syscalls = tracing
            unsubscribe()

    def _sample_load(self) -> float:
        """The load average brought up to now (sampled at each snapshot, weighted by the
        simulated time since the last one)."""
        k = self.k
        now = k.m.clock.ns
        dt, self._load_ns = max(0, now - self._load_ns) / 1e9, now
        running = sum(1 for p in k.procs[1:] if p is not None and p.stat == SRUN)
        decay = math.exp(-dt / LOAD_WINDOW_S)
        self._load = self._load * decay + running * (1 - decay)
        return self._load

    def _reading(self) -> frozenset[str]:
        s = self.system
        return frozenset(name for name, tp in s.terminals.items() if s.waiting(tp))

    def snapshot(self) -> Snapshot:
        """What the screen shows now (on the runner only)."""
        k = self.k
        wall, icount = self._last_sample
        now = time.monotonic()
        ips = (k.m.icount - icount) / (now - wall) if now > wall else 0.0
        self._last_sample = (now, k.m.icount)
        if not self._users:
            self._users = views.users(k)
        procs = views.processes(k)
        status = Status(k.model, k.strict, k.m.clock.ns, k.m.icount, ips, self._sample_load(),
                        self.paused, self.real_time, sum(1 for p in procs if p.pid),
                        self._outcome, self._reading())
        uarea = views.uarea(k, self.selected) if self.selected is not None else None
        return Snapshot(status, tuple(procs), views.core_map(k), views.model_totals(k), uarea,
                        dict(self._users))

    def shutdown(self) -> None:
        """Carry out what was asked (nothing typed is lost), then sync the disk and let go."""
        self._carry_out()
        self.system.shutdown()
