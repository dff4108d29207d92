"""New: the ``v6`` subcommands of the machine and its toolchain (registered by ``v6.cli``).

The machine: ``v6 pdp11 run PROG [ARG...]`` (the bare runner),
``v6 pdp11 oracle FILE`` (replay a SIMH corpus), ``v6 bench trap|switch``
(``v6 bench cpu``, whose real-code workload needs the compiler and the
kernel, is ``v6.shell.cpubench``'s).
The toolchain: ``v6 as [-s] [-u] FILE... [-o OUT]`` (V6's ``as``; ``-`` is
accepted for ``-u`` as V6 spelled it; output ``a.out`` by default, mode
0777 when nothing is left undefined, else 0666, as V6 made it (less the
umask, which V6 did not have); after errors the output is
what V6 left: the a.out when only its last pass found errors, an empty
file after errors of its second pass, nothing after errors of its first),
``v6 ld [-o OUT] [-n] [-s] [-x] [-r] [-u NAME] FILE...`` (V6's loader, see
ld.py; ``-o`` is ours, V6's ld always wrote a.out), ``v6 disasm FILE``
(a listing of an a.out) and ``v6 strip FILE`` (in place: symbols and
relocation removed, the magic kept, as V6's strip(1), which the manual says
does what ``ld -s`` does).  Every error reaches the user as ``v6: ...``
lines on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from v6.errors import V6Error
from v6.pdp11 import aout
from v6.pdp11.asm import AsmError, assemble
from v6.pdp11.disasm import listing

if TYPE_CHECKING:
    from v6.pdp11 import bench


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to the ``v6`` parser."""
    _register_machine(sub)
    _register_toolchain(sub)


# --- pdp11 run, pdp11 oracle, bench ------------------------------------------------

def _register_machine(sub: argparse._SubParsersAction) -> None:
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


def register_bench(what: argparse._SubParsersAction) -> None:
    """Add the machine's own figures to ``v6 bench``."""
    trap = what.add_parser("trap", help="one hosted system call round trip, on each engine")
    trap.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up")
    trap.set_defaults(run=_bench_trap)
    switch = what.add_parser("switch", help="one context switch (save, restore, sureg)")
    switch.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up")
    switch.set_defaults(run=_bench_switch)


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


def _bench_trap(args: argparse.Namespace) -> int:
    from v6.pdp11 import bench

    for engine in ("interp", "translate"):
        _print_cost(bench.trap(engine, max(1, args.runs)))
    return 0


def _bench_switch(args: argparse.Namespace) -> int:
    from v6.pdp11 import bench

    _print_cost(bench.switch(max(1, args.runs)))
    return 0


def _print_cost(cost: bench.Cost) -> None:
    print(f"  {cost.what:<40} {cost.median:6.2f} us  "
          f"(runs {min(cost.runs):.2f}-{max(cost.runs):.2f})")


# --- as, disasm, strip -----------------------------------------------------------

def _register_toolchain(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("as", help="assemble V6 assembler sources into an a.out")
    p.add_argument("files", nargs="+", metavar="FILE", help="sources, one assembly in this order")
    p.add_argument("-o", dest="output", default="a.out", metavar="OUT", help="output (default a.out)")
    p.add_argument("-u", dest="undefined", action="store_true",
                   help="make undefined symbols undefined externals (V6: as -)")
    p.add_argument("-s", dest="strip", action="store_true", help="write the stripped form")
    p.set_defaults(run=_run_as)
    p = sub.add_parser("ld", help="link object files into an a.out (V6's loader)")
    p.add_argument("files", nargs="+", metavar="FILE", help="objects, loaded in this order, and archives (V6 ar), searched where they stand")
    p.add_argument("-o", dest="output", default="a.out", metavar="OUT", help="output (default a.out)")
    p.add_argument("-n", dest="pure", action="store_true", help="pure text (0410)")
    p.add_argument("-s", dest="strip", action="store_true", help="no symbols, no relocation")
    p.add_argument("-x", dest="globals_only", action="store_true", help="keep only global symbols")
    p.add_argument("-r", dest="relocatable", action="store_true",
                   help="keep relocation and undefined names, for a further ld run")
    p.add_argument("-u", dest="undefined", action="append", default=[], metavar="NAME",
                   help="enter NAME as undefined first")
    p.set_defaults(run=_run_ld)
    p = sub.add_parser("disasm", help="list an a.out in assembler syntax")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=_run_disasm)
    p = sub.add_parser("strip", help="remove symbols and relocation from an a.out, in place")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=_run_strip)


def _run_as(args: argparse.Namespace) -> int:
    names = [name for name in args.files if name != "-"]
    if not names:
        raise V6Error("as: no source files")
    sources = []
    for name in names:
        with open(name, encoding="latin-1") as f:
            sources.append((name, f.read()))
    try:
        program = assemble(sources, allow_undefined=args.undefined or "-" in args.files)
    except AsmError as exc:
        if exc.output is not None:
            _write(args.output, exc.output, 0o666)
        for message in exc.errors[:-1]:
            print(f"v6: {message}", file=sys.stderr)
        raise V6Error(exc.errors[-1]) from None
    complete = not any(s.type == aout.SYM_EXT for s in program.symbols)
    if args.strip:
        program = program.stripped()
    _write(args.output, program.to_bytes(), 0o777 if complete else 0o666)
    return 0


def _write(path: str, data: bytes, mode: int) -> None:
    """Write a file and give it ``mode`` less the umask."""
    with open(path, "wb") as f:
        f.write(data)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, mode & ~umask)


def _run_ld(args: argparse.Namespace) -> int:
    from v6.pdp11 import ld

    objects = [ld.read_input(Path(f).read_bytes(), f) for f in args.files]
    options = ld.Options(magic=aout.MAGIC_PURE if args.pure else aout.MAGIC_NORMAL,
                         strip=args.strip, globals_only=args.globals_only,
                         relocatable=args.relocatable, undefined=args.undefined)
    linked = ld.link(objects, options)
    complete = not any(s.type == aout.SYM_EXT for s in linked.aout.symbols)
    _write(args.output, linked.aout.to_bytes(), 0o777 if complete else 0o666)
    return 0


def _run_disasm(args: argparse.Namespace) -> int:
    sys.stdout.write(listing(aout.load(args.file)))
    return 0


def _run_strip(args: argparse.Namespace) -> int:
    program = aout.load(args.file).stripped()
    with open(args.file, "wb") as f:
        f.write(program.to_bytes())
    return 0
