"""New: ``v6 bench models`` — Figure 1 of "A fork() in the road", on a PDP-11.

The paper's Figure 1 plots what it costs to start a trivial program against
the size of the process that starts it: fork + exec grows with the parent's
image, because fork copies it; vfork and posix_spawn stay flat.  Here the C
program ``userland/bench/creation.c`` grows its own image through ``break``
to each size in ``SIZES`` and creates, N times, a child running
``/bin/nop`` (which exits at once), waiting for each, by one of ``WAYS``.
Each point is the median time from one child's exit to the next's: one
whole creation — the parent's wait returning, the creating calls, the copy
or the sharing, the exec, the child's run and exit — in simulated µs
(deterministic: the machine's own instruction times plus the kernel's cost
model of ``v6.param``) and host µs (this Python's, a measurement: the
median keeps a busy host's outliers out).  The bytes copied
per creation come from the kernel's own accounting (``ProcessCreated``).

/bin/nop is linked 0407 (not pure): a pure text that no other process
holds would be read and written to the swap area at every exec, as V6's
xalloc did, and the RK05's seeks and rotations (tens of ms, varying with
where the platter happens to be) would bury the creation's own cost.
Its few blocks stay in the buffer cache, so the loop does no disk I/O.
"""

from __future__ import annotations

import itertools
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import plotext as plt

from v6.kernel.cli import run_program
from v6.kernel.events import Event, Exit, ProcessCreated
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.shell.bench import build_image

WAYS = ("fork", "vfork", "spawn", "xproc", "rfork", "rfmem")
"""The ways ``creation.c`` knows, in the order the table shows them."""
MARKERS = {"fork": "F", "vfork": "V", "spawn": "S", "xproc": "X", "rfork": "R", "rfmem": "M"}
"""Each way's mark in the plot, so that it reads without colour."""
LABELS = {"fork": "fork+exec", "vfork": "vfork+exec", "spawn": "posix_spawn",
          "xproc": "xproc", "rfork": "rfork+exec", "rfmem": "rfork RFMEM+exec"}
SIZES = (4, 8, 16, 24, 32, 40, 48, 56)
"""Parent image sizes in KB: from a small program to nearly the 64 KB a process can address."""


@dataclass(frozen=True)
class Point:
    """One creation's cost for one way at one parent size."""

    way: str
    kb: int
    sim_us: float
    host_us: float
    copied: int
    """Bytes of core copied per creation, by the kernel's count."""


def measure(image: Path, way: str, kb: int, n: int) -> Point:
    """The cost of one creation by ``way`` from a parent of ``kb`` KB: the median time
    from one child's exit to the next's, over ``n`` cycles."""
    k = Kernel(image)
    children: dict[int, int] = {}
    """Each child's pid -> the bytes copied to make it."""
    exits: list[tuple[float, int]] = []

    def watch(event: Event) -> None:
        if isinstance(event, ProcessCreated):
            children[event.pid] = event.bytes_copied
        elif isinstance(event, Exit) and event.pid in children:
            exits.append((time.perf_counter(), event.ns))
    k.bus.subscribe(watch)
    io = HostStream.buffer()
    status = run_program(k, ["/bin/creation", way, str(kb), str(n)], stdio=[io, io, io])
    k.shutdown()
    if status or len(exits) != n + 1:
        raise RuntimeError(f"creation {way} {kb} {n}: wait status {status}, "
                           f"{len(exits)} children exited")
    host = statistics.median(b[0] - a[0] for a, b in itertools.pairwise(exits))
    sim = statistics.median(b[1] - a[1] for a, b in itertools.pairwise(exits))
    return Point(way, kb, sim / 1e3, host * 1e6, list(children.values())[-1])


def table(points: list[Point]) -> str:
    """The points as a table: one row per size, simulated and host µs per way."""
    head = f"{'KB':>4}" + "".join(f" {LABELS[w]:>17}" for w in WAYS)
    lines = [head, f"{'':>4}" + "".join(f" {'sim µs  host µs':>17}" for _ in WAYS)]
    for kb in sorted({p.kb for p in points}):
        row = {p.way: p for p in points if p.kb == kb}
        lines.append(f"{kb:>4}" + "".join(
            f" {row[w].sim_us:>8,.0f} {row[w].host_us:>8,.0f}" for w in WAYS))
    return "\n".join(lines)


def copies(points: list[Point]) -> str:
    """Bytes copied per creation, by way, at each size (the kernel's accounting)."""
    lines = [f"{'KB':>4}" + "".join(f" {LABELS[w]:>17}" for w in WAYS)]
    for kb in sorted({p.kb for p in points}):
        row = {p.way: p for p in points if p.kb == kb}
        lines.append(f"{kb:>4}" + "".join(f" {row[w].copied:>17,}" for w in WAYS))
    return "\n".join(lines)


def plot(points: list[Point], width: int = 78, height: int = 22) -> str:
    """A terminal plot (plotext) of simulated µs per creation against parent size."""
    plt.clear_figure()
    plt.plot_size(width, height)
    plt.theme("clear")
    for way in WAYS:
        mine = sorted((p for p in points if p.way == way), key=lambda p: p.kb)
        plt.plot([p.kb for p in mine], [p.sim_us / 1e3 for p in mine],
                 label=LABELS[way], marker=MARKERS[way])
    plt.yscale("log")      # the flat ways sit a decade and more below fork's line
    plt.title("one creation, simulated ms (log scale), against the parent's image size")
    plt.xlabel("parent image (KB)")
    return plt.uncolorize(plt.build())


def run(n: int = 10, sizes: tuple[int, ...] = SIZES, ways: tuple[str, ...] = WAYS
        ) -> list[Point]:
    """Every way at every size, on an image made for the purpose."""
    with tempfile.TemporaryDirectory() as tmp:
        image = build_image(Path(tmp) / "models.img", ("creation", "nop"), impure=("nop",))
        return [measure(image, way, kb, n) for kb in sizes for way in ways]


def main(n: int = 10) -> int:
    """Print the table, the bytes copied and the plot."""
    points = run(max(1, n))
    print(f"One creation of a child running /bin/nop, waited for; N = {n} per point.\n")
    print(table(points))
    print("\nBytes of core copied per creation (the kernel's accounting):\n")
    print(copies(points))
    print()
    print(plot(points))
    return 0
