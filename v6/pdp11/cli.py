"""New: the ``v6`` subcommands of the machine: ``pdp11 run``, ``pdp11 oracle``, ``bench``.

(The toolchain's ``as``, ``disasm`` and ``strip`` are registered here too.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to the ``v6`` parser."""
    pdp11 = sub.add_parser("pdp11", help="the bare machine")
    machine = pdp11.add_subparsers(dest="pdp11_command", metavar="COMMAND", required=True)
    run = machine.add_parser("run", help="run an a.out on the bare machine")
    run.add_argument("program", help="a V6 a.out file")
    run.add_argument("args", nargs=argparse.REMAINDER, help="its arguments")
    run.add_argument("--engine", choices=("translate", "interp"), default="translate")
    run.set_defaults(run=_run)
    oracle = machine.add_parser("oracle", help="replay a SIMH differential corpus")
    oracle.add_argument("corpus", help="corpus file (JSON, plain or gzipped)")
    oracle.add_argument("--engine", choices=("translate", "interp"), default="translate")
    oracle.set_defaults(run=_oracle)
    bench = sub.add_parser("bench", help="measure the system's speed")
    what = bench.add_subparsers(dest="bench_command", metavar="WHAT", required=True)
    cpu = what.add_parser("cpu", help="instructions per second on each engine")
    cpu.add_argument("--engine", choices=("translate", "interp"),
                     help="one engine only (default: both, side by side)")
    cpu.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up")
    cpu.set_defaults(run=_bench_cpu)


def _run(args: argparse.Namespace) -> int:
    from v6.pdp11 import runner

    program = Path(args.program)
    result = runner.run_console(program.read_bytes(), [program.name, *args.args],
                                engine=args.engine, name=str(program))
    if result.message:
        print(f"v6: {program}: {result.message}", file=sys.stderr)
    return result.status


def _oracle(args: argparse.Namespace) -> int:
    from v6.pdp11 import oracle

    corpus = oracle.load_corpus(args.corpus)
    agree = total = 0
    for _, mismatch in oracle.replay(corpus, args.engine):
        total += 1
        if mismatch is None:
            agree += 1
        else:
            print(mismatch.describe())
    print(f"{agree}/{total} cases agree")
    return 0 if agree == total else 1


def _bench_cpu(args: argparse.Namespace) -> int:
    from v6.pdp11 import bench

    engines = [args.engine] if args.engine else ["interp", "translate"]
    figures = [bench.cpu(engine, max(1, args.runs)) for engine in engines]
    print(f"CPU workload: {figures[0].instructions:,} instructions; "
          f"median of {max(1, args.runs)} runs after a warm-up")
    for f in figures:
        print(f"  {f.engine:<10} {f.median / 1e6:6.2f} M instructions/s  "
              f"(runs {min(f.rates) / 1e6:.2f}-{max(f.rates) / 1e6:.2f})")
    return 0
