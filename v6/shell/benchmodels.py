"""New: ``v6 bench models`` — Figure 1 of "A fork() in the road", on a PDP-11.

The paper's Figure 1 plots what it costs to start a trivial program against
the size of the process that starts it: fork + exec grows with the parent's
image, because fork copies it; vfork and posix_spawn stay flat.  Here the C
program ``userland/bench/creation.c`` grows its own image through ``break``
to each size in ``SIZES`` and creates, N times, a child running
``/bin/nop`` (which exits at once), waiting for each, by one of ``WAYS``.
Each point is the run with N minus the run with 0 (same image, same size),
over N: boot, growth and loading cancel out, and what remains is one whole
creation — the creating calls, the copy or the sharing, the exec, the
child's exit and the parent's wait — in simulated µs (deterministic: the
machine's own instruction times plus the kernel's cost model of
``v6.param``) and host µs (this Python's, a measurement).  The bytes copied
per creation come from the kernel's own accounting (``ProcessCreated``).

/bin/nop is linked 0407 (not pure): a pure text that no other process
holds would be read and written to the swap area at every exec, as V6's
xalloc did, and the RK05's seeks and rotations (tens of ms, varying with
where the platter happens to be) would bury the creation's own cost.
Its few blocks stay in the buffer cache, so the loop does no disk I/O.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import plotext as plt

from v6.kernel.cli import run_program
from v6.kernel.events import ProcessCreated
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.shell.bench import build_image

WAYS = ("fork", "vfork", "spawn", "xproc", "rfork", "rfmem")
"""The ways ``creation.c`` knows, in the order the table shows them."""
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


def _run(image: Path, way: str, kb: int, n: int) -> tuple[float, int, int]:
    """Host seconds, simulated ns and bytes copied of one run; raises if a creation failed."""
    k = Kernel(image)
    copied = []
    k.bus.subscribe(lambda e: copied.append(e.bytes_copied)
                    if isinstance(e, ProcessCreated) else None)
    io = HostStream.buffer()
    start = time.perf_counter()
    status = run_program(k, ["/bin/creation", way, str(kb), str(n)], stdio=[io, io, io])
    host = time.perf_counter() - start
    k.shutdown()
    if status:
        raise RuntimeError(f"creation {way} {kb} {n}: wait status {status:#o}")
    return host, k.m.clock.ns, sum(copied)


def measure(image: Path, way: str, kb: int, n: int) -> Point:
    """The cost of one creation by ``way`` from a parent of ``kb`` KB."""
    full, full_ns, copied = _run(image, way, kb, n)
    empty, empty_ns, copied_empty = _run(image, way, kb, 0)
    return Point(way, kb, (full_ns - empty_ns) / n / 1e3, (full - empty) / n * 1e6,
                 (copied - copied_empty) // n)


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
        plt.plot([p.kb for p in mine], [p.sim_us for p in mine], label=LABELS[way],
                 marker="braille")
    plt.title("cost of one creation (simulated µs) against parent image size")
    plt.xlabel("parent image (KB)")
    return plt.build()


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
