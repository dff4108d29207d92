"""New: ``v6 bench cpu`` — how fast the machine runs code, measured and printed.

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
This module is the shell area's: it compiles with ``v6.cc`` and runs under
``v6.kernel``, and only the layers above the kernel may use both.  It
builds its image as ``v6 bench kernel`` (``bench``) does.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.pdp11 import bench as machine
from v6.shell import bench

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
        bench.build_image(image, tuple(p.name for p in progs))
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


def main(engines: list[str], runs: int) -> int:
    """Print both workloads' figures on each of ``engines``."""
    figures = [machine.cpu(engine, runs) for engine in engines]
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
