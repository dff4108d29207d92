"""New: the kernel's event bus — what happened, when, for whoever watches.

The TUI, the creation-cost accounting and ``--events`` files observe the
kernel only through this bus.  An event is a frozen dataclass stamped with
the simulated time (ns) at which it happened; ``Bus.publish`` hands it to
every subscriber in order.  Publishing is guarded at each call site by
``if bus:`` (a bus with no subscribers is false), so an unobserved kernel
pays one truth test per potential event and builds nothing.

System-call events are opt-in on top of that (``Bus.trace_syscalls``): they
are by far the most frequent.  ``JsonLines(file)`` is a subscriber that
writes each event as one JSON object per line (``{"event": "Exec", "ns": ...,
"pid": ...}``), for jq or pandas: ``v6 run --events FILE``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import IO


@dataclass(frozen=True)
class Event:
    """Something the kernel did, at simulated time ``ns``."""

    ns: int


@dataclass(frozen=True)
class ProcessCreated(Event):
    """A new process has run its first instruction: by which model, and what it cost
    (``v6.kernel.creation.account``)."""

    pid: int
    ppid: int
    model: str
    bytes_copied: int
    """Bytes of core copied for the child (data and stack for fork)."""
    bytes_shared: int
    """Bytes of core the child shares with its parent or others (text, borrowed core)."""
    segments: int
    """Private segments of core (or swap) given to the child."""
    swap_transfers: int
    """Transfers to and from the swap area while it was being made."""
    syscalls: int
    """System calls the parent issued to build it."""
    sim_ns: int
    """Simulated time from the first creating call to the child's first instruction."""
    host_ns: int
    """Host time over the same span."""


@dataclass(frozen=True)
class Exec(Event):
    """A process replaced its image."""

    pid: int
    path: str
    argv: tuple[str, ...]


@dataclass(frozen=True)
class Exit(Event):
    """A process ended with a V6 wait status (code << 8 | signal, 0200 for core)."""

    pid: int
    status: int


@dataclass(frozen=True)
class Swap(Event):
    """A process image moved between core and the swap area."""

    pid: int
    out: bool
    """True for core to swap, False for swap to core."""
    clicks: int


@dataclass(frozen=True)
class Switch(Event):
    """The CPU went from one process to another (pid 0 is the swapper)."""

    old: int
    new: int


@dataclass(frozen=True)
class Signal(Event):
    """A signal was delivered: caught (to a handler), or acted on by default."""

    pid: int
    signal: int
    caught: bool


@dataclass(frozen=True)
class Refused(Event):
    """Strict mode refused a process-creation call of a model that is not the current one."""

    pid: int
    command: str
    model: str
    """The model whose call was refused."""
    current: str


@dataclass(frozen=True)
class Syscall(Event):
    """A system call finished (opt-in: ``Bus.trace_syscalls``)."""

    pid: int
    text: str
    """The call as its trace format renders it, with its result."""


class Bus:
    """Subscribers to the kernel's events."""

    def __init__(self) -> None:
        self.subscribers: list[Callable[[Event], None]] = []
        self.trace_syscalls = False
        """Publish a ``Syscall`` event per system call (off by default)."""

    def __bool__(self) -> bool:
        return bool(self.subscribers)

    def subscribe(self, fn: Callable[[Event], None]) -> Callable[[], None]:
        """Call ``fn`` with every event from now on; returns the unsubscriber."""
        self.subscribers.append(fn)
        return lambda: self.subscribers.remove(fn)

    def publish(self, event: Event) -> None:
        """Hand ``event`` to every subscriber."""
        for fn in list(self.subscribers):
            fn(event)


class JsonLines:
    """A subscriber writing each event to a file as one line of JSON."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def __call__(self, event: Event) -> None:
        self.out.write(json.dumps({"event": type(event).__name__, **asdict(event)}) + "\n")
