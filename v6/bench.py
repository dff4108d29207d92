"""New: ``v6 bench`` — how fast the machine runs code, measured and printed.

``v6 bench trap`` and ``v6 bench switch`` print what a hosted system call
and a context switch cost the machine (``v6.pdp11.bench``).
``v6 bench cpu [--engine E] [--runs N]`` times two workloads on each engine:

- the machine's own loop (``v6.pdp11.bench``): assembler on the bare
  machine, a table walk, MUL, a call, a byte store, branches and SOB;
- real code: C programs of ours (``userland/bench``: ``sort`` sorts 2,000
  lines, ``fib`` computes fib(20) by its recursive definition), compiled
  with ``v6 cc`` and run under the kernel (``v6.kernel``) from a file system
  made for the run, where blocks are short and calls frequent.

A figure is instructions per second of host time, the median of the runs
after one warm-up run.  Each run of real code boots a new kernel on a new
machine, as the same program run again would; the warm-up's time is
printed too, since it is what a program costs the first time (the
translator's blocks are made then, and kept for every machine).  Every run
is checked: the same instruction count each time, and the right output.

The figures are host-time measurements: they belong here, never in a test.
This module sits above all the layers (it uses the compiler, the file
system and the kernel), beside ``v6.cli``, which registers it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import userland
from v6.cc import link
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import IFDIR, IFREG
from v6.fs.mkfs import Spec, default_isize, mkfs
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.pdp11 import bench

ENGINES = ("interp", "translate")
IMAGE_BLOCKS = 1000
"""Size of the file system made for the real code."""
SORT_LINES = 2000
FIB_N = 20


@dataclass(frozen=True)
class Program:
    """A C program of ``userland/bench`` run as one workload."""

    title: str
    name: str
    """Its source is ``userland/bench/NAME.c``; it runs as ``/bin/NAME``."""
    args: tuple[str, ...]
    stdin: bytes
    expect: bytes
    """What it must print on its standard output."""


@dataclass(frozen=True)
class Figure:
    """One engine's result on one program."""

    engine: str
    instructions: int
    """User-mode instructions the program executes (the same on every run)."""
    first: float
    """Host seconds of the first run."""
    median: float
    """Instructions per second of host time, the median of the runs after the first."""


def programs() -> list[Program]:
    """The real-code workloads, with their input and the output they must give."""
    rng = random.Random(1975)
    lines = [("".join(rng.choice("abcdefghijklmnopqrstuvwxyz")
                      for _ in range(rng.randint(3, 12))) + "\n").encode()
             for _ in range(SORT_LINES)]
    fib = [0, 1]
    while len(fib) <= FIB_N:
        fib.append(fib[-1] + fib[-2])
    return [
        Program(f"sort {SORT_LINES:,} lines", "sort", (), b"".join(lines), b"".join(sorted(lines))),
        Program(f"fib({FIB_N})", "fib", (str(FIB_N),), b"",
                f"fib({FIB_N}) = {fib[FIB_N]}\n".encode()),
    ]


def make_image(path: Path, progs: list[Program]) -> None:
    """A V6 file system at ``path`` with each program compiled into /bin."""
    binaries = []
    for prog in progs:
        source = userland.path("bench", f"{prog.name}.c")
        host = path.parent / prog.name
        host.write_bytes(link.build([(source.name, source.read_text())]))
        binaries.append(Spec(prog.name.encode(), IFREG | 0o755, source=host))
    root = Spec(b"", IFDIR | 0o755, children=[Spec(b"bin", IFDIR | 0o755, children=binaries),
                                             Spec(b"tmp", IFDIR | 0o777)])
    dev = BlockDevice.create(path, IMAGE_BLOCKS)
    try:
        mkfs(dev, root, isize=default_isize(IMAGE_BLOCKS), now=0)
    finally:
        dev.close()


def _run(image: Path, prog: Program, engine: str) -> tuple[int, float]:
    """One run on a new kernel: (instructions, host seconds), the output checked."""
    k = Kernel(image, engine=engine)
    out, err = HostStream.buffer(), HostStream.buffer()
    try:
        t0 = time.perf_counter()
        status = run_program(k, [f"/bin/{prog.name}", *prog.args],
                             stdio=[HostStream.buffer(prog.stdin), out, err])
        elapsed = time.perf_counter() - t0
    finally:
        k.shutdown()
    if status != 0 or bytes(out.output) != prog.expect:
        raise RuntimeError(f"{prog.name} went wrong (status {status:#o}): {bytes(err.output)!r}")
    return k.m.icount, elapsed


def real_code(engine: str, runs: int = 5) -> list[tuple[Program, Figure]]:
    """Each program run ``runs`` times after one first run, on ``engine``."""
    results = []
    with tempfile.TemporaryDirectory(prefix="v6-bench-") as tmp:
        image = Path(tmp) / "bench.img"
        progs = programs()
        make_image(image, progs)
        for prog in progs:
            count, first = _run(image, prog, engine)
            rates = []
            for _ in range(runs):
                n, elapsed = _run(image, prog, engine)
                if n != count:
                    raise RuntimeError(f"{prog.name} ran {n} instructions, not {count}")
                rates.append(n / elapsed)
            results.append((prog, Figure(engine, count, first, statistics.median(rates))))
    return results


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``v6 bench`` to the ``v6`` parser."""
    p = sub.add_parser("bench", help="measure the system's speed")
    what = p.add_subparsers(dest="bench_command", metavar="WHAT", required=True)
    cpu = what.add_parser("cpu", help="instructions per second on each engine: "
                          "the machine's loop, and C programs under the kernel")
    cpu.add_argument("--engine", choices=ENGINES,
                     help="one engine only (default: both, side by side)")
    cpu.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up")
    cpu.set_defaults(run=_bench_cpu)
    trap = what.add_parser("trap", help="one hosted system call round trip, on each engine")
    trap.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up")
    trap.set_defaults(run=_bench_trap)
    switch = what.add_parser("switch", help="one context switch (save, restore, sureg)")
    switch.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up")
    switch.set_defaults(run=_bench_switch)


def _bench_cpu(args: argparse.Namespace) -> int:
    engines = [args.engine] if args.engine else list(ENGINES)
    runs = max(1, args.runs)
    figures = [bench.cpu(engine, runs) for engine in engines]
    print(f"CPU workload: {figures[0].instructions:,} instructions; "
          f"median of {runs} runs after a warm-up")
    for f in figures:
        print(f"  {f.engine:<10} {f.median / 1e6:6.2f} M instructions/s  "
              f"(runs {min(f.rates) / 1e6:.2f}-{max(f.rates) / 1e6:.2f})")
    print(f"Real code: C programs of ours (v6 cc) under the kernel; median of {runs} runs "
          "after a first run")
    results = {engine: real_code(engine, runs) for engine in engines}
    for i, (prog, first) in enumerate(results[engines[0]]):
        print(f"  {prog.title}: {first.instructions:,} instructions")
        for engine in engines:
            f = results[engine][i][1]
            print(f"    {engine:<10} {f.median / 1e6:6.2f} M instructions/s  "
                  f"(first run {f.first:.2f} s)")
    return 0


def _bench_trap(args: argparse.Namespace) -> int:
    for engine in ENGINES:
        _print_cost(bench.trap(engine, max(1, args.runs)))
    return 0


def _bench_switch(args: argparse.Namespace) -> int:
    _print_cost(bench.switch(max(1, args.runs)))
    return 0


def _print_cost(cost: bench.Cost) -> None:
    print(f"  {cost.what:<40} {cost.median:6.2f} us  "
          f"(runs {min(cost.runs):.2f}-{max(cost.runs):.2f})")
